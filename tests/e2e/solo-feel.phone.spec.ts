import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import { answerLetters } from '../../src/core/answer';
import { afterChange, press, sceneState, tapAt, waitForScene } from './helpers';

/** The quiz as its test hook shows it: the parts these tests read. */
interface QuizView {
  phase: 'question' | 'feedback' | 'finished';
  questionId: string | null;
  score: number;
  slots: (string | null)[];
  tiles: { id: number; letter: string; x: number; y: number }[];
  slotBoxes: { x: number; y: number }[];
  wrong: boolean;
  clue: string | null;
  timer: { text: string; share: number } | null;
}

interface PackQuestion {
  id: string;
  answer: string;
  hint: { vi: string; en: string };
}

const PACK = JSON.parse(
  readFileSync(join(process.cwd(), 'assets/packs/default/pack.json'), 'utf8'),
) as { id: string; quiz: { questions: PackQuestion[] } };

function questionOf(id: string | null): PackQuestion {
  const q = PACK.quiz.questions.find((x) => x.id === id);
  if (!q) throw new Error(`No question ${String(id)} in the default pack`);
  return q;
}

const quiz = (page: Page): Promise<QuizView> => sceneState<QuizView>(page);

async function startQuiz(page: Page, lang = 'vi'): Promise<QuizView> {
  await page.goto(`/?lang=${lang}`);
  await waitForScene(page, 'menu');
  await press(page, 'play-quiz');
  await waitForScene(page, 'quiz');
  await expect.poll(async () => (await quiz(page)).tiles.length).toBeGreaterThan(0);
  return quiz(page);
}

/** Taps the tiles of `letters`, in order, each where the scene drew it. */
async function tapLetters(page: Page, letters: readonly string[]): Promise<QuizView> {
  let s = await quiz(page);
  for (const letter of letters) {
    const tile = s.tiles.find((t) => t.letter === letter);
    if (!tile) throw new Error(`No ${letter} tile in the bank`);
    s = await afterChange<QuizView>(page, () => tapAt(page, tile.x, tile.y));
  }
  return s;
}

/** The answer's letters in an order that is not the answer. */
function wrongOrder(answer: string): string[] {
  const right = answerLetters(answer);
  const turned = [...right.slice(1), right[0]!];
  return turned.join('') === right.join('') ? [...right].reverse() : turned;
}

/** The game canvas's pixel at a CSS point, as [r, g, b]. */
async function canvasPixel(page: Page, x: number, y: number): Promise<number[]> {
  return page.evaluate(
    ([px, py]) => {
      const canvas = document.querySelector<HTMLCanvasElement>('#game canvas')!;
      const rect = canvas.getBoundingClientRect();
      const ratio = canvas.width / rect.width;
      const copy = document.createElement('canvas');
      copy.width = 1;
      copy.height = 1;
      const ctx = copy.getContext('2d')!;
      const sx = Math.round((px - rect.left) * ratio);
      const sy = Math.round((py - rect.top) * ratio);
      ctx.drawImage(canvas, sx, sy, 1, 1, 0, 0, 1, 1);
      return [...ctx.getImageData(0, 0, 1, 1).data.slice(0, 3)];
    },
    [x, y] as const,
  );
}

/** A point inside slot `i`'s cell, below its letter: its colour is the cell's. */
function belowLetter(s: QuizView, i: number): { x: number; y: number } {
  const a = s.slotBoxes[0]!;
  const b = s.slotBoxes[1]!;
  const size = Math.abs(b.x - a.x) - 4;
  const c = s.slotBoxes[i]!;
  return { x: c.x, y: c.y + Math.round(size * 0.4) };
}

const RED = [0xe5, 0x48, 0x4d];
const near = (rgb: number[], want: number[]): boolean =>
  rgb.every((v, i) => Math.abs(v - want[i]!) <= 12);

for (const motion of ['no-preference', 'reduce'] as const) {
  test.describe(`a wrong answer is seen (motion: ${motion})`, () => {
    test.use({ reducedMotion: motion });

    test('the slots turn red, "Chưa đúng" shows, the phone buzzes; a change clears it', async ({
      page,
    }, testInfo) => {
      await page.addInitScript(() => {
        const buzzes: unknown[] = [];
        Object.assign(window, { __buzzes: buzzes });
        // Writable: the engine sets navigator.vibrate itself (to the same, when there is one).
        Object.defineProperty(navigator, 'vibrate', {
          value: (pattern: unknown) => {
            buzzes.push(pattern);
            return true;
          },
          writable: true,
          configurable: true,
        });
      });
      const start = await startQuiz(page);
      const s = await tapLetters(page, wrongOrder(questionOf(start.questionId).answer));
      expect(s.phase).toBe('question');
      expect(s.wrong).toBe(true);
      const badge = page.locator('.quiz-wrong');
      await expect(badge).toBeVisible();
      await expect(badge).toHaveText('✗ Chưa đúng');
      for (let i = 0; i < s.slots.length; i++) {
        const p = belowLetter(s, i);
        await expect
          .poll(() => canvasPixel(page, p.x, p.y).then((rgb) => near(rgb, RED)))
          .toBe(true);
      }
      // The badge is red on screen too, under its own text, and it is in view above the slots.
      const box = (await badge.boundingBox())!;
      expect(box.y + box.height).toBeLessThanOrEqual(s.slotBoxes[0]!.y);
      expect(
        await page.evaluate(() => (window as unknown as { __buzzes: unknown[] }).__buzzes),
      ).toContainEqual([60, 40, 60]);
      if (motion === 'reduce') {
        // Without movement: no animation on the badge, nothing flying.
        expect(
          await badge.evaluate(
            (el) => el.getAnimations().filter((a) => a.playState === 'running').length,
          ),
        ).toBe(0);
      }
      await page.screenshot({ path: testInfo.outputPath(`wrong-${motion}.png`) });
      await testInfo.attach(`wrong-${motion}`, {
        path: testInfo.outputPath(`wrong-${motion}.png`),
        contentType: 'image/png',
      });
      // Taking a letter out: the answer is no longer wrong, the badge and the red go.
      const after = await afterChange<QuizView>(page, () => page.keyboard.press('Backspace'));
      expect(after.wrong).toBe(false);
      await expect(badge).toBeHidden();
      const p = belowLetter(after, 0);
      expect(near(await canvasPixel(page, p.x, p.y), RED)).toBe(false);
    });

    test('the time bonus counts down where it is seen', async ({ page }) => {
      await startQuiz(page);
      const timer = page.locator('.quiz-timer');
      await expect(timer).toBeVisible();
      const first = (await timer.textContent()) ?? '';
      expect(first).toMatch(/^Thưởng \+\d+ · \d+s$/);
      await expect.poll(() => timer.textContent(), { timeout: 20_000 }).not.toBe(first);
      // The bar glides between readings, or steps without movement.
      const transition = await timer
        .locator('div > div')
        .evaluate((el) => getComputedStyle(el).transitionDuration);
      expect(transition === '0s').toBe(motion === 'reduce');
    });
  });
}

