import {
  openVoteTimer,
  type MeetingAction,
  type MeetingRules,
  type MeetingState,
} from '../../core/meeting/meeting';
import { MAX_VOTE_TIME_MS, voteTimerRunning } from '../../core/meeting/vote-timer';
import { ballotsCast, tally } from '../../core/meeting/phones';
import { ranking, timerRemainingMs } from '../../core/quiz/teams';
import { findNode, visibleOptions } from '../../core/skit';
import type { PackText } from '../../core/types';
import type { Intent, View } from '../../shared/room/protocol';

/**
 * What the projector does with the phones, as pure functions: a phone's intent becomes a
 * meeting action (the projector's log decides what it counts for), and the meeting's state
 * becomes what the phones show. No text typed on a phone ever reaches the projector: an intent
 * carries ids and numbers only, checked by the server and again by the core.
 */

/** The meeting action for a phone's intent, stamped with the projector's time `at`. */
export function intentAction(intent: Intent, at: number): MeetingAction {
  return intent.kind === 'buzz'
    ? {
        type: 'phone-buzz',
        phone: intent.phone,
        seq: intent.seq,
        team: intent.team,
        question: intent.question,
        at,
        serverAt: intent.serverAt,
      }
    : { type: 'phone-vote', phone: intent.phone, nodeId: intent.node, option: intent.option, at };
}

/** The pictures of a question as paths on this server (null: the phone shows none). */
export interface QuestionPictures {
  readonly picture: string | null;
  readonly rebus: readonly string[];
}

export interface ViewSources {
  readonly rules: MeetingRules;
  /** Pack texts in the projector's language. */
  readonly text: (text: PackText | undefined) => string;
  readonly pictures: (questionId: string) => QuestionPictures;
  /** The protective messages of the meeting's questions (their explanations), for the take-away. */
  readonly messages: (state: MeetingState) => readonly string[];
}

/** A URL of this page's own server as a path a phone can load, else null. */
export function samePath(url: string | null, base: string): string | null {
  if (url === null) return null;
  try {
    const u = new URL(url, base);
    if (u.origin !== new URL(base).origin) return null;
    return /^\/(?!\/)[\w./%-]*$/.test(u.pathname) && u.pathname.length <= 300 ? u.pathname : null;
  } catch {
    return null;
  }
}

/** What phones show now (`now`: the projector's time, for the vote's countdown). */
export function phoneView(state: MeetingState, from: ViewSources, now = 0): View {
  if (state.part === 'over' || (state.part === 'quiz' && state.quiz?.phase === 'finished')) {
    const quiz = state.quiz;
    return {
      kind: 'over',
      ranking: quiz
        ? ranking(quiz).map((r) => ({ team: r.team.id, score: r.team.score, place: r.place }))
        : [],
      messages: from
        .messages(state)
        .slice(0, 30)
        .map((m) => m.slice(0, 600)),
    };
  }
  if (state.part === 'quiz' && state.quiz) {
    const quiz = state.quiz;
    const id = quiz.order[quiz.index] ?? '';
    const pictures = from.pictures(id);
    return {
      kind: 'question',
      question: quiz.index,
      number: quiz.index + 1,
      total: quiz.order.length,
      picture: pictures.picture,
      rebus: pictures.rebus.slice(0, 12),
      open: ['ready', 'running', 'paused', 'answering'].includes(quiz.phase),
      answering: quiz.answering,
      queue: [...quiz.queue],
      lockedOut: [...quiz.lockedOut],
    };
  }
  const skit = state.skit;
  const node = skit && from.rules.skit ? findNode(from.rules.skit, skit.nodeId) : undefined;
  if (skit && node?.type === 'choice' && skit.consequence === null && skit.ending === null) {
    const timer = openVoteTimer(from.rules, state);
    return {
      kind: 'vote',
      node: node.id,
      prompt: from.text(node.prompt).slice(0, 300),
      options: visibleOptions(node, skit)
        .slice(0, 8)
        .map((o) => ({ index: o.index, text: from.text(o.option.text).slice(0, 300) })),
      // Time up: phones can no longer vote; the facilitator adds the hands and closes it.
      open: timer?.ended !== true,
      ...(timer && {
        timer: {
          leftMs: Math.min(MAX_VOTE_TIME_MS, Math.round(timerRemainingMs(timer.timer, now))),
          running: voteTimerRunning(timer),
        },
      }),
    };
  }
  return { kind: 'skit' };
}

/**
 * What tells two views apart for sending: the vote's countdown by its timer in the log, not by
 * the time left (which changes at every moment while nothing else does).
 */
export function viewKey(view: View, state: MeetingState): string {
  return JSON.stringify(
    view.kind === 'vote' && view.timer ? { ...view, timer: state.voteTimer } : view,
  );
}

/** Where the projector's phones panel goes: large while the room gathers, else on request. */
export type LobbyPlace = 'full' | 'hidden';

/**
 * The panel is shown large before the first question's timer starts (or at the skit's first
 * scene when the meeting has no quiz), and whenever the facilitator asks for it (Q); else it
 * stays out of the picture's way. Never once the meeting is over.
 */
export function lobbyPlace(state: MeetingState, asked: boolean): LobbyPlace {
  if (state.part === 'over') return 'hidden';
  if (asked) return 'full';
  const quiz = state.quiz;
  if (state.part === 'quiz' && quiz) {
    const gathering = quiz.index === 0 && quiz.phase === 'ready' && quiz.answering === null;
    return gathering ? 'full' : 'hidden';
  }
  return 'hidden';
}

/** The phones' live count at the choice on screen: per visible option, and phones that voted. */
export interface LiveVote {
  readonly nodeId: string;
  /** Phones' votes per option, indexed like node.options. */
  readonly counts: readonly number[];
  readonly voted: number;
}

export function liveVote(state: MeetingState, rules: MeetingRules): LiveVote | null {
  const skit = state.skit;
  if (state.part !== 'skit' || !skit || !rules.skit) return null;
  const node = findNode(rules.skit, skit.nodeId);
  if (node?.type !== 'choice' || skit.consequence !== null || skit.ending !== null) return null;
  return {
    nodeId: node.id,
    counts: tally(state.phones, node.id, node.options.length),
    voted: ballotsCast(state.phones, node.id),
  };
}

/** The vote just closed, as the room is shown it before the story goes on. */
export interface VoteResult {
  /** The winning option's text. */
  readonly option: PackText;
  readonly total: number;
  readonly phones: number;
  readonly hands: number;
}

/** The result of the vote the story has just left (null once it went a step further). */
export function voteResult(state: MeetingState, rules: MeetingRules): VoteResult | null {
  const skit = state.skit;
  if (state.part !== 'skit' || !skit || !rules.skit || skit.ending !== null) return null;
  const vote = skit.votes.at(-1);
  const step = skit.trail.at(-1);
  if (!vote || !step?.byVote || step.before.nodeId !== vote.nodeId) return null;
  const node = findNode(rules.skit, vote.nodeId);
  const option = node?.type === 'choice' ? node.options[vote.chosen] : undefined;
  if (!option) return null;
  const closed = state.phones.closed.at(-1);
  const phones = closed?.nodeId === vote.nodeId ? (closed.phones[vote.chosen] ?? 0) : 0;
  const total = vote.counts[vote.chosen] ?? 0;
  return { option: option.text, total, phones, hands: total - phones };
}
