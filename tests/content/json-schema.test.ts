import { readdirSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { csvToPackJson } from '../../src/content/csv';
import {
  buildPackJsonSchema,
  PACK_JSON_SCHEMA_PATH,
  packJsonSchemaText,
  withoutIgnoreCase,
} from '../../scripts/lib/pack-json-schema';
import { REPO_ROOT } from '../../scripts/lib/pack-disk';
import { schemaErrors } from './mini-json-schema';

const read = (path: string): string => readFileSync(resolve(REPO_ROOT, path), 'utf8');
const schema = buildPackJsonSchema() as Record<string, unknown>;

describe('the committed JSON Schema', () => {
  it('is what `npm run schema` generates from PackSchema (run npm run schema when this fails)', () => {
    expect(
      read(PACK_JSON_SCHEMA_PATH),
      'schema/pack.schema.json is stale: run npm run schema',
    ).toBe(packJsonSchemaText());
  });

  it('is draft-07 with a title and a description', () => {
    expect(schema.$schema).toBe('http://json-schema.org/draft-07/schema#');
    expect(schema.title).toEqual(expect.any(String));
    expect(schema.description).toEqual(expect.stringContaining('docs/packs.md'));
  });

  it('describes the recursive condition by reference to itself', () => {
    const defs = schema.$defs as Record<string, unknown>;
    const text = JSON.stringify(defs.condition);
    expect(text).toContain('"$ref":"#/$defs/condition"');
  });

  it('is the file every pack names in "$schema"', () => {
    for (const path of ['assets/packs/default/pack.json', 'assets/packs/example/pack.json']) {
      const pack = JSON.parse(read(path)) as { $schema?: string };
      expect(pack.$schema).toBe('../../../schema/pack.schema.json');
      expect(resolve(REPO_ROOT, path, '..', pack.$schema ?? '')).toBe(
        resolve(REPO_ROOT, PACK_JSON_SCHEMA_PATH),
      );
    }
  });
});

describe('what editors see', () => {
  it.each(['assets/packs/default/pack.json', 'assets/packs/example/pack.json'])(
    'accepts %s',
    (path) => {
      const pack = JSON.parse(read(path)) as Record<string, unknown>;
      expect(Object.keys(pack).every((key) => key in (schema.properties as object))).toBe(true);
      expect(schemaErrors(schema, pack)).toEqual([]);
    },
  );

  it('accepts the pack made from the example CSV', () => {
    const converted = csvToPackJson(read('docs/examples/cau-hoi.csv'), { id: 'cau-hoi' });
    expect(converted.ok).toBe(true);
    if (converted.ok) expect(schemaErrors(schema, converted.pack)).toEqual([]);
  });

  it('flags what the game refuses in shape', () => {
    const pack = JSON.parse(read('assets/packs/example/pack.json')) as Record<string, unknown>;
    expect(schemaErrors(schema, { ...pack, colour: 'red' })).not.toEqual([]);
    expect(schemaErrors(schema, { ...pack, title: {} })).not.toEqual([]);
    expect(schemaErrors(schema, { ...pack, id: 'Gói ví dụ' })).not.toEqual([]);
    const picture = (file: string): unknown => ({
      ...pack,
      quiz: {
        questions: [{ id: 'a', picture: { file }, answer: 'a', difficulty: 1, category: 'c' }],
      },
    });
    expect(schemaErrors(schema, picture('pictures/a.png'))).toEqual([]);
    for (const file of [
      'HTTPS://evil.example/x.png',
      'data:image/png;base64,AA',
      '../x.png',
      '/x.png',
    ]) {
      expect(schemaErrors(schema, picture(file)), file).not.toEqual([]);
    }
  });
});

describe('withoutIgnoreCase', () => {
  it('gives letters both cases and leaves escapes alone', () => {
    expect(withoutIgnoreCase('^[a-z][a-z0-9+.-]*:\\d')).toBe('^[a-zA-Z][a-zA-Z0-9+.-]*:\\d');
    expect(withoutIgnoreCase('ab')).toBe('[aA][bB]');
  });
});

describe('the authoring guide', () => {
  it('names every field of the schema', () => {
    const guide = read('docs/packs.md');
    const names = new Set<string>();
    const collect = (node: unknown): void => {
      if (Array.isArray(node)) node.forEach(collect);
      else if (typeof node === 'object' && node !== null) {
        for (const [key, child] of Object.entries(node)) {
          if (key === 'properties') Object.keys(child as object).forEach((name) => names.add(name));
          collect(child);
        }
      }
    };
    collect(schema);
    const missing = [...names].filter((name) => !guide.includes(`\`${name}\``));
    expect(missing).toEqual([]);
  });

  it('explains every problem code the content loaders give', () => {
    const guide = read('docs/packs.md');
    const codes = new Set<string>();
    const patterns = [
      /(?:packError|packWarning|\berr|\bwarn)\(\s*'([a-z0-9-]+)'/g,
      /code: '([a-z0-9-]+)'/g,
      /\? '([a-z0-9]+-[a-z0-9-]+)' : '([a-z0-9]+-[a-z0-9-]+)'/g,
      /'((?:json|rebus|zip|csv)-[a-z0-9-]+)'/g,
    ];
    for (const file of readdirSync(resolve(REPO_ROOT, 'src/content')).filter((f) =>
      f.endsWith('.ts'),
    )) {
      const source = read(`src/content/${file}`);
      for (const pattern of patterns) {
        for (const match of source.matchAll(pattern))
          match.slice(1).forEach((code) => codes.add(code));
      }
    }
    expect(codes.size).toBeGreaterThan(60);
    expect(
      [...codes].filter(
        (code) => !guide.includes(`| \`${code}\``) && !guide.includes(`, \`${code}\``),
      ),
    ).toEqual([]);
  });
});
