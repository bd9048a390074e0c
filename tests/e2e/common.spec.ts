import { expect, test } from '@playwright/test';
import { buttons, waitForScene } from './helpers';

test.describe('the game opens', () => {
  test('shows real HTML text while loading, then the menu in the Vietnamese font, and answers a key', async ({
    page,
  }, info) => {
    // Hold the game's code back until the splash has been seen: on a fast machine the menu
    // can replace the splash before the page has even finished loading.
    let release = (): void => undefined;
    const held = new Promise<void>((resolve) => {
      release = resolve;
    });
    await page.route(/\/assets\/phaser-[^/]*\.js$/, async (route) => {
      await held;
      await route.continue();
    });
    await page.goto('/', { waitUntil: 'commit' });
    await expect(page.locator('#splash h1')).toHaveText('Đuổi hình bắt chữ');
    release();
    await waitForScene(page, 'menu');
    await expect(page.locator('#splash')).toHaveCount(0);
    expect(
      await page.evaluate(() =>
        document.fonts.check('700 20px "Be Vietnam Pro"', 'Đuổi hình bắt chữ'),
      ),
    ).toBe(true);
    await expect(page.locator('#live')).toContainText('Trang đầu');
    const canvas = page.locator('#game canvas');
    await expect(canvas).toBeVisible();
    const box = await canvas.boundingBox();
    expect(box?.width).toBe(page.viewportSize()?.width);
    expect((await buttons(page)).map((b) => b.id)).toContain('play-quiz');
    // The keyboard alone starts the game: Tab focuses the first button, Enter presses it.
    await page.keyboard.press('Enter');
    await waitForScene(page, 'quiz');
    await expect(page.locator('#live')).toContainText('Câu 1 trên 10');
    await page.screenshot({ path: info.outputPath('quiz.png') });
  });
});
