import type { Pack } from '../../content/pack-types';
import { packError, type PackProblem } from '../../content/problems';
import type { PackResult } from '../../content/validate';
import type { StoredPack } from '../storage/pack-store';
import type { PackLibrary } from './pack-library';
import { DEFAULT_PACK_SUMMARY, loadDefaultPack } from './default-pack';
import { summarizePack, type PackSummary } from './pack-summary';

/**
 * Where packs come from in the browser: built in, the same origin (?pack=), a file the
 * facilitator opened, or a pack kept on the device; and which of them the game starts with.
 */

export { loadDefaultPack };

/**
 * The validator, zip reader and glyph list are a chunk of their own, fetched when a pack other
 * than the built-in one is opened: the first screen does without them.
 */
async function loaders() {
  const [load, open, assets, decode] = await Promise.all([
    import('../../content/load'),
    import('../../content/open-pack'),
    import('./bundled-assets'),
    import('./picture-decode'),
  ]);
  return { ...load, ...open, ...decode, env: { glyphCodes: assets.GLYPH_CODES } };
}

/**
 * A pack the validator took, kept only if the browser can show every picture of it: else
 * refused, each broken picture named (see picture-decode.ts).
 */
async function withPicturesDecoded(
  result: PackResult,
  brokenPictures: (pack: Pack) => Promise<PackProblem[]>,
): Promise<PackResult> {
  if (!result.ok) return result;
  const broken = await brokenPictures(result.pack);
  return broken.length === 0 ? result : { ok: false, problems: broken };
}

function sameOrigin(url: URL): boolean {
  return (
    url.origin === window.location.origin && (url.protocol === 'http:' || url.protocol === 'https:')
  );
}

async function fetchBytes(url: URL): Promise<Uint8Array | null> {
  try {
    const res = await fetch(url, { credentials: 'same-origin' });
    // A server that answers a missing file with its page (a single-page fallback) has no pack.
    const page = (res.headers.get('content-type') ?? '').includes('text/html');
    return res.ok && !page ? new Uint8Array(await res.arrayBuffer()) : null;
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
          'Chỉ mở được gói nằm cùng địa chỉ với trò chơi. Hãy tải tệp về máy rồi dùng “Mở gói nội dung…”.',
          'Only packs on the game’s own address can be opened. Download the file, then use “Open a content pack…”.',
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
  // By the same rule as a file opened from the menu: a zip, a CSV sheet by its name, else JSON.
  const { openPackFile, brokenPictures, env } = await loaders();
  const result = await openPackFile(
    bytes,
    url.pathname,
    (path) => fetchBytes(new URL(path, url)),
    env,
  );
  return withPicturesDecoded(result, brokenPictures);
}

const NOTHING_BESIDE = (): Promise<null> => Promise.resolve(null);

/** Loads a pack the facilitator picked or dropped: a .zip, a .csv, or a .json on its own. */
export async function loadPackBytes(bytes: Uint8Array, fileName: string): Promise<PackResult> {
  const { openPackFile, brokenPictures, env } = await loaders();
  return withPicturesDecoded(
    await openPackFile(bytes, fileName, NOTHING_BESIDE, env),
    brokenPictures,
  );
}

/** Loads a pack kept on the device, checking it again by today's rules. */
export function loadStoredPack(stored: StoredPack): Promise<PackResult> {
  return loadPackBytes(stored.bytes, stored.fileName);
}

/** Why the default pack stands in for the kept pack the facilitator chose. */
export type StartNotice = 'chosen-pack-gone' | 'storage-unavailable' | 'picture-froze';

export interface StartPack {
  /** What the menu shows of the pack to play. */
  readonly summary: PackSummary;
  /**
   * The pack to play, at once for a pack that was asked for, after the menu shows for the
   * built-in one; null only if the built-in pack itself were broken (a bug).
   */
  readonly pack: Promise<Pack | null>;
  /** What is wrong with the pack that was asked for, when it was refused. */
  readonly problems: readonly PackProblem[];
  readonly notice: StartNotice | null;
}

function withDefault(problems: readonly PackProblem[], notice: StartNotice | null): StartPack {
  return {
    summary: DEFAULT_PACK_SUMMARY,
    pack: loadDefaultPack().then((r) => (r.ok ? r.pack : null)),
    problems,
    notice,
  };
}

function asked(pack: Pack): StartPack {
  return { summary: summarizePack(pack), pack: Promise.resolve(pack), problems: [], notice: null };
}

async function chosenStartPack(key: string, library: PackLibrary): Promise<StartPack> {
  const stored = await library.get(key);
  if (stored === null) {
    // Storage that works but no longer holds the pack: forget the choice. Storage that does
    // not work (private mode) may work again next time: keep it.
    const available = (await library.list()) !== null;
    if (available) library.choose(null);
    return withDefault([], available ? 'chosen-pack-gone' : 'storage-unavailable');
  }
  const result = await loadStoredPack(stored);
  if (result.ok && library.stoppedWhileDrawing(result.pack.hash)) {
    return withDefault([], 'picture-froze');
  }
  if (result.ok) return asked(result.pack);
  library.choose(null);
  return withDefault(result.problems, null);
}

/**
 * Which pack the game starts with: the pack of `?pack=<url>` when given; otherwise the kept
 * pack the facilitator chose last; otherwise the built-in default pack. Whatever fails on the
 * way (a refused pack, a kept pack that is gone, storage that is unavailable), the default pack
 * stands in and the reason comes with it: the game always starts.
 */
export async function loadStartPack(
  packUrl: string | null,
  library: PackLibrary,
): Promise<StartPack> {
  try {
    if (packUrl !== null) {
      const result = await loadPackFromUrl(packUrl);
      return result.ok ? asked(result.pack) : withDefault(result.problems, null);
    }
    const key = library.chosenKey();
    if (key !== null) return await chosenStartPack(key, library);
  } catch {
    // A failure nobody foresaw must not keep the meeting from starting.
    return withDefault([], packUrl === null ? 'storage-unavailable' : null);
  }
  return withDefault([], null);
}
