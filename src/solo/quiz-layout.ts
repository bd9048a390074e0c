/**
 * Where the solo quiz puts things, in CSS pixels: pure arithmetic of the screen's size, the
 * answer's words and the bank's tile count, so it is unit-tested without a game.
 */

import { MAX_BANK_TILES } from '../core/answer';
import type { Picture } from '../content/pack-types';

export interface Box {
  readonly x: number;
  readonly y: number;
  readonly w: number;
  readonly h: number;
}

/** The four areas of the quiz screen under its header. */
export interface QuizAreas {
  readonly picture: Box;
  readonly slots: Box;
  readonly bank: Box;
  readonly actions: Box;
  /**
   * Laid out for typing: where the typed-answer form goes. The tiles and the hint buttons
   * would lie under it, so they are hidden while it is open.
   */
  readonly form?: Box;
}

/** Narrowest hint/skip button that still fits its label ("Reveal a letter") in two lines of 16 px. */
export const ACTION_MIN_W = 140;
/** Smallest letter tile (a thumb's width) and the gap between tiles. */
export const TILE_MIN = 44;
export const TILE_GAP = 6;
/** Height of the header (menu button, progress, score) above the areas. */
const TOP = 64;
const PAD = 12;
/** Gap between answer slots, and the extra room between two words (a share of a slot). */
const SLOT_GAP = 4;
const WORD_GAP = 0.6;

/** Columns and rows of the tile bank: up to 8 a row, never more than fit `width` at TILE_MIN. */
export function bankGrid(tiles: number, width: number): { cols: number; rows: number } {
  const fit = Math.max(1, Math.floor((width + TILE_GAP) / (TILE_MIN + TILE_GAP)));
  const cols = Math.min(8, fit, Math.max(5, Math.ceil(tiles / 3)));
  return { cols, rows: Math.max(1, Math.ceil(tiles / cols)) };
}

/** Four hint/skip buttons in a row need room for their two-line labels; else two rows. */
function actionsHeight(width: number): number {
  return width / 4 >= ACTION_MIN_W ? 52 : 52 * 2 + 8;
}

/**
 * The areas of a `vw` × `vh` screen for a bank of `tiles`: in portrait the picture above the
 * slots, the bank and the buttons, the bank keeping room for the rows its tiles need; in
 * landscape the picture on the left, the rest on the right.
 */
export function quizAreas(vw: number, vh: number, tiles: number): QuizAreas {
  if (vh >= vw) {
    const w = vw - PAD * 2;
    // The bank may use the screen's width but for 8 px each side, so 7 thumb-sized tiles fit
    // a row of a 360 px phone.
    const bankW = vw - 16;
    const actionsH = actionsHeight(w);
    const actions = { x: PAD, y: vh - PAD - actionsH, w, h: actionsH };
    const slotsH = Math.max(96, vh * 0.16);
    const bankMin = bankGrid(tiles, bankW).rows * (TILE_MIN + TILE_GAP) + 8;
    const pictureH = Math.max(
      120,
      Math.min(w * 0.72, actions.y - 10 - bankMin - 6 - slotsH - 10 - TOP),
    );
    const picture = { x: PAD, y: TOP, w, h: pictureH };
    const slots = { x: PAD, y: TOP + pictureH + 10, w, h: slotsH };
    const bank = {
      x: 8,
      y: slots.y + slotsH + 6,
      w: bankW,
      h: actions.y - (slots.y + slotsH) - 12,
    };
    return { picture, slots, bank, actions };
  }
  return landscapeAreas(vw, vh, tiles);
}

/** Height the slots keep at least: two rows of the smallest slots (a four-word answer). */
export const SLOTS_MIN_H = 2 * (28 + 10);

/** A landscape plan: the picture column's width, and whether the buttons go under it. */
interface Plan {
  readonly left: number;
  readonly under: boolean;
}

/** The areas of a landscape plan, the picture's shorter side, and whether all fits whole. */
function planAreas(
  vw: number,
  vh: number,
  tiles: number,
  { left, under }: Plan,
): { areas: QuizAreas; side: number; fits: boolean } {
  const avail = vh - TOP - PAD;
  const rx = left + PAD;
  const rw = vw - rx - PAD;
  const actionsH = actionsHeight(under ? left - PAD : rw);
  const rightH = avail - (under ? 0 : actionsH + 8);
  const bankNeed = bankGrid(tiles, rw).rows * (TILE_MIN + TILE_GAP);
  const room = rightH - 8 - bankNeed;
  const slotsH = Math.max(SLOTS_MIN_H, Math.min(room, rightH * 0.35));
  const pictureH = avail - (under ? actionsH + 8 : 0);
  const picture = { x: PAD, y: TOP, w: left - PAD, h: pictureH };
  const slots = { x: rx, y: TOP, w: rw, h: slotsH };
  const bank = { x: rx, y: TOP + slotsH + 8, w: rw, h: rightH - slotsH - 8 };
  const actions = under
    ? { x: PAD, y: vh - PAD - actionsH, w: left - PAD, h: actionsH }
    : { x: rx, y: vh - PAD - actionsH, w: rw, h: actionsH };
  return {
    areas: { picture, slots, bank, actions },
    side: Math.min(picture.w, picture.h),
    fits: room >= SLOTS_MIN_H && pictureH >= 96 && rw >= 5 * TILE_MIN,
  };
}

