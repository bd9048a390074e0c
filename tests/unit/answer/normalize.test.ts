import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  isAnswerCorrect,
  normalizeAnswer,
  splitSyllables,
  syllableKey,
} from '../../../src/core/answer';

const STRICT = { strict: true } as const;

/** Vietnamese letters with every vowel shape and tone, upper and lower case, in NFC. */
const VI_LETTERS = [
  ...Array.from('abcdđeghiklmnopqrstuvxyăâêôơư'),
  ...Array.from('àáảãạằắẳẵặầấẩẫậèéẻẽẹềếểễệìíỉĩịòóỏõọồốổỗộờớởỡợùúủũụừứửữựỳýỷỹỵ'),
];
const ALPHABET = [
  ...VI_LETTERS,
  ...VI_LETTERS.map((c) => c.toUpperCase()),
  ...Array.from('0123456789'),
  ' ',
  '  ',
  '\u00a0',
  '\u200b',
  ...Array.from('.,!?-"\''),
  '\u0300',
  '\u0301',
  '\u0309',
  '\u0303',
  '\u0323',
  '\u0302',
  '\u031b',
];

const text = fc.string({ unit: fc.constantFrom(...ALPHABET), maxLength: 30 });
/** A text with at least one letter, so that it is an answer at all. */
const answer = fc
  .tuple(text, fc.constantFrom(...VI_LETTERS), text)
  .map(([a, letter, b]) => a + letter + b);
const mode = fc.boolean().map((strict) => ({ strict }));
/** Short texts from a few look-alike letters, so that pairs often match or nearly match. */
const nearAnswer = fc
  .string({
    unit: fc.constantFrom(...Array.from('aàáạoòơyýiíkqudđ '), '\u0300'),
    minLength: 1,
    maxLength: 6,
  })
  .filter((t) => /\p{L}/u.test(t));
/** Per character, what a player might type instead: case, encoding, marks, i/y, spaces. */
const TYPED_FOR: Readonly<Record<string, readonly string[]>> = {
  a: ['a', 'A', 'á'],
  à: ['à', 'a\u0300', 'a'],
  á: ['á', 'ạ'],
  o: ['o', 'ơ', 'ò'],
  y: ['y', 'i'],
  i: ['i', 'y'],
  u: ['u', 'U'],
  đ: ['đ', 'Đ', 'd'],
  ' ': [' ', '', '  '],
};
/** An answer and a text typed for it, right or wrong. */
const typedPair = nearAnswer.chain((a) =>
  fc
    .tuple(...Array.from(a).map((c) => fc.constantFrom(...(TYPED_FOR[c] ?? [c]))))
    .map((typed) => [typed.join(''), a] as const),
);

describe('normalizeAnswer', () => {
  it('is lower case, unmarked and single-spaced in lenient mode', () => {
    expect(normalizeAnswer('  Đường   dây, NÓNG! ')).toBe('duong day nong');
    expect(normalizeAnswer('Lừa đảo')).toBe('lua dao');
  });

  it('keeps vowel shapes and đ, and puts the tone after the last vowel, in strict mode', () => {
    expect(normalizeAnswer('Đường dây nóng', STRICT)).toBe('đường dây nóng');
    expect(normalizeAnswer('hòa', STRICT)).toBe('hoà');
    expect(normalizeAnswer('hoà', STRICT)).toBe('hoà');
    expect(normalizeAnswer('thủy', STRICT)).toBe('thuỷ');
    expect(normalizeAnswer('của', STRICT)).toBe('cuả');
    expect(normalizeAnswer('người', STRICT)).toBe('ngươì');
    expect(normalizeAnswer('quyền', STRICT)).toBe('quyền');
  });

  it('spells a final y after a consonant as i', () => {
    expect(normalizeAnswer('kỹ thuật', STRICT)).toBe('kĩ thuật');
    expect(normalizeAnswer('quý', STRICT)).toBe('quí');
    expect(normalizeAnswer('Mỹ')).toBe('mi');
    expect(normalizeAnswer('tay tuy y', STRICT)).toBe('tay tuy y');
  });

  it('ignores invisible characters and every kind of space', () => {
    expect(normalizeAnswer('lừa\u200b\u00a0đảo\ufeff', STRICT)).toBe('lưà đaỏ');
  });

  it('drops a mark with no letter before it', () => {
    expect(normalizeAnswer('\u0301a \u0302', STRICT)).toBe('a');
  });

  it('puts the tone on the last letter of a syllable with no vowel', () => {
    expect(normalizeAnswer('m\u0300', STRICT)).toBe('m\u0300');
  });

  it('is empty for a text with no letters', () => {
    expect(normalizeAnswer(' ?! ')).toBe('');
  });
});

