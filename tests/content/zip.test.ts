import fc from 'fast-check';
import { deflateSync, inflateSync, zipSync, type Zippable } from 'fflate';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { PACK_LIMITS } from '../../src/content/limits';
import type { PackProblem } from '../../src/content/problems';
import { unzipPack, type UnzipProgress, type UnzipResult } from '../../src/content/zip';
import {
  BOMB_NAME,
  TRAVERSAL_NAMES,
  crc32,
  deflatedEntry,
  deflatedZeros,
  forgeZip,
  makeBombZip,
  storedEntry,
  type ForgedEntry,
} from './fixtures/zip/forge-zip.mjs';
import {
  EXE,
  HTML,
  JPEG,
  MP3_ID3,
  PACK_JSON,
  PNG,
  SVG,
  TEXT,
  UNSAFE_SVG,
} from './fixtures/zip/sample-files';

const MIB = 1024 * 1024;
/** Time allowed to tests that unpack tens of MiB: generous, as CI machines may be slow or busy. */
const HEAVY_MS = 30_000;
const FIXTURES = new URL('./fixtures/zip/', import.meta.url);

function codesAndPlaces(problems: readonly PackProblem[]): { code: string; place: string }[] {
  return problems.map(({ code, place }) => ({ code, place }));
}

function problemsOf(result: UnzipResult): PackProblem[] {
  if (result.ok) throw new Error('expected the zip to be refused');
  return result.problems;
}

/** Compares bytes directly: deep equality on large arrays is slow to run and to print. */
function expectSameBytes(actual: Uint8Array | undefined, expected: Uint8Array): void {
  expect(actual?.length).toBe(expected.length);
  expect(actual !== undefined && Buffer.from(actual).equals(Buffer.from(expected))).toBe(true);
}

function filesOf(result: UnzipResult): ReadonlyMap<string, Uint8Array> {
  if (!result.ok) throw new Error(`expected the zip to open: ${JSON.stringify(result.problems)}`);
  return result.files;
}

/** Unpacks and reports how far it got: the bytes inflated and the memory held on the way. */
async function measuredUnzip(bytes: Uint8Array): Promise<{
  result: UnzipResult;
  inflatedBytes: number;
  extraArrayBufferBytes: number;
  ms: number;
}> {
  const before = process.memoryUsage().arrayBuffers;
  let peak = before;
  let inflatedBytes = 0;
  const onProgress = (progress: UnzipProgress): void => {
    inflatedBytes = progress.inflatedBytes;
    peak = Math.max(peak, process.memoryUsage().arrayBuffers);
  };
  const start = performance.now();
  const result = await unzipPack(bytes, { onProgress });
  const ms = performance.now() - start;
  peak = Math.max(peak, process.memoryUsage().arrayBuffers);
  return { result, inflatedBytes, extraArrayBufferBytes: peak - before, ms };
}

const HONEST_PACK: Zippable = {
  'pack.json': PACK_JSON,
  pictures: { 'lua-dao.png': PNG, 'nha-may.jpg': JPEG, 'ban-do.svg': SVG },
  sounds: { 'dung-roi.mp3': MP3_ID3 },
  'README.txt': TEXT,
};

const HONEST_FILES: Record<string, Uint8Array> = {
  'pack.json': PACK_JSON,
  'pictures/lua-dao.png': PNG,
  'pictures/nha-may.jpg': JPEG,
  'pictures/ban-do.svg': SVG,
  'sounds/dung-roi.mp3': MP3_ID3,
  'README.txt': TEXT,
};

/** Bytes that deflate about 10:1: zeros with a pseudo-random byte every 32. */
function looselyPackable(length: number): Uint8Array {
  const out = new Uint8Array(length);
  let seed = 12345;
  for (let i = 0; i < length; i += 32) {
    seed = (seed * 1103515245 + 12345) >>> 0;
    out[i] = seed >>> 24;
  }
  return out;
}

