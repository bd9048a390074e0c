import { describe, expect, it } from 'vitest';
import { inside, overlap } from '../box-checks';
import {
  fittingSize,
  podiumLayout,
  promptBoxHeight,
  questionLayout,
  teamRows,
  tileCells,
  tileGrid,
} from '../../../src/host/host-quiz-layout';

const SCREENS = [
  [1920, 1080],
  [1280, 720],
  [1024, 768],
] as const;

describe('the question screen layout', () => {
  for (const [vw, vh] of SCREENS) {
    for (const answerShown of [false, true]) {
      it(`keeps the parts apart and on a ${String(vw)}×${String(vh)} screen (answer ${answerShown ? 'shown' : 'hidden'})`, () => {
        const L = questionLayout(vw, vh, { answerShown, hasKey: true });
        const screen = { x: 0, y: 0, w: vw, h: L.bar.y };
        const key = L.key;
        expect(key).not.toBeNull();
        if (!key) return;
        const timer = {
          x: L.timer.x - L.timer.r,
          y: L.timer.y - L.timer.r,
          w: 2 * L.timer.r,
          h: 2 * L.timer.r,
        };
        const parts = [L.picture, L.status, timer, key, L.teams];
        for (const p of parts) expect(inside(p, screen)).toBe(true);
        for (let i = 0; i < parts.length; i++)
          for (let j = i + 1; j < parts.length; j++)
            expect(overlap(parts[i]!, parts[j]!), `${String(i)} ${String(j)}`).toBe(false);
        // The picture takes most of the width.
        expect(L.picture.w).toBeGreaterThan(vw * 0.6);
        expect(L.headerRight).toBe(L.picture.x + L.picture.w);
      });
    }
  }

  it('gives the status more room once the answer is shown, taken from the picture', () => {
    const hidden = questionLayout(1920, 1080, { answerShown: false, hasKey: true });
    const shown = questionLayout(1920, 1080, { answerShown: true, hasKey: true });
    expect(shown.status.h).toBe(220);
    expect(hidden.status.h).toBe(110);
    expect(shown.picture.h + shown.status.h).toBe(hidden.picture.h + hidden.status.h);
  });

  it('gives the teams the key picture’s room when the pack has none', () => {
    const withKey = questionLayout(1920, 1080, { answerShown: false, hasKey: true });
    const without = questionLayout(1920, 1080, { answerShown: false, hasKey: false });
    expect(without.key).toBeNull();
    expect(without.teams.h).toBeGreaterThan(withKey.teams.h);
    expect(without.teams.y).toBe(136);
  });

  it('stacks up to six team rows in their box, at most 72 px high', () => {
    const box = { x: 10, y: 100, w: 400, h: 300 };
    const two = teamRows(2, box);
    expect(two.map((r) => r.h)).toEqual([72, 72]);
    const six = teamRows(6, box);
    const last = six[5]!;
    expect(last.y + last.h).toBeCloseTo(box.y + box.h);
    expect(six[1]!.y - six[0]!.y - six[0]!.h).toBeCloseTo(8);
  });
});

describe('the key picture tiles', () => {
  it('picks cells close to square with few spare cells', () => {
    expect(tileGrid(6, 3 / 2)).toEqual({ cols: 3, rows: 2 });
    expect(tileGrid(9, 1)).toEqual({ cols: 3, rows: 3 });
    expect(tileGrid(4, 1)).toEqual({ cols: 2, rows: 2 });
    expect(tileGrid(6, 2 / 3)).toEqual({ cols: 2, rows: 3 });
    // A prime number of tiles: one spare cell beats a strip of thin ones.
    const five = tileGrid(5, 1);
    expect(five.cols * five.rows).toBe(6);
  });

  it('covers the picture exactly, row by row', () => {
    const picture = { x: 20, y: 30, w: 300, h: 200 };
    const cells = tileCells(6, picture);
    expect(cells).toHaveLength(6);
    expect(cells[0]).toEqual({ x: 20, y: 30, w: 100, h: 100 });
    expect(cells[5]).toEqual({ x: 220, y: 130, w: 100, h: 100 });
    const area = cells.reduce((sum, c) => sum + c.w * c.h, 0);
    expect(area).toBeCloseTo(picture.w * picture.h);
  });
});

describe('the podium layout', () => {
  it('puts first in the middle and highest, second left, third right, apart', () => {
    for (const [vw, vh] of SCREENS) {
      const { spots, stepW, baseY } = podiumLayout(vw, vh);
      const [second, first, third] = spots;
      expect([second?.place, first?.place, third?.place]).toEqual([2, 1, 3]);
      expect(first!.x).toBe(vw / 2);
      expect(first!.h).toBeGreaterThan(second!.h);
      expect(second!.h).toBeGreaterThan(third!.h);
      expect(first!.x - second!.x).toBeGreaterThan(stepW);
      expect(second!.x - stepW / 2).toBeGreaterThan(0);
      expect(third!.x + stepW / 2).toBeLessThan(vw);
      expect(baseY - first!.h).toBeGreaterThan(0);
    }
  });
});

describe('the answer card explanation type size', () => {
  // Four lines of 1.4 em at 22 px, three at 18 px: a long text shrinks to what fits.
  const linesAt = (size: number): number => (size > 18 ? 4 : 3);
  const heightAt = (size: number): number => linesAt(size) * size * 1.4;

  it('keeps the full size when the text fits', () => {
    expect(fittingSize(22, 14, 200, heightAt)).toBe(22);
  });

  it('takes the largest smaller size at which the text fits the card', () => {
    // 4 lines at 22 px are 123 px; 3 lines at 18 px are 76 px.
    expect(fittingSize(22, 14, 100, heightAt)).toBe(18);
  });

  it('stops at the smallest size when nothing fits', () => {
    expect(fittingSize(22, 14, 10, heightAt)).toBe(14);
  });
});

describe('the pending prompt', () => {
  it('grows its box with a prompt of two lines, so the text stays inside', () => {
    expect(promptBoxHeight(34, 110)).toBe(64);
    expect(promptBoxHeight(68, 110)).toBe(88);
  });

  it('never grows beyond the status area', () => {
    expect(promptBoxHeight(140, 110)).toBe(110);
  });
});
