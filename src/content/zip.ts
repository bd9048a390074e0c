/**
 * Opens a content pack that comes as a `.zip`: `pack.json` at the root, with its pictures,
 * sounds and portraits. A zip can come from anyone, so every limit is counted on the bytes
 * actually unpacked (never on what the zip's headers claim), unpacking stops the moment a limit
 * is crossed, and nothing is kept in memory beyond the limits.
 *
 * Problem codes (stable: tests and the facilitators' help refer to them):
 * - `file-too-large`          the zip itself is over PACK_LIMITS.maxFileBytes; nothing is read.
 * - `zip-too-many-entries`    more than PACK_LIMITS.maxZipEntries files and folders.
 * - `zip-entry-too-large`     one file unpacks to more than PACK_LIMITS.maxZipEntryBytes.
 * - `zip-too-large-unpacked`  all files unpack to more than PACK_LIMITS.maxZipTotalBytes.
 * - `zip-ratio`               a file, or the whole zip, unpacks to more than
 *                             PACK_LIMITS.maxZipRatio times its packed size (a "zip bomb").
 * - `zip-bad-name`            an empty name, "..", an absolute path, a backslash, a control
 *                             or hidden character, or an empty or "." folder in the path.
 * - `zip-duplicate-name`      two files whose names differ only in case or in how accents
 *                             are encoded.
 * - `file-type-not-allowed`   an extension outside ALLOWED_FILE_TYPES.
 * - `file-content-mismatch`   the bytes are not what the extension says (see file-checks.ts).
 * - `svg-unsafe`              an SVG that could run code or fetch something (see file-checks.ts).
 * - `zip-corrupt`             not a zip, damaged, or packed with a method other than
 *                             "stored" or "deflate".
 * - `zip-no-pack-json`        no `pack.json` at the root of the zip.
 * The size and ratio limits, and damage, stop the reading at once and are reported with what
 * was found before; every other problem is collected and all are reported together.
 */
import {
  Unzip,
  UnzipPassThrough,
  type AsyncFlateStreamHandler,
  type FlateError,
  type UnzipDecoder,
  type UnzipDecoderConstructor,
  type UnzipFile,
} from 'fflate';
import { Inflate, Z_OK } from 'pako';
import { checkFileType, checkPackFile } from './file-checks';
import { PACK_LIMITS } from './limits';
import { fileTooLarge, formatBytes, packError, type PackProblem } from './problems';

export type UnzipResult =
  { ok: true; files: ReadonlyMap<string, Uint8Array> } | { ok: false; problems: PackProblem[] };

export interface UnzipProgress {
  /** Bytes of the zip read so far, out of `totalBytes`. */
  readonly readBytes: number;
  readonly totalBytes: number;
  /** Bytes the files have unpacked to so far. */
  readonly inflatedBytes: number;
}

export interface UnzipOptions {
  /** Called before each turn the page is given, and once at the end (also when refused). */
  readonly onProgress?: (progress: UnzipProgress) => void;
  /**
   * The zip is an Office document (an .xlsx): its parts are XML and it has no pack.json, so the
   * file types and pack.json are not asked for; names, entries, sizes and ratios are as for a pack.
   */
  readonly office?: boolean;
}

export const PACK_JSON_NAME = 'pack.json';

/** The zip is handed to the reader in pieces of this size. */
const INPUT_CHUNK_BYTES = 64 * 1024;
/**
 * Deflate unpacks at most about 1032 bytes per packed byte, so one 1 KiB piece of packed data
 * yields at most about 1 MiB before the limits are checked again. The inflater keeps its state
 * between pieces and hands out what it unpacks in pieces of OUTPUT_CHUNK_BYTES, so small pieces
 * cost no more than large ones. (fflate's streaming inflater, used before, copied its 32 KiB
 * window and the unfinished block on every piece: loading 20 MB of photos took seconds.)
 */
const INFLATE_PIECE_BYTES = 1024;
/**
 * Not a divisor of RATIO_GRACE_BYTES: a single file that unpacks too far passes the grace, and is
 * named, a little before the whole zip does (a divisor would leave it exactly at the grace).
 */
