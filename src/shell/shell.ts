import type Phaser from 'phaser';
import type { BaseScene } from '../shared/engine/base-scene';
import { SCENE, type SceneKey } from '../shared/keys';
import { MenuPage, type MenuButtonBox } from '../menu/menu-page';
import type { MenuData } from '../shared/services';
import type { Services } from '../shared/services';
import { GameStartError } from '../shared/game-start-error';
import { BackButton } from './back-button';
import { whenIdle } from '../shared/engine/when-idle';

/** What the game itself offers the shell once its code has loaded (src/shell/start-game.ts). */
export interface GameHandle {
  readonly game: Phaser.Game;
  /** Draws frames again after a change made outside input (frames stop while still). */
  readonly wake: () => void;
  /** The scene on screen. */
  readonly current: () => BaseScene | undefined;
  /** Adds scenes loaded later (the facilitator's), each once. */
  readonly addScenes: (scenes: MoreScenes) => void;
}

/** Scenes loaded apart from the game's code, with their keys. */
export type MoreScenes = readonly (readonly [SceneKey, Phaser.Types.Scenes.SceneType])[];

/**
 * Scenes that load apart from the game's code, when first opened: the facilitator's (a phone
 * that plays never fetches them) and the skit's (the quiz does not wait for them).
 */
interface LaterScenes {
  readonly keys: readonly SceneKey[];
  readonly load: () => Promise<MoreScenes>;
}

const LATER_SCENES: readonly LaterScenes[] = [
  {
    keys: [SCENE.hostSetup, SCENE.hostQuiz, SCENE.hostSkit],
    load: () => import('../host/host-scenes').then((m) => m.HOST_SCENES),
  },
  { keys: [SCENE.skit], load: () => import('../skit/skit-scenes').then((m) => m.SKIT_SCENES) },
];

/** The first scene the game opens once loaded, and a call for when it is shown. */
export interface FirstScene {
  readonly key: SceneKey;
  readonly data: object;
  readonly shown: () => void;
}

export type StartGame = (
  parent: HTMLElement,
  services: Services,
  first: FirstScene,
  more: MoreScenes,
) => GameHandle;

/**
 * The page around the game: the HTML menu, and the game engine, which loads only when an
 * activity starts (its code is most of the page's weight and of a cheap phone's work before a
 * first screen). The menu shows at once; the player reads it while nothing else runs.
 * Once the game runs, its menu scene shows the same HTML menu again (`showMenu`).
 */
export class Shell {
  readonly menu: MenuPage;
  private handle: GameHandle | null = null;
  private starting: Promise<void> | null = null;
  private readonly laterScenes = new Map<LaterScenes, Promise<MoreScenes>>();
  private menuReadyMarked = false;
  private firstShown = false;
  private readonly onFirstShown: (() => void)[] = [];
  private readonly back: BackButton;

  constructor(
    private readonly parent: HTMLElement,
    private readonly services: Services,
    private readonly loadGame: () => Promise<StartGame>,
  ) {
    this.menu = new MenuPage(services, (key, data) => this.open(key, data));
    this.back = new BackButton({
      inGame: () => !this.menu.visible && this.handle !== null,
      toMenu: () => {
        this.handle?.current()?.scene.start(SCENE.menu, {});
        this.handle?.wake();
      },
    });
  }

  /**
   * Runs `fn` once the first screen accepts a tap or a key: the menu, or the facilitator's
   * scene when the page opens straight into one.
   */
  whenFirstScreenShown(fn: () => void): void {
    if (this.firstShown) fn();
    else this.onFirstShown.push(fn);
  }

  /**
   * The sounds past the first taps' (sound-board.ts) load after the player's first move in the
   * game: by then its first picture is in, and they do not share a slow line with it.
   */
  private loadOtherSounds(): void {
    const later = (): void => {
      window.removeEventListener('pointerup', later, true);
      window.removeEventListener('keydown', later, true);
      whenIdle(() => {
        this.services.sound.preload();
      });
    };
    window.addEventListener('pointerup', later, true);
    window.addEventListener('keydown', later, true);
  }

  /**
   * Runs `fn` once no game is starting: at once, or when the game being started has shown its
   * first screen (or failed to load). For work that should not share the line or the processor
   * with a player's wait for the first question.
   */
  whenNotStarting(fn: () => void): void {
    if (this.starting === null) fn();
    else void this.starting.then(fn, fn);
  }

  private markFirstShown(): void {
    if (this.firstShown) return;
    this.firstShown = true;
    for (const fn of this.onFirstShown.splice(0)) fn();
  }

