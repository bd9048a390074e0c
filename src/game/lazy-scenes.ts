import type Phaser from 'phaser';
import { t } from '../i18n/i18n';
import { BaseScene } from '../scenes/base-scene';
import { GAME_EVENT, type SceneKey } from '../scenes/keys';

type SceneClass = new () => BaseScene;
type LoadScenes = () => Promise<ReadonlyMap<SceneKey, SceneClass>>;

/**
 * Holds a scene's key until its code has arrived. Started early (a quick tap on the menu), it
 * shows the loading text and hands over to the real scene, with the same data, once it loads.
 */
export class StandInScene extends BaseScene {
  readonly standIn = true;

  constructor(
    key: SceneKey,
    private readonly loadScenes: () => Promise<void>,
  ) {
    super(key);
  }

  create(data: object): void {
    this.setupView();
    this.label(this.vw / 2, this.vh / 2, t('loading'), { align: 'center' }).setOrigin(0.5);
    const key = this.scene.key;
    const game = this.game;
    void this.loadScenes().then(() => {
      game.scene.start(key, data);
    });
  }
}

/**
 * Registers stand-ins for `keys` and starts loading the real scenes once the first screen is
 * drawn; each stand-in is swapped for its scene as soon as the code is here.
 */
export function lazyScenes(game: Phaser.Game, keys: readonly SceneKey[], load: LoadScenes): void {
  let loading: Promise<void> | null = null;
  const ensure = (): Promise<void> => {
    loading ??= load().then((scenes) => {
      // A running stand-in is removed too; its own `loadScenes().then` starts the real scene next.
      for (const [key, Scene] of scenes) {
        game.scene.remove(key);
        game.scene.add(key, Scene, false);
      }
    });
    return loading;
  };
  for (const key of keys) game.scene.add(key, new StandInScene(key, ensure), false);
  game.events.once(GAME_EVENT.menuReady, () => void ensure());
}
