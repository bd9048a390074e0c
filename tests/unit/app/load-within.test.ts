import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { loadWithin, PICTURE_LOAD_TIMEOUT_MS } from '../../../src/shared/ui/load-within';

/** A picture that never finishes loading must not keep the game waiting for it. */

beforeEach(() => {
  vi.useFakeTimers();
});

afterEach(() => {
  vi.useRealTimers();
});

async function outcomeAfter(loading: Promise<'loaded' | 'timed-out'>, ms: number): Promise<string> {
  let outcome = 'waiting';
  void loading.then((o) => (outcome = o));
  await vi.advanceTimersByTimeAsync(ms);
  return outcome;
}

describe('loading a picture within the time allowed', () => {
  it('gives up on a picture that never loads after 8 seconds, not before', async () => {
    expect(PICTURE_LOAD_TIMEOUT_MS).toBe(8000);
    const loading = loadWithin(() => {
      // never reports done: a picture that does not finish drawing
    });
    expect(await outcomeAfter(loading, PICTURE_LOAD_TIMEOUT_MS - 1)).toBe('waiting');
    expect(await outcomeAfter(loading, 1)).toBe('timed-out');
  });

  it('goes on as soon as the picture has loaded, leaving no timer behind', async () => {
    let finish = (): void => undefined;
    const loading = loadWithin((done) => {
      finish = done;
    });
    expect(await outcomeAfter(loading, 100)).toBe('waiting');
    finish();
    expect(await outcomeAfter(loading, 0)).toBe('loaded');
    expect(vi.getTimerCount()).toBe(0);
  });

  it('stays given up when the picture loads after the time allowed', async () => {
    let finish = (): void => undefined;
    const loading = loadWithin((done) => {
      finish = done;
    });
    expect(await outcomeAfter(loading, PICTURE_LOAD_TIMEOUT_MS)).toBe('timed-out');
    finish();
    expect(await outcomeAfter(loading, 0)).toBe('timed-out');
  });
});
