import { describe, expect, it } from 'vitest';
import { draftFromPack } from '../../../src/editor/draft-copy';
import { exportDraft } from '../../../src/editor/draft-check';
import { diskEnv, loadPackFile } from '../../../scripts/lib/pack-disk';
import { content } from './pack-arb';

const env = diskEnv();
const readBytes = (file: { kind: string; bytes?: Uint8Array }) =>
  Promise.resolve(file.kind === 'bytes' && file.bytes ? file.bytes : null);

describe('a copy of a kept pack', () => {
  it('carries the default pack whole: skit, pictures, key picture and every pack field', async () => {
    const loaded = await loadPackFile('assets/packs/default/pack.json', env);
    if (!loaded.ok) throw new Error(JSON.stringify(loaded.problems));
    const pack = loaded.pack;
    const draft = await draftFromPack(pack, readBytes);
    expect(draft.skit?.nodes.map((n) => n.kind)).toContain('jump');
    expect(Object.keys(draft.skit?.backgrounds ?? {})).toContain('home');
    const out = await exportDraft(draft, 'zip', env);
    if (!out.ok) throw new Error(JSON.stringify(out.problems.slice(0, 5)));
    expect(out.result.pack.skit).toEqual(pack.skit);
    expect(pack.keyPicture).not.toBeNull();
    // The same pack but for its id (its pictures are bundled files here, bytes in the copy).
    expect({ ...content(out.result.pack), files: [] }).toEqual({ ...content(pack), files: [] });
    // Every picture the skit names travels in the copy's .zip.
    const skit = pack.skit;
    const named = skit
      ? [
          ...skit.characters.flatMap((c) => Object.values(c.portraits)),
          ...Object.values(skit.backgrounds),
        ]
      : [];
    expect(named.length).toBeGreaterThan(10);
    for (const path of named) expect(out.result.pack.files.has(path)).toBe(true);
  });
});
