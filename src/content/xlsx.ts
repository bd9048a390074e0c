import { recordsToPackJson, validateConverted, type CsvPackMeta } from './csv';
import { PACK_LIMITS } from './limits';
import { packError, type PackProblem } from './problems';
import type { PackResult, ValidateEnv } from './validate';
import { unzipPack } from './zip';
import type { ReadPackFile } from './load';

/**
 * A question sheet saved by Excel, LibreOffice or Google Sheets as .xlsx: the first sheet holds
 * the same columns as a CSV question sheet (docs/packs.md), and becomes a pack the same way.
 *
 * An .xlsx is a zip of XML files, and it can come from anyone: before the spreadsheet library
 * reads a byte of it, it goes through the same unpacking as a .zip pack (the file's size, the
 * number of entries, the bytes unpacked, the packing ratio: see zip.ts), and then its sheets and
 * cells are counted. The library only ever sees a file that passed.
 *
 * Problem codes:
 * - `xlsx-refused`          the file failed the zip limits; the zip's own problems follow.
 * - `xlsx-not-a-sheet`      a zip that is not a spreadsheet, or one the library cannot read.
 * - `xlsx-too-many-sheets`  more than XLSX_LIMITS.maxSheets sheets.
 * - `xlsx-too-many-cells`   more than XLSX_LIMITS.maxCells cells in its sheets.
 */

export const XLSX_LIMITS = {
  maxSheets: 32,
  /** Every question's columns (13) for the most questions a pack may have, and room to spare. */
  maxCells: PACK_LIMITS.maxQuestions * 20,
} as const;

/** Tells an .xlsx file by its name, as the file picker and the command line do. */
export function isXlsxName(name: string): boolean {
  return /\.xlsx$/i.test(name);
}

const WORKSHEET = /^xl\/worksheets\/[^/]+\.xml$/i;

function refused(problems: readonly PackProblem[]): PackProblem[] {
  return [
    packError(
      'xlsx-refused',
      '',
      'Tệp Excel (.xlsx) này không được mở: một tệp .xlsx là một tệp nén, và tệp này vượt giới hạn an toàn của tệp nén (xem lỗi dưới đây). Hãy mở nó trong Excel và lưu lại thành tệp mới.',
      'This Excel file (.xlsx) is not opened: an .xlsx is a zip, and this one goes past the safety limits for zips (see below). Open it in Excel and save it again as a new file.',
    ),
    ...problems,
  ];
}

function notASheet(): PackProblem {
  return packError(
    'xlsx-not-a-sheet',
    '',
    'Tệp này không phải bảng tính Excel (.xlsx) đọc được. Hãy mở nó trong Excel hoặc LibreOffice và lưu lại dạng "Sổ làm việc Excel (.xlsx)".',
    'This is not an Excel sheet (.xlsx) the game can read. Open it in Excel or LibreOffice and save it again as "Excel Workbook (.xlsx)".',
  );
}

/** Counts cell elements (`<c ` or `<c>`) in a sheet's XML without parsing it. */
function countCells(xml: Uint8Array): number {
  let count = 0;
  for (let i = 0; i + 2 < xml.length; i++) {
    if (xml[i] === 0x3c && xml[i + 1] === 0x63) {
      const next = xml[i + 2];
      if (next === 0x20 || next === 0x3e || next === 0x2f) count++;
    }
  }
  return count;
}

/** The sheet's cells as text, row by row: numbers as Excel shows them plainly, empty cells as "". */
function cellText(cell: unknown): string {
  if (cell === null || cell === undefined) return '';
  if (typeof cell === 'string') return cell.normalize('NFC');
  if (typeof cell === 'number' || typeof cell === 'boolean') return String(cell);
  if (cell instanceof Date) return cell.toISOString().slice(0, 10);
  return '';
}

export type XlsxRecords =
  | { readonly ok: true; readonly records: string[][] }
  | { readonly ok: false; readonly problems: PackProblem[] };

/** The first sheet's rows, once the file passed the zip limits and its sheets and cells are counted. */
export async function readXlsxRecords(bytes: Uint8Array): Promise<XlsxRecords> {
  const unzipped = await unzipPack(bytes, { office: true });
  if (!unzipped.ok) {
    const zipDamage = unzipped.problems.every((p) => p.code === 'zip-corrupt');
    return { ok: false, problems: zipDamage ? [notASheet()] : refused(unzipped.problems) };
  }
  const sheets = [...unzipped.files].filter(([name]) => WORKSHEET.test(name));
  if (sheets.length === 0) return { ok: false, problems: [notASheet()] };
  if (sheets.length > XLSX_LIMITS.maxSheets) {
    return {
      ok: false,
      problems: [
        packError(
          'xlsx-too-many-sheets',
          '',
          `Tệp Excel có quá nhiều trang tính: ${sheets.length}, tối đa ${XLSX_LIMITS.maxSheets}. Câu hỏi chỉ đọc ở trang đầu; hãy bỏ bớt các trang khác.`,
          `The Excel file has too many sheets: ${sheets.length}, the limit is ${XLSX_LIMITS.maxSheets}. Questions are read from the first sheet only; take out the others.`,
        ),
      ],
    };
  }
  let cells = 0;
  for (const [, xml] of sheets) cells += countCells(xml);
  if (cells > XLSX_LIMITS.maxCells) {
    return {
      ok: false,
      problems: [
        packError(
          'xlsx-too-many-cells',
          '',
          `Tệp Excel có quá nhiều ô: ${cells}, tối đa ${XLSX_LIMITS.maxCells}. Hãy xoá những ô không phải câu hỏi.`,
          `The Excel file has too many cells: ${cells}, the limit is ${XLSX_LIMITS.maxCells}. Delete the cells that are not questions.`,
        ),
      ],
    };
  }
  try {
    const { readSheet } = await import('read-excel-file/universal');
    const buffer = new ArrayBuffer(bytes.length);
    new Uint8Array(buffer).set(bytes);
    const rows = await readSheet(buffer, 1);
    return { ok: true, records: rows.map((row) => row.map(cellText)) };
  } catch {
    return { ok: false, problems: [notASheet()] };
  }
}

/**
 * Loads a question sheet saved as .xlsx: reads its first sheet (see `readXlsxRecords`), then
 * converts and validates it as a CSV sheet is, every problem named by its row and column.
 */
export async function loadXlsxPack(
  bytes: Uint8Array,
  readFile: ReadPackFile,
  env: ValidateEnv,
  meta: CsvPackMeta = {},
): Promise<PackResult> {
  const read = await readXlsxRecords(bytes);
  if (!read.ok) return { ok: false, problems: read.problems };
  const converted = recordsToPackJson(read.records, meta);
  if (!converted.ok) return { ok: false, problems: converted.problems };
  return validateConverted(converted, readFile, env);
}
