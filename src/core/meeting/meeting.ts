import { accept, exhaustiveGuard, refuse, type Step } from '../result';
import {
  findNode,
  skitReducer,
  startSkit,
  visibleOptions,
  type SkitAction,
  type SkitEvent,
  type SkitState,
} from '../skit';
import {
  startTeams,
  teamReducer,
  type TeamAction,
  type TeamConfig,
  type TeamEvent,
  type TeamState,
} from '../quiz/teams';
import type { Quiz, Skit } from '../types';
import {
  castVote,
  NO_PHONES,
  phoneBuzzRefusal,
  recordBuzz,
  tally,
  type PhoneAction,
  type PhonesState,
} from './phones';
import {
  voteTimeMs,
  voteTimerStep,
  voteTooLate,
  type VoteTimer,
  type VoteTimerAction,
  type VoteTimerEvent,
} from './vote-timer';

/**
 * A ward meeting on the projector: a team quiz, then the skit played with the audience's
 * votes, possibly more than once. One log holds the whole meeting, so undo, resume and the
 * report all read one history.
 */

/** Most people a report accepts: a hall, not a stadium; a typo of an extra zero is caught. */
export const MAX_PEOPLE = 2000;

export interface MeetingRules {
  readonly quiz: Quiz | null;
  readonly skit: Skit | null;
}

export interface MeetingConfig {
  /** The team quiz's settings, or null to play only the skit. */
  readonly quiz: TeamConfig | null;
  /** Whether the skit is part of this meeting. */
  readonly skit: boolean;
  /** People present, for the report (the facilitator can correct it later). */
  readonly peoplePresent: number;
  /** Whether phones in the hall join the meeting (the room of `npm start`). */
  readonly phones?: boolean;
  /** How long the skit's vote countdown runs, in seconds (30 when the setup did not say). */
  readonly voteTimeSec?: number;
}

/**
 * quiz: the team quiz is on (its own phase says whether it is finished: the podium);
 * skit: the audience plays the skit; over: the meeting has ended and the report is final.
 */
export type MeetingPart = 'quiz' | 'skit' | 'over';

export interface MeetingState {
  readonly kind: 'meeting';
  readonly part: MeetingPart;
  readonly quiz: TeamState | null;
  /** The skit run in progress (or the last one, once it reached an ending). */
  readonly skit: SkitState | null;
  /** Earlier runs of the skit, each kept whole (its votes and its ending) for the report. */
  readonly skitRuns: readonly SkitState[];
  readonly peoplePresent: number;
  readonly skitPlanned: boolean;
  /** What phones in the hall added: their buzzes, the open ballot, the closed ones. */
  readonly phones: PhonesState;
  /** The countdown of the vote on screen, if the facilitator started one. */
  readonly voteTimer: VoteTimer | null;
  /** How long a vote's countdown runs when the facilitator starts it (the setup's choice). */
  readonly voteTimeMs: number;
}

export type MeetingAction =
  | { readonly type: 'quiz'; readonly action: TeamAction }
  | { readonly type: 'skit'; readonly action: SkitAction; readonly at: number }
  | { readonly type: 'start-skit'; readonly at: number }
  | { readonly type: 'replay-skit'; readonly at: number }
  | { readonly type: 'set-people'; readonly count: number; readonly at: number }
  | { readonly type: 'end'; readonly at: number }
  | PhoneAction
  | VoteTimerAction
  /** Closes the phones' vote on the choice on screen, adding hands counted in the hall. */
  | { readonly type: 'close-vote'; readonly hands: readonly number[]; readonly at: number };

export type MeetingEvent =
  | { readonly type: 'quiz'; readonly event: TeamEvent }
  | { readonly type: 'skit'; readonly event: SkitEvent }
  | { readonly type: 'part-changed'; readonly part: MeetingPart }
  | { readonly type: 'people-set'; readonly count: number }
  | VoteTimerEvent
  /** A phone's vote changed the live count of the choice on screen. */
  | { readonly type: 'phone-voted'; readonly nodeId: string; readonly counts: readonly number[] };

export type MeetingStep = Step<MeetingState, MeetingEvent>;

function validPeople(count: number): boolean {
  return Number.isInteger(count) && count >= 0 && count <= MAX_PEOPLE;
}

