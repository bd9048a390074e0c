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

function finish(h1: number, h2: number): string {
  const a = Math.imul(h1 ^ (h1 >>> 16), 2246822507) ^ Math.imul(h2 ^ (h2 >>> 13), 3266489909);
  const b = Math.imul(h2 ^ (h2 >>> 16), 2246822507) ^ Math.imul(a ^ (a >>> 13), 3266489909);
  return (4294967296 * (2097151 & b) + (a >>> 0)).toString(16).padStart(14, '0');
}

export function hashBytes(bytes: Uint8Array, seed = 0): string {
  const state = start(seed);
  update(state, bytes, bytes.length);
  return finish(state.h1, state.h2);
}

/**
 * The code point at `i` (whose code unit is `c`) as TextEncoder reads it: a surrogate pair is
 * one code point, above U+FFFF, and a lone surrogate becomes U+FFFD.
 */
function codePointAt(text: string, i: number, c: number): number {
  if (c < 0xd800 || c > 0xdfff) return c;
  const next = text.charCodeAt(i + 1); // NaN past the end
  if (c <= 0xdbff && next >= 0xdc00 && next <= 0xdfff) {
    return 0x10000 + ((c - 0xd800) << 10) + (next - 0xdc00);
  }
  return 0xfffd;
}

/** How many bytes UTF-8 takes for a code point of two bytes or more. */
function utf8Bytes(point: number): number {
  return point < 0x800 ? 2 : point < 0x10000 ? 3 : 4;
}

/**
 * The hash of a text's UTF-8 bytes: the same as hashBytes of TextEncoder's output (a lone
 * surrogate counts as U+FFFD). The bytes are worked out from the text as they are hashed, never
 * written anywhere: encoding a large pack first (even a piece at a time, into one buffer) took
 * most of the time of hashing it.
 */
export function hashText(text: string, seed = 0): string {
  let { h1, h2 } = start(seed);
  const n = text.length;
  for (let i = 0; i < n; i++) {
    const c = text.charCodeAt(i);
    if (c < 0x80) {
      h1 = Math.imul(h1 ^ c, 2654435761);
      h2 = Math.imul(h2 ^ c, 1597334677);
      continue;
    }
    const point = codePointAt(text, i, c);
    if (point > 0xffff) i++;
    const count = utf8Bytes(point);
    // The lead byte, then the continuation bytes, six bits each, highest first.
    const lead = count === 2 ? 0xc0 : count === 3 ? 0xe0 : 0xf0;
    let b = lead | (point >>> (6 * (count - 1)));
    h1 = Math.imul(h1 ^ b, 2654435761);
    h2 = Math.imul(h2 ^ b, 1597334677);
    for (let k = count - 2; k >= 0; k--) {
      b = 0x80 | ((point >>> (6 * k)) & 0x3f);
      h1 = Math.imul(h1 ^ b, 2654435761);
      h2 = Math.imul(h2 ^ b, 1597334677);
    }
  }
  // Plain numbers from here on: the loop is usually running optimized code entered in the middle
  // of the first call, which knows nothing of what comes after the loop, and reading or writing
  // an object there threw it away again on every call (seen with V8's --trace-deopt).
  return finish(h1, h2);
}

/** How many bytes a text takes in UTF-8 (as TextEncoder writes it). */
export function utf8Length(text: string): number {
  let total = 0;
  const n = text.length;
  for (let i = 0; i < n; i++) {
    const c = text.charCodeAt(i);
    if (c < 0x80) {
      total++;
      continue;
    }
    const point = codePointAt(text, i, c);
    if (point > 0xffff) i++;
    total += utf8Bytes(point);
  }
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
  return finish(state.h1, state.h2);
}
