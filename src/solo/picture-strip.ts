/**
 * What the solo quiz lays over its picture area: the time-bonus strip and the clue button on
 * its top row, the clue's box over the picture, and the "not quite" badge on its bottom edge.
 * Pure arithmetic of the picture area's box (CSS pixels), unit-tested without a game.
 */
import type { Box } from './quiz-layout';

/** The clue button: thumb-high, wide enough for "Gợi ý −10" at 16 px. */
export const CLUE_BUTTON = { w: 116, h: 44 } as const;
/** The row over the picture: the time-bonus strip, and the clue button at its right end. */
export const STRIP_H = CLUE_BUTTON.h;
const GAP = 6;
/** The clue's box is never shorter than its title and three lines of text. */
const CLUE_MIN_H = 110;
/** The badge sits on the picture's lower edge, raised so it keeps clear of the slots below. */
const BADGE_RISE = 16;

export interface PictureStrip {
  /** The time-bonus strip. */
  readonly timer: Box;
  readonly clueButton: Box;
  /** Where the picture itself is drawn, under the row. */
  readonly picture: Box;
  /** The clue's box: the picture's width, from its top (as much of it as the clue needs). */
  readonly clueBox: Box;
  /** Centre of the "not quite" badge: the picture's lower edge, just above the slots. */
  readonly badge: { readonly x: number; readonly y: number };
}

/**
 * The row on top of the picture area (the time-bonus strip, then the clue button at the right,
 * where a thumb reaches), the picture under it, the clue's box over the picture, the badge.
 */
export function pictureStrip(area: Box): PictureStrip {
  const timer = { x: area.x, y: area.y, w: Math.max(0, area.w - CLUE_BUTTON.w - GAP), h: STRIP_H };
  const clueButton = { x: area.x + area.w - CLUE_BUTTON.w, y: area.y, ...CLUE_BUTTON };
  const top = area.y + STRIP_H + GAP;
  const bottom = area.y + area.h;
  const picture = { x: area.x, y: top, w: area.w, h: Math.max(0, bottom - top) };
  const clueH = Math.min(bottom - top, Math.max(CLUE_MIN_H, Math.round(picture.h * 0.6)));
  const clueBox = { x: area.x, y: top, w: area.w, h: Math.max(0, clueH) };
  return {
    timer,
    clueButton,
    picture,
    clueBox,
    badge: { x: area.x + area.w / 2, y: bottom - BADGE_RISE },
  };
}
