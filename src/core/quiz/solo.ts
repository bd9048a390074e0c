import { answerLetters, isAnswerAccepted, makeTilePuzzle, type TilePuzzle } from '../answer';
import { accept, exhaustiveGuard, refuse, type Step } from '../result';
import { seedRng, shuffle, type RngState } from '../rng';
import type { Quiz, QuizQuestion } from '../types';
import { preferUnplayed } from './round';
import {
  SOLO_SCORING,
  pointsBreakdown,
  questionStars,
  type PointsBreakdown,
  type Stars,
} from './scoring';

/** How one question of a solo game ended. */
export type SoloOutcome = 'right' | 'skipped';

export interface SoloQuestionResult {
  readonly questionId: string;
  readonly outcome: SoloOutcome;
  readonly points: number;
  readonly wrongAttempts: number;
  readonly hintCost: number;
  readonly elapsedMs: number;
  /** The points part by part (null when skipped); its total is `points`. */
  readonly breakdown: PointsBreakdown | null;
  readonly stars: Stars;
}

export interface SoloConfig {
  /** How many questions to play (at most the quiz's count); all when absent. */
  readonly questionCount?: number;
  /** Strict matching of typed answers (marks must be right). Tiles carry no marks. */
  readonly strict?: boolean;
  /** Questions this device has played before: a round takes the others first. */
  readonly played?: readonly string[];
}

export interface SoloState {
  readonly kind: 'solo-quiz';
  readonly rng: RngState;
  readonly strict: boolean;
  readonly order: readonly string[];
  readonly index: number;
  /** 'question': playing; 'feedback': the explanation card after a result; 'finished': results. */
  readonly phase: 'question' | 'feedback' | 'finished';
  readonly puzzle: TilePuzzle | null;
  /** One entry per letter slot (all words flattened): the bank tile id placed there. */
  readonly slots: readonly (number | null)[];
  /** Slots filled by the reveal-letter hint; they cannot be emptied. */
  readonly lockedSlots: readonly number[];
  readonly decoysRemoved: boolean;
  /** Whether the written clue of the open question has been shown (paid for). */
  readonly clueShown: boolean;
  readonly hintCost: number;
  readonly wrongAttempts: number;
  readonly questionShownAt: number;
  readonly score: number;
  readonly streak: number;
  readonly bestStreak: number;
  readonly results: readonly SoloQuestionResult[];
}

export type SoloAction =
  | { readonly type: 'place'; readonly tile: number; readonly at: number }
  | { readonly type: 'unplace'; readonly slot: number; readonly at: number }
  | { readonly type: 'backspace'; readonly at: number }
  | { readonly type: 'type-letter'; readonly letter: string; readonly at: number }
  | { readonly type: 'submit-text'; readonly text: string; readonly at: number }
  | { readonly type: 'hint'; readonly hint: SoloHint; readonly at: number }
  | { readonly type: 'skip'; readonly at: number }
  | { readonly type: 'next'; readonly at: number };

/** The three helps, cheapest first: the written clue, a letter, the extra tiles gone. */
export type SoloHint = 'clue' | 'reveal-letter' | 'remove-decoys';

export type SoloEvent =
  | { readonly type: 'question-shown'; readonly questionId: string; readonly number: number }
  | { readonly type: 'tile-placed'; readonly tile: number; readonly slot: number }
  | { readonly type: 'tile-returned'; readonly tile: number; readonly slot: number }
  | { readonly type: 'answer-right'; readonly questionId: string; readonly points: number }
  | { readonly type: 'answer-wrong'; readonly questionId: string }
  | {
      readonly type: 'hint-used';
      readonly hint: SoloHint;
      readonly cost: number;
    }
  | { readonly type: 'skipped'; readonly questionId: string }
  | { readonly type: 'finished'; readonly score: number };

export type SoloStep = Step<SoloState, SoloEvent>;

function questionById(quiz: Quiz, id: string): QuizQuestion {
  const q = quiz.questions.find((x) => x.id === id);
  if (!q) throw new Error(`Question ${id} is not in the quiz`);
  return q;
}

/** The question being played, or null once the game is finished. */
export function currentSoloQuestion(quiz: Quiz, state: SoloState): QuizQuestion | null {
  const id = state.order[state.index];
  return state.phase === 'finished' || id === undefined ? null : questionById(quiz, id);
}

