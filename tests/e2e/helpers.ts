import { expect, type BrowserContext, type Page } from '@playwright/test';
import type { Button } from '../../src/shared/ui/button';

/** A canvas button as the test hook shows it: id, label, centre and size in CSS pixels. */
export type ButtonBox = ReturnType<Button['box']>;

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

/** The live region's current text. */
export async function liveText(page: Page): Promise<string> {
  return (await page.locator('#live').textContent()) ?? '';
}

const touchPages = new WeakMap<Page, boolean>();

/** Taps at a point in CSS pixels: a touch where the device has touch, a click elsewhere. */
export async function tapAt(page: Page, x: number, y: number): Promise<void> {
  let touch = touchPages.get(page);
  if (touch === undefined) {
    touch = await page.evaluate(() => navigator.maxTouchPoints > 0);
    touchPages.set(page, touch);
  }
  if (touch) await page.touchscreen.tap(x, y);
  else await page.mouse.click(x, y);
}

/** Taps a canvas button as soon as it is shown and enabled, checking every 16 ms. */
export async function press(page: Page, id: string): Promise<void> {
  const handle = await page.waitForFunction(
    (wanted) => window.__dhbc?.buttons().find((b) => b.id === wanted && b.enabled) ?? null,
    id,
    { polling: 16, timeout: 10_000 },
  );
  const b = (await handle.jsonValue()) as ButtonBox;
  await tapAt(page, b.x, b.y);
}

/**
 * Does `act` (a tap, a key) and waits until the scene's test state differs from what it was
 * before, checking every 16 ms; answers the new state.
 */
export async function afterChange<T>(page: Page, act: () => Promise<void>): Promise<T> {
  const before = await page.evaluate(() => JSON.stringify(window.__dhbc?.state() ?? null));
  await act();
  const handle = await page.waitForFunction(
    (was) => {
      const now = JSON.stringify(window.__dhbc?.state() ?? null);
      return now !== was ? now : null;
    },
    before,
    { polling: 16, timeout: 10_000 },
  );
  return JSON.parse((await handle.jsonValue()) ?? 'null') as T;
}

/** How many announcements the live region has made so far. */
export async function announcementCount(page: Page): Promise<number> {
  return page.evaluate(() => window.__dhbc?.announcements().length ?? 0);
}

/** Waits until an announcement made after the first `since` contains `text`. */
export async function waitForAnnouncement(page: Page, text: string, since: number): Promise<void> {
  await page.waitForFunction(
    ([wanted, from]) =>
      (window.__dhbc?.announcements() ?? []).slice(from).some((a) => a.includes(wanted)),
    [text, since] as const,
    { polling: 16, timeout: 10_000 },
  );
}

/** From a fresh page: opens the skit and chooses Lan's story; its first narration is shown. */
export async function openLansStory(page: Page): Promise<void> {
  await page.goto('/?lang=vi');
  await waitForScene(page, 'menu');
  await press(page, 'play-skit');
  await waitForScene(page, 'skit');
  const kind = async (): Promise<string> => (await sceneState<{ kind: string }>(page)).kind;
  await expect.poll(kind).toBe('choice');
  await press(page, 'option-0');
  await expect.poll(kind).toBe('narration');
}

/**
 * One visit at `path` until the service worker has stored what it precaches, then no network:
 * the page is loaded again offline, served by the service worker.
 */
export async function visitThenGoOffline(
  page: Page,
  context: BrowserContext,
  path = '/',
): Promise<void> {
  await page.goto(path);
  await waitForScene(page, 'menu');
  // The service worker is active once it has stored everything it precaches.
  await page.evaluate(async () => {
    await navigator.serviceWorker.ready;
  });
  await context.setOffline(true);
  await page.reload();
  await waitForScene(page, 'menu');
  expect(await page.evaluate(() => navigator.serviceWorker.controller !== null)).toBe(true);
}

/**
 * Pauses the page's clock a moment ahead of now and answers that time. A busy machine can take
 * seconds between reading the time and pausing: then it tries again further ahead.
 */
export async function pauseAhead(page: Page): Promise<number> {
  for (let margin = 2_000; ; margin *= 2) {
    const at = (await page.evaluate(() => Date.now())) + margin;
    try {
      await page.clock.pauseAt(at);
      return at;
    } catch (error) {
      if (margin >= 16_000 || !String(error).includes('to the past')) throw error;
    }
  }
}
