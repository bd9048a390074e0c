import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { strFromU8, unzipSync, zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { loadCsvPack } from '../../src/content/csv';
import { openPackFile } from '../../src/content/open-pack';
import { questionSheet, SHEET_HEADER, templateSheets } from '../../src/content/sheet-out';
import { loadXlsxPack, readXlsxRecords, XLSX_LIMITS } from '../../src/content/xlsx';
import { writeSheetsXlsx } from '../../src/content/xlsx-write';
import { diskEnv, REPO_ROOT } from '../../scripts/lib/pack-disk';
import { deflatedZeros, forgeZip, storedEntry } from './fixtures/zip/forge-zip.mjs';

const env = diskEnv();
const noFiles = (): Promise<Uint8Array | null> => Promise.resolve(null);
const EXAMPLE_CSV = readFileSync(resolve(REPO_ROOT, 'docs/examples/cau-hoi.csv'), 'utf8');
const encode = (text: string): Uint8Array => new TextEncoder().encode(text);

async function timed<T>(run: () => Promise<T>): Promise<{ value: T; ms: number }> {
  const start = performance.now();
  const value = await run();
  return { value, ms: performance.now() - start };
}

describe('the template workbook', () => {
  it('is the example CSV as a sheet, and loads to the same pack', async () => {
    const xlsx = await writeSheetsXlsx(templateSheets(EXAMPLE_CSV));
    const fromSheet = await loadXlsxPack(xlsx, noFiles, env, { id: 'x' });
    const fromCsv = await loadCsvPack(encode(EXAMPLE_CSV), noFiles, env, { id: 'x' });
    if (!fromSheet.ok || !fromCsv.ok) throw new Error('both should load');
    expect(fromSheet.pack.quiz).toEqual(fromCsv.pack.quiz);
    expect(fromSheet.pack.categories).toEqual(fromCsv.pack.categories);
    expect(fromSheet.warnings).toEqual([]);
  });

  it('is committed as docs/examples/mau-goi.xlsx and loads like any pack file', async () => {
    const bytes = new Uint8Array(readFileSync(resolve(REPO_ROOT, 'docs/examples/mau-goi.xlsx')));
    const result = await openPackFile(bytes, 'mau-goi.xlsx', noFiles, env);
    if (!result.ok) throw new Error(JSON.stringify(result.problems));
    expect(result.pack.quiz?.questions.map((q) => q.answer)).toEqual([
      'gọi 111',
      'tin nhắn lạ',
      'xem kỹ hợp đồng',
      'phòng ngừa',
      'bánh vẽ',
    ]);
  });

  it('names a problem by its row and column, as a CSV sheet does', async () => {
    const [sheet, guide] = templateSheets(EXAMPLE_CSV);
    if (!sheet || !guide) throw new Error('two sheets');
    const rows = sheet.rows.map((r) => [...r]);
    const difficulty = rows[0]?.indexOf('do_kho') ?? -1;
    const third = rows[3];
    if (third) third[difficulty] = 7;
    const xlsx = await writeSheetsXlsx([{ ...sheet, rows }, guide]);
    const result = await loadXlsxPack(xlsx, noFiles, env);
    expect(!result.ok && result.problems.map((p) => p.place)).toEqual(['row 4 › do_kho']);
  });
});

describe('questions out as .xlsx', () => {
  it('reads back with every mark intact, and text that looks like a formula stays text', async () => {
    const loaded = await loadCsvPack(encode(EXAMPLE_CSV), noFiles, env);
    if (!loaded.ok) throw new Error('example loads');
    const tricky = ['=HYPERLINK("http://x","bấm")', '+84 912 345 678', '-1', '@SUM(A1)'];
    const sheet = questionSheet(loaded.pack);
    const rows = sheet.rows.map((r) => [...r]);
    rows.push(['Mẹ ơi', '', '🏠', ...tricky, '', '', 1, 'Gia đình', 100, 30]);
    const xlsx = await writeSheetsXlsx([{ ...sheet, rows }]);

    const read = await readXlsxRecords(xlsx);
    if (!read.ok) throw new Error(JSON.stringify(read.problems));
    expect(read.records[0]).toEqual(SHEET_HEADER);
    expect(read.records[1]?.[0]).toBe('gọi 111');
    expect(read.records[5]?.[7]).toBe(rows[5]?.[7]);
    expect(read.records.at(-1)?.slice(3, 7)).toEqual(tricky);
    // No cell of the sheet is a formula: text is stored as strings.
    const parts = unzipSync(xlsx);
    const sheetXml = strFromU8(parts['xl/worksheets/sheet1.xml'] ?? new Uint8Array());
    expect(sheetXml).not.toContain('<f>');
    expect(sheetXml).not.toContain('<f ');
  });
});

describe('hostile .xlsx files are refused, each within a second', () => {
  const contentTypes = storedEntry('[Content_Types].xml', encode('<Types/>'));

  it('a zip bomb inside an .xlsx', async () => {
    const bomb = forgeZip([
      contentTypes,
      {
        name: 'xl/worksheets/sheet1.xml',
        data: deflatedZeros(200 * 1024 * 1024),
        method: 8,
        crc: 0,
        size: 1024,
      },
    ]);
    const { value, ms } = await timed(() => openPackFile(bomb, 'bom.xlsx', noFiles, env));
    expect(ms).toBeLessThan(1000);
    expect(!value.ok && value.problems.map((p) => p.code)).toEqual(['xlsx-refused', 'zip-ratio']);
    if (!value.ok) {
      expect(value.problems[0]?.vi).toContain('Tệp Excel (.xlsx)');
      expect(value.problems[0]?.en).toContain('an .xlsx is a zip');
    }
  });

  it('too many sheets', async () => {
    const files: Record<string, Uint8Array> = { '[Content_Types].xml': encode('<Types/>') };
    for (let i = 1; i <= XLSX_LIMITS.maxSheets + 1; i++) {
      files[`xl/worksheets/sheet${i}.xml`] = encode('<worksheet><sheetData/></worksheet>');
    }
    const { value, ms } = await timed(() =>
      openPackFile(zipSync(files), 'trang.xlsx', noFiles, env),
    );
    expect(ms).toBeLessThan(1000);
    expect(!value.ok && value.problems.map((p) => p.code)).toEqual(['xlsx-too-many-sheets']);
    if (!value.ok) expect(value.problems[0]?.en).toContain(`limit is ${XLSX_LIMITS.maxSheets}`);
  });

  it('too many cells', async () => {
    const cells = '<c r="A1" t="inlineStr"><is><t>x</t></is></c>'.repeat(XLSX_LIMITS.maxCells + 1);
    const xml = encode(`<worksheet><sheetData><row r="1">${cells}</row></sheetData></worksheet>`);
    // Stored, not deflated: repetitive cells would be refused for their packing ratio first.
    const zip = zipSync(
      { '[Content_Types].xml': encode('<Types/>'), 'xl/worksheets/sheet1.xml': xml },
      { level: 0 },
    );
    const { value, ms } = await timed(() => openPackFile(zip, 'o.xlsx', noFiles, env));
    expect(ms).toBeLessThan(1000);
    expect(!value.ok && value.problems.map((p) => p.code)).toEqual(['xlsx-too-many-cells']);
  });

  it('a file that is not a spreadsheet at all', async () => {
    const result = await openPackFile(encode('dap_an,hinh'), 'khong-phai.xlsx', noFiles, env);
    expect(!result.ok && result.problems.map((p) => p.code)).toEqual(['xlsx-not-a-sheet']);
  });
});
