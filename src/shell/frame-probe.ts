import type Phaser from 'phaser';

/** One drawn frame, as the benchmark reads it. */
export interface FrameSample {
  /** performance.now() when the frame began (Phaser's pre-step). */
  readonly start: number;
  /** performance.now() when the frame's drawing calls were done (post-render). */
  readonly end: number;
  /** Tweens still running once the frame was drawn: the next frame continues an animation. */
  readonly tweens: number;
  /** The longest of those tweens' durations (ms): tells a tile's flight from the card's fade. */
  readonly tweenMs: number;
  /** False for a single frame drawn while frames are stopped (see idle-frames.ts). */
  readonly running: boolean;
  /** True when frames stopped after this one (nothing moved): the next frame waits for input. */
  readonly stoppedAfter: boolean;
}

/** The array the benchmark puts on `window` (before the game loads) to receive frames. */
const PROBE = '__dhbcFrames';

/**
 * For `npm run bench` only: when the page was given `window.__dhbcFrames = []` before the game
 * started, every frame is appended to it. Players never have that array, so nothing is recorded.
 */
export function recordFramesForBench(game: Phaser.Game): void {
  const sink = (window as unknown as Record<string, unknown>)[PROBE];
  if (!Array.isArray(sink)) return;
  const samples = sink as FrameSample[];
  let start = 0;
  let running = true;
  game.events.on('prestep', () => {
    start = performance.now();
    running = game.loop.running;
  });
  game.events.on('postrender', () => {
    const moving = game.scene.getScenes(true).flatMap((scene) => scene.tweens.getTweens());
    samples.push({
      start,
      end: performance.now(),
      tweens: moving.length,
      tweenMs: moving.reduce((ms, tween) => Math.max(ms, tween.duration), 0),
      running,
      stoppedAfter: !game.loop.running,
    });
  });
}
