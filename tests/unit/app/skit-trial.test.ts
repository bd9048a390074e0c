import { describe, expect, it } from 'vitest';
import { SkitTrial } from '../../../src/shell/skit-trial';
import { STORE_KEY } from '../../../src/shared/keys';
import { loadJsonPack } from '../../../src/content/load';
import type { Pack } from '../../../src/content/pack-types';
import type { Services } from '../../../src/shared/services';
import { diskEnv } from '../../../scripts/lib/pack-disk';

/** A pack whose skit is a narration and an ending. */
async function skitPack(): Promise<Pack> {
  const json = {
    format: 1,
    id: 'thu',
    version: '1',
    title: 'Thử',
    language: 'vi',
    skit: {
      id: 'thu',
      title: 'Thử',
      start: 'mo-dau',
      characters: [{ id: 'lan', name: 'Lan', color: '#1a73e8', portraits: {} }],
      nodes: [
        { type: 'narration', id: 'mo-dau', text: 'Lan nhận tin nhắn.', next: 'hoi' },
        { type: 'narration', id: 'hoi', text: 'Lan hỏi mẹ.', next: 'het' },
        { type: 'ending', id: 'het', ending: 'an-toan' },
      ],
      endings: [
        {
          id: 'an-toan',
          title: 'Hỏi trước',
          kind: 'safe',
          summary: 'Gọi 111 khi cần.',
          debrief: ['Em sẽ hỏi ai?'],
          help: [{ name: 'Tổng đài 111', phone: '111', description: 'Miễn phí, 24/7.' }],
        },
      ],
    },
  };
  const bytes = new TextEncoder().encode(JSON.stringify(json));
  const result = await loadJsonPack(bytes, () => Promise.resolve(null), diskEnv());
  if (!result.ok) throw new Error(result.problems.map((p) => p.en).join('; '));
  return result.pack;
}

function services(
  pack: Pack | null,
): Pick<Services, 'pack' | 'packSummary' | 'packLoaded' | 'store'> {
  const map = new Map<string, string>([[STORE_KEY.skitSession, 'the player’s own skit']]);
  const store = {
    get: (key: string) => map.get(key) ?? null,
    set: (key: string, value: string) => (map.set(key, value), true),
    remove: (key: string) => {
      map.delete(key);
    },
  };
  return { pack, packSummary: null, packLoaded: Promise.resolve(), store };
}

describe('play from here', () => {
  it('opens the skit scene with the draft’s pack starting at the node, then puts everything back', async () => {
    const inPlay = await skitPack();
    const draft = await skitPack();
    const node = 'hoi';
    const s = services(inPlay);
    const opened: string[] = [];
    let back = 0;
    const trial = new SkitTrial(s, (key) => {
      opened.push(key);
      // The scene writes its own saved skit as it plays.
      s.store.set(STORE_KEY.skitSession, 'the trial');
      return Promise.resolve();
    });
    trial.play(draft, node, () => {
      back++;
    });
    expect(opened).toEqual(['skit']);
    expect(s.pack?.skit?.start).toBe(node);
    expect(back).toBe(0);
    trial.menuShown();
    expect(back).toBe(1);
    expect(s.pack).toBe(inPlay);
    expect(s.store.get(STORE_KEY.skitSession)).toBe('the player’s own skit');
    // The menu shown again later is not a trial ending.
    trial.menuShown();
    expect(back).toBe(1);
  });
});
