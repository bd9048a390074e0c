import { expect, test } from '@playwright/test';
import { waitForScene } from './helpers';

/**
 * A player who presses "play" the moment the menu shows waits for the game engine on a slow
 * line: the sounds and the offline cache's download wait until the first question is shown,
 * and still come once it is (sounds for the next tap, the cache for the next visit offline).
 */
test('"play" at once: sounds and the offline cache wait for the first question', async ({
  page,
  context,
}) => {
  // A slow line (Fast 3G), so that the engine is still on its way when "play" is pressed.
  const cdp = await context.newCDPSession(page);
  await cdp.send('Network.enable');
  await cdp.send('Network.emulateNetworkConditions', {
    offline: false,
    latency: 150,
    downloadThroughput: 1_600_000 / 8,
    uploadThroughput: 750_000 / 8,
  });
  await context.addInitScript(() => {
    const poll = setInterval(() => {
      if (performance.getEntriesByName('menu-ready').length === 0) return;
      clearInterval(poll);
      document.querySelector<HTMLButtonElement>('button[data-id="play-quiz"]')?.click();
    }, 10);
  });
  await page.goto('/');
  await waitForScene(page, 'quiz');
  // Both come by themselves once the question is shown.
  await page.evaluate(async () => {
    await navigator.serviceWorker.ready;
  });
  await page.waitForFunction(() =>
    performance.getEntriesByType('resource').some((r) => r.name.includes('/howler-')),
  );
  const timing = await page.evaluate(() => {
    const shown = performance.getEntriesByName('game-shown')[0]?.startTime ?? Infinity;
    const files = performance
      .getEntriesByType('resource')
      .map((r) => ({ name: new URL(r.name).pathname, start: r.startTime }));
    return {
      shown,
      early: files.filter(
        (f) => /\.mp3$|\/howler-|\/offline-|\/workbox-/.test(f.name) && f.start < shown,
      ),
    };
  });
  expect(timing.shown).toBeLessThan(Infinity);
  expect(timing.early).toEqual([]);
});
