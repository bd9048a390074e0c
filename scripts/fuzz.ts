import { readdirSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import fc from 'fast-check';
import { checkPackFile } from '../src/content/file-checks';
import { openPackFile } from '../src/content/open-pack';
import { deflatedEntry, forgeZip, storedEntry } from '../tests/content/fixtures/zip/forge-zip.mjs';
import { diskEnv, REPO_ROOT } from './lib/pack-disk';

/**
 * `npm run fuzz [-- --runs <per kind> --seed <n>]`: property tests over the content boundary
 * with random and mutated packs (JSON text, JSON values, CSV sheets), zips and SVG pictures.
 * Every case must answer (a pack or problems, never an escaping throw), within a second, and
 * leave Object.prototype as it was. Prints the number of cases, the time and the slowest case;
 * exits 1 on the first failure, with fast-check's counterexample and seed.
 */

const { values } = parseArgs({
  options: { runs: { type: 'string' }, seed: { type: 'string' } },
});
const RUNS = Number(values.runs ?? 1700);
const SEED = values.seed === undefined ? Date.now() : Number(values.seed);
const CASE_LIMIT_MS = 1000;

const env = diskEnv();
const FIXTURES = resolve(REPO_ROOT, 'tests/content/fixtures');
const encode = (text: string): Uint8Array => new TextEncoder().encode(text);
const VALID_TEXTS = readdirSync(resolve(FIXTURES, 'valid'))
  .filter((n) => n.endsWith('.json') && !n.endsWith('.expected.json'))
  .map((n) => readFileSync(resolve(FIXTURES, 'valid', n), 'utf8'));
const ART = resolve(FIXTURES, 'valid', 'art');
const SVGS = readdirSync(ART).map((n) => readFileSync(resolve(ART, n), 'utf8'));
const BOTH_ZIP = new Uint8Array(readFileSync(resolve(FIXTURES, 'zip', 'both.zip')));
const PROTOTYPE_NAMES = Object.getOwnPropertyNames(Object.prototype).sort().join();

/** Characters that break things: structure, escapes, controls, bidi, surrogates, markup. */
const NASTY = fc.constantFrom(
  ...'{}[]",:\\<>/&#;=\n\r\t\0'.split(''),
  '\u202e',
  '\u200b',
  '\u001b[2J',
  '\ud800',
  '__proto__',
  'constructor',
  '<use href="#a"/>',
  '<!--',
  ']]>',
  '&#x6A;',
  'javascript:',
  '9'.repeat(400),
);
const piece = fc.oneof(
  NASTY,
  fc.string({ maxLength: 8 }),
  fc.string({ unit: 'grapheme', maxLength: 4 }),
);

/** A text with a few random edits: an insertion, a deletion, or a replacement each. */
function mutatedText(seeds: readonly string[]): fc.Arbitrary<string> {
  const edit = fc.tuple(fc.nat(), fc.nat({ max: 40 }), piece);
  return fc
    .tuple(fc.constantFrom(...seeds), fc.array(edit, { minLength: 1, maxLength: 6 }))
    .map(([text, edits]) =>
      edits.reduce((t, [at, cut, put]) => {
        const i = at % (t.length + 1);
        return t.slice(0, i) + put + t.slice(i + cut);
      }, text),
    );
}

/** Bytes with a few flipped, cut or inserted. */
function mutatedBytes(seed: Uint8Array): fc.Arbitrary<Uint8Array> {
  const edit = fc.tuple(
    fc.nat(),
    fc.nat({ max: 255 }),
    fc.constantFrom('flip', 'cut', 'insert', 'truncate'),
  );
  return fc.array(edit, { minLength: 1, maxLength: 8 }).map((edits) => {
    let bytes = seed;
    for (const [at, value, kind] of edits) {
      const i = at % Math.max(1, bytes.length);
      if (kind === 'flip') {
        bytes = bytes.slice();
        bytes[i] = value;
      } else if (kind === 'cut')
        bytes = new Uint8Array([...bytes.subarray(0, i), ...bytes.subarray(i + 1 + (value % 64))]);
      else if (kind === 'insert')
        bytes = new Uint8Array([...bytes.subarray(0, i), value, ...bytes.subarray(i)]);
      else bytes = bytes.subarray(0, i);
    }
    return bytes;
  });
}

/** A pack value with one random part replaced by a random value (keys such as __proto__ too). */
const mutatedValue = fc
  .tuple(
    fc.constantFrom(...VALID_TEXTS),
    fc.array(
      fc.oneof(
        fc.constantFrom(
          'quiz',
          'questions',
          'skit',
          'nodes',
          'picture',
          'answer',
          '__proto__',
          'constructor',
          'type',
        ),
        fc.nat({ max: 5 }),
      ),
      { minLength: 1, maxLength: 5 },
    ),
    fc.jsonValue({ maxDepth: 3 }),
  )
  .map(([text, path, value]) => {
    const root = JSON.parse(text) as Record<string, unknown>;
    let at: Record<string, unknown> = root;
    for (const key of path.slice(0, -1)) {
      // Own parts only: the mutation itself must not reach Object.prototype.
      const next = Object.hasOwn(at, String(key)) ? at[String(key)] : undefined;
      if (typeof next !== 'object' || next === null) break;
      at = next as Record<string, unknown>;
    }
    Object.defineProperty(at, String(path[path.length - 1]), {
      value,
      enumerable: true,
      configurable: true,
      writable: true,
    });
    return JSON.stringify(root);
  });

/** An SVG of random elements, ids and references: <use> chains, loops, deep nesting. */
const randomSvg = fc
  .array(
    fc.tuple(
      fc.constantFrom('g', 'use', 'rect', 'defs', 'symbol', 'path', '/g', '/defs'),
      fc.nat({ max: 9 }),
      fc.nat({ max: 9 }),
    ),
    { maxLength: 60 },
  )
  .map(
    (parts) =>
      `<svg xmlns="http://www.w3.org/2000/svg">${parts
        .map(([name, id, ref]) =>
          name.startsWith('/')
            ? `<${name}>`
            : name === 'use'
              ? `<use id="u${id}" href="#e${ref}"/>`
              : name === 'g' || name === 'defs' || name === 'symbol'
                ? `<${name} id="e${id}">`
                : `<${name} id="e${id}" fill="url(#e${ref})"/>`,
        )
        .join('')}</svg>`,
  );

/** A zip of random names and contents, stored or deflated, with a pack.json or without. */
const randomZip = fc
  .array(
    fc.tuple(
      fc.oneof(
        fc.constantFrom('pack.json', 'art/a.svg', '../x.svg', 'a/pack.json', 'A.SVG', 'x.exe', '/'),
        fc.string({ minLength: 1, maxLength: 12 }),
      ),
      fc.oneof(fc.constantFrom(...VALID_TEXTS, ...SVGS), fc.string({ maxLength: 200 })),
      fc.boolean(),
    ),
    { maxLength: 6 },
  )
  .map((entries) =>
    forgeZip(
      entries.map(([name, text, deflate]) =>
        deflate ? deflatedEntry(name, encode(text)) : storedEntry(name, encode(text)),
      ),
    ),
  );

interface Kind {
  readonly name: string;
  readonly cases: fc.Arbitrary<{ bytes: Uint8Array; fileName: string }>;
}

const asFile = (fileName: string) => (bytes: Uint8Array) => ({ bytes, fileName });
const KINDS: readonly Kind[] = [
  {
    name: 'random JSON',
    cases: fc.jsonValue().map((v) => asFile('pack.json')(encode(JSON.stringify(v)))),
  },
  {
    name: 'mutated pack text',
    cases: mutatedText(VALID_TEXTS).map((t) => asFile('pack.json')(encode(t))),
  },
  { name: 'mutated pack value', cases: mutatedValue.map((t) => asFile('pack.json')(encode(t))) },
  {
    name: 'random CSV',
    cases: mutatedText([
      'cau_hoi,dap_an,hinh,do_kho,chu_de\nA,lừa đảo,🫏 + 🏝️,1,x\n',
      'a;b;c\n"x";"y"\n',
    ]).map((t) => asFile('cau-hoi.csv')(encode(t))),
  },
  { name: 'mutated zip', cases: mutatedBytes(BOTH_ZIP).map(asFile('goi.zip')) },
  { name: 'random zip', cases: randomZip.map(asFile('goi.zip')) },
  { name: 'random SVG', cases: randomSvg.map((t) => asFile('art/a.svg')(encode(t))) },
  { name: 'mutated SVG', cases: mutatedText(SVGS).map((t) => asFile('art/a.svg')(encode(t))) },
];

let slowest = { ms: 0, kind: '', fileName: '', size: 0 };
let total = 0;
const started = performance.now();

async function runCase(
  kind: string,
  { bytes, fileName }: { bytes: Uint8Array; fileName: string },
): Promise<boolean> {
  total++;
  const begin = performance.now();
  if (fileName.endsWith('.svg')) checkPackFile(fileName, bytes);
  else {
    const result = await openPackFile(bytes, fileName, () => Promise.resolve(null), env);
    if (!result.ok && result.problems.length === 0) throw new Error('refused without a problem');
  }
  const ms = performance.now() - begin;
  if (ms > slowest.ms) slowest = { ms, kind, fileName, size: bytes.length };
  if (Object.getOwnPropertyNames(Object.prototype).sort().join() !== PROTOTYPE_NAMES)
    throw new Error('Object.prototype changed');
  if (({} as Record<string, unknown>).polluted !== undefined) throw new Error('polluted');
  if (ms > CASE_LIMIT_MS) throw new Error(`took ${Math.round(ms)} ms`);
  return true;
}

let failed = false;
for (const [index, kind] of KINDS.entries()) {
  const begin = performance.now();
  const before = total;
  const result = await fc.check(
    fc.asyncProperty(kind.cases, (c) => runCase(kind.name, c)),
    { numRuns: RUNS, seed: SEED + index, endOnFailure: true },
  );
  const seconds = ((performance.now() - begin) / 1000).toFixed(1);
  console.log(
    `${kind.name}: ${total - before} cases, ${seconds} s${result.failed ? ' — FAILED' : ''}`,
  );
  if (result.failed) {
    failed = true;
    console.log(fc.defaultReportMessage(result));
  }
}
const seconds = ((performance.now() - started) / 1000).toFixed(1);
console.log(
  `${total} cases in ${seconds} s (seed ${SEED}); slowest ${slowest.ms.toFixed(0)} ms: ${slowest.kind}, ${slowest.fileName}, ${slowest.size} bytes`,
);
process.exitCode = failed ? 1 : 0;
