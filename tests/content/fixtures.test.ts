import { readdirSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { PACK_LIMITS } from '../../src/content/limits';
import type { PackProblem } from '../../src/content/problems';
import { validatePackText } from '../../src/content/validate';
import { diskEnv, loadPackFile } from '../../scripts/lib/pack-disk';

/**
 * Every pack in fixtures/valid and fixtures/invalid goes through the real loader, reading its
 * pictures from disk as `npm run pack:check` does. `<name>.expected.json` beside a pack lists
 * the problems it must give: for an invalid pack the exact set of errors, for a valid pack the
 * exact set of warnings (none when there is no such file).
 */

const FIXTURES = resolve(import.meta.dirname, 'fixtures');
const env = diskEnv();

interface Expected {
  readonly code: string;
  readonly place: string;
  readonly line?: number;
  readonly column?: number;
  /** Words the Vietnamese and English messages must contain, where the wording is the point. */
  readonly vi?: string;
  readonly en?: string;
}

function packsIn(folder: string): string[] {
  return readdirSync(resolve(FIXTURES, folder))
    .filter((name) => name.endsWith('.json') && !name.endsWith('.expected.json'))
    .map((name) => name.slice(0, -'.json'.length))
    .sort();
}

function expectedFor(folder: string, name: string): Expected[] {
  try {
    return JSON.parse(
      readFileSync(resolve(FIXTURES, folder, `${name}.expected.json`), 'utf8'),
    ) as Expected[];
  } catch {
    return [];
  }
}

function asExpected(problem: PackProblem, withPosition: boolean): Expected {
  const { code, place, line, column } = problem;
  return withPosition ? { code, place, line, column } : { code, place };
}

function sorted(list: Expected[]): Expected[] {
  return [...list].sort((a, b) => `${a.code} ${a.place}`.localeCompare(`${b.code} ${b.place}`));
}

function expectWellWorded(problems: readonly PackProblem[]): void {
  for (const p of problems) {
    expect(p.vi.trim(), p.code).not.toBe('');
    expect(p.en.trim(), p.code).not.toBe('');
    expect(typeof p.place).toBe('string');
  }
}

describe('valid fixtures load, with exactly the warnings expected', () => {
  const names = packsIn('valid');
  it('cover quiz only, skit only, both, a rebus grid, plain-string texts and warnings', () => {
    expect(names).toEqual([
      'both',
      'plain-strings',
      'quiz-only',
      'rebus-grid',
      'skit-only',
      'with-warnings',
    ]);
  });

  it.each(names)('%s', async (name) => {
    const result = await loadPackFile(resolve(FIXTURES, 'valid', `${name}.json`), env);
    if (!result.ok) expect(result.problems).toEqual([]);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(sorted(result.warnings.map((w) => asExpected(w, false)))).toEqual(
      sorted(expectedFor('valid', name)),
    );
    expect(result.warnings.every((w) => w.severity === 'warning')).toBe(true);
    expectWellWorded(result.warnings);
    expect(Object.isFrozen(result.pack)).toBe(true);
  });
});

describe('invalid fixtures give exactly the errors expected', () => {
  const names = packsIn('invalid');
  it('has an expected list beside every pack', () => {
    expect(names.length).toBeGreaterThanOrEqual(27);
    for (const name of names) expect(expectedFor('invalid', name), name).not.toEqual([]);
  });

  it.each(names)('%s', async (name) => {
    const expected = expectedFor('invalid', name);
    const withPosition = expected.some((e) => e.line !== undefined);
    const started = performance.now();
    const result = await loadPackFile(resolve(FIXTURES, 'invalid', `${name}.json`), env);
    // A hostile pack is refused within a second, as a phone would need it to be.
    expect(performance.now() - started).toBeLessThan(1000);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    const errors = result.problems.filter((p) => p.severity === 'error');
    const codesAndPlaces = expected.map(({ code, place, line, column }) =>
      withPosition ? { code, place, line, column } : { code, place },
    );
    expect(sorted(errors.map((p) => asExpected(p, withPosition)))).toEqual(sorted(codesAndPlaces));
    for (const want of expected) {
      const found = errors.find((p) => p.code === want.code && p.place === want.place);
      if (want.vi !== undefined) expect(found?.vi).toContain(want.vi);
      if (want.en !== undefined) expect(found?.en).toContain(want.en);
    }
    expectWellWorded(result.problems);
  });

  it('names the line and column of a syntax error in the message too', async () => {
    const result = await loadPackFile(resolve(FIXTURES, 'invalid', 'json-syntax.json'), env);
    expect(!result.ok && result.problems[0]?.vi).toContain('dòng 7, cột 3');
    expect(!result.ok && result.problems[0]?.en).toContain('line 7, column 3');
  });
});

describe('packs too large to read', () => {
  it('refuses raw JSON over 2 MiB before parsing it', () => {
    const valid = readFileSync(resolve(FIXTURES, 'valid', 'quiz-only.json'), 'utf8');
    const padding = ' '.repeat(PACK_LIMITS.maxJsonBytes);
    const result = validatePackText(`${valid}${padding}`, new Map(), env);
    expect(!result.ok && result.problems.map((p) => asExpected(p, false))).toEqual([
      { code: 'json-too-large', place: '' },
    ]);
  });

  it('counts bytes, not characters', () => {
    const valid = readFileSync(resolve(FIXTURES, 'valid', 'quiz-only.json'), 'utf8');
    const marks = 'ữ'.repeat(Math.ceil(PACK_LIMITS.maxJsonBytes / 3));
    const text = valid.replace('"Câu đố"', `"${marks}"`);
    expect(text.length).toBeLessThan(PACK_LIMITS.maxJsonBytes);
    const result = validatePackText(text, new Map(), env);
    expect(!result.ok && result.problems.map((p) => p.code)).toEqual(['json-too-large']);
  });
});

describe('a "__proto__" key', () => {
  it('is refused and leaves Object.prototype clean', async () => {
    const before = Object.getOwnPropertyNames(Object.prototype).sort();
    const result = await loadPackFile(resolve(FIXTURES, 'invalid', 'proto-key.json'), env);
    expect(result.ok).toBe(false);
    expect(Object.getOwnPropertyNames(Object.prototype).sort()).toEqual(before);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });
});
