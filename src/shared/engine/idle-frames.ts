import type Phaser from 'phaser';

/**
 * How many frames after one that found nothing moving are still drawn before frames stop. A
 * scene that input started is made and drawn in one step (Phaser starts the scenes asked for at
 * the top of a step), so one spare frame is enough: each extra one is a whole redraw that a tap
 * arriving meanwhile waits for on a slow phone. A letter's flight and the card's fade run on
 * the compositor and need no frames of the game's own.
 */
const STILL_FRAMES = 1;
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

/**
 * True while a scene needs frames: its own update() (a countdown), tweens, loads, or what it
 * says moves (a timer that types a line says so through `isAnimating`).
 */
function needsFrames(scene: Phaser.Scene & MaybeAnimating): boolean {
  const own = (name: string): boolean =>
    Object.prototype.hasOwnProperty.call(Object.getPrototypeOf(scene), name);
  return (
    // A scene class with its own update() works every frame (a countdown, a clock), unless it
    // also says itself when it animates (the facilitator's quiz: only while the timer runs).
    (own('update') && !own('isAnimating')) ||
    scene.tweens.getTweens().length > 0 ||
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
  let stillSteps = 0;
  let wakeAsked = false;
  // Phaser's wake draws a frame at once, then one each refresh.
  const wake = (): void => {
    stillSteps = 0;
    if (!game.loop.running) {
      game.loop.resetDelta();
      game.loop.wake();
    }
  };
  // Input wakes the frames at the next refresh, after its own handlers: drawing at once drew
  // the picture from before the tap or key (a whole frame of work on a slow phone), and only
  // the frame after it showed what the input changed.
  const wakeForInput = (): void => {
    stillSteps = 0;
    if (game.loop.running || wakeAsked) return;
    wakeAsked = true;
    requestAnimationFrame(() => {
      wakeAsked = false;
      wake();
    });
  };
  for (const type of WAKE_EVENTS)
    window.addEventListener(type, wakeForInput, { capture: true, passive: true });
  game.textures.on('addtexture', wake);
  game.events.on(WAKE_FRAMES, wake);
  game.events.on('poststep', () => {
    const scenes = game.scene.getScenes<(Phaser.Scene & MaybeAnimating)[]>(true);
    const busy = scenes.length === 0 || scenes.some(needsFrames);
    if (busy) {
      stillSteps = 0;
      // Something started moving without input (a tween after a load, a timer another tab
      // started): the one-off frame drawn while stopped found it, so frames resume.
      if (!game.loop.running) wake();
      return;
    }
    stillSteps += 1;
    if (stillSteps > STILL_FRAMES && game.loop.running) game.loop.sleep();
  });
  window.setInterval(() => {
    if (!game.loop.running && document.visibilityState === 'visible') game.loop.tick();
  }, IDLE_FRAME_MS);
  return wake;
}
