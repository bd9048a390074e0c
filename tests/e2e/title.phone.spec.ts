import { expect, test, type Page } from '@playwright/test';
import { waitForScene } from './helpers';

/** The title cards' pictures: how many are drawn, each decoded with a size. */
async function cardPictures(page: Page): Promise<number> {
  return page
    .locator('#menu .menu-card img')
    .evaluateAll(
      (imgs) =>
        imgs.filter(
          (i) => (i as HTMLImageElement).complete && (i as HTMLImageElement).naturalWidth > 0,
        ).length,
    );
}

interface Box {
  top: number;
  bottom: number;
  left: number;
  right: number;
}

async function box(page: Page, selector: string): Promise<Box> {
  return page
    .locator(selector)
    .first()
    .evaluate((el) => {
      const r = el.getBoundingClientRect();
      return { top: r.top, bottom: r.bottom, left: r.left, right: r.right };
    });
}

test.describe('the title screen', () => {
  test("shows before the pack's pictures, which then fill its cards", async ({ page }) => {
    let release = (): void => undefined;
    const held = new Promise<void>((resolve) => {
      release = resolve;
    });
    let asked = false;
    await page.route(/\/assets\/title-art-[^/]*\.js$/, async (route) => {
      asked = true;
      await held;
      await route.continue();
    });
    await page.goto('/?lang=vi');
    await waitForScene(page, 'menu');
    await expect(page.getByRole('heading', { level: 1 })).toHaveAccessibleName('Đuổi hình bắt chữ');
    await expect(page.getByRole('button', { name: 'Chơi đuổi hình bắt chữ' })).toBeVisible();
    // The art is asked for once the menu is up, and the menu does not wait for it.
    await expect.poll(() => asked).toBe(true);
    await expect(page.locator('#menu .menu-card')).toHaveText(['?', '?', '?']);
    release();
    await expect.poll(() => cardPictures(page)).toBe(3);
    // Drawn again (another language), the menu keeps its pictures.
    await page.getByRole('button', { name: 'English' }).click();
    await expect(page.getByRole('heading', { level: 1 })).toHaveAccessibleName(
      'Picture Word Chase',
    );
    expect(await cardPictures(page)).toBe(3);
  });

  for (const lang of ['vi', 'en'] as const)
    test(`its name in tiles that drop in, still with reduced motion (${lang})`, async ({
      page,
    }) => {
      const name = lang === 'vi' ? 'Đuổi hình bắt chữ' : 'Picture Word Chase';
      const tiles = lang === 'vi' ? 'bắtchữ' : 'Chase';
      const animations = (): Promise<string[]> =>
        page
          .locator('#menu .menu-tile')
          .evaluateAll((els) => els.map((el) => getComputedStyle(el).animationName));
      await page.goto(`/?lang=${lang}`);
      await waitForScene(page, 'menu');
      const heading = page.getByRole('heading', { level: 1 });
      await expect(heading).toHaveAccessibleName(name);
      await expect(heading).toHaveText(name);
      expect((await page.locator('#menu .menu-tile').allTextContents()).join('')).toBe(tiles);
      expect(new Set(await animations())).toEqual(new Set(['menu-tile-in']));
      await page.emulateMedia({ reducedMotion: 'reduce' });
      await page.reload();
      await waitForScene(page, 'menu');
      expect(new Set(await animations())).toEqual(new Set(['none']));
    });

  for (const [width, height] of [
    [360, 640],
    [412, 915],
    [640, 360],
    [915, 412],
    [1024, 768],
    [1920, 1080],
  ] as const)
    test(`title, cards and "play" in view without overlapping at ${String(width)}×${String(height)}`, async ({
      page,
    }, info) => {
      await page.setViewportSize({ width, height });
      for (const lang of ['vi', 'en'] as const) {
        await page.goto(`/?lang=${lang}`);
        await waitForScene(page, 'menu');
        await expect.poll(() => cardPictures(page)).toBe(3);
        const title = await box(page, '#menu h1');
        const art = await box(page, '#menu .menu-art');
        const play = await box(page, '#menu button[data-id="play-quiz"]');
        const buttons = await box(page, '#menu .menu-buttons');
        for (const b of [title, art, play]) {
          expect(b.top).toBeGreaterThanOrEqual(0);
          expect(b.left).toBeGreaterThanOrEqual(0);
          expect(b.bottom).toBeLessThanOrEqual(height);
          expect(b.right).toBeLessThanOrEqual(width);
        }
        // Above the buttons on a phone held upright, beside them otherwise.
        if (height > width) expect(art.bottom).toBeLessThanOrEqual(buttons.top);
        else expect(Math.max(title.right, art.right)).toBeLessThanOrEqual(buttons.left);
        expect(await page.evaluate(() => document.getElementById('menu')?.scrollWidth)).toBe(width);
        await page.screenshot({
          path: info.outputPath(`menu-${String(width)}x${String(height)}-${lang}.png`),
        });
      }
    });
});
