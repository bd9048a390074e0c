import { describe, expect, it } from 'vitest';
import { BAR_BUTTON_MIN_W, confettiArea, resultsBar } from '../../../src/solo/results-layout';
import type { Box } from '../../../src/solo/quiz-layout';

const overlap = (a: Box, b: Box): boolean =>
  a.x < b.x + b.w && b.x < a.x + a.w && a.y < b.y + b.h && b.y < a.y + a.h;

function expectRoomy(vw: number, vh: number, count: number): readonly Box[] {
  const bar = resultsBar(vw, vh, count);
  expect(bar.buttons).toHaveLength(count);
  bar.buttons.forEach((b, i) => {
    expect(b.x).toBeGreaterThanOrEqual(0);
    expect(b.x + b.w).toBeLessThanOrEqual(vw);
    expect(b.y).toBeGreaterThanOrEqual(bar.top);
    expect(b.y + b.h).toBeLessThanOrEqual(vh);
    expect(b.h).toBeGreaterThanOrEqual(44);
    // Room for its label at full size on one line.
    expect(b.w).toBeGreaterThanOrEqual(BAR_BUTTON_MIN_W - 60);
    for (const other of bar.buttons.slice(i + 1)) expect(overlap(b, other)).toBe(false);
  });
  return bar.buttons;
}

describe('the results bar', () => {
  it('on a 360 px phone: play again and share side by side, back to the start under them', () => {
    const [again, share, menu] = expectRoomy(360, 640, 3);
    expect(again?.y).toBe(share?.y);
    expect(menu!.y).toBeGreaterThan(again!.y);
    // The longest label ("Back to the start") gets the whole width.
    expect(menu!.w).toBeGreaterThanOrEqual(BAR_BUTTON_MIN_W);
    expect(again!.w).toBeGreaterThanOrEqual(150);
    expectRoomy(412, 915, 3);
    expectRoomy(360, 640, 2);
  });

  it('on a landscape phone: the three in one row, each wide enough', () => {
    const buttons = expectRoomy(640, 360, 3);
    expect(new Set(buttons.map((b) => b.y)).size).toBe(1);
    for (const b of buttons) expect(b.w).toBeGreaterThanOrEqual(BAR_BUTTON_MIN_W);
    expect(resultsBar(640, 360, 3).top).toBeGreaterThanOrEqual(360 - 80);
  });
});

describe('the end-of-round confetti', () => {
  it('falls above the list of what was learned, never over it', () => {
    const area = confettiArea(360, 300);
    expect(area.y + area.h).toBeLessThan(300);
    expect(area.w).toBe(360);
    expect(confettiArea(360, 0).h).toBe(0);
  });
});
