import { afterEach, describe, expect, it, vi } from 'vitest';
import { AutoAdvance, autoAdvanceOn, readingMs } from '../../../src/skit/skit-pace';
import { memoryStore } from '../memory-store';

describe("the skit's pace when it goes on by itself", () => {
  it('gives a line time to be read by its length, at least 3 s', () => {
    expect(readingMs('Dạ.')).toBe(3000);
    const short = readingMs('Con đừng lo quá. Việc rồi từ từ tìm, mai ra chợ phụ mẹ đã.');
    const long = readingMs(
      'Anh thấy em đăng tìm việc. Nhà hàng quen của anh trên thành phố đang cần người, lương 12 triệu, bao ăn ở.',
    );
    expect(short).toBeGreaterThan(3000);
    expect(long).toBeGreaterThan(short);
    // A slow reader's pace: no more than 150 words a minute.
    expect(long).toBeGreaterThanOrEqual((24 / 150) * 60_000);
  });

  it('is off unless the player turned it on on this device', () => {
    expect(autoAdvanceOn(null)).toBe(false);
    expect(autoAdvanceOn('off')).toBe(false);
    expect(autoAdvanceOn('on')).toBe(true);
  });
});

describe('going on by itself', () => {
  afterEach(() => {
    vi.useRealTimers();
  });
  const line = 'Con đừng lo quá. Việc rồi từ từ tìm, mai ra chợ phụ mẹ đã.';

  it('does nothing while off, the first time on a device', () => {
    vi.useFakeTimers();
    const auto = new AutoAdvance(memoryStore());
    const next = vi.fn();
    auto.arm(line, next);
    vi.advanceTimersByTime(60_000);
    expect(auto.on).toBe(false);
    expect(next).not.toHaveBeenCalled();
  });

  it('turned on, moves on once, when the line has had its reading time, and is kept', () => {
    vi.useFakeTimers();
    const store = memoryStore();
    const auto = new AutoAdvance(store);
    expect(auto.toggle()).toBe(true);
    expect(new AutoAdvance(store).on).toBe(true);
    const next = vi.fn();
    auto.arm(line, next);
    vi.advanceTimersByTime(readingMs(line) - 1);
    expect(next).not.toHaveBeenCalled();
    vi.advanceTimersByTime(1);
    expect(next).toHaveBeenCalledTimes(1);
    vi.advanceTimersByTime(60_000);
    expect(next).toHaveBeenCalledTimes(1);
  });

  it('a new line, a stop or turning it off cancels the wait', () => {
    vi.useFakeTimers();
    const auto = new AutoAdvance(memoryStore());
    auto.toggle();
    const first = vi.fn();
    const second = vi.fn();
    auto.arm(line, first);
    auto.arm('Dạ.', second);
    vi.advanceTimersByTime(60_000);
    expect(first).not.toHaveBeenCalled();
    expect(second).toHaveBeenCalledTimes(1);
    const stopped = vi.fn();
    auto.arm(line, stopped);
    auto.stop();
    const off = vi.fn();
    auto.arm(line, off);
    auto.toggle();
    vi.advanceTimersByTime(60_000);
    expect(stopped).not.toHaveBeenCalled();
    expect(off).not.toHaveBeenCalled();
  });
});
