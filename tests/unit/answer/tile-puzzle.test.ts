import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  answerLetters,
  answerWords,
  countAnswerTiles,
  defaultDecoyCount,
  makeTilePuzzle,
  MAX_BANK_TILES,
  type TilePuzzle,
} from '../../../src/core/answer';
import { seedRng } from '../../../src/core/rng';

const DECOY_LETTERS = new Set('ABCDEGHIKLMNOPQRSTUVXY');

function countLetters(letters: readonly string[]): Map<string, number> {
  const counts = new Map<string, number>();
  for (const l of letters) counts.set(l, (counts.get(l) ?? 0) + 1);
  return counts;
}

function bankHoldsAnswer(puzzle: TilePuzzle): boolean {
  const bank = countLetters(puzzle.bank.map((t) => t.letter));
  return [...countLetters(puzzle.words.flat())].every(([l, n]) => (bank.get(l) ?? 0) >= n);
}

describe('answerWords and answerLetters', () => {
  it('gives upper-case letters per word, without marks, đ as D', () => {
    expect(answerWords('đường dây nóng')).toEqual([
      ['D', 'U', 'O', 'N', 'G'],
      ['D', 'A', 'Y'],
      ['N', 'O', 'N', 'G'],
    ]);
    expect(answerLetters('Lừa đảo!')).toEqual(['L', 'U', 'A', 'D', 'A', 'O']);
  });

  it('keeps the answer spelling of i and y', () => {
    expect(answerLetters('kỹ năng')).toEqual(['K', 'Y', 'N', 'A', 'N', 'G']);
  });

  it('keeps digits as digit tiles', () => {
    expect(answerWords('gọi 111')).toEqual([
      ['G', 'O', 'I'],
      ['1', '1', '1'],
    ]);
  });

  it('reads NFD like NFC', () => {
    expect(answerLetters('cảnh giác'.normalize('NFD'))).toEqual(answerLetters('cảnh giác'));
  });
});

describe('countAnswerTiles', () => {
  it('counts what answerWords builds', () => {
    expect(countAnswerTiles('Đường dây nóng 111!')).toEqual({
      letters: 15,
      longestWord: 5,
      joined: 'DUONGDAYNONG111',
    });
    expect(countAnswerTiles(' ?! ')).toEqual({ letters: 0, longestWord: 0, joined: '' });
  });

  it('agrees with answerWords on any text', () => {
    const unit = fc.oneof(
      fc.constantFrom(...Array.from('aăâđeêoôơuưyỹýÀẠĐßſﬁŉǰΐ 0-9\u0301\u0323\u200bİı')),
      fc.string({ unit: 'binary', maxLength: 2 }),
    );
    fc.assert(
      fc.property(fc.array(unit, { maxLength: 20 }), (units) => {
        const answer = units.join('');
        const words = answerWords(answer);
        expect(countAnswerTiles(answer)).toEqual({
          letters: words.flat().length,
          longestWord: Math.max(0, ...words.map((w) => w.length)),
          joined: words.flat().join(''),
        });
      }),
      { numRuns: 1000 },
    );
  });
});

describe('defaultDecoyCount', () => {
  it.each([
    [0, 7, 'an empty answer still gets one row'],
    [3, 4, 'at least four decoys'],
    [6, 8, '10 tiles round up to two rows of 7'],
    [12, 9, '17 tiles round up to three rows of 7'],
    [11, 5, '16 tiles: two rows of 8'],
    [13, 8, '19 tiles round up to three rows of 7'],
    [17, 7, '24 tiles exactly'],
    [18, 6, 'capped at 24 tiles'],
    [23, 1, 'capped at 24 tiles'],
    [24, 0, 'a full bank has no room'],
    [30, 0, 'a long answer gets no decoys'],
  ])('%i letters → %i decoys (%s)', (letters, decoys) => {
    expect(defaultDecoyCount(letters)).toBe(decoys);
  });

  it('fills whole rows of 7 or 8 up to the cap', () => {
    for (let n = 0; n < MAX_BANK_TILES; n++) {
      const total = n + defaultDecoyCount(n);
      expect(total % 7 === 0 || total % 8 === 0).toBe(true);
      expect(total).toBeLessThanOrEqual(MAX_BANK_TILES);
      expect(total - n).toBeGreaterThanOrEqual(Math.min(4, MAX_BANK_TILES - n));
    }
  });
});

