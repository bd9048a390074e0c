/**
 * `npx tsx scripts/bench/heap-trend.ts [url]`: the JS heap after each of six whole quiz sessions
 * (after garbage collection), to tell a leak (growing every session) from warm-up (growing in
 * the first sessions only). Serve a build first (`npm start` or `vite preview`).
 */
import { launchChromium, openPhonePage, PHONE } from './conditions';
import { playWholeQuiz, waitForScene } from './game-driver';
import { heapAfterGc } from './measures';

const url = process.argv[2] ?? 'http://127.0.0.1:4173/';
const browser = await launchChromium();
try {
  const context = await browser.newContext({ ...PHONE });
  const { page, cdp } = await openPhonePage(context);
  await cdp.send('Performance.enable');
  await page.goto(url);
  await waitForScene(page, 'menu');
  const after: number[] = [];
  for (let i = 0; i < 6; i++) {
    await playWholeQuiz(page);
    after.push(await heapAfterGc(cdp));
  }
  process.stdout.write(`JS heap (MB) after sessions 1…6: ${after.join(' / ')}\n`);
} finally {
  await browser.close();
}
