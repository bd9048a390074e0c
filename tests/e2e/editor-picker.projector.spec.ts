import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import { strFromU8, unzipSync } from 'fflate';
import { press } from './helpers';

/**
 * "Copy a pack" lists every pack on the device (the built-in one and each kept pack) in a
 * dialog used by keyboard alone; the chosen pack's copy keeps the whole pack (key picture,
 * quiz defaults, description, authors, sources) through the editor and its export.
 */

const FIXTURES = resolve(import.meta.dirname, '..', 'content', 'fixtures');
const BOTH_ZIP = resolve(FIXTURES, 'zip', 'both.zip');
const QUIZ_JSON = resolve(FIXTURES, 'valid', 'quiz-only.json');

async function reachMenu(page: Page): Promise<void> {
  await expect
    .poll(() => page.evaluate(() => window.__dhbc?.scene() ?? null), { timeout: 60_000 })
    .toBe('menu');
}

/** Opens a pack file through the menu, which keeps it on the device. */
async function keep(page: Page, file: string, title: string): Promise<void> {
  await page.locator('#pack-file-input').setInputFiles(file);
  await expect
    .poll(() => page.evaluate(() => window.__dhbc?.announcements() ?? []))
    .toContain(`Đã mở gói ${title} và lưu trên máy này.`);
}

test.describe('copying a kept pack in the editor', () => {
  test.describe.configure({ timeout: 180_000 });

  test('the picker lists every pack on the device; a kept pack is copied whole, by keyboard', async ({
    page,
  }, info) => {
    await page.goto('/?lang=vi');
    await reachMenu(page);
    await keep(page, BOTH_ZIP, 'Câu đố và tiểu phẩm');
    await keep(page, QUIZ_JSON, 'Câu đố');
    await press(page, 'editor');
    const ed = page.getByRole('dialog', { name: 'Soạn gói' });
    await expect(ed).toBeVisible();

    // By keyboard: the toolbar's "copy" button opens the picker, focus on the first pack.
    await ed.getByRole('button', { name: 'Chép một gói' }).focus();
    await page.keyboard.press('Enter');
    const picker = page.getByRole('dialog', { name: 'Chép gói nào?' });
    await expect(picker).toBeVisible();
    const packs = picker.getByRole('list', { name: 'Chép gói nào?' }).getByRole('button');
    await expect(packs).toHaveCount(3);
    await expect(packs.nth(0)).toContainText('có sẵn trong trò chơi');
    await expect(packs.nth(0)).toBeFocused();
    await expect(picker.getByRole('button', { name: /Câu đố và tiểu phẩm/ })).toContainText(
      'Phiên bản 1.0.0',
    );
    // The pack opened last is the one in play.
    await expect(picker.getByRole('button', { name: /^Câu đố, Phiên bản/ })).toContainText(
      'đang chơi',
    );
    // Escape closes the picker only; the focus goes back to its button.
    await page.keyboard.press('Escape');
    await expect(picker).toBeHidden();
    await expect(ed).toBeVisible();
    await expect(ed.getByRole('button', { name: 'Chép một gói' })).toBeFocused();

    // Opened again with Enter held until the picker shows: once released, Enter works in it.
    await page.keyboard.down('Enter');
    await expect(picker).toBeVisible();
    await page.keyboard.up('Enter');
    // Arrow keys go from pack to pack; Enter copies.
    const both = picker.getByRole('button', { name: /Câu đố và tiểu phẩm/ });
    for (let i = 0; i < 3 && !(await both.evaluate((b) => b === document.activeElement)); i++)
      await page.keyboard.press('ArrowDown');
    await expect(both).toBeFocused();
    await page.keyboard.press('Enter');
    // The copy opens the pack as the game does (unzipped, checked, its pictures decoded): some
    // seconds on a busy machine. Until it closes, the picker says what it is doing.
    await expect
      .poll(
        async () =>
          (await picker.isVisible())
            ? await picker
                .locator('.editor-pick-status')
                .textContent({ timeout: 1_000 })
                .catch(() => 'closed')
            : 'closed',
        { timeout: 60_000 },
      )
      .toBe('closed');
    await expect(ed.getByLabel('Tên gói (tiếng Việt)')).toHaveValue('Câu đố và tiểu phẩm');
    await expect(ed.getByLabel('Tên gói (tiếng Anh)')).toHaveValue('Quiz and skit');
    await expect(ed.getByLabel('Mã gói')).toHaveValue('ca-hai-ban-sao');
    await expect(ed.getByRole('button', { name: 'Chép một gói' })).toBeFocused();
    await expect(ed).toHaveAttribute('data-checked', 'ok');
    await page.screenshot({ path: info.outputPath('editor-copied.png') });

    // The export is the whole pack: only its id differs from the kept one.
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      ed.locator('[data-id="export-zip"]').click(),
    ]);
    const zipPath = info.outputPath('ban-sao.zip');
    await download.saveAs(zipPath);
    const copy = unzipSync(new Uint8Array(await readFile(zipPath)));
    const kept = unzipSync(new Uint8Array(await readFile(BOTH_ZIP)));
    const json = (files: Record<string, Uint8Array>) =>
      JSON.parse(strFromU8(files['pack.json'] ?? new Uint8Array())) as Record<string, unknown>;
    const original = json(kept);
    const exported = json(copy);
    for (const field of ['description', 'authors', 'licence', 'sources', 'keyPicture'])
      expect(exported[field], field).toEqual(original[field]);
    expect((exported.quiz as { defaults: unknown }).defaults).toEqual(
      (original.quiz as { defaults: unknown }).defaults,
    );
    expect(copy['art/nha.svg']).toEqual(kept['art/nha.svg']);
  });
});
