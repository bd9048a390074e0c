import { readFileSync } from 'node:fs';
import { expect, type Page } from '@playwright/test';
import { answerLetters } from '../../src/core/answer';
import { press, sceneState, waitForScene } from './helpers';

interface QuizView {
  questionId: string;
  score: number;
  slots: (string | null)[];
  tiles: { id: number; letter: string; x: number; y: number }[];
}

interface PackQuestion {
  id: string;
  answer: string;
}

const DEFAULT_PACK = JSON.parse(readFileSync('assets/packs/default/pack.json', 'utf8')) as {
  quiz: { questions: PackQuestion[] };
};

/** From the menu: starts the quiz and answers the first question with the letter tiles. */
export async function playFirstQuestion(page: Page): Promise<void> {
  await press(page, 'play-quiz');
  await waitForScene(page, 'quiz');
  const { questionId } = await sceneState<{ questionId: string }>(page);
  const answer = DEFAULT_PACK.quiz.questions.find((q) => q.id === questionId)?.answer;
  if (answer === undefined) throw new Error(`No question ${questionId} in the default pack`);
  // Tap the letter tiles in the answer's order, each one where the scene drew it.
  for (const letter of answerLetters(answer)) {
    const state = await sceneState<QuizView>(page);
    const filled = state.slots.filter((s) => s !== null).length;
    const tile = state.tiles.find((t) => t.letter === letter);
    if (!tile) throw new Error(`No tile ${letter} for ${answer}`);
    await page.touchscreen.tap(tile.x, tile.y);
    await expect
      .poll(async () => (await sceneState<QuizView>(page)).slots.filter((s) => s !== null).length)
      .toBeGreaterThan(filled);
  }
  // The verdict is announced, then the explanation card read out after it: look in the log.
  await expect
    .poll(() => page.evaluate(() => window.__dhbc?.announcements().join('\n') ?? ''))
    .toContain('Đúng rồi!');
  await expect
    .poll(async () => (await sceneState<{ score: number }>(page)).score)
    .toBeGreaterThan(0);
}

/** From the menu: opens the skit, reads on to its first choice and takes it. */
export async function playSkitScene(page: Page): Promise<void> {
  await press(page, 'play-skit');
  await waitForScene(page, 'skit');
  for (let i = 0; i < 30; i += 1) {
    const state = await sceneState<{ kind: string; options: number[] }>(page);
    if (state.kind === 'choice' && state.options.length > 0) break;
    await press(page, 'continue');
  }
  const before = await sceneState<{ nodeId: string; options: number[] }>(page);
  expect(before.options.length).toBeGreaterThan(0);
  await press(page, `option-${String(before.options[0])}`);
  await expect
    .poll(async () => (await sceneState<{ nodeId: string }>(page)).nodeId)
    .not.toBe(before.nodeId);
}
