import { readFileSync, writeFileSync } from 'node:fs';
import { expect, test, type Page } from '@playwright/test';
import { press, sceneState, waitForScene } from './helpers';
import { playFirstQuestion } from './play';

/** What the page offered the share sheet, as the stand-in for the browser's API recorded it. */
interface Offered {
  files: { name: string; type: string; size: number; base64: string }[];
  title?: string;
  text?: string;
}

declare global {
  interface Window {
    __offered?: Offered[];
    __filesShareable?: boolean;
  }
}

const CARD_NAME = 'duoi-hinh-bat-chu-ket-qua.png';
const PNG_SIGNATURE = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];

/** The share sheet of a phone: `navigator.share` and `canShare` answer as Android's do. */
async function phoneShareSheet(page: Page): Promise<void> {
  await page.addInitScript(() => {
    const offered: Offered[] = [];
    window.__offered = offered;
    window.__filesShareable = true;
    Object.defineProperty(Navigator.prototype, 'canShare', {
      configurable: true,
      value: (data?: ShareData) =>
        (data?.files?.length ?? 0) === 0 ||
        (window.__filesShareable === true && data?.files?.[0] instanceof File),
    });
    Object.defineProperty(Navigator.prototype, 'share', {
      configurable: true,
      value: async (data: ShareData) => {
        const files = await Promise.all(
          (data.files ?? []).map(async (f) => {
            const bytes = new Uint8Array(await f.arrayBuffer());
            let binary = '';
            for (const b of bytes) binary += String.fromCharCode(b);
            return { name: f.name, type: f.type, size: f.size, base64: btoa(binary) };
          }),
        );
        offered.push({ files, title: data.title, text: data.text });
      },
    });
  });
}

/** A browser without a share sheet (a desktop's Chromium, an old phone). */
async function noShareSheet(page: Page): Promise<void> {
  await page.addInitScript(() => {
    Reflect.deleteProperty(Navigator.prototype, 'share');
    Reflect.deleteProperty(Navigator.prototype, 'canShare');
  });
}

/** Plays a round: the first question right, the other nine skipped, to the results. */
async function playToResults(page: Page): Promise<void> {
  await page.goto('/?lang=vi');
  await waitForScene(page, 'menu');
  await playFirstQuestion(page);
  await press(page, 'next');
  for (let i = 1; i < 10; i++) {
    await press(page, 'skip');
    await press(page, 'next');
  }
  await waitForScene(page, 'results');
}

async function offered(page: Page): Promise<Offered[]> {
  return page.evaluate(() => window.__offered ?? []);
}

/** The size of a PNG, read from its header. */
function pngSize(bytes: Buffer): { w: number; h: number } {
  expect([...bytes.subarray(0, 8)]).toEqual(PNG_SIGNATURE);
  return { w: bytes.readUInt32BE(16), h: bytes.readUInt32BE(20) };
}

test.describe('sharing offered where the browser supports it', () => {
  test('the share sheet gets the result card as a PNG, or its words where files cannot go', async ({
    page,
  }, info) => {
    test.setTimeout(180_000);
    await phoneShareSheet(page);
    await playToResults(page);
    const { score } = await sceneState<{ score: number }>(page);
    await press(page, 'share');
    await expect.poll(async () => (await offered(page)).length).toBe(1);
    const [card] = await offered(page);
    expect(card?.files).toHaveLength(1);
    const file = card!.files[0]!;
    expect(file).toMatchObject({ name: CARD_NAME, type: 'image/png' });
    expect(file.size).toBeGreaterThan(20_000);
    const bytes = Buffer.from(file.base64, 'base64');
    expect(pngSize(bytes)).toEqual({ w: 1080, h: 1350 });
    writeFileSync(info.outputPath('card.png'), bytes);
    expect(card?.text).toContain(`${String(score)} điểm`);
    expect(card?.text).toContain('111');
    await expect
      .poll(async () => (await sceneState<{ share: string | null }>(page)).share)
      .toBe('shared-file');

    // A browser that shares words but not files: the words go.
    await page.evaluate(() => {
      window.__filesShareable = false;
    });
    await press(page, 'share');
    await expect.poll(async () => (await offered(page)).length).toBe(2);
    const words = (await offered(page))[1];
    expect(words?.files).toEqual([]);
    expect(words?.text).toContain(`${String(score)} điểm`);
    await expect
      .poll(async () => (await sceneState<{ share: string | null }>(page)).share)
      .toBe('shared-text');
  });

  test('without a share sheet, the card is saved as a PNG', async ({ page }, info) => {
    test.setTimeout(180_000);
    await noShareSheet(page);
    await playToResults(page);
    expect(await page.evaluate(() => 'share' in navigator)).toBe(false);
    const download = page.waitForEvent('download');
    await press(page, 'share');
    const saved = await download;
    expect(saved.suggestedFilename()).toBe(CARD_NAME);
    const path = info.outputPath('saved-card.png');
    await saved.saveAs(path);
    const bytes = readFileSync(path);
    expect(bytes.length).toBeGreaterThan(20_000);
    expect(pngSize(bytes)).toEqual({ w: 1080, h: 1350 });
    // Said through the live region (queued after the results' own announcement).
    await expect
      .poll(() => page.evaluate(() => window.__dhbc?.announcements() ?? []))
      .toContain('Đã lưu ảnh kết quả vào máy.');
    expect((await sceneState<{ share: string | null }>(page)).share).toBe('saved');
  });
});
