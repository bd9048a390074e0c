import { accept, exhaustiveGuard, refuse, type Step } from '../result';
import { seedRng, shuffle } from '../rng';
import type { KeyPictureRules, Quiz, QuizQuestion } from '../types';
import { keyPictureBonus } from './scoring';

export const MIN_TEAMS = 2;
export const MAX_TEAMS = 6;

export interface TeamDef {
  readonly id: string;
  readonly name: string;
  readonly color: string;
}

export interface TeamConfig {
  readonly teams: readonly TeamDef[];
  /** The questions to play, in order; every question of the quiz when absent. */
  readonly questionIds?: readonly string[];
  /** Overrides each question's own time limit. */
  readonly timeLimitSec?: number;
  /** Overrides each question's own points. */
  readonly pointsPerQuestion?: number;
  /** Points taken from a team that answers wrong (0: nothing is taken). */
  readonly wrongPenalty?: number;
  /** The key picture's rules, or null to play without one. */
  readonly keyPicture: KeyPictureRules | null;
}

export interface TeamScore extends TeamDef {
  readonly score: number;
}

export interface TeamTimer {
  readonly durationMs: number;
  /** Time already used while the timer ran before `runningSince`. */
  readonly elapsedMs: number;
  /** When the timer last started, or null while it is stopped. */
  readonly runningSince: number | null;
}

export interface KeyPictureState {
  readonly tiles: number;
  readonly bonus: number;
  /** The order tiles open in, drawn from the seed at the start. */
  readonly openingOrder: readonly number[];
  readonly opened: readonly number[];
  readonly solvedBy: string | null;
  /** Teams that guessed wrong and may not guess again. */
  readonly lockedTeams: readonly string[];
}

export interface TeamQuestionResult {
  readonly questionId: string;
  readonly answeredBy: string | null;
  readonly wrongTeams: readonly string[];
  readonly points: number;
}

export type TeamPhase = 'ready' | 'running' | 'paused' | 'answering' | 'closed' | 'finished';

export interface TeamState {
  readonly kind: 'team-quiz';
  readonly teams: readonly TeamScore[];
  readonly order: readonly string[];
  readonly index: number;
  readonly phase: TeamPhase;
  readonly timer: TeamTimer;
  readonly answering: string | null;
  readonly queue: readonly string[];
  readonly lockedOut: readonly string[];
  readonly answerShown: boolean;
  /** Whether the timer was running when the answering team buzzed, to resume it after a miss. */
  readonly resumeTimer: boolean;
  readonly key: KeyPictureState | null;
  readonly results: readonly TeamQuestionResult[];
  readonly pointsPerQuestion: number | null;
  readonly timeLimitSec: number | null;
  readonly wrongPenalty: number;
}

export type TeamAction =
  | { readonly type: 'start-timer'; readonly at: number }
  | { readonly type: 'pause-timer'; readonly at: number }
  | { readonly type: 'time-up'; readonly at: number }
  | { readonly type: 'buzz'; readonly team: string; readonly at: number }
  | { readonly type: 'judge'; readonly correct: boolean; readonly at: number }
  | { readonly type: 'reveal-answer'; readonly at: number }
  | { readonly type: 'open-key-tile'; readonly at: number }
  | {
      readonly type: 'key-guess';
      readonly team: string;
      readonly correct: boolean;
      readonly at: number;
    }
  | { readonly type: 'adjust'; readonly team: string; readonly delta: number; readonly at: number }
  | { readonly type: 'next'; readonly at: number }
  | { readonly type: 'finish'; readonly at: number };

export type TeamEvent =
  | { readonly type: 'question-shown'; readonly questionId: string; readonly number: number }
  | { readonly type: 'timer-started' }
  | { readonly type: 'timer-paused' }
  | { readonly type: 'time-up' }
  | { readonly type: 'buzzed'; readonly team: string; readonly answering: boolean }
  | { readonly type: 'answer-right'; readonly team: string; readonly points: number }
  | { readonly type: 'answer-wrong'; readonly team: string; readonly penalty: number }
  | { readonly type: 'answer-revealed'; readonly questionId: string }
  | { readonly type: 'key-tile-opened'; readonly tile: number }
  | { readonly type: 'key-solved'; readonly team: string; readonly bonus: number }
  | { readonly type: 'key-guess-wrong'; readonly team: string }
  | { readonly type: 'score-adjusted'; readonly team: string; readonly delta: number }
  | { readonly type: 'finished' };

