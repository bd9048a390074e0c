import { describe, it, expect } from 'vitest';
import { answerLetters } from '../../../src/core/answer';
import { shuffle, seedRng } from '../../../src/core/rng';
import {
  currentSoloQuestion,
  soloReducer,
  soloSummary,
  solutionLetters,
  startSolo,
  tilesInBank,
  type SoloAction,
  type SoloState,
  type SoloStep,
} from '../../../src/core/quiz/solo';
import {
  SOLO_SCORING,
  keyPictureBonus,
  streakBonus,
  timeBonus,
} from '../../../src/core/quiz/scoring';
import type { Quiz } from '../../../src/core/types';
import { SMALL_QUIZ } from '../../scenario/fixtures';

const QUIZ = SMALL_QUIZ;
const T0 = 1_000_000;

function step(state: SoloState, action: SoloAction, quiz: Quiz = QUIZ): SoloStep {
  return soloReducer(quiz, state, action);
}

function ok(state: SoloState, action: SoloAction, quiz: Quiz = QUIZ): SoloState {
  const s = step(state, action, quiz);
  if (!s.ok) throw new Error(`refused: ${s.refusal.code}`);
  return s.state;
}

function letters(state: SoloState, quiz: Quiz = QUIZ): string[] {
  const q = currentSoloQuestion(quiz, state);
  if (!q) throw new Error('no question');
  return answerLetters(q.answer);
}

/** Types `word` letter by letter, all at time `at`. */
function typeAll(state: SoloState, word: readonly string[], at: number): SoloState {
  return word.reduce((s, letter) => ok(s, { type: 'type-letter', letter, at }), state);
}

function expectRefused(
  state: SoloState,
  action: SoloAction,
  code: string,
  quiz: Quiz = QUIZ,
): void {
  const s = step(state, action, quiz);
  expect(s.ok).toBe(false);
  expect(s.state).toBe(state);
  if (!s.ok) expect(s.refusal.code).toBe(code);
}

/** A bank tile whose letter is not `letter`, still in the bank. */
function otherTile(state: SoloState, letter: string): number {
  const t = tilesInBank(state).find((id) => state.puzzle?.bank[id]?.letter !== letter);
  if (t === undefined) throw new Error('no other tile');
  return t;
}

describe('scoring rules', () => {
  it('gives half the points as time bonus at once, none at the limit, and rounds', () => {
    expect(timeBonus(100, 0, 20)).toBe(50);
    expect(timeBonus(100, 20_000, 20)).toBe(0);
    expect(timeBonus(100, 30_000, 20)).toBe(0);
    expect(timeBonus(100, -5, 20)).toBe(50);
    expect(timeBonus(100, 5_000, 20)).toBe(38); // 37.5 rounds up
    expect(timeBonus(100, 1000, 0)).toBe(0);
  });

  it('adds 10 per streak step after the first, up to 50', () => {
    expect([0, 1, 2, 3, 6, 7, 20].map(streakBonus)).toEqual([0, 0, 10, 20, 50, 50, 50]);
  });

  it('shrinks the key bonus with opened tiles, never below a tenth', () => {
    expect(keyPictureBonus(300, 6, 0)).toBe(300);
    expect(keyPictureBonus(300, 6, 2)).toBe(200);
    expect(keyPictureBonus(300, 6, 6)).toBe(30);
    expect(keyPictureBonus(300, 6, 9)).toBe(30);
  });
});

