import { PACK_LIMITS } from './limits';

/**
 * A rebus composition: rows of glyphs from the bundled emoji set, signs and short texts,
 * written by facilitators as `"🫏 + 🏝️"` (tokens separated by spaces).
 */
export type RebusToken =
  | { readonly kind: 'glyph'; readonly emoji: string; readonly code: string }
  | { readonly kind: 'sign'; readonly sign: string }
  | { readonly kind: 'text'; readonly text: string };

export const REBUS_SIGNS = ['+', '-', '=', '?', '→', '×'] as const;

const ZWJ = 0x200d;
const VS16 = 0xfe0f;
const EMOJI_LIKE = /\p{Extended_Pictographic}|\p{Regional_Indicator}|\u20e3/u;

/**
 * The bundled file name of an emoji, by the emoji set's rule: code points in lower-case hex
 * joined by "-", dropping U+FE0F unless the sequence holds a zero-width joiner.
 */
export function emojiCode(emoji: string): string {
  // Code points, not graphemes: the file names are made of code points.
  // eslint-disable-next-line @typescript-eslint/no-misused-spread
  const points = [...emoji].map((c) => c.codePointAt(0) ?? 0);
  const keep = points.includes(ZWJ) ? points : points.filter((p) => p !== VS16);
  return keep.map((p) => p.toString(16)).join('-');
}

const segmenter = new Intl.Segmenter('vi', { granularity: 'grapheme' });

function graphemes(text: string): readonly string[] {
  return Array.from(segmenter.segment(text), (s) => s.segment);
}

export type RebusParse =
  | { readonly ok: true; readonly rows: readonly (readonly RebusToken[])[] }
  | { readonly ok: false; readonly reason: RebusFault };

export type RebusFault =
  | { readonly code: 'rebus-unknown-glyph'; readonly emoji: string; readonly row: number }
  | { readonly code: 'rebus-text-too-long'; readonly text: string; readonly row: number }
  | { readonly code: 'rebus-too-many-tokens'; readonly row: number }
  | { readonly code: 'rebus-empty-row'; readonly row: number };

/** One word of a row: its tokens, or why it cannot be drawn. */
type WordParse =
  | { readonly ok: true; readonly tokens: readonly RebusToken[] }
  | { readonly ok: false; readonly code: 'rebus-unknown-glyph'; readonly emoji: string }
  | { readonly ok: false; readonly code: 'rebus-text-too-long' };

function parseWord(word: string, glyphCodes: ReadonlySet<string>): WordParse {
  if ((REBUS_SIGNS as readonly string[]).includes(word)) {
    return { ok: true, tokens: [{ kind: 'sign', sign: word }] };
  }
  const parts = graphemes(word);
  if (parts.every((g) => EMOJI_LIKE.test(g))) {
    const tokens: RebusToken[] = [];
    for (const emoji of parts) {
      const code = emojiCode(emoji);
      if (!glyphCodes.has(code)) return { ok: false, code: 'rebus-unknown-glyph', emoji };
      tokens.push({ kind: 'glyph', emoji, code });
    }
    return { ok: true, tokens };
  }
  if (parts.length > PACK_LIMITS.maxRebusTextLength)
    return { ok: false, code: 'rebus-text-too-long' };
  return { ok: true, tokens: [{ kind: 'text', text: word }] };
}

/**
 * Words already parsed, per glyph set: a pack uses the same few glyphs again and again. The
 * tokens are shared between the rebuses that use them, so they are frozen here.
 */
const wordCaches = new WeakMap<ReadonlySet<string>, Map<string, WordParse>>();
const WORD_CACHE_SIZE = 4096;

function cachedWord(word: string, glyphCodes: ReadonlySet<string>): WordParse {
  let cache = wordCaches.get(glyphCodes);
  if (!cache) {
    cache = new Map();
    wordCaches.set(glyphCodes, cache);
  }
  const known = cache.get(word);
  if (known) return known;
  const parsed = parseWord(word, glyphCodes);
  if (parsed.ok) parsed.tokens.forEach((t) => Object.freeze(t));
  Object.freeze(parsed.ok ? parsed.tokens : parsed);
  if (cache.size >= WORD_CACHE_SIZE) cache.clear();
  cache.set(word, parsed);
  return parsed;
}

/**
 * Parses rebus rows. A token made only of emoji is split into glyphs, each of which must be in
 * `glyphCodes` (the bundled set); a sign stays a sign; anything else is a short text.
 */
export function parseRebus(
  rows: string | readonly string[],
  glyphCodes: ReadonlySet<string>,
): RebusParse {
  const list = typeof rows === 'string' ? [rows] : rows;
  const out: RebusToken[][] = [];
  for (const [r, row] of list.entries()) {
    const tokens: RebusToken[] = [];
    for (const word of row.split(/\s+/u)) {
      if (word === '') continue;
      const parsed = cachedWord(word, glyphCodes);
      if (parsed.ok) tokens.push(...parsed.tokens);
      else if (parsed.code === 'rebus-unknown-glyph') {
        return { ok: false, reason: { code: parsed.code, emoji: parsed.emoji, row: r } };
      } else return { ok: false, reason: { code: parsed.code, text: word, row: r } };
    }
    if (tokens.length === 0) return { ok: false, reason: { code: 'rebus-empty-row', row: r } };
    if (tokens.length > PACK_LIMITS.maxRebusTokensPerRow) {
      return { ok: false, reason: { code: 'rebus-too-many-tokens', row: r } };
    }
    out.push(tokens);
  }
  return { ok: true, rows: out };
}