describe('honest zips open with the right bytes', () => {
  it.each([
    ['deflated', 6],
    ['stored', 0],
  ] as const)('%s entries', async (_label, level) => {
    const files = filesOf(await unzipPack(zipSync(HONEST_PACK, { level })));
    expect(Object.fromEntries(files)).toEqual(HONEST_FILES);
  });

  it('skips folders and what a Mac adds (__MACOSX/, .DS_Store)', async () => {
    const zip = zipSync({
      'pack.json': PACK_JSON,
      pictures: { 'a.png': PNG, '.DS_Store': new Uint8Array([0, 0, 0, 1, 0x42, 0x75, 0x64, 0x31]) },
      '.DS_Store': new Uint8Array([0, 0, 0, 1]),
      __MACOSX: {
        '._pack.json': new Uint8Array([0, 5, 22, 7]),
        pictures: { '._a.png': new Uint8Array([0, 5]) },
      },
      empty: {},
    });
    const files = filesOf(await unzipPack(zip));
    expect([...files.keys()].sort()).toEqual(['pack.json', 'pictures/a.png']);
  });

  it('reads entries whose sizes follow the data (data descriptors)', async () => {
    const zip = forgeZip([
      { ...deflatedEntry('pack.json', PACK_JSON), dataDescriptor: true },
      { ...deflatedEntry('pictures/a.png', PNG), dataDescriptor: true },
    ]);
    const files = filesOf(await unzipPack(zip));
    expect(files.get('pack.json')).toEqual(PACK_JSON);
    expect(files.get('pictures/a.png')).toEqual(PNG);
  });

  it('reads UTF-8 names a Mac stores without the UTF-8 flag, and keeps them in NFC', async () => {
    const decomposed = 'pictures/lừa-đảo.png'.normalize('NFD');
    const zip = forgeZip([
      { ...storedEntry('pack.json', PACK_JSON), flags: 0 },
      { ...storedEntry(new TextEncoder().encode(decomposed), PNG), flags: 0 },
    ]);
    const files = filesOf(await unzipPack(zip));
    expect([...files.keys()]).toEqual(['pack.json', 'pictures/lừa-đảo.png'.normalize('NFC')]);
  });

  it(
    'accepts a small file packed more tightly than the ratio limit (under 1 MiB unpacked)',
    async () => {
      const padded = new TextEncoder().encode(`{ "format": 1 }${' '.repeat(900 * 1024)}`);
      const zip = zipSync({ 'pack.json': padded }, { level: 9 });
      expect(padded.length / zip.length).toBeGreaterThan(PACK_LIMITS.maxZipRatio);
      expectSameBytes(filesOf(await unzipPack(zip)).get('pack.json'), padded);
    },
    HEAVY_MS,
  );

  it(`accepts exactly ${PACK_LIMITS.maxZipEntries} entries`, async () => {
    const entries: Zippable = { 'pack.json': PACK_JSON };
    for (let i = 1; i < PACK_LIMITS.maxZipEntries; i++) entries[`notes/${i}.txt`] = TEXT;
    const files = filesOf(await unzipPack(zipSync(entries, { level: 0 })));
    expect(files.size).toBe(PACK_LIMITS.maxZipEntries);
  });
});

