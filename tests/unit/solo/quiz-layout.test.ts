import { describe, expect, it } from 'vitest';
import {
  ACTION_MIN_W,
  actionLayout,
  bankGrid,
  bankLayout,
  quizAreas,
  slotLayout,
  TILE_MIN,
  type Box,
} from '../../../src/solo/quiz-layout';

const inside = (b: Box, area: Box): boolean =>
  b.x >= area.x - 0.001 &&
  b.y >= area.y - 0.001 &&
  b.x + b.w <= area.x + area.w + 0.001 &&
  b.y + b.h <= area.y + area.h + 0.001;

const overlap = (a: Box, b: Box): boolean =>
  a.x < b.x + b.w && b.x < a.x + a.w && a.y < b.y + b.h && b.y < a.y + a.h;

describe('the bank grid', () => {
  it('puts up to 8 tiles a row, at least 5 when they fit', () => {
    expect(bankGrid(21, 600)).toEqual({ cols: 7, rows: 3 });
    expect(bankGrid(30, 800)).toEqual({ cols: 8, rows: 4 });
    expect(bankGrid(6, 600)).toEqual({ cols: 5, rows: 2 });
  });

  it('never puts more thumb-sized tiles in a row than the width holds (a 360 px phone: 7)', () => {
    expect(bankGrid(21, 300).cols).toBe(6);
    expect(bankGrid(21, 344).cols).toBe(7);
    expect(bankGrid(21, 100)).toEqual({ cols: 2, rows: 11 });
  });
});

describe('the quiz areas', () => {
  it('stacks picture, slots, bank and buttons in portrait, without overlap', () => {
    const a = quizAreas(412, 839, 21);
    const order = [a.picture, a.slots, a.bank, a.actions];
    for (let i = 1; i < order.length; i++)
      expect(order[i]!.y).toBeGreaterThanOrEqual(order[i - 1]!.y + order[i - 1]!.h);
    expect(a.actions.y + a.actions.h).toBeLessThanOrEqual(839);
    // Four buttons do not fit one row at 388 px: two rows.
    expect(a.actions.h).toBe(112);
    // The bank keeps room for its three rows of thumb-sized tiles.
    expect(a.bank.h).toBeGreaterThanOrEqual(3 * TILE_MIN);
  });

  it('puts the picture on the left in landscape, the rest on its right', () => {
    const a = quizAreas(1400, 700, 21);
    expect(a.picture.x + a.picture.w).toBeLessThanOrEqual(a.slots.x);
    expect(a.slots.x).toBe(a.bank.x);
    expect(a.actions.h).toBe(52);
    expect(a.actions.y + a.actions.h).toBeLessThanOrEqual(700);
  });
});

describe('the answer slots', () => {
  const area = { x: 12, y: 300, w: 388, h: 134 };

  it('gives one box per letter, in answer order, inside the area and apart', () => {
    const s = slotLayout([4, 3], area);
    expect(s.boxes).toHaveLength(7);
    for (const b of s.boxes) expect(inside(b, area)).toBe(true);
    for (let i = 1; i < s.boxes.length; i++)
      expect(overlap(s.boxes[i - 1]!, s.boxes[i]!)).toBe(false);
    expect(s.size).toBe(52);
  });

  it('wraps whole words onto further rows and shrinks slots until they fit', () => {
    const s = slotLayout([5, 4, 6, 5], area);
    const rows = [...new Set(s.boxes.map((b) => b.y))];
    expect(rows.length).toBeGreaterThan(1);
    // A word's letters share a row.
    const firstWord = s.boxes.slice(0, 5).map((b) => b.y);
    expect(new Set(firstWord).size).toBe(1);
    expect(s.size).toBeLessThan(52);
    expect(s.size).toBeGreaterThanOrEqual(28);
    for (const b of s.boxes) expect(inside(b, area)).toBe(true);
  });
});

