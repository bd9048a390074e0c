import { csvReadAs, decodeCsvBytes } from './csv-encoding';
import { PACK_LIMITS } from './limits';
import { loadJsonPack, type ReadPackFile } from './load';
import { formatBytes, packError, packWarning, type PackProblem } from './problems';
import { csvPlace, detectSeparator, parseCsvRecords } from './csv-parse';
import type { PackResult, ValidateEnv } from './validate';

/**
 * Questions written in a spreadsheet and saved as CSV become a pack: one question per row,
 * columns named in Vietnamese or English. The pack this builds then goes through the same
 * validation as any other, and every problem is named by its spreadsheet row and column.
 * The CSV text itself is split into records by csv-parse.ts.
 */

/** The columns a question sheet may have, each with the names it is known by. */
export const CSV_COLUMNS = {
  answer: ['dap_an', 'answer'],
  alternatives: ['dap_an_khac', 'alternatives'],
  hint: ['goi_y', 'hint'],
  hintEn: ['goi_y_en', 'hint_en'],
  explanation: ['giai_thich', 'explanation'],
  explanationEn: ['giai_thich_en', 'explanation_en'],
  difficulty: ['do_kho', 'difficulty'],
  category: ['chu_de', 'category'],
  picture: ['hinh', 'picture'],
  pictureAlt: ['mo_ta_hinh', 'picture_alt'],
  pictureAltEn: ['mo_ta_hinh_en', 'picture_alt_en'],
  points: ['diem', 'points'],
  time: ['thoi_gian', 'time'],
} as const;

export type CsvColumn = keyof typeof CSV_COLUMNS;

const REQUIRED_COLUMNS: readonly CsvColumn[] = ['answer', 'difficulty', 'category', 'picture'];

/** Separates the answers in the alternatives cell. */
export const CSV_ALTERNATIVES_SEPARATOR = '|';

/** Where each question came from, so that later problems can name the row and column. */
export interface CsvSource {
  /** The spreadsheet row of each question, by question index (the header is row 1). */
  readonly rows: readonly number[];
  /** Each column's header as the file writes it. */
  readonly headers: Readonly<Partial<Record<CsvColumn, string>>>;
}

export type CsvConversion =
  | {
      readonly ok: true;
      readonly pack: object;
      readonly warnings: PackProblem[];
      readonly source: CsvSource;
      /** The separator a CSV file was read with. */
      readonly separator?: string;
    }
  | { readonly ok: false; readonly problems: PackProblem[] };

export interface CsvPackMeta {
  readonly id?: string;
  readonly title?: string;
}

export const DEFAULT_CSV_PACK_ID = 'cau-hoi-bang-tinh';

function rowWords(row: number, header?: string): { vi: string; en: string } {
  return header === undefined
    ? { vi: `dòng ${row}`, en: `row ${row}` }
    : { vi: `dòng ${row}, cột "${header}"`, en: `row ${row}, column "${header}"` };
}

/** Lower-case, without tone marks, words joined by "_": "Đáp án" → "dap_an". */
export function normalizeHeader(name: string): string {
  return name
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .replace(/[đĐ]/g, 'd')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '_')
    .replace(/^_+|_+$/g, '');
}

/** A text as an id: "Lừa đảo qua mạng" → "lua-dao-qua-mang". */
function slugOf(text: string, maxLength: number): string {
  return normalizeHeader(text).replace(/_/g, '-').slice(0, maxLength).replace(/-+$/, '');
}

function isBlank(cells: readonly string[]): boolean {
  return cells.every((c) => c.trim() === '');
}

/** A text cell and its English twin as a pack text: "…", { "vi": "…", "en": "…" } or { "en": "…" }. */
function packText(vi: string, en: string): string | { vi?: string; en?: string } | undefined {
  if (vi === '' && en === '') return undefined;
  if (en === '') return vi;
  return vi === '' ? { en } : { vi, en };
}

const URL_LIKE = /^[a-z][a-z0-9+.-]*:/i;
const FILE_LIKE = /^\S+\.[a-z][a-z0-9]{1,4}$/i;