export type TeamStep = Step<TeamState, TeamEvent>;

function questionById(quiz: Quiz, id: string): QuizQuestion {
  const q = quiz.questions.find((x) => x.id === id);
  if (!q) throw new Error(`Question ${id} is not in the quiz`);
  return q;
}

/** The question on screen, or null when the game is finished. */
export function currentTeamQuestion(quiz: Quiz, state: TeamState): QuizQuestion | null {
  const id = state.order[state.index];
  return state.phase === 'finished' || id === undefined ? null : questionById(quiz, id);
}

/** Points a right answer to `question` earns under this game's settings. */
export function questionPoints(state: TeamState, question: QuizQuestion): number {
  return state.pointsPerQuestion ?? question.points;
}

function freshTimer(quiz: Quiz, state: TeamState, index: number): TeamTimer {
  const id = state.order[index];
  const limit = state.timeLimitSec ?? (id === undefined ? 0 : questionById(quiz, id).timeLimitSec);
  return { durationMs: limit * 1000, elapsedMs: 0, runningSince: null };
}

/** Milliseconds left on the timer at time `now`. */
export function timerRemainingMs(timer: TeamTimer, now: number): number {
  const running = timer.runningSince === null ? 0 : Math.max(0, now - timer.runningSince);
  return Math.max(0, timer.durationMs - timer.elapsedMs - running);
}

function stopTimer(timer: TeamTimer, at: number): TeamTimer {
  if (timer.runningSince === null) return timer;
  const elapsedMs = Math.min(
    timer.durationMs,
    timer.elapsedMs + Math.max(0, at - timer.runningSince),
  );
  return { ...timer, elapsedMs, runningSince: null };
}

/** Starts a team game. The key tiles' opening order comes from the seed. */
export function startTeams(quiz: Quiz, seed: number, config: TeamConfig): TeamState {
  if (config.teams.length < MIN_TEAMS || config.teams.length > MAX_TEAMS) {
    throw new Error(`A team game needs ${MIN_TEAMS} to ${MAX_TEAMS} teams`);
  }
  const order = config.questionIds ?? quiz.questions.map((q) => q.id);
  for (const id of order) questionById(quiz, id);
  const rules = config.keyPicture;
  const key: KeyPictureState | null = rules
    ? {
        tiles: rules.tiles,
        bonus: rules.bonus,
        openingOrder: shuffle(
          Array.from({ length: rules.tiles }, (_, i) => i),
          seedRng(seed),
        )[0],
        opened: [],
        solvedBy: null,
        lockedTeams: [],
      }
    : null;
  const state: TeamState = {
    kind: 'team-quiz',
    teams: config.teams.map((t) => ({ ...t, score: 0 })),
    order,
    index: 0,
    phase: order.length === 0 ? 'finished' : 'ready',
    timer: { durationMs: 0, elapsedMs: 0, runningSince: null },
    answering: null,
    queue: [],
    lockedOut: [],
    answerShown: false,
    resumeTimer: false,
    key,
    results: [],
    pointsPerQuestion: config.pointsPerQuestion ?? null,
    timeLimitSec: config.timeLimitSec ?? null,
    wrongPenalty: config.wrongPenalty ?? 0,
  };
  return { ...state, timer: freshTimer(quiz, state, 0) };
}

function addPoints(state: TeamState, team: string, delta: number): TeamState {
  return {
    ...state,
    teams: state.teams.map((t) => (t.id === team ? { ...t, score: t.score + delta } : t)),
  };
}

function openNextKeyTile(state: TeamState): [TeamState, TeamEvent[]] {
  const key = state.key;
  if (!key || key.solvedBy !== null) return [state, []];
  const tile = key.openingOrder.find((t) => !key.opened.includes(t));
  if (tile === undefined) return [state, []];
  return [
    { ...state, key: { ...key, opened: [...key.opened, tile] } },
    [{ type: 'key-tile-opened', tile }],
  ];
}

