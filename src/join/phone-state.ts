import type { Refusal, View } from '../shared/room/protocol';
import type { Texts } from './texts';

/**
 * What the phone's buzz button does during a question, and why not when it cannot: the rules
 * are the projector's (the core decides), this only mirrors them so a phone never buzzes in vain.
 */
export function buzzButton(
  view: Extract<View, { kind: 'question' }>,
  team: string,
  words: Texts,
): { enabled: boolean; note: string } {
  if (!view.open) return { enabled: false, note: words.closed };
  if (view.lockedOut.includes(team)) return { enabled: false, note: words.lockedOut };
  if (view.answering === team) return { enabled: false, note: words.answering };
  if (view.queue.includes(team)) return { enabled: false, note: words.queued };
  if (view.answering !== null) return { enabled: true, note: words.otherAnswering };
  return { enabled: true, note: '' };
}

/** What a phone keeps across sleep and reloads, per room: its token and its next buzz number. */
export interface Kept {
  token: string | null;
  seq: number;
}

export function keptKey(room: string): string {
  return `dhbc.phone.${room}`;
}

export function readKept(raw: string | null): Kept {
  try {
    const v = JSON.parse(raw ?? 'null') as unknown;
    if (v !== null && typeof v === 'object' && 'token' in v && 'seq' in v) {
      const token = typeof v.token === 'string' ? v.token : null;
      const seq =
        typeof v.seq === 'number' && Number.isSafeInteger(v.seq) && v.seq >= 0 ? v.seq : 0;
      return { token, seq };
    }
  } catch {
    // Damaged: start afresh (the phone picks its team again).
  }
  return { token: null, seq: 0 };
}

/**
 * Whether a refused join is tried again by itself: a refusal for trying too fast passes, and a
 * phone that was in the room (it has a token) waits for the projector to open the room again
 * after the server restarted. A wrong code or a full room needs the person.
 */
export function retryJoin(reason: Refusal, hasToken: boolean): boolean {
  return reason === 'too-fast' || (reason === 'no-room' && hasToken);
}
