/**
 * A sentence joined from parts ends in one mark: "…được không?" followed by ". " reads as
 * "…được không?", not "…được không?.", which screen readers speak as a pause and a full stop.
 */
export function tidySpeech(text: string): string {
  return text
    .replace(/([.?!…:;])(\s*\.)+/gu, '$1')
    .replace(/\s+([.?!,;:])/gu, '$1')
    .replace(/\s{2,}/gu, ' ')
    .trim();
}

import {
  EMPTY_QUEUE,
  enqueueAnnouncement,
  releaseAnnouncement,
  type QueueStep,
} from './announce-queue';

/**
 * The visually hidden live region (`role="status"`): each screen, question, result and score
 * is announced here in the interface language, for screen-reader users and for tests.
 */
export class Announcer {
  private readonly region: HTMLElement;
  private last = '';
  private readonly history: string[] = [];
  private queue = EMPTY_QUEUE;
  private timer: number | null = null;

  constructor(region: HTMLElement) {
    this.region = region;
  }

  /** Announces `spoken`, after the messages still waiting their turn (none is lost). */
  say(spoken: string): void {
    const message = tidySpeech(spoken);
    this.history.push(message);
    if (this.history.length > 200) this.history.shift();
    this.apply(enqueueAnnouncement(this.queue, message, Date.now()));
  }

  private apply(step: QueueStep): void {
    this.queue = step.queue;
    if (step.show !== null) this.show(step.show);
    if (step.nextAt !== null && this.timer === null) {
      this.timer = window.setTimeout(
        () => {
          this.timer = null;
          this.apply(releaseAnnouncement(this.queue, Date.now()));
        },
        Math.max(0, step.nextAt - Date.now()),
      );
    }
  }

  private show(message: string): void {
    // Re-announcing identical text needs a change, or screen readers stay silent.
    const text = message === this.last ? `${message}\u00a0` : message;
    this.last = text;
    this.region.textContent = text;
  }

  /** Everything announced so far (most recent last), for the test hook. */
  log(): readonly string[] {
    return this.history;
  }
}
