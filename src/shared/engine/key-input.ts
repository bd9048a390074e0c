import type Phaser from 'phaser';

/**
 * Calls `fn` for each key pressed while `scene` is running, from the page's own keydown event,
 * at once and once per press; the listener goes when the scene stops. The game does not use
 * Phaser's keyboard plugin, which hands keys over at its next frame (none come while frames
 * are stopped) and replayed earlier keys when two came between frames.
 */
export function onKeyDown(scene: Phaser.Scene, fn: (event: KeyboardEvent) => void): void {
  const listener = (event: KeyboardEvent): void => {
    if (scene.sys.isActive()) fn(event);
  };
  window.addEventListener('keydown', listener);
  scene.events.once('shutdown', () => {
    window.removeEventListener('keydown', listener);
  });
}