describe('splitSyllables', () => {
  it('keeps the answer spelling (no i/y change) and the tones per letter', () => {
    const [ky] = splitSyllables('Kỹ', STRICT);
    expect(ky).toEqual([
      { base: 'k', text: 'k', tones: [] },
      { base: 'y', text: 'y', tones: ['\u0303'] },
    ]);
  });

  it('folds đ to d and drops every mark in lenient mode', () => {
    expect(splitSyllables('Đư').flat()).toEqual([
      { base: 'đ', text: 'd', tones: [] },
      { base: 'u', text: 'u', tones: [] },
    ]);
  });
});

describe('properties of the key', () => {
  it('is idempotent', () => {
    fc.assert(
      fc.property(text, mode, (t, options) => {
        const key = normalizeAnswer(t, options);
        expect(normalizeAnswer(key, options)).toBe(key);
      }),
      { numRuns: 500 },
    );
  });

  it('is blind to NFC and NFD', () => {
    fc.assert(
      fc.property(text, mode, (t, options) => {
        const key = normalizeAnswer(t, options);
        expect(normalizeAnswer(t.normalize('NFD'), options)).toBe(key);
        expect(normalizeAnswer(t.normalize('NFC'), options)).toBe(key);
      }),
      { numRuns: 500 },
    );
  });

  it('is blind to case', () => {
    fc.assert(
      fc.property(text, mode, (t, options) => {
        expect(normalizeAnswer(t.toUpperCase(), options)).toBe(normalizeAnswer(t, options));
      }),
    );
  });

  it('gives a key that matches the text it came from', () => {
    fc.assert(
      fc.property(answer, mode, (t, options) => {
        expect(isAnswerCorrect(normalizeAnswer(t, options), t, options)).toBe(true);
      }),
    );
  });

  it('decides matches between texts with the same syllable breaks', () => {
    fc.assert(
      fc.property(typedPair, mode, ([a, b], options) => {
        const sameBreaks =
          splitSyllables(a, options)
            .map((s) => s.length)
            .join() ===
          splitSyllables(b, options)
            .map((s) => s.length)
            .join();
        fc.pre(sameBreaks);
        expect(isAnswerCorrect(a, b, options)).toBe(
          normalizeAnswer(a, options) === normalizeAnswer(b, options),
        );
      }),
    );
  });

  it('keeps every syllable key free of spaces', () => {
    fc.assert(
      fc.property(text, mode, (t, options) => {
        for (const s of splitSyllables(t, options)) expect(syllableKey(s)).not.toMatch(/\s/u);
      }),
    );
  });
});

describe('properties of the matcher', () => {
  it('matches an answer with itself in both modes', () => {
    fc.assert(
      fc.property(answer, (t) => {
        expect(isAnswerCorrect(t, t)).toBe(true);
        expect(isAnswerCorrect(t, t, STRICT)).toBe(true);
      }),
      { numRuns: 500 },
    );
  });

  it('matches an answer typed in NFD or upper case', () => {
    fc.assert(
      fc.property(answer, mode, (t, options) => {
        expect(isAnswerCorrect(t.normalize('NFD'), t, options)).toBe(true);
        expect(isAnswerCorrect(t.toUpperCase(), t, options)).toBe(true);
      }),
    );
  });

  it('matches an answer typed without its spaces', () => {
    // Loose marks stay out: deleting the space before one would put it on a letter.
    const spaced = fc.string({
      unit: fc.constantFrom(...VI_LETTERS, ' ', '\u00a0', ...Array.from('.,!?')),
      minLength: 1,
      maxLength: 30,
    });
    fc.assert(
      fc.property(spaced, mode, (t, options) => {
        fc.pre(/\p{L}/u.test(t));
        expect(isAnswerCorrect(t.replace(/\s/gu, ''), t, options)).toBe(true);
      }),
    );
  });

  it('never matches an answer with a letter added', () => {
    fc.assert(
      fc.property(answer, fc.constantFrom(...VI_LETTERS), mode, (t, letter, options) => {
        expect(isAnswerCorrect(`${t} ${letter}`, t, options)).toBe(false);
      }),
    );
  });

  it('lets every strict match through in lenient mode', () => {
    fc.assert(
      fc.property(typedPair, ([a, b]) => {
        fc.pre(isAnswerCorrect(a, b, STRICT));
        expect(isAnswerCorrect(a, b)).toBe(true);
      }),
    );
  });
});
