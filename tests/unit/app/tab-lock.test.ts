import { describe, expect, it } from 'vitest';
import { LOCK_STALE_MS, LockPresence, TabLock } from '../../../src/host/tab-lock';
import { memoryStore } from '../memory-store';

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

describe('a lock left behind by a tab that crashed', () => {
  it('is answered for by a tab that holds it, so the second tab stays read-only', async () => {
    const store = memoryStore();
    const first = new TabLock(store, 'lock', 'a', () => 0);
    first.claim();
    const holder = new LockPresence('lock-test-1', 'a', () => first.holds());
    const asker = new LockPresence('lock-test-1', 'b', () => false);
    await expect(asker.holderAnswers('a', 2_000)).resolves.toBe(true);
    holder.close();
    asker.close();
  });

  it('goes unanswered when its tab is gone, so it can be taken at once', async () => {
    const asker = new LockPresence('lock-test-2', 'b', () => false);
    await expect(asker.holderAnswers('a', 50)).resolves.toBe(false);
    asker.close();
  });

  it('goes unanswered by a tab that no longer holds it', async () => {
    const store = memoryStore();
    const first = new TabLock(store, 'lock', 'a', () => 0);
    const other = new TabLock(store, 'lock', 'c', () => 0);
    first.claim();
    other.claim();
    const stale = new LockPresence('lock-test-3', 'a', () => first.holds());
    const asker = new LockPresence('lock-test-3', 'b', () => false);
    await expect(asker.holderAnswers('a', 50)).resolves.toBe(false);
    stale.close();
    asker.close();
  });
});
