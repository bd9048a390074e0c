import type Phaser from 'phaser';
import { SCENE, type SceneKey } from '../shared/keys';
import { HostQuizScene } from './host-quiz-scene';
import { HostSetupScene } from './host-setup-scene';
import { HostSkitScene } from './host-skit-scene';

/**
 * The facilitator's scenes, a chunk of their own that the game adds when a meeting opens
 * (src/shell/shell.ts): a phone that only plays never downloads them.
 */
export const HOST_SCENES: readonly (readonly [SceneKey, Phaser.Types.Scenes.SceneType])[] = [
  [SCENE.hostSetup, HostSetupScene],
  [SCENE.hostQuiz, HostQuizScene],
  [SCENE.hostSkit, HostSkitScene],
];
