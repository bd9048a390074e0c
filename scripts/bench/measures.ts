import type { Browser } from '@playwright/test';
import { openPhonePage, PHONE, throttleCpu, throttleNetwork } from './conditions';
import {
  answerQuestion,
  nextQuestion,
  playWholeQuiz,
  tapButton,
  waitForScene,
} from './game-driver';
import { percentile } from './stats';

export interface LoadFigures {
  /** Gzip bytes (encoded bodies) of the JS and CSS that finished loading before menu-ready. */
  readonly jsCssGzipKB: number;
  readonly jsCssFiles: readonly string[];
  /** Everything transferred before menu-ready: HTML, JS, CSS, fonts, pictures. */
  readonly allBeforeMenuKB: number;
  readonly fcpMs: number | null;
  readonly menuReadyMs: number;
}

/** One cold load on Fast 3G at 4× CPU, as a phone opening the link for the first time. */
export async function measureLoad(browser: Browser, url: string): Promise<LoadFigures> {
  const context = await browser.newContext({ ...PHONE });
  try {
    const { page, cdp } = await openPhonePage(context);
    await throttleNetwork(cdp);
    await throttleCpu(cdp);
    await page.goto(url, { waitUntil: 'commit' });
    await page.waitForFunction(() => performance.getEntriesByName('menu-ready').length > 0, null, {
      timeout: 120_000,
    });
    return await page.evaluate(() => {
      const ready = performance.getEntriesByName('menu-ready')[0]?.startTime ?? Number.NaN;
      const fcp = performance.getEntriesByName('first-contentful-paint')[0]?.startTime ?? null;
      const before = (
        performance.getEntriesByType('resource') as PerformanceResourceTiming[]
      ).filter((r) => r.responseEnd <= ready);
      const jsCss = before.filter((r) => /\.(js|css)$/.test(new URL(r.name).pathname));
      const nav = performance.getEntriesByType('navigation')[0] as
        PerformanceNavigationTiming | undefined;
      const kb = (bytes: number): number => Math.round((bytes / 1024) * 10) / 10;
      return {
        jsCssGzipKB: kb(jsCss.reduce((sum, r) => sum + r.encodedBodySize, 0)),
        jsCssFiles: jsCss.map((r) => new URL(r.name).pathname.split('/').pop() ?? r.name),
        allBeforeMenuKB: kb(
          before.reduce((sum, r) => sum + r.transferSize, 0) + (nav?.transferSize ?? 0),
        ),
        fcpMs: fcp === null ? null : Math.round(fcp),
        menuReadyMs: Math.round(ready),
      };
    });
  } finally {
    await context.close();
  }
}

export interface FrameFigures {
  readonly p95Ms: number | null;
  readonly medianMs: number | null;
  readonly frames: number;
}

/**
 * Frame times (requestAnimationFrame deltas, collected in the page) while three questions are
 * answered by tapping tiles: tiles fly to slots, the verdict and the explanation card animate.
 */
export async function measureFrames(browser: Browser, url: string): Promise<FrameFigures> {
  const context = await browser.newContext({ ...PHONE });
  try {
    const { page, cdp } = await openPhonePage(context);
    await page.goto(url);
    await waitForScene(page, 'menu');
    await tapButton(page, 'play-quiz');
    await waitForScene(page, 'quiz');
    await throttleCpu(cdp);
    await page.evaluate(() => {
      const deltas: number[] = [];
      let last: number | null = null;
      const tick = (t: number): void => {
        if (last !== null) deltas.push(t - last);
        last = t;
        if (!(window as { stopFrames?: boolean }).stopFrames) requestAnimationFrame(tick);
      };
      Object.assign(window, { frameDeltas: deltas });
      requestAnimationFrame(tick);
    });
    for (let q = 0; q < 3; q += 1) {
      await answerQuestion(page);
      await nextQuestion(page);
      await page.waitForFunction(
        () => (window.__dhbc?.state() as { phase?: string } | null)?.phase === 'question',
        null,
        { timeout: 60_000 },
      );
    }
    const deltas = await page.evaluate(() => {
      Object.assign(window, { stopFrames: true });
      return (window as unknown as { frameDeltas: number[] }).frameDeltas;
    });
    await throttleCpu(cdp, 1);
    const round = (v: number | null): number | null =>
      v === null ? null : Math.round(v * 10) / 10;
    return {
      p95Ms: round(percentile(deltas, 95)),
      medianMs: round(percentile(deltas, 50)),
      frames: deltas.length,
    };
  } finally {
    await context.close();
  }
}

export interface HeapFigures {
  readonly afterOneMB: number;
  readonly afterThreeMB: number;
  /** afterThree / afterOne − 1, as a percentage. */
  readonly growthPercent: number;
}

/** JS heap in use after garbage collection, after one and after three whole quiz sessions. */
export async function measureHeap(browser: Browser, url: string): Promise<HeapFigures> {
  const context = await browser.newContext({ ...PHONE });
  try {
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
    await playWholeQuiz(page);
    const afterOneMB = await heapMB();
    await playWholeQuiz(page);
    await playWholeQuiz(page);
    const afterThreeMB = await heapMB();
    return {
      afterOneMB,
      afterThreeMB,
      growthPercent: Math.round((afterThreeMB / afterOneMB - 1) * 1000) / 10,
    };
  } finally {
    await context.close();
  }
}
