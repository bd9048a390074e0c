import Phaser from '../shared/engine/phaser-lite';
import { FIRST_SCENE_KEY, SERVICES_KEY, type Services } from '../shared/services';
import type { FirstScene, GameHandle, MoreScenes } from './shell';
import { BootScene } from './boot-scene';
import type { BaseScene } from '../shared/engine/base-scene';
import { MenuScene } from '../menu/menu-scene';
import { PreloaderScene } from './preloader-scene';
import { QuizScene } from '../solo/quiz-scene';
import { ResultsScene } from '../solo/results-scene';
import { COLOR } from '../shared/ui/theme';
import { stopFramesWhenStill } from '../shared/engine/idle-frames';
import { fitGameToParent, measureViewport } from '../shared/engine/viewport';

/**
 * Creates the game in `parent` with the shared services, opening `first` once the font is
 * ready; scenes lay out in CSS pixels.
 */
export function startGame(
  parent: HTMLElement,
  services: Services,
  first: FirstScene,
  more: MoreScenes,
): GameHandle {
  const size = measureViewport(parent);
  const game = new Phaser.Game({
    type: Phaser.AUTO,
    parent,
    width: size.width * size.ratio,
    height: size.height * size.ratio,
    backgroundColor: COLOR.background,
    scale: { mode: Phaser.Scale.NONE, zoom: 1 / size.ratio },
    // Keys come from the page's own events (shared/engine/key-input.ts).
    input: { activePointers: 2, keyboard: false },
    audio: { noAudio: true },
    banner: false,
    render: { antialiasGL: false, clearBeforeRender: false },
    scene: [
      BootScene,
      PreloaderScene,
      MenuScene,
      QuizScene,
      ResultsScene,
      ...more.map(([, scene]) => scene),
    ],
  });
  game.registry.set(SERVICES_KEY, services);
  game.registry.set(FIRST_SCENE_KEY, first);
  const wake = stopFramesWhenStill(game);
  // A new size lays every running scene out again from what it shows (BaseScene listens to
  // the scale manager's resize): a phone turned mid-question keeps its question, its placed
  // tiles, its score and the answer being typed.
  let timer = 0;
  let last = `${size.width}x${size.height}`;
  window.addEventListener('resize', () => {
    window.clearTimeout(timer);
    timer = window.setTimeout(() => {
      const next = measureViewport(parent);
      if (`${next.width}x${next.height}` === last) return;
      last = `${next.width}x${next.height}`;
      fitGameToParent(game, parent);
      wake();
    }, 150);
  });
  return {
    game,
    wake,
    addScenes: (scenes) => {
      for (const [key, scene] of scenes)
        if (!(key in game.scene.keys)) game.scene.add(key, scene, false);
    },
    current: () => game.scene.getScenes<BaseScene[]>(true)[0],
  };
}