/** The picture cell: a file name ("pictures/x.png") or rebus rows separated by " / ". */
function pictureOf(cell: string): { file: string } | { rebus: string | string[] } {
  if (URL_LIKE.test(cell) || FILE_LIKE.test(cell)) return { file: cell };
  const rows = cell.split(/\s+\/\s+/u).map((r) => r.trim());
  return { rebus: rows.length === 1 ? (rows[0] ?? cell) : rows };
}

/**
 * Turns a question sheet (CSV text) into a pack object, still unvalidated: the caller runs it
 * through the pack validator like any other pack (see `loadCsvPack`).
 */
export function csvToPackJson(text: string, meta: CsvPackMeta = {}): CsvConversion {
  const body = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  if (body.trim() === '') {
    return {
      ok: false,
      problems: [packError('csv-empty', '', 'Tệp CSV trống.', 'The CSV file is empty.')],
    };
  }
  const separator = detectSeparator(body);
  const parsed = parseCsvRecords(body, separator);
  if (!parsed.ok) return { ok: false, problems: [parsed.problem] };
  const converted = recordsToPackJson(parsed.records, meta);
  return converted.ok ? { ...converted, separator } : converted;
}

/**
 * Turns a question sheet's rows (the header row first), from a CSV file or an .xlsx sheet, into
 * a pack object, still unvalidated.
 */
