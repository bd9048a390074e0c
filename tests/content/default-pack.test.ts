import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Pack } from '../../src/content/pack-types';
import type { PackProblem } from '../../src/content/problems';
import type { PackText } from '../../src/core/types';
import { diskEnv, loadPackFile, REPO_ROOT } from '../../scripts/lib/pack-disk';

/**
 * The packs that ship with the game load through the disk loader (as `npm run pack:check`
 * reads them) and keep the content rules a machine can check (docs: /work/shared/CONTENT.md).
 */

const env = diskEnv();
const DEFAULT_PATH = resolve(REPO_ROOT, 'assets/packs/default/pack.json');
const EXAMPLE_PATH = resolve(REPO_ROOT, 'assets/packs/example/pack.json');

/** Slurs and wrong framings the content rules forbid, matched as whole words. */
const BANNED = [
  'gái điếm',
  'điếm',
  'cave',
  'gái bao',
  'gái gọi',
  'đĩ',
  'child prostitut\\w*',
  'prostitutes?',
  'whores?',
  'hookers?',
];
const BANNED_PATTERNS = BANNED.map(
  (word) => new RegExp(`(?<![\\p{L}\\p{M}])${word}(?![\\p{L}\\p{M}])`, 'iu'),
);

function stringsIn(value: unknown, out: string[] = []): string[] {
  if (typeof value === 'string') out.push(value.normalize('NFC'));
  else if (Array.isArray(value)) value.forEach((v) => stringsIn(v, out));
  else if (typeof value === 'object' && value !== null)
    Object.values(value).forEach((v) => stringsIn(v, out));
  return out;
}

function textsOf(text: PackText): string[] {
  return typeof text === 'string' ? [text] : [text.vi ?? '', text.en ?? ''].filter((t) => t !== '');
}

function loaded(result: Awaited<ReturnType<typeof loadPackFile>>): {
  pack: Pack;
  warnings: readonly PackProblem[];
} {
  if (!result.ok) throw new Error(result.problems.map((p) => `${p.place}: ${p.en}`).join('\n'));
  return result;
}

