import defaultPackText from '../../assets/packs/default/pack.json?raw';
import type { PackFile } from '../content/pack-types';

/**
 * Files the build ships with the game: the emoji glyphs rebuses draw from and the default
 * pack's pictures. `import.meta.glob` lets the build fingerprint them (and inline them in the
 * single-file build), so nothing here needs the network at run time.
 */
const glyphUrls = import.meta.glob<string>('/assets/emoji/svg/*.svg', {
  eager: true,
  query: '?url',
  import: 'default',
});

const defaultPackUrls = import.meta.glob<string>('/assets/packs/default/**/*.svg', {
  eager: true,
  query: '?url',
  import: 'default',
});

/** Glyph code (file name without .svg) → URL. */
export const GLYPH_URLS: ReadonlyMap<string, string> = new Map(
  Object.entries(glyphUrls).map(([path, url]) => [path.slice(path.lastIndexOf('/') + 1, -4), url]),
);

export const GLYPH_CODES: ReadonlySet<string> = new Set(GLYPH_URLS.keys());

export const DEFAULT_PACK_TEXT: string = defaultPackText;

/** The default pack's files, by their path inside the pack. */
export const DEFAULT_PACK_FILES: ReadonlyMap<string, PackFile> = new Map(
  Object.entries(defaultPackUrls).map(([path, url]) => [
    path.replace('/assets/packs/default/', ''),
    { kind: 'url', url, mime: 'image/svg+xml' },
  ]),
);
