import type { Pack } from '../../content/pack-types';

/** Object URLs made for pack files held as bytes, kept for the page's life (packs are small). */
const objectUrls = new Map<string, string>();

/** The URL a pack's file shows from: the bundled file's own, or an object URL for its bytes. */
export function packFileUrl(pack: Pack, path: string): string | null {
  const file = pack.files.get(path);
  if (!file) return null;
  if (file.kind === 'url') return file.url;
  const key = `${pack.hash}:${path}`;
  let url = objectUrls.get(key);
  if (!url) {
    url = URL.createObjectURL(
      new Blob([file.bytes as Uint8Array<ArrayBuffer>], { type: file.mime }),
    );
    objectUrls.set(key, url);
  }
  return url;
}
