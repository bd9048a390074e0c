import { strFromU8, unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { readSheet } from 'read-excel-file/universal';
import { reportRecords } from '../../../src/report/report-csv';
import { reportDocument, reportTexts } from '../../../src/report/report-document';
import { reportXlsx } from '../../../src/report/report-xlsx';
import { REPORT_PACK, ZONE, translator, wholeMeetingReport } from './report-fixture';

function docOf(lang: 'vi' | 'en' = 'vi') {
  const report = wholeMeetingReport();
  return reportDocument(report, reportTexts(report, REPORT_PACK), {
    lang,
    t: translator(lang),
    timeZone: ZONE,
  });
}

async function readBack(bytes: Uint8Array): Promise<unknown[][]> {
  const buffer = new ArrayBuffer(bytes.length);
  new Uint8Array(buffer).set(bytes);
  return readSheet(buffer, 1);
}

describe('the report as .xlsx', () => {
  it('reads back with read-excel-file as the same rows, marks intact, numbers as numbers', async () => {
    const doc = docOf();
    const rows = await readBack(await reportXlsx(doc));
    // Empty cells come back as null, and the reader leaves out those at a row's end.
    const trim = (row: readonly unknown[]): unknown[] => {
      const out = row.map((c) => (c === '' ? null : c));
      while (out.length > 0 && out.at(-1) === null) out.pop();
      return out;
    };
    const expected = reportRecords(doc).map(trim);
    const trimmed = rows.map(trim);
    expect(trimmed).toEqual(expected);
    expect(trimmed[0]).toEqual(['Báo cáo buổi sinh hoạt']);
    expect(trimmed.flat()).toContain('đường dây nóng');
    expect(trimmed.flat()).toContain('Tiểu phẩm “Lời mời đi làm xa”: các lựa chọn');
    expect(trimmed.flat()).toContain(-10);
  });

  it('keeps a team name that looks like a formula as text, with no formula in the file', async () => {
    const doc = docOf();
    const table = doc.tables[0];
    if (!table) throw new Error('a teams table');
    const tricky = {
      ...doc,
      tables: [
        {
          ...table,
          rows: [
            [1, '=1+1', 5],
            [2, '@Đội', 3],
            [3, '+84 912', 1],
          ],
        },
      ],
    };
    const bytes = await reportXlsx(tricky);
    const names = (await readBack(bytes)).map((r) => r[1]);
    expect(names).toEqual(expect.arrayContaining(['=1+1', '@Đội', '+84 912']));
    const xml = strFromU8(unzipSync(bytes)['xl/worksheets/sheet1.xml'] ?? new Uint8Array());
    expect(xml).not.toMatch(/<f[ >]/);
  });
});
