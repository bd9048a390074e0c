import { ALLOWED_FILE_TYPES, type AllowedExtension } from './limits';
import { packError, type PackProblem } from './problems';
import { checkSvg } from './svg-safety';
import { checkSvgStructure } from './svg-structure';

/**
 * Checks on one file of a pack: its type is allowed, its bytes are what its name says, and an
 * SVG carries nothing that could run or fetch. Problem codes: `file-type-not-allowed`,
 * `file-content-mismatch`, `svg-unsafe`. The SVG's safety rules are in svg-safety.ts, its
 * structure's in svg-structure.ts.
 */

export type SniffedType =
  'png' | 'jpeg' | 'webp' | 'svg' | 'mp3' | 'ogg' | 'm4a' | 'json' | 'text' | 'unknown';

/** What each allowed extension may hold. Text files may hold any text: they are shown, never run. */
const CONTENT_FOR_EXTENSION: Readonly<Record<AllowedExtension, readonly SniffedType[]>> = {
  png: ['png'],
  jpg: ['jpeg'],
  jpeg: ['jpeg'],
  webp: ['webp'],
  svg: ['svg'],
  mp3: ['mp3'],
  ogg: ['ogg'],
  m4a: ['m4a'],
  // A JSON file with a syntax error is still text; the pack reader reports where the error is.
  json: ['json', 'text'],
  txt: ['text', 'json', 'svg'],
  md: ['text', 'json', 'svg'],
};

const TYPE_NAMES: Readonly<Record<SniffedType, { vi: string; en: string }>> = {
  png: { vi: 'ảnh PNG', en: 'a PNG picture' },
  jpeg: { vi: 'ảnh JPEG', en: 'a JPEG picture' },
  webp: { vi: 'ảnh WebP', en: 'a WebP picture' },
  svg: { vi: 'ảnh SVG', en: 'an SVG picture' },
  mp3: { vi: 'âm thanh MP3', en: 'an MP3 sound' },
  ogg: { vi: 'âm thanh OGG', en: 'an OGG sound' },
  m4a: { vi: 'âm thanh M4A', en: 'an M4A sound' },
  json: { vi: 'tệp JSON', en: 'a JSON file' },
  text: { vi: 'văn bản', en: 'text' },
  unknown: { vi: 'một loại tệp không rõ', en: 'an unknown kind of file' },
};

const ALLOWED_LIST = Object.keys(ALLOWED_FILE_TYPES)
  .map((ext) => `.${ext}`)
  .join(', ');

/** Image brands of the ISO media container: an .m4a must not be a HEIC or AVIF picture. */
const IMAGE_BRANDS = new Set([
  'avif',
  'avis',
  'heic',
  'heix',
  'hevc',
  'hevx',
  'heim',
  'heis',
  'mif1',
  'msf1',
]);

const strictUtf8 = new TextDecoder('utf-8', { fatal: true });

function startsWith(bytes: Uint8Array, signature: readonly number[], at = 0): boolean {
  if (bytes.length < at + signature.length) return false;
  return signature.every((b, i) => bytes[at + i] === b);
}

function asciiAt(bytes: Uint8Array, at: number, length: number): string {
  return String.fromCharCode(...bytes.subarray(at, at + length));
}

/** Layer III bitrates in kbit/s by bitrate index, for MPEG-1 and for MPEG-2/2.5. */
const MP3_BITRATES_V1 = [0, 32, 40, 48, 56, 64, 80, 96, 112, 128, 160, 192, 224, 256, 320];
const MP3_BITRATES_V2 = [0, 8, 16, 24, 32, 40, 48, 56, 64, 80, 96, 112, 128, 144, 160];
/** Sample rates by version bits (3 = MPEG-1, 2 = MPEG-2, 0 = MPEG-2.5) and rate index. */
const MP3_SAMPLE_RATES: Readonly<Record<number, readonly number[]>> = {
  3: [44100, 48000, 32000],
  2: [22050, 24000, 16000],
  0: [11025, 12000, 8000],
};

