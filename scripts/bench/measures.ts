import type { Browser, CDPSession, Page } from '@playwright/test';
import { openPhonePage, PHONE, throttleCpu, throttleNetwork } from './conditions';
import {
  answerQuestion,
  nextQuestion,
  playWholeQuiz,
  tapButton,
  waitForPhase,
  waitForScene,
  type TapPace,
} from './game-driver';
import {
  frameIntervals,
  median,
  percentile,
  refreshIntervals,
  shownIntervals,
  tweenSpans,
  type ShownFrame,
} from './stats';
import { probeScript } from './page-probe';

export interface LoadFigures {
  /** Bytes as sent (brotli or gzip) of the JS and CSS that finished loading before menu-ready. */
  readonly jsCssSentKB: number;
  readonly jsCssFiles: readonly string[];
  /** Everything transferred before menu-ready: HTML, JS, CSS, fonts, pictures. */
  readonly allBeforeMenuKB: number;
  readonly fcpMs: number | null;
  readonly menuReadyMs: number;
  /**
   * "Play" pressed to the quiz on screen: the game engine loads when an activity starts. Once
   * as soon as the menu shows (the engine still on the line), once after the page fetched it.
   */
  readonly playAtOnceMs: number | null;
  readonly playAfterFetchMs: number | null;
  /** The first question on screen (ms from navigation) when "play" is pressed as the menu shows. */
  readonly firstQuestionMs: number | null;
}

/**
 * Presses "play" from inside the page the moment the menu is ready (polled every 10 ms, about
 * a touch's own dispatch delay): "pressed as the menu shows", without the test driver's round
 * trips to a CPU slowed 4× (about half a second) counted as the page's time.
 */
const PRESS_PLAY = `(() => {
  const poll = setInterval(() => {
    if (performance.getEntriesByName('menu-ready').length === 0) return;
    clearInterval(poll);
    document.querySelector('button[data-id="play-quiz"]')?.click();
  }, 10);
})();`;

/** One cold load on Fast 3G at 4× CPU, as a phone opening the link for the first time. */
export async function measureLoad(browser: Browser, url: string): Promise<LoadFigures> {
  const first = await coldVisit(
    browser,
    url,
    async (page) => {
      await page.waitForFunction(
        () => performance.getEntriesByName('menu-ready').length > 0,
        null,
        {
          timeout: 120_000,
        },
      );
      const figures = await page.evaluate(() => {
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
          jsCssSentKB: kb(jsCss.reduce((sum, r) => sum + r.encodedBodySize, 0)),
          jsCssFiles: jsCss.map((r) => new URL(r.name).pathname.split('/').pop() ?? r.name),
          allBeforeMenuKB: kb(
            before.reduce((sum, r) => sum + r.transferSize, 0) + (nav?.transferSize ?? 0),
          ),
          fcpMs: fcp === null ? null : Math.round(fcp),
          menuReadyMs: Math.round(ready),
        };
      });
      // "play" was pressed by the page itself the moment the menu was ready (PRESS_PLAY).
      await waitForScene(page, 'quiz');
      const { playAtOnceMs, firstQuestionMs } = await page.evaluate(() => {
        const asked = performance.getEntriesByName('game-requested')[0]?.startTime;
        const shown = performance.getEntriesByName('game-shown')[0]?.startTime;
        return {
          playAtOnceMs:
            asked === undefined || shown === undefined ? null : Math.round(shown - asked),
          firstQuestionMs: shown === undefined ? null : Math.round(shown),
        };
      });
      return { ...figures, playAtOnceMs, firstQuestionMs };
    },
    PRESS_PLAY,
  );
  // A second cold visit of the same phone, left on the menu until the page has fetched the
  // engine into its cache, as a player who reads the menu first.
  const playAfterFetchMs = await coldVisit(browser, url, async (page) => {
    await page.waitForFunction(
      () => performance.getEntriesByName('game-fetched').length > 0,
      null,
      {
        timeout: 120_000,
      },
    );
    return timePlay(page);
  });
  return { ...first, playAfterFetchMs };
}

