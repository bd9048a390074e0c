import type { KeyValueStore } from '../shared/storage/safe-storage';

/** A holder that has not beaten for this long is gone (closed, crashed, asleep). */
export const LOCK_STALE_MS = 6_000;
export const LOCK_BEAT_MS = 2_000;

interface Holder {
  readonly tab: string;
  readonly at: number;
}

function readHolder(raw: string | null): Holder | null {
  if (raw === null) return null;
  try {
    const v = JSON.parse(raw) as Partial<Holder>;
    return typeof v.tab === 'string' && typeof v.at === 'number' ? { tab: v.tab, at: v.at } : null;
  } catch {
    return null;
  }
}

/** This tab's id: kept in sessionStorage so a reload of the same tab is still the same tab. */
export function tabId(): string {
  const key = 'dhbc.tab';
  try {
    const known = sessionStorage.getItem(key);
    if (known) return known;
    const made = crypto.randomUUID();
    sessionStorage.setItem(key, made);
    return made;
  } catch {
    return crypto.randomUUID();
  }
}

/**
 * Which tab may write the meeting. The holder beats every couple of seconds; a second tab that
 * finds a fresh beat from another tab opens read-only and may take over. The holder that loses
 * the lock hears it through the `storage` event and turns read-only itself.
 */
export class TabLock {
  constructor(
    private readonly store: KeyValueStore,
    private readonly key: string,
    readonly tab: string,
    private readonly now: () => number = Date.now,
  ) {}

  /** Another tab holds the meeting and beat recently. */
  heldElsewhere(): boolean {
    const holder = readHolder(this.store.get(this.key));
    return holder !== null && holder.tab !== this.tab && this.now() - holder.at < LOCK_STALE_MS;
  }

  claim(): void {
    this.store.set(this.key, JSON.stringify({ tab: this.tab, at: this.now() }));
  }

  /** Keeps the lock fresh while this tab holds it; answers whether it still does. */
  beat(): boolean {
    const holder = readHolder(this.store.get(this.key));
    if (holder !== null && holder.tab !== this.tab) return false;
    this.claim();
    return true;
  }

  release(): void {
    const holder = readHolder(this.store.get(this.key));
    if (holder?.tab === this.tab) this.store.remove(this.key);
  }
}
