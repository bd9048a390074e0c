/**
 * Where things go on the projector's quiz screens: pure maths of the screen's size, tested
 * without a browser. The views draw into these boxes.
 */

export interface Box {
  readonly x: number;
  readonly y: number;
  readonly w: number;
  readonly h: number;
}

export interface QuestionLayout {
  /** The margin around and between the parts. */
  readonly m: number;
  /** The right edge of the header's points line (the picture's right edge). */
  readonly headerRight: number;
  readonly picture: Box;
  /** Under the picture: what is happening, the answer once shown, or the pending prompt. */
  readonly status: Box;
  readonly timer: { readonly x: number; readonly y: number; readonly r: number };
  /** The key picture, or null when the pack has none. */
  readonly key: Box | null;
  readonly teams: Box;
  readonly bar: { readonly y: number; readonly h: number };
}

/** The key picture's caption, in world units (CSS px at 1024×768): readable from the back. */
export const KEY_CAPTION_SIZE = 28;

/** The pending prompt's box: at least 64 high, 10 above and below its text, within `room`. */
export function promptBoxHeight(textHeight: number, room: number): number {
  return Math.min(room, Math.max(64, Math.ceil(textHeight) + 20));
}

/**
 * The question screen: the picture on the left over a status line, and on the right the
 * countdown, the key picture and the teams; a bar of buttons along the bottom.
 */
export function questionLayout(
  vw: number,
  vh: number,
  o: { readonly answerShown: boolean; readonly hasKey: boolean },
): QuestionLayout {
  const m = 16;
  const rw = Math.min(420, vw * 0.34);
  const lw = vw - rw - 3 * m;
  const x1 = 2 * m + lw;
  const barH = 60;
  const picTop = 60;
  const statusH = o.answerShown ? Math.min(220, vh * 0.33) : 110;
  const picH = vh - picTop - statusH - barH - 3 * m;
  const r = 54;
  let y = 8 + 2 * r + 20;
  let key: Box | null = null;
  if (o.hasKey) {
    const kh = Math.min(rw * 0.62, (vh - y - barH - m) * 0.42);
    key = { x: x1, y, w: rw, h: kh };
    // Room under the key picture for its one-line caption.
    y += kh + m + Math.ceil(KEY_CAPTION_SIZE * 1.4);
  }
  return {
    m,
    headerRight: m + lw,
    picture: { x: m, y: picTop, w: lw, h: picH },
    status: { x: m, y: picTop + picH + m, w: lw, h: statusH },
    timer: { x: x1 + rw / 2, y: 8 + r + 4, r },
    key,
    teams: { x: x1, y, w: rw, h: vh - y - barH - 2 * m },
    bar: { y: vh - barH - 8, h: barH },
  };
}

/** The rows of the teams' scores: at most 72 px high, 8 px apart, filling the box. */
export function teamRows(n: number, box: Box): Box[] {
  const rowH = Math.min(72, (box.h - (n - 1) * 8) / n);
  return Array.from({ length: n }, (_, i) => ({
    x: box.x,
    y: box.y + i * (rowH + 8),
    w: box.w,
    h: rowH,
  }));
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