/** A first visit of the phone on Fast 3G at 4× CPU, in a fresh context closed afterwards. */
export async function coldVisit<T>(
  browser: Browser,
  url: string,
  use: (page: Page) => Promise<T>,
  initScript?: string,
): Promise<T> {
  const context = await browser.newContext({ ...PHONE });
  try {
    const { page, cdp } = await openPhonePage(context);
    if (initScript !== undefined) await context.addInitScript({ content: initScript });
    await throttleNetwork(cdp);
    await throttleCpu(cdp);
    await page.goto(url, { waitUntil: 'commit' });
    return await use(page);
  } finally {
    await context.close();
  }
}

/** Presses "play" on the menu and answers the time until the quiz shows, from the page's marks. */
async function timePlay(page: Page): Promise<number | null> {
  await tapButton(page, 'play-quiz');
  await waitForScene(page, 'quiz');
  return page.evaluate(() => {
    const asked = performance.getEntriesByName('game-requested')[0]?.startTime;
    const shown = performance.getEntriesByName('game-shown')[0]?.startTime;
    return asked === undefined || shown === undefined ? null : Math.round(shown - asked);
  });
}

export interface FrameFigures {
  /**
   * The budget's figure: 95th percentile of the intervals between frames shown on the screen
   * while an animation runs, whoever draws it: the game's script (a tween, where the browser
   * cannot animate elements) or the browser's compositor (a CSS animation: a letter's flight, the
   * card's fade). From a trace of the page, in
   * display refreshes: a frame made for each refresh is one refresh apart from the last, a
   * refresh that got no new frame makes the interval a refresh longer (`refreshIntervals`).
   */
  readonly p95Ms: number | null;
  readonly medianMs: number | null;
  /** How many shown-frame intervals were inside animations. */
  readonly frames: number;
  /**
   * The same intervals from the times Chromium stamps as each frame's presentation. Without a
   * display (headless, software compositing) that is when the frame's pixels were swapped, which
   * drifts with thread scheduling within a refresh, so two frames made for consecutive refreshes
   * can be stamped 10 or 25 ms apart; a display shows them one refresh apart.
   */
  readonly presentedP95Ms: number | null;
  /** The share of those intervals longer than one refresh (a refresh without a new frame), %. */
  readonly longerPercent: number | null;
  /** The display refresh interval the trace shows (ms). */
  readonly refreshMs: number | null;
  /** How many CSS animations (letters' flights, the card's fades) ran. */
  readonly cssAnimations: number;
  /**
   * The game's own frames (Phaser's step to step) while a tween runs: what this benchmark
   * measured before the flights left the game's canvas. Not the budget's figure.
   */
  readonly tweenP95Ms: number | null;
  readonly tweenFrames: number;
  /** Script and drawing calls of those frames (Phaser's step to the end of its render). */
  readonly workP95Ms: number | null;
  /** A tap or key to the end of the next frame drawn: the board's rebuild and the first picture. */
  readonly responseP95Ms: number | null;
  readonly responseMedianMs: number | null;
  /**
   * The same intervals by animation (the longest tween running: 140 ms a tile's flight, 200 ms
   * the card's fade), and those with a tap or key between their two frames: where the slow
   * ones come from. Not separate budgets.
   */
  readonly byAnimation: readonly { tweenMs: number; frames: number; p95Ms: number | null }[];
  readonly withInputFrames: number;
  readonly withInputP95Ms: number | null;
}

const round1 = (v: number | null): number | null => (v === null ? null : Math.round(v * 10) / 10);

