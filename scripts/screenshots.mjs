// Screenshots of every scene at phone and tablet sizes, to look at by eye.
// Usage: npm run build, then `node scripts/screenshots.mjs [outDir]` (serves dist/ itself on
// E2E_PORT, default 4173; CHROMIUM_PATH as for the end-to-end tests).
import { spawn } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { chromium } from '@playwright/test';

const PORT = Number(process.env.E2E_PORT ?? 4173);
const BASE = `http://127.0.0.1:${PORT}`;
const OUT = process.argv[2] ?? 'test-results/screens';
const SIZES = [
  { name: '360x640', width: 360, height: 640, dpr: 2, mobile: true },
  { name: '412x915', width: 412, height: 915, dpr: 2.625, mobile: true },
  { name: '768x1024', width: 768, height: 1024, dpr: 2, mobile: true },
  { name: '1024x768', width: 1024, height: 768, dpr: 1, mobile: false },
];

const server = spawn(
  process.execPath,
  [
    'node_modules/vite/bin/vite.js',
    'preview',
    '--port',
    String(PORT),
    '--strictPort',
    '--host',
    '127.0.0.1',
  ],
  { stdio: 'ignore' },
);

async function waitForServer() {
  for (let i = 0; i < 100; i++) {
    try {
      if ((await fetch(BASE)).ok) return;
    } catch {
      // not up yet
    }
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`No server on ${BASE}`);
}

const poll = { polling: 16, timeout: 20_000 };

async function scene(page, key) {
  await page.waitForFunction((k) => window.__dhbc?.scene() === k, key, poll);
}

async function state(page) {
  return page.evaluate(() => JSON.stringify(window.__dhbc?.state() ?? null));
}

/** Taps a canvas button and waits for the scene's state to change. */
async function press(page, id) {
  const before = await state(page);
  const handle = await page.waitForFunction(
    (w) => window.__dhbc?.buttons().find((b) => b.id === w && b.enabled) ?? null,
    id,
    poll,
  );
  const b = await handle.jsonValue();
  await page.mouse.click(b.x, b.y);
  await page.waitForFunction(
    (was) => JSON.stringify(window.__dhbc?.state() ?? null) !== was,
    before,
    poll,
  );
}

async function shoot(page, dir, name) {
  // Let the frame that shows the last change be drawn.
  await page.evaluate(() => new Promise((r) => setTimeout(r, 300)));
  await page.screenshot({ path: join(dir, `${name}.png`) });
  console.log(join(dir, `${name}.png`));
}

async function run() {
  await waitForServer();
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: ['--no-sandbox', '--disable-background-networking', '--disable-component-update'],
  });
  try {
    for (const size of SIZES) {
      const dir = join(OUT, size.name);
      mkdirSync(dir, { recursive: true });
      const context = await browser.newContext({
        viewport: { width: size.width, height: size.height },
        deviceScaleFactor: size.dpr,
        isMobile: size.mobile,
        hasTouch: size.mobile,
        reducedMotion: 'reduce',
      });
      const page = await context.newPage();
      await page.goto(`${BASE}/?lang=vi`);
      await scene(page, 'menu');
      await shoot(page, dir, '01-menu');

      await press(page, 'play-quiz');
      await scene(page, 'quiz');
      // Wait for the picture, then place two tiles.
      await page.evaluate(() => new Promise((r) => setTimeout(r, 800)));
      for (let i = 0; i < 2; i++) {
        const s = JSON.parse(await state(page));
        const before = await state(page);
        await page.mouse.click(s.tiles[0].x, s.tiles[0].y);
        await page.waitForFunction(
          (was) => JSON.stringify(window.__dhbc.state()) !== was,
          before,
          poll,
        );
      }
      await shoot(page, dir, '02-quiz-tiles');
      await press(page, 'type');
      await page.getByRole('textbox').fill('lừa đảo');
      await shoot(page, dir, '03-quiz-typing');
      await page.getByRole('textbox').press('Escape');
      await press(page, 'skip');
      await shoot(page, dir, '04-quiz-explanation');
      for (;;) {
        await press(page, 'next');
        if ((await page.evaluate(() => window.__dhbc.scene())) !== 'quiz') break;
        await press(page, 'skip');
      }
      await scene(page, 'results');
      await shoot(page, dir, '05-results-top');
      await page.keyboard.press('End');
      await shoot(page, dir, '06-results-end');

      await press(page, 'to-menu');
      await scene(page, 'menu');
      await press(page, 'play-skit');
      await scene(page, 'skit');
      await page.evaluate(() => new Promise((r) => setTimeout(r, 800)));
      await shoot(page, dir, '07-skit-narration');
      await press(page, 'continue');
      await shoot(page, dir, '08-skit-line');
      for (;;) {
        const s = JSON.parse(await state(page));
        if (s.kind === 'choice') break;
        await press(page, 'continue');
      }
      await shoot(page, dir, '09-skit-choice');
      for (;;) {
        const s = JSON.parse(await state(page));
        if (s.kind === 'ending') break;
        await press(page, s.kind === 'choice' ? `option-${s.options[0]}` : 'continue');
      }
      await page.getByRole('dialog').waitFor();
      await shoot(page, dir, '10-skit-ending');
      await page.locator('.help-list').scrollIntoViewIfNeeded();
      await shoot(page, dir, '11-skit-help');
      await page.getByRole('dialog').getByRole('button').last().click();
      await scene(page, 'menu');
      await context.close();
    }
  } finally {
    await browser.close();
  }
}

run()
  .catch((e) => {
    console.error(e);
    process.exitCode = 1;
  })
  .finally(() => server.kill());
