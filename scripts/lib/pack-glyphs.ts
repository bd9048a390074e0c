import { emojiCode } from '../../src/content/rebus';

const EMOJI = /\p{Extended_Pictographic}|\p{Regional_Indicator}|\u20e3/u;

/**
 * The glyph codes (bundled emoji file names) that a pack's rebuses draw, found by walking the
 * pack JSON for `rebus` fields. Used by the build to precache only the glyphs the default pack
 * shows; a pack loaded later fetches (and the service worker then keeps) its own.
 */
export function packGlyphCodes(packJson: string): Set<string> {
  const codes = new Set<string>();
  const segmenter = new Intl.Segmenter('vi', { granularity: 'grapheme' });
  const visit = (value: unknown): void => {
    if (Array.isArray(value)) {
      for (const item of value) visit(item);
      return;
    }
    if (typeof value !== 'object' || value === null) return;
    for (const [key, item] of Object.entries(value)) {
      if (key === 'rebus') {
        const rows: unknown[] = Array.isArray(item) ? item : [item];
        for (const row of rows) {
          if (typeof row !== 'string') continue;
          for (const { segment } of segmenter.segment(row)) {
            if (EMOJI.test(segment)) codes.add(emojiCode(segment));
          }
        }
      } else {
        visit(item);
      }
    }
  };
  visit(JSON.parse(packJson));
  return codes;
}
