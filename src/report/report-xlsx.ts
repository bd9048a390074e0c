import { reportRecords } from './report-csv';
import type { ReportDocument } from './report-document';
import { writeSheetsXlsx, XLSX_MIME, type SheetCell } from '../content/xlsx-write';

/**
 * The report as an Excel workbook (.xlsx), for the facilitators whose Excel runs with Vietnamese
 * settings: the same rows as the CSV (report-csv.ts), but stored as Unicode text in the file, so
 * no code page can mangle the marks and no ";" or "," setting splits the cells. Every text cell is
 * a string (a team named "=1+1" stays that text), numbers are numbers, and the title and each
 * table's caption and header are bold.
 */

export { XLSX_MIME };

export function reportSheetRows(doc: ReportDocument): { rows: SheetCell[][]; bold: number[] } {
  const rows: SheetCell[][] = reportRecords(doc);
  const bold = [0];
  // reportRecords puts a blank row, the caption and the header before each table's rows.
  rows.forEach((row, i) => {
    if (i > 0 && row.length === 0) bold.push(i + 1, i + 2);
  });
  return { rows, bold };
}

/** The .xlsx file's bytes. */
export function reportXlsx(doc: ReportDocument): Promise<Uint8Array<ArrayBuffer>> {
  const { rows, bold } = reportSheetRows(doc);
  const width = Math.max(1, ...rows.map((r) => r.length));
  return writeSheetsXlsx([
    {
      name: doc.title,
      rows,
      boldRows: bold,
      widths: Array.from({ length: width }, (_, i) => (i === 0 ? 36 : 24)),
    },
  ]);
}
