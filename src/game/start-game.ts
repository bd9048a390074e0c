import Phaser from './phaser-lite';
import { FIRST_SCENE_KEY, SERVICES_KEY, type Services } from '../app/services';
import type { FirstScene, GameHandle } from '../app/shell';
import { BootScene } from '../scenes/boot-scene';
import { HostQuizScene } from '../scenes/host-quiz-scene';
import { HostSetupScene } from '../scenes/host-setup-scene';
import { HostSkitScene } from '../scenes/host-skit-scene';
import type { BaseScene } from '../scenes/base-scene';
import { MenuScene } from '../scenes/menu-scene';
import { PreloaderScene } from '../scenes/preloader-scene';
import { QuizScene } from '../scenes/quiz-scene';
import { ResultsScene } from '../scenes/results-scene';
import { SkitScene } from '../scenes/skit-scene';
import { COLOR } from '../ui/theme';
import { recordFramesForBench } from './frame-probe';
import { stopFramesWhenStill } from './idle-frames';
import { handleKeysOnce } from './keys-once';
import { fitGameToParent, measureViewport } from './viewport';

/**
 * Creates the game in `parent` with the shared services, opening `first` once the font is
 * ready; scenes lay out in CSS pixels.
 */
export function startGame(parent: HTMLElement, services: Services, first: FirstScene): GameHandle {
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
    scene: [
      BootScene,
      PreloaderScene,
      MenuScene,
      QuizScene,
      ResultsScene,
      SkitScene,
      HostSetupScene,
      HostQuizScene,
      HostSkitScene,
    ],
  });
  game.registry.set(SERVICES_KEY, services);
  game.registry.set(FIRST_SCENE_KEY, first);
  handleKeysOnce(game);
  const wake = stopFramesWhenStill(game);
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
  return {
    game,
    wake,
    current: () => game.scene.getScenes<BaseScene[]>(true)[0],
  };
}
