import type { Pack } from '../content/pack-types';
import type { KeyValueStore } from '../storage/safe-storage';
import {
  storedPackKey,
  type PackStore,
  type StoredPack,
  type StoredPackInfo,
} from '../storage/pack-store';

/** Where the device remembers which kept pack the facilitator chose (absent: the default pack). */
export const CHOSEN_PACK_KEY = 'dhbc.pack.chosen';

/**
 * The hash of the pack whose picture is being drawn, set before a pack picture loads and taken
 * away two frames after: still there at the next start, that picture froze or crashed the page,
 * and the pack is set aside rather than chosen again (src/ui/picture-view.ts sets it).
 */
export const DRAWING_PACK_KEY = 'dhbc.pack.drawing';

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
   * Keeps a pack that was just opened from a file, and chooses it for the next start.
   * False when the device would not keep it (the pack still plays for this visit).
   */
  async keep(pack: Pack, bytes: Uint8Array, fileName: string, now: number): Promise<boolean> {
    const key = storedPackKey(pack.id, pack.version);
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
    if (kept) this.choose(key);
    return kept;
  }

  /** Chooses a kept pack (a key) or the default pack (null) for the next start. */
  choose(key: string | null): void {
    if (key === null) this.settings.remove(CHOSEN_PACK_KEY);
    else this.settings.set(CHOSEN_PACK_KEY, key);
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