describe('start', () => {
  it('orders the questions from the seed', () => {
    const s = startSolo(QUIZ, 42, T0);
    const [expected] = shuffle(
      QUIZ.questions.map((q) => q.id),
      seedRng(42),
    );
    expect(s.order).toEqual(expected);
    expect(startSolo(QUIZ, 42, T0)).toEqual(s);
    expect(s.phase).toBe('question');
    expect(s.index).toBe(0);
    expect(s.score).toBe(0);
    expect(s.questionShownAt).toBe(T0);
    expect(currentSoloQuestion(QUIZ, s)?.id).toBe(expected[0]);
  });

  it('shows an empty slot per answer letter and a bank holding every letter', () => {
    const s = startSolo(QUIZ, 7, T0);
    const word = letters(s);
    expect(s.slots).toEqual(word.map(() => null));
    expect(solutionLetters(s.puzzle!)).toEqual(word);
    expect(tilesInBank(s)).toHaveLength(s.puzzle!.bank.length);
    const bankLetters = s.puzzle!.bank.filter((t) => !t.decoy).map((t) => t.letter);
    expect([...bankLetters].sort()).toEqual([...word].sort());
  });

  it('plays questionCount questions, clamped to 1..all', () => {
    expect(startSolo(QUIZ, 1, T0, { questionCount: 3 }).order).toHaveLength(3);
    expect(startSolo(QUIZ, 1, T0, { questionCount: 0 }).order).toHaveLength(1);
    expect(startSolo(QUIZ, 1, T0, { questionCount: 99 }).order).toHaveLength(5);
    expect(startSolo(QUIZ, 1, T0, { questionCount: 3 }).order).toEqual(
      startSolo(QUIZ, 1, T0).order.slice(0, 3),
    );
  });

  it('is lenient unless asked to be strict', () => {
    expect(startSolo(QUIZ, 1, T0).strict).toBe(false);
    expect(startSolo(QUIZ, 1, T0, { strict: true }).strict).toBe(true);
  });

  it('throws for a question id that is not in the quiz (a bug, not a move)', () => {
    const s = startSolo(QUIZ, 1, T0);
    expect(() => currentSoloQuestion({ questions: [] }, s)).toThrow(/not in the quiz/);
  });
});

describe('place, unplace, backspace, type-letter', () => {
  it('places a tile in the first empty slot and takes it out of the bank', () => {
    const s = startSolo(QUIZ, 3, T0);
    const tile = tilesInBank(s)[0]!;
    const r = step(s, { type: 'place', tile, at: T0 + 1 });
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.events).toEqual([{ type: 'tile-placed', tile, slot: 0 }]);
    expect(r.state.slots[0]).toBe(tile);
    expect(tilesInBank(r.state)).not.toContain(tile);
  });

  it('unplaces a tile back to the bank', () => {
    const s = startSolo(QUIZ, 3, T0);
    const [a, b] = tilesInBank(s) as [number, number];
    const two = ok(ok(s, { type: 'place', tile: a, at: T0 }), { type: 'place', tile: b, at: T0 });
    const r = step(two, { type: 'unplace', slot: 0, at: T0 });
    expect(r.ok && r.events).toEqual([{ type: 'tile-returned', tile: a, slot: 0 }]);
    expect(r.state.slots[0]).toBeNull();
    expect(r.state.slots[1]).toBe(b);
    expect(tilesInBank(r.state)).toContain(a);
    // the next tile fills the gap first
    const c = tilesInBank(r.state).find((t) => t !== a)!;
    expect(ok(r.state, { type: 'place', tile: c, at: T0 }).slots[0]).toBe(c);
  });

  it('backspace empties the last filled slot', () => {
    const s = startSolo(QUIZ, 3, T0);
    const [a, b] = tilesInBank(s) as [number, number];
    const two = ok(ok(s, { type: 'place', tile: a, at: T0 }), { type: 'place', tile: b, at: T0 });
    const back = ok(two, { type: 'backspace', at: T0 });
    expect(back.slots[0]).toBe(a);
    expect(back.slots[1]).toBeNull();
    expectRefused(
      ok(back, { type: 'backspace', at: T0 }),
      { type: 'backspace', at: T0 },
      'slot-empty',
    );
  });

  it('type-letter places a bank tile with that letter, in either case', () => {
    const s = startSolo(QUIZ, 3, T0);
    const first = letters(s)[0]!;
    const placed = ok(s, { type: 'type-letter', letter: first.toLowerCase(), at: T0 });
    expect(placed.puzzle!.bank[placed.slots[0]!]!.letter).toBe(first);
  });

  it('type-letter takes a marked key as its unmarked tile: Đ, ư, ờ fill D, U, O', () => {
    const quiz: Quiz = { questions: [{ ...SMALL_QUIZ.questions[1]!, answer: 'đường' }] };
    let s = startSolo(quiz, 4, T0);
    // an upper-case marked key and an NFD "ờ" (o + horn + grave) count the same way
    s = ok(s, { type: 'type-letter', letter: 'Đ', at: T0 }, quiz);
    s = ok(s, { type: 'type-letter', letter: 'ư', at: T0 }, quiz);
    s = ok(s, { type: 'type-letter', letter: 'o\u031b\u0300', at: T0 }, quiz);
    s = ok(s, { type: 'type-letter', letter: 'n', at: T0 }, quiz);
    const slots = s.slots.map((t) => (t === null ? null : s.puzzle!.bank[t]!.letter));
    expect(slots).toEqual(['D', 'U', 'O', 'N', null]);
    s = ok(s, { type: 'type-letter', letter: 'g', at: T0 + 20_000 }, quiz);
    expect(s.phase).toBe('feedback');
    expect(s.results[0]).toMatchObject({ outcome: 'right', wrongAttempts: 0 });
  });

  it('type-letter refuses a key that is not one letter', () => {
    const s = startSolo(QUIZ, 3, T0);
    const first = letters(s)[0]!;
    expectRefused(s, { type: 'type-letter', letter: first + first, at: T0 }, 'tile-not-in-bank');
    expectRefused(s, { type: 'type-letter', letter: '-', at: T0 }, 'tile-not-in-bank');
  });

  it('refuses a letter with no tile left in the bank', () => {
    const s = startSolo(QUIZ, 3, T0);
    expectRefused(s, { type: 'type-letter', letter: 'F', at: T0 }, 'tile-not-in-bank');
  });
});

