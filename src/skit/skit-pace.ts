/**
 * The skit's reading pace when it goes on by itself: time to read a line once it is whole,
 * by its length (a slow reader's pace), never less than a few seconds.
 */

/** Milliseconds a line of `text` stays whole before the story goes on by itself. */
export function readingMs(text: string): number {
  const words = text.trim().split(/\s+/u).filter(Boolean).length;
  // About 150 words a minute, plus a pause to take it in.
  return Math.round(Math.max(3000, 1500 + words * 400));
}

/** Whether the story goes on by itself on this device (off unless the player turned it on). */
export function autoAdvanceOn(stored: string | null): boolean {
  return stored === 'on';
}
