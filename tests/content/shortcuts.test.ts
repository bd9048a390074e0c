import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import fc from 'fast-check';
import * as v from 'valibot';
import { describe, expect, it } from 'vitest';
import { PACK_LIMITS } from '../../src/content/limits';
import { PictureSchema, TextSchema } from '../../src/content/schema';
import { checkJsonSize, validatePackText } from '../../src/content/validate';
import { diskEnv } from '../../scripts/lib/pack-disk';

/**
 * Validation takes a few short cuts to read a large pack quickly. Each must give exactly the
 * answer of the plain way it replaces, which these tests keep as the reference.
 */

const env = diskEnv();
const QUIZ_ONLY = readFileSync(
  resolve(import.meta.dirname, 'fixtures', 'valid', 'quiz-only.json'),
  'utf8',
);

describe('the size limit, counted only near it', () => {
  const utf8 = (text: string): number => new TextEncoder().encode(text).length;
  const max = PACK_LIMITS.maxJsonBytes;
  // Not counted: three bytes a code unit at most, so within the limit.
  const third = 'ữ'.repeat(Math.floor(max / 3));
  // Counted: eight bytes short of the limit, then what the case adds.
  const base = 'ữ'.repeat(Math.floor(max / 3) - 2);
  const short = max - utf8(base);

  it.each([
    ['a third of the limit in three-byte letters', third],
    ['up to the limit exactly', base + 'a'.repeat(short)],
    ['one byte over', base + 'a'.repeat(short + 1)],
    ['a four-byte pair just over', `${base}${'a'.repeat(short - 3)}😀`],
    ['a four-byte pair just within', `${base}${'a'.repeat(short - 4)}😀`],
    ['a lone surrogate counts three bytes', `${base}${'a'.repeat(short - 2)}\ud800`],
    ['over the limit in one-byte letters', 'a'.repeat(max + 1)],
  ])('%s', (_label, text) => {
    const problem = checkJsonSize(text);
    expect(problem?.code ?? null).toBe(utf8(text) > max ? 'json-too-large' : null);
  });
});

describe('the unions that try their likely option first', () => {
  /** The same options in a plain union: the reference. */
  const plain = [
    ['TextSchema', TextSchema, v.union(TextSchema.options)],
    ['PictureSchema', PictureSchema, v.union(PictureSchema.options)],
  ] as const;

  const values = fc.oneof(
    fc.anything(),
    fc.record(
      {
        vi: fc.oneof(fc.string({ maxLength: 3 }), fc.integer()),
        en: fc.oneof(fc.string({ maxLength: 3 }), fc.constant(null)),
        rebus: fc.oneof(fc.string({ maxLength: 3 }), fc.array(fc.string({ maxLength: 2 }))),
        file: fc.constantFrom('hinh/a.png', '../a.png', '', 'https://x.vn/a.png'),
        alt: fc.oneof(fc.string({ maxLength: 3 }), fc.record({ vi: fc.string({ maxLength: 2 }) })),
        other: fc.integer(),
      },
      { requiredKeys: [] },
    ),
  );

  it.each(plain)('%s gives the plain union’s output and issues', (_name, quick, reference) => {
    fc.assert(
      fc.property(values, (value) => {
        expect(v.safeParse(quick, value, { abortEarly: false })).toEqual(
          v.safeParse(reference, value, { abortEarly: false }),
        );
      }),
      { numRuns: 2000 },
    );
  });
});

describe('the retired number, looked for with one search', () => {
  /** The plain rule: with spaces, "." and "-" taken out, the number is in the text. */
  const holdsRetired = (text: string): boolean => text.replace(/[\s.-]/g, '').includes('18001567');

  function retiredPlaces(text: string): string[] {
    const pack = JSON.parse(QUIZ_ONLY) as { description?: string };
    pack.description = text;
    const result = validatePackText(JSON.stringify(pack), new Map(), env);
    const problems = result.ok ? result.warnings : result.problems;
    return problems.filter((p) => p.code === 'retired-number').map((p) => p.place);
  }

  it.each([
    '1800 1567',
    '1800.1567',
    '1-8-0-0-1-5-6-7',
    'gọi 1800\u00a01567 nhé',
    '1800\n1567',
    '11800 15677',
    '1800 1576',
    '1800_1567',
    '180 01567',
  ])('%s', (text) => {
    expect(retiredPlaces(text)).toEqual(holdsRetired(text) ? ['description'] : []);
  });

  it('agrees with the plain rule on any text', () => {
    const unit = fc.constantFrom(
      '1',
      '8',
      '0',
      '5',
      '6',
      '7',
      ' ',
      '.',
      '-',
      '\n',
      '\u3000',
      'a',
      '_',
    );
    fc.assert(
      fc.property(fc.string({ unit, maxLength: 24 }), (text) => {
        expect(retiredPlaces(text)).toEqual(holdsRetired(text) ? ['description'] : []);
      }),
      { numRuns: 300 },
    );
  });
});
