import { runInNewContext } from 'node:vm';
import { describe, expect, it } from 'vitest';
import type { PageRecord } from '../../../scripts/bench/page-probe';
import { probeScript } from '../../../scripts/bench/page-probe';

type FrameCallback = (time: number) => void;

/** Runs the probe's page script against a small stand-in of the page; answers its handles. */
function runProbe() {
  const queued: FrameCallback[] = [];
  const win: {
    requestAnimationFrame: (cb: FrameCallback) => number;
    addEventListener: () => void;
    __benchProbe?: PageRecord & { clear(): void };
  } = {
    requestAnimationFrame: (cb) => queued.push(cb),
    addEventListener: () => undefined,
  };
  const doc = { addEventListener: () => undefined, getAnimations: () => [] };
  const elementClass = {
    prototype: {
      animate: () => ({ ready: Promise.resolve(), startTime: 100, playbackRate: 1 }),
    },
  };
  const clock = { now: () => 0 };
  runInNewContext(probeScript(), {
    window: win,
    document: doc,
    Element: elementClass,
    performance: clock,
  });
  const probe = win.__benchProbe;
  if (!probe) throw new Error('The probe did not install itself');
  return {
    win,
    queued,
    probe,
    element: Object.create(elementClass.prototype) as { animate: Element['animate'] },
  };
}

describe('the page probe of the frame benchmark', () => {
  it('records each frame of the game loop, and whether frames stop after it', () => {
    const { win, queued, probe } = runProbe();
    win.requestAnimationFrame(() => {
      win.requestAnimationFrame(() => undefined);
    });
    queued[0]?.(0);
    queued[1]?.(16);
    expect(probe.frames.map((f) => f.stoppedAfter)).toEqual([false, true]);
    expect(probe.frames.every((f) => f.running && f.tweens === 0)).toBe(true);
    probe.clear();
    expect(probe.frames).toHaveLength(0);
  });

  it("records each element animation's span from its start", async () => {
    const { probe, element } = runProbe();
    element.animate([], { duration: 140 });
    element.animate([], 200);
    await Promise.resolve();
    await Promise.resolve();
    expect(probe.animations).toEqual([
      { start: 100, end: 240 },
      { start: 100, end: 300 },
    ]);
  });
});