function withQuestion(quiz: Quiz, state: SoloState, index: number, at: number): SoloState {
  const id = state.order[index];
  if (id === undefined) return { ...state, index, phase: 'finished', puzzle: null, slots: [] };
  const { puzzle, rng } = makeTilePuzzle(questionById(quiz, id).answer, state.rng);
  const letters = puzzle.words.reduce((n, w) => n + w.length, 0);
  return {
    ...state,
    rng,
    index,
    phase: 'question',
    puzzle,
    slots: new Array<number | null>(letters).fill(null),
    lockedSlots: [],
    decoysRemoved: false,
    clueShown: false,
    hintCost: 0,
    wrongAttempts: 0,
    questionShownAt: at,
  };
}

/**
 * Starts a solo game: the question order is shuffled from the seed, questions not played on
 * this device before (`config.played`) first; `at` is when the first is shown.
 */
export function startSolo(
  quiz: Quiz,
  seed: number,
  at: number,
  config: SoloConfig = {},
): SoloState {
  const [order, rng] = shuffle(
    quiz.questions.map((q) => q.id),
    seedRng(seed),
  );
  const count = Math.max(1, Math.min(config.questionCount ?? order.length, order.length));
  const base: SoloState = {
    kind: 'solo-quiz',
    rng,
    strict: config.strict ?? false,
    order: preferUnplayed(order, config.played ?? [], count),
    index: 0,
    phase: 'question',
    puzzle: null,
    slots: [],
    lockedSlots: [],
    decoysRemoved: false,
    clueShown: false,
    hintCost: 0,
    wrongAttempts: 0,
    questionShownAt: at,
    score: 0,
    streak: 0,
    bestStreak: 0,
    results: [],
  };
  return withQuestion(quiz, base, 0, at);
}

/** The flat answer letters of the current puzzle, slot by slot. */
export function solutionLetters(puzzle: TilePuzzle): string[] {
  return puzzle.words.flat();
}

/** The tile that a typed key stands for: "đ" → "D", "ư" → "U", "a" → "A"; '' for no letter. */
function tileLetterOf(key: string): string {
  const letters = answerLetters(key);
  return letters.length === 1 ? (letters[0] ?? '') : '';
}

function tileLetter(puzzle: TilePuzzle, tile: number): string | undefined {
  return puzzle.bank[tile]?.letter;
}

/** True while every slot holds a letter and together they are not the answer. */
export function slotsFullAndWrong(state: SoloState): boolean {
  const puzzle = state.puzzle;
  if (state.phase !== 'question' || !puzzle || state.slots.some((t) => t === null)) return false;
  const word = state.slots.map((t) => tileLetter(puzzle, t ?? -1) ?? '').join('');
  return word !== solutionLetters(puzzle).join('');
}

/** Tiles still in the bank: not placed and not removed as decoys. */
export function tilesInBank(state: SoloState): number[] {
  if (!state.puzzle) return [];
  const placed = new Set(state.slots.filter((s): s is number => s !== null));
  return state.puzzle.bank
    .filter((t) => !placed.has(t.id) && !(state.decoysRemoved && t.decoy))
    .map((t) => t.id);
}

function finishQuestion(
  quiz: Quiz,
  state: SoloState,
  outcome: SoloOutcome,
  at: number,
): [SoloState, SoloEvent[]] {
  const question = questionById(quiz, state.order[state.index] ?? '');
  const elapsedMs = Math.max(0, at - state.questionShownAt);
  const right = outcome === 'right';
  const cleanRun = right && state.wrongAttempts === 0;
  const streak = cleanRun ? state.streak + 1 : 0;
  const breakdown = right
    ? pointsBreakdown({
        points: question.points,
        elapsedMs,
        timeLimitSec: question.timeLimitSec,
        streak,
        hintCost: state.hintCost,
      })
    : null;
  const points = breakdown?.total ?? 0;
  const result: SoloQuestionResult = {
    questionId: question.id,
    outcome,
    points,
    wrongAttempts: state.wrongAttempts,
    hintCost: state.hintCost,
    elapsedMs,
    breakdown,
    stars: questionStars(right, state, elapsedMs, question.timeLimitSec),
  };
  const next: SoloState = {
    ...state,
    phase: 'feedback',
    score: state.score + points,
    streak,
    bestStreak: Math.max(state.bestStreak, streak),
    results: [...state.results, result],
  };
  return [
    next,
    [
      right
        ? { type: 'answer-right', questionId: question.id, points }
        : { type: 'skipped', questionId: question.id },
    ],
  ];
}

