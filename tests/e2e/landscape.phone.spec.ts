import { expect, test, type Page } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { buttons, openLansStory, press, sceneState, waitForScene } from './helpers';

const QUESTIONS = (
  JSON.parse(readFileSync('assets/packs/default/pack.json', 'utf8')) as {
    quiz: { questions: { id: string; answer: string }[] };
  }
).quiz.questions;

function answerOf(id: string): string {
  const q = QUESTIONS.find((x) => x.id === id);
  if (!q) throw new Error(`No question ${id} in the default pack`);
  return q.answer;
}

/**
 * Small phones held either way (issue 16): the skit's "Tiếp" inside the screen, the typed
 * answer's placeholder whole in its field, and the help numbers of an ending as large call
 * buttons in view without scrolling.
 */

interface SkitState {
  kind: string;
  options: number[];
  step: number;
}

/** Every canvas button lies inside the page's `width` × `height`. */
async function allButtonsInView(page: Page, width: number, height: number): Promise<boolean> {
  const boxes = await buttons(page);
  return (
    boxes.length > 0 &&
    boxes.every(
      (b) =>
        b.x - b.w / 2 >= 0 &&
        b.y - b.h / 2 >= 0 &&
        b.x + b.w / 2 <= width &&
        b.y + b.h / 2 <= height,
    )
  );
}

/** The placeholder's width in the field's font, and the room the field has for it. */
async function placeholderFit(page: Page): Promise<{ need: number; room: number }> {
  return page.locator('.answer-input input').evaluate((input: HTMLInputElement) => {
    const cs = getComputedStyle(input);
    const ctx = document.createElement('canvas').getContext('2d')!;
    ctx.font = `${cs.fontWeight} ${cs.fontSize} ${cs.fontFamily}`;
    return {
      need: ctx.measureText(input.placeholder).width,
      room: input.clientWidth - parseFloat(cs.paddingLeft) - parseFloat(cs.paddingRight),
    };
  });
}

/** The ending's call buttons: label, link and box. */
async function callButtons(page: Page) {
  return page.locator('.ending-calls a').evaluateAll((links) =>
    links.map((a) => {
      const r = a.getBoundingClientRect();
      return { href: (a as HTMLAnchorElement).href, top: r.top, bottom: r.bottom, h: r.height };
    }),
  );
}

for (const lang of ['vi', 'en'] as const)
  for (const [width, height] of [
    [360, 640],
    [640, 360],
  ] as const)
    test.describe(`${String(width)}×${String(height)}, ${lang}`, () => {
      test.use({ viewport: { width, height } });
      test('the typed answer shows its whole placeholder', async ({ page }) => {
        await page.goto(`/?lang=${lang}`);
        await waitForScene(page, 'menu');
        await press(page, 'play-quiz');
        await waitForScene(page, 'quiz');
        await expect.poll(() => allButtonsInView(page, width, height)).toBe(true);
        await press(page, 'type');
        await expect(page.locator('.answer-input input')).toBeFocused();
        const fit = await placeholderFit(page);
        expect(fit.need).toBeLessThanOrEqual(fit.room);
      });

      test('the time bonus clear of the clue button; the card\'s "next" in view', async ({
        page,
      }) => {
        await page.goto(`/?lang=${lang}`);
        await waitForScene(page, 'menu');
        await press(page, 'play-quiz');
        await waitForScene(page, 'quiz');
        const clue = async () => (await buttons(page)).find((b) => b.id === 'hint-clue');
        await expect.poll(async () => (await clue()) !== undefined).toBe(true);
        const words = page.locator('.quiz-timer span');
        await expect(words).not.toBeEmpty();
        const b = (await clue())!;
        const box = (await words.boundingBox())!;
        // The words end before the button begins, and none of them is cut.
        expect(box.x + box.width).toBeLessThanOrEqual(b.x - b.w / 2);
        expect(await words.evaluate((el) => el.scrollWidth <= el.clientWidth)).toBe(true);
        await press(page, 'skip');
        const next = page.locator('.quiz-card-next');
        await expect(next).toBeVisible();
        const n = (await next.boundingBox())!;
        expect(n.y).toBeGreaterThanOrEqual(0);
        expect(n.y + n.height).toBeLessThanOrEqual(height);
        await press(page, 'next');
        // A right answer's card: the rule over the total runs unbroken under both columns.
        await press(page, 'type');
        const { questionId } = await sceneState<{ questionId: string }>(page);
        await page.locator('.answer-input input').fill(answerOf(questionId));
        await page.locator('.answer-input input').press('Enter');
        const total = page.locator('.quiz-card-points');
        await expect(total).toBeVisible();
        const [dt, dd] = await Promise.all([
          total.locator('dt').last().boundingBox(),
          total.locator('dd').last().boundingBox(),
        ]);
        expect(dt!.x + dt!.width).toBeGreaterThanOrEqual(dd!.x - 0.5);
        const n2 = (await next.boundingBox())!;
        expect(n2.y + n2.height).toBeLessThanOrEqual(height);
      });
    });

test.describe('a skit on a small phone', () => {
  test.use({ viewport: { width: 640, height: 360 } });
  test('"Tiếp" in view; the ending calls 111 and 113 from large buttons in view, both ways', async ({
    page,
  }) => {
    test.setTimeout(180_000);
    await page.emulateMedia({ reducedMotion: 'reduce' });
    await openLansStory(page);
    await expect.poll(() => allButtonsInView(page, 640, 360)).toBe(true);
    expect((await buttons(page)).map((b) => b.id)).toContain('continue');
    // On to an ending, the first option at every choice.
    for (let i = 0; i < 80; i += 1) {
      const s = await sceneState<SkitState>(page);
      if (s.kind === 'ending') break;
      await expect.poll(() => allButtonsInView(page, 640, 360)).toBe(true);
      await press(page, s.kind === 'choice' ? `option-${String(s.options[0])}` : 'continue');
      await expect.poll(async () => (await sceneState<SkitState>(page)).step).toBe(s.step + 1);
    }
    await expect(page.getByRole('dialog')).toBeVisible();
    for (const [w, h] of [
      [640, 360],
      [360, 640],
    ] as const) {
      await page.setViewportSize({ width: w, height: h });
      await expect
        .poll(async () => {
          const calls = await callButtons(page);
          return calls.length === 2 && calls.every((c) => c.h >= 48 && c.top >= 0 && c.bottom <= h);
        })
        .toBe(true);
      const calls = await callButtons(page);
      expect(calls.map((c) => c.href)).toEqual(['tel:111', 'tel:113']);
      // The ending stays open as the phone turns.
      await expect(page.getByRole('dialog')).toBeVisible();
    }
    await expect(page.getByRole('link', { name: 'Gọi Tổng đài 111' })).toBeVisible();
    // The whole story's history: its Close in view at once, above forty lines.
    await page.setViewportSize({ width: 640, height: 360 });
    await page.getByRole('button', { name: 'Chọn lại từ một lựa chọn trước' }).click();
    const history = page.getByRole('dialog', { name: 'Lịch sử' });
    await expect(history).toBeVisible();
    expect(await history.locator('li').count()).toBeGreaterThan(20);
    const close = history.getByRole('button', { name: 'Đóng' });
    await expect(close).toBeFocused();
    const c = (await close.boundingBox())!;
    expect(c.y + c.height).toBeLessThanOrEqual(360);
  });
});
