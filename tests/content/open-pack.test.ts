import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { openPackFile } from '../../src/content/open-pack';
import { diskEnv } from '../../scripts/lib/pack-disk';

const env = diskEnv();
const BOTH_ZIP = readFileSync(resolve(import.meta.dirname, 'fixtures', 'zip', 'both.zip'));
const nothing = (): Promise<null> => Promise.resolve(null);

async function codes(bytes: Uint8Array, name: string): Promise<string[]> {
  const result = await openPackFile(bytes, name, nothing, env);
  return result.ok ? ['ok'] : result.problems.map((p) => p.code);
}

describe('a zip is told as a zip, whatever is wrong with it', () => {
  it('an empty .zip, or text named .zip, is "not a zip or damaged", not a JSON problem', async () => {
    expect(await codes(new Uint8Array(0), 'goi.zip')).toEqual(['zip-corrupt']);
    expect(await codes(new TextEncoder().encode('{"a": 1}'), 'goi.ZIP')).toEqual(['zip-corrupt']);
  });

  it('a zip with bytes before it (named anything) opens as the zip, not as "not UTF-8"', async () => {
    const prefixed = new Uint8Array([0xff, 0xfe, 1, 2, ...BOTH_ZIP]);
    expect(await codes(prefixed, 'goi.zip')).toEqual(['ok']);
    expect(await codes(prefixed, 'goi.json')).toEqual(['ok']);
  });
});
