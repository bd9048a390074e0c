// Builds the emoji set bundled for rebus pictures from scripts/emoji-list.tsv:
// copies the listed Twemoji SVGs to assets/emoji/svg/, deletes the ones no longer listed, and
// writes assets/emoji/catalog.json and docs/emoji.md.
//
//   node scripts/build-emoji.mjs           build
//   node scripts/build-emoji.mjs --check   only report whether the outputs are up to date
import {
  existsSync,
  mkdirSync,
  readFileSync,
  readdirSync,
  unlinkSync,
  writeFileSync,
} from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import * as prettier from 'prettier';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
const LIST_PATH = join(ROOT, 'scripts', 'emoji-list.tsv');
const SVG_OUT_DIR = join(ROOT, 'assets', 'emoji', 'svg');
const CATALOG_PATH = join(ROOT, 'assets', 'emoji', 'catalog.json');
const DOCS_PATH = join(ROOT, 'docs', 'emoji.md');
const TWEMOJI_DIR = dirname(createRequire(import.meta.url).resolve('@twemoji/svg/package.json'));

/** The fixed groups, in catalog order. */
const GROUPS = [
  { id: 'people', vi: 'Người', en: 'People' },
  { id: 'faces', vi: 'Khuôn mặt', en: 'Faces' },
  { id: 'gestures', vi: 'Cử chỉ và cơ thể', en: 'Gestures and body' },
  { id: 'communication', vi: 'Liên lạc và mạng', en: 'Communication' },
  { id: 'money', vi: 'Tiền và việc làm', en: 'Money and work' },
  { id: 'places', vi: 'Nơi chốn', en: 'Places' },
  { id: 'travel', vi: 'Đi lại', en: 'Travel' },
  { id: 'animals', vi: 'Con vật', en: 'Animals' },
  { id: 'nature', vi: 'Thiên nhiên', en: 'Nature' },
  { id: 'food', vi: 'Ăn uống', en: 'Food and drink' },
  { id: 'objects', vi: 'Đồ vật', en: 'Objects' },
  { id: 'symbols', vi: 'Dấu hiệu', en: 'Symbols' },
  { id: 'numbers', vi: 'Chữ số', en: 'Numbers' },
];
const GROUP_INDEX = new Map(GROUPS.map((group, index) => [group.id, index]));

/** The whole svg folder ships to cheap phones: keep it small. */
const BUDGET_BYTES = 600 * 1024;

const ZWJ = 0x200d;
const VARIATION_SELECTOR_16 = 0xfe0f;
const FULLY_QUALIFIED_EMOJI = /^\p{RGI_Emoji}$/v;
const SKIN_TONE = /[\u{1F3FB}-\u{1F3FF}]/u;

