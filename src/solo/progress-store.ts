/** What this device keeps of a pack's solo rounds, read and written through the safe store. */
import { NO_PROGRESS, readProgress, type PackProgress } from '../core/quiz/round';
import { STORE_KEY } from '../shared/keys';
import type { KeyValueStore } from '../shared/storage/safe-storage';

function key(packId: string): string {
  return `${STORE_KEY.soloProgress}.${packId}`;
}

export function loadProgress(store: KeyValueStore, packId: string): PackProgress {
  const raw = store.get(key(packId));
  if (raw === null) return NO_PROGRESS;
  try {
    return readProgress(JSON.parse(raw));
  } catch {
    return NO_PROGRESS;
  }
}

/** Saves `progress`; false when the browser refused (the game goes on, unremembered). */
export function saveProgress(
  store: KeyValueStore,
  packId: string,
  progress: PackProgress,
): boolean {
  return store.set(key(packId), JSON.stringify(progress));
}
