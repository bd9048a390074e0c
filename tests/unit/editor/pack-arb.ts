import fc from 'fast-check';
import type { Pack } from '../../../src/content/pack-types';
import { zipSync } from 'fflate';
import { fromBase64 } from '../../../src/editor/draft';
import { looksOf, skitToJson } from '../../../src/editor/skit-json';
import { skitPartArb } from './skit-arb';

/**
 * Whole valid packs as an author may have written them by hand: every pack-level field
 * (description, language, authors, licence, sources, categories with one or both names, used or
 * not, or none declared), the quiz's defaults and each question's own points and time limit,
 * the key picture (a rebus or a file), pictures of either kind, a skit with every node kind; and
 * unusual but valid shapes: empty optional arrays, absent optionals, a text as a plain string or
 * in one or both languages, Unicode in every text (marks composed or not, emoji, other scripts).
 * What the editor's fields cannot hold is left out and documented in docs/packs.md ("A copy of
 * a pack"): text with a line break or spaces around it, an alternative answer with "|", a rebus
 * word "/" alone.
 */

type G = fc.GeneratorValue;
const int = (g: G, min: number, max: number): number => g(fc.integer, { min, max });
const pick = <T>(g: G, items: readonly T[]): T => items[int(g, 0, items.length - 1)] as T;
const chance = (g: G, p: number): boolean => int(g, 1, 100) <= p * 100;

/** Pieces of text: Vietnamese with marks (composed and not), emoji, other scripts, signs. */
const PIECES = [
  'Lừa đảo',
  'qua mạng',
  'Đường dây nóng 111',
  'ngu\u0301', // a mark not composed (NFD)
  'Ở đâu?',
  '👩‍👧',
  '📞',
  '中文',
  'Ελλάδα',
  'عربى',
  '«trích»',
  '"ngoặc"',
  '100%',
  'Ưu tiên',
  'ñandú',
  '—',
];
const ANSWERS = ['lừa đảo', 'đường dây nóng', 'cảnh giác', 'gọi 111', 'ho\u0323p đồng', 'nhà'];
const GLYPHS = ['📞', '💬', '👤', '🏠', '📄', '🤝', '👀'];
const SVG = new TextEncoder().encode(
  '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 10 10"><circle r="4" cx="5" cy="5"/></svg>',
);
const PNG = fromBase64(
  'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==',
);

const wordsOf = (g: G, pieces: readonly string[]): string =>
  Array.from({ length: int(g, 1, 3) }, () => pick(g, pieces)).join(' ');

const words = (g: G): string => wordsOf(g, PIECES);

/** Category names are told apart: no joiner (the family emoji) in them. */
const NAME_PIECES = PIECES.filter((p) => !p.includes('\u200d'));

/** A text: a plain string, or Vietnamese, English or both. */
function text(g: G, pieces = PIECES): string | { vi?: string; en?: string } {
  const words = (g: G): string => wordsOf(g, pieces);
  switch (int(g, 0, 3)) {
    case 0:
      return words(g);
    case 1:
      return { vi: words(g) };
    case 2:
      return { en: words(g) };
    default:
      return { vi: words(g), en: words(g) };
  }
}

const optional = <T>(g: G, make: () => T, p = 0.5): T | undefined =>
  chance(g, p) ? make() : undefined;

/** Leaves out the keys whose value is undefined (an absent optional). */
function defined<T extends Record<string, unknown>>(o: T): T {
  return Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined)) as T;
}

function picture(g: G, files: Map<string, Uint8Array>, name: string) {
  const alt = optional(g, () => text(g));
  if (chance(g, 0.3)) {
    const svg = chance(g, 0.5);
    const path = `pictures/${name}.${svg ? 'svg' : 'png'}`;
    files.set(path, svg ? SVG : PNG);
    return defined({ file: path, alt });
  }
  const row = (): string =>
    Array.from({ length: int(g, 1, 4) }, () =>
      pick(g, [...GLYPHS, '+', '=', '→', 'chữ', 'Ô', GLYPHS.slice(0, 2).join('')]),
    ).join(' ');
  const rows = Array.from({ length: int(g, 1, 3) }, row);
  return defined({ rebus: rows.length === 1 && chance(g, 0.5) ? rows[0] : rows, alt });
}

const alternatives = (g: G): string[] | undefined =>
  optional(g, () => Array.from({ length: int(g, 0, 2) }, () => pick(g, ANSWERS)));

