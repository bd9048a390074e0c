import { readFileSync } from 'node:fs';
import { expect, test, type Page } from '@playwright/test';
import { buttons, press, sceneState, waitForScene } from './helpers';

/**
 * The results screen on a phone: the confetti keeps off the list of what was learned, and the
 * bar's buttons keep their labels at full size ("Back to the start" is the longest), in both
 * languages, in both orientations.
 */

interface Rect {
  left: number;
  top: number;
  right: number;
  bottom: number;
}

declare global {
  interface Window {
    __confetti?: Rect[];
  }
}

const PACK = JSON.parse(readFileSync('assets/packs/default/pack.json', 'utf8')) as {
  quiz: { questions: { id: string; answer: string }[] };
};

/** Records where each confetti layer is put on the page, as it is put there. */
async function watchConfetti(page: Page): Promise<void> {
  await page.addInitScript(() => {
    const seen: Rect[] = [];
    window.__confetti = seen;
    new MutationObserver((records) => {
      for (const r of records)
        for (const node of r.addedNodes)
          if (node instanceof HTMLElement && node.classList.contains('confetti')) {
            const { left, top, right, bottom } = node.getBoundingClientRect();
            seen.push({ left, top, right, bottom });
          }
    }).observe(document, { childList: true, subtree: true });
  });
}

/** A round: the first question answered right (typed), the nine others skipped. */
async function playRound(page: Page, lang: 'vi' | 'en'): Promise<void> {
  await page.goto(`/?lang=${lang}`);
  await waitForScene(page, 'menu');
  await press(page, 'play-quiz');
  await waitForScene(page, 'quiz');
  const quiz = (): Promise<{ phase: string; index: number; questionId: string }> =>
    sceneState(page);
  const id = (await quiz()).questionId;
  const answer = PACK.quiz.questions.find((q) => q.id === id)?.answer ?? '';
  await press(page, 'type');
  await page.locator('.answer-input input').fill(answer);
  await page.locator('.answer-input input').press('Enter');
  await expect.poll(async () => (await quiz()).phase).toBe('feedback');
  await press(page, 'next');
  for (let i = 1; i < 10; i++) {
    await expect.poll(async () => (await quiz()).index).toBe(i);
    await press(page, 'skip');
    await press(page, 'next');
  }
  await waitForScene(page, 'results');
}

/** The bar's buttons are all in view, each label at its full 20 px. */
async function expectRoomyBar(page: Page, width: number, height: number): Promise<void> {
  await page.setViewportSize({ width, height });
  await expect
    .poll(async () => {
      const bar = (await buttons(page)).filter((b) =>
        ['play-again', 'share', 'to-menu'].includes(b.id),
      );
      return (
        bar.length >= 2 &&
        bar.every(
          (b) =>
            b.x - b.w / 2 >= 0 &&
            b.x + b.w / 2 <= width &&
            b.y - b.h / 2 >= 0 &&
            b.y + b.h / 2 <= height,
        )
      );
    })
    .toBe(true);
  const bar = (await buttons(page)).filter((b) =>
    ['play-again', 'share', 'to-menu'].includes(b.id),
  );
  expect(bar.map((b) => b.id)).toContain('to-menu');
  for (const b of bar) expect({ id: b.id, size: b.fontSize }).toEqual({ id: b.id, size: 20 });
}

for (const lang of ['vi', 'en'] as const) {
  test.describe(`the results in ${lang}`, () => {
    test.use({ viewport: { width: 360, height: 640 } });
    test('confetti above the list; the buttons roomy at 360×640, 640×360 and 412×915', async ({
      page,
    }) => {
      test.setTimeout(180_000);
      await watchConfetti(page);
      await playRound(page, lang);
      const { listTop, right } = await sceneState<{ listTop: number; right: number }>(page);
      expect(right).toBe(1);
      await expect.poll(() => page.evaluate(() => window.__confetti?.length ?? 0)).toBe(1);
      const [confetti] = await page.evaluate(() => window.__confetti ?? []);
      expect(confetti?.bottom).toBeLessThanOrEqual(listTop);
      expect(confetti?.bottom).toBeGreaterThan(100);
      await expectRoomyBar(page, 360, 640);
      await expectRoomyBar(page, 640, 360);
      await expectRoomyBar(page, 412, 915);
    });
  });
}
