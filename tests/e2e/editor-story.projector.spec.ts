import { readFile } from 'node:fs/promises';
import { devices, expect, test, type Locator, type Page } from '@playwright/test';
import { answerLetters } from '../../src/core/answer';
import { afterChange, press, sceneState, waitForScene } from './helpers';

/**
 * Issue 18's whole round: on a laptop, a pack of five questions (a rebus from glyphs, an
 * uploaded picture) and a skit of six nodes with a variable and two endings is made in the
 * editor by keyboard and pointer, with a reload in the middle; "play from here" tries it in the
 * skit scene; the export is opened in the game and played on a phone (quiz and skit to an
 * ending) and on the projector (a meeting: a question, then the skit).
 */

const PNG_1X1 = Buffer.from(
  'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==',
  'base64',
);

/** Answers by question id (the editor makes ids from the answers). */
const ANSWERS: Record<string, string> = {
  'lua-dao': 'lừa đảo',
  'goi-111': 'gọi 111',
  'canh-giac': 'cảnh giác',
  'hop-dong': 'hợp đồng',
  'tro-giup': 'trợ giúp',
};

interface SkitState {
  kind: string;
  nodeId: string;
  ending: string | null;
  options: number[];
  typing: boolean;
  step: number;
}

const editor = (page: Page) => page.getByRole('dialog', { name: 'Soạn gói' });

async function openEditor(page: Page): Promise<Locator> {
  await waitForScene(page, 'menu');
  await press(page, 'editor');
  await expect(editor(page)).toBeVisible();
  return editor(page);
}

/** Waits until the loader has checked the draft as it is now. */
async function checked(ed: Locator, verdict: 'ok' | 'problems'): Promise<void> {
  await expect(ed).toHaveAttribute('data-checked', verdict);
}

/** Chooses `value` in the list labelled by the field `id`, by keyboard or pointer. */
async function choose(ed: Locator, id: string, value: string): Promise<void> {
  await ed.locator(`#editor-${id}`).selectOption(value);
}

/** Plays the skit scene on to an ending, taking the first option shown at each choice. */
async function playToEnding(page: Page): Promise<string | null> {
  for (let steps = 0; steps < 40; steps++) {
    const s = await sceneState<SkitState>(page);
    if (s.kind === 'ending') return s.ending;
    await afterChange<SkitState>(page, async () => {
      await press(page, s.kind === 'choice' ? `option-${s.options[0] ?? 0}` : 'continue');
    });
  }
  return null;
}