const OUTPUT_CHUNK_BYTES = 48 * 1024;
/** Below this, a file may be packed more tightly than maxZipRatio (short, repetitive text is). */
const RATIO_GRACE_BYTES = 1024 * 1024;
/** Give the page a turn after working this long (ms): no frame or tap waits longer. */
const WORK_SLICE_MS = 30;
/** Entries of any kind (Mac extras included) after which the zip is not read any further. */
const ENTRY_CEILING = PACK_LIMITS.maxZipEntries * 4;

const nameDecoder = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });

/** Controls (C0, DEL, C1), and the invisible marks that can make "gpj.exe" look like "exe.jpg". */
const HIDDEN_CHARACTER =
  // eslint-disable-next-line no-control-regex
  /[\u0000-\u001f\u007f-\u009f\u200b-\u200f\u202a-\u202e\u2066-\u2069\ufeff]/u;
const HIDDEN_CHARACTERS = new RegExp(HIDDEN_CHARACTER.source, 'gu');

interface Entry {
  readonly name: string;
  readonly chunks: Uint8Array[];
  packedBytes: number;
  inflatedBytes: number;
  finished: boolean;
  failed: boolean;
}

// ---------------------------------------------------------------------------------------------
// Names
// ---------------------------------------------------------------------------------------------

/**
 * The name as the person who made the zip wrote it. Zips made on a Mac store UTF-8 names without
 * saying so, and the zip reader then reads them as Latin-1; those are read again as UTF-8. Names
 * are kept in NFC, as pack.json is written, so that "ả" typed on a Mac matches "ả" typed elsewhere.
 */
