import { describe, expect, it } from 'vitest';
import {
  besideKey,
  CHOSEN_PACK_KEY,
  DRAWING_PACK_KEY,
  markDrawing,
  PackLibrary,
} from '../../../src/shared/packs/pack-library';
import type { Pack } from '../../../src/content/pack-types';
import type { PackStore, StoredPack } from '../../../src/shared/storage/pack-store';
import type { KeyValueStore } from '../../../src/shared/storage/safe-storage';

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

function memoryPacks(): PackStore & { readonly map: Map<string, StoredPack> } {
  const map = new Map<string, StoredPack>();
  return {
    map,
    list: () => Promise.resolve([...map.values()]),
    get: (key) => Promise.resolve(map.get(key) ?? null),
    put: (pack) => Promise.resolve((map.set(pack.key, pack), true)),
    remove: (key) => Promise.resolve(map.delete(key)),
  };
}

function pack(hash: string): Pack {
  return {
    id: 'cau-hoi',
    version: '1',
    hash,
    title: 'Câu hỏi',
    language: 'vi',
    authors: [],
    sources: [],
    categories: {},
    quiz: null,
    keyPicture: null,
    skit: null,
    files: new Map(),
  };
}

const BYTES = new Uint8Array([1]);

describe('two packs with the same id and version', () => {
  it('clash only when their content differs', async () => {
    const packs = memoryPacks();
    const library = new PackLibrary(packs, memoryStore());
    expect(await library.clash(pack('aaa'))).toBeNull();
    expect(await library.keep(pack('aaa'), BYTES, 'cau-hoi.csv', 1)).toBe('kept');
    // The very same content again: nothing to ask, it replaces itself.
    expect(await library.clash(pack('aaa'))).toBeNull();
    const clash = await library.clash(pack('bbb'));
    expect(clash).toMatchObject({ key: 'cau-hoi@1', hash: 'aaa', fileName: 'cau-hoi.csv' });
  });

  it('are both kept when the facilitator says so, told apart by their content', async () => {
    const packs = memoryPacks();
    const library = new PackLibrary(packs, memoryStore());
    await library.keep(pack('aaa'), BYTES, 'a/cau-hoi.csv', 1);
    await library.keep(
      pack('bbbbbbbbbbbbbbbb'),
      BYTES,
      'b/cau-hoi.csv',
      2,
      besideKey(pack('bbbbbbbbbbbbbbbb')),
    );
    expect([...packs.map.keys()].sort()).toEqual(['cau-hoi@1', 'cau-hoi@1#bbbbbbbbbbbb']);
    expect(library.chosenKey()).toBe('cau-hoi@1#bbbbbbbbbbbb');
    // Either one opened again is no longer a clash.
    expect(await library.clash(pack('aaa'))).toBeNull();
    expect(await library.clash(pack('bbbbbbbbbbbbbbbb'))).toBeNull();
  });
});

describe('a full storage', () => {
  it('is reported: the pack kept but not chosen, or not kept at all', async () => {
    const settings = memoryStore();
    const full: KeyValueStore = { ...settings, set: () => false };
    expect(await new PackLibrary(memoryPacks(), full).keep(pack('a'), BYTES, 'x.json', 1)).toBe(
      'kept-not-chosen',
    );
    const refusing: PackStore = { ...memoryPacks(), put: () => Promise.resolve(false) };
    expect(await new PackLibrary(refusing, settings).keep(pack('a'), BYTES, 'x.json', 1)).toBe(
      'not-kept',
    );
    expect(settings.map.has(CHOSEN_PACK_KEY)).toBe(false);
  });
});

describe('the mark while a picture is drawn', () => {
  it('stays when the page stops while drawing, and goes once the picture is drawn', () => {
    const store = memoryStore();
    const page = new EventTarget();
    const drawn = markDrawing(store, 'hash-a', page);
    expect(store.get(DRAWING_PACK_KEY)).toBe('hash-a');
    drawn();
    expect(store.get(DRAWING_PACK_KEY)).toBeNull();
  });

  it('goes when the page is left normally (a reload, a link), which is no freeze', () => {
    const store = memoryStore();
    const page = new EventTarget();
    markDrawing(store, 'hash-a', page);
    page.dispatchEvent(new Event('pagehide'));
    expect(store.get(DRAWING_PACK_KEY)).toBeNull();
  });

  it('leaves another pack’s mark alone', () => {
    const store = memoryStore();
    const page = new EventTarget();
    const drawn = markDrawing(store, 'hash-a', page);
    store.set(DRAWING_PACK_KEY, 'hash-b');
    drawn();
    page.dispatchEvent(new Event('pagehide'));
    expect(store.get(DRAWING_PACK_KEY)).toBe('hash-b');
  });
});