/** The length of the MPEG layer III frame whose header starts at `at`, or 0 if there is none. */
function mp3FrameLength(bytes: Uint8Array, at: number): number {
  const [b0, b1, b2] = [bytes[at], bytes[at + 1], bytes[at + 2]];
  if (b0 !== 0xff || b1 === undefined || b2 === undefined || (b1 & 0xe0) !== 0xe0) return 0;
  const version = (b1 >> 3) & 0x03;
  const layer = (b1 >> 1) & 0x03;
  const bitrate = (version === 3 ? MP3_BITRATES_V1 : MP3_BITRATES_V2)[b2 >> 4] ?? 0;
  const sampleRate = MP3_SAMPLE_RATES[version]?.[(b2 >> 2) & 0x03] ?? 0;
  if (layer !== 1 || bitrate === 0 || sampleRate === 0) return 0;
  const padding = (b2 >> 1) & 0x01;
  return Math.floor(((version === 3 ? 144 : 72) * bitrate * 1000) / sampleRate) + padding;
}

/**
 * An MP3 without an ID3 tag: a frame header, and another where that frame ends, as the WHATWG
 * MIME Sniffing standard checks (one header alone matches too many other files).
 */
function isRawMp3(bytes: Uint8Array): boolean {
  const length = mp3FrameLength(bytes, 0);
  return length > 4 && mp3FrameLength(bytes, length) > 0;
}

function decodeText(bytes: Uint8Array): string | undefined {
  try {
    return strictUtf8.decode(bytes);
  } catch {
    return undefined;
  }
}

/** Text as people write it: no NUL or other control characters except tab, line breaks, form feed. */
function isPlainText(text: string): boolean {
  // eslint-disable-next-line no-control-regex
  return !/[\u0000-\u0008\u000b\u000e-\u001f\u007f]/.test(text);
}

/** The index just after the first `end` at or after `from`, or -1. */
function indexAfter(text: string, end: string, from: number): number {
  const at = text.indexOf(end, from);
  return at < 0 ? -1 : at + end.length;
}

const DOCTYPE_AT = /<!doctype/iy;
const SPACES_AT = /\s*/y;

/**
 * Where the root element of an XML file starts (-1 if the prolog never ends): after a BOM, the
 * XML declaration, processing instructions, comments, a DOCTYPE with or without an internal
 * subset, and the spaces between. Each part is passed over once, so hostile text costs time in
 * proportion to its length.
 */
function rootElementStart(text: string): number {
  let at = text.startsWith('\uFEFF') ? 1 : 0;
  while (at >= 0) {
    SPACES_AT.lastIndex = at;
    SPACES_AT.test(text);
    at = SPACES_AT.lastIndex;
    DOCTYPE_AT.lastIndex = at;
    if (text.startsWith('<?', at)) {
      at = indexAfter(text, '?>', at + 2);
    } else if (text.startsWith('<!--', at)) {
      at = indexAfter(text, '-->', at + 4);
    } else if (DOCTYPE_AT.test(text)) {
      const close = text.indexOf('>', at);
      const subset = close < 0 ? -1 : text.slice(at, close).indexOf('[');
      at = subset < 0 ? (close < 0 ? -1 : close + 1) : indexAfter(text, ']', at + subset);
      if (subset >= 0 && at >= 0) at = indexAfter(text, '>', at);
    } else {
      return at;
    }
  }
  return -1;
}