function closeQuestion(
  quiz: Quiz,
  state: TeamState,
  answeredBy: string | null,
  points: number,
): TeamState {
  const question = currentTeamQuestion(quiz, state);
  const result: TeamQuestionResult = {
    questionId: question?.id ?? '',
    answeredBy,
    wrongTeams: state.lockedOut,
    points,
  };
  return {
    ...state,
    phase: 'closed',
    answering: null,
    queue: [],
    answerShown: true,
    results: [...state.results, result],
  };
}

function judge(quiz: Quiz, state: TeamState, correct: boolean, at: number): TeamStep {
  const team = state.answering;
  if (state.phase !== 'answering' || team === null) return refuse(state, 'nobody-answering');
  const question = currentTeamQuestion(quiz, state);
  if (!question) return refuse(state, 'game-finished');
  if (correct) {
    const points = questionPoints(state, question);
    const scored = addPoints(state, team, points);
    const [opened, keyEvents] = openNextKeyTile(closeQuestion(quiz, scored, team, points));
    return accept(opened, [
      { type: 'answer-right', team, points },
      { type: 'answer-revealed', questionId: question.id },
      ...keyEvents,
    ]);
  }
  const penalised = addPoints(state, team, -state.wrongPenalty);
  const lockedOut = [...state.lockedOut, team];
  const [nextTeam, ...queue] = state.queue;
  const events: TeamEvent[] = [{ type: 'answer-wrong', team, penalty: state.wrongPenalty }];
  if (nextTeam !== undefined) {
    return accept({ ...penalised, lockedOut, answering: nextTeam, queue }, events);
  }
  const base = { ...penalised, lockedOut, answering: null, queue: [] };
  if (lockedOut.length >= state.teams.length) {
    return accept(closeQuestion(quiz, base, null, 0), [
      ...events,
      { type: 'answer-revealed', questionId: question.id },
    ]);
  }
  if (state.resumeTimer && timerRemainingMs(state.timer, at) > 0) {
    return accept({ ...base, phase: 'running', timer: { ...state.timer, runningSince: at } }, [
      ...events,
      { type: 'timer-started' },
    ]);
  }
  return accept({ ...base, phase: 'paused' }, events);
}

function buzz(state: TeamState, team: string, at: number): TeamStep {
  if (!state.teams.some((t) => t.id === team)) return refuse(state, 'unknown-team', team);
  if (!['ready', 'running', 'paused', 'answering'].includes(state.phase)) {
    return refuse(state, 'question-closed');
  }
  if (state.lockedOut.includes(team)) return refuse(state, 'team-locked-out', team);
  if (state.answering === team || state.queue.includes(team))
    return refuse(state, 'already-buzzed', team);
  if (state.answering !== null) {
    return accept({ ...state, queue: [...state.queue, team] }, [
      { type: 'buzzed', team, answering: false },
    ]);
  }
  return accept(
    {
      ...state,
      phase: 'answering',
      answering: team,
      resumeTimer: state.phase === 'running',
      timer: stopTimer(state.timer, at),
    },
    [{ type: 'buzzed', team, answering: true }],
  );
}

function keyGuess(state: TeamState, team: string, correct: boolean): TeamStep {
  const key = state.key;
  if (!key) return refuse(state, 'no-key-picture');
  if (key.solvedBy !== null) return refuse(state, 'key-already-solved');
  if (!state.teams.some((t) => t.id === team)) return refuse(state, 'unknown-team', team);
  if (key.lockedTeams.includes(team)) return refuse(state, 'team-locked-out-of-key', team);
  if (!correct) {
    return accept({ ...state, key: { ...key, lockedTeams: [...key.lockedTeams, team] } }, [
      { type: 'key-guess-wrong', team },
    ]);
  }
  const bonus = keyPictureBonus(key.bonus, key.tiles, key.opened.length);
  const allTiles = [...key.opened, ...key.openingOrder.filter((t) => !key.opened.includes(t))];
  const solved = addPoints(
    {
      ...state,
      phase: 'finished',
      answering: null,
      queue: [],
      timer: { ...state.timer, runningSince: null },
      key: { ...key, opened: allTiles, solvedBy: team },
    },
    team,
    bonus,
  );
  return accept(solved, [{ type: 'key-solved', team, bonus }, { type: 'finished' }]);
}

