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
 *
 * The entries' names are read and judged in zip-names.ts, the problems are worded in
 * zip-problems.ts, and the decoders that unpack (and meter) each file are in zip-inflate.ts.
 */
import { Unzip, UnzipPassThrough, type FlateError, type UnzipFile } from 'fflate';
import { checkFileType, checkPackFile } from './file-checks';
import { PACK_LIMITS } from './limits';
import { fileTooLarge, type PackProblem } from './problems';
import { INFLATE_PIECE_BYTES, meteredDecoder, StreamInflate } from './zip-inflate';
import { isMacExtra, nameFault, PACK_JSON_NAME, readableName, sameNameKey } from './zip-names';
import {
  badName,
  damagedEntry,
  damagedZip,
  duplicateName,
  entryTooLarge,
  noPackJson,
  notAZip,
  packedTooTightly,
  tooLargeUnpacked,
  tooManyEntries,
  unknownMethod,
} from './zip-problems';

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

export { PACK_JSON_NAME } from './zip-names';

/** The zip is handed to the reader in pieces of this size. */
const INPUT_CHUNK_BYTES = 64 * 1024;
/** Below this, a file may be packed more tightly than maxZipRatio (short, repetitive text is). */
const RATIO_GRACE_BYTES = 1024 * 1024;
/** Give the page a turn after working this long (ms): no frame or tap waits longer. */
const WORK_SLICE_MS = 30;
/** Entries of any kind (Mac extras included) after which the zip is not read any further. */
const ENTRY_CEILING = PACK_LIMITS.maxZipEntries * 4;

interface Entry {
  readonly name: string;
  readonly chunks: Uint8Array[];
  packedBytes: number;
  inflatedBytes: number;
  finished: boolean;
  failed: boolean;
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
