import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { answerWords, MAX_BANK_TILES } from '../../../src/core/answer';
import { pictureStrip } from '../../../src/solo/picture-strip';
import { FORM_H, layoutFor, quizAreas, slotLayout, type Box } from '../../../src/solo/quiz-layout';

const PACK = JSON.parse(
  readFileSync(resolve(import.meta.dirname, '../../../assets/packs/default/pack.json'), 'utf8'),
) as { quiz: { questions: { answer: string }[] } };
/** Letters per word of every answer of the default pack. */
const ANSWERS = PACK.quiz.questions.map((q) => answerWords(q.answer).map((w) => w.length));

const overlap = (a: Box, b: Box): boolean =>
  a.x < b.x + b.w && b.x < a.x + a.w && a.y < b.y + b.h && b.y < a.y + a.h;

const onScreen = (b: Box, vw: number, vh: number): boolean =>
  b.x >= 0 && b.y >= 0 && b.x + b.w <= vw + 0.001 && b.y + b.h <= vh + 0.001;

/**
 * What a player typing needs to see: the picture (not a sliver), every answer's slots, and the
 * form, all on the screen and none over another.
 */
function expectLaidOutForTyping(vw: number, vh: number): void {
  const a = layoutFor(vw, vh, MAX_BANK_TILES, true);
  const form = a.form;
  if (!form) throw new Error(`not laid out for typing at ${String(vw)}×${String(vh)}`);
  expect(onScreen(form, vw, vh)).toBe(true);
  expect(form.h).toBe(FORM_H);
  expect(form.y + form.h).toBe(vh);
  // The form holds a field, "Check" and the close cross: at least 280 px.
  expect(form.w).toBeGreaterThanOrEqual(280);
  const strip = pictureStrip(a.picture);
  expect(Math.min(strip.picture.w, strip.picture.h)).toBeGreaterThanOrEqual(48);
  for (const part of [strip.timer, strip.clueButton, strip.picture]) {
    expect(onScreen(part, vw, vh)).toBe(true);
    expect(overlap(part, form)).toBe(false);
    expect(overlap(part, a.slots)).toBe(false);
  }
  for (const lengths of ANSWERS) {
    for (const slot of slotLayout(lengths, a.slots).boxes) {
      expect(onScreen(slot, vw, vh)).toBe(true);
      expect(overlap(slot, form)).toBe(false);
      expect(overlap(slot, a.picture)).toBe(false);
    }
  }
}

describe('the quiz laid out for typing', () => {
  it('at 360×352 (a phone with its keyboard up): picture, slots and form apart', () => {
    expectLaidOutForTyping(360, 352);
    const a = layoutFor(360, 352, MAX_BANK_TILES, true);
    // Stacked: the picture over the slots, the form across the bottom.
    expect(a.picture.y + a.picture.h).toBeLessThanOrEqual(a.slots.y);
    expect(a.form?.w).toBe(360);
  });

  it('at 412×450 (a Pixel 7 with its keyboard up)', () => {
    expectLaidOutForTyping(412, 450);
    const a = layoutFor(412, 450, MAX_BANK_TILES, true);
    // Room enough for a picture a player can read.
    expect(pictureStrip(a.picture).picture.h).toBeGreaterThanOrEqual(120);
  });

  it('on a landscape phone with its keyboard up (640×200): the picture beside the slots', () => {
    expectLaidOutForTyping(640, 200);
    const a = layoutFor(640, 200, MAX_BANK_TILES, true);
    expect(a.picture.x + a.picture.w).toBeLessThanOrEqual(a.slots.x);
    expect(a.form?.x).toBeGreaterThanOrEqual(a.picture.x + a.picture.w);
    expectLaidOutForTyping(640, 240);
  });

  it('keeps the usual layout while the form is closed, or where the tiles fit above it', () => {
    expect(layoutFor(360, 352, MAX_BANK_TILES, false)).toEqual(quizAreas(360, 352, MAX_BANK_TILES));
    for (const [vw, vh] of [
      [360, 640],
      [412, 839],
      [412, 915],
    ] as const) {
      const a = layoutFor(vw, vh, MAX_BANK_TILES, true);
      expect(a.form).toBeUndefined();
      expect(a).toEqual(quizAreas(vw, vh, MAX_BANK_TILES));
    }
  });
});