test('a wrong typed answer shows the badge too', async ({ page }) => {
  await startQuiz(page);
  await press(page, 'type');
  const field = page.locator('.answer-input input');
  await field.fill('sai rồi');
  await field.press('Enter');
  await expect(page.locator('.quiz-wrong')).toBeVisible();
  await expect.poll(async () => (await quiz(page)).wrong).toBe(true);
});

test('the written clue: first and cheapest help, readable, in both languages', async ({ page }) => {
  for (const lang of ['vi', 'en'] as const) {
    // A fresh device for each language: no unfinished game to ask about.
    if (lang === 'en')
      await page.evaluate(() => {
        localStorage.clear();
      });
    const start = await startQuiz(page, lang);
    const q = questionOf(start.questionId);
    const clueButton = async (): Promise<string> =>
      (await page.evaluate(() => window.__dhbc?.buttons() ?? [])).find((b) => b.id === 'hint-clue')
        ?.label ?? '';
    expect(await clueButton()).toBe(lang === 'vi' ? 'Gợi ý −10' : 'Clue −10');
    await press(page, 'hint-clue');
    const box = page.locator('.quiz-clue');
    await expect(box).toBeVisible();
    await expect(box).toContainText(q.hint[lang]);
    const size = await box
      .locator('.quiz-clue-text')
      .evaluate((el) => getComputedStyle(el).fontSize);
    expect(parseFloat(size)).toBeGreaterThanOrEqual(16);
    // Closing only hides it; the button shows it again for nothing.
    await box.locator('.quiz-clue-close').click();
    await expect(box).toBeHidden();
    expect(await clueButton()).toBe(lang === 'vi' ? 'Xem gợi ý' : 'See the clue');
    await press(page, 'hint-clue');
    await expect(box).toBeVisible();
    // Answered now: the card shows the clue's cost among the points, which add up.
    const before = (await quiz(page)).score;
    await tapLetters(page, answerLetters(q.answer));
    const rows = page.locator('.quiz-card-points dd');
    await expect(rows).toHaveCount(5);
    const values = (await rows.allTextContents()).map((v) => Number(v.replace('−', '-')));
    expect(values[3]).toBe(-10);
    expect(values.slice(0, 4).reduce((a, b) => a + b, 0)).toBe(values[4]);
    expect((await quiz(page)).score - before).toBe(values[4]);
    // Help costs a star: two at most, one more lost when slow.
    const { lastResult } = await sceneState<{ lastResult: { stars: number } }>(page);
    expect([1, 2]).toContain(lastResult.stars);
    await expect(page.locator('.quiz-card-stars')).toHaveText(
      '★'.repeat(lastResult.stars) + '☆'.repeat(3 - lastResult.stars),
    );
  }
});

test('a second round takes questions the first did not', async ({ page }) => {
  test.setTimeout(240_000);
  await startQuiz(page);
  const rounds: string[][] = [];
  for (let round = 0; round < 2; round++) {
    const ids: string[] = [];
    for (let i = 0; i < 10; i++) {
      ids.push((await quiz(page)).questionId ?? '');
      await press(page, 'skip');
      await press(page, 'next');
      if (i < 9) await expect.poll(async () => (await quiz(page)).questionId).not.toBe(ids.at(-1));
    }
    rounds.push(ids);
    await waitForScene(page, 'results');
    if (round === 0) {
      await press(page, 'play-again');
      await waitForScene(page, 'quiz');
    }
  }
  expect(new Set(rounds[0]).size).toBe(10);
  expect(rounds[1]!.filter((id) => rounds[0]!.includes(id))).toEqual([]);
  const kept = await page.evaluate(
    (key) => JSON.parse(localStorage.getItem(key) ?? '{}') as { played: string[] },
    `dhbc.solo.progress.${PACK.id}`,
  );
  expect(new Set(kept.played)).toEqual(new Set([...rounds[0]!, ...rounds[1]!]));
});
