import { describe, expect, it } from 'vitest';
import { loadCsvPack } from '../../src/content/csv';
import { decodeCsvBytes } from '../../src/content/csv-encoding';
import { diskEnv } from '../../scripts/lib/pack-disk';

/**
 * Spreadsheet programs save CSV in several encodings; each is read back with its marks intact.
 * The Windows-1258 bytes are written out by hand as Excel writes them on a Vietnamese Windows:
 * letters the code page has are one byte, the others a base letter and a combining tone mark.
 */

const env = diskEnv();
const noFiles = (): Promise<Uint8Array | null> => Promise.resolve(null);
const ascii = (text: string): number[] => Array.from(text, (c) => c.charCodeAt(0));

/** "Lừa đảo" in Windows-1258: L, ư (0xFD) + grave (0xCC), a, space, đ (0xF0), a + hook (0xD2), o. */
const LUA_DAO_1258 = [0x4c, 0xfd, 0xcc, 0x61, 0x20, 0xf0, 0x61, 0xd2, 0x6f];
/** "Cảnh giác" in Windows-1258: C, a + hook, nh, space, giác (á is one byte, 0xE1). */
const CANH_GIAC_1258 = [0x43, 0x61, 0xd2, 0x6e, 0x68, 0x20, 0x67, 0x69, 0xe1, 0x63];

function utf16le(text: string, bom: boolean): Uint8Array {
  const out: number[] = bom ? [0xff, 0xfe] : [];
  for (const c of text) {
    const code = c.charCodeAt(0);
    out.push(code & 0xff, code >> 8);
  }
  return Uint8Array.from(out);
}

function utf16be(text: string): Uint8Array {
  const out: number[] = [0xfe, 0xff];
  for (const c of text) {
    const code = c.charCodeAt(0);
    out.push(code >> 8, code & 0xff);
  }
  return Uint8Array.from(out);
}

describe('decodeCsvBytes', () => {
  const text = 'đáp án;hình\r\nLừa đảo;🏠\r\n';

  it('reads UTF-8 with and without a byte order mark', () => {
    const plain = new TextEncoder().encode(text);
    expect(decodeCsvBytes(plain)).toEqual({ text, encoding: 'utf-8', bom: false });
    const withBom = Uint8Array.from([0xef, 0xbb, 0xbf, ...plain]);
    expect(decodeCsvBytes(withBom)).toEqual({ text, encoding: 'utf-8', bom: true });
  });

  it('reads UTF-16 as Excel saves "Unicode Text", with or without a byte order mark', () => {
    const bmp = 'đáp án;hình\r\nLừa đảo;nhà\r\n';
    expect(decodeCsvBytes(utf16le(bmp, true))).toMatchObject({ text: bmp, encoding: 'utf-16le' });
    expect(decodeCsvBytes(utf16le(bmp, false))).toMatchObject({
      text: bmp,
      encoding: 'utf-16le',
    });
    expect(decodeCsvBytes(utf16be(bmp))).toMatchObject({ text: bmp, encoding: 'utf-16be' });
  });

  it('reads Windows-1258 and composes its tone marks (NFC)', () => {
    const bytes = Uint8Array.from([...LUA_DAO_1258, 0x3b, ...CANH_GIAC_1258]);
    const decoded = decodeCsvBytes(bytes);
    expect(decoded.encoding).toBe('windows-1258');
    expect(decoded.text).toBe('Lừa đảo;Cảnh giác');
    expect(decoded.text).toBe(decoded.text.normalize('NFC'));
  });

  it('reads Windows-1252 when the bytes hold no Vietnamese letters', () => {
    const bytes = Uint8Array.from([...ascii('caf'), 0xe9, 0x3b, 0x8a, ...ascii('koda')]);
    expect(decodeCsvBytes(bytes)).toMatchObject({ text: 'café;Škoda', encoding: 'windows-1252' });
  });
});

describe('loadCsvPack: a sheet saved by Excel on a Vietnamese Windows', () => {
  it('reads a ";"-separated Windows-1258 file and says how it read it', async () => {
    const bytes = Uint8Array.from([
      ...ascii('dap_an;hinh;do_kho;chu_de\r\n'),
      ...LUA_DAO_1258,
      ...ascii(';'),
      ...[0xf0, 0xe1], // "đá" as a rebus text
      ...ascii(';2;'),
      ...CANH_GIAC_1258,
      ...ascii('\r\n'),
    ]);
    const result = await loadCsvPack(bytes, noFiles, env);
    if (!result.ok) throw new Error(JSON.stringify(result.problems));
    const [question] = result.pack.quiz?.questions ?? [];
    expect(question?.answer).toBe('Lừa đảo');
    expect(Object.values(result.pack.categories)).toContain('Cảnh giác');
    const note = result.warnings.find((w) => w.code === 'csv-encoding');
    expect(note?.vi).toContain('Windows-1258');
    expect(note?.en).toContain('separated by ";"');
  });

  it('reads a UTF-16 tab-separated file, saying so', async () => {
    const bytes = utf16le('dap_an\thinh\tdo_kho\tchu_de\r\nNhà trọ\t🏠\t1\tAn toàn\r\n', true);
    const result = await loadCsvPack(bytes, noFiles, env);
    if (!result.ok) throw new Error(JSON.stringify(result.problems));
    expect(result.pack.quiz?.questions[0]?.answer).toBe('Nhà trọ');
    expect(result.warnings.find((w) => w.code === 'csv-encoding')?.en).toContain('UTF-16');
  });
});