/**
 * Frame times while three questions are answered by tapping their tiles on a Pixel 7
 * (412×839 CSS px at 2.625 device pixels per CSS pixel; the game draws at 2, so its canvas is
 * 824×1678) with the CPU slowed 4×. The animations are each tile's flight into its slot
 * (140 ms) and the explanation card's fade-in (200 ms), compositor animations. The page's
 * frames, taps and animations are recorded by a probe put in the page before it loads
 * (page-probe.ts), the same for every build; a trace gives which display refresh each frame
 * shown was made for. See `refreshIntervals`,
 * `shownIntervals` and `frameIntervals` for which intervals count.
 */
export async function measureFrames(
  browser: Browser,
  url: string,
  pace: TapPace = 'fast',
): Promise<FrameFigures> {
  const context = await browser.newContext({ ...PHONE });
  try {
    const { page, cdp } = await openPhonePage(context);
    await context.addInitScript({ content: probeScript() });
    await page.goto(url);
    await waitForScene(page, 'menu');
    await tapButton(page, 'play-quiz');
    await waitForScene(page, 'quiz');
    await page.waitForFunction(
      () => (window.__dhbc?.state() as { phase?: string } | null)?.phase === 'question',
    );
    await throttleCpu(cdp);
    await page.evaluate(() => {
      window.__benchProbe?.clear();
    });
    const trace = await traceShownFrames(cdp, page);
    for (let q = 0; q < 3; q += 1) {
      await answerQuestion(page, pace);
      await nextQuestion(page);
      await waitForPhase(page, 'question');
    }
    const got = await page.evaluate(() => {
      const probe = window.__benchProbe;
      return {
        frames: probe?.frames ?? [],
        inputs: probe?.inputs ?? [],
        css: probe?.animations ?? [],
      };
    });
    const shownTrace = await trace.stop();
    await throttleCpu(cdp, 1);
    const { animating, work, response, byTween, withInput } = frameIntervals(
      got.frames,
      got.inputs,
    );
    const spans = [...tweenSpans(got.frames), ...got.css];
    const shown = refreshIntervals(shownTrace.frames, spans, shownTrace.refreshMs);
    const stamped = shownIntervals(shownTrace.presented, spans);
    return {
      p95Ms: round1(percentile(shown, 95)),
      medianMs: round1(percentile(shown, 50)),
      frames: shown.length,
      presentedP95Ms: round1(percentile(stamped, 95)),
      longerPercent:
        shown.length === 0
          ? null
          : round1(
              (shown.filter((v) => v > shownTrace.refreshMs * 1.5).length / shown.length) * 100,
            ),
      refreshMs: round1(shownTrace.refreshMs),
      cssAnimations: got.css.length,
      tweenP95Ms: round1(percentile(animating, 95)),
      tweenFrames: animating.length,
      workP95Ms: round1(percentile(work, 95)),
      responseP95Ms: round1(percentile(response, 95)),
      responseMedianMs: round1(percentile(response, 50)),
      byAnimation: [...byTween]
        .sort((a, b) => a[0] - b[0])
        .map(([tweenMs, intervals]) => ({
          tweenMs,
          frames: intervals.length,
          p95Ms: round1(percentile(intervals, 95)),
        })),
      withInputFrames: withInput.length,
      withInputP95Ms: round1(percentile(withInput, 95)),
    };
  } finally {
    await context.close();
  }
}

interface TraceEvent {
  readonly name: string;
  readonly ph: string;
  readonly ts: number;
  readonly pid: number;
  readonly tid: number;
  readonly args?: {
    readonly name?: string;
    readonly frame_reporter?: { readonly frame_sequence?: number; readonly state?: string };
  };
}

/** What the trace tells of the page's frames: see `traceShownFrames`. */
interface ShownTrace {
  /** When each frame was presented (the page's clock, ms). */
  readonly presented: number[];
  /** Each frame shown, with the display refresh it was made for. */
  readonly frames: ShownFrame[];
  /** The display's refresh interval, from the begin-frames' own spacing (ms). */
  readonly refreshMs: number;
}

