import { pathToFileURL } from 'node:url';
import { resolve } from 'node:path';
import { expect, test } from '@playwright/test';
import { press, sceneState, visitThenGoOffline, waitForScene } from './helpers';
import { playFirstQuestion, playSkitScene } from './play';

test.describe('with no network', () => {
  test('after one visit, the game, the default pack and both activities work offline', async ({
    page,
    context,
  }, info) => {
    // Two page loads and both activities, on a shared machine.
    test.setTimeout(120_000);
    await visitThenGoOffline(page, context);
    await playFirstQuestion(page);
    await page.screenshot({ path: info.outputPath('offline-quiz.png') });
    await page.reload();
    await waitForScene(page, 'menu');
    await playSkitScene(page);
    await page.screenshot({ path: info.outputPath('offline-skit.png') });
  });

  test('the single-file build opens from file:// and plays a question and a skit scene', async ({
    page,
  }, info) => {
    const requests: string[] = [];
    page.on('request', (r) => {
      // data: and blob: URLs are the file's own contents; anything else would be another file.
      if (!/^(data|blob):/.test(r.url())) requests.push(r.url());
    });
    await page.addInitScript(() => {
      const seen: string[] = [];
      Object.assign(window, { __cspViolations: seen });
      document.addEventListener('securitypolicyviolation', (e) => {
        seen.push(`${e.effectiveDirective} ${e.blockedURI}`);
      });
    });
    await page.goto(pathToFileURL(resolve('dist-single/index.html')).href);
    // The page carries its Content-Security-Policy, and playing breaks none of it.
    await expect(page.locator('meta[http-equiv="Content-Security-Policy"]')).toHaveAttribute(
      'content',
      /object-src 'none'/,
    );
    await waitForScene(page, 'menu');
    // The emoji's licence asks for credit: the one file shows it too.
    await expect(page.locator('#menu .menu-about')).toContainText('Twemoji');
    await expect(page.locator('#menu .menu-about')).toContainText('CC BY 4.0');
    await playFirstQuestion(page);
    await page.screenshot({ path: info.outputPath('single-quiz.png') });
    await page.reload();
    await waitForScene(page, 'menu');
    await playSkitScene(page);
    await page.screenshot({ path: info.outputPath('single-skit.png') });
    expect(await page.evaluate(() => Reflect.get(window, '__cspViolations') as string[])).toEqual(
      [],
    );
    // Everything came from the one file: no other file was asked for.
    expect(requests.filter((url) => !url.endsWith('/dist-single/index.html'))).toEqual([]);
  });

  test('the single-file build opens a .zip pack through the file picker and plays it', async ({
    page,
  }, info) => {
    await page.goto(pathToFileURL(resolve('dist-single/index.html')).href);
    await waitForScene(page, 'menu');
    // As a facilitator does from a USB stick: "open a pack", then the file beside the game.
    await page
      .locator('#pack-file-input')
      .setInputFiles(resolve('tests/content/fixtures/zip/both.zip'));
    await expect
      .poll(() => page.evaluate(() => window.__dhbc?.announcements().join('\n') ?? ''))
      .toContain('Đã mở gói Câu đố và tiểu phẩm');
    await press(page, 'play-quiz');
    await waitForScene(page, 'quiz');
    const { questionId, total } = await sceneState<{ questionId: string; total: number }>(page);
    expect(['lua-dao', 'goi-ve-nha', 'goi-111']).toContain(questionId);
    await expect(page.locator('#live')).toContainText(`Câu 1 trên ${String(total)}`);
    await page.screenshot({ path: info.outputPath('single-zip-pack.png') });
  });
});
