import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { expect, test, type Page } from '@playwright/test';
import { readSheet } from 'read-excel-file/universal';
import { build } from 'vite';
import { waitForScene } from './helpers';

interface Harness {
  open(lang: 'vi' | 'en', day?: number): Promise<{ saved: boolean | null; fileName: string }>;
  openArchive(lang: 'vi' | 'en'): Promise<void>;
}

declare global {
  interface Window {
    __reportHarness?: Harness;
    __printed?: number;
  }
}

/** The report panel and its stylesheet, bundled for the page (the host scenes will import them). */
let bundle: { js: string; css: string };

test.beforeAll(async () => {
  const out = await build({
    configFile: false,
    logLevel: 'silent',
    build: {
      write: false,
      target: 'es2022',
      lib: {
        entry: fileURLToPath(new URL('./report-harness.ts', import.meta.url)),
        formats: ['iife'],
        name: 'reportHarness',
        fileName: 'report-harness',
      },
    },
  });
  const outputs = (Array.isArray(out) ? out : [out]).flatMap((o) =>
    'output' in o ? o.output : [],
  );
  const js = outputs.find((o) => o.type === 'chunk');
  const css = outputs.find((o) => o.type === 'asset' && o.fileName.endsWith('.css'));
  if (js?.type !== 'chunk' || css?.type !== 'asset')
    throw new Error('harness build lacks js or css');
  bundle = { js: js.code, css: String(css.source) };
});

async function openGame(page: Page): Promise<void> {
  await page.addInitScript(() => {
    // The printer dialog is the browser's; the test only counts that Print asked for it.
    window.__printed = 0;
    window.print = () => {
      window.__printed = (window.__printed ?? 0) + 1;
    };
  });
  await page.goto('/?lang=vi');
  await waitForScene(page, 'menu');
  await page.addStyleTag({ content: bundle.css });
  await page.addScriptTag({ content: bundle.js });
}

const panel = (page: Page) => page.locator('section.report-panel');

