#!/usr/bin/env node
/**
 * Draws the app icons (four letter tiles, "Đ H / B C", on the game's navy) in the game's own
 * font and writes the PNGs the web app manifest and the page name to public/icons/.
 * Run with `node scripts/make-icons.mjs`; it drives the Chromium the end-to-end tests use.
 *
 * The maskable icon keeps the tiles inside the central 80% safe zone, since launchers crop it
 * to a circle or a squircle.
 */
import { readFileSync, mkdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from '@playwright/test';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
const OUT = join(ROOT, 'public', 'icons');
const FONT = readFileSync(
  join(
    ROOT,
    'node_modules/@fontsource/be-vietnam-pro/files/be-vietnam-pro-vietnamese-700-normal.woff2',
  ),
).toString('base64');
const LATIN = readFileSync(
  join(ROOT, 'node_modules/@fontsource/be-vietnam-pro/files/be-vietnam-pro-latin-700-normal.woff2'),
).toString('base64');

const NAVY = '#1b2a4a';
const TILE = '#ffc83d';
const INK = '#14213d';

/** One icon: `size` pixels square, tiles filling `fill` of it (less for maskable). */
function page(size, fill, rounded) {
  const tile = (size * fill) / 2.1;
  const gap = tile * 0.1;
  const start = (size - (tile * 2 + gap)) / 2;
  const tiles = ['Đ', 'H', 'B', 'C']
    .map((letter, i) => {
      const x = start + (i % 2) * (tile + gap);
      const y = start + Math.floor(i / 2) * (tile + gap);
      return `<div style="position:absolute;left:${x}px;top:${y}px;width:${tile}px;height:${tile}px;
        border-radius:${tile * 0.16}px;background:${TILE};box-shadow:0 ${tile * 0.06}px 0 #8a5a00;
        display:flex;align-items:center;justify-content:center;color:${INK};
        font:700 ${tile * 0.66}px 'Be Vietnam Pro';line-height:1">${letter}</div>`;
    })
    .join('');
  return `<!doctype html><html><head><style>
    @font-face{font-family:'Be Vietnam Pro';font-weight:700;src:url(data:font/woff2;base64,${LATIN}) format('woff2');unicode-range:U+0000-00FF}
    @font-face{font-family:'Be Vietnam Pro';font-weight:700;src:url(data:font/woff2;base64,${FONT}) format('woff2');unicode-range:U+0110-0111}
    html,body{margin:0;background:transparent}
    </style></head><body><div id="icon" style="position:relative;width:${size}px;height:${size}px;
    background:${NAVY};border-radius:${rounded ? size * 0.18 : 0}px;overflow:hidden">${tiles}</div></body></html>`;
}

const ICONS = [
  { file: 'icon-192.png', size: 192, fill: 0.84, rounded: false },
  { file: 'icon-512.png', size: 512, fill: 0.84, rounded: false },
  { file: 'icon-maskable-512.png', size: 512, fill: 0.62, rounded: false },
  { file: 'apple-touch-icon-180.png', size: 180, fill: 0.8, rounded: false },
  { file: 'favicon-48.png', size: 48, fill: 0.9, rounded: true },
];

mkdirSync(OUT, { recursive: true });
const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
  args: ['--no-sandbox'],
});
const tab = await browser.newPage();
for (const icon of ICONS) {
  await tab.setViewportSize({ width: icon.size, height: icon.size });
  await tab.setContent(page(icon.size, icon.fill, icon.rounded));
  await tab.evaluate(() => document.fonts.ready);
  await tab.locator('#icon').screenshot({ path: join(OUT, icon.file), omitBackground: true });
  console.log(`wrote public/icons/${icon.file}`);
}
await browser.close();
