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

/**
 * The visually hidden live region (`role="status"`): each screen, question, result and score
 * is announced here in the interface language, for screen-reader users and for tests.
 */
export class Announcer {
  private readonly region: HTMLElement;
  private last = '';
  private readonly history: string[] = [];

  constructor(region: HTMLElement) {
    this.region = region;
  }

  say(spoken: string): void {
    const message = tidySpeech(spoken);
    // Re-announcing identical text needs a change, or screen readers stay silent.
    const text = message === this.last ? `${message}\u00a0` : message;
    this.last = text;
    this.region.textContent = text;
    this.history.push(message);
    if (this.history.length > 200) this.history.shift();
  }

  /** Everything announced so far (most recent last), for the test hook. */
  log(): readonly string[] {
    return this.history;
  }
}