describe('auto-check when the slots are full', () => {
  it('a right answer earns points + time bonus + streak bonus and shows feedback', () => {
    const s = startSolo(QUIZ, 5, T0);
    const id = s.order[0]!;
    const r = typeAll(s, letters(s), T0 + 4000);
    // 100 + round(50 × (1 − 4/20)) = 100 + 40; first of a streak: no streak bonus
    expect(r.phase).toBe('feedback');
    expect(r.score).toBe(140);
    expect(r.streak).toBe(1);
    expect(r.results).toEqual([
      {
        questionId: id,
        outcome: 'right',
        points: 140,
        wrongAttempts: 0,
        hintCost: 0,
        elapsedMs: 4000,
        breakdown: { base: 100, time: 40, streak: 0, hints: 0, total: 140 },
        stars: 3,
      },
    ]);
  });

  it('reports answer-right with the points in the event of the last tile', () => {
    const s = startSolo(QUIZ, 5, T0);
    const word = letters(s);
    const almost = typeAll(s, word.slice(0, -1), T0);
    const r = step(almost, { type: 'type-letter', letter: word.at(-1)!, at: T0 + 20_000 });
    expect(r.ok && r.events.map((e) => e.type)).toEqual(['tile-placed', 'answer-right']);
    expect(r.ok && r.events[1]).toEqual({
      type: 'answer-right',
      questionId: s.order[0],
      points: 100,
    });
  });

  it('the second clean answer in a row adds the streak bonus', () => {
    let s = startSolo(QUIZ, 5, T0);
    s = typeAll(s, letters(s), T0 + 20_000); // 100 + 0 + 0
    s = ok(s, { type: 'next', at: T0 + 30_000 });
    s = typeAll(s, letters(s), T0 + 40_000); // 100 + round(50 × 0.5) = 25 + streak 2: 10
    expect(s.results[1]!.points).toBe(135);
    expect(s.score).toBe(235);
    expect(s.streak).toBe(2);
    expect(s.bestStreak).toBe(2);
  });

  it('a wrong full answer counts an attempt, stays open, and breaks the streak', () => {
    let s = startSolo(QUIZ, 5, T0);
    s = typeAll(s, letters(s), T0 + 20_000);
    s = ok(s, { type: 'next', at: T0 + 20_000 });
    const word = letters(s);
    // fill every slot, the last one with a wrong letter
    let filled = typeAll(s, word.slice(0, -1), T0 + 21_000);
    const wrongTile = otherTile(filled, word.at(-1)!);
    const r = step(filled, { type: 'place', tile: wrongTile, at: T0 + 21_000 });
    expect(r.ok && r.events.at(-1)).toEqual({ type: 'answer-wrong', questionId: s.order[1] });
    filled = r.state;
    expect(filled.phase).toBe('question');
    expect(filled.wrongAttempts).toBe(1);
    expect(step(filled, { type: 'place', tile: tilesInBank(filled)[0]!, at: 0 }).ok).toBe(false);
    filled = ok(filled, { type: 'backspace', at: T0 + 22_000 });
    filled = ok(filled, { type: 'type-letter', letter: word.at(-1)!, at: T0 + 30_000 });
    // 100 + round(50 × 0.5) = 125; not a clean run: streak 0, no streak bonus
    expect(filled.phase).toBe('feedback');
    expect(filled.results[1]).toMatchObject({ outcome: 'right', points: 125, wrongAttempts: 1 });
    expect(filled.streak).toBe(0);
    expect(filled.bestStreak).toBe(1);
    expect(filled.score).toBe(100 + 125);
  });

  it('refuses a tile once every slot is full', () => {
    const s = startSolo(QUIZ, 5, T0);
    const word = letters(s);
    let full = typeAll(s, word.slice(0, -1), T0);
    full = ok(full, { type: 'place', tile: otherTile(full, word.at(-1)!), at: T0 });
    expectRefused(full, { type: 'place', tile: tilesInBank(full)[0]!, at: T0 }, 'slots-full');
  });
});

