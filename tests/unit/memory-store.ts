import type { KeyValueStore } from '../../src/shared/storage/safe-storage';

/** The device's key-value store, in memory: what the game would keep, readable by the test. */
export function memoryStore(): KeyValueStore & { data: Map<string, string> } {
  const data = new Map<string, string>();
  return {
    data,
    get: (k) => data.get(k) ?? null,
    set: (k, v) => {
      data.set(k, v);
      return true;
    },
    remove: (k) => {
      data.delete(k);
    },
  };
}
