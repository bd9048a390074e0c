/**
 * The names of the entries in a pack's zip: how a name is read (Mac zips store UTF-8 without
 * saying so; names are kept in NFC), how it is shown when it holds hidden characters, which
 * entries are a Mac's extras, when two names count as the same, and why a name is refused
 * (`zip-bad-name`, see zip.ts). Also the name of the pack's `pack.json` at the zip's root.
 */

export const PACK_JSON_NAME = 'pack.json';

const nameDecoder = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });

/** Controls (C0, DEL, C1), and the invisible marks that can make "gpj.exe" look like "exe.jpg". */
const HIDDEN_CHARACTER =
  // eslint-disable-next-line no-control-regex
  /[\u0000-\u001f\u007f-\u009f\u200b-\u200f\u202a-\u202e\u2066-\u2069\ufeff]/u;
const HIDDEN_CHARACTERS = new RegExp(HIDDEN_CHARACTER.source, 'gu');

/**
 * The name as the person who made the zip wrote it. Zips made on a Mac store UTF-8 names without
 * saying so, and the zip reader then reads them as Latin-1; those are read again as UTF-8. Names
 * are kept in NFC, as pack.json is written, so that "ả" typed on a Mac matches "ả" typed elsewhere.
 */
export function readableName(raw: string): string {
  let name = raw;
  if (/[\u0080-\u00ff]/.test(raw) && !/[\u0100-\uffff]/.test(raw)) {
    try {
      name = nameDecoder.decode(Uint8Array.from(raw, (c) => c.charCodeAt(0)));
    } catch {
      // Not UTF-8: keep the Latin-1 reading.
    }
  }
  return name.normalize('NFC');
}

export function shownName(name: string): string {
  return name.replace(
    HIDDEN_CHARACTERS,
    (c) => `\\u{${(c.codePointAt(0) ?? 0).toString(16).toUpperCase()}}`,
  );
}

/** What a Mac adds to every zip it makes; skipped without a word. */
export function isMacExtra(name: string): boolean {
  return (
    name === '__MACOSX' || name.startsWith('__MACOSX/') || name.split('/').includes('.DS_Store')
  );
}

/** Two names that look the same to a person, or to a file system that ignores case. */
export function sameNameKey(name: string): string {
  return name.normalize('NFKC').toLowerCase();
}

export interface NameFault {
  readonly vi: string;
  readonly en: string;
}

/** Why an entry's name is refused, or undefined when it is a plain relative path. */
export function nameFault(name: string): NameFault | undefined {
  if (name === '') return { vi: 'tên trống', en: 'the name is empty' };
  if (HIDDEN_CHARACTER.test(name)) {
    return {
      vi: 'tên có ký tự điều khiển hoặc ký tự ẩn (hãy đặt tên tệp không dấu, không ký tự lạ)',
      en: 'the name holds a control or hidden character (use plain letters without accents)',
    };
  }
  if (name.includes('\\')) {
    return {
      vi: 'tên có dấu gạch chéo ngược "\\" (hãy dùng dấu "/" giữa thư mục và tệp)',
      en: 'the name holds a backslash "\\" (use "/" between folder and file)',
    };
  }
  if (name.startsWith('/') || /^[a-z]:/i.test(name)) {
    return {
      vi: 'tên là đường dẫn tuyệt đối (bắt đầu bằng "/" hoặc ổ đĩa như "C:")',
      en: 'the name is an absolute path (it starts with "/" or a drive such as "C:")',
    };
  }
  const segments = name.split('/');
  if (segments.includes('..')) {
    return {
      vi: 'tên có đoạn ".." trỏ ra ngoài gói',
      en: 'the name has a ".." part that points outside the pack',
    };
  }
  if (segments.some((s) => s === '' || s === '.')) {
    return {
      vi: 'tên có thư mục trống hoặc "." (như "a//b" hay "./a")',
      en: 'the name has an empty or "." folder (like "a//b" or "./a")',
    };
  }
  return undefined;
}
