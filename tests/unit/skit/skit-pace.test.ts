import { describe, expect, it } from 'vitest';
import { autoAdvanceOn, readingMs } from '../../../src/skit/skit-pace';

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
