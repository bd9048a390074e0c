import { describe, expect, it } from 'vitest';
import { frameIntervals, type ProbedFrame } from '../../../scripts/bench/stats';

const frame = (start: number, tweens: number, o: Partial<ProbedFrame> = {}): ProbedFrame => ({
  start,
  end: start + 5,
  tweens,
  running: true,
  stoppedAfter: false,
  ...o,
});

describe('frameIntervals (what the frame benchmark counts)', () => {
  it('counts the frames that continue a running tween, up to the one that ends it', () => {
    const got = frameIntervals(
      [frame(0, 0), frame(16, 1), frame(40, 1), frame(57, 0), frame(74, 0)],
      [],
    );
    expect(got.animating).toEqual([24, 17]);
    expect(got.work).toEqual([5, 5]);
  });

  it('leaves out the gap while frames are stopped and the one-off frames drawn then', () => {
    const got = frameIntervals(
      [
        frame(0, 0, { stoppedAfter: true }),
        frame(1000, 0, { running: false, stoppedAfter: true }),
        frame(3000, 1),
        frame(3020, 0),
      ],
      [],
    );
    expect(got.animating).toEqual([20]);
  });

  it('times an input to the end of the next frame, apart from the animation', () => {
    const got = frameIntervals([frame(0, 0, { stoppedAfter: true }), frame(500, 1)], [420]);
    expect(got.animating).toEqual([]);
    expect(got.response).toEqual([85]);
  });
});

describe('frameIntervals, sorted by animation', () => {
  it('files each interval under the longest tween running and marks those with an input', () => {
    const got = frameIntervals(
      [
        frame(0, 1, { tweenMs: 140 }),
        frame(20, 2, { tweenMs: 200 }),
        frame(60, 1, { tweenMs: 200 }),
        frame(80, 0, { tweenMs: 0 }),
      ],
      [45],
    );
    expect(got.animating).toEqual([20, 40, 20]);
    expect([...got.byTween]).toEqual([
      [140, [20]],
      [200, [40, 20]],
    ]);
    expect(got.withInput).toEqual([40]);
  });
});