function readableName(raw: string): string {
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

function shownName(name: string): string {
  return name.replace(
    HIDDEN_CHARACTERS,
    (c) => `\\u{${(c.codePointAt(0) ?? 0).toString(16).toUpperCase()}}`,
  );
}

/** What a Mac adds to every zip it makes; skipped without a word. */
function isMacExtra(name: string): boolean {
  return (
    name === '__MACOSX' || name.startsWith('__MACOSX/') || name.split('/').includes('.DS_Store')
  );
}

/** Two names that look the same to a person, or to a file system that ignores case. */
function sameNameKey(name: string): string {
  return name.normalize('NFKC').toLowerCase();
}

interface NameFault {
  readonly vi: string;
  readonly en: string;
}

/** Why an entry's name is refused, or undefined when it is a plain relative path. */
function nameFault(name: string): NameFault | undefined {
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

// ---------------------------------------------------------------------------------------------
// Problems
// ---------------------------------------------------------------------------------------------

const REZIP_VI = 'Hãy nén lại gói bằng chức năng nén thông thường rồi thử lại.';
const REZIP_EN = 'Zip the pack again with an ordinary zip tool and try again.';

function tooManyEntries(count: number, stoppedEarly: boolean): PackProblem {
  const max = PACK_LIMITS.maxZipEntries;
  const countVi = stoppedEarly ? `hơn ${count - 1}` : `${count}`;
  const countEn = stoppedEarly ? `more than ${count - 1}` : `${count}`;
  return packError(
    'zip-too-many-entries',
    '',
    `Tệp nén có quá nhiều tệp: ${countVi} tệp, tối đa là ${max}. Hãy bỏ bớt những tệp trò chơi không dùng.`,
    `The zip holds too many files: ${countEn}, the limit is ${max}. Take out the files the game does not use.`,
  );
}

function entryTooLarge(name: string): PackProblem {
  const max = formatBytes(PACK_LIMITS.maxZipEntryBytes);
  return packError(
    'zip-entry-too-large',
    name,
    `Tệp "${name}" khi giải nén lớn hơn ${max}, tối đa cho mỗi tệp là ${max}. Hãy thu nhỏ tệp này (ảnh nhỏ hơn, âm thanh ngắn hơn).`,
    `"${name}" unpacks to more than ${max}, the limit for one file is ${max}. Make this file smaller (a smaller picture, a shorter sound).`,
  );
}

function tooLargeUnpacked(): PackProblem {
  const max = formatBytes(PACK_LIMITS.maxZipTotalBytes);
  return packError(
    'zip-too-large-unpacked',
    '',
    `Các tệp trong tệp nén khi giải nén lớn hơn ${max}, tối đa là ${max}. Hãy bỏ bớt hoặc thu nhỏ ảnh và âm thanh.`,
    `The files in the zip unpack to more than ${max}, the limit is ${max}. Take out some pictures and sounds, or make them smaller.`,
  );
}

function packedTooTightly(place: string, ratio: number): PackProblem {
  const max = PACK_LIMITS.maxZipRatio;
  const whatVi = place === '' ? 'Tệp nén' : `Tệp "${place}"`;
  const whatEn = place === '' ? 'The zip' : `"${place}"`;
  return packError(
    'zip-ratio',
    place,
    `${whatVi} bị nén quá mức: bung ra gấp hơn ${ratio} lần, tối đa là ${max} lần. Tệp như vậy có thể làm treo máy nên trò chơi không mở. ${REZIP_VI}`,
    `${whatEn} is packed too tightly: it unpacks to more than ${ratio} times its packed size, the limit is ${max}. A file like this can freeze the device, so the game does not open it. ${REZIP_EN}`,
  );
}

function badName(name: string, fault: NameFault): PackProblem {
  const shown = shownName(name);
  return packError(
    'zip-bad-name',
    shown,
    `Tên tệp "${shown}" trong tệp nén không hợp lệ: ${fault.vi}. Hãy đổi tên tệp rồi nén lại.`,
    `The name "${shown}" in the zip is not allowed: ${fault.en}. Rename the file and zip it again.`,
  );
}

function duplicateName(name: string, first: string): PackProblem {
  const same = name === first;
  return packError(
    'zip-duplicate-name',
    name,
    same
      ? `Tệp nén có hai tệp cùng tên "${name}". Hãy đổi tên hoặc bỏ một tệp.`
      : `Tệp nén có hai tệp trùng tên: "${name}" và "${first}" (chỉ khác chữ hoa, chữ thường hoặc cách gõ dấu). Hãy đổi tên hoặc bỏ một tệp.`,
    same
      ? `The zip holds two files named "${name}". Rename or take out one of them.`
      : `The zip holds two files with the same name: "${name}" and "${first}" (they differ only in capital letters or in how the accents are typed). Rename or take out one of them.`,
  );
}

function notAZip(): PackProblem {
  return packError(
    'zip-corrupt',
    '',
    `Tệp này không phải tệp nén .zip, hoặc đã bị hỏng. ${REZIP_VI}`,
    `This is not a .zip file, or it is damaged. ${REZIP_EN}`,
  );
}

function damagedZip(): PackProblem {
  return packError(
    'zip-corrupt',
    '',
    `Tệp nén bị hỏng hoặc bị cắt cụt, không đọc hết được. ${REZIP_VI}`,
    `The zip is damaged or cut short and cannot be read to the end. ${REZIP_EN}`,
  );
}

function damagedEntry(name: string): PackProblem {
  return packError(
    'zip-corrupt',
    name,
    `Tệp "${name}" trong tệp nén bị hỏng, không giải nén được. ${REZIP_VI}`,
    `"${name}" in the zip is damaged and cannot be unpacked. ${REZIP_EN}`,
  );
}

function unknownMethod(name: string, method: number): PackProblem {
  return packError(
    'zip-corrupt',
    name,
    `Tệp "${name}" được nén theo cách trò chơi không đọc được (cách số ${method}; chỉ đọc được "stored" và "deflate"). ${REZIP_VI}`,
    `"${name}" is packed in a way the game cannot read (method ${method}; only "stored" and "deflate" are read). ${REZIP_EN}`,
  );
}

function noPackJson(nested: string | undefined): PackProblem {
  if (nested !== undefined) {
    const folder = nested.slice(0, -PACK_JSON_NAME.length - 1);
    return packError(
      'zip-no-pack-json',
      '',
      `Tệp "${PACK_JSON_NAME}" nằm trong thư mục "${folder}", không nằm ngay ngoài cùng tệp nén. Hãy mở thư mục đó, chọn tất cả các tệp bên trong rồi nén chúng (đừng nén cả thư mục).`,
      `"${PACK_JSON_NAME}" is inside the folder "${folder}" instead of at the top of the zip. Open that folder, select everything in it and zip that (not the folder itself).`,
    );
  }
  return packError(
    'zip-no-pack-json',
    '',
    `Không thấy tệp "${PACK_JSON_NAME}" ngay ngoài cùng tệp nén. Gói cần có tệp này cùng các thư mục ảnh và âm thanh.`,
    `There is no "${PACK_JSON_NAME}" at the top of the zip. A pack needs this file beside its folders of pictures and sounds.`,
  );
}

// ---------------------------------------------------------------------------------------------
// Reading
// ---------------------------------------------------------------------------------------------

function isFlateError(error: unknown): error is FlateError {
  return error instanceof Error && typeof (error as Partial<FlateError>).code === 'number';
}

function joinChunks(chunks: readonly Uint8Array[], length: number): Uint8Array {
  const out = new Uint8Array(length);
  let at = 0;
  for (const chunk of chunks) {
    out.set(chunk, at);
    at += chunk.length;
  }
  return out;
}

function nextTurn(): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, 0));
}

