import { describe, expect, it } from 'vitest';
import { inside, overlap } from '../box-checks';
import { barSlots } from '../../../src/host/host-bar';
import {
  SKIT_BAR_H,
  SKIT_TITLE_H,
  optionRows,
  portraitHeight,
  skitBarY,
  skitBox,
} from '../../../src/host/host-skit-layout';
import { voteRing } from '../../../src/host/vote-countdown-view';

const SCREENS = [
  [1920, 1080],
  [1280, 720],
  [1024, 768],
] as const;

describe('the skit screen layout', () => {
  for (const [vw, vh] of SCREENS) {
    it(`keeps the box between the title and the bar on a ${String(vw)}×${String(vh)} screen`, () => {
      const bar = { x: 0, y: skitBarY(vh), w: vw, h: SKIT_BAR_H };
      expect(bar.y + bar.h).toBeLessThanOrEqual(vh);
      for (const options of [null, 2, 3, 5, 8])
        for (const extra of [0, 48, 80]) {
          const box = skitBox(vw, vh, options, extra);
          expect(inside(box, { x: 0, y: SKIT_TITLE_H, w: vw, h: bar.y - SKIT_TITLE_H })).toBe(true);
          expect(overlap(box, bar)).toBe(false);
          // Centred, at most 1400 wide, 16 from the sides of a narrower screen.
          expect(box.x).toBeCloseTo(vw - box.x - box.w);
          expect(box.w).toBe(Math.min(vw - 32, 1400));
        }
    });

    it(`fits every option of a choice in the box, clear of the phones' count (${String(vw)}×${String(vh)})`, () => {
      for (const count of [2, 3, 4, 6]) {
        const extra = 48;
        const box = skitBox(vw, vh, count, extra);
        const top = box.y + 30 + 40; // under a one-line prompt
        const rows = optionRows(box, top, extra, count);
        expect(rows.h).toBeGreaterThan(40);
        expect(rows.h).toBeLessThanOrEqual(64);
        const boxes = rows.ys.map((y) => ({
          x: box.x + 24,
          y: y - rows.h / 2,
          w: box.w - 48,
          h: rows.h,
        }));
        const room = { ...box, h: box.h - extra };
        for (const [i, b] of boxes.entries()) {
          expect(b.y).toBeGreaterThanOrEqual(top);
          expect(inside(b, room)).toBe(true);
          const next = boxes[i + 1];
          if (next) expect(next.y - (b.y + b.h)).toBeCloseTo(8);
        }
      }
    });

    it(`puts the vote's countdown between the title and a choice's box (${String(vw)}×${String(vh)})`, () => {
      const box = skitBox(vw, vh, 3, 48);
      const ring = voteRing(vw, SKIT_TITLE_H, box.y);
      expect(ring.y - ring.r).toBeGreaterThanOrEqual(SKIT_TITLE_H);
      expect(ring.y + ring.r).toBeLessThan(box.y);
      expect(ring.x + ring.r).toBeLessThanOrEqual(vw);
    });
  }

  it('a portrait stands on the box, never into the title, at most 60% of the screen', () => {
    expect(portraitHeight(700, 1080)).toBe(620);
    expect(portraitHeight(900, 1080)).toBeCloseTo(648);
    const box = skitBox(1024, 768, null, 0);
    expect(box.y - 30 - portraitHeight(box.y, 768)).toBeGreaterThanOrEqual(SKIT_TITLE_H - 30);
  });
});

describe('the bar of buttons', () => {
  it('centres buttons of one width, at most 240 px, 12 px apart', () => {
    const { w, xs } = barSlots(1920, 4);
    expect(w).toBe(240);
    expect(xs.map((x) => x - xs[0]!)).toEqual([0, 252, 504, 756]);
    expect((xs[0]! + xs[3]!) / 2).toBe(960);
  });

  it('narrows the buttons so many fit a small screen, with 12 px at its edges', () => {
    const { w, xs } = barSlots(1024, 8);
    expect(w).toBeLessThan(240);
    expect(xs[0]! - w / 2).toBeCloseTo(12);
    expect(1024 - (xs[7]! + w / 2)).toBeCloseTo(12);
    expect(barSlots(1024, 0)).toEqual({ w: 0, xs: [] });
  });
});
