import { describe, it, expect } from 'vitest';
import { inside, overlap } from '../box-checks';
import { quizAreas } from '../../../src/solo/quiz-layout';
import { CLUE_BUTTON, STRIP_H, pictureStrip } from '../../../src/solo/picture-strip';
import { TIMER_ROW_MIN_W, timerStacked } from '../../../src/solo/question-timer';

describe('what lies over the picture', () => {
  it('puts the timer and the clue button on one row, the picture under it, at 360×640', () => {
    const area = quizAreas(360, 640, 21).picture;
    const s = pictureStrip(area);
    expect(s.timer).toEqual({ x: 12, y: area.y, w: 336 - 116 - 6, h: STRIP_H });
    expect(s.clueButton).toEqual({ x: 12 + 336 - 116, y: area.y, w: 116, h: 44 });
    expect(s.picture).toEqual({ x: 12, y: area.y + 50, w: 336, h: area.h - 50 });
    expect(s.badge).toEqual({ x: 180, y: area.y + area.h - 16 });
  });

  it.each([
    [360, 640],
    [412, 915],
    [640, 360],
    [915, 412],
    [1024, 768],
  ])(
    'keeps everything inside the picture area, the picture clear of the row, at %i×%i',
    (vw, vh) => {
      const area = quizAreas(vw, vh, 21).picture;
      const s = pictureStrip(area);
      for (const box of [s.timer, s.clueButton, s.picture, s.clueBox])
        expect(inside(box, area)).toBe(true);
      expect(s.clueButton.h).toBe(CLUE_BUTTON.h);
      expect(overlap(s.picture, s.clueButton)).toBe(false);
      expect(overlap(s.picture, s.timer)).toBe(false);
      expect(overlap(s.clueBox, s.clueButton)).toBe(false);
      expect(s.clueBox.h).toBeGreaterThanOrEqual(Math.min(110, s.picture.h));
    },
  );
});

describe('the time-bonus strip', () => {
  it.each([
    [360, 640, true],
    [640, 360, true],
    [915, 412, true],
    [412, 915, false],
    [1024, 768, false],
  ])('at %i×%i puts its words over the bar: %s', (vw, vh, stacked) => {
    const strip = pictureStrip(quizAreas(vw, vh, 21).picture).timer;
    expect(timerStacked(strip.w)).toBe(stacked);
    expect(strip.w >= TIMER_ROW_MIN_W).toBe(!stacked);
  });
});