describe('submit-text', () => {
  it('accepts an answer without marks when lenient', () => {
    const s = startSolo(QUIZ, 9, T0);
    const q = currentSoloQuestion(QUIZ, s)!;
    const plain = q.answer.normalize('NFD').replace(/\p{M}/gu, '').replace(/đ/g, 'd');
    const r = ok(s, { type: 'submit-text', text: plain, at: T0 + 10_000 });
    expect(r.phase).toBe('feedback');
    expect(r.score).toBe(125);
  });

  it('strict mode refuses missing marks as a wrong attempt and accepts the marked answer', () => {
    const s = startSolo(QUIZ, 9, T0, { strict: true });
    const q = currentSoloQuestion(QUIZ, s)!;
    const plain = q.answer.normalize('NFD').replace(/\p{M}/gu, '').replace(/đ/g, 'd');
    const wrong = step(s, { type: 'submit-text', text: plain, at: T0 });
    expect(wrong.ok && wrong.events).toEqual([{ type: 'answer-wrong', questionId: q.id }]);
    expect(wrong.state.wrongAttempts).toBe(1);
    expect(wrong.state.phase).toBe('question');
    const right = ok(wrong.state, { type: 'submit-text', text: q.answer, at: T0 + 20_000 });
    expect(right.results[0]).toMatchObject({ outcome: 'right', points: 100, wrongAttempts: 1 });
  });

  it('accepts a listed alternative', () => {
    const quiz: Quiz = { questions: [SMALL_QUIZ.questions[1]!] };
    const s = startSolo(quiz, 1, T0);
    expect(ok(s, { type: 'submit-text', text: 'đường dây 111', at: T0 + 20_000 }, quiz).score).toBe(
      100,
    );
  });

  it('refuses an empty answer without counting it', () => {
    const s = startSolo(QUIZ, 9, T0);
    expectRefused(s, { type: 'submit-text', text: '   ', at: T0 }, 'empty-answer');
  });
});

