import type { PackText } from '../core/types';
import { CSV_ALTERNATIVES_SEPARATOR, CSV_COLUMNS, type CsvColumn } from './csv';
import { parseCsvRecords } from './csv-parse';
import type { Pack, Picture } from './pack-types';
import type { RebusToken } from './rebus';
import type { SheetCell, SheetOut } from './xlsx-write';

/**
 * A pack's questions as a question sheet (the layout of docs/packs.md, with the Vietnamese column
 * names), and the template sheet authors start from. Reading the sheet back gives the same
 * questions (ids and category ids are made again from the answers and the category names).
 */

const SHEET_COLUMNS: readonly CsvColumn[] = [
  'answer',
  'alternatives',
  'picture',
  'pictureAlt',
  'pictureAltEn',
  'hint',
  'hintEn',
  'explanation',
  'explanationEn',
  'difficulty',
  'category',
  'points',
  'time',
];

/** The header row: each column's Vietnamese name. */
export const SHEET_HEADER: readonly string[] = SHEET_COLUMNS.map((c) => CSV_COLUMNS[c][0]);

function vi(text: PackText | undefined): string {
  if (text === undefined) return '';
  return typeof text === 'string' ? text : (text.vi ?? '');
}

function en(text: PackText | undefined): string {
  if (text === undefined || typeof text === 'string') return '';
  return text.en ?? '';
}

/** A rebus token as written in a row. */
export function tokenText(token: RebusToken): string {
  switch (token.kind) {
    case 'glyph':
      return token.emoji;
    case 'sign':
      return token.sign;
    case 'text':
      return token.text;
  }
}

/** The picture cell: a file's path, or rebus rows separated by " / ". */
export function pictureCell(picture: Picture): string {
  if (picture.kind === 'file') return picture.path;
  return picture.rows.map((row) => row.map(tokenText).join(' ')).join(' / ');
}

/** The pack's questions, one row each under SHEET_HEADER. */
export function questionSheetRows(pack: Pack): SheetCell[][] {
  const rows: SheetCell[][] = [[...SHEET_HEADER]];
  for (const q of pack.quiz?.questions ?? []) {
    const category = pack.categories[q.category];
    rows.push([
      q.answer,
      q.alternatives.join(CSV_ALTERNATIVES_SEPARATOR),
      pictureCell(q.picture),
      vi(q.picture.alt),
      en(q.picture.alt),
      vi(q.hint),
      en(q.hint),
      vi(q.explanation),
      en(q.explanation),
      q.difficulty,
      category === undefined ? q.category : vi(category) || en(category) || q.category,
      q.points,
      q.timeLimitSec,
    ]);
  }
  return rows;
}

const WIDTHS = [18, 18, 18, 24, 24, 28, 28, 48, 48, 8, 20, 8, 10];

/** The pack's questions as one sheet of an .xlsx. */
export function questionSheet(pack: Pack): SheetOut {
  return {
    name: 'cau_hoi',
    rows: questionSheetRows(pack),
    widths: WIDTHS,
    stickyRows: 1,
    boldRows: [0],
  };
}

const GUIDE: readonly (readonly [string, string, string])[] = [
  ['dap_an', 'Đáp án, viết có dấu. Bắt buộc.', 'The answer, with its marks. Required.'],
  [
    'dap_an_khac',
    'Các đáp án khác cũng đúng, cách nhau bằng |',
    'Other right answers, separated by |',
  ],
  [
    'hinh',
    'Câu đố ghép hình bằng emoji (🫏 + 🏝️), nhiều hàng cách nhau bằng " / "; hoặc tên tệp hình. Bắt buộc.',
    'A rebus of emoji (🫏 + 🏝️), rows separated by " / "; or a picture file name. Required.',
  ],
  [
    'mo_ta_hinh',
    'Tả hình bằng lời, cho trình đọc màn hình.',
    'The picture in words, for screen readers.',
  ],
  ['goi_y', 'Gợi ý.', 'A written clue.'],
  ['giai_thich', 'Thẻ giải thích sau câu hỏi.', 'The explanation card shown after the question.'],
  [
    'do_kho',
    'Độ khó: số nguyên từ 1 đến 5. Bắt buộc.',
    'Difficulty: a whole number from 1 to 5. Required.',
  ],
  ['chu_de', 'Tên chủ đề, ví dụ "Chiêu dụ dỗ". Bắt buộc.', 'The category name. Required.'],
  ['diem', 'Điểm (mặc định 100).', 'Points (100 if empty).'],
  ['thoi_gian', 'Số giây (mặc định 30).', 'Seconds (30 if empty).'],
  [
    '…_en',
    'Cột có đuôi _en là bản tiếng Anh (có thể để trống).',
    'Columns ending in _en are the English text (may be empty).',
  ],
];

const NUMBER_COLUMNS = new Set(['do_kho', 'diem', 'thoi_gian']);

/**
 * The template workbook: the example questions (`exampleCsv`, docs/examples/cau-hoi.csv) on the
 * first sheet, where the game reads questions, and a guide to the columns on the second.
 */
export function templateSheets(exampleCsv: string): SheetOut[] {
  const body = exampleCsv.charCodeAt(0) === 0xfeff ? exampleCsv.slice(1) : exampleCsv;
  const parsed = parseCsvRecords(body.trimEnd(), ',');
  if (!parsed.ok) throw new Error(parsed.problem.en);
  const [header = [], ...records] = parsed.records;
  const rows: SheetCell[][] = [
    header,
    ...records.map((r) =>
      r.map((cell, i) =>
        NUMBER_COLUMNS.has(header[i] ?? '') && /^\d+$/.test(cell) ? Number(cell) : cell,
      ),
    ),
  ];
  return [
    {
      name: 'cau_hoi',
      rows,
      widths: header.map((h) => (h.startsWith('giai_thich') ? 48 : h.length < 8 ? 10 : 22)),
      stickyRows: 1,
      boldRows: [0],
    },
    {
      name: 'Hướng dẫn - Guide',
      rows: [['Cột / Column', 'Tiếng Việt', 'English'], ...GUIDE.map((g) => [...g])],
      widths: [14, 70, 70],
      boldRows: [0],
    },
  ];
}
