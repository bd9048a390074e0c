import * as v from 'valibot';

/**
 * The room's messages, one module for the server, the projector and the phones: every message
 * is checked against its schema (and a size limit) where it arrives, so a phone can send nothing
 * the others were not written to read. Phones never send text that the projector shows: a team
 * is picked from the facilitator's list by its id.
 */

export * from './events';
import { ROOM_CODE_ALPHABET, ROOM_CODE_LENGTH, type Refusal } from './events';

const id = v.pipe(v.string(), v.minLength(1), v.maxLength(64), v.regex(/^[\w-]+$/));
const code = v.pipe(
  v.string(),
  v.length(ROOM_CODE_LENGTH),
  v.regex(new RegExp(`^[${ROOM_CODE_ALPHABET}]+$`)),
);
const token = v.pipe(v.string(), v.maxLength(200), v.regex(/^[\w.-]+$/));
const secret = v.pipe(v.string(), v.length(43), v.regex(/^[\w-]+$/));
const count = v.pipe(v.number(), v.integer(), v.minValue(0), v.maxValue(1_000_000));
const shortText = v.pipe(v.string(), v.maxLength(300));

// ── phone → server ────────────────────────────────────────────────────────────────────────

export const PhoneJoin = v.strictObject({
  room: code,
  /** The token a phone kept from an earlier join: back into the same team, no question. */
  token: v.optional(token),
  /** The team picked from the facilitator's list (its id), for a first join. */
  team: v.optional(id),
});
export type PhoneJoin = v.InferOutput<typeof PhoneJoin>;

/** A buzz names no team: the server knows the phone's team. `seq` makes each buzz unique. */
export const PhoneBuzz = v.strictObject({ seq: count, question: count });
export type PhoneBuzz = v.InferOutput<typeof PhoneBuzz>;

export const PhoneVote = v.strictObject({ node: id, option: v.pipe(count, v.maxValue(20)) });
export type PhoneVote = v.InferOutput<typeof PhoneVote>;

// ── projector → server ────────────────────────────────────────────────────────────────────

export const TeamEntry = v.strictObject({
  id,
  name: v.pipe(v.string(), v.minLength(1), v.maxLength(40)),
  color: v.pipe(v.string(), v.regex(/^#[0-9a-fA-F]{6}$/)),
});
export type TeamEntry = v.InferOutput<typeof TeamEntry>;

export const HostOpen = v.strictObject({
  /** Present when the projector takes back its room (after a reload or a server restart). */
  room: v.optional(code),
  secret: v.optional(secret),
  teams: v.pipe(v.array(TeamEntry), v.minLength(2), v.maxLength(6)),
});
export type HostOpen = v.InferOutput<typeof HostOpen>;

/** A picture the phone may show: a path on this server (the pack's own files), or nothing. */
const picture = v.nullable(v.pipe(v.string(), v.maxLength(300), v.regex(/^\/(?!\/)[\w./%-]*$/)));

/** What the phones show: one of the meeting's moments, built from the pack and the log. */
export const View = v.variant('kind', [
  v.strictObject({ kind: v.literal('lobby') }),
  v.strictObject({
    kind: v.literal('question'),
    question: count,
    number: count,
    total: count,
    picture,
    /** A rebus's glyphs, when the question is one. */
    rebus: v.pipe(v.array(shortText), v.maxLength(12)),
    open: v.boolean(),
    answering: v.nullable(id),
    queue: v.pipe(v.array(id), v.maxLength(6)),
    lockedOut: v.pipe(v.array(id), v.maxLength(6)),
  }),
  v.strictObject({
    kind: v.literal('vote'),
    node: id,
    prompt: shortText,
    options: v.pipe(
      v.array(v.strictObject({ index: count, text: shortText })),
      v.minLength(1),
      v.maxLength(8),
    ),
    open: v.boolean(),
    /**
     * The vote's countdown, when the facilitator started one: the time left when the projector
     * sent this view, and whether it runs. A phone counts down from there by its own clock.
     */
    timer: v.optional(
      v.nullable(
        v.strictObject({ leftMs: v.pipe(count, v.maxValue(600_000)), running: v.boolean() }),
      ),
    ),
  }),
  v.strictObject({ kind: v.literal('skit') }),
  v.strictObject({
    kind: v.literal('over'),
    ranking: v.pipe(
      v.array(v.strictObject({ team: id, score: v.number(), place: count })),
      v.maxLength(6),
    ),
    messages: v.pipe(v.array(v.pipe(v.string(), v.maxLength(600))), v.maxLength(30)),
  }),
]);
export type View = v.InferOutput<typeof View>;

export type PhoneJoinReply =
  | {
      readonly ok: true;
      /** null: the phone must pick a team from `teams` first. */
      readonly team: string | null;
      readonly token: string | null;
      readonly phone: string | null;
      readonly teams: readonly TeamEntry[];
      readonly view: View;
      /** How long ago (ms) the server received `view`: a countdown in it has run on since. */
      readonly viewAge: number;
    }
  | { readonly ok: false; readonly reason: Refusal };

export type HostOpenReply =
  | { readonly ok: true; readonly room: string; readonly secret: string }
  | { readonly ok: false; readonly reason: Refusal };

/** UTF-8 size of a message as JSON; a message that cannot be written as JSON is too large. */
export function messageBytes(message: unknown): number {
  try {
    const json = JSON.stringify(message) as string | undefined;
    return json === undefined ? Infinity : new TextEncoder().encode(json).length;
  } catch {
    return Infinity;
  }
}

/** Checks a message's size, then its schema; the parsed value or the reason it is refused. */
export function check<S extends v.GenericSchema>(
  schema: S,
  message: unknown,
  maxBytes: number,
): { ok: true; value: v.InferOutput<S> } | { ok: false; reason: 'too-large' | 'bad-message' } {
  if (messageBytes(message) > maxBytes) return { ok: false, reason: 'too-large' };
  const parsed = v.safeParse(schema, message);
  return parsed.success ? { ok: true, value: parsed.output } : { ok: false, reason: 'bad-message' };
}
