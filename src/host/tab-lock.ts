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
    return this.holderElsewhere() !== null;
  }

  /** The tab that holds the meeting with a fresh beat, when it is another one. */
  holderElsewhere(): string | null {
    const holder = readHolder(this.store.get(this.key));
    return holder !== null && holder.tab !== this.tab && this.now() - holder.at < LOCK_STALE_MS
      ? holder.tab
      : null;
  }

  /** This tab holds the meeting. */
  holds(): boolean {
    return readHolder(this.store.get(this.key))?.tab === this.tab;
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

/** How long a tab waits for the lock's holder to answer before taking a lock left behind. */
export const PING_WAIT_MS = 800;

type LockMessage =
  | { readonly type: 'ping'; readonly to: string; readonly from: string }
  | { readonly type: 'pong'; readonly from: string };

function isLockMessage(v: unknown): v is LockMessage {
  if (typeof v !== 'object' || v === null) return false;
  const m = v as Record<string, unknown>;
  return (m.type === 'ping' || m.type === 'pong') && typeof m.from === 'string';
}

/**
 * The tabs of one browser talking about the lock: a lock whose holder does not answer is one
 * left behind by a tab that crashed or closed moments ago (its last beat still looks fresh),
 * and is taken at once instead of leaving the facilitator read-only with no other tab open.
 */
export class LockPresence {
  private readonly channel: BroadcastChannel | null;

  constructor(
    name: string,
    readonly tab: string,
    /** Whether this tab holds the lock now: only then does it answer for it. */
    private readonly holding: () => boolean,
  ) {
    this.channel = typeof BroadcastChannel === 'undefined' ? null : new BroadcastChannel(name);
    this.channel?.addEventListener('message', (e: MessageEvent) => {
      const m: unknown = e.data;
      if (isLockMessage(m) && m.type === 'ping' && m.to === this.tab && this.holding())
        this.channel?.postMessage({ type: 'pong', from: this.tab } satisfies LockMessage);
    });
  }

  /**
   * Whether `holder` answers within `waitMs`. Without BroadcastChannel nobody can be asked:
   * the holder is taken to be there (the lock then frees itself once its beat is stale).
   */
  holderAnswers(holder: string, waitMs = PING_WAIT_MS): Promise<boolean> {
    const channel = this.channel;
    if (!channel) return Promise.resolve(true);
    return new Promise((resolve) => {
      const onMessage = (e: MessageEvent): void => {
        const m: unknown = e.data;
        if (isLockMessage(m) && m.type === 'pong' && m.from === holder) finish(true);
      };
      const timer = setTimeout(() => {
        finish(false);
      }, waitMs);
      const finish = (answered: boolean): void => {
        clearTimeout(timer);
        channel.removeEventListener('message', onMessage);
        resolve(answered);
      };
      channel.addEventListener('message', onMessage);
      channel.postMessage({ type: 'ping', to: holder, from: this.tab } satisfies LockMessage);
    });
  }

  close(): void {
    this.channel?.close();
  }
}
