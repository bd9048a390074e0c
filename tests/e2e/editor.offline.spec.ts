import { pathToFileURL } from 'node:url';
import { resolve } from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import { press, visitThenGoOffline, waitForScene } from './helpers';

/**
 * The editor works with no network: after one visit the service worker serves its code, the
 * draft is kept over a reload made offline, and the single-file build opens the same editor.
 */

const editor = (page: Page) => page.getByRole('dialog', { name: 'Soạn gói' });

/** Opens the editor, writes a title, and sees it saved on the device. */
async function editTitle(page: Page, title: string): Promise<void> {
  await press(page, 'editor');
  const ed = editor(page);
  await expect(ed).toBeVisible();
  await ed.getByLabel('Tên gói (tiếng Việt)').fill(title);
  await expect
    .poll(() => page.evaluate(() => localStorage.getItem('dhbc.editor.draft') ?? ''))
    .toContain(title);
}

test.describe('the editor with no network', () => {
  test('opens offline after one visit, and a reload offline keeps the draft', async ({
    page,
    context,
  }, info) => {
    test.setTimeout(180_000);
    await visitThenGoOffline(page, context, '/?lang=vi');
    // The editor's code was never loaded: the service worker has it.
    await editTitle(page, 'Gói soạn khi mất mạng');
    await page.reload();
    await waitForScene(page, 'menu');
    await press(page, 'editor');
    await expect(editor(page).getByLabel('Tên gói (tiếng Việt)')).toHaveValue(
      'Gói soạn khi mất mạng',
    );
    // A copy of the built-in pack, offline too.
    await editor(page).locator('[data-id="copy"]').click();
    await page.locator('.editor-pack-picker [data-key="built-in"]').click();
    await expect(editor(page).getByLabel('Mã gói')).toHaveValue(/-ban-sao$/);
    await expect(editor(page)).toHaveAttribute('data-checked', 'ok');
    await page.screenshot({ path: info.outputPath('editor-offline.png') });
  });

  test('the single-file build opens the same editor and keeps its draft over a reload', async ({
    page,
  }, info) => {
    test.setTimeout(120_000);
    const requests: string[] = [];
    page.on('request', (r) => {
      if (!/^(data|blob):/.test(r.url())) requests.push(r.url());
    });
    await page.goto(`${pathToFileURL(resolve('dist-single/index.html')).href}?lang=vi`);
    await waitForScene(page, 'menu');
    await editTitle(page, 'Gói trong một tệp');
    await page.reload();
    await waitForScene(page, 'menu');
    await press(page, 'editor');
    await expect(editor(page).getByLabel('Tên gói (tiếng Việt)')).toHaveValue('Gói trong một tệp');
    await editor(page).locator('[data-id="copy"]').click();
    const picker = page.getByRole('dialog', { name: 'Chép gói nào?' });
    await picker.locator('[data-key="built-in"]').click();
    await expect(editor(page).getByLabel('Mã gói')).toHaveValue(/-ban-sao$/);
    await expect(editor(page)).toHaveAttribute('data-checked', 'ok');
    await page.screenshot({ path: info.outputPath('editor-single.png') });
    // Everything came from the one file.
    expect(requests.filter((url) => !url.includes('/dist-single/index.html'))).toEqual([]);
  });
});