function build(g: G, skit: { json: Record<string, unknown>; files: Map<string, Uint8Array> }) {
  const files = new Map<string, Uint8Array>();
  const categoryIds = ['tro-giup', 'Tìm trợ giúp', 'mang_xa_hoi', 'đi-làm-xa'];
  const declared = categoryIds.slice(0, int(g, 0, 4));
  const categories = Object.fromEntries(declared.map((id) => [id, text(g, NAME_PIECES)]));
  // A question's category: a declared one, or (mostly when none is declared) an undeclared id.
  const usable = declared.length > 0 && chance(g, 0.9) ? declared : categoryIds;
  const number = (min: number, max: number) => optional(g, () => int(g, min, max), 0.3);
  const quiz = optional(
    g,
    () =>
      defined({
        defaults: optional(g, () =>
          defined({ points: number(0, 500), timeLimitSec: number(5, 90) }),
        ),
        questions: Array.from({ length: int(g, 1, 4) }, (_, i) =>
          defined({
            id: pick(g, [`cau-${i}`, `Q_${i}`, `${i}`]),
            picture: picture(g, files, `q${i}`),
            answer: pick(g, ANSWERS),
            alternatives: alternatives(g),
            hint: optional(g, () => text(g)),
            explanation: optional(g, () => text(g)),
            difficulty: int(g, 1, 5),
            category: pick(g, usable),
            points: number(0, 10000),
            timeLimitSec: number(5, 600),
          }),
        ),
      }),
    0.85,
  );
  const keyPicture = optional(g, () =>
    defined({
      picture: picture(g, files, 'khoa'),
      answer: pick(g, ANSWERS),
      alternatives: alternatives(g),
      tiles: int(g, 4, 12),
      bonus: int(g, 0, 10000),
      explanation: optional(g, () => text(g)),
    }),
  );
  const json = defined({
    $schema: undefined,
    format: 1,
    id: pick(g, ['goi-thu', 'a', 'phuong-3-2026']),
    version: pick(g, ['1', '2.0', '10.4.1']),
    title: text(g),
    description: optional(g, () => text(g)),
    language: pick(g, ['vi', 'en', 'both']),
    authors: optional(g, () => Array.from({ length: int(g, 0, 2) }, () => words(g))),
    licence: optional(g, () => pick(g, ['', 'CC BY 4.0', 'Hội LHPN phường 3 – dùng tự do'])),
    sources: optional(g, () =>
      Array.from({ length: int(g, 0, 2) }, () =>
        defined({
          title: words(g),
          note: optional(g, () => words(g)),
          url: optional(g, () => 'https://example.org/tài-liệu?x=1'),
        }),
      ),
    ),
    categories: declared.length > 0 || chance(g, 0.5) ? categories : undefined,
    quiz,
    keyPicture,
    skit: quiz === undefined || chance(g, 0.5) ? skit.json : undefined,
  });
  if (json.skit) for (const [path, bytes] of skit.files) files.set(path, bytes);
  return { json, files };
}

const isEmpty = (v: unknown): boolean =>
  typeof v === 'object' && v !== null && Object.keys(v).length === 0;

/** Every text of a skit's JSON written again in Unicode, in one language or both. */
function retext(g: G, value: unknown, key = ''): unknown {
  const TEXTS = ['title', 'name', 'text', 'prompt', 'consequence', 'summary', 'description'];
  if (TEXTS.includes(key)) return text(g);
  if (key === 'debrief' && Array.isArray(value)) return value.map(() => text(g));
  if (Array.isArray(value)) return value.map((v) => retext(g, v));
  if (typeof value !== 'object' || value === null) return value;
  const out = Object.fromEntries(
    Object.entries(value)
      // An empty record of backgrounds or variables may as well be absent.
      .filter(
        ([k, v]) => !(['backgrounds', 'variables'].includes(k) && isEmpty(v) && chance(g, 0.5)),
      )
      .map(([k, v]) => [k, retext(g, v, k)]),
  );
  // A line, narration or option without effects may say so with an empty list.
  // A line, narration or option without effects may say so with an empty list.
  const takesEffects =
    out.type === 'line' || out.type === 'narration' || ('text' in out && 'next' in out);
  if (takesEffects && !('effects' in out) && chance(g, 0.3)) out.effects = [];
  return out;
}

/** A valid pack: its pack.json, and its pictures by path. */
export const packArb: fc.Arbitrary<{
  json: Record<string, unknown>;
  pictures: Record<string, 'svg' | 'png'>;
}> = fc.tuple(skitPartArb(false), fc.gen()).map(([part, g]) => {
  const skitFiles = new Map(Object.entries(part.files).map(([p, f]) => [p, fromBase64(f.data)]));
  const skitJson = retext(g, skitToJson(part.skit, looksOf(Object.keys(part.files))));
  const { json, files } = build(g, {
    json: skitJson as Record<string, unknown>,
    files: skitFiles,
  });
  const pictures = Object.fromEntries(
    [...files].map(
      ([path, bytes]) => [path, bytes === PNG || path.endsWith('.png') ? 'png' : 'svg'] as const,
    ),
  );
  return { json, pictures };
});

/** A pack of packArb as a .zip. */
export function packZip(pack: {
  json: Record<string, unknown>;
  pictures: Record<string, 'svg' | 'png'>;
}): Uint8Array {
  const entries: Record<string, Uint8Array> = {
    'pack.json': new TextEncoder().encode(JSON.stringify(pack.json)),
  };
  for (const [path, kind] of Object.entries(pack.pictures))
    entries[path] = kind === 'png' ? PNG : SVG;
  return zipSync(entries);
}

/**
 * A text in Vietnamese alone, { "vi": "…" }, is written back as "…", which the game shows the
 * same in both languages; an absent list of effects and an empty one are the same to the game.
 * Everything else must come back exactly.
 */
function sameToTheGame(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(sameToTheGame);
  if (typeof value !== 'object' || value === null || ArrayBuffer.isView(value)) return value;
  const keys = Object.keys(value);
  if (keys.length === 1 && keys[0] === 'vi') return (value as { vi: string }).vi;
  return Object.fromEntries(
    Object.entries(value)
      .filter(([k, v]) => !(k === 'effects' && Array.isArray(v) && v.length === 0))
      .map(([k, v]) => [k, sameToTheGame(v)]),
  );
}

/** A loaded pack but for what a copy changes on purpose: its id (and the hash that follows). */
export function content(pack: Pack) {
  const rest = Object.entries(pack).filter(([k]) => !['id', 'hash', 'files'].includes(k));
  return {
    ...(sameToTheGame(Object.fromEntries(rest)) as object),
    files: [...pack.files]
      .map(([path, f]) => `${path} ${f.mime} ${f.kind === 'bytes' ? f.bytes.join(',') : f.url}`)
      .sort(),
  };
}
