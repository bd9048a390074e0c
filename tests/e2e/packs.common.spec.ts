import { readFileSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import { zipSync } from 'fflate';
import { liveText, press, sceneState, waitForScene } from './helpers';

/**
 * Packs a facilitator opens through "open a pack" are kept on the device (IndexedDB), listed
 * with title, version and date, chosen again at the next start, and can be removed.
 */

const FIXTURES = resolve(import.meta.dirname, '..', 'content', 'fixtures');
const QUIZ_JSON = resolve(FIXTURES, 'valid', 'quiz-only.json');
const BOTH_ZIP = resolve(FIXTURES, 'zip', 'both.zip');
const SHEET_CSV = resolve(FIXTURES, 'csv', 'hai-cau.csv');
const WRONG_TYPE = resolve(FIXTURES, 'invalid', 'wrong-type.json');

const DEFAULT_TITLE = 'Chung tay phòng, chống mua bán người';

/** Opens a pack file as a facilitator does, through the menu's file picker. */
async function openPack(page: Page, file: string): Promise<void> {
  await page.locator('#pack-file-input').setInputFiles(file);
}

async function openList(page: Page): Promise<ReturnType<Page['locator']>> {
  await press(page, 'my-packs');
  const dialog = page.getByRole('dialog', { name: 'Gói nội dung trên máy này' });
  await expect(dialog).toBeVisible();
  return dialog;
}

/** Waits until the live region has said this (it may have said more since). */
async function expectAnnounced(page: Page, text: string): Promise<void> {
  await expect
    .poll(() => page.evaluate(() => window.__dhbc?.announcements() ?? []))
    .toContain(text);
}

/** A start of the whole game can be slow on a busy machine: wait for the menu longer. */
async function reachMenu(page: Page): Promise<void> {
  await expect
    .poll(() => page.evaluate(() => window.__dhbc?.scene() ?? null), { timeout: 60_000 })
    .toBe('menu');
}

async function startAtMenu(page: Page): Promise<void> {
  await page.goto('/');
  await reachMenu(page);
}

async function reload(page: Page): Promise<void> {
  await page.reload();
  await reachMenu(page);
}

test.describe('packs kept on the device', () => {
  // Several reloads of the whole game per test.
  test.describe.configure({ timeout: 180_000 });

  test('a .json pack opened with the file picker is kept, listed after a reload with title, version and date, and plays when chosen', async ({
    page,
  }, info) => {
    await startAtMenu(page);
    await openPack(page, QUIZ_JSON);
    await expectAnnounced(page, 'Đã mở gói Câu đố và lưu trên máy này.');

    // The next start (a reload, or the next meeting offline) begins with the chosen pack.
    await reload(page);
    await expect(page.locator('#live')).toContainText('Trang đầu. Gói Câu đố.');

    const list = await openList(page);
    const row = list.locator('li[data-key="cau-do@1.0.0"]');
    await expect(row.locator('.pack-title')).toHaveText('Câu đố');
    await expect(row.locator('.pack-details')).toContainText('Bản 1.0.0 · mở lúc');
    await expect(row.locator('.pack-details')).toContainText('đang dùng');
    await expect(list.locator('li[data-key="built-in"]')).toContainText(DEFAULT_TITLE);
    await page.screenshot({ path: info.outputPath('pack-list.png') });

    // Back to the built-in pack, then choose the kept one again from the list.
    await list
      .locator('li[data-key="built-in"]')
      .getByRole('button', { name: 'Dùng gói này' })
      .click();
    await expect(list).toHaveCount(0);
    await expect(page.locator('#live')).toContainText(`Trang đầu. Gói ${DEFAULT_TITLE}.`);
    const again = await openList(page);
    await again
      .locator('li[data-key="cau-do@1.0.0"]')
      .getByRole('button', { name: 'Dùng gói này' })
      .click();
    await expect(page.locator('#live')).toContainText('Trang đầu. Gói Câu đố.');
    await press(page, 'play-quiz');
    await waitForScene(page, 'quiz');
    await expect(page.locator('#live')).toContainText('Câu 1 trên 2');
  });

  test('a kept pack is removed only after asking, and the next start uses the built-in pack', async ({
    page,
  }, info) => {
    await startAtMenu(page);
    await openPack(page, QUIZ_JSON);
    await expectAnnounced(page, 'Đã mở gói Câu đố và lưu trên máy này.');
    await expect(page.locator('#live')).toContainText('Trang đầu. Gói Câu đố.');
    // The list asks first, and "keep it" keeps it.
    const removing = await openList(page);
    const kept = removing.locator('li[data-key="cau-do@1.0.0"]');
    await kept.getByRole('button', { name: 'Xoá…' }).click();
    await expect(kept).toContainText('Xoá gói “Câu đố” khỏi máy này?');
    await expect(kept.getByRole('button', { name: 'Không xoá' })).toBeFocused();
    await page.screenshot({ path: info.outputPath('pack-remove-confirm.png') });
    await page.keyboard.press('Enter');
    await expect(kept.getByRole('button', { name: 'Xoá…' })).toBeVisible();
    await kept.getByRole('button', { name: 'Xoá…' }).click();
    await kept.getByRole('button', { name: 'Xoá khỏi máy' }).click();
    await expect(kept).toHaveCount(0);
    await expectAnnounced(page, 'Đã xoá gói Câu đố khỏi máy này.');
    await expect(removing).toContainText('Chưa lưu gói nào.');
    await page.keyboard.press('Escape');
    await expect(page.locator('#live')).toContainText(`Trang đầu. Gói ${DEFAULT_TITLE}.`);

    await reload(page);
    await expect(page.locator('#live')).toContainText(`Trang đầu. Gói ${DEFAULT_TITLE}.`);
    await expect(page.getByRole('dialog')).toHaveCount(0);
  });

  test('a .zip pack with pictures and a .csv question sheet open through the file picker and are both listed', async ({
    page,
  }) => {
    await startAtMenu(page);
    await openPack(page, BOTH_ZIP);
    await expectAnnounced(page, 'Đã mở gói Câu đố và tiểu phẩm và lưu trên máy này.');
    await press(page, 'play-skit');
    await waitForScene(page, 'skit');
    expect(await sceneState<{ nodeId: string }>(page)).toMatchObject({ nodeId: 'mo-dau' });

    await startAtMenu(page);
    await expect(page.locator('#live')).toContainText('Trang đầu. Gói Câu đố và tiểu phẩm.');
    await openPack(page, SHEET_CSV);
    // A sheet's pack takes its title from the file name.
    await expectAnnounced(page, 'Đã mở gói hai-cau và lưu trên máy này.');
    await press(page, 'play-quiz');
    await waitForScene(page, 'quiz');
    await expect(page.locator('#live')).toContainText('Câu 1 trên 2');

    await startAtMenu(page);
    const list = await openList(page);
    await expect(list.locator('li[data-key="hai-cau@1"] .pack-title')).toHaveText('hai-cau');
    await expect(list.locator('li[data-key="ca-hai@1.0.0"] .pack-title')).toHaveText(
      'Câu đố và tiểu phẩm',
    );
    // Newest first, after the built-in pack.
    await expect(list.locator('li')).toHaveCount(3);
    await expect(list.locator('li').nth(1)).toHaveAttribute('data-key', 'hai-cau@1');
  });

  test('a pack with a mistake is refused with the list of problems in Vietnamese, each with its place', async ({
    page,
  }, info) => {
    await startAtMenu(page);
    await openPack(page, WRONG_TYPE);
    const panel = page.getByRole('alertdialog', { name: 'Không mở được gói này. Cần sửa:' });
    await expect(panel).toBeVisible();
    const problem = panel.locator('li[data-code="wrong-type"]');
    await expect(problem).toContainText('quiz.questions[1].points:');
    await expect(problem).toContainText('Cần một số, nhưng ở đây là chữ "100".');
    await expect(panel.getByRole('button', { name: 'Đóng' })).toBeFocused();
    await page.screenshot({ path: info.outputPath('problem-panel.png') });
    await page.keyboard.press('Enter');
    await expect(panel).toHaveCount(0);
    await expect.poll(() => liveText(page)).toContain('Không mở được gói này.');

    // Nothing of a refused pack is kept.
    const list = await openList(page);
    await expect(list.locator('li')).toHaveCount(1);
  });

  test('when the chosen pack is gone, the game starts with the built-in pack and says why', async ({
    page,
  }) => {
    await page.addInitScript(() => {
      localStorage.setItem('dhbc.pack.chosen', 'da-xoa@1.0.0');
    });
    await startAtMenu(page);
    await expect(page.locator('#live')).toContainText(`Trang đầu. Gói ${DEFAULT_TITLE}.`);
    await expect(page.locator('.pack-notice')).toHaveText(
      /Không còn thấy gói đã chọn lần trước trên máy này/,
    );
    // The choice is forgotten, so the message is not repeated at every start.
    expect(await page.evaluate(() => localStorage.getItem('dhbc.pack.chosen'))).toBeNull();
  });

  test('on the projector too (?mode=host), the setup says that the chosen pack is gone', async ({
    page,
  }) => {
    await page.addInitScript(() => {
      localStorage.setItem('dhbc.pack.chosen', 'da-xoa@1.0.0');
    });
    await page.goto('/?mode=host&lang=vi');
    await expect
      .poll(() => page.evaluate(() => window.__dhbc?.scene() ?? null), { timeout: 60_000 })
      .toBe('host-setup');
    await expect(page.locator('.pack-notice')).toHaveText(
      /Không còn thấy gói đã chọn lần trước trên máy này/,
    );
    await page.screenshot({ path: test.info().outputPath('host-setup-pack-gone.png') });
    await page.getByRole('button', { name: 'Đóng' }).click();
    await expect(page.locator('.pack-notice')).toHaveCount(0);
    // The setup goes on with the built-in pack, and the choice is forgotten.
    await expect(page.getByText(`Gói nội dung: ${DEFAULT_TITLE}`)).toBeVisible();
    expect(await page.evaluate(() => localStorage.getItem('dhbc.pack.chosen'))).toBeNull();
  });

  test('without IndexedDB (a private window) the game still starts, and an opened pack still plays', async ({
    page,
  }) => {
    await page.addInitScript(() => {
      localStorage.setItem('dhbc.pack.chosen', 'cau-do@1.0.0');
      Object.defineProperty(IDBFactory.prototype, 'open', {
        value: () => {
          throw new DOMException('The operation is insecure.', 'SecurityError');
        },
      });
    });
    await startAtMenu(page);
    await expect(page.locator('#live')).toContainText(`Trang đầu. Gói ${DEFAULT_TITLE}.`);
    await expect(page.locator('.pack-notice')).toHaveText(/không cho đọc gói đã lưu/);
    await page.getByRole('button', { name: 'Đóng' }).click();

    await openPack(page, QUIZ_JSON);
    await expect(page.locator('.pack-notice')).toHaveText(
      /Đã mở gói Câu đố cho lần này, nhưng gói không được lưu trên máy/,
    );
    await page.getByRole('button', { name: 'Đóng' }).click();
    await press(page, 'play-quiz');
    await waitForScene(page, 'quiz');
    await expect(page.locator('#live')).toContainText('Câu 1 trên 2');
  });

  test('a different pack with the same id and version asks: keep both, replace, or cancel', async ({
    page,
  }, info) => {
    const variant = (title: string): string => {
      const file = info.outputPath(`${title}.json`);
      const json = JSON.parse(readFileSync(QUIZ_JSON, 'utf8')) as Record<string, unknown>;
      writeFileSync(file, JSON.stringify({ ...json, title }));
      return file;
    };
    await startAtMenu(page);
    await openPack(page, QUIZ_JSON);
    await expectAnnounced(page, 'Đã mở gói Câu đố và lưu trên máy này.');
    // The same file again is the same pack: no question.
    await openPack(page, QUIZ_JSON);
    await expect(page.locator('#live')).toContainText('Trang đầu. Gói Câu đố.');
    await expect(page.getByRole('alertdialog')).toHaveCount(0);

    await openPack(page, variant('Câu đố mới'));
    const ask = page.getByRole('alertdialog', { name: 'Đã có một gói cùng tên' });
    await expect(ask).toContainText('Trên máy đã có gói “Câu đố” cùng mã và cùng bản 1.0.0');
    await expect(ask.getByRole('button', { name: 'Giữ cả hai' })).toBeFocused();
    await page.screenshot({ path: info.outputPath('pack-clash.png') });
    await ask.getByRole('button', { name: 'Giữ cả hai' }).click();
    await expectAnnounced(page, 'Đã mở gói Câu đố mới và lưu trên máy này.');

    await openPack(page, variant('Câu đố khác'));
    await ask.getByRole('button', { name: 'Huỷ' }).click();
    await expectAnnounced(page, 'Đã huỷ: không mở gói Câu đố khác, gói trên máy vẫn giữ nguyên.');

    const list = await openList(page);
    await expect(list.locator('li')).toHaveCount(3);
    await expect(list.locator('li[data-key="cau-do@1.0.0"] .pack-title')).toHaveText('Câu đố');
    await expect(list.locator('li').nth(1).locator('.pack-title')).toHaveText('Câu đố mới');
    await expect(list.locator('li').nth(1).locator('.pack-details')).toContainText('đang dùng');
    await page.keyboard.press('Escape');

    await openPack(page, variant('Câu đố thay'));
    await ask.getByRole('button', { name: 'Thay gói cũ' }).click();
    await expectAnnounced(page, 'Đã mở gói Câu đố thay và lưu trên máy này.');
    const after = await openList(page);
    await expect(after.locator('li')).toHaveCount(3);
    await expect(after.locator('li .pack-title')).toHaveText([
      `Gói có sẵn: ${DEFAULT_TITLE}`,
      'Câu đố thay',
      'Câu đố mới',
    ]);
    await expect(after.locator('li[data-key="cau-do@1.0.0"] .pack-title')).toHaveText(
      'Câu đố thay',
    );
  });

  test('when the device cannot save the choice (storage full), opening a pack says so', async ({
    page,
  }) => {
    await page.addInitScript(() => {
      // eslint-disable-next-line @typescript-eslint/unbound-method
      const setItem = Storage.prototype.setItem;
      Storage.prototype.setItem = function (this: Storage, key: string, value: string) {
        if (key === 'dhbc.pack.chosen') throw new DOMException('full', 'QuotaExceededError');
        setItem.call(this, key, value);
      };
    });
    await startAtMenu(page);
    await openPack(page, QUIZ_JSON);
    await expect(page.locator('.pack-notice')).toHaveText(
      /Đã mở gói Câu đố và lưu trên máy này, nhưng bộ nhớ của máy đã đầy nên lần sau trò chơi không tự mở gói này/,
    );
  });

  test('a kept pack whose picture stopped the page last time is set aside at the next start', async ({
    page,
  }) => {
    await startAtMenu(page);
    await openPack(page, BOTH_ZIP);
    await expectAnnounced(page, 'Đã mở gói Câu đố và tiểu phẩm và lưu trên máy này.');
    const hash = await page.evaluate(
      () =>
        new Promise<string>((done) => {
          const open = indexedDB.open('dhbc-packs');
          open.onsuccess = () => {
            const get = open.result.transaction('info').objectStore('info').get('ca-hai@1.0.0');
            get.onsuccess = () => {
              done((get.result as { hash: string }).hash);
            };
          };
        }),
    );
    // As a picture that froze the tab leaves it: marked, never cleared. Set as the next page
    // starts, so that a normal exit of this one (which clears the mark it made) cannot undo it.
    await page.context().addInitScript((h) => {
      if (sessionStorage.getItem('froze') !== null) return;
      sessionStorage.setItem('froze', '1');
      localStorage.setItem('dhbc.pack.drawing', h);
    }, hash);
    await reload(page);
    await expect(page.locator('#live')).toContainText(`Trang đầu. Gói ${DEFAULT_TITLE}.`);
    await expect(page.locator('.pack-notice')).toHaveText(/bị treo khi vẽ một ảnh của gói đã chọn/);
    expect(await page.evaluate(() => localStorage.getItem('dhbc.pack.chosen'))).toBeNull();
    expect(await page.evaluate(() => localStorage.getItem('dhbc.pack.drawing'))).toBeNull();
  });

  test('?pack= to a missing file says it could not be loaded, and ?pack= opens a CSV sheet', async ({
    page,
  }) => {
    // The preview server answers a missing file with the game's page.
    await page.goto('/?pack=/khong-co.json');
    await reachMenu(page);
    const panel = page.getByRole('alertdialog', { name: 'Không mở được gói này. Cần sửa:' });
    await expect(panel).toContainText('Không tải được gói: /khong-co.json');
    await expect(panel).not.toContainText('JSON');

    await page.route(
      (url) => url.pathname === '/goi/hai-cau.csv',
      (route) => route.fulfill({ body: readFileSync(SHEET_CSV), contentType: 'text/csv' }),
    );
    await page.goto('/?pack=/goi/hai-cau.csv');
    await reachMenu(page);
    await expect(page.locator('#live')).toContainText('Trang đầu. Gói hai-cau.');
  });

  test('a pack whose pictures the browser cannot show is refused, each broken picture named', async ({
    page,
  }) => {
    // Both pass every check without a browser (see fixtures/browser/README.md).
    const svg = readFileSync(resolve(FIXTURES, 'browser', 'entity.svg'));
    const png = readFileSync(resolve(FIXTURES, 'browser', 'cut-short.png'));
    const json = readFileSync(resolve(FIXTURES, 'valid', 'both.json'), 'utf8').replaceAll(
      '"art/nha.svg"',
      '"art/nha.png"',
    );
    const art = (name: string): Uint8Array => readFileSync(resolve(FIXTURES, 'valid', 'art', name));
    const zip = zipSync({
      'pack.json': Buffer.from(json),
      art: { 'dien-thoai.svg': svg, 'nguoi.svg': art('nguoi.svg'), 'nha.png': png },
    });
    await startAtMenu(page);
    await page.locator('#pack-file-input').setInputFiles({
      name: 'hinh-hong.zip',
      mimeType: 'application/zip',
      buffer: Buffer.from(zip),
    });
    const panel = page.getByRole('alertdialog', { name: 'Không mở được gói này. Cần sửa:' });
    const svgProblem = panel.locator('li[data-code="picture-broken"]', {
      hasText: 'art/dien-thoai.svg',
    });
    await expect(svgProblem).toContainText('sai cú pháp XML');
    await expect(
      panel.locator('li[data-code="picture-broken"]', { hasText: 'art/nha.png' }),
    ).toContainText('trình duyệt không đọc được ảnh này');
    await page.keyboard.press('Enter');
    const list = await openList(page);
    await expect(list.locator('li')).toHaveCount(1);
    await page.keyboard.press('Escape');

    // An SVG left open and one outside the SVG namespace are named too.
    const invalidArt = (name: string): Uint8Array =>
      readFileSync(resolve(FIXTURES, 'invalid', 'art', name));
    const malformed = zipSync({
      'pack.json': Buffer.from(json.replaceAll('"art/nha.png"', '"art/nha.svg"')),
      art: {
        'dien-thoai.svg': invalidArt('unclosed.svg'),
        'nguoi.svg': art('nguoi.svg'),
        'nha.svg': invalidArt('no-namespace.svg'),
      },
    });
    await page.locator('#pack-file-input').setInputFiles({
      name: 'svg-hong.zip',
      mimeType: 'application/zip',
      buffer: Buffer.from(malformed),
    });
    await expect(panel.locator('li', { hasText: 'art/dien-thoai.svg' })).toHaveCount(1);
    await expect(panel.locator('li', { hasText: 'art/nha.svg' })).toHaveCount(1);
    await page.keyboard.press('Enter');

    // The same by ?pack=, the pictures beside the pack, in English.
    const served: Record<string, Buffer> = {
      '/goi/pack.json': Buffer.from(json),
      '/goi/art/dien-thoai.svg': svg,
      '/goi/art/nguoi.svg': Buffer.from(art('nguoi.svg')),
      '/goi/art/nha.png': png,
    };
    await page.route(
      (url) => url.pathname in served,
      (route) =>
        route.fulfill({
          body: served[new URL(route.request().url()).pathname],
          contentType: 'application/octet-stream',
        }),
    );
    await page.goto('/?pack=/goi/pack.json&lang=en');
    await reachMenu(page);
    const english = page.getByRole('alertdialog');
    await expect(english.locator('li[data-code="picture-broken"]')).toHaveCount(2);
    await expect(english).toContainText('The picture "art/dien-thoai.svg" cannot be shown');
    await expect(english).toContainText('The picture "art/nha.png" cannot be shown');
  });
});
