/**
 * The CSV reader for question sheets: RFC 4180 records (quoted fields may hold separators, line
 * breaks and "" for a quote), the separator a sheet's header row uses, and the limits on a
 * sheet's columns and cells (`csv-too-many-columns`, `csv-sheet-too-large`). Also how a
 * spreadsheet place is written: `row 5` or `row 5 › do_kho`. Turning the records into a pack is
 * csv.ts's work.
 */
import { PACK_LIMITS } from './limits';
import { packError, type PackProblem } from './problems';

/** A row's place: `row 5`, or `row 5 › do_kho` with the column's header as written. */
export function csvPlace(row: number, header?: string): string {
  return header === undefined ? `row ${row}` : `row ${row} › ${header}`;
}

export type RecordsParse =
  | { readonly ok: true; readonly records: string[][] }
  | { readonly ok: false; readonly problem: PackProblem };

/** The separator the header row uses most: ",", or ";" as Excel writes in a Vietnamese locale, or a tab. */
export function detectSeparator(text: string): string {
  const counts = new Map<string, number>([
    [',', 0],
    [';', 0],
    ['\t', 0],
  ]);
  let quoted = false;
  for (const c of text) {
    if (c === '"') quoted = !quoted;
    else if (!quoted && (c === '\n' || c === '\r')) break;
    else if (!quoted && counts.has(c)) counts.set(c, (counts.get(c) ?? 0) + 1);
  }
  let best = ',';
  for (const [sep, count] of counts) if (count > (counts.get(best) ?? 0)) best = sep;
  return best;
}

/** A sheet with more cells than a question sheet ever needs: refused where it crossed the limit. */
function tooManyCells(row: number, columns: number): PackProblem {
  const { maxCsvColumns, maxCsvCells } = PACK_LIMITS;
  return columns > maxCsvColumns
    ? packError(
        'csv-too-many-columns',
        csvPlace(row),
        `Dòng ${row} có hơn ${maxCsvColumns} cột; bảng câu hỏi chỉ cần vài cột. Hãy xoá các cột thừa (hoặc dấu phân cách thừa) rồi lưu lại.`,
        `Row ${row} has more than ${maxCsvColumns} columns; a question sheet needs only a few. Delete the extra columns (or extra separators) and save again.`,
      )
    : packError(
        'csv-sheet-too-large',
        csvPlace(row),
        `Bảng có hơn ${maxCsvCells} ô (đến dòng ${row}). Hãy chia thành nhiều tệp nhỏ hơn.`,
        `The sheet has more than ${maxCsvCells} cells (by row ${row}). Split it into smaller files.`,
      );
}

/**
 * Splits CSV text into records by RFC 4180: fields in double quotes may hold separators, line
 * breaks and "" for a quote; records end with CRLF, LF or CR.
 */
export function parseCsvRecords(text: string, separator: string): RecordsParse {
  const records: string[][] = [];
  let record: string[] = [];
  let cells = 0;
  let i = 0;
  const n = text.length;
  const isEnd = (c: string | undefined): boolean =>
    c === undefined || c === separator || c === '\n' || c === '\r';
  for (;;) {
    let value: string;
    if (text[i] === '"') {
      const row = records.length + 1;
      let out = '';
      let from = i + 1;
      for (;;) {
        const quote = text.indexOf('"', from);
        if (quote === -1) {
          return {
            ok: false,
            problem: packError(
              'csv-unclosed-quote',
              csvPlace(row),
              `Ô ở dòng ${row}, cột thứ ${record.length + 1} mở dấu " mà không đóng.`,
              `A cell in row ${row}, column ${record.length + 1} opens a " and never closes it.`,
            ),
          };
        }
        out += text.slice(from, quote);
        if (text[quote + 1] === '"') {
          out += '"';
          from = quote + 2;
          continue;
        }
        i = quote + 1;
        break;
      }
      if (!isEnd(text[i])) {
        return {
          ok: false,
          problem: packError(
            'csv-bad-quote',
            csvPlace(row),
            `Ô ở dòng ${row}, cột thứ ${record.length + 1} có chữ sau dấu " đóng. Trong ô có dấu ", hãy viết nó thành "".`,
            `A cell in row ${row}, column ${record.length + 1} has text after its closing ". Inside a quoted cell, write a " as "".`,
          ),
        };
      }
      value = out;
    } else {
      let end = i;
      while (!isEnd(text[end])) end++;
      value = text.slice(i, end);
      i = end;
    }
    record.push(value);
    cells++;
    if (record.length > PACK_LIMITS.maxCsvColumns || cells > PACK_LIMITS.maxCsvCells) {
      return { ok: false, problem: tooManyCells(records.length + 1, record.length) };
    }
    if (i >= n) {
      records.push(record);
      break;
    }
    if (text[i] === separator) {
      i++;
      continue;
    }
    i += text[i] === '\r' && text[i + 1] === '\n' ? 2 : 1;
    records.push(record);
    record = [];
    if (i >= n) break;
  }
  return { ok: true, records };
}