/**
 * Records which of the page's frames reach the screen: Chromium's compositor reports each
 * display refresh it began a frame for (its number), whether that frame was shown, and when it
 * was presented (the 'benchmark' trace category, light enough to leave the page's own timing
 * alone). `stop` answers them in the page's clock (performance.now()), matched through a mark
 * the page makes while the trace runs.
 */
async function traceShownFrames(
  cdp: CDPSession,
  page: Page,
): Promise<{ stop: () => Promise<ShownTrace> }> {
  const events: TraceEvent[] = [];
  cdp.on('Tracing.dataCollected', (e) => {
    events.push(...(e.value as unknown as TraceEvent[]));
  });
  await cdp.send('Tracing.start', {
    transferMode: 'ReportEvents',
    traceConfig: { includedCategories: ['benchmark', 'blink.user_timing', '__metadata'] },
  });
  const markAt = await page.evaluate(() => performance.mark('bench-clock').startTime);
  return {
    stop: async () => {
      const done = new Promise<void>((resolve) => {
        cdp.once('Tracing.tracingComplete', () => {
          resolve();
        });
      });
      await cdp.send('Tracing.end');
      await done;
      const mark = events.find((e) => e.name === 'bench-clock');
      if (!mark) throw new Error('The trace has no clock mark');
      const offset = mark.ts / 1000 - markAt;
      // The page's renderer process: its compositor thread presents the page's frames.
      const compositor = new Set(
        events
          .filter((e) => e.name === 'thread_name' && e.pid === mark.pid)
          .filter((e) => e.args?.name === 'Compositor')
          .map((e) => e.tid),
      );
      const presented = events
        .filter(
          (e) =>
            e.name === 'SubmitCompositorFrameToPresentationCompositorFrame' &&
            e.ph === 'e' &&
            e.pid === mark.pid &&
            compositor.has(e.tid),
        )
        .map((e) => e.ts / 1000 - offset);
      // Each begin-frame's report, started when the compositor began the frame.
      const reports = events
        .filter((e) => e.name === 'PipelineReporter' && e.ph === 'b' && e.pid === mark.pid)
        .flatMap((e) => {
          const seq = e.args?.frame_reporter?.frame_sequence;
          const state = e.args?.frame_reporter?.state ?? '';
          return seq === undefined ? [] : [{ at: e.ts / 1000 - offset, seq, state }];
        })
        .sort((a, b) => a.seq - b.seq);
      const spacing: number[] = [];
      for (let i = 1; i < reports.length; i += 1) {
        const a = reports[i - 1];
        const b = reports[i];
        if (a && b && b.seq > a.seq) spacing.push((b.at - a.at) / (b.seq - a.seq));
      }
      return {
        presented,
        frames: reports.filter((r) => r.state.startsWith('STATE_PRESENTED')),
        refreshMs: median(spacing) ?? 1000 / 60,
      };
    },
  };
}

export interface HeapFigures {
  readonly afterOneMB: number;
  readonly afterThreeMB: number;
  /** afterThree / afterOne − 1, as a percentage. */
  readonly growthPercent: number;
}

/** MB of JS heap in use after garbage collection (the page's Performance domain enabled). */
export async function heapAfterGc(cdp: CDPSession): Promise<number> {
  await cdp.send('HeapProfiler.collectGarbage');
  await cdp.send('HeapProfiler.collectGarbage');
  const { metrics } = await cdp.send('Performance.getMetrics');
  const used = metrics.find((m) => m.name === 'JSHeapUsedSize')?.value ?? Number.NaN;
  return Math.round((used / 1024 / 1024) * 100) / 100;
}

/** JS heap in use after garbage collection, after one and after three whole quiz sessions. */
export async function measureHeap(browser: Browser, url: string): Promise<HeapFigures> {
  const context = await browser.newContext({ ...PHONE });
  try {
    const { page, cdp } = await openPhonePage(context);
    await cdp.send('Performance.enable');
    const heapMB = (): Promise<number> => heapAfterGc(cdp);
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
