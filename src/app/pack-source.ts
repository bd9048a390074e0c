import { packError } from '../content/problems';
import type { PackResult } from '../content/validate';

/** Where packs come from in the browser: built in, the same origin (?pack=), or a file. */

export { loadDefaultPack } from './default-pack';

/**
 * The validator, zip reader and glyph list are a chunk of their own, fetched when a pack other
 * than the built-in one is opened: the first screen does without them.
 */
async function loaders() {
  const [load, assets] = await Promise.all([import('../content/load'), import('./bundled-assets')]);
  return { ...load, env: { glyphCodes: assets.GLYPH_CODES } };
}

function sameOrigin(url: URL): boolean {
  return (
    url.origin === window.location.origin && (url.protocol === 'http:' || url.protocol === 'https:')
  );
}

async function fetchBytes(url: URL): Promise<Uint8Array | null> {
  try {
    const res = await fetch(url, { credentials: 'same-origin' });
    return res.ok ? new Uint8Array(await res.arrayBuffer()) : null;
  } catch {
    return null;
  }
}

/** Loads `?pack=<url>`: only from the game's own origin, never from another host. */
export async function loadPackFromUrl(raw: string): Promise<PackResult> {
  let url: URL;
  try {
    url = new URL(raw, window.location.href);
  } catch {
    url = new URL('invalid:');
  }
  if (!sameOrigin(url)) {
    return {
      ok: false,
      problems: [
        packError(
          'pack-url-other-host',
          '',
          'Chỉ mở được gói nằm cùng địa chỉ với trò chơi. Hãy tải tệp về máy rồi dùng "Mở gói".',
          'Only packs on the game’s own address can be opened. Download the file, then use “Open a pack”.',
        ),
      ],
    };
  }
  const bytes = await fetchBytes(url);
  if (bytes === null) {
    return {
      ok: false,
      problems: [
        packError(
          'pack-url-unreachable',
          '',
          `Không tải được gói: ${url.pathname}`,
          `Could not load the pack: ${url.pathname}`,
        ),
      ],
    };
  }
  const { isZip, loadJsonPack, loadZipPack, env } = await loaders();
  if (isZip(bytes)) return loadZipPack(bytes, env);
  return loadJsonPack(bytes, (path) => fetchBytes(new URL(path, url)), env);
}

/** Loads a pack the facilitator picked or dropped: a .zip, or a .json without separate files. */
export async function loadPackFromFile(file: File): Promise<PackResult> {
  const bytes = new Uint8Array(await file.arrayBuffer());
  const { isZip, loadJsonPack, loadZipPack, env } = await loaders();
  if (isZip(bytes)) return loadZipPack(bytes, env);
  return loadJsonPack(bytes, () => Promise.resolve(null), env);
}
