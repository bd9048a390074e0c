import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { afterNextFrame, whenInputRests } from '../../../src/shared/engine/when-idle';

/** A page reduced to what the helpers use: input listeners, timers, animation frames. */
describe('background work waits for the player to rest', () => {
  const listeners = new Map<string, (() => void)[]>();
  let frames: FrameRequestCallback[] = [];
  const input = (type: string): void => {
    for (const fn of listeners.get(type) ?? []) fn();
  };

  beforeEach(() => {
    vi.useFakeTimers();
    listeners.clear();
    frames = [];
    vi.stubGlobal('window', {
      addEventListener: (type: string, fn: () => void) => {
        listeners.set(type, [...(listeners.get(type) ?? []), fn]);
      },
      removeEventListener: (type: string, fn: () => void) => {
        listeners.set(
          type,
          (listeners.get(type) ?? []).filter((f) => f !== fn),
        );
      },
      setTimeout: (fn: () => void, ms: number) => setTimeout(fn, ms),
      clearTimeout: (id: number) => {
        clearTimeout(id);
      },
      requestAnimationFrame: (fn: FrameRequestCallback) => frames.push(fn),
      cancelAnimationFrame: (id: number) => {
        frames[id - 1] = () => undefined;
      },
    });
  });
  afterEach(() => {
    vi.useRealTimers();
    vi.unstubAllGlobals();
  });

  it('runs at once (when the page is idle) for a player who has been resting', () => {
    const ran = vi.fn();
    whenInputRests(ran);
    vi.advanceTimersByTime(100);
    expect(ran).toHaveBeenCalledTimes(1);
  });

  it('waits while taps and keys come quicker than 400 ms apart, then runs once', () => {
    const first = vi.fn();
    whenInputRests(first);
    input('pointerdown');
    const ran = vi.fn();
    whenInputRests(ran);
    for (let i = 0; i < 5; i += 1) {
      vi.advanceTimersByTime(300);
      input(i % 2 === 0 ? 'pointerdown' : 'keydown');
    }
    vi.advanceTimersByTime(399);
    expect(ran).not.toHaveBeenCalled();
    vi.advanceTimersByTime(1 + 100);
    expect(ran).toHaveBeenCalledTimes(1);
    input('pointerdown');
    vi.advanceTimersByTime(1000);
    expect(ran).toHaveBeenCalledTimes(1);
  });

  it('runs anyway after 15 s of taps that never rest', () => {
    whenInputRests(() => undefined);
    input('pointerdown');
    const ran = vi.fn();
    whenInputRests(ran);
    for (let t = 0; t < 15_000; t += 200) {
      input('pointerdown');
      vi.advanceTimersByTime(200);
    }
    vi.advanceTimersByTime(100);
    expect(ran).toHaveBeenCalledTimes(1);
  });

  it('after the next frame: in a task once that frame is drawn, unless cancelled', () => {
    const shown: string[] = [];
    afterNextFrame(() => shown.push('card'));
    const cancel = afterNextFrame(() => shown.push('cancelled card'));
    cancel();
    vi.advanceTimersByTime(10);
    expect(shown).toEqual([]);
    for (const fn of frames) fn(0);
    expect(shown).toEqual([]);
    vi.advanceTimersByTime(0);
    expect(shown).toEqual(['card']);
  });
});
