import { SCENE, type SceneKey } from '../scenes/keys';

/** The scenes that load after the menu (play-scenes.ts): their keys, known from the start. */
export const PLAY_SCENE_KEYS: readonly SceneKey[] = [
  SCENE.quiz,
  SCENE.results,
  SCENE.skit,
  SCENE.hostSetup,
  SCENE.hostQuiz,
  SCENE.hostSkit,
];
