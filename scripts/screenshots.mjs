// Screenshots of every scene at phone and tablet sizes, in both languages, to look at by eye.
// Usage: npm run build, then `node scripts/screenshots.mjs [outDir]` (serves dist/ itself on
// E2E_PORT, default 4173; CHROMIUM_PATH as for the end-to-end tests). SIZES=360x640,412x915
// and LANGS=vi limit the run.
import { spawn } from 'node:child_process';
import { mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { chromium } from '@playwright/test';

const PORT = Number(process.env.E2E_PORT ?? 4173);
const BASE = `http://127.0.0.1:${PORT}`;
const OUT = process.argv[2] ?? 'test-results/screens';
const ALL_SIZES = [
  { name: '360x640', width: 360, height: 640, dpr: 2, mobile: true },
  { name: '412x915', width: 412, height: 915, dpr: 2.625, mobile: true },
  { name: '768x1024', width: 768, height: 1024, dpr: 2, mobile: true },
  { name: '1024x768', width: 1024, height: 768, dpr: 1, mobile: false },
];
const pick = (env, all, key) => (env ? all.filter((x) => env.split(',').includes(key(x))) : all);
const SIZES = pick(process.env.SIZES, ALL_SIZES, (s) => s.name);
const LANGS = pick(process.env.LANGS, ['vi', 'en'], (l) => l);

const FIXTURES = 'tests/content/fixtures';
/** A refused pack with several problems, and a pack that is kept on the device. */
const REFUSED = join(FIXTURES, 'invalid', 'jump-loops.json');
const KEPT = join(FIXTURES, 'valid', 'quiz-only.json');
const KEPT_TITLE = JSON.parse(readFileSync(KEPT, 'utf8')).title;
/** The default pack's longest answers (most slots). */
const pack = JSON.parse(readFileSync('assets/packs/default/pack.json', 'utf8'));
const longest = Math.max(...pack.quiz.questions.map((q) => q.answer.length));
const LONG_IDS = pack.quiz.questions.filter((q) => q.answer.length >= longest - 2).map((q) => q.id);

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

async function stateOf(page) {
  return JSON.parse(await state(page));
}

/** Taps a canvas button as soon as it is shown and enabled. */
async function tap(page, id) {
  const handle = await page.waitForFunction(
    (w) => window.__dhbc?.buttons().find((b) => b.id === w && b.enabled) ?? null,
    id,
    poll,
  );
  const b = await handle.jsonValue();
  await page.mouse.click(b.x, b.y);
}

/**
 * Taps a canvas button and waits for the scene's state to change. On a loaded machine a tap
 * is now and then lost; after 7 s without a change it is tapped again (twice at most).
 */
async function press(page, id) {
  const before = await state(page);
  for (let attempt = 0; ; attempt++) {
    await tap(page, id);
    try {
      await page.waitForFunction(
        (was) => JSON.stringify(window.__dhbc?.state() ?? null) !== was,
        before,
        { polling: 16, timeout: 7_000 },
      );
      return;
    } catch (e) {
      if (attempt >= 2) throw e;
      console.log(`tapped ${id} again`);
    }
  }
}

/** Taps a canvas button that leaves the scene (no state to compare). */
async function pressTo(page, id, key) {
  await tap(page, id);
  await scene(page, key);
}

async function placeTiles(page, n) {
  for (let i = 0; i < n; i++) {
    const s = await stateOf(page);
    const free = s.slots.indexOf(null);
    if (free < 0 || s.tiles.length === 0) return;
    const before = JSON.stringify(s);
    await page.mouse.click(s.tiles[0].x, s.tiles[0].y);
    await page.waitForFunction(
      (was) => JSON.stringify(window.__dhbc.state()) !== was,
      before,
      poll,
    );
  }
}

async function shoot(page, dir, name) {
  // Let the frame that shows the last change be drawn.
  await page.evaluate(() => new Promise((r) => setTimeout(r, 300)));
  await page.screenshot({ path: join(dir, `${name}.png`) });
  console.log(join(dir, `${name}.png`));
}

async function quiz(page, dir, lang) {
  await pressTo(page, 'play-quiz', 'quiz');
  // Wait for the picture, then place two tiles.
  await page.evaluate(() => new Promise((r) => setTimeout(r, 800)));
  await placeTiles(page, 2);
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
  await shoot(page, dir, '07-results-top');
  await page.keyboard.press('End');
  await shoot(page, dir, '08-results-end');
  // A game has 10 of the pack's questions: play again until a long answer comes up.
  await pressTo(page, 'play-again', 'quiz');
  for (let n = 0; n < 60; n++) {
    if (LONG_IDS.includes((await stateOf(page)).questionId)) {
      await page.evaluate(() => new Promise((r) => setTimeout(r, 800)));
      await placeTiles(page, 5);
      await shoot(page, dir, '05-quiz-long-answer');
      await press(page, 'skip');
      await shoot(page, dir, '06-quiz-long-explanation');
      break;
    }
    await press(page, 'skip');
    await press(page, 'next');
    if ((await page.evaluate(() => window.__dhbc.scene())) !== 'quiz')
      await pressTo(page, 'play-again', 'quiz');
  }
  // Back to the menu as a reload brings the player: the game is unfinished.
  await page.goto(`${BASE}/?lang=${lang}`);
  await scene(page, 'menu');
  // An unfinished game adds "continue" to the menu.
  await shoot(page, dir, '09-menu-continue');
}

async function skit(page, dir) {
  await pressTo(page, 'play-skit', 'skit');
  await page.evaluate(() => new Promise((r) => setTimeout(r, 800)));
  const seen = new Set();
  let mostOptions = 0;
  let choices = 0;
  for (;;) {
    const s = await stateOf(page);
    if (s.kind === 'ending') break;
    if (!seen.has(s.kind)) {
      seen.add(s.kind);
      await shoot(page, dir, `10-skit-${s.kind}`);
    }
    if (s.kind === 'choice') {
      if (s.options.length > mostOptions) {
        mostOptions = s.options.length;
        await shoot(page, dir, `11-skit-choice-${s.options.length}`);
      }
      // The first choice takes the option with a consequence (the last), then the first.
      const option = choices === 0 ? s.options[s.options.length - 1] : s.options[0];
      choices++;
      if (choices === 3) {
        await press(page, 'history');
        await page.getByRole('dialog').waitFor();
        await shoot(page, dir, '12-skit-history');
        await page.getByRole('dialog').getByRole('button').last().click();
        await page.getByRole('dialog').waitFor({ state: 'detached' });
      }
      await press(page, `option-${option}`);
    } else await press(page, 'continue');
  }
  await page.getByRole('dialog').waitFor();
  await shoot(page, dir, '13-skit-ending');
  await page.locator('.help-list').scrollIntoViewIfNeeded();
  await shoot(page, dir, '14-skit-help');
  await page.getByRole('dialog').getByRole('button').last().click();
  await scene(page, 'menu');
}

async function packs(page, dir) {
  await page.locator('#pack-file-input').setInputFiles(REFUSED);
  await page.getByRole('alertdialog').waitFor();
  await shoot(page, dir, '15-pack-refused');
  await page.getByRole('alertdialog').getByRole('button').last().click();
  await page.getByRole('alertdialog').waitFor({ state: 'detached' });
  await page.locator('#pack-file-input').setInputFiles(KEPT);
  // The kept pack becomes the chosen one: the menu restarts with it.
  await page.waitForFunction(
    (title) =>
      window.__dhbc
        ?.announcements()
        .some((a) => a === `Trang đầu. Gói ${title}.` || a === `Start screen. Pack ${title}.`),
    KEPT_TITLE,
    poll,
  );
  await scene(page, 'menu');
  await page.evaluate(() => new Promise((r) => setTimeout(r, 500)));
  await shoot(page, dir, '16-menu-other-pack');
  await tap(page, 'my-packs');
  await page.getByRole('dialog').waitFor();
  await page.evaluate(() => new Promise((r) => setTimeout(r, 300)));
  await shoot(page, dir, '17-kept-packs');
}

async function run() {
  await waitForServer();
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: ['--no-sandbox', '--disable-background-networking', '--disable-component-update'],
  });
  try {
    for (const size of SIZES) {
      for (const lang of LANGS) {
        const dir = join(OUT, `${size.name}-${lang}`);
        mkdirSync(dir, { recursive: true });
        const context = await browser.newContext({
          viewport: { width: size.width, height: size.height },
          deviceScaleFactor: size.dpr,
          isMobile: size.mobile,
          hasTouch: size.mobile,
          reducedMotion: 'reduce',
        });
        const page = await context.newPage();
        await page.goto(`${BASE}/?lang=${lang}`);
        await scene(page, 'menu');
        await shoot(page, dir, '01-menu');
        await quiz(page, dir, lang);
        await skit(page, dir);
        await packs(page, dir);
        await context.close();
      }
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
