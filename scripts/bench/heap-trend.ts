/**
 * `npx tsx scripts/bench/heap-trend.ts [url]`: the JS heap after each of six whole quiz sessions
 * (after garbage collection), to tell a leak (growing every session) from warm-up (growing in
 * the first sessions only). Serve a build first (`npm start` or `vite preview`).
 */
import { chromium } from '@playwright/test';
import { openPhonePage, PHONE } from './conditions';
import { playWholeQuiz, waitForScene } from './game-driver';

const url = process.argv[2] ?? 'http://127.0.0.1:4173/';
const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
  args: ['--no-sandbox'],
});
try {
  const context = await browser.newContext({ ...PHONE });
  const { page, cdp } = await openPhonePage(context);
  await cdp.send('Performance.enable');
  const heapMB = async (): Promise<number> => {
    await cdp.send('HeapProfiler.collectGarbage');
    await cdp.send('HeapProfiler.collectGarbage');
    const { metrics } = await cdp.send('Performance.getMetrics');
    const used = metrics.find((m) => m.name === 'JSHeapUsedSize')?.value ?? Number.NaN;
    return Math.round((used / 1024 / 1024) * 100) / 100;
  };
  await page.goto(url);
  await waitForScene(page, 'menu');
  const after: number[] = [];
  for (let i = 0; i < 6; i++) {
    await playWholeQuiz(page);
    after.push(await heapMB());
  }
  process.stdout.write(`JS heap (MB) after sessions 1…6: ${after.join(' / ')}\n`);
} finally {
  await browser.close();
}
