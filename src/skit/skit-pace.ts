/**
 * The skit's reading pace when it goes on by itself: time to read a line once it is whole,
 * by its length (a slow reader's pace), never less than a few seconds.
 */

import { STORE_KEY } from '../shared/keys';
import type { KeyValueStore } from '../shared/storage/safe-storage';

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

/**
 * Going on by itself: on or off (kept on the device), and the one line waiting to move on.
 * It waits on the page's own timer, not a scene clock: the game stops drawing frames while
 * nothing moves, and a line waiting to be read moves nothing.
 */
export class AutoAdvance {
  private timer: ReturnType<typeof setTimeout> | null = null;
  private isOn: boolean;

  constructor(private readonly store: KeyValueStore) {
    this.isOn = autoAdvanceOn(store.get(STORE_KEY.skitAuto));
  }

  get on(): boolean {
    return this.isOn;
  }

  /** Turns it on or off, kept on the device; answers the new setting. */
  toggle(): boolean {
    this.isOn = !this.isOn;
    this.store.set(STORE_KEY.skitAuto, this.isOn ? 'on' : 'off');
    if (!this.isOn) this.stop();
    return this.isOn;
  }

  /** When on: runs `next` once after the time `text` takes to read, unless stopped first. */
  arm(text: string, next: () => void): void {
    this.stop();
    if (!this.isOn) return;
    this.timer = setTimeout(() => {
      this.timer = null;
      next();
    }, readingMs(text));
  }

  stop(): void {
    if (this.timer !== null) clearTimeout(this.timer);
    this.timer = null;
  }
}