test.describe('a pack with a skit, made in the editor and played', () => {
  test('five questions and a six-node skit, a reload, play from here, export, phone and projector', async ({
    page,
    browser,
  }, info) => {
    test.setTimeout(900_000);
    await page.emulateMedia({ reducedMotion: 'reduce' });
    await page.goto('/?lang=vi');
    let ed = await openEditor(page);

    // The questions. 1: a rebus from glyphs, by keyboard.
    await expect(ed.getByLabel('Đáp án', { exact: true })).toBeFocused();
    await page.keyboard.type('lừa đảo');
    await ed.getByLabel('Tên gói (tiếng Việt)').fill('Gói có màn kịch');
    await ed.getByLabel('Mã gói').fill('goi-co-man-kich');
    await ed.getByLabel('Chủ đề').fill('Cảnh giác');
    await ed.getByLabel('Tìm hình theo từ khoá (Việt hoặc Anh)').fill('điện thoại');
    await ed.locator('#editor-glyph-results button').first().focus();
    await page.keyboard.press('Enter');
    await ed.locator('[data-sign="+"]').click();
    await ed.getByLabel('Tìm hình theo từ khoá (Việt hoặc Anh)').fill('money');
    await ed.locator('#editor-glyph-results button').first().click();
    await expect(ed.locator('.editor-phone .editor-rebus-row img')).toHaveCount(2);
    // The projector's preview shows the same picture in the meeting's layout.
    await expect(ed.locator('.editor-projector .editor-rebus-row img')).toHaveCount(2);
    // 2: an uploaded picture, by pointer.
    await ed.locator('[data-id="add-question"]').click();
    await page.keyboard.type('gọi 111');
    await ed.locator('#editor-upload').setInputFiles({
      name: 'goi.png',
      mimeType: 'image/png',
      buffer: PNG_1X1,
    });
    await expect(ed.locator('.editor-phone .editor-preview-picture img')).toHaveCount(1);
    // 3–5: rebuses written in the field.
    for (const [answer, rebus] of [
      ['cảnh giác', '👀'],
      ['hợp đồng', '📄 + 🤝'],
      ['trợ giúp', '🤝'],
    ] as const) {
      await ed.locator('[data-id="add-question"]').click();
      await page.keyboard.type(answer);
      await ed.getByLabel('Ghép hình emoji', { exact: false }).fill(rebus);
    }
    await expect(ed.locator('.editor-questions li')).toHaveCount(5);
    await checked(ed, 'ok');

    // The skit, reached by the tabs' arrow keys.
    await ed.locator('[data-tab="questions"]').focus();
    await page.keyboard.press('ArrowRight');
    await expect(ed.locator('[data-tab="skit"]')).toHaveAttribute('aria-selected', 'true');
    await ed.locator('[data-id="start-skit"]').click();
    await expect(ed.locator('#editor-node-textVi')).toBeFocused();
    await page.keyboard.type('Lan nhận tin nhắn mời đi làm xa, lương rất cao.');
    // Node 2: a line; the list's "new node" entry makes it and leads to it.
    await choose(ed, 'node-next', '+line');
    await ed.locator('[data-skit="node-canh-2"]').click();
    await ed.locator('#editor-node-textVi').fill('Việc nhẹ lương cao à? Để con hỏi mẹ đã.');

    // A reload in the middle: the draft comes back, skit and all.
    await page.reload();
    ed = await openEditor(page);
    await expect(ed.locator('.editor-questions li')).toHaveCount(5);
    await ed.locator('[data-tab="skit"]').click();
    await expect(ed.locator('[data-skit^="node-"]')).toHaveCount(2);

    // The character and the variable.
    await ed.locator('[data-skit="people"]').click();
    await ed.locator('#editor-char-0-nameVi').fill('Lan');
    await choose(ed, 'char-0-look', 'lan');
    await expect(ed.locator('#editor-char-0-look')).toHaveValue('lan');
    await ed.locator('[data-id="add-variable"]').click();
    const varName = ed.locator('#editor-var-0-name');
    await varName.fill('daHoi');
    await varName.press('Tab');
    await expect(ed.locator('#editor-var-0-name')).toHaveValue('daHoi');
    // The second ending, so that each ending node shows its own.
    await ed.locator('[data-skit="ending-0"]').click();
    await ed.locator('[data-id="add-ending"]').click();
    await expect(ed.locator('[data-skit="ending-1"]')).toBeVisible();
    for (const [i, title, kind] of [
      [0, 'Hỏi trước khi đi', 'safe'],
      [1, 'Đi mà không hỏi ai', 'at-risk'],
    ] as const) {
      await ed.locator(`[data-skit="ending-${i}"]`).click();
      await ed.locator('#editor-ending-titleVi').fill(title);
      await choose(ed, 'ending-kind', kind);
      await ed
        .locator('#editor-ending-summaryVi')
        .fill('Khi nghi ngờ, hãy gọi 111 hoặc hỏi người tin cậy.');
      await ed.locator('#editor-ending-debriefVi').fill('Em sẽ hỏi ai?\nEm gọi số nào?');
    }

    // Node 2 speaks with a mood and leads to a choice (node 3).
    await ed.locator('[data-skit="node-canh-2"]').click();
    await choose(ed, 'node-character', 'nhan-vat-1');
    await choose(ed, 'node-mood', 'worried');
    await choose(ed, 'node-next', '+choice');
    await ed.locator('[data-skit="node-canh-3"]').click();
    await ed.locator('#editor-node-textVi').fill('Lan làm gì?');
    await ed.locator('#editor-choice-0-textVi').fill('Hỏi mẹ trước');
    await choose(ed, 'choice-0-next', '+narration');
    await ed.locator('[data-id="choice-0-add-effect"]').click();
    await choose(ed, 'choice-0-effect-0-value', 'true');
    await ed.locator('#editor-choice-1-textVi').fill('Đi ngay, không hỏi ai');
    await choose(ed, 'choice-1-next', '+ending');
    await choose(ed, 'choice-1-cond-var', 'daHoi');
    await choose(ed, 'choice-1-cond-value', 'false');
    // Node 4 (narration) leads to the other ending (node 6).
    await ed.locator('[data-skit="node-canh-4"]').click();
    await ed.locator('#editor-node-textVi').fill('Mẹ bảo: việc thật thì không sợ mình hỏi kỹ.');
    await choose(ed, 'node-next', '+ending');
    await ed.locator('[data-skit="node-canh-6"]').click();
    await choose(ed, 'node-ending', 'ket-1');
    await ed.locator('[data-skit="node-canh-5"]').click();
    await choose(ed, 'node-ending', 'ket-2');
    await checked(ed, 'ok');
    await expect(ed.locator('[data-skit^="node-"]')).toHaveCount(6);

    // The map: six boxes, none unreachable; Enter on a box opens its node.
    await ed.locator('[data-tab="map"]').click();
    await expect(ed.locator('.editor-map-node')).toHaveCount(6);
    await expect(ed.locator('.editor-map-node.is-unreachable')).toHaveCount(0);
    await expect(ed.locator('.editor-map-node.is-dead-end')).toHaveCount(0);
    await page.screenshot({ path: info.outputPath('editor-map.png') });
    await ed.locator('[data-node="canh-3"]').focus();
    await page.keyboard.press('Enter');
    await expect(ed.locator('[data-tab="skit"]')).toHaveAttribute('aria-selected', 'true');
    await expect(ed.locator('#editor-node-id')).toHaveValue('canh-3');
    await page.screenshot({ path: info.outputPath('editor-skit.png') });

    // Play from here: the skit scene opens at the choice; back in the editor after the ending.
    await ed.locator('[data-id="play-from-here"]').click();
    await waitForScene(page, 'skit');
    await expect.poll(async () => (await sceneState<SkitState>(page)).nodeId).toBe('canh-3');
    expect(await playToEnding(page)).toBe('ket-1');
    await page.getByRole('dialog').getByRole('button', { name: 'Về trang đầu' }).click();
    await expect(editor(page)).toBeVisible();
    await expect(ed.locator('#editor-node-id')).toHaveValue('canh-3');

    // Export the .zip.
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      ed.locator('[data-id="export-zip"]').click(),
    ]);
    const zipPath = info.outputPath('goi-co-man-kich.zip');
    await download.saveAs(zipPath);
    expect((await readFile(zipPath)).subarray(0, 2).toString()).toBe('PK');
    await ed.locator('[data-id="close"]').click();

    // On a phone: the export opened, a question answered with the tiles, the skit to an ending.
    const phone = await browser.newContext({ ...devices['Pixel 7'] });
    const p = await phone.newPage();
    await p.emulateMedia({ reducedMotion: 'reduce' });
    await p.goto('/?lang=vi');
    await waitForScene(p, 'menu');
    await p.locator('#pack-file-input').setInputFiles(zipPath);
    await expect
      .poll(() => p.evaluate(() => window.__dhbc?.announcements() ?? []))
      .toContain('Đã mở gói Gói có màn kịch và lưu trên máy này.');
    await press(p, 'play-quiz');
    await waitForScene(p, 'quiz');
    await expect(p.locator('#live')).toContainText('Câu 1 trên 5');
    const { questionId } = await sceneState<{ questionId: string }>(p);
    for (const letter of answerLetters(ANSWERS[questionId] ?? '')) {
      const state = await sceneState<{
        slots: (string | null)[];
        tiles: { letter: string; x: number; y: number }[];
      }>(p);
      const filled = state.slots.filter((s) => s !== null).length;
      const tile = state.tiles.find((t) => t.letter === letter);
      if (!tile) throw new Error(`no tile ${letter}`);
      await p.touchscreen.tap(tile.x, tile.y);
      await expect
        .poll(
          async () =>
            (await sceneState<{ slots: (string | null)[] }>(p)).slots.filter((s) => s !== null)
              .length,
        )
        .toBeGreaterThan(filled);
    }
    await expect
      .poll(() => p.evaluate(() => window.__dhbc?.announcements().join('\n') ?? ''))
      .toContain('Đúng rồi!');
    await p.goto('/?lang=vi');
    await waitForScene(p, 'menu');
    await press(p, 'play-skit');
    await waitForScene(p, 'skit');
    expect(await playToEnding(p)).toBe('ket-1');
    await expect(p.getByRole('dialog').locator('a[href="tel:111"]').first()).toBeVisible();
    await phone.close();

    // On the projector: the same pack (kept and chosen on this laptop) in a meeting.
    await page.locator('#pack-file-input').setInputFiles(zipPath);
    await expect
      .poll(() => page.evaluate(() => window.__dhbc?.announcements() ?? []))
      .toContain('Đã mở gói Gói có màn kịch và lưu trên máy này.');
    await page.goto('/?mode=host&lang=vi');
    await waitForScene(page, 'host-setup');
    await page.locator('input[name="people"]').press('Enter');
    await waitForScene(page, 'host-quiz');
    type Quiz = {
      phase: string | null;
      index: number;
      total: number;
      teams: { score: number }[];
      answering: string | null;
      answerShown: boolean;
    };
    const quiz = () => sceneState<Quiz>(page);
    await expect.poll(async () => (await quiz()).phase).toBe('ready');
    expect((await quiz()).total).toBe(5);
    await page.keyboard.press('Space');
    await page.keyboard.press('1');
    await expect.poll(async () => (await quiz()).answering).not.toBeNull();
    await page.keyboard.press('Enter');
    await expect.poll(async () => (await quiz()).teams[0]?.score ?? 0).toBeGreaterThan(0);
    // The other questions shown and passed, then on to the skit.
    for (let i = 1; i < 5; i++) {
      await page.keyboard.press('PageDown');
      await expect.poll(async () => (await quiz()).index).toBe(i);
      await page.keyboard.press('a');
      await expect.poll(async () => (await quiz()).answerShown).toBe(true);
    }
    await page.keyboard.press('PageDown');
    await expect.poll(async () => (await quiz()).phase).toBe('finished');
    await page.keyboard.press('PageDown');
    await waitForScene(page, 'host-skit');
    type HostSkit = { kind: string | null; nodeId: string | null; ready: boolean };
    const skit = () => sceneState<HostSkit>(page);
    await expect.poll(async () => (await skit()).ready).toBe(true);
    for (let steps = 0; steps < 20; steps++) {
      const s = await skit();
      if (s.kind === 'ending') break;
      await page.keyboard.press(s.kind === 'choice' ? '1' : 'ArrowRight');
      await expect
        .poll(async () => `${String((await skit()).nodeId)}|${String((await skit()).kind)}`)
        .not.toBe(`${String(s.nodeId)}|${String(s.kind)}`);
    }
    expect((await skit()).kind).toBe('ending');
    await expect(page.locator('.host-ending a[href="tel:111"]').first()).toBeVisible();
  });
});