/** Tells what a file holds from its first bytes (and, for text, from all of it), whatever its name says. */
export function sniffFileType(bytes: Uint8Array): SniffedType {
  if (bytes.length === 0) return 'unknown';
  if (startsWith(bytes, [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])) return 'png';
  if (startsWith(bytes, [0xff, 0xd8, 0xff])) return 'jpeg';
  if (asciiAt(bytes, 0, 4) === 'RIFF' && asciiAt(bytes, 8, 4) === 'WEBP') return 'webp';
  if (asciiAt(bytes, 0, 4) === 'OggS') return 'ogg';
  if (asciiAt(bytes, 4, 4) === 'ftyp' && bytes.length >= 12) {
    return IMAGE_BRANDS.has(asciiAt(bytes, 8, 4)) ? 'unknown' : 'm4a';
  }
  if (asciiAt(bytes, 0, 3) === 'ID3' || isRawMp3(bytes)) return 'mp3';

  const text = decodeText(bytes);
  if (text === undefined || !isPlainText(text)) return 'unknown';
  const root = rootElementStart(text);
  if (root >= 0 && text.startsWith('<svg', root) && /^[\s/>]/.test(text.charAt(root + 4))) {
    return 'svg';
  }
  if (/^\uFEFF?\s*[{[]/.test(text)) return 'json';
  return 'text';
}

/** The extension of a file name, lower-case and without the dot; '' when it has none. */
export function fileExtension(name: string): string {
  const base = name.slice(name.lastIndexOf('/') + 1);
  const dot = base.lastIndexOf('.');
  return dot <= 0 ? '' : base.slice(dot + 1).toLowerCase();
}

function isAllowedExtension(ext: string): ext is AllowedExtension {
  return Object.hasOwn(ALLOWED_FILE_TYPES, ext);
}

/** A pack may only carry the file types in ALLOWED_FILE_TYPES, told by extension (any case). */
export function checkFileType(name: string): PackProblem[] {
  const ext = fileExtension(name);
  if (isAllowedExtension(ext)) return [];
  const shownVi = ext === '' ? 'không có đuôi' : `.${ext}`;
  const shownEn = ext === '' ? 'no extension' : `.${ext}`;
  return [
    packError(
      'file-type-not-allowed',
      name,
      `Tệp "${name}" có loại không được phép (${shownVi}). Gói chỉ được chứa các loại: ${ALLOWED_LIST}. Hãy bỏ tệp này ra khỏi gói.`,
      `"${name}" is a type of file a pack may not carry (${shownEn}). A pack may only carry: ${ALLOWED_LIST}. Take this file out of the pack.`,
    ),
  ];
}

/**
 * A file of a pack must have an allowed extension and hold what that extension says (a `.png`
 * that is really a web page is refused); an SVG must also pass `checkSvg`.
 */
export function checkPackFile(name: string, bytes: Uint8Array): PackProblem[] {
  const typeProblems = checkFileType(name);
  if (typeProblems.length > 0) return typeProblems;
  const ext = fileExtension(name) as AllowedExtension;

  if (bytes.length === 0) {
    return [
      packError(
        'file-content-mismatch',
        name,
        `Tệp "${name}" trống (0 byte). Hãy thay bằng tệp đúng hoặc bỏ tệp này ra khỏi gói.`,
        `"${name}" is empty (0 bytes). Replace it with the right file or take it out of the pack.`,
      ),
    ];
  }

  const found = sniffFileType(bytes);
  const expected = CONTENT_FOR_EXTENSION[ext];
  if (found === 'unknown' && expected.includes('text') && decodeText(bytes) === undefined) {
    return [
      packError(
        'file-content-mismatch',
        name,
        `Tệp "${name}" không phải văn bản UTF-8. Hãy mở tệp và lưu lại với bảng mã UTF-8.`,
        `"${name}" is not UTF-8 text. Open it and save it again with the UTF-8 encoding.`,
      ),
    ];
  }
  if (!expected.includes(found)) {
    const want = TYPE_NAMES[expected[0] ?? 'unknown'];
    const got = TYPE_NAMES[found];
    return [
      packError(
        'file-content-mismatch',
        name,
        `Tệp "${name}" có đuôi .${ext} nhưng bên trong không phải ${want.vi} (trông giống ${got.vi}). Hãy mở tệp bằng chương trình phù hợp và lưu lại đúng loại, hoặc đổi đuôi cho đúng.`,
        `"${name}" is named .${ext} but does not hold ${want.en} (it looks like ${got.en}). Open it in a suitable program and save it as the right type, or give it the right extension.`,
      ),
    ];
  }

  if (found === 'svg') {
    const svg = decodeText(bytes) ?? '';
    return [...checkSvg(svg, name), ...checkSvgStructure(svg, name)];
  }
  return [];
}
