/**
 * Where things go on the projector's quiz screens: pure maths of the screen's size, tested
 * without a browser. The views draw into these boxes.
 */

import type { Box } from '../shared/ui/projector-layout';

export {
  KEY_CAPTION_SIZE,
  questionLayout,
  teamRows,
  type Box,
  type QuestionLayout,
} from '../shared/ui/projector-layout';

/** The pending prompt's box: at least 64 high, 10 above and below its text, within `room`. */
export function promptBoxHeight(textHeight: number, room: number): number {
  return Math.min(room, Math.max(64, Math.ceil(textHeight) + 20));
}

/**
 * The largest type size from `max` down to `min` at which a text fits `room` px (`measure`
 * gives its height, or width, at a size); `min` when even that is too big. A long answer or
 * explanation on the answer card gets smaller type rather than running out of its place.
 */
export function fittingSize(
  max: number,
  min: number,
  room: number,
  measure: (size: number) => number,
): number {
  let size = max;
  while (size > min && measure(size) > room) size -= 1;
  return size;
}

/**
 * Columns and rows for the key picture's tiles: cells close to square, few spare cells (a spare
 * cell stays covered, unnumbered, until the picture is guessed).
 */
export function tileGrid(tiles: number, aspect: number): { cols: number; rows: number } {
  let best = { cols: tiles, rows: 1, cost: Infinity };
  for (let cols = 1; cols <= tiles; cols++) {
    const rows = Math.ceil(tiles / cols);
    const cell = aspect / cols / (1 / rows);
    const cost = Math.abs(Math.log(cell)) + (cols * rows - tiles) * 0.35;
    if (cost < best.cost) best = { cols, rows, cost };
  }
  return { cols: best.cols, rows: best.rows };
}

/** The cells covering `picture` for `tiles` tiles, row by row (spare cells at the end). */
export function tileCells(tiles: number, picture: Box): Box[] {
  const { cols, rows } = tileGrid(tiles, picture.w / picture.h);
  const w = picture.w / cols;
  const h = picture.h / rows;
  return Array.from({ length: cols * rows }, (_, i) => ({
    x: picture.x + (i % cols) * w,
    y: picture.y + Math.floor(i / cols) * h,
    w,
    h,
  }));
}

export interface PodiumSpot {
  readonly place: 1 | 2 | 3;
  /** The centre of the step. */
  readonly x: number;
  readonly h: number;
}

export interface PodiumLayout {
  /** The floor line the steps stand on. */
  readonly baseY: number;
  /** A step's width. */
  readonly stepW: number;
  /** Second, first, third, left to right; the first is the highest. */
  readonly spots: readonly PodiumSpot[];
}

export function podiumLayout(vw: number, vh: number): PodiumLayout {
  const baseY = vh * 0.62;
  const maxH = vh * 0.3;
  const stepW = Math.min(260, vw * 0.22);
  return {
    baseY,
    stepW,
    spots: [
      { place: 2, x: vw / 2 - stepW - 12, h: maxH * 0.62 },
      { place: 1, x: vw / 2, h: maxH * 0.9 },
      { place: 3, x: vw / 2 + stepW + 12, h: maxH * 0.42 },
    ],
  };
}
