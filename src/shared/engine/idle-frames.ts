import type Phaser from 'phaser';

/** How long the picture must stay still before frames stop. */
const IDLE_AFTER_MS = 400;
/** While idle, one frame this often: a safety net for a change nothing announced. */
const IDLE_FRAME_MS = 1000;

/** Input that may change what is drawn: any of it wakes the frames at once. */
const WAKE_EVENTS = [
  'pointerdown',
  'pointerup',
  'pointermove',
  'touchstart',
  'touchend',
  'keydown',
  'wheel',
  'focus',
  'resize',
  // Another tab's move in a shared meeting log redraws a read-only tab.
  'storage',
] as const;

/**
 * A game event that wakes the frames, for a change no input brought: an animation over the
 * canvas ended (a letter's flight) and what it showed must be drawn on it (src/solo/flyer.ts).
 */
export const WAKE_FRAMES = 'wake-frames';

/** A scene that can say it is animating (typing text, a tween), so frames keep coming. */
interface MaybeAnimating {
  isAnimating?: () => boolean;
}

/** Phaser's clock keeps its running timer events in this (undocumented) list. */
interface ClockInternals {
  _active?: readonly unknown[];
  _pendingInsertion?: readonly unknown[];
}

/** True while a scene needs frames: its own update() (a countdown), tweens, timers, loads. */
function needsFrames(scene: Phaser.Scene & MaybeAnimating): boolean {
  const clock = scene.time as unknown as ClockInternals;
  const own = (name: string): boolean =>
    Object.prototype.hasOwnProperty.call(Object.getPrototypeOf(scene), name);
  return (
    // A scene class with its own update() works every frame (a countdown, a clock), unless it
    // also says itself when it animates (the facilitator's quiz: only while the timer runs).
    (own('update') && !own('isAnimating')) ||
    scene.tweens.getTweens().length > 0 ||
    (clock._active?.length ?? 0) + (clock._pendingInsertion?.length ?? 0) > 0 ||
    scene.load.isLoading() ||
    (scene.isAnimating?.() ?? false)
  );
}

/**
 * Stops drawing frames while nothing on screen moves: a quiz question can stay up for minutes
 * while the player thinks, and a phone should not redraw the same picture 60 times a second
 * (battery, heat, and cheap GPUs). Input, new textures and animations keep frames coming; a
 * frame a second while idle catches anything else (a pack that finished loading).
 * Answers `wake`, for code that changes the picture outside input.
 */
export function stopFramesWhenStill(game: Phaser.Game): () => void {
  let lastBusy = performance.now();
  let stillSteps = 0;
  const wake = (): void => {
    lastBusy = performance.now();
    stillSteps = 0;
    if (!game.loop.running) {
      game.loop.resetDelta();
      game.loop.wake();
    }
  };
  for (const type of WAKE_EVENTS)
    window.addEventListener(type, wake, { capture: true, passive: true });
  game.textures.on('addtexture', wake);
  game.events.on(WAKE_FRAMES, wake);
  game.events.on('poststep', () => {
    const scenes = game.scene.getScenes<(Phaser.Scene & MaybeAnimating)[]>(true);
    const busy = scenes.length === 0 || scenes.some(needsFrames);
    const now = performance.now();
    if (busy) {
      lastBusy = now;
      stillSteps = 0;
      // Something started moving without input (a tween after a load, a timer another tab
      // started): the one-off frame drawn while stopped found it, so frames resume.
      if (!game.loop.running) wake();
      return;
    }
    // A few still frames as well as the time, so a scene started by the last input is drawn.
    stillSteps += 1;
    if (stillSteps > 3 && now - lastBusy > IDLE_AFTER_MS && game.loop.running) game.loop.sleep();
  });
  window.setInterval(() => {
    if (!game.loop.running && document.visibilityState === 'visible') game.loop.tick();
  }, IDLE_FRAME_MS);
  return wake;
}
