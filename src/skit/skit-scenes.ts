import type Phaser from 'phaser';
import { SCENE, type SceneKey } from '../shared/keys';
import { SkitScene } from './skit-scene';

/**
 * The skit's scene, a chunk of its own that the game adds when the skit opens
 * (src/shell/shell.ts): a player who starts the quiz does not wait for it.
 */
export const SKIT_SCENES: readonly (readonly [SceneKey, Phaser.Types.Scenes.SceneType])[] = [
  [SCENE.skit, SkitScene],
];
