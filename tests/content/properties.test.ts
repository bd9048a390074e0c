import type { UnreadFile } from '../../src/content/load';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { csvToPackJson } from '../../src/content/csv';
import { loadJsonPack } from '../../src/content/load';
import type { PackResult } from '../../src/content/validate';
import { validatePackText, validatePackValue } from '../../src/content/validate';
import { diskEnv, folderReader, REPO_ROOT } from '../../scripts/lib/pack-disk';

/**
 * Whatever arrives — random JSON, or the default pack broken in one random way — the content
 * boundary answers with a pack or with problems: it never throws, never touches
 * Object.prototype, and every problem is worded in both languages with a place.
 */

const env = diskEnv();
const DEFAULT_DIR = resolve(REPO_ROOT, 'assets/packs/default');
const DEFAULT_TEXT = readFileSync(resolve(DEFAULT_DIR, 'pack.json'), 'utf8');
const DEFAULT_PACK = JSON.parse(DEFAULT_TEXT) as unknown;

/** The default pack's pictures, read once, so each run reads from memory. */
const defaultFiles = new Map<string, Uint8Array | UnreadFile | null>();
async function readDefaultFile(path: string): Promise<Uint8Array | UnreadFile | null> {
  if (!defaultFiles.has(path)) defaultFiles.set(path, await folderReader(DEFAULT_DIR)(path));
  return defaultFiles.get(path) ?? null;
}

const PROTOTYPE_NAMES = Object.getOwnPropertyNames(Object.prototype).sort();

function expectSound(result: PackResult): void {
  expect(Object.getOwnPropertyNames(Object.prototype).sort()).toEqual(PROTOTYPE_NAMES);
  expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  const problems = result.ok ? result.warnings : result.problems;
  if (result.ok) {
    expect(Object.isFrozen(result.pack)).toBe(true);
    expect(problems.every((p) => p.severity === 'warning')).toBe(true);
  } else {
    expect(problems.some((p) => p.severity === 'error')).toBe(true);
  }
  for (const p of problems) {
    expect(typeof p.vi === 'string' && p.vi.trim() !== '', `vi of ${p.code}`).toBe(true);
    expect(typeof p.en === 'string' && p.en.trim() !== '', `en of ${p.code}`).toBe(true);
    expect(typeof p.place).toBe('string');
    expect(p.code).toMatch(/^[a-z0-9-]+$/);
  }
}

async function loadText(text: string): Promise<PackResult> {
  return loadJsonPack(new TextEncoder().encode(text), readDefaultFile, env);
}

type Path = readonly (string | number)[];

/** Every place in a JSON value: the paths of its containers and of its leaves. */
function pathsOf(value: unknown, path: Path = [], out: Path[] = []): Path[] {
  out.push(path);
  if (Array.isArray(value)) value.forEach((item, i) => pathsOf(item, [...path, i], out));
  else if (typeof value === 'object' && value !== null) {
    for (const [key, child] of Object.entries(value)) pathsOf(child, [...path, key], out);
  }
  return out;
}

const PATHS = pathsOf(DEFAULT_PACK);
const CONTAINER_PATHS = PATHS.filter(
  (p) => typeof at(DEFAULT_PACK, p) === 'object' && at(DEFAULT_PACK, p) !== null,
);

function at(root: unknown, path: Path): unknown {
  let node = root;
  for (const key of path) node = (node as Record<string | number, unknown>)[key];
  return node;
}

function clone(): Record<string, unknown> {
  return JSON.parse(DEFAULT_TEXT) as Record<string, unknown>;
}

/** Replaces the value at `path` (not the root). */
function replaceAt(root: unknown, path: Path, make: (old: unknown) => unknown): void {
  const parent = at(root, path.slice(0, -1)) as Record<string | number, unknown>;
  const key = path[path.length - 1];
  if (key === undefined) return;
  parent[key] = make(parent[key]);
}

const otherValue = fc.oneof(
  fc.constant(null),
  fc.boolean(),
  fc.integer({ min: -10, max: 10_000 }),
  fc.double(),
  fc.string({ maxLength: 8 }),
  fc.constant([]),
  fc.constant({}),
  fc.constant([1, 'a']),
);

const nonRootPath = fc.integer({ min: 1, max: PATHS.length - 1 }).map((i) => PATHS[i] ?? []);

