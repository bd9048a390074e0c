import { describe, expect, it } from 'vitest';
import {
  frameIntervals,
  mergeSpans,
  refreshIntervals,
  shownIntervals,
  tweenSpans,
  type ProbedFrame,
} from '../../../scripts/bench/stats';

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

describe('frameIntervals, callbacks of one refresh', () => {
  it('times an input to the end of the last callback of the next refresh', () => {
    const got = frameIntervals(
      [
        frame(0, 0, { refresh: 0, stoppedAfter: true }),
        frame(500, 1, { refresh: 495 }),
        frame(506, 0, { refresh: 495, end: 530, stoppedAfter: true }),
        frame(517, 1, { refresh: 511 }),
      ],
      [420],
    );
    expect(got.response).toEqual([110]);
    // The refresh's frames go on: one of its callbacks asked for another.
    expect(got.animating).toEqual([17]);
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

  it('files animations of a second or more to the nearest 100 ms (the timer bar’s rest)', () => {
    const got = frameIntervals(
      [
        frame(0, 1, { tweenMs: 1757.14 }),
        frame(17, 1, { tweenMs: 1790.01 }),
        frame(34, 1, { tweenMs: 140 }),
        frame(51, 0, { tweenMs: 0 }),
      ],
      [],
    );
    expect([...got.byTween]).toEqual([
      [1800, [17, 17]],
      [140, [17]],
    ]);
  });
});

describe('shownIntervals (frames on the screen while something moves)', () => {
  it('counts the intervals whose earlier frame was shown inside an animation', () => {
    // A CSS flight from 100 to 240 ms; frames shown every 16.7 ms, one late.
    const shown = [84, 101, 117.5, 134, 151, 190, 207, 224, 241, 300];
    const got = shownIntervals(shown, [{ start: 100, end: 240 }]);
    expect(got.map((v) => Math.round(v * 10) / 10)).toEqual([16.5, 16.5, 17, 39, 17, 17, 17]);
  });

  it('drops a frame reported twice and counts overlapping animations once', () => {
    const got = shownIntervals(
      [0, 0.2, 16.7, 33.4, 33.5, 50.1],
      [
        { start: 0, end: 30 },
        { start: 10, end: 40 },
      ],
    );
    expect(got.map((v) => Math.round(v * 10) / 10)).toEqual([16.7, 16.7, 16.7]);
  });

  it('counts nothing outside every animation', () => {
    expect(shownIntervals([0, 500, 1000], [{ start: 600, end: 700 }])).toEqual([]);
  });
});

describe('spans of animation', () => {
  it('makes a span of each interval a tween continues, from frame start to frame end', () => {
    expect(tweenSpans([frame(0, 0), frame(16, 1), frame(40, 1), frame(57, 0)])).toEqual([
      { start: 16, end: 45 },
      { start: 40, end: 62 },
    ]);
  });

  it('joins spans that overlap or touch, in order', () => {
    expect(
      mergeSpans([
        { start: 50, end: 60 },
        { start: 0, end: 10 },
        { start: 10, end: 20 },
        { start: 55, end: 70 },
      ]),
    ).toEqual([
      { start: 0, end: 20 },
      { start: 50, end: 70 },
    ]);
  });
});

describe('refreshIntervals (frame times as a display shows them)', () => {
  it('counts one refresh per frame shown in time and more where refreshes passed without one', () => {
    const shown = [
      { at: 90, seq: 10 },
      { at: 100, seq: 11 },
      { at: 117, seq: 12 },
      { at: 150, seq: 14 },
      { at: 167, seq: 15 },
      { at: 250, seq: 20 },
    ];
    expect(refreshIntervals(shown, [{ start: 100, end: 240 }], 16.7)).toEqual([
      16.7, 33.4, 16.7, 83.5,
    ]);
  });

  it('counts a refresh reported twice once, and nothing outside every animation', () => {
    const shown = [
      { at: 0, seq: 1 },
      { at: 0.3, seq: 1 },
      { at: 17, seq: 2 },
    ];
    expect(refreshIntervals(shown, [{ start: 0, end: 10 }], 16.7)).toEqual([16.7]);
    expect(refreshIntervals(shown, [{ start: 500, end: 600 }], 16.7)).toEqual([]);
  });
});
