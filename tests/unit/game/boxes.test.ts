import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addBox, EMPTY, MAX_BOXES, meets, union, type Box } from '../../../src/shared/engine/boxes';

const box = fc.record({
  x: fc.integer({ min: 0, max: 800 }),
  y: fc.integer({ min: 0, max: 1600 }),
  w: fc.integer({ min: 0, max: 300 }),
  h: fc.integer({ min: 0, max: 300 }),
});

/** Whether pixel (px, py) is inside `b`. */
const holds = (b: Box, px: number, py: number): boolean =>
  px >= b.x && px < b.x + b.w && py >= b.y && py < b.y + b.h;

describe('boxes of the game canvas', () => {
  it('meet only when they share a pixel (touching edges do not)', () => {
    const a = { x: 0, y: 0, w: 10, h: 10 };
    expect(meets(a, { x: 9, y: 9, w: 5, h: 5 })).toBe(true);
    expect(meets(a, { x: 10, y: 0, w: 5, h: 5 })).toBe(false);
    expect(meets(a, EMPTY)).toBe(false);
  });

  it('joins two boxes into the smallest box holding both; an empty one adds nothing', () => {
    expect(union({ x: 0, y: 0, w: 10, h: 10 }, { x: 20, y: 5, w: 5, h: 20 })).toEqual({
      x: 0,
      y: 0,
      w: 25,
      h: 25,
    });
    expect(union(EMPTY, { x: 3, y: 4, w: 1, h: 1 })).toEqual({ x: 3, y: 4, w: 1, h: 1 });
  });

  it('keeps boxes far apart separate (a tile at the bottom, a score at the top)', () => {
    const boxes = addBox(addBox([], { x: 10, y: 1500, w: 120, h: 120 }), {
      x: 600,
      y: 10,
      w: 200,
      h: 40,
    });
    expect(boxes).toHaveLength(2);
    expect(addBox(boxes, EMPTY)).toEqual(boxes);
  });

  it('covers every pixel of every box added, with no two boxes overlapping, and at most MAX_BOXES', () => {
    fc.assert(
      fc.property(
        fc.array(box, { maxLength: 20 }),
        fc.array(fc.tuple(fc.nat(1100), fc.nat(1900)), { minLength: 1, maxLength: 30 }),
        (added, pixels) => {
          const boxes = added.reduce<Box[]>(addBox, []);
          expect(boxes.length).toBeLessThanOrEqual(MAX_BOXES);
          for (let i = 0; i < boxes.length; i++)
            for (let j = i + 1; j < boxes.length; j++)
              expect(meets(boxes[i]!, boxes[j]!)).toBe(false);
          for (const [px, py] of pixels)
            if (added.some((b) => holds(b, px, py)))
              expect(boxes.some((b) => holds(b, px, py))).toBe(true);
        },
      ),
    );
  });
});
