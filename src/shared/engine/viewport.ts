import type Phaser from 'phaser';

/** Device pixels per CSS pixel we render at: sharp on phones, capped so cheap ones keep up. */
export function renderRatio(): number {
  return Math.min(2, Math.max(1, Math.round((window.devicePixelRatio || 1) * 4) / 4));
}

export interface ViewportSize {
  /** Size in CSS pixels: every scene lays out in these units. */
  readonly width: number;
  readonly height: number;
  readonly ratio: number;
}

/**
 * The game's size: its parent's. A landscape phone is 360 px high or less (640×360), and about
 * 200 px with its on-screen keyboard up (the quiz is laid out for typing then), so the floor
 * for the height is under that; the canvas is never taller than the page.
 */
export function measureViewport(parent: HTMLElement): ViewportSize {
  const rect = parent.getBoundingClientRect();
  return {
    width: Math.max(320, Math.round(rect.width || window.innerWidth)),
    height: Math.max(200, Math.round(rect.height || window.innerHeight)),
    ratio: renderRatio(),
  };
}

/**
 * Keeps the canvas at device resolution while scenes work in CSS pixels: the game is
 * ratio × larger than the page and the scale manager's zoom shrinks it back.
 */
export function fitGameToParent(game: Phaser.Game, parent: HTMLElement): ViewportSize {
  const size = measureViewport(parent);
  game.scale.resize(size.width * size.ratio, size.height * size.ratio);
  game.scale.setZoom(1 / size.ratio);
  return size;
}