describe('the default pack', () => {
  let pack: Pack;
  let warnings: readonly PackProblem[];
  beforeAll(async () => {
    ({ pack, warnings } = loaded(await loadPackFile(DEFAULT_PATH, env)));
  });

  it('loads with no errors and no warnings', () => {
    expect(warnings.map((w) => `${w.code} ${w.place}`)).toEqual([]);
  });

  it('has at least 30 questions covering all five difficulties, and a key picture', () => {
    const questions = pack.quiz?.questions ?? [];
    expect(questions.length).toBeGreaterThanOrEqual(30);
    expect(new Set(questions.map((q) => q.difficulty))).toEqual(new Set([1, 2, 3, 4, 5]));
    expect(pack.keyPicture).not.toBeNull();
  });

  it('has at least 40 questions, at least 30 of them puzzles joining two or more pictures', () => {
    const raw = JSON.parse(readFileSync(DEFAULT_PATH, 'utf8')) as {
      quiz: { questions: { id: string; picture: { rebus?: string | string[]; file?: string } }[] };
    };
    const questions = raw.quiz.questions;
    expect(questions.length).toBeGreaterThanOrEqual(40);
    // A rebus joins its pictures with "+" or "="; the pack's own drawings are all built so.
    const joined = questions.filter(({ picture }) =>
      picture.file !== undefined
        ? picture.file.startsWith('pictures/')
        : [picture.rebus ?? ''].flat().some((row) => /[+=]/.test(row)),
    );
    expect(joined.length).toBeGreaterThanOrEqual(30);
  });

  it('gives, in English, the meaning of every Vietnamese answer on its card', () => {
    const cards = [
      ...(pack.quiz?.questions ?? []).map((q) => ({ id: q.id, answer: q.answer })),
      { id: 'key picture', answer: pack.keyPicture?.answer ?? '' },
    ];
    const raw = JSON.parse(readFileSync(DEFAULT_PATH, 'utf8')) as {
      quiz: { questions: { id: string; explanation: { en: string } }[] };
      keyPicture: { explanation: { en: string } };
    };
    const english = new Map(raw.quiz.questions.map((q) => [q.id, q.explanation.en]));
    english.set('key picture', raw.keyPicture.explanation.en);
    for (const { id, answer } of cards) {
      const opening = `\u201c${answer.charAt(0).toUpperCase()}${answer.slice(1)}\u201d means `;
      expect(english.get(id)?.startsWith(opening), `${id}: ${opening}`).toBe(true);
    }
  });

  it('has a skit of at least 25 nodes, 2 variables and 3 endings of different kinds', () => {
    const skit = pack.skit;
    expect(skit).not.toBeNull();
    if (!skit) return;
    expect(skit.nodes.length).toBeGreaterThanOrEqual(25);
    expect(Object.keys(skit.variables).length).toBeGreaterThanOrEqual(2);
    expect(skit.endings.length).toBeGreaterThanOrEqual(3);
    expect(new Set(skit.endings.map((e) => e.kind))).toEqual(
      new Set(['safe', 'at-risk', 'harmed']),
    );
  });

  it('closes every ending with a debrief and help that includes 111', () => {
    for (const ending of pack.skit?.endings ?? []) {
      expect(ending.debrief.length, ending.id).toBeGreaterThan(0);
      expect(ending.help.length, ending.id).toBeGreaterThan(0);
      expect(
        ending.help.some((h) => h.phone?.replace(/\D/g, '') === '111'),
        `${ending.id} lists 111`,
      ).toBe(true);
      for (const text of ending.debrief.flatMap(textsOf)) expect(text.trim()).not.toBe('');
    }
  });

  it('draws its rebuses with glyphs that show on the dark picture panel', () => {
    // Relative luminance (WCAG) of a #rgb or #rrggbb fill.
    const luminance = (hex: string): number => {
      const h = hex.length === 4 ? hex.slice(1).replace(/./g, '$&$&') : hex.slice(1);
      const [r, g, b] = [0, 2, 4].map((i) => {
        const c = parseInt(h.slice(i, i + 2), 16) / 255;
        return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
      });
      return 0.2126 * (r ?? 0) + 0.7152 * (g ?? 0) + 0.0722 * (b ?? 0);
    };
    const codes = new Set<string>();
    for (const q of pack.quiz?.questions ?? []) {
      if (q.picture.kind !== 'rebus') continue;
      for (const t of q.picture.rows.flat()) if (t.kind === 'glyph') codes.add(t.code);
    }
    expect(codes.size).toBeGreaterThan(20);
    for (const code of codes) {
      const svg = readFileSync(resolve(REPO_ROOT, `assets/emoji/svg/${code}.svg`), 'utf8');
      const fills = [...svg.matchAll(/fill="(#[0-9a-f]{3}|#[0-9a-f]{6})"/gi)].map(
        (m) => m[1] ?? '',
      );
      // At least one part as light as a mid grey: an all-dark glyph (➗ is #31373D) vanishes.
      expect(Math.max(0, ...fills.map(luminance)), code).toBeGreaterThan(0.1);
    }
  });

  it('shows a line sent by message or phone on a phone, not the sender in the room', () => {
    const skit = pack.skit;
    if (!skit) throw new Error('no skit');
    // Who speaks through a phone says so in their name tag, and their portraits are phones.
    const remote = new Set(
      skit.characters
        .filter((c) => /\((tin nhắn|điện thoại)\)/.test(textsOf(c.name)[0] ?? ''))
        .map((c) => c.id),
    );
    const fromAfar = /^\((Nhắn|Gọi|Qua điện thoại)/;
    const lines = skit.nodes.filter((n) => n.type === 'line');
    const sent = lines.filter((n) => fromAfar.test(textsOf(n.text)[0] ?? ''));
    expect(sent.length).toBeGreaterThan(0);
    for (const line of sent) expect(remote.has(line.character), line.id).toBe(true);
  });
});

describe.each([
  ['default', DEFAULT_PATH],
  ['example', EXAMPLE_PATH],
])('the %s pack keeps the content rules', (_name, path) => {
  const text = readFileSync(path, 'utf8');
  const strings = stringsIn(JSON.parse(text));

  it('passes the loader', async () => {
    const result = await loadPackFile(path, env);
    expect(result.ok ? [] : result.problems.filter((p) => p.severity === 'error')).toEqual([]);
  });

  it('uses none of the banned words', () => {
    for (const pattern of BANNED_PATTERNS) {
      expect(
        strings.filter((s) => pattern.test(s)),
        String(pattern),
      ).toEqual([]);
    }
  });

  it('never prints the retired number 18001567, however it is spaced', () => {
    expect(text.replace(/[\s.-]/g, '')).not.toContain('18001567');
  });
});

describe('the banned-word check itself', () => {
  const banned = (s: string): boolean => BANNED_PATTERNS.some((p) => p.test(s.normalize('NFC')));
  it('finds slurs as words, in any case', () => {
    expect(banned('Họ gọi cô là gái điếm')).toBe(true);
    expect(banned('CAVE')).toBe(true);
    expect(banned('a child prostitute')).toBe(true);
  });
  it('leaves ordinary words alone', () => {
    expect(banned('điểm số')).toBe(false);
    expect(banned('đĩa nhạc')).toBe(false);
    expect(banned('a caveat')).toBe(false);
    expect(banned('preventing prostitution')).toBe(false);
    expect(banned('người bán dâm')).toBe(false);
  });
});
