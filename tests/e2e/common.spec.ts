import { expect, test } from '@playwright/test';
import { buttons, press, waitForScene } from './helpers';

test.describe('the game opens', () => {
  test('shows real HTML text while loading, then the menu before the game engine, and answers a key', async ({
    page,
  }, info) => {
    // Hold the page's script back until the splash has been seen: on a fast machine the menu
    // can replace the splash before the page has even finished loading.
    let release = (): void => undefined;
    const held = new Promise<void>((resolve) => {
      release = resolve;
    });
    await page.route(/\/assets\/index-[^/]*\.js$/, async (route) => {
      await held;
      await route.continue();
    });
    // The engine may be fetched ahead into the cache once the menu shows, but not run as a
    // script until an activity starts.
    const engineScripts: string[] = [];
    page.on('request', (request) => {
      if (request.resourceType() === 'script' && /\/assets\/phaser-[^/]*\.js$/.test(request.url()))
        engineScripts.push(request.url());
    });
    await page.goto('/', { waitUntil: 'commit' });
    await expect(page.locator('#splash h1')).toHaveText('Đuổi hình bắt chữ');
    release();
    await waitForScene(page, 'menu');
    await expect(page.locator('#splash')).toHaveCount(0);
    // The menu is real HTML, in the Vietnamese font, and the game engine has not been fetched.
    await expect(page.locator('#menu h1')).toHaveText('Đuổi hình bắt chữ');
    await expect(page.getByRole('button', { name: 'Chơi đuổi hình bắt chữ' })).toBeVisible();
    // The credit the emoji's licence asks for, and the game's own licences.
    await expect(page.locator('#menu .menu-about')).toContainText(
      'Hình emoji: Twemoji © Twitter, Inc. và cộng đồng, giấy phép CC BY 4.0',
    );
    await expect
      .poll(() =>
        page.evaluate(() => document.fonts.check('700 20px "Be Vietnam Pro"', 'Đuổi hình bắt chữ')),
      )
      .toBe(true);
    await expect(page.locator('#live')).toContainText('Trang đầu');
    expect(engineScripts).toEqual([]);
    await expect(page.locator('#game canvas')).toHaveCount(0);
    expect((await buttons(page)).map((b) => b.id)).toContain('play-quiz');
    await page.screenshot({ path: info.outputPath('menu.png') });
    // The keyboard alone starts the game: the first button has the focus, Enter presses it.
    await page.keyboard.press('Enter');
    await waitForScene(page, 'quiz');
    await expect(page.locator('#menu')).toBeHidden();
    await expect(page.locator('#live')).toContainText('Câu 1 trên 10');
    expect(engineScripts).toHaveLength(1);
    const canvas = page.locator('#game canvas');
    await expect(canvas).toBeVisible();
    const box = await canvas.boundingBox();
    expect(box?.width).toBe(page.viewportSize()?.width);
    await page.screenshot({ path: info.outputPath('quiz.png') });
  });
});

test.describe('the game engine cannot load', () => {
  test('"play" says so and keeps the menu, and a later press plays once the line is back', async ({
    page,
  }) => {
    let blocked = true;
    await page.route(/\/assets\/phaser-[^/]*\.js$/, async (route) => {
      if (blocked) await route.abort('internetdisconnected');
      else await route.continue();
    });
    await page.goto('/?lang=vi');
    await waitForScene(page, 'menu');
    await press(page, 'play-quiz');
    await expect(page.getByRole('dialog', { name: 'Chưa mở được trò chơi' })).toBeVisible();
    await expect(page.locator('.pack-notice')).toHaveText(
      'Không tải được trò chơi: hãy kiểm tra kết nối mạng rồi bấm lại.',
    );
    expect(await page.evaluate(() => window.__dhbc?.scene())).toBe('menu');
    await page.getByRole('button', { name: 'Đóng' }).click();
    expect((await buttons(page)).find((b) => b.id === 'play-quiz')?.label).toBe(
      'Chơi đuổi hình bắt chữ',
    );
    blocked = false;
    await press(page, 'play-quiz');
    await waitForScene(page, 'quiz');
  });
});

test.describe('the game engine cannot start on this device', () => {
  test('"play" says the game hit an error, not that the network is down', async ({ page }) => {
    // A browser that gives no canvas: the engine's code arrives, but it cannot start.
    await page.addInitScript(() => {
      HTMLCanvasElement.prototype.getContext = () => null;
    });
    await page.goto('/?lang=vi');
    await waitForScene(page, 'menu');
    await press(page, 'play-quiz');
    await expect(page.getByRole('dialog', { name: 'Chưa mở được trò chơi' })).toBeVisible();
    await expect(page.locator('.pack-notice')).toHaveText(
      'Trò chơi gặp lỗi khi mở trên máy này. Hãy tải lại trang rồi thử lại.',
    );
    expect(await page.evaluate(() => window.__dhbc?.scene())).toBe('menu');
  });
});

