import type Phaser from 'phaser';

/** The part of Phaser's keyboard manager this module reads (its queue is undocumented). */
interface KeyQueue {
  queue: KeyboardEvent[];
}

/**
 * Makes each key reach the scenes once. Phaser hands every key event to its scenes as it
 * happens, by re-reading its whole queue of key events, and empties that queue only after a
 * drawn frame. Between two frames, a key pressed after another key's release therefore replays
 * the earlier key: three quick arrow presses moved the focus four or five times and Enter then
 * pressed the wrong button. It happens whenever keys come faster than frames: a facilitator's
 * clicker, a slow phone, and always while frames are stopped (see idle-frames.ts). Emptying the
 * queue once Phaser has handed an event on keeps one press one move.
 */
export function handleKeysOnce(game: Phaser.Game): void {
  const manager = game.input.keyboard as unknown as KeyQueue | null;
  if (!manager) return;
  const empty = (): void => {
    manager.queue.length = 0;
  };
  // Phaser listens on window too, from its boot: at the same place, listeners run in the order
  // they were added, so these, added after that, run right after the scenes have had the event.
  const listen = (): void => {
    window.addEventListener('keydown', empty);
    window.addEventListener('keyup', empty);
  };
  if (game.isBooted) listen();
  else game.events.once('boot', listen);
}
