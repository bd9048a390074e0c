import type { Pack } from '../../content/pack-types';
import type { KeyValueStore } from '../storage/safe-storage';
import {
  storedPackKey,
  type PackStore,
  type StoredPack,
  type StoredPackInfo,
} from '../storage/pack-store';

/** What keeping a pack saved: the pack and the choice of it, the pack only, or nothing. */
export type KeepOutcome = 'kept' | 'kept-not-chosen' | 'not-kept';

/** Where a pack is kept beside another of the same id and version: its content tells it apart. */
export function besideKey(pack: Pack): string {
  return `${storedPackKey(pack.id, pack.version)}#${pack.hash.slice(0, 12)}`;
}

/** Where the device remembers which kept pack the facilitator chose (absent: the default pack). */
export const CHOSEN_PACK_KEY = 'dhbc.pack.chosen';

/**
 * The hash of the pack whose picture is being drawn, set before a pack picture loads and taken
 * away two frames after: still there at the next start, that picture froze or crashed the page,
 * and the pack is set aside rather than chosen again (src/shared/ui/picture-view.ts sets it).
 */
export const DRAWING_PACK_KEY = 'dhbc.pack.drawing';

/**
 * Marks the pack with `hash` as drawing a picture until the answered function is called. A page
 * left normally meanwhile (a reload, a link, a closed tab) says so with `pagehide`, which takes
 * the mark away: only a page that stopped while drawing keeps it.
 */
export function markDrawing(
  store: KeyValueStore,
  hash: string,
  page: EventTarget = window,
): () => void {
  store.set(DRAWING_PACK_KEY, hash);
  const clear = (): void => {
    page.removeEventListener('pagehide', clear);
    if (store.get(DRAWING_PACK_KEY) === hash) store.remove(DRAWING_PACK_KEY);
  };
  page.addEventListener('pagehide', clear);
  return clear;
}

/**
 * The packs kept on this device and which one is chosen. A pack the facilitator opens is kept
 * and chosen; choosing the default pack, or removing the chosen pack, forgets the choice. The
 * kept bytes are the file as it was opened, so it is checked again, by the same rules, each
 * time it is loaded.
 */
export class PackLibrary {
  constructor(
    private readonly packs: PackStore,
    private readonly settings: KeyValueStore,
  ) {}

  /** The key of the chosen kept pack, or null for the default pack. */
  chosenKey(): string | null {
    return this.settings.get(CHOSEN_PACK_KEY);
  }

  /** Null when the device's storage is unavailable. */
  list(): Promise<StoredPackInfo[] | null> {
    return this.packs.list();
  }

  get(key: string): Promise<StoredPack | null> {
    return this.packs.get(key);
  }

  /**
   * A kept pack with the same id and version as `pack` but other content (another hash), when
   * no kept pack has this very content: opening `pack` would replace it, so the facilitator is
   * asked first. Null when there is no such pack, or storage is unavailable.
   */
  async clash(pack: Pack): Promise<StoredPackInfo | null> {
    const same = ((await this.packs.list()) ?? []).filter(
      (info) => info.id === pack.id && info.version === pack.version,
    );
    if (same.some((info) => info.hash === pack.hash)) return null;
    return (
      same.find((info) => info.key === storedPackKey(pack.id, pack.version)) ?? same[0] ?? null
    );
  }

  /**
   * Keeps a pack that was just opened from a file, and chooses it for the next start. `key` is
   * where: by default `<id>@<version>` (replacing what is there); `besideKey(pack)` keeps it
   * beside another pack of the same id and version. Says what was saved: the pack and the
   * choice, the pack only (the choice could not be written: storage full), or nothing (the pack
   * still plays for this visit).
   */
  async keep(
    pack: Pack,
    bytes: Uint8Array,
    fileName: string,
    now: number,
    key: string = storedPackKey(pack.id, pack.version),
  ): Promise<KeepOutcome> {
    const kept = await this.packs.put({
      key,
      id: pack.id,
      version: pack.version,
      title: pack.title,
      hash: pack.hash,
      fileName,
      loadedAt: now,
      size: bytes.length,
      bytes,
    });
    if (!kept) return 'not-kept';
    return this.choose(key) ? 'kept' : 'kept-not-chosen';
  }

  /** Chooses a kept pack (a key) or the default pack (null) for the next start; false if not saved. */
  choose(key: string | null): boolean {
    if (key !== null) return this.settings.set(CHOSEN_PACK_KEY, key);
    this.settings.remove(CHOSEN_PACK_KEY);
    return true;
  }

  /**
   * True when the page stopped while drawing a picture of the pack with this hash (see
   * DRAWING_PACK_KEY); the mark is then taken away and the default pack chosen.
   */
  stoppedWhileDrawing(hash: string): boolean {
    if (this.settings.get(DRAWING_PACK_KEY) !== hash) return false;
    this.settings.remove(DRAWING_PACK_KEY);
    this.choose(null);
    return true;
  }

  /** Removes a kept pack; when it was the chosen one, the default pack is chosen. */
  async remove(key: string): Promise<boolean> {
    const removed = await this.packs.remove(key);
    if (removed && this.chosenKey() === key) this.choose(null);
    return removed;
  }
}
