import type { Pack } from '../../content/pack-types';
import type { Services } from '../services';
import { DEFAULT_PACK_SUMMARY, loadDefaultPack } from './default-pack';
import { summarizePack, type PackSummary } from './pack-summary';

/** Plays `pack` from now on: its data, its summary for the menu, nothing left to load. */
export function usePack(services: Services, pack: Pack): void {
  services.pack = pack;
  services.packSummary = summarizePack(pack);
  services.packLoaded = Promise.resolve();
}

/**
 * Plays the pack `summary` describes, whose data `loading` brings: the menu shows the summary
 * at once; `services.pack` is set when the data arrives, unless another pack took its place.
 */
export function usePackLoading(
  services: Services,
  summary: PackSummary | null,
  loading: Promise<Pack | null>,
): void {
  services.pack = null;
  services.packSummary = summary;
  services.packLoaded = loading.then((pack) => {
    if (services.packSummary === summary) services.pack = pack;
  });
}

/** Plays the built-in pack, whose data loads in the background. */
export function useDefaultPack(services: Services): void {
  usePackLoading(
    services,
    DEFAULT_PACK_SUMMARY,
    loadDefaultPack().then((r) => (r.ok ? r.pack : null)),
  );
}
