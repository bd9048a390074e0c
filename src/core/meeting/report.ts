import { MEETING } from '../activities';
import type { SessionLog } from '../session/action-log';
import { ranking, type TeamState } from '../quiz/teams';
import { findNode, visibleOptions, type SkitState, type VoteRecord } from '../skit';
import type { EndingKind } from '../types';
import {
  allSkitRuns,
  type MeetingAction,
  type MeetingConfig,
  type MeetingEvent,
  type MeetingRules,
  type MeetingState,
} from './meeting';

/** What the facilitator reports after a meeting; derived from the log alone. */
export interface MeetingReport {
  readonly packId: string;
  readonly packVersion: string;
  readonly startedAt: number;
  /** The time of the last action (the meeting's end once it was ended). */
  readonly lastActionAt: number;
  readonly ended: boolean;
  readonly peoplePresent: number;
  readonly teams: readonly ReportTeam[];
  readonly questions: readonly ReportQuestion[];
  readonly answeredRight: number;
  readonly key: ReportKey | null;
  readonly skitRuns: readonly ReportSkitRun[];
  /** Points the facilitator gave or took by hand (+ and −). Absent in reports filed before. */
  readonly adjustments?: readonly ReportAdjustment[];
}

/** A manual change of a team's score, and the question on screen when it was made. */
export interface ReportAdjustment {
  readonly team: string;
  readonly delta: number;
  /** The number (1-based) of the question on screen (the quiz takes none once finished). */
  readonly question: number;
}

/** One guess at the key picture, with the tiles open when it was made. */
export interface ReportKeyGuess {
  readonly team: string;
  readonly correct: boolean;
  readonly opened: number;
}

export interface ReportTeam {
  readonly id: string;
  readonly name: string;
  readonly color: string;
  readonly score: number;
  readonly place: number;
  /** Questions this team answered right and wrong (absent in reports filed before). */
  readonly right?: number;
  readonly wrong?: number;
}

/** One question that was played to its close (answered, revealed or out of time). */
export interface ReportQuestion {
  readonly id: string;
  readonly answer: string;
  readonly answeredBy: string | null;
  readonly wrongTeams: readonly string[];
}

export interface ReportKey {
  readonly tiles: number;
  /** Tiles open when the key was solved (all of them are shown then), or open at the end. */
  readonly opened: number;
  readonly solvedBy: string | null;
  /** Every guess, wrong ones too, in order (absent in reports filed before). */
  readonly guesses?: readonly ReportKeyGuess[];
}

export interface ReportChoice {
  readonly nodeId: string;
  /** Index in the choice node's options. */
  readonly option: number;
  /** Votes per option when the audience voted; null when the facilitator picked. */
  readonly counts: readonly number[] | null;
  /** The options the audience saw (indexes in node.options); absent in reports filed before. */
  readonly shown?: readonly number[];
}

export interface ReportSkitRun {
  readonly choices: readonly ReportChoice[];
  readonly ending: { readonly id: string; readonly kind: EndingKind } | null;
}

function actionTime(action: MeetingAction): number {
  return action.type === 'quiz' ? action.action.at : action.at;
}

function skitRun(rules: MeetingRules, run: SkitState): ReportSkitRun {
  const votes: VoteRecord[] = [...run.votes];
  const choices = run.trail.flatMap((step): ReportChoice[] => {
    if (step.action !== 'choose' || step.option === null) return [];
    const vote = step.byVote ? votes.shift() : undefined;
    const node = rules.skit ? findNode(rules.skit, step.before.nodeId) : undefined;
    const shown =
      node?.type === 'choice' ? visibleOptions(node, step.before).map((o) => o.index) : [];
    return [
      { nodeId: step.before.nodeId, option: step.option, counts: vote?.counts ?? null, shown },
    ];
  });
  const ending = rules.skit?.endings.find((e) => e.id === run.ending);
  return { choices, ending: ending ? { id: ending.id, kind: ending.kind } : null };
}

/** What only the steps of the log tell: the moments things happened, not the state they left. */
interface History {
  readonly state: MeetingState;
  readonly guesses: readonly ReportKeyGuess[];
  readonly adjustments: readonly ReportAdjustment[];
}

/** Refolds the log step by step, noting key guesses and manual points as they were made. */
function history(rules: MeetingRules, log: SessionLog<MeetingConfig, MeetingAction>): History {
  let state = MEETING.start(rules, log.seed, log.startedAt, log.config);
  const guesses: ReportKeyGuess[] = [];
  const adjustments: ReportAdjustment[] = [];
  for (const entry of log.actions) {
    const before = state.quiz;
    const step = MEETING.reduce(rules, state, entry.action);
    if (!step.ok) continue;
    for (const e of step.events) noteEvent(e, before, guesses, adjustments);
    state = step.state;
  }
  return { state, guesses, adjustments };
}

function noteEvent(
  e: MeetingEvent,
  before: TeamState | null,
  guesses: ReportKeyGuess[],
  adjustments: ReportAdjustment[],
): void {
  if (e.type !== 'quiz' || before === null) return;
  const event = e.event;
  const opened = before.key?.opened.length ?? 0;
  if (event.type === 'key-solved') guesses.push({ team: event.team, correct: true, opened });
  else if (event.type === 'key-guess-wrong')
    guesses.push({ team: event.team, correct: false, opened });
  else if (event.type === 'score-adjusted')
    adjustments.push({
      team: event.team,
      delta: event.delta,
      question: before.index + 1,
    });
}

/** The report of a meeting: who played, the scores, the questions, the votes, the endings. */
export function meetingReport(
  rules: MeetingRules,
  log: SessionLog<MeetingConfig, MeetingAction>,
): MeetingReport {
  const { state, guesses, adjustments } = history(rules, log);
  const quiz = state.quiz;
  const teamName = (id: string): string => quiz?.teams.find((t) => t.id === id)?.name ?? id;
  const places = quiz ? ranking(quiz) : [];
  const results = quiz?.results ?? [];
  const questions: ReportQuestion[] = results.map((r) => ({
    id: r.questionId,
    answer: rules.quiz?.questions.find((q) => q.id === r.questionId)?.answer ?? r.questionId,
    answeredBy: r.answeredBy === null ? null : teamName(r.answeredBy),
    wrongTeams: r.wrongTeams.map(teamName),
  }));
  const times = log.actions.map((a) => actionTime(a.action));
  const solved = guesses.find((g) => g.correct);
  return {
    packId: log.pack.id,
    packVersion: log.pack.version,
    startedAt: log.startedAt,
    lastActionAt: Math.max(log.startedAt, ...times),
    ended: state.part === 'over',
    peoplePresent: state.peoplePresent,
    teams: (quiz?.teams ?? []).map((t) => ({
      id: t.id,
      name: t.name,
      color: t.color,
      score: t.score,
      place: places.find((p) => p.team.id === t.id)?.place ?? 0,
      right: results.filter((r) => r.answeredBy === t.id).length,
      wrong: results.filter((r) => r.wrongTeams.includes(t.id)).length,
    })),
    questions,
    answeredRight: questions.filter((q) => q.answeredBy !== null).length,
    key: quiz?.key
      ? {
          tiles: quiz.key.tiles,
          opened: solved?.opened ?? quiz.key.opened.length,
          solvedBy: quiz.key.solvedBy === null ? null : teamName(quiz.key.solvedBy),
          guesses: guesses.map((g) => ({ ...g, team: teamName(g.team) })),
        }
      : null,
    skitRuns: allSkitRuns(state).map((run) => skitRun(rules, run)),
    adjustments: adjustments.map((a) => ({ ...a, team: teamName(a.team) })),
  };
}
