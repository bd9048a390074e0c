import { zipSync, type Zippable } from 'fflate';
import * as v from 'valibot';
import { hashText } from '../../src/content/hash';
import { scanJson } from '../../src/content/json-scan';
import { loadZipPack } from '../../src/content/load';
import { checkReferences } from '../../src/content/references';
import { PackSchema, type PackJson } from '../../src/content/schema';
import { buildPack, checkJsonSize, validatePackText } from '../../src/content/validate';

/**
 * Timings of the content boundary in the real page, for `npm run bench:packs`: the benchmark
 * builds this module on its own and adds it to the page it measures (`window.__packBench`), so
 * nothing of it is in the game's build. The packs are generated here, in the page, from a fixed
 * seed; the bundled glyphs' codes come from the benchmark (`useGlyphs`).
 */

let ENV: { glyphCodes: ReadonlySet<string> } = { glyphCodes: new Set() };

/** The glyph codes the game ships, which rebuses may name. */
export function useGlyphs(codes: readonly string[]): void {
  ENV = { glyphCodes: new Set(codes) };
}
const GLYPHS = ['📞', '🏠', '💬', '👤', '📄', '🤝', '👀', '🛏️', '🐎', '🏝️'];
const WORDS = [
  'gọi',
  'hỏi',
  'nhà',
  'bạn',
  'việc',
  'làm',
  'đường',
  'dây',
  'nóng',
  'cảnh',
  'giác',
  'lừa',
  'đảo',
  'giúp',
  'đỡ',
  'tin',
  'nhắn',
  'hợp',
  'đồng',
  'giấy',
  'tờ',
  'an',
  'toàn',
  'xa',
  'quê',
  'mẹ',
  'chị',
  'em',
  'hội',
  'phường',
  'xã',
  'số',
];

/** A small fixed-seed generator (xorshift32): the same pack every run. */
function seeded(seed: number): () => number {
  let x = seed >>> 0 || 1;
  return () => {
    x ^= x << 13;
    x >>>= 0;
    x ^= x >>> 17;
    x ^= x << 5;
    x >>>= 0;
    return x;
  };
}

function question(i: number, picture: object): object {
  const a = WORDS[i % WORDS.length] ?? 'gọi';
  const b = WORDS[Math.floor(i / WORDS.length) % WORDS.length] ?? 'nhà';
  return {
    id: `cau-${i + 1}`,
    picture,
    answer: `${a} ${b} ${i + 1}`,
    alternatives: [`${a}${b}${i + 1}`],
    hint: { vi: `Gợi ý cho câu ${i + 1}.`, en: `A hint for question ${i + 1}.` },
    explanation: {
      vi: 'Khi cần giúp đỡ, hãy gọi 111 hoặc nói với người bạn tin.',
      en: 'When you need help, call 111 or tell someone you trust.',
    },
    difficulty: (i % 5) + 1,
    category: i % 2 === 0 ? 'tro-giup' : 'loi-du',
  };
}

function packJson(questions: object[]): string {
  return JSON.stringify({
    format: 1,
    id: 'do-toc-do',
    version: '1.0.0',
    title: { vi: 'Gói đo tốc độ', en: 'Speed pack' },
    language: 'both',
    categories: {
      'tro-giup': { vi: 'Tìm trợ giúp', en: 'Where to get help' },
      'loi-du': { vi: 'Chiêu dụ dỗ', en: 'Lures' },
    },
    quiz: { questions },
  });
}

/** A pack of `count` rebus questions, as the JSON text a facilitator would load. */
export function generateQuizPack(count: number): string {
  const next = seeded(20260730);
  const questions = Array.from({ length: count }, (_, i) => {
    const left = GLYPHS[next() % GLYPHS.length] ?? '📞';
    const right = GLYPHS[next() % GLYPHS.length] ?? '🏠';
    return question(i, { rebus: `${left} + ${right}` });
  });
  return packJson(questions);
}

/** The median of a list of numbers (the mean of the middle two for an even count). */
function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1
    ? (sorted[mid] ?? 0)
    : ((sorted[mid - 1] ?? 0) + (sorted[mid] ?? 0)) / 2;
}

export interface ValidationTiming {
  readonly questions: number;
  readonly jsonBytes: number;
  /** The first run in the page, before its code is warm: a facilitator's first pack. */
  readonly firstMs: number;
  readonly runs: readonly number[];
  readonly medianMs: number;
  readonly ok: boolean;
}

/**
 * Times validatePackText on a generated pack: the first run (cold), `warmups` more untimed runs,
 * then `runs` timed ones, one after another, so each run also pays for collecting what the runs
 * before it left behind, as a real load pays for what the page left.
 */
export function timeValidation(questions: number, runs: number, warmups = 3): ValidationTiming {
  const text = generateQuizPack(questions);
  const firstStart = performance.now();
  let ok = validatePackText(text, new Map(), ENV).ok;
  const firstMs = performance.now() - firstStart;
  for (let i = 1; i < warmups; i++) ok = validatePackText(text, new Map(), ENV).ok && ok;
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const start = performance.now();
    const result = validatePackText(text, new Map(), ENV);
    times.push(performance.now() - start);
    ok = result.ok && ok;
  }
  return {
    questions,
    jsonBytes: new TextEncoder().encode(text).length,
    firstMs,
    runs: times,
    medianMs: median(times),
    ok,
  };
}

