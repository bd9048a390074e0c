/**
 * A fast 53-bit content hash (cyrb53) for telling packs apart in saves and on the device.
 * Not for security: a pack is trusted no more for having a given hash.
 */

interface HashState {
  h1: number;
  h2: number;
}

function start(seed: number): HashState {
  return { h1: 0xdeadbeef ^ seed, h2: 0x41c6ce57 ^ seed };
}

/** Adds `bytes[0..length)` to the hash. */
function update(state: HashState, bytes: Uint8Array, length: number): void {
  let { h1, h2 } = state;
  // An index loop: an iterator over a large pack's bytes costs several times as much.
  for (let i = 0; i < length; i++) {
    const b = bytes[i] ?? 0;
    h1 = Math.imul(h1 ^ b, 2654435761);
    h2 = Math.imul(h2 ^ b, 1597334677);
  }
  state.h1 = h1;
  state.h2 = h2;
}

function finish({ h1, h2 }: HashState): string {
  const a = Math.imul(h1 ^ (h1 >>> 16), 2246822507) ^ Math.imul(h2 ^ (h2 >>> 13), 3266489909);
  const b = Math.imul(h2 ^ (h2 >>> 16), 2246822507) ^ Math.imul(a ^ (a >>> 13), 3266489909);
  return (4294967296 * (2097151 & b) + (a >>> 0)).toString(16).padStart(14, '0');
}

export function hashBytes(bytes: Uint8Array, seed = 0): string {
  const state = start(seed);
  update(state, bytes, bytes.length);
  return finish(state);
}

/** Code units encoded at a time: at most three bytes each, so the buffer below always suffices. */
const CHUNK_UNITS = 64 * 1024;
const encoder = new TextEncoder();
let scratch: Uint8Array | undefined;

/**
 * Calls `use` with the text's UTF-8 bytes, a piece at a time, in one reused buffer (as
 * TextEncoder writes them: a lone surrogate becomes U+FFFD). Chromium's `encode` of a whole
 * large pack took a third of the time of validating it; `encodeInto` a small buffer does not.
 */
function forEachUtf8Piece(text: string, use: (bytes: Uint8Array, length: number) => void): void {
  scratch ??= new Uint8Array(3 * CHUNK_UNITS);
  for (let at = 0; at < text.length;) {
    let end = Math.min(text.length, at + CHUNK_UNITS);
    // Never split a surrogate pair between two pieces: each half would become U+FFFD.
    const last = text.charCodeAt(end - 1);
    if (end < text.length && last >= 0xd800 && last <= 0xdbff) end--;
    const { written } = encoder.encodeInto(text.slice(at, end), scratch);
    use(scratch, written);
    at = end;
  }
}

/** The hash of a text's UTF-8 bytes: the same as hashBytes of TextEncoder's output. */
export function hashText(text: string, seed = 0): string {
  const state = start(seed);
  forEachUtf8Piece(text, (bytes, length) => {
    update(state, bytes, length);
  });
  return finish(state);
}

/** How many bytes a text takes in UTF-8 (as TextEncoder writes it). */
export function utf8Length(text: string): number {
  let total = 0;
  forEachUtf8Piece(text, (_bytes, length) => {
    total += length;
  });
  return total;
}

/** hashBytes a MiB at a time, awaiting `pause()` between pieces so that a page can draw. */
export async function hashBytesPaused(
  bytes: Uint8Array,
  pause: () => Promise<void>,
  seed = 0,
): Promise<string> {
  const state = start(seed);
  const piece = 1024 * 1024;
  for (let at = 0; at < bytes.length; at += piece) {
    const part = bytes.subarray(at, at + piece);
    update(state, part, part.length);
    await pause();
  }
  return finish(state);
}
