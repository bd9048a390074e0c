import { MEETING } from '../activities';
import { foldLog, type SessionLog } from '../session/action-log';
import { ranking } from '../quiz/teams';
import type { SkitState, VoteRecord } from '../skit';
import type { EndingKind } from '../types';
import { allSkitRuns, type MeetingAction, type MeetingConfig, type MeetingRules } from './meeting';

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
}

export interface ReportTeam {
  readonly id: string;
  readonly name: string;
  readonly color: string;
  readonly score: number;
  readonly place: number;
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
  readonly opened: number;
  readonly solvedBy: string | null;
}

export interface ReportChoice {
  readonly nodeId: string;
  /** Index in the choice node's options. */
  readonly option: number;
  /** Votes per option when the audience voted; null when the facilitator picked. */
  readonly counts: readonly number[] | null;
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
    return [{ nodeId: step.before.nodeId, option: step.option, counts: vote?.counts ?? null }];
  });
  const ending = rules.skit?.endings.find((e) => e.id === run.ending);
  return { choices, ending: ending ? { id: ending.id, kind: ending.kind } : null };
}

/** The report of a meeting: who played, the scores, the questions, the votes, the endings. */
export function meetingReport(
  rules: MeetingRules,
  log: SessionLog<MeetingConfig, MeetingAction>,
): MeetingReport {
  const { state } = foldLog(MEETING, rules, log);
  const quiz = state.quiz;
  const teamName = (id: string): string => quiz?.teams.find((t) => t.id === id)?.name ?? id;
  const places = quiz ? ranking(quiz) : [];
  const questions: ReportQuestion[] = (quiz?.results ?? []).map((r) => ({
    id: r.questionId,
    answer: rules.quiz?.questions.find((q) => q.id === r.questionId)?.answer ?? r.questionId,
    answeredBy: r.answeredBy === null ? null : teamName(r.answeredBy),
    wrongTeams: r.wrongTeams.map(teamName),
  }));
  const times = log.actions.map((a) => actionTime(a.action));
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
    })),
    questions,
    answeredRight: questions.filter((q) => q.answeredBy !== null).length,
    key: quiz?.key
      ? {
          tiles: quiz.key.tiles,
          opened: quiz.key.opened.length,
          solvedBy: quiz.key.solvedBy === null ? null : teamName(quiz.key.solvedBy),
        }
      : null,
    skitRuns: allSkitRuns(state).map((run) => skitRun(rules, run)),
  };
}
