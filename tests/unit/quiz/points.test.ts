import { describe, it, expect } from 'vitest';
import fc from 'fast-check';
import { answerLetters } from '../../../src/core/answer';
import {
  currentSoloQuestion,
  soloReducer,
  startSolo,
  type SoloState,
} from '../../../src/core/quiz/solo';
import { SOLO_SCORING, pointsBreakdown, questionStars } from '../../../src/core/quiz/scoring';
import type { Quiz } from '../../../src/core/types';
import { SMALL_QUIZ } from '../../scenario/fixtures';

const T0 = 5_000_000;

function act(quiz: Quiz, s: SoloState, action: Parameters<typeof soloReducer>[2]): SoloState {
  const r = soloReducer(quiz, s, action);
  if (!r.ok) throw new Error(`refused: ${r.refusal.code}`);
  return r.state;
}

/** A quiz whose every question has a clue, so any seed meets one. */
const CLUED: Quiz = {
  questions: SMALL_QUIZ.questions.map((q) => ({ ...q, hint: `Gợi ý cho ${q.id}` })),
};

describe('points, part by part', () => {
  it('adds the base, time and streak bonuses and takes off the help', () => {
    expect(
      pointsBreakdown({ points: 100, elapsedMs: 4_000, timeLimitSec: 20, streak: 3, hintCost: 10 }),
    ).toEqual({ base: 100, time: 40, streak: 20, hints: -10, total: 150 });
    expect(
      pointsBreakdown({ points: 200, elapsedMs: 30_000, timeLimitSec: 30, streak: 1, hintCost: 0 }),
    ).toEqual({ base: 200, time: 0, streak: 0, hints: 0, total: 200 });
  });

  it('cuts the help to what was earned, so the total is never below 0', () => {
    expect(
      pointsBreakdown({ points: 50, elapsedMs: 20_000, timeLimitSec: 20, streak: 0, hintCost: 90 }),
    ).toEqual({ base: 50, time: 0, streak: 0, hints: -50, total: 0 });
  });

  it('always adds up to its total, which is never negative', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 1000 }),
        fc.integer({ min: -1000, max: 200_000 }),
        fc.integer({ min: 0, max: 120 }),
        fc.integer({ min: 0, max: 20 }),
        fc.integer({ min: 0, max: 400 }),
        (points, elapsedMs, timeLimitSec, streak, hintCost) => {
          const b = pointsBreakdown({ points, elapsedMs, timeLimitSec, streak, hintCost });
          expect(b.base + b.time + b.streak + b.hints).toBe(b.total);
          expect(b.total).toBeGreaterThanOrEqual(0);
          expect(b.hints).toBeLessThanOrEqual(0);
        },
      ),
    );
  });
});

describe('stars', () => {
  const clean = { hintCost: 0, wrongAttempts: 0 };
  it('gives 3 for a fast answer with no help, 2 with help or slow, 1 for both, 0 skipped', () => {
    expect(questionStars(true, clean, 10_000, 20)).toBe(3);
    expect(questionStars(true, clean, 10_001, 20)).toBe(2);
    expect(questionStars(true, { hintCost: 10, wrongAttempts: 0 }, 1_000, 20)).toBe(2);
    expect(questionStars(true, { hintCost: 0, wrongAttempts: 1 }, 1_000, 20)).toBe(2);
    expect(questionStars(true, { hintCost: 20, wrongAttempts: 2 }, 19_000, 20)).toBe(1);
    expect(questionStars(false, clean, 1_000, 20)).toBe(0);
  });
});

describe('the written clue', () => {
  it('is the cheapest help', () => {
    expect(SOLO_SCORING.clueCost).toBeLessThan(SOLO_SCORING.revealLetterCost);
    expect(SOLO_SCORING.clueCost).toBeLessThan(SOLO_SCORING.removeDecoysCost);
  });

  it('shows once per question for 10, which the breakdown takes off the answer', () => {
    let s = startSolo(CLUED, 11, T0);
    const shown = soloReducer(CLUED, s, { type: 'hint', hint: 'clue', at: T0 + 1_000 });
    expect(shown.ok && shown.events).toEqual([{ type: 'hint-used', hint: 'clue', cost: 10 }]);
    s = shown.state;
    expect(s.clueShown).toBe(true);
    expect(s.hintCost).toBe(10);
    const again = soloReducer(CLUED, s, { type: 'hint', hint: 'clue', at: T0 + 2_000 });
    expect(again.ok).toBe(false);
    expect(!again.ok && again.refusal.code).toBe('clue-already-shown');
    expect(again.state).toBe(s);
    const answer = currentSoloQuestion(CLUED, s)!.answer;
    s = answerLetters(answer).reduce(
      (x, letter) => act(CLUED, x, { type: 'type-letter', letter, at: T0 + 6_000 }),
      s,
    );
    // 100 + round(50 × (1 − 6/20)) = 35, first of a streak, clue −10 → 125; help: 2 stars
    expect(s.results[0]).toMatchObject({
      points: 125,
      hintCost: 10,
      breakdown: { base: 100, time: 35, streak: 0, hints: -10, total: 125 },
      stars: 2,
    });
    expect(s.score).toBe(125);
    s = act(CLUED, s, { type: 'next', at: T0 + 7_000 });
    expect(s.clueShown).toBe(false);
    expect(s.hintCost).toBe(0);
  });

  it('is refused for a question without one, leaving the state alone', () => {
    const bare: Quiz = { questions: [SMALL_QUIZ.questions[4]!] };
    expect(bare.questions[0]!.hint).toBeUndefined();
    const s = startSolo(bare, 1, T0);
    const r = soloReducer(bare, s, { type: 'hint', hint: 'clue', at: T0 });
    expect(r.ok).toBe(false);
    expect(!r.ok && r.refusal.code).toBe('no-clue');
    expect(r.state).toBe(s);
  });
});
