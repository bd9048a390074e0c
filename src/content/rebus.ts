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

/** Rebus words repeat (the same few glyphs across a pack): each is split once. */
const graphemeCache = new Map<string, readonly string[]>();
const GRAPHEME_CACHE_SIZE = 4096;

function graphemes(text: string): readonly string[] {
  const known = graphemeCache.get(text);
  if (known) return known;
  const parts = Array.from(segmenter.segment(text), (s) => s.segment);
  if (graphemeCache.size >= GRAPHEME_CACHE_SIZE) graphemeCache.clear();
  graphemeCache.set(text, parts);
  return parts;
}

export type RebusParse =
  | { readonly ok: true; readonly rows: readonly (readonly RebusToken[])[] }
  | { readonly ok: false; readonly reason: RebusFault };

export type RebusFault =
  | { readonly code: 'rebus-unknown-glyph'; readonly emoji: string; readonly row: number }
  | { readonly code: 'rebus-text-too-long'; readonly text: string; readonly row: number }
  | { readonly code: 'rebus-too-many-tokens'; readonly row: number }
  | { readonly code: 'rebus-empty-row'; readonly row: number };

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
    for (const word of row.split(/\s+/u).filter((w) => w !== '')) {
      if ((REBUS_SIGNS as readonly string[]).includes(word)) {
        tokens.push({ kind: 'sign', sign: word });
        continue;
      }
      const parts = graphemes(word);
      if (parts.every((g) => EMOJI_LIKE.test(g))) {
        for (const emoji of parts) {
          const code = emojiCode(emoji);
          if (!glyphCodes.has(code))
            return { ok: false, reason: { code: 'rebus-unknown-glyph', emoji, row: r } };
          tokens.push({ kind: 'glyph', emoji, code });
        }
        continue;
      }
      if (parts.length > PACK_LIMITS.maxRebusTextLength) {
        return { ok: false, reason: { code: 'rebus-text-too-long', text: word, row: r } };
      }
      tokens.push({ kind: 'text', text: word });
    }
    if (tokens.length === 0) return { ok: false, reason: { code: 'rebus-empty-row', row: r } };
    if (tokens.length > PACK_LIMITS.maxRebusTokensPerRow) {
      return { ok: false, reason: { code: 'rebus-too-many-tokens', row: r } };
    }
    out.push(tokens);
  }
  return { ok: true, rows: out };
}