/**
 * Checks the slots once they are all full: right finishes the question, wrong counts an attempt.
 * A hint is not an attempt: when it leaves the slots full and still wrong, nothing is counted.
 */
function checkFullSlots(
  quiz: Quiz,
  state: SoloState,
  at: number,
  events: SoloEvent[],
  byPlayer = true,
): SoloStep {
  const puzzle = state.puzzle;
  if (!puzzle || state.slots.some((s) => s === null)) return accept(state, events);
  const word = state.slots.map((t) => tileLetter(puzzle, t ?? -1) ?? '').join('');
  if (word === solutionLetters(puzzle).join('')) {
    const [next, more] = finishQuestion(quiz, state, 'right', at);
    return accept(next, [...events, ...more]);
  }
  if (!byPlayer) return accept(state, events);
  const question = questionById(quiz, state.order[state.index] ?? '');
  return accept({ ...state, wrongAttempts: state.wrongAttempts + 1 }, [
    ...events,
    { type: 'answer-wrong', questionId: question.id },
  ]);
}

function placeTile(quiz: Quiz, state: SoloState, tile: number, at: number): SoloStep {
  const slot = state.slots.indexOf(null);
  if (!tilesInBank(state).includes(tile)) return refuse(state, 'tile-not-in-bank');
  if (slot < 0) return refuse(state, 'slots-full');
  const slots = state.slots.slice();
  slots[slot] = tile;
  return checkFullSlots(quiz, { ...state, slots }, at, [{ type: 'tile-placed', tile, slot }]);
}

function unplace(state: SoloState, slot: number): SoloStep {
  const tile = state.slots[slot];
  if (tile === undefined || tile === null) return refuse(state, 'slot-empty');
  if (state.lockedSlots.includes(slot)) return refuse(state, 'slot-locked');
  const slots = state.slots.slice();
  slots[slot] = null;
  return accept({ ...state, slots }, [{ type: 'tile-returned', tile, slot }]);
}

function lastFreeableSlot(state: SoloState): number {
  for (let i = state.slots.length - 1; i >= 0; i--) {
    if (state.slots[i] !== null && !state.lockedSlots.includes(i)) return i;
  }
  return -1;
}

function revealLetter(quiz: Quiz, state: SoloState, at: number): SoloStep {
  const puzzle = state.puzzle;
  if (!puzzle) return refuse(state, 'no-question');
  const solution = solutionLetters(puzzle);
  const slot = solution.findIndex(
    (letter, i) =>
      !state.lockedSlots.includes(i) && tileLetter(puzzle, state.slots[i] ?? -1) !== letter,
  );
  if (slot < 0) return refuse(state, 'nothing-to-reveal');
  const letter = solution[slot];
  const lockedTiles = new Set(state.lockedSlots.map((i) => state.slots[i]));
  // Prefer a tile still in the bank; otherwise take the letter back from a slot it was misplaced in.
  const inBank = tilesInBank(state).find((t) => tileLetter(puzzle, t) === letter);
  const tile =
    inBank ??
    puzzle.bank.find((t) => t.letter === letter && !t.decoy && !lockedTiles.has(t.id))?.id ??
    -1;
  const slots = state.slots.map((t) => (t === tile ? null : t));
  slots[slot] = tile;
  const cost = SOLO_SCORING.revealLetterCost;
  const next: SoloState = {
    ...state,
    slots,
    lockedSlots: [...state.lockedSlots, slot],
    hintCost: state.hintCost + cost,
  };
  return checkFullSlots(
    quiz,
    next,
    at,
    [
      { type: 'hint-used', hint: 'reveal-letter', cost },
      { type: 'tile-placed', tile, slot },
    ],
    false,
  );
}

function showClue(quiz: Quiz, state: SoloState): SoloStep {
  const question = questionById(quiz, state.order[state.index] ?? '');
  if (question.hint === undefined) return refuse(state, 'no-clue');
  if (state.clueShown) return refuse(state, 'clue-already-shown');
  const cost = SOLO_SCORING.clueCost;
  return accept({ ...state, clueShown: true, hintCost: state.hintCost + cost }, [
    { type: 'hint-used', hint: 'clue', cost },
  ]);
}

