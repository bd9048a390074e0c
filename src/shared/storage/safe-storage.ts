/**
 * localStorage that never throws: private mode, a full disk or a blocked origin turn writes
 * into a reported failure, so the game goes on and can warn that nothing is being saved.
 */
export interface KeyValueStore {
  get(key: string): string | null;
  /** Returns false when the browser refused the write. */
  set(key: string, value: string): boolean;
  remove(key: string): void;
}

export function browserStore(): KeyValueStore {
  return {
    get(key) {
      try {
        return localStorage.getItem(key);
      } catch {
        return null;
      }
    },
    set(key, value) {
      try {
        localStorage.setItem(key, value);
        return true;
      } catch {
        return false;
      }
    },
    remove(key) {
      try {
        localStorage.removeItem(key);
      } catch {
        // Nothing to remove where storage is unavailable.
      }
    },
  };
}