/**
 * Landscape: the picture on the left, slots and bank on the right. The buttons go under the
 * slots and bank, in one row when the right side is made wide enough for it, or under the
 * picture when the bank's rows leave no room for them (a 640×360 phone): the plan that fits
 * the largest bank's rows whole and shows the largest picture. The plan is the same for every
 * question, so the buttons stay where they are from one question to the next.
 */
function landscapeAreas(vw: number, vh: number, tiles: number): QuizAreas {
  const ideal = Math.min(vw * 0.5, (vh - TOP - PAD) * 1.25);
  const plans: Plan[] = [
    { left: ideal, under: false },
    { left: vw - 3 * PAD - 4 * ACTION_MIN_W, under: false },
    { left: Math.max(ideal, 2 * ACTION_MIN_W + 8 + PAD), under: true },
  ];
  const largest = Math.max(tiles, MAX_BANK_TILES);
  let best: Plan | null = null;
  let bestSide = 0;
  for (const plan of plans) {
    const made = planAreas(vw, vh, largest, plan);
    if (made.fits && made.side > bestSide) {
      best = plan;
      bestSide = made.side;
    }
  }
  // Nothing fits whole (a screen under 640×360): the buttons under the picture, the bank as
  // wide as it can be.
  return planAreas(vw, vh, tiles, best ?? { left: 2 * ACTION_MIN_W + 8 + PAD, under: true }).areas;
}

/** The answer slots: one box per letter, in answer order, and the size of a slot. */
export interface SlotLayout {
  readonly size: number;
  /** Height of a row of slots: a slot's tap area spans it. */
  readonly rowH: number;
  readonly gap: number;
  readonly boxes: readonly Box[];
}

/** Words (by index) on each row when slots are `size` wide: a word never breaks over rows. */
function wrapWords(lengths: readonly number[], size: number, width: number): number[][] {
  const rows: number[][] = [];
  let row: number[] = [];
  let used = 0;
  lengths.forEach((length, wi) => {
    const wordW = (row.length > 0 ? size * WORD_GAP : 0) + length * (size + SLOT_GAP);
    if (row.length > 0 && used + wordW > width) {
      rows.push(row);
      row = [];
      used = 0;
    }
    used += (row.length > 0 ? size * WORD_GAP : 0) + length * (size + SLOT_GAP);
    row.push(wi);
  });
  rows.push(row);
  return rows;
}

/**
 * Slots for words of `lengths` letters in `area`: one row per word when it fits, words
 * wrapping onto further rows, slots as large as fits (52 down to 28), each row centred.
 */
export function slotLayout(lengths: readonly number[], area: Box): SlotLayout {
  let size = 52;
  while (size > 28 && wrapWords(lengths, size, area.w).length * (size + 10) > area.h) size -= 2;
  const rows = wrapWords(lengths, size, area.w);
  const rowH = size + 10;
  const startY = area.y + Math.max(0, (area.h - rows.length * rowH) / 2);
  const boxes: Box[] = [];
  rows.forEach((words, r) => {
    const totalW =
      words.reduce((n, wi) => n + (lengths[wi] ?? 0) * (size + SLOT_GAP), 0) +
      (words.length - 1) * size * WORD_GAP;
    let x = area.x + (area.w - totalW) / 2;
    const y = startY + r * rowH;
    for (const wi of words) {
      for (let li = 0; li < (lengths[wi] ?? 0); li++) {
        boxes.push({ x, y, w: size, h: size });
        x += size + SLOT_GAP;
      }
      x += size * WORD_GAP;
    }
  });
  return { size, rowH, gap: SLOT_GAP, boxes };
}