export function recordsToPackJson(
  records: readonly (readonly string[])[],
  meta: CsvPackMeta = {},
): CsvConversion {
  const [headerCells = [], ...dataRecords] = records;

  const problems: PackProblem[] = [];
  const warnings: PackProblem[] = [];
  const columnIndex = new Map<CsvColumn, number>();
  const headers: Partial<Record<CsvColumn, string>> = {};
  const names = Object.entries(CSV_COLUMNS) as [CsvColumn, readonly string[]][];
  for (const [index, raw] of headerCells.entries()) {
    const header = raw.trim();
    if (header === '') continue;
    const key = normalizeHeader(header);
    const column = names.find(([, aliases]) => aliases.includes(key))?.[0];
    if (column === undefined) {
      warnings.push(
        packWarning(
          'csv-unknown-column',
          csvPlace(1, header),
          `Cột "${header}" không phải cột câu hỏi nào nên được bỏ qua (xem hướng dẫn soạn gói).`,
          `The column "${header}" is not a question column and is ignored (see the authoring guide).`,
        ),
      );
    } else if (columnIndex.has(column)) {
      problems.push(
        packError(
          'csv-duplicate-column',
          csvPlace(1, header),
          `Cột "${header}" lặp lại cột "${headers[column] ?? ''}".`,
          `The column "${header}" repeats the column "${headers[column] ?? ''}".`,
        ),
      );
    } else {
      columnIndex.set(column, index);
      headers[column] = header;
    }
  }
  for (const column of REQUIRED_COLUMNS) {
    if (!columnIndex.has(column)) {
      const [vi, en] = CSV_COLUMNS[column];
      problems.push(
        packError(
          'csv-missing-column',
          csvPlace(1),
          `Dòng tiêu đề thiếu cột "${vi}" (hoặc "${en}").`,
          `The header row lacks the column "${en}" (or "${vi}").`,
        ),
      );
    }
  }
  if (problems.length > 0) return { ok: false, problems };

  const questions: object[] = [];
  const rows: number[] = [];
  const categories: Record<string, string> = {};
  const ids = new Set<string>();
  let english = false;
  for (const [r, cells] of dataRecords.entries()) {
    const row = r + 2;
    if (isBlank(cells)) continue;
    if (cells.length > headerCells.length && !isBlank(cells.slice(headerCells.length))) {
      problems.push(
        packError(
          'csv-too-many-cells',
          csvPlace(row),
          `Dòng ${row} có nhiều ô hơn dòng tiêu đề. Chữ có dấu phẩy phải nằm trong dấu "…" (bảng tính tự làm việc này khi lưu CSV).`,
          `Row ${row} has more cells than the header row. Text with a comma must be in "…" (a spreadsheet does this when it saves CSV).`,
        ),
      );
      continue;
    }
    const cell = (column: CsvColumn): string => {
      const index = columnIndex.get(column);
      return index === undefined ? '' : (cells[index] ?? '').trim();
    };
    const problemsBefore = problems.length;
    const required = (column: CsvColumn): string => {
      const value = cell(column);
      if (value === '') {
        const where = rowWords(row, headers[column]);
        problems.push(
          packError(
            'csv-empty-cell',
            csvPlace(row, headers[column]),
            `Ô ở ${where.vi} không được để trống.`,
            `The cell in ${where.en} must not be empty.`,
          ),
        );
      }
      return value;
    };
    const whole = (column: CsvColumn): number | undefined => {
      const value = cell(column);
      if (value === '') return undefined;
      if (/^[+-]?\d{1,9}$/.test(value)) return Number(value);
      const where = rowWords(row, headers[column]);
      problems.push(
        packError(
          'csv-not-a-number',
          csvPlace(row, headers[column]),
          `Ô ở ${where.vi} cần một số nguyên, ví dụ 3 (đang là "${value}").`,
          `The cell in ${where.en} needs a whole number, e.g. 3 (found "${value}").`,
        ),
      );
      return undefined;
    };

    const answer = required('answer');
    const pictureCell = required('picture');
    const category = required('category');
    const difficultyCell = required('difficulty');
    const difficulty = difficultyCell === '' ? undefined : whole('difficulty');
    const points = whole('points');
    const time = whole('time');
    if (problems.length > problemsBefore) continue;

    const alternatives = cell('alternatives')
      .split(CSV_ALTERNATIVES_SEPARATOR)
      .map((a) => a.trim())
      .filter((a) => a !== '');
    const hint = packText(cell('hint'), cell('hintEn'));
    const explanation = packText(cell('explanation'), cell('explanationEn'));
    const alt = packText(cell('pictureAlt'), cell('pictureAltEn'));
    if (cell('hintEn') !== '' || cell('explanationEn') !== '' || cell('pictureAltEn') !== '')
      english = true;

    const categoryId = slugOf(category, 64) || category;
    categories[categoryId] ??= category;
    let id = slugOf(answer, 56) || `cau-${row}`;
    if (ids.has(id)) id = `${id}-${row}`;
    ids.add(id);

    questions.push({
      id,
      picture: { ...pictureOf(pictureCell), ...(alt === undefined ? {} : { alt }) },
      answer,
      ...(alternatives.length > 0 ? { alternatives } : {}),
      ...(hint === undefined ? {} : { hint }),
      ...(explanation === undefined ? {} : { explanation }),
      difficulty,
      category: categoryId,
      ...(points === undefined ? {} : { points }),
      ...(time === undefined ? {} : { timeLimitSec: time }),
    });
    rows.push(row);
  }
  if (problems.length > 0) return { ok: false, problems };
  if (questions.length === 0) {
    return {
      ok: false,
      problems: [
        packError(
          'csv-no-questions',
          '',
          'Tệp CSV chỉ có dòng tiêu đề, chưa có câu hỏi nào.',
          'The CSV file has a header row but no questions.',
        ),
      ],
    };
  }
  const pack = {
    format: 1,
    id: meta.id ?? DEFAULT_CSV_PACK_ID,
    version: '1',
    title: meta.title ?? { vi: 'Câu hỏi từ bảng tính', en: 'Questions from a spreadsheet' },
    language: english ? 'both' : 'vi',
    categories,
    quiz: { questions },
  };
  return { ok: true, pack, warnings, source: { rows, headers } };
}

const QUESTION_PLACE = /^quiz\.questions\[(\d+)\](?:\.([A-Za-z]+))?(?:\.([A-Za-z]+))?/;

/**
 * Names a problem found in a pack made from CSV by its spreadsheet row and column:
 * `quiz.questions[3].difficulty` → `row 5 › do_kho`. Places outside the questions stay as they are.
 */
