import type Phaser from 'phaser';

type TextStyle = Phaser.Types.GameObjects.Text.TextStyle;
type TextMetrics = Phaser.Types.GameObjects.Text.TextMetrics;

/**
 * What a font's ascent and descent are measured on: Vietnamese capitals carry two marks stacked
 * above (Ẫ, Ể, Ổ) and one below (Ự, Ỵ), higher and lower than anything in Phaser's own test
 * string, whose measure cut the top mark off ("BÂY NỢ" for BẪY NỢ).
 */
const MEASURE_TEXT = '|MÉẪỂỖỮỰỴgqy';

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
    testString: MEASURE_TEXT,
    // The measure is exact to a fraction of a pixel: a pixel of room keeps the edges of the
    // marks' anti-aliasing whole at every resolution.
    padding: { top: 1, bottom: 1 },
    ...style,
    resolution,
    ...(known ? { metrics: known } : {}),
  });
  if (!known && fontSettled) metricsByFont.set(font, made.style.getTextMetrics());
  return made;
}