describe('random JSON values', () => {
  it('give problems and never throw, as text and as values', () => {
    fc.assert(
      fc.property(fc.jsonValue({ maxDepth: 6 }), (value) => {
        expectSound(validatePackText(JSON.stringify(value), new Map(), env));
        expectSound(validatePackValue(value, new Map(), env, 'x'));
      }),
      { numRuns: 300 },
    );
  });

  it('with the shape of a pack around them still never throw', () => {
    const base = clone();
    fc.assert(
      fc.property(
        fc.constantFrom(...Object.keys(base)),
        fc.jsonValue({ maxDepth: 5 }),
        (key, value) => {
          expectSound(validatePackValue({ ...base, [key]: value }, new Map(), env, 'x'));
        },
      ),
      { numRuns: 200 },
    );
  });

  it('as CSV text never make the converter throw', () => {
    fc.assert(
      fc.property(
        fc.string({
          unit: fc.constantFrom('a', 'đ', ',', ';', '"', '\n', '\r', ' ', '🫏', '1', '|', '/'),
        }),
        (body) => {
          const result = csvToPackJson(`dap_an,hinh,do_kho,chu_de\n${body}`);
          const problems = result.ok ? result.warnings : result.problems;
          for (const p of problems)
            expect(p.vi !== '' && p.en !== '' && typeof p.place === 'string').toBe(true);
        },
      ),
      { numRuns: 300 },
    );
  });
});

describe('the default pack broken in one random way', () => {
  it('loads as it is', async () => {
    const result = await loadText(DEFAULT_TEXT);
    expect(result.ok).toBe(true);
  });

  const runs = { numRuns: 60 };

  it('with a key deleted', async () => {
    const withKeys = CONTAINER_PATHS.filter(
      (p) => Object.keys(at(DEFAULT_PACK, p) as object).length > 0,
    );
    await fc.assert(
      fc.asyncProperty(fc.constantFrom(...withKeys), fc.nat(), async (path, n) => {
        const pack = clone();
        const node = at(pack, path) as Record<string, unknown> | unknown[];
        if (Array.isArray(node)) node.splice(n % node.length, 1);
        else {
          const keys = Object.keys(node);
          Reflect.deleteProperty(node, keys[n % keys.length] ?? '');
        }
        expectSound(await loadText(JSON.stringify(pack)));
      }),
      runs,
    );
  });

  it('with a value of another type', async () => {
    await fc.assert(
      fc.asyncProperty(nonRootPath, otherValue, async (path, value) => {
        const pack = clone();
        replaceAt(pack, path, () => value);
        expectSound(await loadText(JSON.stringify(pack)));
      }),
      runs,
    );
  });

  it('with a string swapped for a number', async () => {
    const strings = PATHS.filter((p) => typeof at(DEFAULT_PACK, p) === 'string');
    await fc.assert(
      fc.asyncProperty(fc.constantFrom(...strings), fc.integer(), async (path, number) => {
        const pack = clone();
        replaceAt(pack, path, () => number);
        const result = await loadText(JSON.stringify(pack));
        expectSound(result);
        if (path[0] !== '$schema') expect(result.ok).toBe(false);
      }),
      runs,
    );
  });

  it('with an array item duplicated', async () => {
    const arrays = CONTAINER_PATHS.filter((p) => {
      const node = at(DEFAULT_PACK, p);
      return Array.isArray(node) && node.length > 0;
    });
    await fc.assert(
      fc.asyncProperty(fc.constantFrom(...arrays), fc.nat(), async (path, n) => {
        const pack = clone();
        const list = at(pack, path) as unknown[];
        const i = n % list.length;
        list.splice(i, 0, structuredClone(list[i]));
        expectSound(await loadText(JSON.stringify(pack)));
      }),
      runs,
    );
  });

  it('with a "__proto__" key injected anywhere', async () => {
    const objects = CONTAINER_PATHS.filter((p) => !Array.isArray(at(DEFAULT_PACK, p)));
    const marker = '__injected_key__';
    await fc.assert(
      fc.asyncProperty(
        fc.constantFrom(...objects),
        fc.constantFrom('__proto__', 'constructor', 'prototype'),
        async (path, key) => {
          const pack = clone();
          Object.defineProperty(at(pack, path), marker, {
            value: { polluted: true, toString: 'x' },
            enumerable: true,
          });
          const text = JSON.stringify(pack).replace(`"${marker}"`, JSON.stringify(key));
          const result = await loadText(text);
          expectSound(result);
          expect(!result.ok && result.problems.map((p) => p.code)).toContain('forbidden-key');
        },
      ),
      runs,
    );
  });

  it('cut off at a random point', async () => {
    await fc.assert(
      fc.asyncProperty(fc.integer({ min: 0, max: DEFAULT_TEXT.length - 1 }), async (cut) => {
        const text = DEFAULT_TEXT.slice(0, cut);
        const result = await loadText(text);
        expectSound(result);
        // Only trailing white space can be cut without breaking the JSON.
        if (DEFAULT_TEXT.slice(cut).trim() !== '') expect(result.ok).toBe(false);
      }),
      runs,
    );
  });

  it('cut off at a random byte, splitting a letter', async () => {
    const bytes = new TextEncoder().encode(DEFAULT_TEXT);
    await fc.assert(
      fc.asyncProperty(fc.integer({ min: 0, max: bytes.length - 1 }), async (cut) => {
        const result = await loadJsonPack(bytes.slice(0, cut), readDefaultFile, env);
        expectSound(result);
      }),
      runs,
    );
  });
});
