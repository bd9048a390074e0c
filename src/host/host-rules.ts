import {
  meetingReducer,
  openVoteTimer,
  type MeetingAction,
  type MeetingRules,
  type MeetingState,
} from '../core/meeting/meeting';
import type { Refusal } from '../core/result';
import { currentView, type SkitView } from '../core/skit';
import { voteTimerRunning } from '../core/meeting/vote-timer';
import type { TeamAction, TeamState } from '../core/quiz/teams';
import { hostCommand, type HostCommand, type KeyPress } from './host-keys';

/**
 * What a facilitator's command does on the projector, as a pure function of the command, the
 * meeting and the input still waiting for its second key (G, + or − wait for a team). The
 * keys and the buttons both go through here; a command that does nothing here comes back as a
 * refusal with a reason, for the screen to show.
 */

/** Points one press of + or − gives or takes. */
export const ADJUST_STEP = 10;

/** Input waiting for its second key: the team after G, + or −, then right or wrong after G. */
export type Pending =
  | { readonly kind: 'key-guess'; readonly team: string | null }
  | { readonly kind: 'add' | 'remove' };

/** Commands every projector screen handles alike, whatever the meeting's state. */
export type ScreenCommand = 'blank' | 'fullscreen' | 'help' | 'qr' | 'menu' | 'undo' | 'report';

export type HostDecision =
  /** Send this action; afterwards the pending input is `pending`. */
  | { readonly kind: 'act'; readonly action: MeetingAction; readonly pending: Pending | null }
  /** Only the pending input changes. */
  | { readonly kind: 'pending'; readonly pending: Pending | null }
  | { readonly kind: 'screen'; readonly command: ScreenCommand }
  /** Open the form for the audience's hands at the skit's choice. */
  | { readonly kind: 'open-vote' }
  | { readonly kind: 'refused'; readonly refusal: Refusal };

export interface HostSituation {
  readonly rules: MeetingRules;
  readonly state: MeetingState;
  readonly pending: Pending | null;
  /** The time stamped on the action. */
  readonly at: number;
}

function refused(code: string, detail?: string): HostDecision {
  return { kind: 'refused', refusal: detail === undefined ? { code } : { code, detail } };
}

/** The action, unless the meeting's own rules refuse it: then their reason. */
function tryAct(s: HostSituation, action: MeetingAction, pending = s.pending): HostDecision {
  const step = meetingReducer(s.rules, s.state, action);
  return step.ok ? { kind: 'act', action, pending } : { kind: 'refused', refusal: step.refusal };
}

function quizAct(s: HostSituation, action: TeamAction, pending = s.pending): HostDecision {
  return tryAct(s, { type: 'quiz', action }, pending);
}

function isScreenCommand(type: HostCommand['type']): type is ScreenCommand {
  return ['blank', 'fullscreen', 'help', 'qr', 'menu', 'undo', 'report'].includes(type);
}

/** What `command` does now. */
export function decide(command: HostCommand, s: HostSituation): HostDecision {
  if (isScreenCommand(command.type)) return { kind: 'screen', command: command.type };
  if (command.type === 'cancel')
    return s.pending ? { kind: 'pending', pending: null } : refused('nothing-to-cancel');
  if (s.state.part === 'over') return refused('meeting-over');
  if (s.state.part === 'skit') return skitDecision(command, s);
  const quiz = s.state.quiz;
  if (!quiz) return refused('no-quiz');
  if (quiz.phase === 'finished') return podiumDecision(command, s);
  if (s.pending) return pendingDecision(command, s.pending, quiz, s);
  return quizDecision(command, quiz, s);
}

/** What a key press does now, or null for a key the projector does not use. */
export function decideKey(press: KeyPress, s: HostSituation): HostDecision | null {
  const command = hostCommand(press);
  return command ? decide(command, s) : null;
}

