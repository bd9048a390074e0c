import Phaser from './phaser-lite';
import { SERVICES_KEY, type Services } from '../app/services';
import { BootScene } from '../scenes/boot-scene';
import type { BaseScene } from '../scenes/base-scene';
import { MenuScene } from '../scenes/menu-scene';
import { PreloaderScene } from '../scenes/preloader-scene';
import { COLOR } from '../ui/theme';
import { recordFramesForBench } from './frame-probe';
import { stopFramesWhenStill } from './idle-frames';
import { handleKeysOnce } from './keys-once';
import { lazyScenes } from './lazy-scenes';
import { PLAY_SCENE_KEYS } from './play-scene-keys';
import { fitGameToParent, measureViewport } from './viewport';

/** Creates the game in `parent` with the shared services; scenes lay out in CSS pixels. */
export function startGame(parent: HTMLElement, services: Services): Phaser.Game {
  const size = measureViewport(parent);
  const game = new Phaser.Game({
    type: Phaser.AUTO,
    parent,
    width: size.width * size.ratio,
    height: size.height * size.ratio,
    backgroundColor: COLOR.background,
    scale: { mode: Phaser.Scale.NONE, zoom: 1 / size.ratio },
    input: { activePointers: 2 },
    audio: { noAudio: true },
    banner: false,
    render: { antialiasGL: false, clearBeforeRender: false },
    scene: [BootScene, PreloaderScene, MenuScene],
  });
  game.registry.set(SERVICES_KEY, services);
  lazyScenes(game, [...PLAY_SCENE_KEYS], () => import('./play-scenes').then((m) => m.PLAY_SCENES));
  handleKeysOnce(game);
  stopFramesWhenStill(game);
  recordFramesForBench(game);
  let timer = 0;
  let last = `${size.width}x${size.height}`;
  window.addEventListener('resize', () => {
    window.clearTimeout(timer);
    timer = window.setTimeout(() => {
      const next = measureViewport(parent);
      if (`${next.width}x${next.height}` === last) return;
      last = `${next.width}x${next.height}`;
      fitGameToParent(game, parent);
      for (const scene of game.scene.getScenes<BaseScene[]>(true))
        scene.scene.restart(scene.scene.settings.data);
    }, 150);
  });
  return game;
}