describe('size limits are counted on the bytes actually unpacked', () => {
  it('refuses a file over 20 MiB before reading it', async () => {
    const { result, inflatedBytes } = await measuredUnzip(new Uint8Array(25 * MIB));
    const problems = problemsOf(result);
    expect(codesAndPlaces(problems)).toEqual([{ code: 'file-too-large', place: '' }]);
    expect(problems[0]?.vi).toBe(
      'Tệp quá lớn: 25 MiB, tối đa là 20 MiB. Hãy thu nhỏ ảnh và âm thanh trong gói rồi nén lại.',
    );
    expect(inflatedBytes).toBe(0);
    const justOver = problemsOf(await unzipPack(new Uint8Array(PACK_LIMITS.maxFileBytes + 1)));
    expect(justOver[0]?.en).toMatch(
      /^The file is too large: more than 20 MiB, the limit is 20 MiB\./,
    );
  });

  it(`refuses more than ${PACK_LIMITS.maxZipEntries} entries, and says how many`, async () => {
    const entries: Zippable = { 'pack.json': PACK_JSON };
    for (let i = 1; i <= PACK_LIMITS.maxZipEntries; i++) entries[`notes/${i}.txt`] = TEXT;
    const problems = problemsOf(await unzipPack(zipSync(entries, { level: 0 })));
    expect(codesAndPlaces(problems)).toEqual([{ code: 'zip-too-many-entries', place: '' }]);
    expect(problems[0]?.vi).toBe(
      'Tệp nén có quá nhiều tệp: 501 tệp, tối đa là 500. Hãy bỏ bớt những tệp trò chơi không dùng.',
    );
    expect(problems[0]?.en).toContain('The zip holds too many files: 501, the limit is 500.');
  });

  it('stops counting entries at a ceiling, Mac extras included', async () => {
    const entries: ForgedEntry[] = [];
    for (let i = 0; i < 5000; i++)
      entries.push(storedEntry(`__MACOSX/._${i}.png`, new Uint8Array(0)));
    const problems = problemsOf(await unzipPack(forgeZip(entries)));
    expect(codesAndPlaces(problems)).toEqual([{ code: 'zip-too-many-entries', place: '' }]);
    expect(problems[0]?.en).toContain('more than 2000');
  });

  it(
    'refuses one file over 5 MiB unpacked, even when its headers say it is small',
    async () => {
      const big = looselyPackable(PACK_LIMITS.maxZipEntryBytes + 1);
      const zip = forgeZip([
        storedEntry('pack.json', PACK_JSON),
        { ...deflatedEntry('sounds/long.mp3', big), size: 1000 },
      ]);
      const { result, inflatedBytes } = await measuredUnzip(zip);
      expect(codesAndPlaces(problemsOf(result))).toEqual([
        { code: 'zip-entry-too-large', place: 'sounds/long.mp3' },
      ]);
      expect(inflatedBytes).toBeLessThan(PACK_LIMITS.maxZipEntryBytes + MIB);
    },
    HEAVY_MS,
  );

  it(
    'refuses more than 64 MiB unpacked in all',
    async () => {
      const content = looselyPackable(PACK_LIMITS.maxZipEntryBytes - 1024);
      const packed = deflateSync(content);
      const entries: ForgedEntry[] = [storedEntry('pack.json', PACK_JSON)];
      for (let i = 0; i < 14; i++) {
        entries.push({
          name: `sounds/${i}.mp3`,
          data: packed,
          method: 8,
          crc: crc32(content),
          size: 10,
        });
      }
      const { result, inflatedBytes } = await measuredUnzip(forgeZip(entries));
      expect(codesAndPlaces(problemsOf(result))).toEqual([
        { code: 'zip-too-large-unpacked', place: '' },
      ]);
      expect(inflatedBytes).toBeLessThan(PACK_LIMITS.maxZipTotalBytes + MIB);
    },
    HEAVY_MS,
  );
});

describe('zip bombs are refused early, with flat memory', () => {
  const BOMB_BYTES = 200 * MIB;

  it('the bomb builder is honest: its deflate stream unpacks to exactly that many zeros', () => {
    const size = 3 * MIB + 11;
    const unpacked = inflateSync(deflatedZeros(size));
    expect(unpacked.length).toBe(size);
    expect(unpacked.every((b) => b === 0)).toBe(true);
    expect(deflatedZeros(BOMB_BYTES).length).toBeLessThan(BOMB_BYTES / 1000);
  });

  it.each([
    ['whose headers claim 1 KiB', false],
    ['whose local header claims nothing (data descriptor)', true],
  ] as const)(
    'a 200 MiB bomb %s',
    async (_label, dataDescriptor) => {
      const bomb = makeBombZip({ unpackedBytes: BOMB_BYTES, dataDescriptor });
      expect(bomb.length).toBeLessThan(PACK_LIMITS.maxFileBytes);
      const { result, inflatedBytes, extraArrayBufferBytes } = await measuredUnzip(bomb);
      const problems = problemsOf(result);
      expect(codesAndPlaces(problems)).toEqual([{ code: 'zip-ratio', place: BOMB_NAME }]);
      expect(problems[0]?.en).toMatch(
        /^"pictures\/bomb\.png" is packed too tightly: it unpacks to more than \d+ times its packed size, the limit is 100\./,
      );
      // The ratio counts once an entry passes 1 MiB; each 1 KiB packed piece adds at most ~1 MiB.
      expect(inflatedBytes).toBeGreaterThan(MIB);
      expect(inflatedBytes).toBeLessThan(3 * MIB);
      expect(extraArrayBufferBytes).toBeLessThan(30 * MIB);
    },
    HEAVY_MS,
  );

  it(
    'many small bombs, each under 1 MiB, are caught by the ratio of the whole zip',
    async () => {
      const packed = deflatedZeros(900 * 1024);
      const entries: ForgedEntry[] = [storedEntry('pack.json', PACK_JSON)];
      for (let i = 0; i < 60; i++) {
        entries.push({ name: `pictures/${i}.png`, data: packed, method: 8, size: 100 });
      }
      const { result, inflatedBytes } = await measuredUnzip(forgeZip(entries));
      expect(codesAndPlaces(problemsOf(result))).toEqual([{ code: 'zip-ratio', place: '' }]);
      expect(inflatedBytes).toBeLessThan(3 * MIB);
    },
    HEAVY_MS,
  );

  it(
    'the committed bomb.zip is refused quickly, within a few MiB inflated',
    async () => {
      const bomb = new Uint8Array(readFileSync(new URL('bomb.zip', FIXTURES)));
      expect(bomb.length).toBeLessThan(300 * 1024);
      const { result, inflatedBytes, extraArrayBufferBytes, ms } = await measuredUnzip(bomb);
      expect(codesAndPlaces(problemsOf(result))).toEqual([{ code: 'zip-ratio', place: BOMB_NAME }]);
      expect(inflatedBytes).toBeLessThan(3 * MIB);
      expect(extraArrayBufferBytes).toBeLessThan(30 * MIB);
      expect(ms).toBeLessThan(2000);
    },
    HEAVY_MS,
  );
});

