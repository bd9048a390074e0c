import { describe, it, expect } from 'vitest';
import { answerLetters } from '../../src/core/answer';
import { SOLO_QUIZ } from '../../src/core/activities';
import { seedRng, shuffle } from '../../src/core/rng';
import {
  currentSoloQuestion,
  soloSummary,
  type SoloAction,
  type SoloConfig,
  type SoloState,
} from '../../src/core/quiz/solo';
import { dispatch, foldLog, newLog, type SessionLog } from '../../src/core/session/action-log';
import { PACK, PLAIN_ANSWERS, SMALL_QUIZ } from './fixtures';

const SEED = 2024;
const T0 = 1_700_000_000_000;

interface Session {
  log: SessionLog<SoloConfig, SoloAction>;
  state: SoloState;
}

function act(s: Session, action: SoloAction): Session {
  const r = dispatch(SOLO_QUIZ, SMALL_QUIZ, s.log, s.state, action, 'player');
  if (!r.step.ok) throw new Error(`refused ${action.type}: ${r.step.refusal.code}`);
  return { log: r.log, state: r.step.state };
}

function current(s: Session): { id: string; letters: string[] } {
  const q = currentSoloQuestion(SMALL_QUIZ, s.state);
  if (!q) throw new Error('no question');
  return { id: q.id, letters: answerLetters(q.answer) };
}

function typeLetters(s: Session, letters: readonly string[], at: number): Session {
  return letters.reduce((x, letter) => act(x, { type: 'type-letter', letter, at }), s);
}

/**
 * Every question is worth 100 points with a 20 s limit, so the time bonus is
 * round(50 × (1 − elapsed / 20 000)) and the sums below hold whatever the order.
 */