/** Gives the page a turn whenever WORK_SLICE_MS have passed since the last one. */
export class Turns {
  private last = performance.now();

  /** Whether the page is owed a turn. */
  due(): boolean {
    return performance.now() - this.last >= WORK_SLICE_MS;
  }

  async take(): Promise<void> {
    await nextTurn();
    this.last = performance.now();
  }

  async maybeYield(): Promise<void> {
    if (this.due()) await this.take();
  }
}

const NOTHING = new Uint8Array(0);

/**
 * Raw deflate (zip method 8) through pako's streaming inflater: its state carries over from one
 * pushed piece to the next, and what it unpacks comes out in pieces of OUTPUT_CHUNK_BYTES.
 */
class StreamInflate implements UnzipDecoder {
  static readonly compression = 8;
  ondata: AsyncFlateStreamHandler = () => undefined;
  private readonly inflate = new Inflate({ raw: true, chunkSize: OUTPUT_CHUNK_BYTES });
  private ended = false;
  private failed = false;

  constructor() {
    this.inflate.onData = (chunk) => {
      this.ondata(null, chunk, false);
    };
    this.inflate.onEnd = (status) => {
      this.ended = true;
      if (status === Z_OK) return;
      this.failed = true;
      const error = Object.assign(new Error(`inflate failed (${status})`), { code: status });
      this.ondata(error, NOTHING, true);
    };
  }

  push(chunk: Uint8Array, final: boolean): void {
    // After the end of the deflate stream, the rest of the entry's bytes are ignored.
    if (!this.ended) this.inflate.push(chunk, final);
    if (final && !this.failed) this.ondata(null, NOTHING, true);
  }
}

/** The state of reading one zip: what was found, what was unpacked, and whether to stop. */
class ZipReading {
  readonly problems: PackProblem[] = [];
  readonly files = new Map<string, Uint8Array>();
  /** A size or ratio limit crossed, or damage: nothing more is read. */
  stop: PackProblem | undefined;
  packedBytes = 0;
  inflatedBytes = 0;
  private entryCount = 0;
  private macExtraCount = 0;
  private nestedPackJson: string | undefined;
  private readonly firstNames = new Map<string, string>();
  private readonly entries: Entry[] = [];
  private starting: Entry | undefined;

  constructor(private readonly office = false) {}

  /** The entry whose decoder is being made (the zip reader makes it inside `file.start()`). */
  entryBeingStarted(): Entry | undefined {
    return this.starting;
  }

