import { cpSync, mkdtempSync, readFileSync, appendFileSync, existsSync, statSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { tmpdir } from 'node:os';
import { extname, join, resolve } from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import { press, sceneState, waitForScene } from './helpers';

/**
 * A new version of the game reaches a device that has the old one: it is announced, and it
 * is applied only when the facilitator says so. The test serves its own copy of the build, so
 * that it can publish a "new version" by changing the service worker on disk.
 */

const TYPES: Readonly<Record<string, string>> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript',
  '.css': 'text/css',
  '.json': 'application/json',
  '.webmanifest': 'application/manifest+json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.woff2': 'font/woff2',
  '.mp3': 'audio/mpeg',
};

function serve(root: string): Promise<{ server: Server; url: string }> {
  const server = createServer((req, res) => {
    const path = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname);
    let file = join(root, path);
    if (!file.startsWith(root) || !existsSync(file)) {
      res.writeHead(404).end();
      return;
    }
    if (statSync(file).isDirectory()) file = join(file, 'index.html');
    res.writeHead(200, {
      'content-type': TYPES[extname(file)] ?? 'application/octet-stream',
      'cache-control': 'no-cache',
    });
    res.end(readFileSync(file));
  });
  return new Promise((done) => {
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      done({ server, url: `http://127.0.0.1:${String(port)}/` });
    });
  });
}

/** What the browser does by itself on its next check: look for a new service worker. */
async function browserChecksForUpdate(page: Page): Promise<void> {
  await page.evaluate(async () => {
    const registration = await navigator.serviceWorker.getRegistration();
    await registration?.update();
  });
}

interface QuizView {
  index: number;
  questionId: string;
  score: number;
  slots: (string | null)[];
}

/** What the player sees of the game (not the bonus timer, which runs on). */
async function seen(page: Page): Promise<QuizView> {
  const s = await sceneState<QuizView>(page);
  return { index: s.index, questionId: s.questionId, score: s.score, slots: s.slots };
}

test.describe('a new version', () => {
  let root = '';
  let server: Server | null = null;
  let base = '';

  test.beforeEach(async () => {
    root = mkdtempSync(join(tmpdir(), 'game-update-'));
    cpSync(resolve('dist'), root, { recursive: true });
    ({ server, url: base } = await serve(root));
  });

  test.afterEach(() => {
    server?.close();
  });

  test('is announced during a game without stopping it, and applied only when asked', async ({
    page,
  }, info) => {
    test.setTimeout(180_000);
    await page.goto(base);
    await waitForScene(page, 'menu');
    await page.evaluate(async () => {
      await navigator.serviceWorker.ready;
    });
    // A device that has had the game before: the service worker serves it.
    await page.reload();
    await waitForScene(page, 'menu');
    expect(await page.evaluate(() => navigator.serviceWorker.controller !== null)).toBe(true);
    await press(page, 'play-quiz');
    await waitForScene(page, 'quiz');
    const playing = await seen(page);

    // A new version is published while the game is being played.
    appendFileSync(join(root, 'sw.js'), '\n// the next version\n');
    await browserChecksForUpdate(page);
    const banner = page.getByRole('region', { name: 'Có phiên bản mới của trò chơi.' });
    await expect(banner).toBeVisible({ timeout: 60_000 });
    await page.screenshot({ path: info.outputPath('update-banner.png') });
    // Nothing was reloaded: the same question, the same score.
    expect(await seen(page)).toEqual(playing);

    // "Later": the banner goes, the game goes on with the old version.
    await banner.getByRole('button', { name: 'Để sau' }).click();
    await expect(banner).toHaveCount(0);
    expect(await seen(page)).toEqual(playing);
    expect(
      await page.evaluate(
        async () => ((await navigator.serviceWorker.getRegistration())?.waiting ?? null) !== null,
      ),
    ).toBe(true);

    // The next time the game opens, the new version is offered again; "update now" applies it
    // and the game comes back where it was.
    await page.reload();
    await waitForScene(page, 'menu');
    await expect(banner).toBeVisible({ timeout: 60_000 });
    // The new version takes over, and the page reloads once to run it.
    const reloaded = page.waitForEvent('load', { timeout: 60_000 });
    await banner.getByRole('button', { name: 'Cập nhật ngay' }).click();
    await reloaded;
    await waitForScene(page, 'menu');
    expect(
      await page.evaluate(async () => {
        const registration = await navigator.serviceWorker.getRegistration();
        return registration?.waiting === null && navigator.serviceWorker.controller !== null;
      }),
    ).toBe(true);
    await expect(banner).toHaveCount(0);
    await waitForScene(page, 'menu');
    await press(page, 'continue-quiz');
    await waitForScene(page, 'quiz');
    expect(await sceneState<QuizView>(page)).toMatchObject({
      index: playing.index,
      questionId: playing.questionId,
      score: playing.score,
    });
  });
});