/** Rules an SVG must pass before it is bundled: it is drawn by the game and must stay inert. */
const SVG_GUARDS = [
  { pattern: /<script/i, reason: 'contains <script' },
  { pattern: /\son[a-z]+\s*=/i, reason: 'has an on…= event attribute' },
  {
    pattern: /\bhref\s*=\s*(?:"(?!\s*#)|'(?!\s*#)|(?!["'#\s]))/i,
    reason: 'has an href that is not a local #fragment',
  },
  {
    pattern: /url\(\s*(?:"(?!\s*#)|'(?!\s*#)|(?!["'#\s]))/i,
    reason: 'has a url() that is not a local #fragment',
  },
  { pattern: /<foreignObject/i, reason: 'contains <foreignObject' },
  { pattern: /<!(?:DOCTYPE|ENTITY)/i, reason: 'declares a DOCTYPE or ENTITY' },
];

/**
 * Twemoji's file name for an emoji: its code points in lower-case hex joined by '-', with
 * U+FE0F dropped unless the sequence contains U+200D (ZWJ).
 */
function twemojiCode(emoji) {
  const codePoints = [...emoji].map((char) => char.codePointAt(0));
  const kept = codePoints.includes(ZWJ)
    ? codePoints
    : codePoints.filter((codePoint) => codePoint !== VARIATION_SELECTOR_16);
  return kept.map((codePoint) => codePoint.toString(16)).join('-');
}

function describeCodePoints(text) {
  return [...text]
    .map((char) => `U+${char.codePointAt(0).toString(16).toUpperCase().padStart(4, '0')}`)
    .join(' ');
}

function readList() {
  const errors = [];
  const entries = [];
  const seenEmoji = new Map();
  const seenCode = new Map();
  const lines = readFileSync(LIST_PATH, 'utf8').split(/\r?\n/);

  lines.forEach((line, index) => {
    const lineNumber = index + 1;
    const fail = (message) => errors.push(`scripts/emoji-list.tsv:${lineNumber}: ${message}`);
    // "#️⃣" starts with '#', so a comment is '#' followed by a space or nothing.
    if (line.trim() === '' || line === '#' || line.startsWith('# ')) return;

    const fields = line.split('\t').map((field) => field.trim());
    if (fields.length !== 4 || fields.some((field) => field === '')) {
      fail(
        `expected 4 non-empty fields separated by TAB (emoji, group, Vietnamese name, English name), found ${fields.length}`,
      );
      return;
    }
    const [emoji, group, vi, en] = fields;

    if (!FULLY_QUALIFIED_EMOJI.test(emoji)) {
      fail(
        `"${emoji}" (${describeCodePoints(emoji)}) is not one fully-qualified emoji; copy it from an emoji keyboard`,
      );
      return;
    }
    if (SKIN_TONE.test(emoji)) {
      fail(`"${emoji}" has a skin-tone modifier; use the default (yellow) glyph`);
      return;
    }
    if (!GROUP_INDEX.has(group)) {
      fail(`unknown group "${group}"; use one of: ${GROUPS.map((g) => g.id).join(', ')}`);
      return;
    }
    const code = twemojiCode(emoji);
    if (seenEmoji.has(emoji)) {
      fail(`"${emoji}" is already listed on line ${seenEmoji.get(emoji)}`);
      return;
    }
    if (seenCode.has(code)) {
      fail(`"${emoji}" draws the same picture (${code}) as line ${seenCode.get(code)}`);
      return;
    }
    seenEmoji.set(emoji, lineNumber);
    seenCode.set(code, lineNumber);

    const sourcePath = join(TWEMOJI_DIR, `${code}.svg`);
    if (!existsSync(sourcePath)) {
      fail(`no Twemoji file ${code}.svg for "${emoji}" (${describeCodePoints(emoji)})`);
      return;
    }
    const svg = readFileSync(sourcePath, 'utf8');
    const broken = SVG_GUARDS.filter((guard) => guard.pattern.test(svg));
    if (!svg.trimStart().startsWith('<svg')) broken.push({ reason: 'does not start with <svg' });
    if (broken.length > 0) {
      fail(`${code}.svg is refused: ${broken.map((guard) => guard.reason).join('; ')}`);
      return;
    }

    entries.push({ emoji, code, group, vi, en, svg, lineNumber });
  });

  return { entries, errors };
}

function sortByGroup(entries) {
  return [...entries].sort(
    (a, b) => GROUP_INDEX.get(a.group) - GROUP_INDEX.get(b.group) || a.lineNumber - b.lineNumber,
  );
}

function catalogJson(sorted) {
  const rows = sorted.map(({ emoji, code, group, vi, en }) =>
    JSON.stringify({ emoji, code, group, vi, en }),
  );
  return `[\n  ${rows.join(',\n  ')}\n]\n`;
}

function tableCell(text) {
  return text.replaceAll('|', '\\|');
}

function docsMarkdown(sorted, totalBytes) {
  const count = sorted.length;
  const kib = (totalBytes / 1024).toFixed(0);
  const out = [];
  const push = (...lines) => out.push(...lines);

  push(
    '# Bộ hình emoji cho câu đố ghép hình — Emoji set for rebus pictures',
    '',
    '<!-- Generated by scripts/build-emoji.mjs from scripts/emoji-list.tsv. Do not edit by hand. -->',
    '',
    '_Tệp này được tạo tự động từ `scripts/emoji-list.tsv` bằng lệnh `node scripts/build-emoji.mjs`; đừng sửa tay._',
    '',
    '_This file is generated from `scripts/emoji-list.tsv` by `node scripts/build-emoji.mjs`; do not edit it by hand._',
    '',
    '## Tiếng Việt',
    '',
    `Trò chơi mang theo ${count} hình emoji, xếp thành ${GROUPS.length} nhóm ở bảng bên dưới (đồ họa Twemoji, giấy phép CC-BY 4.0, xem \`assets/emoji/LICENSE.md\`). Câu đố ghép hình chỉ dùng được những hình này.`,
    '',
    '### Cách viết câu đố ghép hình',
    '',
    'Câu đố ghép hình là một chuỗi gồm nhiều phần, cách nhau bằng dấu cách. Mỗi phần là một trong ba loại:',
    '',
    '- một hình có trong bảng bên dưới, ví dụ `🫏`;',
    '- một dấu: `+` `-` `=` `?` `→` `×`;',
    '- một chữ ngắn, tối đa 10 ký tự, ví dụ `111`.',
    '',
    'Ví dụ:',
    '',
    '- `"🫏 + 🏝️"`: con lừa + hòn đảo → **lừa đảo**.',
    '- `"🛣️ + 🪢 + 🔥"`: con đường + sợi dây + lửa (nóng) → **đường dây nóng**.',
    '',
    'Muốn xếp hình thành nhiều hàng thì viết một mảng, mỗi hàng là một chuỗi:',
    '',
    '```json',
    '["💼 🪶", "💰 🦒"]',
    '```',
    '',
    'Hàng trên: công việc + lông vũ (nhẹ); hàng dưới: lương + hươu cao cổ (cao) → **việc nhẹ lương cao**.',
    '',
    'Lưu ý:',
    '',
    '- Cột “Tên tiếng Việt” ghi cách gọi quen thuộc; các cách gọi khác, hay dùng để chơi chữ, cách nhau bằng dấu “/”.',
    '- Chơi chữ để làm rõ lời nhắn bảo vệ (“đường dây nóng”, “lừa đảo”, “cảnh giác”, “tố giác”), không lấy sự bóc lột làm trò cười.',
    '- Hình ảnh không có xiềng xích, còng tay, lồng nhốt, vết thương, người co rúm, không gợi dục. Sợi dây 🪢 chỉ là một đồ vật (như chữ “dây” trong “đường dây nóng”), không bao giờ trói người.',
    '',
    '### Thêm hình mới',
    '',
    '1. Thêm một dòng vào `scripts/emoji-list.tsv`: hình, nhóm, tên tiếng Việt, tên tiếng Anh, cách nhau bằng phím TAB. Chỉ dùng màu da mặc định (vàng).',
    '2. Chạy `node scripts/build-emoji.mjs`. Lệnh này chép hình SVG vào `assets/emoji/svg/`, viết lại `assets/emoji/catalog.json` và tệp này. Nếu hình không có trong Twemoji, bị trùng, sai nhóm hay có màu da khác, lệnh báo lỗi kèm số dòng.',
    '',
    '## English',
    '',
    `The game bundles ${count} emoji pictures in ${GROUPS.length} groups, listed below (Twemoji graphics, licensed CC-BY 4.0, see \`assets/emoji/LICENSE.md\`). A rebus can use only these pictures.`,
    '',
    '### How to write a rebus',
    '',
    'A rebus is a string of tokens separated by spaces. Each token is one of:',
    '',
    '- a glyph from the tables below, such as `🫏`;',
    '- a sign: `+` `-` `=` `?` `→` `×`;',
    '- a short text of up to 10 characters, such as `111`.',
    '',
    'Examples:',
    '',
    '- `"🫏 + 🏝️"`: donkey (“lừa”) + island (“đảo”) → **lừa đảo** (fraud).',
    '- `"🛣️ + 🪢 + 🔥"`: road (“đường”) + rope (“dây”) + fire (“nóng”) → **đường dây nóng** (hotline).',
    '',
    'For several rows, write an array with one string per row:',
    '',
    '```json',
    '["💼 🪶", "💰 🦒"]',
    '```',
    '',
    'Top row: work (“việc”) + feather (“nhẹ”, light); bottom row: pay (“lương”) + giraffe (“cao”, tall) → **việc nhẹ lương cao** (light work, high pay).',
    '',
    'Notes:',
    '',
    '- The “Vietnamese” column gives the usual name; other readings, often the ones a pun needs, follow a “/”.',
    '- Puns serve the protective message (“đường dây nóng”, “lừa đảo”, “cảnh giác”, “tố giác”); exploitation is never the punch line.',
    '- No chains, handcuffs, cages, injuries, cowering figures or anything sexualised. The rope 🪢 is an object only (the “dây” of “đường dây nóng”), never around a person.',
    '',
    '### Adding a glyph',
    '',
    '1. Add a line to `scripts/emoji-list.tsv`: glyph, group, Vietnamese name, English name, separated by TAB. Use the default (yellow) skin tone only.',
    '2. Run `node scripts/build-emoji.mjs`. It copies the SVG to `assets/emoji/svg/` and rewrites `assets/emoji/catalog.json` and this file. It stops with the line number if a glyph has no Twemoji file, is listed twice, names an unknown group or has a skin-tone modifier.',
    '',
    `## Danh mục hình — Catalog (${count} hình, ${kib} KB SVG)`,
    '',
  );

  for (const group of GROUPS) {
    const rows = sorted.filter((entry) => entry.group === group.id);
    if (rows.length === 0) continue;
    push(
      `### ${group.vi} — ${group.en} (\`${group.id}\`, ${rows.length})`,
      '',
      '| Hình / Glyph | Tên tiếng Việt / Vietnamese | Tên tiếng Anh / English |',
      '| --- | --- | --- |',
      ...rows.map(
        (entry) => `| ${entry.emoji} | ${tableCell(entry.vi)} | ${tableCell(entry.en)} |`,
      ),
      '',
    );
  }
  return out.join('\n');
}

async function formatMarkdown(markdown) {
  const config = (await prettier.resolveConfig(DOCS_PATH)) ?? {};
  return prettier.format(markdown, { ...config, filepath: DOCS_PATH });
}

function readIfExists(path) {
  return existsSync(path) ? readFileSync(path, 'utf8') : undefined;
}

async function main() {
  const checkOnly = process.argv.includes('--check');
  const { entries, errors } = readList();
  if (errors.length > 0) {
    console.error(errors.join('\n'));
    console.error(`\n${errors.length} problem(s) in scripts/emoji-list.tsv; nothing was written.`);
    process.exit(1);
  }

  const sorted = sortByGroup(entries);
  const totalBytes = sorted.reduce((sum, entry) => sum + Buffer.byteLength(entry.svg), 0);
  if (totalBytes > BUDGET_BYTES) {
    console.error(
      `The emoji set would be ${totalBytes} bytes, over the budget of ${BUDGET_BYTES}; drop some glyphs.`,
    );
    process.exit(1);
  }

  const writes = [
    ...sorted.map((entry) => ({
      path: join(SVG_OUT_DIR, `${entry.code}.svg`),
      content: entry.svg,
    })),
    { path: CATALOG_PATH, content: catalogJson(sorted) },
    { path: DOCS_PATH, content: await formatMarkdown(docsMarkdown(sorted, totalBytes)) },
  ];
  const listed = new Set(sorted.map((entry) => `${entry.code}.svg`));
  const stale = existsSync(SVG_OUT_DIR)
    ? readdirSync(SVG_OUT_DIR)
        .filter((name) => name.endsWith('.svg') && !listed.has(name))
        .map((name) => join(SVG_OUT_DIR, name))
    : [];
  const changed = writes.filter((write) => readIfExists(write.path) !== write.content);

  if (checkOnly) {
    const outdated = [...changed.map((write) => write.path), ...stale];
    if (outdated.length > 0) {
      console.error('Out of date; run node scripts/build-emoji.mjs:');
      for (const path of outdated) console.error(`  ${relative(ROOT, path)}`);
      process.exit(1);
    }
    console.log(`Emoji set up to date: ${sorted.length} glyphs, ${totalBytes} bytes of SVG.`);
    return;
  }

  mkdirSync(SVG_OUT_DIR, { recursive: true });
  mkdirSync(dirname(DOCS_PATH), { recursive: true });
  for (const write of changed) writeFileSync(write.path, write.content);
  for (const path of stale) unlinkSync(path);

  const groupsUsed = GROUPS.filter((group) => sorted.some((entry) => entry.group === group.id));
  console.log(
    `Emoji set: ${sorted.length} glyphs in ${groupsUsed.length} groups, ${totalBytes} bytes of SVG ` +
      `(${(totalBytes / 1024).toFixed(1)} KiB of ${BUDGET_BYTES / 1024} KiB budget); ` +
      `${changed.length} file(s) written, ${stale.length} removed.`,
  );
}

await main();
