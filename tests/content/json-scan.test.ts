import { readFileSync, readdirSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { hasLongNumberRun, scanJson, scanJsonByCharacter } from '../../src/content/json-scan';
import { PACK_LIMITS } from '../../src/content/limits';

/**
 * `scanJson` lets JSON.parse read the text first and falls back on the character reader; both
 * must always give the same answer: the same value, or the same problems at the same places.
 */

const FIXTURES = new URL('./fixtures/', import.meta.url);

function fixtureTexts(): [string, string][] {
  return ['valid', 'invalid'].flatMap((folder) =>
    readdirSync(new URL(`${folder}/`, FIXTURES))
      .filter((name) => name.endsWith('.json') && !name.endsWith('.expected.json'))
      .map((name): [string, string] => [
        `${folder}/${name}`,
        readFileSync(new URL(`${folder}/${name}`, FIXTURES), 'utf8'),
      ]),
  );
}

function expectSameAnswer(text: string): void {
  expect(scanJson(text)).toEqual(scanJsonByCharacter(text));
}

const nested = (depth: number): string => `${'['.repeat(depth)}1${']'.repeat(depth)}`;
const nestedObjects = (depth: number): string => `${'{"a":'.repeat(depth)}1${'}'.repeat(depth)}`;

describe('the quick way and the character reader agree', () => {
  it.each(fixtureTexts())('on the fixture %s', (_name, text) => {
    expectSameAnswer(text);
  });

  it.each([
    ['the deepest nesting allowed', nested(PACK_LIMITS.maxDepth)],
    ['one level too deep', nested(PACK_LIMITS.maxDepth + 1)],
    ['objects one level too deep', nestedObjects(PACK_LIMITS.maxDepth + 1)],
    ['objects as deep as allowed', nestedObjects(PACK_LIMITS.maxDepth)],
    ['a huge nesting', nested(200_000)],
    ['__proto__', '{"a":{"__proto__":{"polluted":true}}}'],
    ['an escaped __proto__', '{"\\u005f_proto__":1}'],
    ['constructor in an array', '[{"constructor":1},{"prototype":2}]'],
    ['the word as a value', '{"a":"constructor"}'],
    ['a number of 40 characters', `[${'1'.repeat(40)}]`],
    ['a number of 41 characters', `[${'1'.repeat(41)}]`],
    ['a long fraction', `{"a":0.${'5'.repeat(45)}}`],
    ['41 digits in a string', `{"a":"${'1'.repeat(41)}"}`],
    ['a byte-order mark', '\ufeff{"a":1}'],
    ['a byte-order mark alone', '\ufeff'],
    ['empty', ''],
    ['spaces', ' \n\t '],
    ['a trailing comma', '[1,2,]'],
    ['a missing comma', '{"a":1 "b":2}'],
    ['a control character in a string', '{"a":"x\u0001y"}'],
    ['a bad escape', '{"a":"\\x"}'],
    ['a lone surrogate escape', '["\\ud800"]'],
    ['a leading zero', '[01]'],
    ['extra content', '{} {}'],
    ['a top-level string', '"gói"'],
    ['NaN', '[NaN]'],
    ['a single quote', "{'a':1}"],
  ])('on %s', (_label, text) => {
    expectSameAnswer(text);
  });

  it('on random JSON, and on random JSON with a character changed', () => {
    const json = fc.json({ maxDepth: 6 });
    fc.assert(
      fc.property(json, fc.nat(), fc.string({ maxLength: 2 }), (text, at, insert) => {
        expectSameAnswer(text);
        const i = text.length === 0 ? 0 : at % text.length;
        expectSameAnswer(text.slice(0, i) + insert + text.slice(i + 1));
      }),
      { numRuns: 500 },
    );
  }, 60_000);

  it('on random texts made of JSON characters', () => {
    const piece = fc.constantFrom(
      '{',
      '}',
      '[',
      ']',
      ',',
      ':',
      '"',
      '"a"',
      '"__proto__"',
      '1',
      '-',
      'e',
      '.',
      '0',
      ' ',
      'true',
      'null',
      '\\',
      '\n',
      '"x":',
      '[[[[',
      ']]]]',
    );
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 30 }), (pieces) => {
        expectSameAnswer(pieces.join(''));
      }),
      { numRuns: 2000 },
    );
  }, 60_000);
});

describe('looking for a number longer than the character reader takes', () => {
  /** The plain definition: a run of 41 of the characters a number is made of. */
  const LONG_RUN = /[-+.\deE]{41}/;

  it.each([
    ['40 digits', '1'.repeat(40), false],
    ['41 digits', '1'.repeat(41), true],
    ['41 at the very start', `${'9'.repeat(41)}]`, true],
    ['41 at the very end', `[${'e'.repeat(41)}`, true],
    ['40 then a break then 40', `${'1'.repeat(40)} ${'1'.repeat(40)}`, false],
    ['a long fraction inside a pack', `{"a":0.${'5'.repeat(45)}}`, true],
  ])('%s', (_label, text, found) => {
    expect(hasLongNumberRun(text)).toBe(found);
    expect(LONG_RUN.test(text)).toBe(found);
  });

  it('finds a run of 41 wherever it starts, and never one of 40', () => {
    for (let offset = 0; offset < 130; offset++) {
      for (const length of [40, 41, 42]) {
        const text = `${'x'.repeat(offset)}${'5'.repeat(length)}${'x'.repeat(offset % 7)}`;
        expect(hasLongNumberRun(text), `${length} from ${offset}`).toBe(length > 40);
      }
    }
  });

  it('agrees with the plain definition on any text', () => {
    const piece = fc.oneof(
      fc.constantFrom('1', '-', '+', '.', 'e', 'E', '0', 'x', ' ', '"', 'ệ', '😀'),
      fc.nat({ max: 90 }).map((n) => '7'.repeat(n)),
    );
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 40 }), (pieces) => {
        const text = pieces.join('');
        expect(hasLongNumberRun(text)).toBe(LONG_RUN.test(text));
      }),
      { numRuns: 3000 },
    );
  });
});

/** The faster of two runs, in milliseconds: what the work takes, not what a busy machine lent it. */
function bestTime(work: () => void): number {
  return Math.min(
    ...[0, 1].map(() => {
      const started = performance.now();
      work();
      return performance.now() - started;
    }),
  );
}

describe('deep JSON is refused before JSON.parse builds it', () => {
  it.each([
    ['a million nested arrays (2 MB)', `${'['.repeat(1e6)}${']'.repeat(1e6)}`],
    ['half a million nested objects', `${'{"a":'.repeat(4e5)}1${'}'.repeat(4e5)}`],
  ])('%s: refused at the first level too deep, quickly', (_what, text) => {
    let result = scanJson(text);
    expect(bestTime(() => (result = scanJson(text)))).toBeLessThan(400);
    expect(!result.ok && result.problems.map((p) => [p.code, p.line, p.column])).toEqual([
      ['json-too-deep', 1, text.startsWith('[') ? PACK_LIMITS.maxDepth + 1 : 161],
    ]);
  });

  it('counts only brackets outside strings', () => {
    const value = { a: '['.repeat(100), b: '\\"[[[[' };
    expect(scanJson(JSON.stringify(value))).toEqual({ ok: true, value });
  });
});
