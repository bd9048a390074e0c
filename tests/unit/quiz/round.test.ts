import { describe, it, expect } from 'vitest';
import fc from 'fast-check';
import {
  NO_PROGRESS,
  preferUnplayed,
  readProgress,
  recordQuestion,
  recordRound,
  lastRoundWasBest,
  type PackProgress,
} from '../../../src/core/quiz/round';
import { startSolo } from '../../../src/core/quiz/solo';
import type { Quiz } from '../../../src/core/types';
import { SMALL_QUIZ } from '../../scenario/fixtures';

const IDS = Array.from({ length: 41 }, (_, i) => `q${String(i + 1).padStart(2, '0')}`);
const BIG: Quiz = {
  questions: IDS.map((id) => ({ ...SMALL_QUIZ.questions[0]!, id })),
};

/** Plays rounds of `count` on one device, each from its own seed; answers each round's order. */
function playRounds(seeds: readonly number[], count: number): string[][] {
  let progress: PackProgress = NO_PROGRESS;
  return seeds.map((seed) => {
    const { order } = startSolo(BIG, seed, 0, { questionCount: count, played: progress.played });
    for (const id of order) progress = recordQuestion(progress, IDS, order, id, 3);
    return [...order];
  });
}

describe('a new round prefers questions not played yet', () => {
  it('takes the unplayed first, in their shuffled order, then the played', () => {
    expect(preferUnplayed(['a', 'b', 'c', 'd', 'e'], ['a', 'c'], 4)).toEqual(['b', 'd', 'e', 'a']);
    expect(preferUnplayed(['a', 'b'], [], 5)).toEqual(['a', 'b']);
    expect(preferUnplayed(['a', 'b'], ['a', 'b'], 1)).toEqual(['a']);
  });

  it('changes nothing for a device that has played nothing (older saves fold the same)', () => {
    expect(startSolo(BIG, 77, 0, { questionCount: 10 }).order).toEqual(
      startSolo(BIG, 77, 0, { questionCount: 10, played: [] }).order,
    );
  });

  it('plays 41 questions in rounds of 10 without a repeat until all are played (seeds 1–5)', () => {
    const rounds = playRounds([1, 2, 3, 4, 5], 10);
    const firstFour = rounds.slice(0, 4).flat();
    expect(new Set(firstFour).size).toBe(40);
    // The fifth takes the last one left first, then nine played before.
    const left = IDS.filter((id) => !firstFour.includes(id));
    expect(left).toHaveLength(1);
    expect(rounds[4]![0]).toBe(left[0]);
  });

  it('after a full cycle, the next round avoids the round before it', () => {
    const rounds = playRounds([1, 2, 3, 4, 5, 6], 10);
    const fifth = new Set(rounds[4]);
    expect(rounds[5]!.filter((id) => fifth.has(id))).toEqual([]);
  });

  it('never repeats a question within the first ⌊n/k⌋ rounds, whatever the seeds', () => {
    fc.assert(
      fc.property(
        fc.array(fc.integer({ min: 0, max: 2 ** 31 - 2 }), { minLength: 4, maxLength: 4 }),
        fc.integer({ min: 1, max: 10 }),
        (seeds, count) => {
          const rounds = playRounds(seeds, count);
          const fits = Math.min(4, Math.floor(IDS.length / count));
          const played = rounds.slice(0, fits).flat();
          expect(new Set(played).size).toBe(played.length);
          rounds.forEach((r) => {
            expect(r).toHaveLength(count);
            expect(new Set(r).size).toBe(count);
          });
        },
      ),
    );
  });
});

describe('what the device keeps per pack', () => {
  it('keeps the most stars a question earned, and the best finished score', () => {
    let p = recordQuestion(NO_PROGRESS, IDS, ['q01', 'q02'], 'q01', 3);
    p = recordQuestion(p, IDS, ['q01', 'q02'], 'q01', 1);
    p = recordQuestion(p, IDS, ['q01', 'q02'], 'q02', 2);
    p = recordRound(p, 820);
    expect(lastRoundWasBest(p)).toBe(true);
    p = recordRound(p, 640);
    expect(lastRoundWasBest(p)).toBe(false);
    expect(p).toEqual({
      played: ['q01', 'q02'],
      stars: { q01: 3, q02: 2 },
      best: 820,
      rounds: 2,
      bestRound: 1,
    });
    expect(lastRoundWasBest(recordRound(p, 820))).toBe(false);
    expect(lastRoundWasBest(recordRound(p, 821))).toBe(true);
    expect(lastRoundWasBest(recordRound(NO_PROGRESS, 0))).toBe(false);
  });

  it('forgets questions the pack no longer has', () => {
    const p = recordQuestion({ ...NO_PROGRESS, played: ['gone'] }, IDS, ['q05'], 'q05', 1);
    expect(p.played).toEqual(['q05']);
  });

  it('reads back what it wrote, and reads anything broken as no progress', () => {
    const p: PackProgress = {
      played: ['q01'],
      stars: { q01: 2 },
      best: 300,
      rounds: 1,
      bestRound: 1,
    };
    expect(readProgress(JSON.parse(JSON.stringify(p)))).toEqual(p);
    expect(readProgress(null)).toEqual(NO_PROGRESS);
    expect(readProgress('x')).toEqual(NO_PROGRESS);
    expect(
      readProgress({ played: [1, 'q02'], stars: { a: 9, b: 2 }, best: -5, rounds: 'x' }),
    ).toEqual({ played: ['q02'], stars: { b: 2 }, best: 0, rounds: 0, bestRound: 0 });
  });
});
