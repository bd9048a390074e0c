import { packWarning, type PackProblem } from './problems';

/**
 * The text of a CSV file as a spreadsheet program saved it. Excel on a Vietnamese Windows saves
 * "CSV (Comma delimited)" in the Windows code page (1258, with tone marks as separate combining
 * bytes), "Unicode Text" as UTF-16, and "CSV UTF-8" as UTF-8 with a byte order mark; other
 * programs write UTF-8 without one. The encoding is told by the byte order mark, then by the
 * bytes themselves, and the text is given in NFC (so "ế" from 1258's e + ^ + ´ is one letter,
 * as the rest of the game writes it).
 */

export type CsvEncoding = 'utf-8' | 'utf-16le' | 'utf-16be' | 'windows-1258' | 'windows-1252';

export interface DecodedCsv {
  readonly text: string;
  readonly encoding: CsvEncoding;
  /** Whether the file began with a byte order mark. */
  readonly bom: boolean;
}

/** How each encoding is named to the person who saved the file. */
export const ENCODING_NAMES: Readonly<Record<CsvEncoding, { vi: string; en: string }>> = {
  'utf-8': { vi: 'UTF-8', en: 'UTF-8' },
  'utf-16le': { vi: 'UTF-16 (Unicode)', en: 'UTF-16 (Unicode)' },
  'utf-16be': { vi: 'UTF-16 (Unicode)', en: 'UTF-16 (Unicode)' },
  'windows-1258': {
    vi: 'Windows-1258 (bảng mã tiếng Việt của Windows)',
    en: 'Windows-1258 (the Vietnamese Windows code page)',
  },
  'windows-1252': {
    vi: 'Windows-1252 (bảng mã Tây Âu của Windows)',
    en: 'Windows-1252 (the Western European Windows code page)',
  },
};

/**
 * Bytes that, in a file that is not UTF-8, point to Windows-1258 rather than 1252: its five
 * combining tone marks (0xCC grave, 0xEC acute, 0xDE tilde, 0xD2 hook, 0xF2 dot below), and
 * ă đ ơ ư and their capitals (1252 has other letters there). A file with one of them and none of
 * 1252's own letters (Š Ž š ž) is read as 1258: the people who use the game write Vietnamese.
 */
const VIETNAMESE_1258 = new Set([
  0xcc, 0xec, 0xde, 0xd2, 0xf2, 0xe3, 0xc3, 0xf0, 0xd0, 0xf5, 0xd5, 0xfd, 0xdd,
]);
/** Š Ž š ž: letters of 1252 that 1258 does not have. */
const ONLY_1252 = new Set([0x8a, 0x8e, 0x9a, 0x9e]);

/**
 * Windows-1252's letters and signs at 0x80-0x9F. Some runtimes (Node 20) decode "windows-1252"
 * as Latin-1 and leave these as control characters; they are put right here.
 */
const CP1252_HIGH = '€\u0081‚ƒ„…†‡ˆ‰Š‹Œ\u008dŽ\u008f\u0090‘’“”•–—˜™š›œ\u009džŸ';

function decode(bytes: Uint8Array, encoding: CsvEncoding, fatal = false): string {
  let text = new TextDecoder(encoding, { fatal, ignoreBOM: false }).decode(bytes);
  if (encoding === 'windows-1252') {
    text = text.replace(/[\u0080-\u009f]/g, (c) => CP1252_HIGH[c.charCodeAt(0) - 0x80] ?? c);
  }
  return text.normalize('NFC');
}

/** UTF-16 without a byte order mark: most code units of plain text have a zero high byte. */
function utf16WithoutBom(bytes: Uint8Array): CsvEncoding | undefined {
  const pairs = Math.min(512, Math.floor(bytes.length / 2));
  if (pairs < 2) return undefined;
  let zeroEven = 0;
  let zeroOdd = 0;
  for (let i = 0; i < pairs; i++) {
    if (bytes[2 * i] === 0) zeroEven++;
    if (bytes[2 * i + 1] === 0) zeroOdd++;
  }
  if (zeroOdd > pairs * 0.3 && zeroEven === 0) return 'utf-16le';
  if (zeroEven > pairs * 0.3 && zeroOdd === 0) return 'utf-16be';
  return undefined;
}

/** Decodes a CSV file's bytes, saying which encoding it read them in. */
export function decodeCsvBytes(bytes: Uint8Array): DecodedCsv {
  const [b0, b1, b2] = bytes;
  if (b0 === 0xef && b1 === 0xbb && b2 === 0xbf) {
    return { text: decode(bytes, 'utf-8'), encoding: 'utf-8', bom: true };
  }
  if (b0 === 0xff && b1 === 0xfe) {
    return { text: decode(bytes, 'utf-16le'), encoding: 'utf-16le', bom: true };
  }
  if (b0 === 0xfe && b1 === 0xff) {
    return { text: decode(bytes, 'utf-16be'), encoding: 'utf-16be', bom: true };
  }
  const sixteen = utf16WithoutBom(bytes);
  if (sixteen !== undefined) return { text: decode(bytes, sixteen), encoding: sixteen, bom: false };
  try {
    return { text: decode(bytes, 'utf-8', true), encoding: 'utf-8', bom: false };
  } catch {
    // Not UTF-8: a Windows code page.
  }
  let vietnamese = false;
  let western = false;
  for (const byte of bytes) {
    if (VIETNAMESE_1258.has(byte)) vietnamese = true;
    else if (ONLY_1252.has(byte)) western = true;
  }
  let encoding: CsvEncoding = 'windows-1252';
  if (vietnamese && !western) encoding = 'windows-1258';
  return { text: decode(bytes, encoding), encoding, bom: false };
}

/** Says which encoding and separator a CSV file was read in (when not plain UTF-8). */
export function csvReadAs(encoding: CsvEncoding, separator: string): PackProblem {
  const name = ENCODING_NAMES[encoding];
  const sep = separator === '\t' ? 'tab' : `"${separator}"`;
  return packWarning(
    'csv-encoding',
    '',
    `Đã đọc tệp CSV theo bảng mã ${name.vi}, phân cách bằng ${sep}. Hãy xem chữ có dấu có đúng không; lưu "CSV UTF-8" thì chắc chắn hơn.`,
    `Read the CSV file as ${name.en}, separated by ${sep}. Check that the letters with marks look right; saving as "CSV UTF-8" is surer.`,
  );
}
