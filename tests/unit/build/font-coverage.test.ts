import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

/**
 * The page's fonts are cut to the characters Vietnamese and English text use
 * (scripts/make-fonts.mjs). A character outside every face's `unicode-range` is drawn in the
 * phone's own font, a different shape in the middle of a word: none of the game's own words
 * (both languages) or the built-in pack's may need one.
 */
const page = readFileSync('index.html', 'utf8');

function ranges(): [number, number][] {
  const found: [number, number][] = [];
  for (const [, list] of page.matchAll(/unicode-range:([^;]+);/g)) {
    for (const part of (list ?? '').split(',')) {
      const [from, to] = part.trim().replace('U+', '').split('-');
      const a = Number.parseInt(from ?? '', 16);
      found.push([a, to === undefined ? a : Number.parseInt(to, 16)]);
    }
  }
  return found;
}

/**
 * Signs the game draws in the phone's own font on purpose: Be Vietnam Pro has none of them
 * (nor had its whole Latin file).
 */
const SYSTEM_SIGNS = new Set(['\u2011', '↶', '▸', '✓', '✗', '❚']);

const RANGES = ranges();
const covered = (code: number): boolean => RANGES.some(([a, b]) => code >= a && code <= b);

function uncovered(text: string): string[] {
  const missing = new Set<string>();
  for (const ch of text.normalize('NFC')) {
    const code = ch.codePointAt(0) ?? 0;
    // Line breaks and emoji (drawn as pictures or by the system's emoji font) are not text.
    if (code < 0x20 || /\p{Extended_Pictographic}|\p{Regional_Indicator}/u.test(ch)) continue;
    if (SYSTEM_SIGNS.has(ch)) continue;
    if (code === 0xfe0f || code === 0x200d || code === 0x20e3) continue;
    if (!covered(code)) missing.add(`${ch} U+${code.toString(16).toUpperCase()}`);
  }
  return [...missing];
}

describe('the fonts cover the game’s words', () => {
  it('has four faces: regular and bold, Latin and Vietnamese', () => {
    expect(page.match(/@font-face/g)).toHaveLength(4);
    expect(covered('Đ'.codePointAt(0) ?? 0)).toBe(true);
    expect(covered('ẫ'.codePointAt(0) ?? 0)).toBe(true);
    expect(covered('ñ'.codePointAt(0) ?? 0)).toBe(false);
  });

  for (const lang of readdirSync('locales')) {
    for (const file of readdirSync(join('locales', lang))) {
      it(`covers locales/${lang}/${file}`, () => {
        expect(uncovered(readFileSync(join('locales', lang, file), 'utf8'))).toEqual([]);
      });
    }
  }

  it('covers every word of the built-in pack', () => {
    const pack = readFileSync('assets/packs/default/pack.json', 'utf8');
    expect(uncovered(pack)).toEqual([]);
  });
});