describe('entry names', () => {
  it('the committed traversal.zip: "../evil.svg" and "/etc/x" are refused', async () => {
    const zip = new Uint8Array(readFileSync(new URL('traversal.zip', FIXTURES)));
    expect(codesAndPlaces(problemsOf(await unzipPack(zip)))).toEqual(
      TRAVERSAL_NAMES.map((place) => ({ code: 'zip-bad-name', place })),
    );
  });

  it.each([
    ['an empty name', '', ''],
    ['a name with ".."', 'pictures/../../evil.svg', 'pictures/../../evil.svg'],
    ['an absolute path', '/etc/passwd.txt', '/etc/passwd.txt'],
    ['a drive letter', 'C:/Windows/x.png', 'C:/Windows/x.png'],
    ['a drive letter and backslashes', 'C:\\x.png', 'C:\\x.png'],
    ['a backslash', 'pictures\\a.png', 'pictures\\a.png'],
    ['a NUL', 'a\0.png', 'a\\u{0}.png'],
    ['a newline', 'a\n.png', 'a\\u{A}.png'],
    ['a right-to-left override', 'pictures/\u202Egnp.exe', 'pictures/\\u{202E}gnp.exe'],
    ['an empty folder', 'pictures//a.png', 'pictures//a.png'],
    ['a "." folder', './a.png', './a.png'],
  ])('refuses %s', async (_label, name, place) => {
    const zip = forgeZip([storedEntry('pack.json', PACK_JSON), storedEntry(name, PNG)]);
    const problems = problemsOf(await unzipPack(zip));
    expect(codesAndPlaces(problems)).toEqual([{ code: 'zip-bad-name', place }]);
  });

  it.each([
    ['the same name twice', 'pictures/a.png', 'pictures/a.png'],
    ['names that differ only in case', 'pictures/A.PNG', 'pictures/a.png'],
    [
      'names that differ only in Unicode normalisation',
      'pictures/lừa.png'.normalize('NFC'),
      'pictures/lừa.png'.normalize('NFD'),
    ],
  ])('refuses %s', async (_label, first, second) => {
    const zip = forgeZip([
      storedEntry('pack.json', PACK_JSON),
      storedEntry(first, PNG),
      storedEntry(second, PNG),
    ]);
    const problems = problemsOf(await unzipPack(zip));
    expect(codesAndPlaces(problems)).toEqual([
      { code: 'zip-duplicate-name', place: second.normalize('NFC') },
    ]);
  });
});

