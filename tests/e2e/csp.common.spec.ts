import { resolve } from 'node:path';
import { expect, test } from '@playwright/test';
import { press, waitForScene } from './helpers';

/**
 * The game runs under its Content-Security-Policy: the page is served with the policy and
 * nosniff, and playing (the menu, the quiz, a pack opened from a zip with SVG pictures, the
 * skit) reports no violation. A picture from elsewhere is still refused, so the listener hears.
 */

const BOTH_ZIP = resolve(import.meta.dirname, '..', 'content', 'fixtures', 'zip', 'both.zip');

test('the whole game plays under the Content-Security-Policy with no violation', async ({
  page,
}) => {
  test.setTimeout(180_000);
  await page.addInitScript(() => {
    const seen: string[] = [];
    Object.assign(window, { __cspViolations: seen });
    document.addEventListener('securitypolicyviolation', (e) => {
      seen.push(`${e.effectiveDirective} ${e.blockedURI}`);
    });
  });
  const violations = (): Promise<string[]> =>
    page.evaluate(() => Reflect.get(window, '__cspViolations') as string[]);
  const response = await page.goto('/');
  const headers = response?.headers() ?? {};
  expect(headers['content-security-policy']).toContain("default-src 'self'");
  expect(headers['content-security-policy']).toContain("object-src 'none'");
  expect(headers['x-content-type-options']).toBe('nosniff');
  await expect
    .poll(() => page.evaluate(() => window.__dhbc?.scene() ?? null), { timeout: 60_000 })
    .toBe('menu');

  await press(page, 'play-quiz');
  await waitForScene(page, 'quiz');
  await expect(page.locator('#live')).toContainText('Câu 1');

  await page.goto('/');
  await expect
    .poll(() => page.evaluate(() => window.__dhbc?.scene() ?? null), { timeout: 60_000 })
    .toBe('menu');
  await page.locator('#pack-file-input').setInputFiles(BOTH_ZIP);
  await expect(page.locator('#live')).toContainText('Câu đố và tiểu phẩm');
  await press(page, 'play-skit');
  await waitForScene(page, 'skit');
  expect(await violations()).toEqual([]);

  // The policy is in force and the listener hears it: a picture from another host is refused.
  await page.evaluate(() => {
    const img = document.createElement('img');
    img.src = 'https://example.invalid/x.png';
    document.body.append(img);
  });
  await expect.poll(violations).toEqual(['img-src https://example.invalid/x.png']);
});
