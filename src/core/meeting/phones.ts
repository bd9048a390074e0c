import { accept, refuse, type Step } from '../result';
import type { SkitState } from '../skit';
import type { TeamState } from '../quiz/teams';

/**
 * Phones in the hall: what a phone's buzz and vote add to the meeting. The room server only
 * relays a phone's intent (with the server's receive time); the projector turns it into one of
 * these actions in its own log, so undo, reload and the report see it like any other action.
 *
 * A phone may send the same intent more than once (it retries after a lost connection, the
 * server resends what the projector had not confirmed): each buzz carries the phone's id and
 * its own sequence number, and a vote is the phone's current choice, so nothing is counted twice.
 */

/** Most phones' ballots one choice keeps (a room holds a few hundred phones). */
export const MAX_BALLOTS = 1000;

/** A phone's buzz the meeting accepted. */
export interface PhoneBuzz {
  readonly phone: string;
  readonly seq: number;
  readonly team: string;
  /** Index of the question (in the quiz's order) the phone buzzed on. */
  readonly question: number;
  /** When the room server received it (the server's clock, ms). */
  readonly serverAt: number;
}

/** The phones' votes on the choice on screen: each phone's option, changeable until closed. */
export interface Ballot {
  readonly nodeId: string;
  /** Phone id → option index (in node.options). */
  readonly byPhone: Readonly<Record<string, number>>;
}

/** A closed vote: what the phones gave and what hands counted in the hall added. */
export interface ClosedBallot {
  readonly nodeId: string;
  readonly phones: readonly number[];
  readonly hands: readonly number[];
}

export interface PhonesState {
  readonly buzzes: readonly PhoneBuzz[];
  readonly ballot: Ballot | null;
  readonly closed: readonly ClosedBallot[];
}

export const NO_PHONES: PhonesState = { buzzes: [], ballot: null, closed: [] };

export type PhoneAction =
  | {
      readonly type: 'phone-buzz';
      readonly phone: string;
      readonly seq: number;
      readonly team: string;
      readonly question: number;
      /** The projector's time, for the quiz's timer (like every other action). */
      readonly at: number;
      readonly serverAt: number;
    }
  | {
      readonly type: 'phone-vote';
      readonly phone: string;
      readonly nodeId: string;
      readonly option: number;
      readonly at: number;
    };

/** Whether the same phone's buzz with this sequence number was already counted. */
export function buzzSeen(phones: PhonesState, phone: string, seq: number): boolean {
  return phones.buzzes.some((b) => b.phone === phone && b.seq === seq);
}

/** Checks a phone's buzz against the question on screen; null when it may go to the quiz. */
export function phoneBuzzRefusal(
  phones: PhonesState,
  quiz: TeamState,
  action: Extract<PhoneAction, { type: 'phone-buzz' }>,
): string | null {
  if (!Number.isInteger(action.seq) || action.seq < 0) return 'bad-buzz';
  if (buzzSeen(phones, action.phone, action.seq)) return 'buzz-already-counted';
  if (action.question !== quiz.index) return 'buzz-for-another-question';
  return null;
}

export function recordBuzz(
  phones: PhonesState,
  action: Extract<PhoneAction, { type: 'phone-buzz' }>,
): PhonesState {
  const { phone, seq, team, question, serverAt } = action;
  return { ...phones, buzzes: [...phones.buzzes, { phone, seq, team, question, serverAt }] };
}

/** The phones' votes on `nodeId`, per option (`options` long); other nodes' ballots count 0. */
export function tally(phones: PhonesState, nodeId: string, options: number): number[] {
  const counts = Array.from({ length: options }, () => 0);
  if (phones.ballot?.nodeId !== nodeId) return counts;
  for (const option of Object.values(phones.ballot.byPhone)) {
    if (option >= 0 && option < options) counts[option] = (counts[option] ?? 0) + 1;
  }
  return counts;
}

/** How many phones voted on `nodeId`. */
export function ballotsCast(phones: PhonesState, nodeId: string): number {
  return phones.ballot?.nodeId === nodeId ? Object.keys(phones.ballot.byPhone).length : 0;
}

/**
 * A phone's vote on the choice on screen: one per phone, the last one counts. `visible` are the
 * option indexes the audience sees; `voteOpen` is false once the choice is past.
 */
export function castVote(
  phones: PhonesState,
  skit: SkitState,
  visible: readonly number[],
  action: Extract<PhoneAction, { type: 'phone-vote' }>,
): Step<PhonesState, never> {
  if (skit.nodeId !== action.nodeId || skit.consequence !== null || skit.ending !== null)
    return refuse(phones, 'vote-for-another-choice');
  if (!visible.includes(action.option)) return refuse(phones, 'bad-option');
  const byPhone = phones.ballot?.nodeId === action.nodeId ? phones.ballot.byPhone : {};
  if (byPhone[action.phone] === action.option) return refuse(phones, 'vote-unchanged');
  if (!(action.phone in byPhone) && Object.keys(byPhone).length >= MAX_BALLOTS)
    return refuse(phones, 'too-many-ballots');
  return accept(
    {
      ...phones,
      ballot: { nodeId: action.nodeId, byPhone: { ...byPhone, [action.phone]: action.option } },
    },
    [],
  );
}
