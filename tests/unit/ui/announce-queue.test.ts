import { describe, expect, it } from 'vitest';
import {
  EMPTY_QUEUE,
  HOLD_MS,
  MAX_WAITING,
  enqueueAnnouncement,
  releaseAnnouncement,
  type AnnounceQueue,
} from '../../../src/shared/ui/announce-queue';

/** Plays messages said at the given times; answers what the region showed, and when. */
function play(said: readonly [number, string][]): [number, string][] {
  let queue: AnnounceQueue = EMPTY_QUEUE;
  const shown: [number, string][] = [];
  let wake: number | null = null;
  const events = [...said];
  for (let now = 0; now < 100_000 && (events.length > 0 || wake !== null); now++) {
    while (events[0] !== undefined && events[0][0] === now) {
      const [, text] = events.shift() ?? [0, ''];
      const step = enqueueAnnouncement(queue, text, now);
      queue = step.queue;
      if (step.show !== null) shown.push([now, step.show]);
      wake = step.nextAt ?? wake;
    }
    if (wake !== null && now >= wake) {
      const step = releaseAnnouncement(queue, now);
      queue = step.queue;
      if (step.show !== null) shown.push([now, step.show]);
      wake = step.nextAt;
    }
  }
  return shown;
}

describe('the live region queue', () => {
  it('shows a message at once when the region is free', () => {
    expect(play([[5, 'Hết giờ.']])).toEqual([[5, 'Hết giờ.']]);
  });

  it('loses none of the messages said in the same instant, and keeps their order', () => {
    const shown = play([
      [0, 'Đội Sen trả lời đúng. Điểm: Sen 100.'],
      [0, 'Đáp án: lừa đảo.'],
      [0, 'Đội Sen đoán đúng hình chủ đề.'],
    ]);
    expect(shown).toEqual([
      [0, 'Đội Sen trả lời đúng. Điểm: Sen 100.'],
      [HOLD_MS, 'Đáp án: lừa đảo.'],
      [2 * HOLD_MS, 'Đội Sen đoán đúng hình chủ đề.'],
    ]);
  });

  it('holds each message long enough for a screen reader to notice it', () => {
    const shown = play([
      [0, 'a'],
      [100, 'b'],
      [2_000, 'c'],
    ]);
    expect(shown).toEqual([
      [0, 'a'],
      [HOLD_MS, 'b'],
      [2_000, 'c'],
    ]);
  });

  it('keeps the newest messages when a key held down floods it', () => {
    const said: [number, string][] = Array.from({ length: MAX_WAITING + 10 }, (_, i) => [
      0,
      `m${String(i)}`,
    ]);
    const shown = play(said).map(([, m]) => m);
    expect(shown[0]).toBe('m0');
    expect(shown.at(-1)).toBe(`m${String(MAX_WAITING + 9)}`);
    expect(shown).toHaveLength(MAX_WAITING + 1);
  });
});