export function csvProblemPlace(place: string, source: CsvSource): string {
  if (place === 'quiz.questions') return '';
  const match = QUESTION_PLACE.exec(place);
  const row = match ? source.rows[Number(match[1])] : undefined;
  if (!match || row === undefined) return place;
  const [, , field, sub] = match;
  const { headers } = source;
  const twin = (vi: CsvColumn, en: CsvColumn): string | undefined =>
    sub === 'en' ? (headers[en] ?? headers[vi]) : (headers[vi] ?? headers[en]);
  let header: string | undefined;
  switch (field) {
    case 'hint':
      header = twin('hint', 'hintEn');
      break;
    case 'explanation':
      header = twin('explanation', 'explanationEn');
      break;
    case 'picture':
      header = sub === 'alt' ? headers.pictureAlt : headers.picture;
      if (sub === 'alt' && place.endsWith('.alt.en')) header = headers.pictureAltEn ?? header;
      break;
    case 'timeLimitSec':
      header = headers.time;
      break;
    case 'answer':
    case 'alternatives':
    case 'difficulty':
    case 'category':
    case 'points':
      header = headers[field];
      break;
    default:
      header = undefined;
  }
  return csvPlace(row, header);
}

/**
 * Loads a question sheet saved as CSV: converts it, then validates the pack like a .json pack
 * whose pictures `readFile` reads, and names every problem by row and column.
 */
export async function loadCsvPack(
  bytes: Uint8Array,
  readFile: ReadPackFile,
  env: ValidateEnv,
  meta: CsvPackMeta = {},
): Promise<PackResult> {
  if (bytes.length > PACK_LIMITS.maxJsonBytes) {
    return {
      ok: false,
      problems: [
        packError(
          'csv-too-large',
          '',
          `Tệp CSV quá lớn: ${formatBytes(bytes.length)}, tối đa ${formatBytes(PACK_LIMITS.maxJsonBytes)}.`,
          `The CSV file is too large: ${formatBytes(bytes.length)}, the limit is ${formatBytes(PACK_LIMITS.maxJsonBytes)}.`,
        ),
      ],
    };
  }
  const { text, encoding } = decodeCsvBytes(bytes);
  const converted = csvToPackJson(text, meta);
  if (!converted.ok) return { ok: false, problems: converted.problems };
  const read = encoding === 'utf-8' ? [] : [csvReadAs(encoding, converted.separator ?? ',')];
  return validateConverted(
    { ...converted, warnings: [...read, ...converted.warnings] },
    readFile,
    env,
  );
}

/**
 * Validates a converted question sheet like a .json pack whose pictures `readFile` reads, and
 * names every problem by row and column.
 */
export async function validateConverted(
  converted: Extract<CsvConversion, { ok: true }>,
  readFile: ReadPackFile,
  env: ValidateEnv,
): Promise<PackResult> {
  const json = new TextEncoder().encode(JSON.stringify(converted.pack));
  const result = await loadJsonPack(json, readFile, env);
  const relocate = (p: PackProblem): PackProblem => ({
    ...p,
    place: csvProblemPlace(p.place, converted.source),
  });
  if (!result.ok)
    return { ok: false, problems: [...converted.warnings, ...result.problems.map(relocate)] };
  return {
    ok: true,
    pack: result.pack,
    warnings: [...converted.warnings, ...result.warnings.map(relocate)],
  };
}

/** A pack id from a sheet's file name: "Câu hỏi tổ 3.csv" → "cau-hoi-to-3" (undefined if nothing is left). */
export function packIdFromFileName(name: string): string | undefined {
  const base = name.replace(/^.*[\\/]/, '').replace(/\.[^.]*$/, '');
  const slug = slugOf(base, 64);
  return slug === '' ? undefined : slug;
}

/**
 * A pack title from a sheet's file name, as the facilitator wrote it: "Câu_hỏi tổ 3.csv" →
 * "Câu hỏi tổ 3" (folders, the extension, and "_" between words dropped; undefined if nothing
 * is left, and the generic title stands).
 */
export function packTitleFromFileName(name: string): string | undefined {
  const base = name.replace(/^.*[\\/]/, '').replace(/\.[^.]*$/, '');
  const title = base
    .normalize('NFC')
    .replace(/[_\s]+/gu, ' ')
    .trim()
    .slice(0, 120)
    .trim();
  return title === '' ? undefined : title;
}

/** Tells a CSV file by its name, as the file picker and the command line do. */
export function isCsvName(name: string): boolean {
  return /\.csv$/i.test(name);
}
