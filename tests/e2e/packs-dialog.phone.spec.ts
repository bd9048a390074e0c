import { expect, test, type Locator, type Page } from '@playwright/test';
import { press, waitForScene } from './helpers';

/**
 * The list of saved packs on a landscape phone (640×360): its Close button stays in view while
 * the list scrolls, and its words name the menu's button as the button says it.
 */

/** Whether `target`'s centre is in the viewport and what a tap there would reach. */
async function tappable(page: Page, target: Locator): Promise<boolean> {
  const box = await target.boundingBox();
  const size = page.viewportSize();
  if (!box || !size) return false;
  const x = box.x + box.width / 2;
  const y = box.y + box.height / 2;
  if (box.x < 0 || box.y < 0 || box.x + box.width > size.width || box.y + box.height > size.height)
    return false;
  return target.evaluate(
    (el, [px, py]) => {
      const hit = document.elementFromPoint(px ?? 0, py ?? 0);
      return hit !== null && el.contains(hit);
    },
    [x, y],
  );
}

for (const [lang, title, close, openButton] of [
  ['vi', 'Gói nội dung trên máy này', 'Đóng', 'Mở gói nội dung…'],
  ['en', 'Content packs on this device', 'Close', 'Open a content pack…'],
] as const) {
  test.describe(`the saved packs at 640×360 (${lang})`, () => {
    test.use({ viewport: { width: 640, height: 360 } });
    test('Close stays in view as the list scrolls, and closes it', async ({ page }) => {
      await page.goto(`/?lang=${lang}`);
      await waitForScene(page, 'menu');
      await press(page, 'my-packs');
      const dialog = page.getByRole('dialog', { name: title });
      await expect(dialog).toBeVisible();
      const closeButton = dialog.getByRole('button', { name: close });
      await expect(closeButton).toBeFocused();
      expect(await tappable(page, closeButton)).toBe(true);
      // The note names the menu's button with its own words.
      const note = dialog.locator('.pack-list-note');
      await expect(note).toContainText(`“${openButton}”`);
      // Scrolled to the end of the list, the note in view and Close still there.
      await note.scrollIntoViewIfNeeded();
      await expect.poll(() => tappable(page, note)).toBe(true);
      expect(await tappable(page, closeButton)).toBe(true);
      await closeButton.click();
      await expect(dialog).toHaveCount(0);
    });
  });
}