/** Starts a meeting: the quiz first when there is one, else straight to the skit. */
export function startMeeting(
  rules: MeetingRules,
  seed: number,
  config: MeetingConfig,
): MeetingState {
  if (!validPeople(config.peoplePresent)) throw new Error('peoplePresent out of range');
  const playQuiz = config.quiz !== null && rules.quiz !== null;
  const playSkit = config.skit && rules.skit !== null;
  if (!playQuiz && !playSkit) throw new Error('A meeting needs a quiz or a skit');
  const quiz =
    rules.quiz !== null && config.quiz !== null ? startTeams(rules.quiz, seed, config.quiz) : null;
  const skit = quiz === null && rules.skit !== null ? startSkit(rules.skit) : null;
  return {
    kind: 'meeting',
    part: quiz !== null ? 'quiz' : 'skit',
    quiz,
    skit,
    skitRuns: [],
    peoplePresent: config.peoplePresent,
    skitPlanned: playSkit,
    phones: NO_PHONES,
    voteTimer: null,
    voteTimeMs: voteTimeMs(config.voteTimeSec),
  };
}

function wrap<E, W extends MeetingEvent>(events: readonly E[], as: (e: E) => W): W[] {
  return events.map(as);
}

/** The meeting's rules: which part accepts which action; the parts' own rules do the rest. */
export function meetingReducer(
  rules: MeetingRules,
  state: MeetingState,
  action: MeetingAction,
): MeetingStep {
  switch (action.type) {
    case 'quiz': {
      if (state.part !== 'quiz' || state.quiz === null || rules.quiz === null)
        return refuse(state, 'not-in-quiz');
      const step = teamReducer(rules.quiz, state.quiz, action.action);
      if (!step.ok) return refuse(state, step.refusal.code, step.refusal.detail);
      return accept(
        { ...state, quiz: step.state },
        wrap(step.events, (event) => ({ type: 'quiz', event })),
      );
    }
    case 'skit': {
      if (state.part !== 'skit' || state.skit === null || rules.skit === null)
        return refuse(state, 'not-in-skit');
      const step = skitReducer(rules.skit, state.skit, action.action);
      if (!step.ok) return refuse(state, step.refusal.code, step.refusal.detail);
      return accept(
        { ...state, skit: step.state, voteTimer: null },
        wrap(step.events, (event) => ({ type: 'skit', event })),
      );
    }
    case 'start-skit': {
      if (state.part !== 'quiz' || rules.skit === null) return refuse(state, 'no-skit');
      if (state.quiz !== null && state.quiz.phase !== 'finished')
        return refuse(state, 'quiz-not-finished');
      return accept(
        { ...state, part: 'skit', skit: startSkit(rules.skit), skitPlanned: true, voteTimer: null },
        [{ type: 'part-changed', part: 'skit' }],
      );
    }
    case 'replay-skit': {
      if (state.part !== 'skit' || state.skit === null || rules.skit === null)
        return refuse(state, 'not-in-skit');
      if (state.skit.ending === null) return refuse(state, 'skit-not-ended');
      return accept(
        {
          ...state,
          skit: startSkit(rules.skit),
          skitRuns: [...state.skitRuns, state.skit],
          voteTimer: null,
        },
        [{ type: 'part-changed', part: 'skit' }],
      );
    }
    case 'set-people':
      if (!validPeople(action.count)) return refuse(state, 'bad-count');
      return accept({ ...state, peoplePresent: action.count }, [
        { type: 'people-set', count: action.count },
      ]);
    case 'end':
      if (state.part === 'over') return refuse(state, 'meeting-over');
      return accept({ ...state, part: 'over' }, [{ type: 'part-changed', part: 'over' }]);
    case 'phone-buzz':
      return phoneBuzz(rules, state, action);
    case 'phone-vote':
      return phoneVote(rules, state, action);
    case 'close-vote':
      return closeVote(rules, state, action.hands);
    case 'start-vote-timer':
    case 'pause-vote-timer':
    case 'vote-time-up':
      return voteTimer(rules, state, action);
    default:
      return exhaustiveGuard(action);
  }
}

/** Every skit run of the meeting, the one on screen last. */
export function allSkitRuns(state: MeetingState): readonly SkitState[] {
  return state.skit === null ? state.skitRuns : [...state.skitRuns, state.skit];
}

