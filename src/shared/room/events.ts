/**
 * The room's event names, limits and the shapes of replies: what the phone's join page needs
 * without the schemas (src/shared/room/protocol.ts checks every message against those).
 */

/** Most bytes of one message from a phone, and from the projector (its view carries texts). */
export const PHONE_MESSAGE_MAX_BYTES = 512;
export const HOST_MESSAGE_MAX_BYTES = 16_384;
/** socket.io refuses (and disconnects) anything larger than this before it is even parsed. */
export const TRANSPORT_MAX_BYTES = 32_768;
/** Most phones in one room: a hall, not a stadium. */
export const MAX_PHONES_PER_ROOM = 300;

/** Room codes: no 0/O, 1/I/L, 2/Z, 5/S, 8/B, so a code read off a projector is typed right. */
export const ROOM_CODE_ALPHABET = 'ACDEFGHJKMNPQRTUVWXY34679';
export const ROOM_CODE_LENGTH = 5;

/** Event names. */
export const EV = {
  /** phone → server: join a room (or come back with a token); ack PhoneJoinReply. */
  join: 'phone:join',
  /** phone → server: buzz for the phone's own team; ack Ok. */
  buzz: 'phone:buzz',
  /** phone → server: vote on the choice on screen; ack Ok. */
  vote: 'phone:vote',
  /** projector → server: open the room or take it back with its secret; ack HostOpenReply. */
  open: 'host:open',
  /** projector → server: what phones should show now; ack Ok. */
  view: 'host:view',
  /** server → projector: a phone's buzz or vote (numbered), with the server's time. */
  intent: 'room:intent',
  /** projector → server: the numbers of the intents it has taken into its log. */
  done: 'host:done',
  /** server → projector: how many phones are in each team. */
  roster: 'room:roster',
  /**
   * server → phone: what to show (the projector's last view); on a recovered connection also
   * how long ago (ms) the server had it, so a countdown in it runs on from the right time.
   */
  show: 'room:show',
} as const;

// ── replies and server → others ───────────────────────────────────────────────────────────

export type Refusal =
  | 'bad-message'
  | 'too-large'
  | 'too-fast'
  | 'no-room'
  | 'room-full'
  | 'bad-team'
  | 'not-joined'
  | 'not-host';

export type Ok = { readonly ok: true } | { readonly ok: false; readonly reason: Refusal };

export type Intent =
  | {
      readonly kind: 'buzz';
      readonly phone: string;
      readonly team: string;
      readonly seq: number;
      readonly question: number;
      readonly serverAt: number;
    }
  | {
      readonly kind: 'vote';
      readonly phone: string;
      readonly team: string;
      readonly node: string;
      readonly option: number;
      readonly serverAt: number;
    };

export interface Roster {
  /** Team id → phones connected now. */
  readonly connected: Readonly<Record<string, number>>;
  /** Phones that ever joined (connected or not). */
  readonly joined: number;
}
