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
import type { Activity } from './session/action-log';
import { skitReducer, startSkit, type SkitAction, type SkitEvent, type SkitState } from './skit';
import type { Quiz, Skit } from './types';

/** The three activities as the action log sees them: a start and a reducer each. */
export const SOLO_QUIZ: Activity<Quiz, SoloConfig, SoloState, SoloAction, SoloEvent> = {
  kind: 'solo-quiz',
  start: (quiz, seed, startedAt, config) => startSolo(quiz, seed, startedAt, config),
  reduce: soloReducer,
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
};
