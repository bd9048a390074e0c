import { expect, type Page } from '@playwright/test';

export interface ButtonBox {
  id: string;
  x: number;
  y: number;
  w: number;
  h: number;
  enabled: boolean;
}

interface Hook {
  scene(): string | null;
  buttons(): ButtonBox[];
  state(): unknown;
  announcements(): string[];
  renderer(): string;
}

declare global {
  interface Window {
    __dhbc?: Hook;
  }
}

export async function waitForScene(page: Page, scene: string): Promise<void> {
  await expect.poll(() => page.evaluate(() => window.__dhbc?.scene() ?? null)).toBe(scene);
}

export async function buttons(page: Page): Promise<ButtonBox[]> {
  return page.evaluate(() => window.__dhbc?.buttons() ?? []);
}

export async function sceneState<T>(page: Page): Promise<T> {
  return page.evaluate(() => window.__dhbc?.state() as T);
}

/** Taps (or clicks) a canvas button by its id, at its centre in CSS pixels. */
export async function press(page: Page, id: string): Promise<void> {
  await expect
    .poll(async () => (await buttons(page)).find((b) => b.id === id && b.enabled)?.id ?? null)
    .toBe(id);
  const b = (await buttons(page)).find((x) => x.id === id);
  if (!b) throw new Error(`No button ${id}`);
  if (page.context().browser() && (await page.evaluate(() => 'ontouchstart' in window))) {
    await page.touchscreen.tap(b.x, b.y);
  } else {
    await page.mouse.click(b.x, b.y);
  }
}

/** The live region's current text. */
export async function liveText(page: Page): Promise<string> {
  return (await page.locator('#live').textContent()) ?? '';
}
