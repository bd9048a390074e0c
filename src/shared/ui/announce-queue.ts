/**
 * The live region holds one message at a time, and a screen reader reads a change only once it
 * has noticed it: two messages set in the same instant (the score, then the answer) lose the
 * first. Messages therefore wait their turn, each shown for at least HOLD_MS. Pure: the caller
 * gives the time and sets a timer for `nextAt`.
 */

/** How long each message stays in the live region before the next one replaces it. */
export const HOLD_MS = 700;
/** Most messages waiting: beyond it the oldest waiting ones give way (a key held down). */
export const MAX_WAITING = 30;

export interface AnnounceQueue {
  readonly waiting: readonly string[];
  /** When the message now in the region was shown, or null when none has been yet. */
  readonly shownAt: number | null;
}

export interface QueueStep {
  readonly queue: AnnounceQueue;
  /** The message to put in the region now, or null. */
  readonly show: string | null;
  /** When to call `releaseAnnouncement` next, or null when nothing waits. */
  readonly nextAt: number | null;
}

export const EMPTY_QUEUE: AnnounceQueue = { waiting: [], shownAt: null };

function free(queue: AnnounceQueue, now: number): boolean {
  return queue.shownAt === null || now - queue.shownAt >= HOLD_MS;
}

function nextAt(queue: AnnounceQueue): number | null {
  return queue.waiting.length === 0 || queue.shownAt === null ? null : queue.shownAt + HOLD_MS;
}

/** A new message: shown at once when the region is free and nothing waits, else queued. */
export function enqueueAnnouncement(queue: AnnounceQueue, text: string, now: number): QueueStep {
  if (queue.waiting.length === 0 && free(queue, now)) {
    return { queue: { waiting: [], shownAt: now }, show: text, nextAt: null };
  }
  const waiting = [...queue.waiting, text].slice(-MAX_WAITING);
  const next = { ...queue, waiting };
  return { queue: next, show: null, nextAt: nextAt(next) };
}

/** The time has come (or not yet): the oldest waiting message, once the last has been held. */
export function releaseAnnouncement(queue: AnnounceQueue, now: number): QueueStep {
  const [first, ...rest] = queue.waiting;
  if (first === undefined || !free(queue, now)) return { queue, show: null, nextAt: nextAt(queue) };
  const next = { waiting: rest, shownAt: now };
  return { queue: next, show: first, nextAt: nextAt(next) };
}
