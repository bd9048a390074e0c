import { readFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { answerLetters } from '../../src/core/answer';

/**
 * Plays the built game the way the end-to-end tests do: through the `window.__dhbc` hook's
 * button boxes and the quiz's tile positions (declared in tests/e2e/helpers.ts), with real taps.
 */
interface QuizView {
  phase: string;
  questionId: string | null;
  slots: (string | null)[];
  tiles: { letter: string; x: number; y: number }[];
}

/**
 * Waits poll the page on a timer: polling each animation frame (Playwright's default) would ask
 * the page for frames the game does not need, and Chromium's compositor then waits for them,
 * which is the benchmark's own cost, not the game's.
 */
const POLL = { polling: 25 } as const;

const ANSWERS = new Map(
  (
    JSON.parse(readFileSync('assets/packs/default/pack.json', 'utf8')) as {
      quiz: { questions: { id: string; answer: string }[] };
    }
  ).quiz.questions.map((q) => [q.id, q.answer]),
);

export async function waitForScene(page: Page, scene: string, timeout = 60_000): Promise<void> {
  await page.waitForFunction((want) => window.__dhbc?.scene() === want, scene, {
    timeout,
    ...POLL,
  });
}

/** Taps the enabled button `id` once it is on screen. */
export async function tapButton(page: Page, id: string): Promise<void> {
  const handle = await page.waitForFunction(
    (want) => window.__dhbc?.buttons().find((b) => b.id === want && b.enabled) ?? false,
    id,
    { timeout: 60_000, ...POLL },
  );
  const box = (await handle.jsonValue()) as { x: number; y: number };
  await page.touchscreen.tap(box.x, box.y);
}

/** Moves on from the explanation card with a tap on its "next" button, as a phone player does. */
export async function nextQuestion(page: Page): Promise<void> {
  await tapButton(page, 'next');
}

async function quizView(page: Page): Promise<QuizView> {
  return page.evaluate(() => window.__dhbc?.state() as QuizView);
}

/** Waits until the quiz is in `phase` ('question', 'feedback'). */
export async function waitForPhase(page: Page, phase: string): Promise<void> {
  await page.waitForFunction(
    (want) => (window.__dhbc?.state() as QuizView | null)?.phase === want,
    phase,
    { timeout: 60_000, ...POLL },
  );
}

/**
 * How the letters are tapped: as fast as the game takes them (each tap once the last one is in
 * its slot for the game, while its letter still flies: flights overlap), or as a player who
 * watches each letter land before the next tap.
 */
export type TapPace = 'fast' | 'each-landed';

/** Answers the open question by tapping its letters in order, and waits for the verdict. */
export async function answerQuestion(page: Page, pace: TapPace = 'fast'): Promise<void> {
  const view = await quizView(page);
  const answer = view.questionId === null ? undefined : ANSWERS.get(view.questionId);
  if (answer === undefined) throw new Error(`Unknown question ${String(view.questionId)}`);
  for (const letter of answerLetters(answer)) {
    const now = await quizView(page);
    const filled = now.slots.filter((s) => s !== null).length;
    const tile = now.tiles.find((t) => t.letter === letter);
    if (!tile) throw new Error(`No tile ${letter} for ${answer}`);
    await page.touchscreen.tap(tile.x, tile.y);
    await page.waitForFunction(
      (before) => {
        const s = window.__dhbc?.state() as QuizView | null;
        return (
          s !== null &&
          (s.phase !== 'question' || s.slots.filter((x) => x !== null).length > before)
        );
      },
      filled,
      { timeout: 60_000, ...POLL },
    );
    if (pace === 'each-landed')
      await page.waitForFunction(() => document.querySelector('#game > .flyer') === null, null, {
        timeout: 60_000,
        ...POLL,
      });
  }
  await waitForPhase(page, 'feedback');
}

/** From the menu: a whole quiz, every question answered, to the results and back to the menu. */
export async function playWholeQuiz(page: Page): Promise<void> {
  await tapButton(page, 'play-quiz');
  await waitForScene(page, 'quiz');
  for (;;) {
    await waitForPhase(page, 'question');
    await answerQuestion(page);
    await nextQuestion(page);
    const next = await page.waitForFunction(
      () => {
        const scene = window.__dhbc?.scene();
        if (scene === 'results') return 'results';
        const s = window.__dhbc?.state() as QuizView | null;
        return scene === 'quiz' && s?.phase === 'question' ? 'quiz' : false;
      },
      null,
      { timeout: 60_000, ...POLL },
    );
    if ((await next.jsonValue()) === 'results') break;
  }
  await tapButton(page, 'to-menu');
  await waitForScene(page, 'menu');
}