function removeDecoys(state: SoloState): SoloStep {
  const puzzle = state.puzzle;
  if (!puzzle) return refuse(state, 'no-question');
  if (state.decoysRemoved) return refuse(state, 'decoys-already-removed');
  const decoys = new Set(puzzle.bank.filter((t) => t.decoy).map((t) => t.id));
  if (decoys.size === 0) return refuse(state, 'no-decoys');
  const cost = SOLO_SCORING.removeDecoysCost;
  // A letter revealed by a hint stays, even when the tile that carries it was a decoy.
  const slots = state.slots.map((t, i) =>
    t !== null && decoys.has(t) && !state.lockedSlots.includes(i) ? null : t,
  );
  return accept({ ...state, slots, decoysRemoved: true, hintCost: state.hintCost + cost }, [
    { type: 'hint-used', hint: 'remove-decoys', cost },
  ]);
}

/** The solo rules: place and return tiles, type, hints, skip, next. Illegal moves are refused. */
export function soloReducer(quiz: Quiz, state: SoloState, action: SoloAction): SoloStep {
  if (state.phase === 'finished') return refuse(state, 'game-finished');
  if (action.type === 'next') {
    if (state.phase !== 'feedback') return refuse(state, 'question-open');
    const next = withQuestion(quiz, state, state.index + 1, action.at);
    if (next.phase === 'finished') return accept(next, [{ type: 'finished', score: next.score }]);
    const id = next.order[next.index] ?? '';
    return accept(next, [{ type: 'question-shown', questionId: id, number: next.index + 1 }]);
  }
  if (state.phase !== 'question') return refuse(state, 'question-closed');
  switch (action.type) {
    case 'place':
      return placeTile(quiz, state, action.tile, action.at);
    case 'unplace':
      return unplace(state, action.slot);
    case 'backspace': {
      const slot = lastFreeableSlot(state);
      return slot < 0 ? refuse(state, 'slot-empty') : unplace(state, slot);
    }
    case 'type-letter': {
      // A typed letter counts as its tile letter: marks dropped, đ → D, as on the tiles.
      const letter = tileLetterOf(action.letter);
      const tile = tilesInBank(state).find((t) => state.puzzle?.bank[t]?.letter === letter);
      return tile === undefined
        ? refuse(state, 'tile-not-in-bank', action.letter)
        : placeTile(quiz, state, tile, action.at);
    }
    case 'submit-text': {
      const question = questionById(quiz, state.order[state.index] ?? '');
      if (action.text.trim() === '') return refuse(state, 'empty-answer');
      if (isAnswerAccepted(action.text, question, { strict: state.strict })) {
        const [next, events] = finishQuestion(quiz, state, 'right', action.at);
        return accept(next, events);
      }
      return accept({ ...state, wrongAttempts: state.wrongAttempts + 1 }, [
        { type: 'answer-wrong', questionId: question.id },
      ]);
    }
    case 'hint':
      if (action.hint === 'clue') return showClue(quiz, state);
      return action.hint === 'reveal-letter'
        ? revealLetter(quiz, state, action.at)
        : removeDecoys(state);
    case 'skip': {
      const [next, events] = finishQuestion(quiz, state, 'skipped', action.at);
      return accept(next, events);
    }
    default:
      return exhaustiveGuard(action);
  }
}

export interface SoloSummary {
  readonly score: number;
  readonly played: number;
  readonly right: number;
  readonly skipped: number;
  readonly firstTry: number;
  readonly bestStreak: number;
  readonly hintCost: number;
  readonly stars: number;
  readonly maxStars: number;
}

/** The results screen's figures, derived from the state. */
export function soloSummary(state: SoloState): SoloSummary {
  const right = state.results.filter((r) => r.outcome === 'right');
  return {
    score: state.score,
    played: state.results.length,
    right: right.length,
    skipped: state.results.length - right.length,
    firstTry: right.filter((r) => r.wrongAttempts === 0).length,
    bestStreak: state.bestStreak,
    hintCost: state.results.reduce((n, r) => n + r.hintCost, 0),
    stars: state.results.reduce((n, r) => n + r.stars, 0),
    maxStars: state.results.length * 3,
  };
}