describe('file types', () => {
  it.each(['setup.exe', 'pictures/trang.html', 'script.js', 'Makefile', 'pictures/a.PNG.exe'])(
    'refuses %s by its extension, naming the entry',
    async (name) => {
      const zip = zipSync({ 'pack.json': PACK_JSON, [name]: EXE });
      const problems = problemsOf(await unzipPack(zip));
      expect(codesAndPlaces(problems)).toEqual([{ code: 'file-type-not-allowed', place: name }]);
      expect(problems[0]?.vi).toContain(`Tệp "${name}" có loại không được phép`);
    },
  );

  it('accepts extensions in any case', async () => {
    const files = filesOf(await unzipPack(zipSync({ 'pack.json': PACK_JSON, 'A.PNG': PNG })));
    expect(files.get('A.PNG')).toEqual(PNG);
  });

  it('refuses a .png that is really a web page', async () => {
    const zip = zipSync({ 'pack.json': PACK_JSON, 'pictures/a.png': HTML });
    expect(codesAndPlaces(problemsOf(await unzipPack(zip)))).toEqual([
      { code: 'file-content-mismatch', place: 'pictures/a.png' },
    ]);
  });

  it('refuses an SVG that runs code', async () => {
    const zip = zipSync({ 'pack.json': PACK_JSON, 'pictures/a.svg': UNSAFE_SVG });
    expect(codesAndPlaces(problemsOf(await unzipPack(zip)))).toEqual([
      { code: 'svg-unsafe', place: 'pictures/a.svg' },
    ]);
  });
});

describe('damaged zips and missing pack.json', () => {
  it('refuses bytes that are not a zip', async () => {
    const problems = problemsOf(await unzipPack(new TextEncoder().encode('{ "format": 1 }')));
    expect(codesAndPlaces(problems)).toEqual([{ code: 'zip-corrupt', place: '' }]);
  });

  it('refuses an empty file', async () => {
    expect(codesAndPlaces(problemsOf(await unzipPack(new Uint8Array(0))))).toEqual([
      { code: 'zip-corrupt', place: '' },
    ]);
  });

  it('refuses a zip cut short', async () => {
    const zip = zipSync(HONEST_PACK, { level: 0 });
    const cut = zip.subarray(0, 200);
    expect(problemsOf(await unzipPack(cut)).map((p) => p.code)).toContain('zip-corrupt');
  });

  it('refuses an entry whose deflate data is broken', async () => {
    const broken = deflatedEntry('pictures/a.png', PNG);
    const data = new Uint8Array(broken.data ?? []);
    data[0] = 0xff;
    const zip = forgeZip([storedEntry('pack.json', PACK_JSON), { ...broken, data }]);
    expect(codesAndPlaces(problemsOf(await unzipPack(zip)))).toEqual([
      { code: 'zip-corrupt', place: 'pictures/a.png' },
    ]);
  });

  it('refuses a compression method other than stored and deflate', async () => {
    const zip = forgeZip([
      storedEntry('pack.json', PACK_JSON),
      { ...storedEntry('pictures/a.png', PNG), method: 14 },
    ]);
    const problems = problemsOf(await unzipPack(zip));
    expect(codesAndPlaces(problems)).toEqual([{ code: 'zip-corrupt', place: 'pictures/a.png' }]);
    expect(problems[0]?.en).toContain('method 14');
  });

  it('refuses a zip with no pack.json at the root', async () => {
    const problems = problemsOf(await unzipPack(zipSync({ 'pictures/a.png': PNG })));
    expect(codesAndPlaces(problems)).toEqual([{ code: 'zip-no-pack-json', place: '' }]);
  });

  it('says which folder pack.json is in when the folder itself was zipped', async () => {
    const zip = zipSync({ 'goi-cau-hoi': { 'pack.json': PACK_JSON, 'a.png': PNG } });
    const problems = problemsOf(await unzipPack(zip));
    expect(codesAndPlaces(problems)).toEqual([{ code: 'zip-no-pack-json', place: '' }]);
    expect(problems[0]?.vi).toContain('"goi-cau-hoi"');
  });
});

