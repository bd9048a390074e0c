import prevalidated from 'virtual:default-pack';
import { deepFreeze } from '../../content/freeze';
import type { PackFile } from '../../content/pack-types';
import type { PackResult } from '../../content/validate';

/** The default pack's pictures, by their path inside the pack, fingerprinted by the build. */
const pictureUrls = import.meta.glob<string>('/assets/packs/default/**/*.svg', {
  eager: true,
  query: '?url',
  import: 'default',
});

export const DEFAULT_PACK_FILES: ReadonlyMap<string, PackFile> = new Map(
  Object.entries(pictureUrls).map(([path, url]) => [
    path.replace('/assets/packs/default/', ''),
    { kind: 'url', url, mime: 'image/svg+xml' },
  ]),
);

/**
 * The pack that ships with the game; it needs no network. The build validated it already
 * (scripts/lib/default-pack-module.ts), so the first screen needs none of the validator's code.
 */
export function loadDefaultPack(): PackResult {
  return {
    ok: true,
    pack: deepFreeze({ ...prevalidated.pack, files: DEFAULT_PACK_FILES }),
    warnings: prevalidated.warnings,
  };
}