  countPacked(entry: Entry | undefined, bytes: number): void {
    this.packedBytes += bytes;
    if (entry) entry.packedBytes += bytes;
  }

  onFile(file: UnzipFile): void {
    if (this.stop) return;
    const name = readableName(file.name);
    if (isMacExtra(name)) this.macExtraCount++;
    else this.entryCount++;
    if (this.entryCount + this.macExtraCount > ENTRY_CEILING) {
      this.stop = tooManyEntries(this.entryCount + this.macExtraCount, true);
      return;
    }
    // Past the limit, entries are only counted, so that the message can say how many there are.
    if (isMacExtra(name) || this.entryCount > PACK_LIMITS.maxZipEntries) return;
    if (name.endsWith('/')) return;

    const fault = nameFault(name);
    if (fault) {
      this.problems.push(badName(name, fault));
      return;
    }
    const key = sameNameKey(name);
    const first = this.firstNames.get(key);
    if (first !== undefined) {
      this.problems.push(duplicateName(name, first));
      return;
    }
    this.firstNames.set(key, name);
    const typeProblems = this.office ? [] : checkFileType(name);
    if (typeProblems.length > 0) {
      this.problems.push(...typeProblems);
      return;
    }
    if (
      file.compression !== UnzipPassThrough.compression &&
      file.compression !== StreamInflate.compression
    ) {
      this.problems.push(unknownMethod(name, file.compression));
      return;
    }
    if (name !== PACK_JSON_NAME && name.endsWith(`/${PACK_JSON_NAME}`)) {
      this.nestedPackJson ??= name;
    }

    const entry: Entry = {
      name,
      chunks: [],
      packedBytes: 0,
      inflatedBytes: 0,
      finished: false,
      failed: false,
    };
    this.entries.push(entry);
    file.ondata = (error, data, final) => {
      this.onData(file, entry, error, data, final);
    };
    this.starting = entry;
    try {
      file.start();
    } finally {
      this.starting = undefined;
    }
  }

  private onData(
    file: UnzipFile,
    entry: Entry,
    error: FlateError | null,
    data: Uint8Array,
    final: boolean,
  ): void {
    if (this.stop || entry.failed || entry.finished) return;
    if (error) {
      entry.failed = true;
      entry.chunks.length = 0;
      this.problems.push(damagedEntry(entry.name));
      file.terminate();
      return;
    }
    entry.inflatedBytes += data.length;
    this.inflatedBytes += data.length;
    const crossed = this.crossedLimit(entry);
    if (crossed) {
      this.stop = crossed;
      entry.chunks.length = 0;
      file.terminate();
      return;
    }
    if (data.length > 0) entry.chunks.push(data);
    if (final) {
      entry.finished = true;
      this.files.set(entry.name, joinChunks(entry.chunks, entry.inflatedBytes));
      entry.chunks.length = 0;
    }
  }

  private crossedLimit(entry: Entry): PackProblem | undefined {
    const { maxZipRatio, maxZipEntryBytes, maxZipTotalBytes } = PACK_LIMITS;
    if (
      entry.inflatedBytes > RATIO_GRACE_BYTES &&
      entry.inflatedBytes > maxZipRatio * entry.packedBytes
    ) {
      return packedTooTightly(
        entry.name,
        Math.floor(entry.inflatedBytes / Math.max(1, entry.packedBytes)),
      );
    }
    if (
      this.inflatedBytes > RATIO_GRACE_BYTES &&
      this.inflatedBytes > maxZipRatio * this.packedBytes
    ) {
      return packedTooTightly('', Math.floor(this.inflatedBytes / Math.max(1, this.packedBytes)));
    }
    if (entry.inflatedBytes > maxZipEntryBytes) return entryTooLarge(entry.name);
    if (this.inflatedBytes > maxZipTotalBytes) return tooLargeUnpacked();
    return undefined;
  }

  /** The zip reader gave up: the zip's structure is broken (or cut short). */
  fail(): void {
    this.stop ??= this.entryCount + this.macExtraCount === 0 ? notAZip() : damagedZip();
  }