describe('every problem is reported, not just the first', () => {
  it('reports bad names, duplicates, types, content and the missing pack.json together', async () => {
    const zip = forgeZip([
      storedEntry('../evil.svg', SVG),
      storedEntry('pictures/a.png', PNG),
      storedEntry('pictures/A.png', PNG),
      storedEntry('run.exe', EXE),
      storedEntry('pictures/b.png', HTML),
    ]);
    expect(codesAndPlaces(problemsOf(await unzipPack(zip)))).toEqual([
      { code: 'zip-bad-name', place: '../evil.svg' },
      { code: 'zip-duplicate-name', place: 'pictures/A.png' },
      { code: 'file-type-not-allowed', place: 'run.exe' },
      { code: 'zip-no-pack-json', place: '' },
      { code: 'file-content-mismatch', place: 'pictures/b.png' },
    ]);
  });

  it(
    'reports a crossed limit first, with the problems found before it',
    async () => {
      const zip = forgeZip([
        storedEntry('run.exe', EXE),
        { name: BOMB_NAME, data: deflatedZeros(20 * MIB), method: 8, size: 1024 },
      ]);
      expect(codesAndPlaces(problemsOf(await unzipPack(zip)))).toEqual([
        { code: 'zip-ratio', place: BOMB_NAME },
        { code: 'file-type-not-allowed', place: 'run.exe' },
      ]);
    },
    HEAVY_MS,
  );
});

describe('the page keeps running while a zip is unpacked', () => {
  it(
    'gives the event loop turns during a large zip',
    async () => {
      const sounds: Zippable = {};
      const sound = looselyPackable(4 * MIB);
      sound.set(MP3_ID3);
      for (let i = 0; i < 6; i++) sounds[`${i}.mp3`] = sound;
      const zip = zipSync({ 'pack.json': PACK_JSON, sounds }, { level: 1 });
      let turns = 0;
      const timer = setInterval(() => {
        turns++;
      }, 0);
      const progress: UnzipProgress[] = [];
      const result = await unzipPack(zip, { onProgress: (p) => progress.push(p) });
      clearInterval(timer);
      expect(result.ok).toBe(true);
      expect(turns).toBeGreaterThan(0);
      // A report before each turn given to the page, and a last one; how many turns there are
      // depends on how fast the machine unpacks (one every 30 ms of work).
      expect(progress.length).toBeGreaterThanOrEqual(2);
      for (let i = 1; i < progress.length; i++) {
        expect(progress[i]?.readBytes).toBeGreaterThanOrEqual(progress[i - 1]?.readBytes ?? 0);
        expect(progress[i]?.inflatedBytes).toBeGreaterThanOrEqual(
          progress[i - 1]?.inflatedBytes ?? 0,
        );
      }
      expect(progress.at(-1)).toEqual({
        readBytes: zip.length,
        totalBytes: zip.length,
        inflatedBytes: 24 * MIB + PACK_JSON.length,
      });
    },
    HEAVY_MS,
  );
});

describe('hostile bytes never throw', () => {
  const honest = zipSync(HONEST_PACK, { level: 6 });

  it(
    'random bytes give ok or problems',
    async () => {
      await fc.assert(
        fc.asyncProperty(fc.uint8Array({ maxLength: 4096 }), async (bytes) => {
          const result = await unzipPack(bytes);
          expect(result.ok ? result.files : result.problems.length).toBeTruthy();
        }),
        { numRuns: 300 },
      );
    },
    HEAVY_MS,
  );

  it(
    'random bytes after a local-header signature give ok or problems',
    async () => {
      await fc.assert(
        fc.asyncProperty(fc.uint8Array({ maxLength: 2048 }), async (tail) => {
          const bytes = new Uint8Array([0x50, 0x4b, 0x03, 0x04, ...tail]);
          const result = await unzipPack(bytes);
          expect(result.ok ? result.files : result.problems.length).toBeTruthy();
        }),
        { numRuns: 300 },
      );
    },
    HEAVY_MS,
  );

  it(
    'mutations of an honest zip give ok or problems',
    async () => {
      const mutation = fc.record({
        edits: fc.array(
          fc.tuple(fc.nat({ max: honest.length - 1 }), fc.integer({ min: 0, max: 255 })),
          {
            minLength: 1,
            maxLength: 8,
          },
        ),
        cutAt: fc.option(fc.nat({ max: honest.length }), { nil: undefined }),
      });
      await fc.assert(
        fc.asyncProperty(mutation, async ({ edits, cutAt }) => {
          const bytes = honest.slice(0, cutAt ?? honest.length);
          for (const [at, value] of edits) if (at < bytes.length) bytes[at] = value;
          const result = await unzipPack(bytes);
          expect(result.ok ? result.files : result.problems.length).toBeTruthy();
        }),
        { numRuns: 500 },
      );
    },
    HEAVY_MS,
  );
});
