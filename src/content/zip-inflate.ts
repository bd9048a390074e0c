/**
 * The decoders the zip reader (zip.ts) unpacks a pack's files with: raw deflate through pako's
 * streaming inflater, and a wrapper around any decoder that counts the packed bytes it is given
 * (for the ratio limits) and hands them on in small pieces, so that the limits are checked
 * again after every few MiB unpacked.
 */
import type { AsyncFlateStreamHandler, UnzipDecoder, UnzipDecoderConstructor } from 'fflate';
import { Inflate, Z_OK } from 'pako';

/**
 * Deflate unpacks at most about 1032 bytes per packed byte, so one 1 KiB piece of packed data
 * yields at most about 1 MiB before the limits are checked again. The inflater keeps its state
 * between pieces and hands out what it unpacks in pieces of OUTPUT_CHUNK_BYTES, so small pieces
 * cost no more than large ones. (fflate's streaming inflater, used before, copied its 32 KiB
 * window and the unfinished block on every piece: loading 20 MB of photos took seconds.)
 */
export const INFLATE_PIECE_BYTES = 1024;
/**
 * Not a divisor of RATIO_GRACE_BYTES (zip.ts): a single file that unpacks too far passes the
 * grace, and is named, a little before the whole zip does (a divisor would leave it exactly at
 * the grace).
 */
const OUTPUT_CHUNK_BYTES = 48 * 1024;

const NOTHING = new Uint8Array(0);

/**
 * Raw deflate (zip method 8) through pako's streaming inflater: its state carries over from one
 * pushed piece to the next, and what it unpacks comes out in pieces of OUTPUT_CHUNK_BYTES.
 */
export class StreamInflate implements UnzipDecoder {
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

/** What a metered decoder reports to: the reading of one zip, entry by entry. */
export interface PackedBytesMeter<E> {
  /** The entry whose decoder is being made (the zip reader makes it inside `file.start()`). */
  entryBeingStarted(): E | undefined;
  countPacked(entry: E | undefined, bytes: number): void;
}

/**
 * A decoder for one compression method that counts the packed bytes it is given (for the
 * ratio limits) and hands them on in small pieces, so that no single step can unpack more than
 * a few MiB; `terminate()` makes it drop everything after.
 */
export function meteredDecoder<E>(
  Inner: UnzipDecoderConstructor,
  reading: PackedBytesMeter<E>,
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