describe('hints', () => {
  it('reveal-letter locks the first slot with the right letter and costs 20', () => {
    const s = startSolo(QUIZ, 11, T0);
    const word = letters(s);
    const r = step(s, { type: 'hint', hint: 'reveal-letter', at: T0 });
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.events[0]).toEqual({
      type: 'hint-used',
      hint: 'reveal-letter',
      cost: SOLO_SCORING.revealLetterCost,
    });
    expect(r.state.lockedSlots).toEqual([0]);
    expect(r.state.puzzle!.bank[r.state.slots[0]!]!.letter).toBe(word[0]);
    expect(r.state.hintCost).toBe(20);
    expectRefused(r.state, { type: 'unplace', slot: 0, at: T0 }, 'slot-locked');
    expectRefused(r.state, { type: 'backspace', at: T0 }, 'slot-empty');
    // finishing costs the hint: 100 + 0 − 20
    const done = typeAll(r.state, word.slice(1), T0 + 20_000);
    expect(done.results[0]).toMatchObject({ outcome: 'right', points: 80, hintCost: 20 });
  });

  it('reveal-letter takes a misplaced tile back when the bank has none of the letter', () => {
    const quiz: Quiz = { questions: [{ ...SMALL_QUIZ.questions[3]!, answer: 'ab' }] };
    let s = startSolo(quiz, 2, T0);
    // without decoys the bank holds exactly one A and one B
    s = ok(s, { type: 'hint', hint: 'remove-decoys', at: T0 }, quiz);
    s = ok(s, { type: 'type-letter', letter: 'B', at: T0 }, quiz);
    s = ok(s, { type: 'type-letter', letter: 'A', at: T0 }, quiz); // "BA": wrong
    expect(s.wrongAttempts).toBe(1);
    const aTile = s.slots[1];
    expect(tilesInBank(s)).toEqual([]);
    const r = step(s, { type: 'hint', hint: 'reveal-letter', at: T0 }, quiz);
    expect(r.ok && r.events).toEqual([
      { type: 'hint-used', hint: 'reveal-letter', cost: 20 },
      { type: 'tile-placed', tile: aTile, slot: 0 },
    ]);
    expect(r.state.slots).toEqual([aTile, null]);
    expect(r.state.lockedSlots).toEqual([0]);
    expect(r.state.hintCost).toBe(50);
    expect(r.state.wrongAttempts).toBe(1);
  });

  it('reveal-letter moves a misplaced answer tile into its slot', () => {
    const quiz: Quiz = { questions: [{ ...SMALL_QUIZ.questions[3]!, answer: 'ab' }] };
    let s = startSolo(quiz, 2, T0);
    s = ok(s, { type: 'hint', hint: 'remove-decoys', at: T0 }, quiz);
    s = ok(s, { type: 'type-letter', letter: 'B', at: T0 }, quiz); // slot 0: B (wrong)
    const bTile = s.slots[0];
    s = ok(s, { type: 'hint', hint: 'reveal-letter', at: T0 }, quiz); // A into slot 0
    expect(s.puzzle!.bank[s.slots[0]!]!.letter).toBe('A');
    expect(tilesInBank(s)).toContain(bTile);
    // reveal again: the B tile goes to slot 1 and the answer is complete
    const r = step(s, { type: 'hint', hint: 'reveal-letter', at: T0 + 20_000 }, quiz);
    expect(r.ok && r.events.map((e) => e.type)).toEqual([
      'hint-used',
      'tile-placed',
      'answer-right',
    ]);
    // 100 + 0 − (30 + 20 + 20)
    expect(r.state.results[0]).toMatchObject({ points: 30, hintCost: 70 });
  });

  it('reveal-letter into full, wrong slots is not counted as another wrong attempt', () => {
    const quiz: Quiz = { questions: [{ ...SMALL_QUIZ.questions[3]!, answer: 'ab' }] };
    let s = startSolo(quiz, 2, T0);
    const strangers = s
      .puzzle!.bank.filter((t) => t.letter !== 'A' && t.letter !== 'B')
      .map((t) => t.id);
    expect(strangers.length).toBeGreaterThanOrEqual(2);
    s = ok(s, { type: 'place', tile: strangers[0]!, at: T0 }, quiz);
    s = ok(s, { type: 'place', tile: strangers[1]!, at: T0 }, quiz); // full and wrong
    expect(s.wrongAttempts).toBe(1);
    const r = step(s, { type: 'hint', hint: 'reveal-letter', at: T0 }, quiz);
    // the slots are still full and still wrong, but the player has not tried anything new
    expect(r.ok && r.events.map((e) => e.type)).toEqual(['hint-used', 'tile-placed']);
    expect(r.state.slots.every((t) => t !== null)).toBe(true);
    expect(r.state.puzzle!.bank[r.state.slots[0]!]!.letter).toBe('A');
    expect(r.state.wrongAttempts).toBe(1);
    // the second reveal completes the answer: right, with the one wrong attempt on record
    const done = ok(r.state, { type: 'hint', hint: 'reveal-letter', at: T0 + 20_000 }, quiz);
    expect(done.results[0]).toMatchObject({ outcome: 'right', wrongAttempts: 1, hintCost: 40 });
  });

  it('reveal-letter is refused once every slot holds its right letter', () => {
    const quiz: Quiz = { questions: [{ ...SMALL_QUIZ.questions[3]!, answer: 'ab' }] };
    let s = startSolo(quiz, 2, T0);
    s = ok(s, { type: 'hint', hint: 'reveal-letter', at: T0 }, quiz);
    s = ok(s, { type: 'hint', hint: 'reveal-letter', at: T0 }, quiz);
    expect(s.phase).toBe('feedback');
    expectRefused(s, { type: 'hint', hint: 'reveal-letter', at: T0 }, 'question-closed', quiz);
  });

  it('hints cannot take the prize below zero', () => {
    const quiz: Quiz = {
      questions: [{ ...SMALL_QUIZ.questions[3]!, answer: 'abcdef', points: 10 }],
    };
    let s = startSolo(quiz, 2, T0);
    for (let i = 0; i < 6; i++)
      s = ok(s, { type: 'hint', hint: 'reveal-letter', at: T0 + 20_000 }, quiz);
    expect(s.results[0]).toMatchObject({ outcome: 'right', points: 0, hintCost: 120 });
    expect(s.score).toBe(0);
  });

  it('remove-decoys takes every decoy out of the bank and the slots, once, for 30', () => {
    const s = startSolo(QUIZ, 13, T0);
    const decoy = s.puzzle!.bank.find((t) => t.decoy)!.id;
    const withDecoy = ok(s, { type: 'place', tile: decoy, at: T0 });
    const r = step(withDecoy, { type: 'hint', hint: 'remove-decoys', at: T0 });
    expect(r.ok && r.events).toEqual([{ type: 'hint-used', hint: 'remove-decoys', cost: 30 }]);
    expect(r.state.slots[0]).toBeNull();
    expect(r.state.hintCost).toBe(30);
    expect(tilesInBank(r.state).every((t) => !r.state.puzzle!.bank[t]!.decoy)).toBe(true);
    expect(tilesInBank(r.state)).toHaveLength(letters(s).length);
    expectRefused(
      r.state,
      { type: 'hint', hint: 'remove-decoys', at: T0 },
      'decoys-already-removed',
    );
  });

  it('remove-decoys keeps a letter revealed earlier, even when the revealed tile was a decoy', () => {
    // Decoys may repeat answer letters, and reveal-letter takes the first bank tile with the
    // letter. With seed 5 that tile is a decoy B for "bạn bè".
    const quiz: Quiz = { questions: [SMALL_QUIZ.questions[3]!] };
    let s = startSolo(quiz, 5, T0);
    s = ok(s, { type: 'hint', hint: 'reveal-letter', at: T0 }, quiz);
    expect(s.puzzle!.bank[s.slots[0]!]!.decoy).toBe(true);
    s = ok(s, { type: 'hint', hint: 'remove-decoys', at: T0 }, quiz);
    // the revealed, paid-for, locked letter must stay in its slot
    expect(s.lockedSlots).toEqual([0]);
    expect(s.slots[0]).not.toBeNull();
    expect(s.puzzle!.bank[s.slots[0] ?? -1]?.letter).toBe('B');
  });

  it('remove-decoys is refused when the bank has no decoys', () => {
    // 24 letters fill the bank: no decoys
    const quiz: Quiz = {
      questions: [{ ...SMALL_QUIZ.questions[0]!, answer: 'abcdefghij klmnopqrst uvwx' }],
    };
    const s = startSolo(quiz, 1, T0);
    expect(s.puzzle!.bank.some((t) => t.decoy)).toBe(false);
    expectRefused(s, { type: 'hint', hint: 'remove-decoys', at: T0 }, 'no-decoys', quiz);
  });
});