  /** The outcome, once the zip is read; the files' contents are checked here, with turns between. */
  async result(): Promise<UnzipResult> {
    if (this.stop) return { ok: false, problems: [this.stop, ...this.problems] };
    const problems = [...this.problems];
    if (this.entryCount + this.macExtraCount === 0) {
      problems.push(notAZip());
    } else if (this.entryCount > PACK_LIMITS.maxZipEntries) {
      problems.unshift(tooManyEntries(this.entryCount, false));
    } else {
      for (const entry of this.entries) {
        if (!entry.finished && !entry.failed) problems.push(damagedEntry(entry.name));
      }
      if (this.office)
        return problems.length > 0 ? { ok: false, problems } : { ok: true, files: this.files };
      if (!this.files.has(PACK_JSON_NAME)) problems.push(noPackJson(this.nestedPackJson));
      const turns = new Turns();
      for (const [name, bytes] of this.files) {
        problems.push(...checkPackFile(name, bytes));
        await turns.maybeYield();
      }
    }
    return problems.some((p) => p.severity === 'error')
      ? { ok: false, problems }
      : { ok: true, files: this.files };
  }
}

/**
 * A decoder for one compression method that counts the packed bytes it is given (for the
 * ratio limits) and hands them on in small pieces, so that no single step can unpack more than
 * a few MiB; `terminate()` makes it drop everything after.
 */
function meteredDecoder(
  Inner: UnzipDecoderConstructor,
  reading: ZipReading,
  pieceBytes: number,
): UnzipDecoderConstructor {
  return class MeteredDecoder implements UnzipDecoder {
    static readonly compression = Inner.compression;
    ondata: AsyncFlateStreamHandler = () => undefined;
    private readonly inner: UnzipDecoder;
    private readonly entry = reading.entryBeingStarted();
    private stopped = false;

    constructor(name: string, size?: number, originalSize?: number) {
      this.inner = new Inner(name, size, originalSize);
      this.inner.ondata = (error, data, final) => {
        if (!this.stopped) this.ondata(error, data, final);
      };
    }

    push(chunk: Uint8Array, final: boolean): void {
      let at = 0;
      do {
        if (this.stopped) return;
        const piece = chunk.subarray(at, at + pieceBytes);
        at += piece.length;
        reading.countPacked(this.entry, piece.length);
        this.inner.push(piece, final && at >= chunk.length);
      } while (at < chunk.length);
    }

    terminate = (): void => {
      this.stopped = true;
    };
  };
}

/**
 * Unpacks a pack's zip into its files (by name, in NFC), or says every problem found. Limits
 * are counted on the bytes actually unpacked, and unpacking stops as soon as one is crossed.
 */
export async function unzipPack(
  bytes: Uint8Array,
  options: UnzipOptions = {},
): Promise<UnzipResult> {
  if (bytes.length > PACK_LIMITS.maxFileBytes) {
    return { ok: false, problems: [fileTooLarge(bytes.length)] };
  }
  const reading = new ZipReading(options.office);
  const unzip = new Unzip((file) => {
    reading.onFile(file);
  });
  unzip.register(meteredDecoder(UnzipPassThrough, reading, Number.POSITIVE_INFINITY));
  unzip.register(meteredDecoder(StreamInflate, reading, INFLATE_PIECE_BYTES));

  let readBytes = 0;
  const turns = new Turns();
  const report = (): void => {
    options.onProgress?.({
      readBytes,
      totalBytes: bytes.length,
      inflatedBytes: reading.inflatedBytes,
    });
  };

  try {
    do {
      const chunk = bytes.subarray(readBytes, readBytes + INPUT_CHUNK_BYTES);
      readBytes += chunk.length;
      unzip.push(chunk, readBytes >= bytes.length);
      if (turns.due()) {
        report();
        await turns.take();
      }
    } while (readBytes < bytes.length && !reading.stop);
  } catch (error) {
    if (!isFlateError(error)) throw error;
    reading.fail();
  }
  report();
  return reading.result();
}