function quizDecision(c: HostCommand, quiz: TeamState, s: HostSituation): HostDecision {
  const at = s.at;
  switch (c.type) {
    case 'forward':
      if (quiz.phase === 'closed') return quizAct(s, { type: 'next', at });
      if (quiz.phase === 'running') return quizAct(s, { type: 'pause-timer', at });
      if (quiz.phase === 'ready' || quiz.phase === 'paused')
        return quizAct(s, { type: 'start-timer', at });
      return refused('judge-first', quiz.answering ?? undefined);
    case 'timer':
      return quizAct(
        s,
        quiz.phase === 'running' ? { type: 'pause-timer', at } : { type: 'start-timer', at },
      );
    case 'team': {
      const team = quiz.teams[c.index];
      if (!team) return refused('no-such-team', String(c.index + 1));
      return quizAct(s, { type: 'buzz', team: team.id, at });
    }
    case 'right':
    case 'wrong':
      return quizAct(s, { type: 'judge', correct: c.type === 'right', at });
    case 'reveal':
      return quizAct(s, { type: 'reveal-answer', at });
    case 'key-tile':
      return quizAct(s, { type: 'open-key-tile', at });
    case 'key-guess':
      if (!quiz.key) return refused('no-key-picture');
      if (quiz.key.solvedBy !== null) return refused('key-already-solved');
      return { kind: 'pending', pending: { kind: 'key-guess', team: null } };
    case 'add-points':
      return { kind: 'pending', pending: { kind: 'add' } };
    case 'remove-points':
      return { kind: 'pending', pending: { kind: 'remove' } };
    case 'end':
      return quizAct(s, { type: 'finish', at });
    default:
      return refused('not-in-quiz');
  }
}

/** The second key after G, + or −: the team, then (for a key guess) right or wrong. */
function pendingDecision(
  c: HostCommand,
  p: Pending,
  quiz: TeamState,
  s: HostSituation,
): HostDecision {
  const at = s.at;
  if (c.type === 'team') {
    const team = quiz.teams[c.index];
    if (!team) return refused('no-such-team', String(c.index + 1));
    if (p.kind === 'key-guess') {
      if (quiz.key?.lockedTeams.includes(team.id))
        return refused('team-locked-out-of-key', team.id);
      return { kind: 'pending', pending: { kind: 'key-guess', team: team.id } };
    }
    const delta = p.kind === 'add' ? ADJUST_STEP : -ADJUST_STEP;
    return quizAct(s, { type: 'adjust', team: team.id, delta, at }, null);
  }
  if (p.kind === 'key-guess' && p.team !== null) {
    if (c.type === 'right' || c.type === 'wrong')
      return quizAct(s, { type: 'key-guess', team: p.team, correct: c.type === 'right', at }, null);
    return refused('judge-key-guess', p.team);
  }
  return refused('choose-team');
}

/** The podium: forward goes on to the skit when planned, else ends the meeting. */
function podiumDecision(c: HostCommand, s: HostSituation): HostDecision {
  const at = s.at;
  if (c.type === 'forward')
    return tryAct(
      s,
      s.state.skitPlanned && s.rules.skit ? { type: 'start-skit', at } : { type: 'end', at },
    );
  if (c.type === 'end') return tryAct(s, { type: 'end', at });
  return refused('quiz-finished');
}

/**
 * The skit: forward advances (or replays at an ending), 1…6 choose, V counts hands; at a choice
 * the timer key starts (or pauses) the vote's countdown.
 */
function skitDecision(c: HostCommand, s: HostSituation): HostDecision {
  const run = s.state.skit;
  const skit = s.rules.skit;
  if (!run || !skit) return refused('no-skit');
  const view = currentView(skit, run);
  const at = s.at;
  switch (c.type) {
    case 'timer':
      return view.kind === 'choice' ? voteTimerDecision(s) : skitForward(view, s);
    case 'forward':
    case 'right':
      return skitForward(view, s);
    case 'team': {
      if (view.kind !== 'choice') return refused('no-choice-open');
      const option = view.visibleOptions[c.index];
      if (!option) return refused('no-such-option', String(c.index + 1));
      return tryAct(s, { type: 'skit', action: { type: 'choose', option: option.index }, at });
    }
    case 'vote':
      return view.kind === 'choice' ? { kind: 'open-vote' } : refused('no-choice-open');
    case 'end':
      return tryAct(s, { type: 'end', at });
    default:
      return refused('not-in-skit');
  }
}

function skitForward(view: SkitView, s: HostSituation): HostDecision {
  const at = s.at;
  if (view.kind === 'ending') return tryAct(s, { type: 'replay-skit', at });
  if (view.kind === 'choice') return refused('choose-first');
  return tryAct(s, { type: 'skit', action: { type: 'advance' }, at });
}

/**
 * The timer key at a choice: starts the vote's countdown (as long as the setup chose), pauses
 * it, or runs it on.
 */
function voteTimerDecision(s: HostSituation): HostDecision {
  const timer = openVoteTimer(s.rules, s.state);
  if (timer?.ended) return refused('vote-time-is-up');
  return tryAct(
    s,
    voteTimerRunning(timer)
      ? { type: 'pause-vote-timer', at: s.at }
      : { type: 'start-vote-timer', durationMs: s.state.voteTimeMs, at: s.at },
  );
}
