import summary from 'virtual:default-pack-summary';
import { deepFreeze } from '../../content/freeze';
import type { PackFile } from '../../content/pack-types';
import type { PackResult } from '../../content/validate';
import type { PackSummary } from './pack-summary';

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

/** What the menu shows of the default pack: the menu needs no more of it to show. */
export const DEFAULT_PACK_SUMMARY: PackSummary = summary;

let loading: Promise<PackResult> | null = null;

/**
 * The pack that ships with the game; it needs no network. The build validated it already
 * (scripts/lib/default-pack-module.ts), so no validator runs here. Its data (a quiz and a
 * long skit) is a chunk of its own, fetched once the menu shows: the menu needs only its
 * summary.
 */
export function loadDefaultPack(): Promise<PackResult> {
  loading ??= import('virtual:default-pack').then(({ default: prevalidated }) => ({
    ok: true,
    pack: deepFreeze({ ...prevalidated.pack, files: DEFAULT_PACK_FILES }),
    warnings: prevalidated.warnings,
  }));
  return loading;
}