/** The bank's tiles in `area`: thumb-sized (44 to 64), rows of up to 8, each row centred. */
export function bankLayout(tiles: number, area: Box): readonly Box[] {
  const { cols, rows } = bankGrid(tiles, area.w);
  const size = Math.max(
    TILE_MIN,
    Math.min(64, (area.w - (cols - 1) * TILE_GAP) / cols, area.h / rows - TILE_GAP),
  );
  const top = area.y + Math.max(0, (area.h - rows * (size + TILE_GAP)) / 2);
  const boxes: Box[] = [];
  for (let i = 0; i < tiles; i++) {
    const r = Math.floor(i / cols);
    const inRow = Math.min(cols, tiles - r * cols);
    const left = area.x + (area.w - (inRow * (size + TILE_GAP) - TILE_GAP)) / 2;
    boxes.push({
      x: left + (i % cols) * (size + TILE_GAP),
      y: top + r * (size + TILE_GAP),
      w: size,
      h: size,
    });
  }
  return boxes;
}

/** `count` action buttons in `area`: one row when it is one button high, else two columns. */
export function actionLayout(count: number, area: Box): readonly Box[] {
  const cols = area.h > 60 ? 2 : count;
  const w = (area.w - 8 * (cols - 1)) / cols;
  const h = area.h > 60 ? (area.h - 8) / 2 : area.h;
  return Array.from({ length: count }, (_, i) => ({
    x: area.x + (i % cols) * (w + 8),
    y: area.y + Math.floor(i / cols) * (h + 8),
    w,
    h,
  }));
}

/** Height of the typed-answer form at the bottom: its 48 px field, padding and margin. */
export const FORM_H = 68;
/** Room between the slots and the form's top edge. */
const FORM_GAP = 4;

/** The lowest point the slots' and the bank's boxes reach in `areas`, for `tiles` tiles. */
function lowestPlayed(areas: QuizAreas, tiles: number): number {
  const bottoms = bankLayout(tiles, areas.bank).map((b) => b.y + b.h);
  return Math.max(areas.slots.y + areas.slots.h, ...bottoms);
}

/**
 * The areas of a `vw` × `vh` screen for a bank of `tiles`, with the typed-answer form open or
 * not. The form takes the bottom of the screen: while the usual layout keeps the slots and
 * the tiles above it (a tall phone), it stays; when it does not (the on-screen keyboard took
 * half the height), the screen is laid out for typing (`typingAreas`).
 */
export function layoutFor(vw: number, vh: number, tiles: number, typing: boolean): QuizAreas {
  const usual = quizAreas(vw, vh, tiles);
  if (!typing || lowestPlayed(usual, tiles) <= vh - FORM_H - FORM_GAP) return usual;
  return typingAreas(vw, vh);
}

/**
 * Laid out for typing on a short screen: the picture (smaller) and the slots above the form,
 * the slots keeping room for two rows; on a wide, short screen the picture on the left and the
 * slots over the form on the right. Tiles and hint buttons are hidden while the form is open;
 * their boxes are the screen under the header.
 */
export function typingAreas(vw: number, vh: number): QuizAreas {
  const formTop = vh - FORM_H;
  const hidden = { x: 8, y: TOP, w: vw - 16, h: vh - TOP };
  if (vw > vh * 1.5) {
    const left = Math.round(Math.min(vw * 0.38, (vh - TOP - PAD) * 2));
    const picture = { x: PAD, y: TOP, w: left, h: Math.max(0, vh - TOP - PAD) };
    const rx = PAD + left + PAD;
    const slots = { x: rx, y: TOP, w: vw - rx - PAD, h: Math.max(0, formTop - FORM_GAP - TOP) };
    const form = { x: rx - PAD / 2, y: formTop, w: vw - rx + PAD / 2, h: FORM_H };
    return { picture, slots, bank: hidden, actions: hidden, form };
  }
  const w = vw - PAD * 2;
  const room = Math.max(0, formTop - FORM_GAP - 8 - TOP);
  const slotsH = Math.min(room, Math.max(SLOTS_MIN_H, Math.min(104, room * 0.4)));
  const picture = { x: PAD, y: TOP, w, h: room - slotsH };
  const slots = { x: PAD, y: TOP + picture.h + 8, w, h: slotsH };
  const form = { x: 0, y: formTop, w: vw, h: FORM_H };
  return { picture, slots, bank: hidden, actions: hidden, form };
}

/**
 * The size, in canvas pixels, a picture is drawn at in `box` (CSS pixels) at `ratio` canvas
 * pixels per CSS pixel; drawn pictures (emoji, shapes) at 512 at most.
 */
export function pictureSize(picture: Picture, box: Box, ratio: number): number {
  const px = Math.round(Math.min(box.w, box.h) * ratio);
  return picture.kind === 'file' ? px : Math.min(px, 512);
}
