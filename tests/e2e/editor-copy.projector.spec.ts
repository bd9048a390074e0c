import { expect, test, type Locator, type Page } from '@playwright/test';
import { press, sceneState, waitForScene } from './helpers';

/**
 * A copy of the built-in pack (chosen in "copy a pack") carries its skit: its jumps, scenes, moods and
 * consequences are shown and edited in the editor, a problem made on purpose is shown under its
 * field, "play from here" passes the copied jump in the real skit scene, and the copy exports
 * and opens in the game.
 */

const editor = (page: Page) => page.getByRole('dialog', { name: 'Soạn gói' });

async function choose(ed: Locator, id: string, value: string): Promise<void> {
  await ed.locator(`#editor-${id}`).selectOption(value);
}

test('a copy of the default pack: its skit edited, played from a jump, exported and opened', async ({
  page,
}, info) => {
  test.setTimeout(300_000);
  await page.emulateMedia({ reducedMotion: 'reduce' });
  await page.goto('/?lang=vi');
  await waitForScene(page, 'menu');
  await press(page, 'editor');
  const ed = editor(page);
  await expect(ed).toBeVisible();
  await ed.locator('[data-id="copy"]').click();
  await page.locator('.editor-pack-picker [data-key="built-in"]').click();
  await ed.locator('[data-tab="skit"]').click();
  await expect(ed.locator('[data-skit="node-cafe-ke-0"]')).toBeVisible();
  await expect(ed).toHaveAttribute('data-checked', 'ok');

  // A jump: its branch tests a visited node; with none holding it goes to the other line.
  await ed.locator('[data-skit="node-cafe-ke-0"]').click();
  await expect(ed.locator('#editor-node-kind')).toHaveValue('jump');
  await expect(ed.locator('#editor-branch-0-cond-var')).toHaveValue('@visited');
  await expect(ed.locator('#editor-branch-0-cond-visited')).toHaveValue('hoi-1');
  await expect(ed.locator('#editor-node-next')).toHaveValue('cafe-ke-1b');
  // A second branch, by pointer: "toldHoa is true" goes to cafe-ke-1 too.
  await ed.locator('[data-id="add-branch"]').click();
  await choose(ed, 'branch-1-cond-var', 'toldHoa');
  await expect(ed.locator('#editor-branch-1-cond-value')).toHaveValue('true');
  await choose(ed, 'branch-1-next', 'cafe-ke-1');
  // "all of": a condition inside a condition.
  await choose(ed, 'branch-1-cond-var', '@all');
  await expect(ed.locator('#editor-branch-1-0-cond-var')).toHaveValue('toldHoa');
  await ed.locator('[data-id="branch-1-add-cond"]').click();
  await expect(ed.locator('#editor-branch-1-1-cond-var')).toBeVisible();
  await expect(ed).toHaveAttribute('data-checked', 'ok');

  // A choice: the asker's mood and an option's consequence came along.
  await ed.locator('[data-skit="node-chon-2"]').click();
  await expect(ed.locator('#editor-node-mood')).toHaveValue('worried');
  await expect(ed.locator('#editor-choice-0-consequenceVi')).toHaveValue(/dấu hiệu đáng ngờ/);

  // A scene: the first narration shows the home; it now shows the café.
  await ed.locator('[data-skit="node-nha-1"]').click();
  await expect(ed.locator('#editor-node-background')).toHaveValue('home');
  await choose(ed, 'node-background', 'cafe');
  await expect(ed.locator('#editor-node-background')).toHaveValue('cafe');

  // A background removed while nodes still show it: the loader's problem, under the field.
  await ed.locator('[data-skit="people"]').click();
  await ed.locator('[data-id="background-harbour-remove"]').click();
  await expect(ed).toHaveAttribute('data-checked', 'problems');
  await ed.locator('[data-skit="node-chon-truyen"]').click();
  await expect(ed.locator('#editor-node-background-problems')).toContainText('harbour');
  await expect(ed.locator('#editor-node-background')).toHaveAttribute('aria-invalid', 'true');
  await page.keyboard.press('Control+z');
  await expect(ed).toHaveAttribute('data-checked', 'ok');
  await page.screenshot({ path: info.outputPath('editor-copy-jump.png') });

  // Play from the jump: the skit scene passes it (hoi-1 not visited) and rests on cafe-ke-1b.
  await ed.locator('[data-skit="node-cafe-ke-0"]').click();
  await ed.locator('[data-id="play-from-here"]').click();
  await waitForScene(page, 'skit');
  await expect
    .poll(async () => (await sceneState<{ nodeId: string }>(page)).nodeId)
    .toBe('cafe-ke-1b');
  await press(page, 'menu');
  await expect(ed).toBeVisible();

  // Export the copy, and open it in the game like any pack.
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    ed.locator('[data-id="export-zip"]').click(),
  ]);
  const zipPath = info.outputPath('ban-sao.zip');
  await download.saveAs(zipPath);
  await ed.locator('[data-id="close"]').click();
  await page.locator('#pack-file-input').setInputFiles(zipPath);
  await expect
    .poll(() => page.evaluate(() => (window.__dhbc?.announcements() ?? []).join('\n')))
    .toContain('Đã mở gói');
  await press(page, 'play-skit');
  await waitForScene(page, 'skit');
  await expect
    .poll(async () => (await sceneState<{ nodeId: string }>(page)).nodeId)
    .toBe('chon-truyen');
});
