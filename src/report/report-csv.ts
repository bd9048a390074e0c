import type { ReportCell, ReportDocument } from './report-document';

/**
 * The report as a CSV file for Excel and LibreOffice.
 *
 * - RFC 4180: fields separated by commas, records by CRLF; a field holding a comma, a quote,
 *   CR or LF is quoted and its quotes doubled. Every record has the same number of fields.
 * - UTF-8 with a byte order mark: without it Excel on Windows reads the file in the legacy
 *   code page and Vietnamese letters come out garbled.
 * - One block per table, stacked like the printed report: a title row, a header row, the rows,
 *   a blank row. Each block keeps its own meaningful headers ("Hạng, Đội, Điểm"), which one
 *   long table with a "section" column could only give as generic columns; a facilitator reads
 *   it as they read the printout, and can still sort or sum inside a block.
 * - Numbers are written as numbers (scores, votes, counts) and times as "2026-11-29 14:05",
 *   which spreadsheets read as a date. Counts such as "2/3" are never written as one field:
 *   Excel would turn them into a date.
 * - A text field starting with = + - @, a tab or CR gets a leading apostrophe, so that a team
 *   name or a pack text can never run as a spreadsheet formula. A field holding a ";" or a tab
 *   is quoted as one holding a comma is (Excel with Vietnamese settings splits on ";"), and
 *   where a spreadsheet that ignores quotes would start a new cell inside a field (after a ",",
 *   ";", tab or line break, spaces allowed) a formula character gets its apostrophe too:
 *   `a;=1+2;` is written `"a;'=1+2;"`.
 */

export const BOM = '\uFEFF';
const EOL = '\r\n';
const FORMULA_START = /^[=+\-@\t\r]/;
/** A formula character where a cell would start if the field were split at a separator. */
const FORMULA_AFTER_SEPARATOR = /([,;\t\r\n][ \u00a0]*)([=+\-@])/g;

/** One field, quoted when it must be. */
export function csvField(cell: string | number): string {
  if (typeof cell === 'number') return Number.isFinite(cell) ? String(cell) : '';
  const guarded = cell.replace(FORMULA_AFTER_SEPARATOR, "$1'$2");
  const text = FORMULA_START.test(guarded) ? `'${guarded}` : guarded;
  return /[",;\t\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** Records joined with CRLF, each padded to the widest record; no BOM. */
export function csvRecords(records: readonly (readonly (string | number)[])[]): string {
  const width = Math.max(1, ...records.map((r) => r.length));
  return records
    .map((r) => {
      const padded = [...r, ...Array<string>(width - r.length).fill('')];
      return padded.map(csvField).join(',') + EOL;
    })
    .join('');
}

function cellValue(cell: ReportCell): string | number {
  return typeof cell === 'object' ? cell.text : cell;
}

/** The report's records: the title, the summary, then each table as its own block. */
export function reportRecords(doc: ReportDocument): (string | number)[][] {
  const records: (string | number)[][] = [[doc.title]];
  for (const row of doc.summary) records.push([row.label, row.value]);
  for (const table of doc.tables) {
    records.push([], [table.caption], [...table.headers]);
    for (const row of table.rows) records.push(row.map(cellValue));
  }
  return records;
}

/** The whole file's text, starting with the byte order mark. */
export function reportCsv(doc: ReportDocument): string {
  return BOM + csvRecords(reportRecords(doc));
}
