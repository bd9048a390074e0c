import type { Refusal, View } from '../shared/room/protocol';
import { fill, type Texts } from './texts';

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

/** Dark or white text, whichever reads on a team's colour (`#rrggbb`): WCAG's luminance. */
export function inkOn(color: string): string {
  const channel = (i: number): number => {
    const c = parseInt(color.slice(1 + 2 * i, 3 + 2 * i), 16) / 255;
    return c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  };
  const luminance = 0.2126 * channel(0) + 0.7152 * channel(1) + 0.0722 * channel(2);
  // Contrast with white (1.05 / (L + 0.05)) against contrast with the dark ink (L ≈ 0.02).
  return 1.05 / (luminance + 0.05) >= (luminance + 0.05) / 0.07 ? '#ffffff' : '#1b2a4a';
}

/** The vote's countdown as this phone keeps it: by its own clock, from when the view came. */
export interface PhoneCountdown {
  /** Time left when the view came (less its age at the server). */
  readonly leftMs: number;
  readonly running: boolean;
  /** This phone's clock (ms) when the view came. */
  readonly since: number;
}

/**
 * The countdown of a vote view received at `now`, `ageMs` after the server had it (a phone
 * joining late is sent the last view); null when the vote has none.
 */
export function phoneCountdown(
  view: View | null,
  ageMs: number,
  now: number,
): PhoneCountdown | null {
  if (view?.kind !== 'vote' || !view.timer) return null;
  const { leftMs, running } = view.timer;
  return { leftMs: Math.max(0, leftMs - (running ? ageMs : 0)), running, since: now };
}

/**
 * The time left at `now` (this phone's clock): what the projector gave, less what passed on
 * this phone since the view came while it runs. Only differences of the phone's own clock are
 * used, so the phone's clock need not match the laptop's.
 */
export function countdownLeftMs(c: PhoneCountdown, now: number): number {
  return c.running ? Math.max(0, c.leftMs - (now - c.since)) : c.leftMs;
}

/**
 * What the phone says of the countdown at `now`: whole seconds left, rounded up (0 at the end;
 * the projector closes the vote, the phone only waits for it).
 */
export function countdownLine(c: PhoneCountdown, now: number, words: Texts): string {
  const sec = Math.ceil(countdownLeftMs(c, now) / 1000);
  return fill(c.running ? words.timeLeft : words.timePaused, { sec });
}