describe('the bank tiles', () => {
  it('places every tile inside the bank, thumb-sized, without overlap', () => {
    const area = { x: 8, y: 450, w: 396, h: 250 };
    const boxes = bankLayout(21, area);
    expect(boxes).toHaveLength(21);
    for (const b of boxes) {
      expect(b.w).toBeGreaterThanOrEqual(TILE_MIN);
      expect(inside(b, area)).toBe(true);
    }
    for (let i = 0; i < boxes.length; i++)
      for (let j = i + 1; j < boxes.length; j++) expect(overlap(boxes[i]!, boxes[j]!)).toBe(false);
  });

  it('centres a short last row', () => {
    const area = { x: 0, y: 0, w: 400, h: 200 };
    // Five a row: the second row holds four, centred.
    const boxes = bankLayout(9, area);
    const lastRow = boxes.slice(5);
    expect(new Set(lastRow.map((b) => b.y)).size).toBe(1);
    const left = lastRow[0]!.x;
    const right = lastRow[3]!.x + lastRow[3]!.w;
    expect((left + right) / 2).toBeCloseTo(200, 5);
  });
});

describe('the action buttons', () => {
  it('sit in one row in a low area, in two columns in a tall one', () => {
    const row = actionLayout(4, { x: 0, y: 0, w: 600, h: 52 });
    expect(new Set(row.map((b) => b.y)).size).toBe(1);
    const grid = actionLayout(4, { x: 0, y: 0, w: 388, h: 112 });
    expect(new Set(grid.map((b) => b.y)).size).toBe(2);
    expect(new Set(grid.map((b) => b.x)).size).toBe(2);
    for (const b of grid) expect(b.h).toBe(52);
  });
});

describe('the quiz on a landscape phone', () => {
  const phones = [
    [640, 360],
    [915, 412],
    [844, 390],
  ] as const;
  // The default pack's longest answer (xuất khẩu lao động) and a two-word one; the bank's
  // sizes: 14, 21 and the largest, 24.
  const answers = [
    [4, 4, 3, 4],
    [3, 5],
  ];

  for (const [vw, vh] of phones)
    for (const tiles of [14, 21, 24])
      it(`${String(vw)}×${String(vh)}, ${String(tiles)} tiles: nothing covers a tile, all in view`, () => {
        const a = quizAreas(vw, vh, tiles);
        const screen = { x: 0, y: 0, w: vw, h: vh };
        const bank = bankLayout(tiles, a.bank);
        const actions = actionLayout(4, a.actions);
        for (const b of [...bank, ...actions, a.picture]) expect(inside(b, screen)).toBe(true);
        // Every tile whole inside the bank, clear of the buttons and the picture.
        for (const t of bank) {
          expect(inside(t, a.bank)).toBe(true);
          expect(t.w).toBeGreaterThanOrEqual(TILE_MIN);
          for (const b of [...actions, a.picture, a.slots]) expect(overlap(t, b)).toBe(false);
        }
        for (const b of actions) {
          expect(inside(b, a.actions)).toBe(true);
          // Wide enough for a two-line label, a thumb's height.
          expect(b.w).toBeGreaterThanOrEqual(ACTION_MIN_W - 8);
          expect(b.h).toBeGreaterThanOrEqual(48);
          expect(overlap(b, a.picture)).toBe(false);
          expect(overlap(b, a.slots)).toBe(false);
        }
        // Below the header (menu button, progress, score).
        for (const b of [a.picture, a.slots]) expect(b.y).toBeGreaterThanOrEqual(64);
        for (const lengths of answers) {
          const slots = slotLayout(lengths, a.slots);
          for (const s of slots.boxes) {
            expect(inside(s, a.slots)).toBe(true);
            for (const t of bank) expect(overlap(s, t)).toBe(false);
          }
        }
      });

  it('puts the buttons under the picture at 640×360, where the bank needs the right side', () => {
    const a = quizAreas(640, 360, 21);
    expect(a.actions.x).toBe(a.picture.x);
    expect(a.actions.y).toBeGreaterThanOrEqual(a.picture.y + a.picture.h);
  });

  it('keeps the buttons in one place whatever the bank (they do not move between questions)', () => {
    for (const [vw, vh] of phones)
      expect(quizAreas(vw, vh, 14).actions).toEqual(quizAreas(vw, vh, 24).actions);
  });
});
