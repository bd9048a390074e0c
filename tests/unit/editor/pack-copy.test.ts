import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { loadZipPack } from '../../../src/content/load';
import type { Pack, PackFile } from '../../../src/content/pack-types';
import { draftFromPack } from '../../../src/editor/draft-copy';
import type { Draft } from '../../../src/editor/draft';
import { exportDraft } from '../../../src/editor/draft-check';
import { diskEnv } from '../../../scripts/lib/pack-disk';
import { content, packArb, packZip } from './pack-arb';

const env = diskEnv();
const readBytes = (file: PackFile) => Promise.resolve(file.kind === 'bytes' ? file.bytes : null);

const withoutId = (draft: Draft) => ({ ...draft, id: '' });

async function copyOf(pack: Pack): Promise<{ draft: Draft; pack: Pack }> {
  const draft = await draftFromPack(pack, readBytes);
  const out = await exportDraft(draft, 'zip', env);
  if (!out.ok) throw new Error(JSON.stringify(out.problems.slice(0, 3)));
  return { draft, pack: out.result.pack };
}

describe('a copy of any pack keeps the whole pack', () => {
  it('import → export → import gives the same pack and the same draft (property)', async () => {
    await fc.assert(
      fc.asyncProperty(packArb, async (pack) => {
        const loaded = await loadZipPack(packZip(pack), env);
        // The generator makes valid packs only: a refused one is a fault of the generator.
        if (!loaded.ok) throw new Error(JSON.stringify(loaded.problems.slice(0, 3)));
        const first = await copyOf(loaded.pack);
        expect(first.pack.id).toBe(`${loaded.pack.id}-ban-sao`);
        expect(content(first.pack)).toEqual(content(loaded.pack));
        const second = await copyOf(first.pack);
        expect(withoutId(second.draft)).toEqual(withoutId(first.draft));
      }),
      { numRuns: 150 },
    );
  });
});