/** The team-game rules the facilitator drives; illegal moves are refused and change nothing. */
export function teamReducer(quiz: Quiz, state: TeamState, action: TeamAction): TeamStep {
  if (state.phase === 'finished') return refuse(state, 'game-finished');
  switch (action.type) {
    case 'start-timer':
      if (state.phase !== 'ready' && state.phase !== 'paused')
        return refuse(state, 'timer-not-startable');
      if (timerRemainingMs(state.timer, action.at) <= 0) return refuse(state, 'time-is-up');
      return accept(
        { ...state, phase: 'running', timer: { ...state.timer, runningSince: action.at } },
        [{ type: 'timer-started' }],
      );
    case 'pause-timer':
      if (state.phase !== 'running') return refuse(state, 'timer-not-running');
      return accept({ ...state, phase: 'paused', timer: stopTimer(state.timer, action.at) }, [
        { type: 'timer-paused' },
      ]);
    case 'time-up': {
      if (state.phase !== 'running') return refuse(state, 'timer-not-running');
      if (timerRemainingMs(state.timer, action.at) > 0) return refuse(state, 'time-not-up-yet');
      const question = currentTeamQuestion(quiz, state);
      const stopped = { ...state, timer: stopTimer(state.timer, action.at) };
      return accept(closeQuestion(quiz, stopped, null, 0), [
        { type: 'time-up' },
        { type: 'answer-revealed', questionId: question?.id ?? '' },
      ]);
    }
    case 'buzz':
      return buzz(state, action.team, action.at);
    case 'judge':
      return judge(quiz, state, action.correct, action.at);
    case 'reveal-answer': {
      if (state.phase === 'closed') return refuse(state, 'question-closed');
      const question = currentTeamQuestion(quiz, state);
      const stopped = { ...state, timer: stopTimer(state.timer, action.at) };
      return accept(closeQuestion(quiz, stopped, null, 0), [
        { type: 'answer-revealed', questionId: question?.id ?? '' },
      ]);
    }
    case 'open-key-tile': {
      if (!state.key) return refuse(state, 'no-key-picture');
      const [next, events] = openNextKeyTile(state);
      return events.length === 0 ? refuse(state, 'no-key-tile-left') : accept(next, events);
    }
    case 'key-guess':
      return keyGuess(state, action.team, action.correct);
    case 'adjust':
      if (!state.teams.some((t) => t.id === action.team))
        return refuse(state, 'unknown-team', action.team);
      if (!Number.isInteger(action.delta) || action.delta === 0) return refuse(state, 'bad-amount');
      return accept(addPoints(state, action.team, action.delta), [
        { type: 'score-adjusted', team: action.team, delta: action.delta },
      ]);
    case 'next': {
      if (state.phase !== 'closed') return refuse(state, 'question-open');
      const index = state.index + 1;
      if (index >= state.order.length) {
        return accept({ ...state, index, phase: 'finished' }, [{ type: 'finished' }]);
      }
      const next: TeamState = {
        ...state,
        index,
        phase: 'ready',
        answering: null,
        queue: [],
        lockedOut: [],
        answerShown: false,
        resumeTimer: false,
      };
      return accept({ ...next, timer: freshTimer(quiz, next, index) }, [
        { type: 'question-shown', questionId: next.order[index] ?? '', number: index + 1 },
      ]);
    }
    case 'finish':
      return accept(
        {
          ...state,
          phase: 'finished',
          answering: null,
          queue: [],
          timer: stopTimer(state.timer, action.at),
        },
        [{ type: 'finished' }],
      );
    default:
      return exhaustiveGuard(action);
  }
}

/** Teams ranked by score; equal scores share a place (1, 2, 2, 4). */
export function ranking(state: TeamState): { readonly team: TeamScore; readonly place: number }[] {
  const sorted = [...state.teams].sort((a, b) => b.score - a.score);
  return sorted.map((team) => ({
    team,
    place: 1 + sorted.filter((t) => t.score > team.score).length,
  }));
}