/** A phone's buzz: counted once, for the question it was made on, then the quiz's own rules. */
function phoneBuzz(
  rules: MeetingRules,
  state: MeetingState,
  action: Extract<PhoneAction, { type: 'phone-buzz' }>,
): MeetingStep {
  if (state.part !== 'quiz' || state.quiz === null || rules.quiz === null)
    return refuse(state, 'not-in-quiz');
  const refusal = phoneBuzzRefusal(state.phones, state.quiz, action);
  if (refusal !== null) return refuse(state, refusal);
  const step = teamReducer(rules.quiz, state.quiz, {
    type: 'buzz',
    team: action.team,
    at: action.at,
  });
  if (!step.ok) return refuse(state, step.refusal.code, step.refusal.detail);
  return accept(
    { ...state, quiz: step.state, phones: recordBuzz(state.phones, action) },
    wrap(step.events, (event) => ({ type: 'quiz', event })),
  );
}

/** The choice node on screen, with the option indexes the audience sees; null when none. */
function openChoice(
  rules: MeetingRules,
  state: MeetingState,
): { nodeId: string; options: number; visible: number[] } | null {
  if (state.part !== 'skit' || state.skit === null || rules.skit === null) return null;
  const node = findNode(rules.skit, state.skit.nodeId);
  if (node?.type !== 'choice' || state.skit.consequence !== null || state.skit.ending !== null)
    return null;
  return {
    nodeId: node.id,
    options: node.options.length,
    visible: visibleOptions(node, state.skit).map((o) => o.index),
  };
}

function phoneVote(
  rules: MeetingRules,
  state: MeetingState,
  action: Extract<PhoneAction, { type: 'phone-vote' }>,
): MeetingStep {
  const choice = openChoice(rules, state);
  if (choice === null || state.skit === null) return refuse(state, 'no-vote-open');
  if (voteTooLate(state.voteTimer, choice.nodeId, action.at)) return refuse(state, 'vote-time-up');
  const step = castVote(state.phones, state.skit, choice.visible, action);
  if (!step.ok) return refuse(state, step.refusal.code, step.refusal.detail);
  const counts = tally(step.state, choice.nodeId, choice.options);
  return accept({ ...state, phones: step.state }, [
    { type: 'phone-voted', nodeId: choice.nodeId, counts },
  ]);
}

/** The phones' tally plus the hands counted in the hall decide the choice, as the skit's vote. */
function closeVote(
  rules: MeetingRules,
  state: MeetingState,
  hands: readonly number[],
): MeetingStep {
  const choice = openChoice(rules, state);
  if (choice === null || state.skit === null || rules.skit === null)
    return refuse(state, 'no-vote-open');
  if (hands.length !== choice.options || !hands.every((h) => Number.isSafeInteger(h) && h >= 0))
    return refuse(state, 'bad-hands');
  const phones = tally(state.phones, choice.nodeId, choice.options);
  const counts = phones.map((n, i) => n + (hands[i] ?? 0));
  const step = skitReducer(rules.skit, state.skit, { type: 'vote', counts });
  if (!step.ok) return refuse(state, step.refusal.code, step.refusal.detail);
  const closed = [...state.phones.closed, { nodeId: choice.nodeId, phones, hands }];
  return accept(
    {
      ...state,
      skit: step.state,
      phones: { ...state.phones, ballot: null, closed },
      voteTimer: null,
    },
    wrap(step.events, (event) => ({ type: 'skit', event })),
  );
}

/** The vote's countdown on the choice on screen (a countdown left from another choice is gone). */
function voteTimer(rules: MeetingRules, state: MeetingState, action: VoteTimerAction): MeetingStep {
  const choice = openChoice(rules, state);
  if (choice === null) return refuse(state, 'no-vote-open');
  const current = state.voteTimer?.nodeId === choice.nodeId ? state.voteTimer : null;
  const step = voteTimerStep(current, choice.nodeId, action);
  if (!step.ok) return refuse(state, step.refusal.code, step.refusal.detail);
  return accept({ ...state, voteTimer: step.state }, step.events);
}

/** The countdown of the vote on screen, or null when it has none. */
export function openVoteTimer(rules: MeetingRules, state: MeetingState): VoteTimer | null {
  const choice = openChoice(rules, state);
  return choice !== null && state.voteTimer?.nodeId === choice.nodeId ? state.voteTimer : null;
}
