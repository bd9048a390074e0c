import { describe, expect, it } from 'vitest';
import type { Pack } from '../../../src/content/pack-types';
import { pickTitleArt } from '../../../src/menu/title-art';
import { diskEnv, loadPackFile, REPO_ROOT } from '../../../scripts/lib/pack-disk';

async function load(file: string): Promise<Pack> {
  const result = await loadPackFile(file, diskEnv());
  if (!result.ok) throw new Error(`${file}: ${JSON.stringify(result.problems)}`);
  return result.pack;
}

describe("the pack's art on the title screen", () => {
  it("takes the default pack's first three drawn question pictures, never the key picture", async () => {
    const pack = await load(`${REPO_ROOT}/assets/packs/default/pack.json`);
    const art = pickTitleArt(pack);
    expect(art).toEqual([
      { kind: 'file', path: 'pictures/lua-dao.svg' },
      { kind: 'file', path: 'pictures/chia-se.svg' },
      { kind: 'file', path: 'pictures/can-cuoc.svg' },
    ]);
    for (const a of art) if (a.kind === 'file') expect(pack.files.has(a.path)).toBe(true);
  });

  it('fills up with rebuses, then the skit characters’ faces', async () => {
    const pack = await load(`${REPO_ROOT}/assets/packs/default/pack.json`);
    const art = pickTitleArt(pack, 10);
    expect(art.slice(0, 8).every((a) => a.kind === 'file')).toBe(true);
    expect(art.slice(8).map((a) => a.kind)).toEqual(['rebus', 'rebus']);
    expect(art.some((a) => a.kind === 'file' && a.path.includes('key-'))).toBe(false);
    const skitOnly: Pack = { ...pack, quiz: null };
    const faces = pickTitleArt(skitOnly);
    expect(faces).toHaveLength(3);
    for (const a of faces) expect(a.kind === 'file' && a.path.startsWith('portraits/')).toBe(true);
  });
});
