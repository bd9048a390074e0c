import type Phaser from 'phaser';

type TextStyle = Phaser.Types.GameObjects.Text.TextStyle;
type TextMetrics = Phaser.Types.GameObjects.Text.TextMetrics;

/** A font's ascent and descent, measured once per page for each weight, size and family. */
const metricsByFont = new Map<string, TextMetrics>();

function fontOf(style: TextStyle): string {
  return `${style.fontStyle ?? 'normal'} ${String(style.fontSize ?? '16px')} ${style.fontFamily ?? ''}`;
}

/** Whether the game's font has loaded (or failed for good): only then are measures kept. */
let fontSettled = false;

/** Called by the preloader once the font has loaded, or failed to: measures now last. */
export function fontHasSettled(): void {
  fontSettled = true;
}

/**
 * Adds a Text that is drawn once, at `resolution` device pixels per CSS pixel. Phaser measures
 * a Text's font by drawing it and reading the pixels back, for every Text it makes, and
 * draws it again when the resolution changes after creation: a menu of a dozen labels paid
 * for both with a 4× slower CPU. Here a font is measured once the preloader has its file (a
 * measure of the fallback font would clip Vietnamese marks), and every later Text reuses it.
 */
export function addText(
  scene: Phaser.Scene,
  x: number,
  y: number,
  text: string,
  style: TextStyle,
  resolution: number,
): Phaser.GameObjects.Text {
  const font = fontOf(style);
  const known = metricsByFont.get(font);
  const made = scene.add.text(x, y, text, {
    ...style,
    resolution,
    ...(known ? { metrics: known } : {}),
  });
  if (!known && fontSettled) metricsByFont.set(font, made.style.getTextMetrics());
  return made;
}