  showMenu(data: MenuData = {}): void {
    document.getElementById('splash')?.remove();
    this.menu.show(data);
    this.back.left();
    if (!this.menuReadyMarked) {
      this.menuReadyMarked = true;
      performance.mark('menu-ready');
    }
    this.markFirstShown();
  }

  /**
   * Opens a scene of the game: loads and starts the game the first time. Resolves once the
   * scene has taken over the screen; rejects when the game's code cannot load.
   */
  open(requested: SceneKey, data: object): Promise<void> {
    // Marks for the benchmark: how long "play" waits for the game on a slow phone.
    if (this.handle === null && this.starting === null) {
      performance.mark('game-requested');
      // The audio starts while the game's code comes, not under the first question's taps.
      setTimeout(() => {
        this.services.sound.warm();
      }, 0);
    }
    return this.ready(requested).then((key) => {
      // The game's code comes beside the scene's own chunk, not after it (the module loader
      // fetches it once: `start` then finds it there).
      if (this.handle === null) this.loadGame().catch(() => undefined);
      return this.scenesFor(key).then((more) => this.start(key, data, more));
    });
  }

  /** Loads the scenes `key` needs beyond the game's own, once (`LATER_SCENES`). */
  private scenesFor(key: SceneKey): Promise<MoreScenes> {
    const group = LATER_SCENES.find((g) => g.keys.includes(key));
    if (!group) return Promise.resolve([]);
    const known = this.laterScenes.get(group);
    if (known) return known;
    const loading = group.load().catch((error: unknown) => {
      // The next press tries again.
      this.laterScenes.delete(group);
      throw new GameStartError(error);
    });
    this.laterScenes.set(group, loading);
    return loading;
  }

  /**
   * What opening `key` needs first: the pack's data (the built-in pack's loads after the menu
   * shows), and for a meeting that comes back, the meeting refolded from its log. A meeting that
   * cannot come back opens the setup instead.
   */
  private async ready(key: SceneKey): Promise<SceneKey> {
    const { services } = this;
    await services.packLoaded;
    if ((key === SCENE.hostQuiz || key === SCENE.hostSkit) && services.meeting === null) {
      // firstScreen chose to reopen it: unfinished, or just ended (its final ranking).
      const { resumeMeeting } = await import('../shared/session/meeting-session');
      services.meeting = services.pack ? resumeMeeting(services.store, services.pack) : null;
      if (services.meeting === null) return SCENE.hostSetup;
    }
    return key;
  }

  private start(key: SceneKey, data: object, more: MoreScenes): Promise<void> {
    const handle = this.handle;
    if (handle) {
      handle.addScenes(more);
      const menuScene = handle.game.scene.getScene(SCENE.menu);
      if (menuScene.scene.isActive()) menuScene.scene.start(key, data);
      else handle.game.scene.start(key, data);
      this.menu.hide();
      handle.wake();
      if (key !== SCENE.menu) this.back.entered();
      return Promise.resolve();
    }
    this.starting ??= this.loadGame()
      .then(
        (startGame) =>
          new Promise<void>((resolve, reject) => {
            try {
              this.handle = startGame(
                this.parent,
                this.services,
                {
                  key,
                  data,
                  shown: () => {
                    performance.mark('game-shown');
                    this.loadOtherSounds();
                    if (key !== SCENE.menu) {
                      this.menu.hide();
                      this.back.entered();
                    }
                    this.markFirstShown();
                    resolve();
                  },
                },
                more,
              );
            } catch (error) {
              reject(new GameStartError(error));
            }
          }),
      )
      .catch((error: unknown) => {
        // The next press tries again.
        this.starting = null;
        throw error;
      });
    return this.starting;
  }

  /** The name of what is on screen, for the test hook: the menu, a scene, or null (loading). */
  sceneName(): string | null {
    if (this.menu.visible) return SCENE.menu;
    return this.handle?.current()?.scene.key ?? null;
  }

  buttonBoxes(): readonly MenuButtonBox[] {
    if (this.menu.visible) return this.menu.boxes();
    return this.handle?.current()?.buttonBoxes() ?? [];
  }

  testState(): unknown {
    if (this.menu.visible) return null;
    return this.handle?.current()?.testState() ?? null;
  }

  renderer(): 'webgl' | 'canvas' | null {
    if (!this.handle) return null;
    return this.handle.game.renderer.type === 2 ? 'webgl' : 'canvas';
  }
}