test.describe('the keyboard', () => {
  test('the arrow keys move through the menu, round from the last button to the first', async ({
    page,
  }) => {
    await page.goto('/?lang=vi');
    await waitForScene(page, 'menu');
    const focused = (): Promise<string | null> =>
      page.evaluate(() => window.__dhbc?.buttons().find((b) => b.focused)?.id ?? null);
    const ids = (await buttons(page)).map((b) => b.id);
    expect(await focused()).toBe(ids[0]);
    await page.keyboard.press('ArrowUp');
    expect(await focused()).toBe(ids[ids.length - 1]);
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('ArrowRight');
    expect(await focused()).toBe(ids[1]);
    await page.keyboard.press('ArrowLeft');
    expect(await focused()).toBe(ids[0]);
  });

  test('after a game, Tab and Shift+Tab still move through the menu', async ({ page }) => {
    await page.goto('/?lang=vi');
    await waitForScene(page, 'menu');
    await press(page, 'play-quiz');
    await waitForScene(page, 'quiz');
    await press(page, 'menu');
    await waitForScene(page, 'menu');
    const focused = (): Promise<string | null> =>
      page.evaluate(() => window.__dhbc?.buttons().find((b) => b.focused)?.id ?? null);
    const ids = (await buttons(page)).map((b) => b.id);
    expect(ids.length).toBeGreaterThan(2);
    expect(await focused()).toBe(ids[0]);
    await page.keyboard.press('Tab');
    expect(await focused()).toBe(ids[1]);
    await page.keyboard.press('Tab');
    expect(await focused()).toBe(ids[2]);
    await page.keyboard.press('Shift+Tab');
    expect(await focused()).toBe(ids[1]);
  });

  test('one key press is one move in the game, even when keys come faster than frames', async ({
    page,
  }) => {
    await page.goto('/?lang=vi');
    await press(page, 'play-quiz');
    await waitForScene(page, 'quiz');
    const focused = (): Promise<string | null> =>
      page.evaluate(() => window.__dhbc?.buttons().find((b) => b.focused)?.id ?? null);
    // The quiz opens with nothing focused: a first press puts the focus on its first button.
    await page.keyboard.press('ArrowDown');
    await expect.poll(focused).not.toBeNull();
    // Two presses, each waited for: where the focus should end.
    const start = await focused();
    const path: (string | null)[] = [];
    for (let i = 0; i < 2; i++) {
      const was = await focused();
      await page.keyboard.press('ArrowDown');
      await expect.poll(focused).not.toBe(was);
      path.push(await focused());
    }
    for (let i = 0; i < 2; i++) {
      const was = await focused();
      await page.keyboard.press('ArrowUp');
      await expect.poll(focused).not.toBe(was);
    }
    expect(await focused()).toBe(start);
    // The same two presses between two frames, as a clicker or a slow phone sends them
    // (Phaser used to replay the first press when the second came: three moves).
    await page.evaluate(() => {
      for (let i = 0; i < 2; i++) {
        for (const type of ['keydown', 'keyup'])
          document.body.dispatchEvent(
            new KeyboardEvent(type, { key: 'ArrowDown', code: 'ArrowDown', bubbles: true }),
          );
      }
    });
    expect(await focused()).toBe(path[1]);
  });
});

test.describe('an unfinished quiz', () => {
  test('a new quiz asks first; keeping the game loses nothing, confirming starts afresh', async ({
    page,
  }) => {
    await page.goto('/?lang=vi');
    await waitForScene(page, 'menu');
    await press(page, 'play-quiz');
    await waitForScene(page, 'quiz');
    await expect(page.locator('#live')).toContainText('Câu 1 trên 10');
    await press(page, 'menu');
    await waitForScene(page, 'menu');
    expect((await buttons(page)).map((b) => b.id)).toContain('continue-quiz');

    await press(page, 'play-quiz');
    const ask = page.getByRole('alertdialog', { name: 'Chơi ván mới?' });
    await expect(ask).toContainText('Ván đang dở (câu 1/10, 0 điểm) sẽ bị xoá.');
    // The focus starts on "keep": Enter by habit loses nothing.
    await expect(ask.getByRole('button', { name: 'Giữ ván đang dở' })).toBeFocused();
    await page.keyboard.press('Enter');
    await expect(ask).toHaveCount(0);
    expect(await page.evaluate(() => window.__dhbc?.scene())).toBe('menu');
    expect((await buttons(page)).map((b) => b.id)).toContain('continue-quiz');

    await press(page, 'play-quiz');
    await page.getByRole('alertdialog').getByRole('button', { name: 'Chơi ván mới' }).click();
    await waitForScene(page, 'quiz');
    await expect(page.locator('#live')).toContainText('Câu 1 trên 10');
  });
});

test.describe('a quiz saved before saves kept a summary', () => {
  test('is still offered to continue, once the pack has loaded', async ({ page }) => {
    await page.goto('/?lang=vi');
    await waitForScene(page, 'menu');
    await press(page, 'play-quiz');
    await waitForScene(page, 'quiz');
    await press(page, 'menu');
    await waitForScene(page, 'menu');
    // As an earlier version of the game left it: the log, and no summary beside it.
    const keys = await page.evaluate(() => {
      localStorage.removeItem('dhbc.solo.session.summary');
      return Object.keys(localStorage);
    });
    expect(keys).toContain('dhbc.solo.session');
    await page.reload();
    await waitForScene(page, 'menu');
    await expect(page.locator('#menu button[data-id="continue-quiz"]')).toBeVisible();
    expect(
      await page.evaluate(() => localStorage.getItem('dhbc.solo.session.summary')),
    ).not.toBeNull();
  });
});