describe('makeTilePuzzle', () => {
  it('builds the words and a shuffled bank of answer letters and decoys', () => {
    const { puzzle } = makeTilePuzzle('đường dây nóng', seedRng(42));
    expect(puzzle.words).toEqual(answerWords('đường dây nóng'));
    expect(puzzle.bank).toHaveLength(21);
    expect(
      puzzle.bank
        .filter((t) => !t.decoy)
        .map((t) => t.letter)
        .sort(),
    ).toEqual(answerLetters('đường dây nóng').sort());
    for (const t of puzzle.bank.filter((x) => x.decoy)) expect(DECOY_LETTERS).toContain(t.letter);
  });

  it('gives the same puzzle and next state for the same seed', () => {
    const a = makeTilePuzzle('lừa đảo', seedRng(7));
    const b = makeTilePuzzle('lừa đảo', seedRng(7));
    expect(a).toEqual(b);
    expect(a.rng).not.toBe(seedRng(7));
  });

  it('pins the puzzle for a fixed seed', () => {
    const { puzzle, rng } = makeTilePuzzle('111', seedRng(1));
    expect(puzzle.bank.map((t) => t.letter).join('')).toBe('1051619');
    expect(puzzle.bank.filter((t) => !t.decoy).map((t) => t.id)).toEqual([0, 3, 5]);
    // Four decoy draws, then six for the shuffle of seven tiles; each draw steps the state once.
    expect(rng).toBe((seedRng(1) + 10 * 0x6d2b79f5) >>> 0);
  });

  it('draws digit decoys for a number and both kinds for a mixed answer', () => {
    const digits = makeTilePuzzle('111', seedRng(3)).puzzle.bank;
    expect(digits).toHaveLength(7);
    for (const t of digits) expect(t.letter).toMatch(/^\d$/u);
    const mixed = makeTilePuzzle('gọi 111', seedRng(3), { decoys: 200 }).puzzle.bank;
    const decoys = mixed.filter((t) => t.decoy).map((t) => t.letter);
    expect(decoys.some((l) => /\d/u.test(l))).toBe(true);
    expect(decoys.some((l) => /[A-Z]/u.test(l))).toBe(true);
  });

  it('takes an explicit decoy count, zero included', () => {
    expect(makeTilePuzzle('lừa đảo', seedRng(1), { decoys: 0 }).puzzle.bank).toHaveLength(6);
    expect(makeTilePuzzle('lừa đảo', seedRng(1), { decoys: 2 }).puzzle.bank).toHaveLength(8);
  });

  it('refuses a decoy count that is not a whole number from 0, as a bug', () => {
    expect(() => makeTilePuzzle('lừa đảo', seedRng(1), { decoys: -1 })).toThrow(RangeError);
    expect(() => makeTilePuzzle('lừa đảo', seedRng(1), { decoys: 1.5 })).toThrow(RangeError);
    expect(() => makeTilePuzzle('lừa đảo', seedRng(1), { decoys: Infinity })).toThrow(RangeError);
  });

  it('adds no decoys past 24 letters', () => {
    const long = 'phòng chống mua bán người và mại dâm';
    expect(answerLetters(long).length).toBeGreaterThan(MAX_BANK_TILES);
    const { puzzle } = makeTilePuzzle(long, seedRng(5));
    expect(puzzle.bank.every((t) => !t.decoy)).toBe(true);
  });

  it('survives a JSON round trip', () => {
    const result = makeTilePuzzle('cảnh giác', seedRng(9));
    expect(JSON.parse(JSON.stringify(result))).toEqual(result);
  });
});

describe('properties of the tile puzzle', () => {
  const viText = fc.string({
    unit: fc.constantFrom(
      ...Array.from('aăâbcdđeêghiklmnoôơpqrstuưvxyàảãáạềểễếệờởỡớợ0123456789 ,!'),
    ),
    maxLength: 40,
  });
  const seed = fc.integer({ min: 0, max: 0xffffffff });

  it('holds every letter the answer needs', () => {
    fc.assert(
      fc.property(viText, seed, (answer, s) => {
        expect(bankHoldsAnswer(makeTilePuzzle(answer, seedRng(s)).puzzle)).toBe(true);
      }),
      { numRuns: 300 },
    );
  });

  it('has exactly the answer letters as its non-decoy tiles', () => {
    fc.assert(
      fc.property(viText, seed, (answer, s) => {
        const { puzzle } = makeTilePuzzle(answer, seedRng(s));
        const own = puzzle.bank.filter((t) => !t.decoy).map((t) => t.letter);
        expect(own.sort()).toEqual(answerLetters(answer).sort());
        expect(puzzle.words.flat()).toEqual(answerLetters(answer));
      }),
    );
  });

  it('numbers the bank 0..n-1 in order and keeps to the size rule', () => {
    fc.assert(
      fc.property(viText, seed, (answer, s) => {
        const { puzzle } = makeTilePuzzle(answer, seedRng(s));
        expect(puzzle.bank.map((t) => t.id)).toEqual(puzzle.bank.map((_, i) => i));
        const letters = answerLetters(answer).length;
        expect(puzzle.bank.length).toBe(letters + defaultDecoyCount(letters));
      }),
    );
  });

  it('gives the same puzzle for the same seed', () => {
    fc.assert(
      fc.property(viText, seed, (answer, s) => {
        expect(makeTilePuzzle(answer, seedRng(s))).toEqual(makeTilePuzzle(answer, seedRng(s)));
      }),
    );
  });
});