export interface PassTiming {
  readonly pass: string;
  /** The median of the runs, in ms. */
  readonly medianMs: number;
}

/** One pass of validatePackText: `prepare` (untimed) makes fresh input for `run` (timed). */
interface Pass<T> {
  readonly name: string;
  readonly prepare: () => T;
  readonly run: (input: T) => unknown;
}

function pass<T>(name: string, prepare: () => T, run: (input: T) => unknown): Pass<unknown> {
  return { name, prepare, run: run as (input: unknown) => unknown };
}

/**
 * Where validatePackText's time goes: each of its passes run alone on the same generated pack,
 * in the order validatePackText runs them, the median of `runs` after a warm-up. Each run gets
 * input of its own, made untimed, as validatePackText would hand it over (nothing is frozen or
 * cached from an earlier run): the passes add up to about one validation.
 */
export function timeValidationPasses(questions: number, runs: number): PassTiming[] {
  const text = generateQuizPack(questions);
  const value = (): unknown => JSON.parse(text);
  const shape = (): PackJson => v.parse(PackSchema, value());
  const passes = [
    pass('size limit (UTF-8 bytes)', () => text, checkJsonSize),
    pass('JSON: syntax, depth, keys', () => text, scanJson),
    pass('pass one: shape (valibot)', value, (input) =>
      v.safeParse(PackSchema, input, { abortEarly: false }),
    ),
    pass('pass two: references', shape, (json) => checkReferences(json, new Map(), ENV.glyphCodes)),
    pass(
      'build and freeze',
      () => {
        const json = shape();
        return { json, refs: checkReferences(json, new Map(), ENV.glyphCodes) };
      },
      ({ json, refs }) => buildPack(json, refs, new Map(), 'x'),
    ),
    pass('hash', () => text, hashText),
  ];
  return passes.map(({ name, prepare, run }) => {
    for (let i = 0; i < 3; i++) run(prepare());
    const times: number[] = [];
    for (let i = 0; i < runs; i++) {
      const input = prepare();
      const start = performance.now();
      run(input);
      times.push(performance.now() - start);
    }
    return { pass: name, medianMs: median(times) };
  });
}

/**
 * A PNG-signed file of `size` bytes of noise: as large packed as unpacked, as photos are. The
 * loader checks a picture's signature and size, never decodes it.
 */
function noisePicture(size: number, next: () => number): Uint8Array {
  const bytes = new Uint8Array(size);
  for (let i = 0; i < size; i += 4) {
    const word = next();
    bytes[i] = word & 0xff;
    bytes[i + 1] = (word >>> 8) & 0xff;
    bytes[i + 2] = (word >>> 16) & 0xff;
    bytes[i + 3] = word >>> 24;
  }
  bytes.set([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
  return bytes;
}

/** A zip pack of about `targetBytes`, with one noise picture per question, `pictures` in all. */
export function generateZipPack(targetBytes: number, pictures: number): Uint8Array {
  const next = seeded(111);
  const pictureBytes = Math.floor((targetBytes - 400 * pictures) / pictures);
  const questions = Array.from({ length: pictures }, (_, i) =>
    question(i, { file: `hinh/hinh-${i + 1}.png` }),
  );
  const folder: Record<string, Uint8Array> = {};
  for (let i = 0; i < pictures; i++) folder[`hinh-${i + 1}.png`] = noisePicture(pictureBytes, next);
  const files: Zippable = {
    'pack.json': new TextEncoder().encode(packJson(questions)),
    hinh: folder,
  };
  // Deflated, as zip tools pack photos (which do not shrink, so deflate keeps them as stored
  // blocks); level 1 only to make the zip quickly.
  return zipSync(files, { level: 1, mtime: new Date('2026-07-30T00:00:00Z') });
}

export interface ZipTiming {
  readonly zipBytes: number;
  readonly pictures: number;
  readonly ms: number;
  /** The longest time the page went without a turn for other work (a frame, a tap). */
  readonly longestBlockMs: number;
  /** The largest JS heap seen while loading (Chromium only; null elsewhere). */
  readonly peakHeapBytes: number | null;
  readonly heapBeforeBytes: number | null;
  readonly ok: boolean;
}

function heapUsed(): number | null {
  const memory = (performance as Performance & { memory?: { usedJSHeapSize: number } }).memory;
  return memory ? memory.usedJSHeapSize : null;
}

/** Times loadZipPack on a generated zip, watching how long the page is blocked and the heap. */
export async function timeZipLoad(targetBytes: number, pictures: number): Promise<ZipTiming> {
  const zip = generateZipPack(targetBytes, pictures);
  const heapBefore = heapUsed();
  let peak = heapBefore;
  let longest = 0;
  let last = performance.now();
  // A timer that wants to run every frame: the gaps between its runs are the blocks.
  const sampler = setInterval(() => {
    const now = performance.now();
    longest = Math.max(longest, now - last);
    last = now;
    const heap = heapUsed();
    if (heap !== null && peak !== null) peak = Math.max(peak, heap);
  }, 16);
  const start = performance.now();
  const result = await loadZipPack(zip, ENV);
  const ms = performance.now() - start;
  clearInterval(sampler);
  longest = Math.max(longest, performance.now() - last);
  return {
    zipBytes: zip.length,
    pictures,
    ms,
    longestBlockMs: longest,
    peakHeapBytes: peak,
    heapBeforeBytes: heapBefore,
    ok: result.ok,
  };
}