describe('skip, next and finished', () => {
  it('skip scores nothing, resets the streak and records the result', () => {
    let s = startSolo(QUIZ, 17, T0, { questionCount: 2 });
    s = typeAll(s, letters(s), T0 + 20_000);
    s = ok(s, { type: 'next', at: T0 + 25_000 });
    expect(s.questionShownAt).toBe(T0 + 25_000);
    const r = step(s, { type: 'skip', at: T0 + 28_000 });
    expect(r.ok && r.events).toEqual([{ type: 'skipped', questionId: s.order[1] }]);
    expect(r.state.streak).toBe(0);
    expect(r.state.score).toBe(100);
    expect(r.state.results[1]).toEqual({
      questionId: s.order[1],
      outcome: 'skipped',
      points: 0,
      wrongAttempts: 0,
      hintCost: 0,
      elapsedMs: 3000,
      breakdown: null,
      stars: 0,
    });
  });

  it('next shows the following question with fresh slots, then finishes', () => {
    let s = startSolo(QUIZ, 17, T0, { questionCount: 2 });
    s = ok(s, { type: 'skip', at: T0 });
    const r = step(s, { type: 'next', at: T0 + 1 });
    expect(r.ok && r.events).toEqual([
      { type: 'question-shown', questionId: s.order[1], number: 2 },
    ]);
    expect(r.state.slots.every((x) => x === null)).toBe(true);
    expect(r.state.slots).toHaveLength(letters(r.state).length);
    s = ok(r.state, {
      type: 'submit-text',
      text: currentSoloQuestion(QUIZ, r.state)!.answer,
      at: T0 + 1,
    });
    const end = step(s, { type: 'next', at: T0 + 2 });
    expect(end.ok && end.events).toEqual([{ type: 'finished', score: 150 }]);
    expect(end.state.phase).toBe('finished');
    expect(end.state.puzzle).toBeNull();
    expect(currentSoloQuestion(QUIZ, end.state)).toBeNull();
    expect(tilesInBank(end.state)).toEqual([]);
    expect(soloSummary(end.state)).toEqual({
      score: 150,
      played: 2,
      right: 1,
      skipped: 1,
      firstTry: 1,
      bestStreak: 1,
      hintCost: 0,
      stars: 3,
      maxStars: 6,
    });
  });
});

