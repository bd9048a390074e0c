import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import { press, waitForScene } from './helpers';

/**
 * "Soạn gói": a pack built in the editor by keyboard and pointer, with a reload in the middle
 * (the draft is kept), exported as a .zip, and opened in the game like any pack file.
 */

const PNG_1X1 = Buffer.from(
  'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==',
  'base64',
);

async function reachMenu(page: Page): Promise<void> {
  await expect
    .poll(() => page.evaluate(() => window.__dhbc?.scene() ?? null), { timeout: 60_000 })
    .toBe('menu');
}

const editor = (page: Page) => page.getByRole('dialog', { name: 'Soạn gói' });

async function openEditor(page: Page): Promise<void> {
  await press(page, 'editor');
  await expect(editor(page)).toBeVisible();
}

test.describe('the pack editor', () => {
  test.describe.configure({ timeout: 180_000 });

  test('builds a pack by keyboard and pointer, keeps it over a reload, exports it, and the game opens it', async ({
    page,
  }, info) => {
    await page.goto('/?lang=vi');
    await reachMenu(page);
    await openEditor(page);
    const ed = editor(page);

    // Keyboard: the answer has the focus; the tile preview follows what is typed.
    await expect(ed.getByLabel('Đáp án', { exact: true })).toBeFocused();
    await page.keyboard.type('lừa đảo');
    await expect(ed.locator('#editor-tile-count')).toHaveText('6 ô chữ');
    await expect(ed.locator('.editor-slot')).toHaveCount(6);
    await ed.getByLabel('Tên gói (tiếng Việt)').fill('Gói soạn thử');
    await ed.getByLabel('Mã gói').fill('goi-soan-thu');
    await ed.getByLabel('Chủ đề').fill('Cảnh giác');
    await ed.getByLabel('Thẻ giải thích (tiếng Việt)').fill('Đừng tin lời hứa việc nhẹ lương cao.');
    // The rebus from glyphs found by a Vietnamese keyword, then an English one.
    await ed.getByLabel('Tìm hình theo từ khoá (Việt hoặc Anh)').fill('điện thoại');
    await ed.locator('#editor-glyph-results button').first().focus();
    await page.keyboard.press('Enter');
    await ed.locator('[data-sign="+"]').click();
    await ed.getByLabel('Tìm hình theo từ khoá (Việt hoặc Anh)').fill('money');
    await ed.locator('#editor-glyph-results button').first().click();
    await expect(ed.locator('.editor-phone .editor-rebus-row img')).toHaveCount(2);
    await expect(ed.locator('.editor-problems')).toContainText('Không có lỗi');

    // Undo takes the last glyph away, redo brings it back.
    await ed.locator('[data-id="undo"]').click();
    await expect(ed.locator('.editor-phone .editor-rebus-row img')).toHaveCount(1);
    await ed.locator('[data-id="redo"]').click();
    await expect(ed.locator('.editor-phone .editor-rebus-row img')).toHaveCount(2);

    // A second question with an uploaded picture; its problem shows under its field until fixed.
    await ed.locator('[data-id="add-question"]').click();
    await expect(ed.getByLabel('Đáp án', { exact: true })).toBeFocused();
    await page.keyboard.type('gọi 111');
    await ed.locator('#editor-upload').setInputFiles({
      name: 'dien-thoai.png',
      mimeType: 'image/png',
      buffer: PNG_1X1,
    });
    await expect(ed.locator('.editor-phone .editor-preview-picture img')).toHaveCount(1);
    await ed.getByLabel('Độ khó (1–5)').fill('7');
    await expect(ed.locator('#editor-difficulty-problems')).not.toBeEmpty();
    await expect(ed.locator('#editor-difficulty')).toHaveAttribute('aria-invalid', 'true');
    await ed.getByLabel('Độ khó (1–5)').fill('2');
    await expect(ed.locator('#editor-difficulty-problems')).toBeEmpty();

    for (const [name, size] of [
      ['1366x768', { width: 1366, height: 768 }],
      ['1920x1080', { width: 1920, height: 1080 }],
      ['tablet-1024x768', { width: 1024, height: 768 }],
    ] as const) {
      await page.setViewportSize(size);
      await page.screenshot({ path: info.outputPath(`editor-${name}.png`) });
    }

    // A reload loses nothing: the draft comes back with both questions.
    await page.reload();
    await reachMenu(page);
    await openEditor(page);
    await expect(ed.locator('.editor-questions li')).toHaveCount(2);
    await expect(ed.getByLabel('Tên gói (tiếng Việt)')).toHaveValue('Gói soạn thử');
    await ed.locator('[data-question="0"]').click();
    await expect(ed.getByLabel('Đáp án', { exact: true })).toHaveValue('lừa đảo');
    await expect(ed.locator('.editor-problems')).toContainText('Không có lỗi');

    // Export the .zip, then open it in the game.
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      ed.locator('[data-id="export-zip"]').click(),
    ]);
    expect(download.suggestedFilename()).toBe('goi-soan-thu.zip');
    const zipPath = info.outputPath('goi-soan-thu.zip');
    await download.saveAs(zipPath);
    expect((await readFile(zipPath)).subarray(0, 2).toString()).toBe('PK');
    await ed.locator('[data-id="close"]').click();
    await expect(editor(page)).toHaveCount(0);
    await page.locator('#pack-file-input').setInputFiles(zipPath);
    await expect
      .poll(() => page.evaluate(() => window.__dhbc?.announcements() ?? []))
      .toContain('Đã mở gói Gói soạn thử và lưu trên máy này.');
    await press(page, 'play-quiz');
    await waitForScene(page, 'quiz');
    await expect(page.locator('#live')).toContainText('Câu 1 trên 2');
  });

  test('opens an Excel .xlsx sheet and a ";"-separated Windows-1258 CSV through the file picker', async ({
    page,
  }) => {
    await page.goto('/?lang=vi');
    await reachMenu(page);
    const announced = (text: string) =>
      expect.poll(() => page.evaluate(() => window.__dhbc?.announcements() ?? [])).toContain(text);
    await page
      .locator('#pack-file-input')
      .setInputFiles(resolve(import.meta.dirname, '..', '..', 'docs', 'examples', 'mau-goi.xlsx'));
    await announced('Đã mở gói mau-goi và lưu trên máy này.');
    // As Excel on a Vietnamese Windows saves "CSV (Comma delimited)": ";" and code page 1258,
    // "Lừa đảo" as L, ư + grave, a, space, đ, a + hook, o.
    const ascii = (text: string) => Array.from(text, (c) => c.charCodeAt(0));
    const csv = Buffer.from([
      ...ascii('dap_an;hinh;do_kho;chu_de;giai_thich\r\n'),
      ...[0x4c, 0xfd, 0xcc, 0x61, 0x20, 0xf0, 0x61, 0xd2, 0x6f],
      ...ascii(';LUA + DAO;2;Canh giac;Goi 111.\r\n'),
    ]);
    await page
      .locator('#pack-file-input')
      .setInputFiles({ name: 'cau-hoi-excel.csv', mimeType: 'text/csv', buffer: csv });
    await announced('Đã mở gói cau-hoi-excel và lưu trên máy này.');
    await press(page, 'play-quiz');
    await waitForScene(page, 'quiz');
    await expect(page.locator('#live')).toContainText('Câu 1 trên 1');
  });
});
