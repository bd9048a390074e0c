import { describe, expect, it } from 'vitest';
import { LOCK_STALE_MS, TabLock } from '../../../src/host/tab-lock';
import type { KeyValueStore } from '../../../src/shared/storage/safe-storage';

function memoryStore(): KeyValueStore {
  const data = new Map<string, string>();
  return {
    get: (k) => data.get(k) ?? null,
    set: (k, v) => {
      data.set(k, v);
      return true;
    },
    remove: (k) => {
      data.delete(k);
    },
  };
}

describe('two tabs of one meeting', () => {
  it('lets the first tab hold the meeting and shows the second one read-only', () => {
    let now = 1_000;
    const store = memoryStore();
    const first = new TabLock(store, 'lock', 'a', () => now);
    const second = new TabLock(store, 'lock', 'b', () => now);
    expect(first.heldElsewhere()).toBe(false);
    first.claim();
    now += 1_000;
    expect(second.heldElsewhere()).toBe(true);
    expect(first.heldElsewhere()).toBe(false);
  });

  it('frees a meeting whose tab stopped beating (closed, crashed)', () => {
    let now = 0;
    const store = memoryStore();
    new TabLock(store, 'lock', 'a', () => now).claim();
    now += LOCK_STALE_MS + 1;
    expect(new TabLock(store, 'lock', 'b', () => now).heldElsewhere()).toBe(false);
  });

  it('tells the holder it lost the meeting once another tab took over', () => {
    let now = 0;
    const store = memoryStore();
    const first = new TabLock(store, 'lock', 'a', () => now);
    const second = new TabLock(store, 'lock', 'b', () => now);
    first.claim();
    now += 500;
    second.claim();
    expect(first.beat()).toBe(false);
    expect(second.beat()).toBe(true);
    expect(first.heldElsewhere()).toBe(true);
  });

  it('releases only its own lock, so a reload of the same tab finds it free', () => {
    const store = memoryStore();
    const first = new TabLock(store, 'lock', 'a', () => 0);
    const second = new TabLock(store, 'lock', 'b', () => 0);
    first.claim();
    second.release();
    expect(second.heldElsewhere()).toBe(true);
    first.release();
    expect(second.heldElsewhere()).toBe(false);
  });

  it('treats a damaged lock record as no lock', () => {
    const store = memoryStore();
    store.set('lock', '{not json');
    expect(new TabLock(store, 'lock', 'b').heldElsewhere()).toBe(false);
  });
});
