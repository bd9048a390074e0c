import { describe, expect, it } from 'vitest';
import {
  soloReducer,
  startSolo,
  type SoloAction,
  type SoloState,
} from '../../../src/core/quiz/solo';
import { NO_PROGRESS } from '../../../src/core/quiz/round';
import type { Quiz } from '../../../src/core/types';
import type { PackQuestion } from '../../../src/content/pack-types';
import { actionsEnabled, commandAction, keyAction } from '../../../src/solo/quiz-actions';
import { cardContent } from '../../../src/solo/card-extras';
import { progressAfter } from '../../../src/solo/progress-store';
import { stepMarks } from '../../../src/solo/quiz-effects';
import { pictureSize } from '../../../src/solo/quiz-layout';
import { SMALL_QUIZ } from '../../scenario/fixtures';

const T0 = 5_000_000;
const QUIZ: Quiz = SMALL_QUIZ;

function step(s: SoloState, action: SoloAction) {
  const r = soloReducer(QUIZ, s, action);
  if (!r.ok) throw new Error(`refused: ${r.refusal.code}`);
  return r;
}

const key = (k: string, mods: Partial<{ ctrlKey: boolean; altKey: boolean }> = {}) => ({
  key: k,
  ctrlKey: false,
  metaKey: false,
  altKey: false,
  ...mods,
});

describe('the hint, type and skip buttons', () => {
  it('can all be pressed on an open question, the decoys’ one until they are gone', () => {
    const s = startSolo(QUIZ, 3, T0);
    const hasDecoys = s.puzzle?.bank.some((t) => t.decoy) ?? false;
    expect(actionsEnabled(s)).toEqual([true, hasDecoys, true, true]);
    if (hasDecoys) {
      const gone = step(s, { type: 'hint', hint: 'remove-decoys', at: T0 }).state;
      expect(actionsEnabled(gone)).toEqual([true, false, true, true]);
    }
    const skipped = step(s, { type: 'skip', at: T0 }).state;
    expect(actionsEnabled(skipped)).toEqual([false, false, false, false]);
  });

  it('turn into the core’s actions; typing and the clue are the scene’s own', () => {
    expect(commandAction('skip', 7)).toEqual({ type: 'skip', at: 7 });
    expect(commandAction('reveal-letter', 7)).toEqual({
      type: 'hint',
      hint: 'reveal-letter',
      at: 7,
    });
    expect(commandAction('type', 7)).toBeNull();
    expect(commandAction('clue', 7)).toBeNull();
  });
});

describe('keys over the puzzle', () => {
  const s = startSolo(QUIZ, 3, T0);
  it('a letter or digit goes in a slot, Backspace takes one back', () => {
    expect(keyAction(key('ă'), s, false, 9)).toEqual({ type: 'type-letter', letter: 'ă', at: 9 });
    expect(keyAction(key('7'), s, false, 9)).toEqual({ type: 'type-letter', letter: '7', at: 9 });
    expect(keyAction(key('Backspace'), s, false, 9)).toEqual({ type: 'backspace', at: 9 });
  });

  it('shortcuts, other keys, an open form or a closed question do nothing', () => {
    expect(keyAction(key('c', { ctrlKey: true }), s, false, 9)).toBeNull();
    expect(keyAction(key('Tab'), s, false, 9)).toBeNull();
    expect(keyAction(key('a'), s, true, 9)).toBeNull();
    const skipped = step(s, { type: 'skip', at: T0 }).state;
    expect(keyAction(key('a'), skipped, false, 9)).toBeNull();
  });
});

describe('what a step shows and keeps', () => {
  it('a skip ends the question: the card shows the answer, the device keeps it played', () => {
    const s = startSolo(QUIZ, 3, T0);
    const r = step(s, { type: 'skip', at: T0 + 1000 });
    expect(stepMarks(r.events, 'skip', r.state)).toMatchObject({ ended: true, wrong: false });
    const id = s.order[0] ?? '';
    const q = QUIZ.questions.find((x) => x.id === id) as PackQuestion;
    const card = cardContent(r.state, q);
    expect(card).toMatchObject({ right: false, answer: q.answer });
    expect(cardContent(s, q)).toBeNull();
    const all = QUIZ.questions.map((x) => x.id);
    const kept = progressAfter(NO_PROGRESS, r.events, r.state, all);
    expect(kept.played).toEqual([id]);
    // A step that ends nothing keeps nothing new: the same record.
    expect(progressAfter(kept, [], s, all)).toBe(kept);
  });

  it('a wrong typed answer shows the badge; a wrong one by tiles only shakes', () => {
    const s = startSolo(QUIZ, 3, T0);
    const r = step(s, { type: 'submit-text', text: 'zzz', at: T0 });
    expect(stepMarks(r.events, 'submit-text', r.state)).toMatchObject({
      wrong: true,
      wrongTyped: true,
      ended: false,
    });
    expect(stepMarks(r.events, 'place', r.state).wrongTyped).toBe(false);
  });
});

describe('the picture’s drawn size', () => {
  it('is the box’s shorter side in canvas pixels, drawn pictures at 512 at most', () => {
    const box = { x: 0, y: 0, w: 300, h: 200 };
    expect(pictureSize({ kind: 'file', path: 'a.png' }, box, 3)).toBe(600);
    expect(pictureSize({ kind: 'rebus', rows: [] }, box, 3)).toBe(512);
    expect(pictureSize({ kind: 'rebus', rows: [] }, box, 1)).toBe(200);
  });
});
