import type { Box } from '../shared/ui/projector-layout';

/**
 * Where things go on the projector's skit screen: pure maths of the screen's size, tested
 * without a browser. The skit view draws into these boxes.
 */

/** The strip at the top that holds the skit's title. */
export const SKIT_TITLE_H = 52;
/** The bar of buttons along the bottom. */
export const SKIT_BAR_H = 56;
/** The gap under the bar, and between the bar and the text box. */
const BAR_BOTTOM = 10;
const BOX_ABOVE_BAR = 24;
/** The widest the text box grows, and its margin at each side of a narrower screen. */
const BOX_MAX_W = 1400;
const BOX_SIDE = 16;
/** An option row's most height, and the gap between rows. */
const ROW_MAX_H = 64;
const ROW_GAP = 8;

/** The top of the bar of buttons. */
export function skitBarY(vh: number): number {
  return vh - SKIT_BAR_H - BAR_BOTTOM;
}

/**
 * The white box of the line, narration or choice, standing just above the bar, centred: at a
 * choice (`options`: how many are shown) 120 px and 70 more per option, up to 55% of the
 * screen; else up to 240 px or 36% of it. `extra` is the room for a line above the text (the
 * vote's result) or under the options (the phones' count).
 */
export function skitBox(vw: number, vh: number, options: number | null, extra: number): Box {
  const w = Math.min(vw - 2 * BOX_SIDE, BOX_MAX_W);
  const body =
    options !== null ? Math.min(vh * 0.55, 120 + options * 70) : Math.min(vh * 0.36, 240);
  const h = extra + body;
  return { x: (vw - w) / 2, y: vh - SKIT_BAR_H - BOX_ABOVE_BAR - h, w, h };
}

/**
 * The choice's option rows from `top` (under the prompt) to the box's foot, less `foot` (the
 * phones' count): `count` rows of one height (at most 64), 8 apart. Their centres, top down.
 */
export function optionRows(
  box: Box,
  top: number,
  foot: number,
  count: number,
): { readonly h: number; readonly ys: number[] } {
  const h = Math.min(ROW_MAX_H, (box.y + box.h - foot - top - 12) / count - ROW_GAP);
  return { h, ys: Array.from({ length: count }, (_, i) => top + h / 2 + i * (h + ROW_GAP)) };
}

/** The speaker's portrait stands on the box, up to 60% of the screen high, clear of the title. */
export function portraitHeight(boxY: number, vh: number): number {
  return Math.min(boxY - 80, vh * 0.6);
}