describe('refusals leave the state as it was', () => {
  const s = startSolo(QUIZ, 19, T0);

  it('tile not in the bank', () => {
    const placed = ok(s, { type: 'place', tile: 0, at: T0 });
    expectRefused(placed, { type: 'place', tile: 0, at: T0 }, 'tile-not-in-bank');
    expectRefused(s, { type: 'place', tile: 999, at: T0 }, 'tile-not-in-bank');
    expectRefused(s, { type: 'place', tile: -1, at: T0 }, 'tile-not-in-bank');
  });

  it('unplace of an empty or unknown slot', () => {
    expectRefused(s, { type: 'unplace', slot: 0, at: T0 }, 'slot-empty');
    expectRefused(s, { type: 'unplace', slot: 99, at: T0 }, 'slot-empty');
    expectRefused(s, { type: 'backspace', at: T0 }, 'slot-empty');
  });

  it('next while the question is open', () => {
    expectRefused(s, { type: 'next', at: T0 }, 'question-open');
  });

  it('moves during feedback', () => {
    const fb = ok(s, { type: 'skip', at: T0 });
    expectRefused(fb, { type: 'place', tile: 0, at: T0 }, 'question-closed');
    expectRefused(fb, { type: 'skip', at: T0 }, 'question-closed');
    expectRefused(fb, { type: 'hint', hint: 'remove-decoys', at: T0 }, 'question-closed');
  });

  it('anything after the game is finished', () => {
    let end = startSolo(QUIZ, 19, T0, { questionCount: 1 });
    end = ok(ok(end, { type: 'skip', at: T0 }), { type: 'next', at: T0 });
    expect(end.phase).toBe('finished');
    const actions: SoloAction[] = [
      { type: 'next', at: T0 },
      { type: 'skip', at: T0 },
      { type: 'place', tile: 0, at: T0 },
      { type: 'submit-text', text: 'lừa đảo', at: T0 },
      { type: 'hint', hint: 'reveal-letter', at: T0 },
    ];
    for (const a of actions) expectRefused(end, a, 'game-finished');
  });
});
