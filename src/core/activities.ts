import {
  meetingReducer,
  startMeeting,
  type MeetingAction,
  type MeetingConfig,
  type MeetingEvent,
  type MeetingRules,
  type MeetingState,
} from './meeting/meeting';
import {
  soloReducer,
  startSolo,
  type SoloAction,
  type SoloConfig,
  type SoloEvent,
  type SoloState,
} from './quiz/solo';
import {
  startTeams,
  teamReducer,
  type TeamAction,
  type TeamConfig,
  type TeamEvent,
  type TeamState,
} from './quiz/teams';
import type { Activity, SessionLog } from './session/action-log';
import { skitReducer, startSkit, type SkitAction, type SkitEvent, type SkitState } from './skit';
import type { Quiz, Skit } from './types';

/** The three activities as the action log sees them: a start and a reducer each. */
export const SOLO_QUIZ: Activity<Quiz, SoloConfig, SoloState, SoloAction, SoloEvent> = {
  kind: 'solo-quiz',
  start: (quiz, seed, startedAt, config) => startSolo(quiz, seed, startedAt, config),
  reduce: soloReducer,
  summarize: (state, log) => ({
    finished: state.phase === 'finished',
    lastActionAt: log.actions.at(-1)?.action.at ?? log.startedAt,
    detail: { index: state.index, total: state.order.length, score: state.score },
  }),
};

export const TEAM_QUIZ: Activity<Quiz, TeamConfig, TeamState, TeamAction, TeamEvent> = {
  kind: 'team-quiz',
  start: (quiz, seed, _startedAt, config) => startTeams(quiz, seed, config),
  reduce: teamReducer,
};

export const SKIT: Activity<Skit, Record<string, never>, SkitState, SkitAction, SkitEvent> = {
  kind: 'skit',
  start: (skit) => startSkit(skit),
  reduce: skitReducer,
};

export const MEETING: Activity<
  MeetingRules,
  MeetingConfig,
  MeetingState,
  MeetingAction,
  MeetingEvent
> = {
  kind: 'meeting',
  start: (rules, seed, _startedAt, config) => startMeeting(rules, seed, config),
  reduce: meetingReducer,
  summarize: (state, log) => ({
    finished: state.part === 'over',
    lastActionAt: meetingLastActionAt(log),
    detail: { part: state.part },
  }),
};

/** The time of a meeting's last action (its start when none yet). */
export function meetingLastActionAt(log: SessionLog<MeetingConfig, MeetingAction>): number {
  const last = log.actions.at(-1)?.action;
  if (last === undefined) return log.startedAt;
  return last.type === 'quiz' ? last.action.at : last.at;
}
