/**
 * Where the results screen puts its buttons and its confetti, in CSS pixels: pure arithmetic of
 * the screen's size, unit-tested without a game.
 */
import type { Box } from './quiz-layout';

/** The width of the results' column: the list, and the bar's buttons under it. */
export function resultsWidth(vw: number): number {
  return Math.min(560, vw - 32);
}

/** A button of the bar: thumb-high. */
const BUTTON_H = 52;
const GAP = 12;
/** Room above and below the buttons in the bar. */
const BAR_PAD = 12;
/**
 * Narrowest button whose label ("Back to the start", "Về trang đầu") stays on one line at
 * its 20 px: narrower, the buttons go on two rows so no label is made smaller.
 */
export const BAR_BUTTON_MIN_W = 190;
/** Widest button of the bar. */
const BAR_BUTTON_MAX_W = 220;

export interface ResultsBar {
  /** The bar's top edge: the list scrolls above it. */
  readonly top: number;
  /** One box a button, in order: play again, (share,) back to the start. */
  readonly buttons: readonly Box[];
}

/**
 * The bar of `count` buttons at the bottom of a `vw` × `vh` screen: one row when each button
 * can be BAR_BUTTON_MIN_W wide, else the first ones side by side and the last one (back to the
 * start) across the whole width under them.
 */
export function resultsBar(vw: number, vh: number, count: number): ResultsBar {
  // The bar may be wider than the list: three buttons in one row on a landscape phone.
  const w = Math.min(count * BAR_BUTTON_MAX_W + (count - 1) * GAP, vw - 32);
  const left = (vw - w) / 2;
  const oneRow = (w - GAP * (count - 1)) / count;
  if (oneRow >= BAR_BUTTON_MIN_W || count < 2) {
    const top = vh - BUTTON_H - 2 * BAR_PAD;
    return {
      top,
      buttons: Array.from({ length: count }, (_, i) => ({
        x: left + i * (oneRow + GAP),
        y: top + BAR_PAD,
        w: oneRow,
        h: BUTTON_H,
      })),
    };
  }
  const top = vh - 2 * BUTTON_H - GAP - 2 * BAR_PAD;
  const firstRow = count - 1;
  const bw = (w - GAP * (firstRow - 1)) / firstRow;
  return {
    top,
    buttons: [
      ...Array.from({ length: firstRow }, (_, i) => ({
        x: left + i * (bw + GAP),
        y: top + BAR_PAD,
        w: bw,
        h: BUTTON_H,
      })),
      { x: left, y: top + BAR_PAD + BUTTON_H + GAP, w, h: BUTTON_H },
    ],
  };
}

/**
 * Where the end-of-round confetti falls: the screen's width, from its top down to just above
 * the list of what was learned (`listTop`), so it never covers the list.
 */
export function confettiArea(vw: number, listTop: number): Box {
  return { x: 0, y: 0, w: vw, h: Math.max(0, listTop - 8) };
}