test.describe('the meeting report', () => {
  // The harness is added to the page as a script of its own, which the game's policy refuses.
  test.use({ bypassCSP: true });
  // The game keeps drawing under the panel; on a busy machine loading it alone takes a while.
  test.slow();
  test('shows the whole meeting as text, saves it, downloads the CSV and prints only the report', async ({
    page,
  }, info) => {
    await openGame(page);
    const opened = await page.evaluate(() => window.__reportHarness!.open('vi'));
    expect(opened).toEqual({ saved: true, fileName: 'bao-cao-sinh-hoat-2026-11-29.csv' });

    const report = panel(page);
    await expect(report.getByRole('heading', { name: 'Báo cáo buổi sinh hoạt' })).toBeVisible();
    await expect(report.locator('[data-fact="date"]')).toHaveText('Chủ Nhật, 29 tháng 11, 2026');
    await expect(report.locator('[data-fact="people"]')).toHaveText('45');
    await expect(report.locator('[data-fact="answered"]')).toHaveText('2 trên 3 câu');
    await expect(report.locator('[data-table="teams"] tbody tr')).toHaveText([
      '1Đội Sen39011',
      '2Đội Mai10010',
      '3Đội Tre-1001',
    ]);
    await expect(report.locator('[data-table="questions"] tbody tr').nth(1)).toHaveText(
      '2đường dây nóngKhông đội nàoĐội Tre0 / 1',
    );
    await expect(report.locator('[data-table="skit"] tr.report-strong')).toHaveText([
      '1Đến Hội Phụ nữ phường9Được chọn',
      '2Lan nên làm gì, khi được mời "việc nhẹ lương cao"?Hỏi ý kiến mẹNgười điều hành chọn',
      '2Lựa chọn 2Tiếp12Được chọn',
    ]);
    await expect(report.locator('[data-table="endings"] tbody tr').first()).toHaveText(
      '1Lan hỏi người tin cậyKết thúc an toàn',
    );
    await expect(report.getByRole('status')).toHaveText('Báo cáo đã được lưu trên máy này.');
    await page.screenshot({ path: info.outputPath('report-panel.png') });
    await report.locator('[data-table="skit"]').scrollIntoViewIfNeeded();
    await page.screenshot({ path: info.outputPath('report-panel-skit.png') });

    // Keyboard only: the focus starts on Print; Tab reaches Download, Excel, then Close.
    await expect(report.getByRole('button', { name: 'In báo cáo' })).toBeFocused();
    await page.keyboard.press('Enter');
    expect(await page.evaluate(() => window.__printed)).toBe(1);
    await page.keyboard.press('Tab');
    await expect(report.getByRole('button', { name: 'Tải tệp CSV' })).toBeFocused();
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.keyboard.press('Enter'),
    ]);
    expect(download.suggestedFilename()).toBe('bao-cao-sinh-hoat-2026-11-29.csv');
    const bytes = await readFile(await download.path());
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const text = bytes.toString('utf8');
    expect(text).toContain('\r\n1,Đội Sen,390,1,1\r\n');
    expect(text).toContain('\r\nbuôn bán người,6,2,Đội Sen,\r\n');
    await expect(report.getByRole('status')).toHaveText(
      'Đã tải tệp bao-cao-sinh-hoat-2026-11-29.csv.',
    );
    // Excel: the same rows as an .xlsx, read back with its marks intact.
    await page.keyboard.press('Tab');
    await expect(report.getByRole('button', { name: 'Tải tệp Excel (.xlsx)' })).toBeFocused();
    const [xlsx] = await Promise.all([page.waitForEvent('download'), page.keyboard.press('Enter')]);
    expect(xlsx.suggestedFilename()).toBe('bao-cao-sinh-hoat-2026-11-29.xlsx');
    const sheet = await readSheet(new Uint8Array(await readFile(await xlsx.path())).buffer, 1);
    expect(sheet[0]?.[0]).toBe('Báo cáo buổi sinh hoạt');
    expect(sheet.map((r) => r.slice(0, 3))).toContainEqual([1, 'Đội Sen', 390]);
    expect(sheet.flat()).toContain('buôn bán người');
    // The panel keeps the focus: Tab past Close comes back round to Print.
    await page.keyboard.press('Tab');
    await expect(report.getByRole('button', { name: 'Đóng' })).toBeFocused();
    await page.keyboard.press('Tab');
    await expect(report.getByRole('button', { name: 'In báo cáo' })).toBeFocused();

    // Print: only the report, black on white, no buttons, no game canvas.
    await page.emulateMedia({ media: 'print' });
    await expect(page.locator('#game')).toBeHidden();
    await expect(report.locator('button')).toHaveCount(4);
    for (const b of await report.locator('button').all()) await expect(b).toBeHidden();
    expect(
      await report.evaluate((el) => {
        const s = getComputedStyle(el);
        const td = el.querySelector('td');
        return [
          s.position,
          s.color,
          s.backgroundColor,
          td ? getComputedStyle(td).borderTopStyle : '',
        ];
      }),
    ).toEqual(['static', 'rgb(0, 0, 0)', 'rgb(255, 255, 255)', 'solid']);
    await page.screenshot({ path: info.outputPath('report-print.png'), fullPage: true });
    const pdf = await page.pdf({ path: info.outputPath('report.pdf'), format: 'A4' });
    const pages = pdf.toString('latin1').match(/\/Type\s*\/Page[^s]/g)?.length ?? 0;
    console.log(`report PDF: ${pages} A4 page(s), ${pdf.length} bytes`);
    expect(pages).toBeGreaterThanOrEqual(1);
    await page.emulateMedia({ media: 'screen' });

    // Escape closes it and gives the page back to the game.
    await report.getByRole('button', { name: 'Đóng' }).focus();
    await page.keyboard.press('Escape');
    await expect(report).toHaveCount(0);
    expect(
      await page.evaluate(() => document.documentElement.classList.contains('report-open')),
    ).toBe(false);
  });

  test('keeps past reports on the device: lists, opens and deletes one after asking', async ({
    page,
  }, info) => {
    await openGame(page);
    await page.evaluate(async () => {
      const h = window.__reportHarness!;
      // The same meeting opened twice is one report; two other days make three in all.
      for (const day of [0, 0, -7, -14]) {
        await h.open('vi', day);
        document
          .querySelector<HTMLButtonElement>('.report-panel .dialog-actions button:last-child')
          ?.click();
      }
      await h.openArchive('vi');
    });
    const list = page.locator('section.report-archive');
    await expect(list.getByRole('heading', { name: 'Báo cáo các buổi trước' })).toBeVisible();
    const rows = list.locator('tbody tr');
    await expect(rows).toHaveCount(3);
    await expect(rows.first()).toContainText('Chủ Nhật, 29 tháng 11, 2026');
    await expect(rows.first()).toContainText('Gói thử nghiệm');
    await expect(rows.first()).toContainText('Đội Sen, Đội Mai, Đội Tre');
    await page.screenshot({ path: info.outputPath('report-archive.png') });

    // Open the newest from the keyboard, close it, and the focus is back on its Open button.
    const openFirst = rows.first().getByRole('button', { name: 'Xem' });
    await openFirst.focus();
    await page.keyboard.press('Enter');
    await expect(panel(page).locator('[data-fact="people"]')).toHaveText('45');
    await page.keyboard.press('Escape');
    await expect(panel(page)).toHaveCount(0);
    await expect(openFirst).toBeFocused();

    // Delete the oldest: it asks first, and the focus waits on "Giữ lại" (keep), the safe one.
    const last = rows.last();
    const remove = last.getByRole('button', { name: 'Xoá', exact: true });
    await remove.focus();
    await page.keyboard.press('Enter');
    await expect(last).toContainText('Xoá rồi thì không lấy lại được.');
    await expect(last.getByRole('button', { name: 'Giữ lại' })).toBeFocused();
    await page.screenshot({ path: info.outputPath('report-archive-confirm.png') });
    await page.keyboard.press('Enter');
    await expect(remove).toBeFocused();
    await expect(rows).toHaveCount(3);
    await page.keyboard.press('Enter');
    await page.keyboard.press('Shift+Tab');
    await expect(last.getByRole('button', { name: 'Xoá báo cáo' })).toBeFocused();
    await page.keyboard.press('Enter');
    await expect(rows).toHaveCount(2);
    await expect(list.getByRole('status')).toContainText('Đã xoá báo cáo buổi');
    expect(
      await page.evaluate(
        () =>
          (JSON.parse(localStorage.getItem('dhbc.reports') ?? '{}') as { reports: unknown[] })
            .reports.length,
      ),
    ).toBe(2);
  });

  test('reads in English when the interface is in English, at 1024×768', async ({ page }, info) => {
    await page.setViewportSize({ width: 1024, height: 768 });
    await openGame(page);
    await page.evaluate(() => window.__reportHarness!.open('en'));
    const report = panel(page);
    await expect(report.getByRole('heading', { name: 'Meeting report' })).toBeVisible();
    await expect(report.locator('[data-fact="date"]')).toHaveText('Sunday, 29 November 2026');
    await expect(report.locator('[data-table="endings"] tbody tr').first()).toHaveText(
      '1Lan asks someone she trustsA safe ending',
    );
    await page.screenshot({ path: info.outputPath('report-panel-en-1024.png') });
  });
});