describe('a whole solo session, seed 2024', () => {
  const log = newLog<SoloConfig, SoloAction>(SOLO_QUIZ, PACK, SEED, T0, {});
  let s: Session = { log, state: foldLog(SOLO_QUIZ, SMALL_QUIZ, log).state };
  const order = shuffle(
    SMALL_QUIZ.questions.map((q) => q.id),
    seedRng(SEED),
  )[0];

  // 1. Tiles typed, the last at 4 s: 100 + round(50 × 0.8) = 40, streak 1 (no bonus) → 140
  s = typeLetters(s, current(s).letters, T0 + 4_000);
  s = act(s, { type: 'next', at: T0 + 10_000 });
  // 2. Typed without marks after 10 s: 100 + 25, streak 2 → +10 → 135
  s = act(s, { type: 'submit-text', text: PLAIN_ANSWERS[current(s).id]!, at: T0 + 20_000 });
  s = act(s, { type: 'next', at: T0 + 30_000 });
  // 3. One wrong try, then right after 5 s: 100 + round(37.5) = 38, streak broken → 138
  s = act(s, { type: 'submit-text', text: 'sai rồi', at: T0 + 32_000 });
  s = act(s, { type: 'submit-text', text: PLAIN_ANSWERS[current(s).id]!, at: T0 + 35_000 });
  s = act(s, { type: 'next', at: T0 + 40_000 });
  // 4. Both hints (30 + 20), rest typed at 8 s: 100 + round(50 × 0.6) = 30 − 50, streak 1 → 80
  s = act(s, { type: 'hint', hint: 'remove-decoys', at: T0 + 41_000 });
  s = act(s, { type: 'hint', hint: 'reveal-letter', at: T0 + 42_000 });
  s = typeLetters(s, current(s).letters.slice(1), T0 + 48_000);
  s = act(s, { type: 'next', at: T0 + 50_000 });
  // 5. Skipped after 3 s: 0, streak 0
  s = act(s, { type: 'skip', at: T0 + 53_000 });
  s = act(s, { type: 'next', at: T0 + 60_000 });
  // Total: 140 + 135 + 138 + 80 + 0 = 493

  it('plays the questions in the seeded order', () => {
    expect(s.state.order).toEqual(order);
    expect(s.state.results.map((r) => r.questionId)).toEqual(order);
  });

  it('ends with the exact score and results per question', () => {
    expect(s.state.phase).toBe('finished');
    expect(s.state.score).toBe(493);
    expect(s.state.results).toEqual([
      {
        questionId: order[0],
        outcome: 'right',
        points: 140,
        wrongAttempts: 0,
        hintCost: 0,
        elapsedMs: 4_000,
        breakdown: { base: 100, time: 40, streak: 0, hints: 0, total: 140 },
        stars: 3,
      },
      {
        questionId: order[1],
        outcome: 'right',
        points: 135,
        wrongAttempts: 0,
        hintCost: 0,
        elapsedMs: 10_000,
        breakdown: { base: 100, time: 25, streak: 10, hints: 0, total: 135 },
        stars: 3,
      },
      {
        questionId: order[2],
        outcome: 'right',
        points: 138,
        wrongAttempts: 1,
        hintCost: 0,
        elapsedMs: 5_000,
        breakdown: { base: 100, time: 38, streak: 0, hints: 0, total: 138 },
        stars: 2,
      },
      {
        questionId: order[3],
        outcome: 'right',
        points: 80,
        wrongAttempts: 0,
        hintCost: 50,
        elapsedMs: 8_000,
        breakdown: { base: 100, time: 30, streak: 0, hints: -50, total: 80 },
        stars: 2,
      },
      {
        questionId: order[4],
        outcome: 'skipped',
        points: 0,
        wrongAttempts: 0,
        hintCost: 0,
        elapsedMs: 3_000,
        breakdown: null,
        stars: 0,
      },
    ]);
  });

  it('keeps the streaks', () => {
    expect(s.state.streak).toBe(0);
    expect(s.state.bestStreak).toBe(2);
  });

  it('sums up the results screen', () => {
    expect(soloSummary(s.state)).toEqual({
      score: 493,
      played: 5,
      right: 4,
      skipped: 1,
      firstTry: 3,
      bestStreak: 2,
      hintCost: 50,
      stars: 10,
      maxStars: 15,
    });
  });

  it('refolds from the log to the same state', () => {
    expect(foldLog(SOLO_QUIZ, SMALL_QUIZ, s.log)).toEqual({ state: s.state, skipped: 0 });
    expect(s.log.actions.every((a) => a.by === 'player')).toBe(true);
  });
});

describe('a short strict session, seed 7', () => {
  it('needs the marks: plain answers are wrong attempts', () => {
    const log = newLog<SoloConfig, SoloAction>(SOLO_QUIZ, PACK, 7, T0, {
      strict: true,
      questionCount: 2,
    });
    let s: Session = { log, state: foldLog(SOLO_QUIZ, SMALL_QUIZ, log).state };
    const first = currentSoloQuestion(SMALL_QUIZ, s.state)!;
    // 1. plain (wrong), then marked at 20 s: 100 + 0, not clean → 100
    s = act(s, { type: 'submit-text', text: PLAIN_ANSWERS[first.id]!, at: T0 + 1_000 });
    s = act(s, { type: 'submit-text', text: first.answer, at: T0 + 20_000 });
    s = act(s, { type: 'next', at: T0 + 21_000 });
    // 2. marked at once: 100 + 50, streak 1 → 150
    s = act(s, {
      type: 'submit-text',
      text: currentSoloQuestion(SMALL_QUIZ, s.state)!.answer,
      at: T0 + 21_000,
    });
    s = act(s, { type: 'next', at: T0 + 22_000 });
    // Total 250
    expect(s.state.score).toBe(250);
    expect(s.state.results.map((r) => [r.points, r.wrongAttempts])).toEqual([
      [100, 1],
      [150, 0],
    ]);
    expect(s.state.bestStreak).toBe(1);
  });
});
