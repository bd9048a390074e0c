#!/usr/bin/env node
/**
 * Writes assets/fonts/be-vietnam-pro-latin-<weight>.woff2: Be Vietnam Pro's Latin files from
 * @fontsource/be-vietnam-pro cut to the characters Vietnamese and English text use (ASCII, the
 * Latin-1 vowels of Vietnamese, common punctuation and signs). A phone downloads them before
 * its first question: about 13 KB less than the whole Latin files. The Vietnamese files (ă, ơ,
 * ư, đ and every toned vowel) are used as they are. A character left out is drawn in the
 * phone's own font, as for any character the font lacks. Run with `node scripts/make-fonts.mjs`;
 * `LATIN_TEXT` below is also the `unicode-range` of the Latin faces in index.html.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import subsetFont from 'subset-font';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
const FROM = join(ROOT, 'node_modules/@fontsource/be-vietnam-pro/files');
const TO = join(ROOT, 'assets/fonts');

const ascii = Array.from({ length: 0x7f - 0x20 }, (_, i) => String.fromCodePoint(0x20 + i)).join(
  '',
);
const LATIN_TEXT =
  ascii + '\u00a0ÀÁÂÃÈÉÊÌÍÒÓÔÕÙÚÝàáâãèéêìíòóôõùúý©®°×÷·«»–—‘’“”…•€™−←→↑↓\u2009\u202f';

for (const weight of ['400', '700']) {
  const source = readFileSync(join(FROM, `be-vietnam-pro-latin-${weight}-normal.woff2`));
  // Glyphs reached only through optional features (alternates, ligatures) are left out too.
  const subset = await subsetFont(source, LATIN_TEXT, {
    targetFormat: 'woff2',
    noLayoutClosure: true,
  });
  writeFileSync(join(TO, `be-vietnam-pro-latin-${weight}.woff2`), subset);
  console.log(`latin ${weight}: ${String(source.length)} -> ${String(subset.length)} bytes`);
}

const codes = [...new Set([...LATIN_TEXT].map((ch) => ch.codePointAt(0) ?? 0))].sort(
  (a, b) => a - b,
);
const ranges = [];
for (const code of codes) {
  const last = ranges.at(-1);
  if (last && last[1] === code - 1) last[1] = code;
  else ranges.push([code, code]);
}
const hex = (n) => n.toString(16).toUpperCase().padStart(4, '0');
const range = ranges
  .map(([a, b]) => (a === b ? `U+${hex(a)}` : `U+${hex(a)}-${hex(b)}`))
  .join(', ');
const page = readFileSync(join(ROOT, 'index.html'), 'utf8').replace(/\s+/g, ' ');
const faces = page.split(`unicode-range: ${range};`).length - 1;
if (faces !== 2) {
  console.error(`index.html: set the Latin faces' unicode-range to\n${range}`);
  process.exitCode = 1;
}
