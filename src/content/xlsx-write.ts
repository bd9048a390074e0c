/**
 * Writes sheets as an .xlsx that Excel opens correctly on a Vietnamese Windows: text is stored as
 * Unicode strings in the file (no code page, so no mangled marks), every text cell is written as
 * a string, never a formula, so a cell such as "=HYPERLINK(…)" or "+84 912…" stays the text it
 * was, and numbers are written as numbers. The spreadsheet library is loaded only when a file is
 * written.
 */

export type SheetCell = string | number | null;

export interface SheetOut {
  /** The sheet's tab name (Excel allows 31 characters, without : \ / ? * [ ]). */
  readonly name: string;
  readonly rows: readonly (readonly SheetCell[])[];
  /** Column widths in characters. */
  readonly widths?: readonly number[];
  /** Rows at the top that stay in view when scrolling (the header). */
  readonly stickyRows?: number;
  /** Rows written in bold (indexes), e.g. the header row. */
  readonly boldRows?: readonly number[];
}

/** A tab name Excel accepts. */
export function sheetName(name: string): string {
  const clean = name.replace(/[:\\/?*[\]]/g, ' ').trim();
  return (clean === '' ? 'Sheet' : clean).slice(0, 31);
}

export const XLSX_MIME = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/** The .xlsx file's bytes. */
export async function writeSheetsXlsx(
  sheets: readonly SheetOut[],
): Promise<Uint8Array<ArrayBuffer>> {
  const { default: writeXlsxFile } = await import('write-excel-file/universal');
  const blob = await writeXlsxFile(
    sheets.map((sheet) => {
      const bold = new Set(sheet.boldRows ?? []);
      return {
        sheet: sheetName(sheet.name),
        ...(sheet.widths ? { columns: sheet.widths.map((width) => ({ width })) } : {}),
        ...(sheet.stickyRows ? { stickyRowsCount: sheet.stickyRows } : {}),
        data: sheet.rows.map((row, r) =>
          row.map((cell) => {
            if (cell === null || cell === '') return null;
            const style = bold.has(r) ? { fontWeight: 'bold' as const } : {};
            if (typeof cell === 'number') {
              return Number.isFinite(cell) ? { value: cell, type: Number, ...style } : null;
            }
            return { value: cell.normalize('NFC'), type: String, ...style };
          }),
        ),
      };
    }),
  ).toBlob();
  return new Uint8Array(await blob.arrayBuffer());
}
