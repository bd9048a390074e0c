import { describe, expect, it } from 'vitest';
import { CHOSEN_PACK_KEY, DRAWING_PACK_KEY, PackLibrary } from '../../../src/app/pack-library';
import type { PackStore } from '../../../src/storage/pack-store';
import type { KeyValueStore } from '../../../src/storage/safe-storage';

function memoryStore(): KeyValueStore & { readonly map: Map<string, string> } {
  const map = new Map<string, string>();
  return {
    map,
    get: (key) => map.get(key) ?? null,
    set: (key, value) => (map.set(key, value), true),
    remove: (key) => {
      map.delete(key);
    },
  };
}

const noPacks: PackStore = {
  list: () => Promise.resolve([]),
  get: () => Promise.resolve(null),
  put: () => Promise.resolve(true),
  remove: () => Promise.resolve(true),
};

describe('a pack whose picture stopped the page', () => {
  it('is set aside at the next start: the default pack is chosen and the mark goes', () => {
    const settings = memoryStore();
    const library = new PackLibrary(noPacks, settings);
    library.choose('cau-do@1');
    settings.set(DRAWING_PACK_KEY, 'hash-a');
    expect(library.stoppedWhileDrawing('hash-b')).toBe(false);
    expect(library.chosenKey()).toBe('cau-do@1');
    expect(library.stoppedWhileDrawing('hash-a')).toBe(true);
    expect(library.chosenKey()).toBeNull();
    expect(settings.map.has(DRAWING_PACK_KEY)).toBe(false);
    expect(settings.map.has(CHOSEN_PACK_KEY)).toBe(false);
    // Once set aside, choosing it again is the facilitator's decision.
    expect(library.stoppedWhileDrawing('hash-a')).toBe(false);
  });
});
