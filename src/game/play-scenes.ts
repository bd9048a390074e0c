import { HostQuizScene } from '../scenes/host-quiz-scene';
import { HostSetupScene } from '../scenes/host-setup-scene';
import { HostSkitScene } from '../scenes/host-skit-scene';
import { QuizScene } from '../scenes/quiz-scene';
import { ResultsScene } from '../scenes/results-scene';
import { SkitScene } from '../scenes/skit-scene';
import { SCENE, type SceneKey } from '../scenes/keys';
import type { BaseScene } from '../scenes/base-scene';

/**
 * The scenes the menu leads to, solo and host. They are one chunk of their own, loaded after
 * the menu is on screen (see lazy-scenes.ts), so their code is not in the way of the first
 * screen. Every key here is in PLAY_SCENE_KEYS.
 */
export const PLAY_SCENES: ReadonlyMap<SceneKey, new () => BaseScene> = new Map<
  SceneKey,
  new () => BaseScene
>([
  [SCENE.quiz, QuizScene],
  [SCENE.results, ResultsScene],
  [SCENE.skit, SkitScene],
  [SCENE.hostSetup, HostSetupScene],
  [SCENE.hostQuiz, HostQuizScene],
  [SCENE.hostSkit, HostSkitScene],
]);
