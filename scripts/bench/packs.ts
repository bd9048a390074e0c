/**
 * `npm run bench:packs`: times the content boundary in the real game page, in Debian's Chromium.
 * (a) validating a generated pack of 1,000 questions (validatePackText, the median of several
 * runs after a warm-up) and (b) loading a generated 20 MB zip pack of many pictures
 * (loadZipPack). It builds the game when dist is older than the sources, serves dist with
 * `vite preview`, prints each figure beside its budget and writes them to
 * bench-results/packs.json. Not part of `npm test`: figures are reported, not asserted.
 *
 * Other scripts can import `benchPacks(browser, baseUrl)` and get the same figures.
 */
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { mkdirSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { chromium, type Browser } from '@playwright/test';
import type { PassTiming, ValidationTiming, ZipTiming } from './pack-bench';
import { launchOptions } from '../../playwright.config';
import { REPO_ROOT } from '../lib/pack-disk';

export const PACK_BUDGETS = {
  /** "Well under 100 ms" for 1,000 questions, on this machine. */
  validate1000Ms: 100,
  /** A 20 MB zip of pictures opens within a few seconds… */
  zip20MbMs: 5000,
  /** …without freezing the page: no step keeps it from drawing or answering for longer. */
  zipLongestBlockMs: 250,
} as const;

export const VALIDATION_QUESTIONS = 1000;
export const VALIDATION_RUNS = 9;
export const ZIP_TARGET_BYTES = 20_000_000;
export const ZIP_PICTURES = 400;

export interface PackBenchFigures {
  readonly validation: ValidationTiming;
  /** Each pass of the validation alone, on the same pack: where the time goes. */
  readonly passes: readonly PassTiming[];
  readonly zip: ZipTiming;
  readonly budgets: typeof PACK_BUDGETS;
  readonly withinBudget: {
    readonly validate1000: boolean;
    readonly zip20Mb: boolean;
    readonly zipLongestBlock: boolean;
  };
}

interface BenchHook {
  scene(): string | null;
}

type PackBench = typeof import('./pack-bench');

/** pack-bench.ts as one script for a page: built here, never part of the game's build. */
async function packBenchScript(): Promise<string> {
  const { build } = await import('vite');
  const out = await build({
    configFile: false,
    logLevel: 'silent',
    build: {
      write: false,
      minify: false,
      lib: {
        entry: resolve(REPO_ROOT, 'scripts/bench/pack-bench.ts'),
        formats: ['iife'],
        name: '__packBench',
      },
    },
  });
  const outputs = Array.isArray(out) ? out : [out];
  for (const o of outputs)
    if ('output' in o) for (const chunk of o.output) if (chunk.type === 'chunk') return chunk.code;
  throw new Error('pack-bench.ts did not build');
}

function glyphCodes(): string[] {
  return readdirSync(resolve(REPO_ROOT, 'assets/emoji/svg'))
    .filter((f) => f.endsWith('.svg'))
    .map((f) => f.slice(0, -4));
}

/** Runs both measurements in a fresh page of `browser` opened at `baseUrl` (the built game). */
export async function benchPacks(browser: Browser, baseUrl: string): Promise<PackBenchFigures> {
  // The bench adds its module as a script of its own, which the game's policy refuses.
  const context = await browser.newContext({
    viewport: { width: 1280, height: 800 },
    bypassCSP: true,
  });
  try {
    const page = await context.newPage();
    await page.goto(baseUrl);
    await page.waitForFunction(() => {
      const hook = (window as unknown as { __dhbc?: BenchHook }).__dhbc;
      return hook?.scene() === 'menu';
    });
    await page.addScriptTag({ content: await packBenchScript() });
    await page.evaluate((codes) => {
      (window as unknown as { __packBench: PackBench }).__packBench.useGlyphs(codes);
    }, glyphCodes());
    const validation = await page.evaluate(
      ([questions, runs]) => {
        return (window as unknown as { __packBench: PackBench }).__packBench.timeValidation(
          questions,
          runs,
        );
      },
      [VALIDATION_QUESTIONS, VALIDATION_RUNS] as const,
    );
    const passes = await page.evaluate(
      ([questions, runs]) => {
        return (window as unknown as { __packBench: PackBench }).__packBench.timeValidationPasses(
          questions,
          runs,
        );
      },
      [VALIDATION_QUESTIONS, VALIDATION_RUNS] as const,
    );
    const zip = await page.evaluate(
      ([bytes, pictures]) => {
        return (window as unknown as { __packBench: PackBench }).__packBench.timeZipLoad(
          bytes,
          pictures,
        );
      },
      [ZIP_TARGET_BYTES, ZIP_PICTURES] as const,
    );
    return {
      validation,
      passes,
      zip,
      budgets: PACK_BUDGETS,
      withinBudget: {
        validate1000: validation.ok && validation.medianMs < PACK_BUDGETS.validate1000Ms,
        zip20Mb: zip.ok && zip.ms < PACK_BUDGETS.zip20MbMs,
        zipLongestBlock: zip.longestBlockMs < PACK_BUDGETS.zipLongestBlockMs,
      },
    };
  } finally {
    await context.close();
  }
}

function newestMtime(path: string): number {
  const stat = statSync(path);
  if (!stat.isDirectory()) return stat.mtimeMs;
  return Math.max(
    stat.mtimeMs,
    ...readdirSync(path).map((name) => newestMtime(resolve(path, name))),
  );
}

/** Builds the game unless dist is newer than everything it is built from. */
export function ensureBuilt(root: string = REPO_ROOT): void {
  const built = (() => {
    try {
      return statSync(resolve(root, 'dist', 'index.html')).mtimeMs;
    } catch {
      return 0;
    }
  })();
  const sources = ['src', 'locales', 'assets', 'index.html', 'vite.config.ts', 'package.json'];
  const newest = Math.max(...sources.map((s) => newestMtime(resolve(root, s))));
  if (built > newest) return;
  console.log('Building the game…');
  const build = spawnSync(process.execPath, ['node_modules/vite/bin/vite.js', 'build'], {
    cwd: root,
    encoding: 'utf8',
  });
  if (build.status !== 0) throw new Error(`vite build failed:\n${build.stderr}`);
}

/** Serves dist with `vite preview` on `port`; resolves once it answers. */
export async function servePreview(port: number, root: string = REPO_ROOT): Promise<ChildProcess> {
  const server = spawn(
    process.execPath,
    [
      'node_modules/vite/bin/vite.js',
      'preview',
      '--port',
      String(port),
      '--strictPort',
      '--host',
      '127.0.0.1',
    ],
    { cwd: root, stdio: 'ignore' },
  );
  const url = `http://127.0.0.1:${port}/`;
  let last: unknown = null;
  // A busy machine can take a while to start it.
  for (let attempt = 0; attempt < 300; attempt++) {
    if (server.exitCode !== null) throw new Error(`vite preview could not use port ${port}`);
    try {
      const response = await fetch(url);
      if (response.ok) return server;
      last = response.status;
    } catch (error) {
      last = error; // not listening yet
    }
    await new Promise((r) => setTimeout(r, 200));
  }
  server.kill();
  throw new Error(`vite preview did not answer on ${url}: ${String(last)}`);
}

/** Chromium as the end-to-end tests launch it, plus precise heap figures. */
export function launchChromium(): Promise<Browser> {
  return chromium.launch({
    ...launchOptions,
    args: [...launchOptions.args, '--enable-precise-memory-info'],
  });
}

function mib(bytes: number | null): string {
  return bytes === null ? 'n/a' : `${(bytes / (1024 * 1024)).toFixed(1)} MiB`;
}

function line(label: string, figure: string, budget: string, within: boolean): string {
  return `${label.padEnd(44)} ${figure.padStart(12)}   budget ${budget.padEnd(10)} ${within ? 'ok' : 'OVER'}`;
}

export function formatFigures(f: PackBenchFigures): string {
  const { validation: v, passes, zip: z, budgets: b, withinBudget: w } = f;
  return [
    line(
      `Validate ${v.questions} questions (median of ${v.runs.length})`,
      `${v.medianMs.toFixed(1)} ms`,
      `< ${b.validate1000Ms} ms`,
      w.validate1000,
    ),
    `  runs: ${v.runs.map((r) => r.toFixed(1)).join(', ')} ms; pack.json ${mib(v.jsonBytes)}; valid: ${v.ok}`,
    `  first run in the page (code not yet warm): ${v.firstMs.toFixed(1)} ms`,
    '  each pass alone (median):',
    ...passes.map((p) => `    ${p.pass.padEnd(40)} ${p.medianMs.toFixed(1).padStart(7)} ms`),
    line(
      `Load a ${mib(z.zipBytes)} zip (${z.pictures} pictures)`,
      `${z.ms.toFixed(0)} ms`,
      `< ${b.zip20MbMs} ms`,
      w.zip20Mb,
    ),
    line(
      '  longest time the page was blocked',
      `${z.longestBlockMs.toFixed(0)} ms`,
      `< ${b.zipLongestBlockMs} ms`,
      w.zipLongestBlock,
    ),
    `  JS heap: ${mib(z.heapBeforeBytes)} before, ${mib(z.peakHeapBytes)} at the highest seen; valid: ${z.ok}`,
  ].join('\n');
}

async function main(): Promise<void> {
  const port = Number(process.env.BENCH_PORT ?? process.env.E2E_PORT ?? 4183);
  ensureBuilt();
  const server = await servePreview(port);
  let browser: Browser | undefined;
  try {
    browser = await launchChromium();
    const figures = await benchPacks(browser, `http://127.0.0.1:${port}/`);
    console.log(formatFigures(figures));
    const out = resolve(REPO_ROOT, 'bench-results');
    mkdirSync(out, { recursive: true });
    writeFileSync(resolve(out, 'packs.json'), `${JSON.stringify(figures, null, 2)}\n`);
    console.log('Written to bench-results/packs.json');
  } finally {
    await browser?.close();
    server.kill();
  }
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  main().catch((error: unknown) => {
    console.error(error);
    process.exit(1);
  });
}
