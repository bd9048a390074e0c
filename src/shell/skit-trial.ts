import type { Pack } from '../content/pack-types';
import { SCENE, STORE_KEY } from '../shared/keys';
import type { Services } from '../shared/services';

/**
 * The editor's "play from here": the real skit scene plays a draft's skit from a chosen node.
 * For that while, the draft's pack is the pack in play and its skit starts at the node; once the
 * player is back at the menu, the pack in play and the player's own saved skit are as before.
 */
/** What a trial changes for its while and puts back. */
type PackInPlay = Pick<Services, 'pack' | 'packSummary' | 'packLoaded' | 'store'>;

export class SkitTrial {
  private pending: (() => void) | null = null;

  constructor(
    private readonly services: PackInPlay,
    private readonly open: (key: typeof SCENE.skit, data: object) => Promise<void>,
  ) {}

  play(pack: Pack, nodeId: string, back: () => void): void {
    const { services } = this;
    const skit = pack.skit;
    if (!skit || this.pending) return;
    const before = {
      pack: services.pack,
      summary: services.packSummary,
      loaded: services.packLoaded,
      saved: services.store.get(STORE_KEY.skitSession),
    };
    this.pending = () => {
      services.pack = before.pack;
      services.packSummary = before.summary;
      services.packLoaded = before.loaded;
      if (before.saved === null) services.store.remove(STORE_KEY.skitSession);
      else services.store.set(STORE_KEY.skitSession, before.saved);
      back();
    };
    services.pack = { ...pack, skit: { ...skit, start: nodeId } };
    services.packLoaded = Promise.resolve();
    this.open(SCENE.skit, {}).catch(() => {
      this.menuShown();
    });
  }

  /** The menu is on screen again: the trial, if one ran, is over. */
  menuShown(): void {
    const done = this.pending;
    this.pending = null;
    done?.();
  }
}
