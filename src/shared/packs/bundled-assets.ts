/**
 * The emoji glyphs rebuses draw from, as the build ships them. `import.meta.glob` lets the build
 * fingerprint them (and inline them in the single-file build), so nothing here needs the
 * network at run time. The quiz and the pack loaders import this; the first screen does not.
 */
const glyphUrls = import.meta.glob<string>('/assets/emoji/svg/*.svg', {
  eager: true,
  query: '?url',
  import: 'default',
});

/** Glyph code (file name without .svg) → URL. */
export const GLYPH_URLS: ReadonlyMap<string, string> = new Map(
  Object.entries(glyphUrls).map(([path, url]) => [path.slice(path.lastIndexOf('/') + 1, -4), url]),
);

export const GLYPH_CODES: ReadonlySet<string> = new Set(GLYPH_URLS.keys());
