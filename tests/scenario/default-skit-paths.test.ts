import { resolve } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { currentView, skitReducer, startSkit, type SkitState } from '../../src/core/skit';
import type { Skit, SkitOption } from '../../src/core/types';
import { diskEnv, loadPackFile, REPO_ROOT } from '../../scripts/lib/pack-disk';

/**
 * Plays every path of the default pack's skit with the real runtime and checks two rules of the
 * content (issue 19):
 * - While the danger is present (the skit's `danger` variable is true), every choice offers a
 *   way to ask for help: an option that sets `askedForHelp` and names who is asked (111, 113,
 *   the police, the Women's Union, a parent, a friend).
 * - A line that looks back on the path ("recap") says only what was done on that path. Each
 *   such line is listed in CLAIMS with what it claims; every line whose id starts with "tom-"
 *   (tóm tắt) must be listed, and when a path shows one, its claim must hold on that path.
 */

/** What a recap line claims: an option chosen on the path (any of these), or a node passed. */
type Claim = { readonly chose: readonly string[] } | { readonly visited: string };

const CLAIMS: Readonly<Record<string, Claim>> = {
  // Lan's story: what Chị Thu, Hoa and Mum bring up.
  'cafe-ke-1': { visited: 'hoi-1' },
  'me-2': { visited: 'dem-8' },
  'thu-hop-dong': { visited: 'hoi-1' },
  'thu-bi-mat': { visited: 'bi-mat-1' },
  'thu-can-cuoc': { visited: 'dem-5' },
  'thu-ung-tien': { visited: 'dem-6' },
  'phuong-id-1': { chose: ['chon-4/1'] },
  'phuong-no-1': { chose: ['chon-5/1'] },
  'goi-111-tien': { chose: ['chon-5/1'] },
  'ben-xe-hoa': { chose: ['chon-3/0'] },
  'di-no-1': { chose: ['chon-5/1'] },
  'di-8': { chose: ['chon-3/0'] },
  // Lan's story: looking back before the ending.
  'tom-lan-hoi': { chose: ['chon-1/0'] },
  'tom-lan-hoa': { chose: ['chon-3/0'] },
  'tom-lan-me': {
    chose: ['chon-1/1', 'chon-2/1', 'chon-4/0', 'chon-5/0', 'chon-6/0', 'chon-9/0', 'chon-10/1'],
  },
  'tom-lan-111': { chose: ['chon-6/1', 'chon-7/0', 'chon-9/1', 'chon-10/0'] },
  'tom-lan-gui-anh': { chose: ['chon-4/1'] },
  'tom-lan-giu-can-cuoc': { chose: ['chon-4/2'] },
  'tom-lan-nhan-tien': { chose: ['chon-5/1'] },
  'tom-lan-khong-nhan': { chose: ['chon-5/2'] },
  'tom-lan-trinh-bao': { chose: ['chon-8/0'] },
  'tom-lan-bao-ban': { chose: ['chon-8/1'] },
  // Minh's story.
  'minh-111-giay': { chose: ['chon-m2/2'] },
  'minh-di-no-1': { chose: ['chon-m2/2'] },
  'tom-minh-hoi': { chose: ['chon-m1/0'] },
  'tom-minh-bo-me': { chose: ['chon-m1/1', 'chon-m2/0', 'chon-m3/1', 'chon-m5/0', 'chon-m6/1'] },
  'tom-minh-111': { chose: ['chon-m3/0', 'chon-m4/0', 'chon-m5/1', 'chon-m6/0'] },
  'tom-minh-giu': { chose: ['chon-m2/1'] },
  'tom-minh-dua': { chose: ['chon-m2/2'] },
  'tom-minh-trinh-bao': { chose: ['chon-m7/0'] },
  'tom-minh-bao-ban': { chose: ['chon-m7/1'] },
};

/** Who can be asked for help, as an option names them. */
const HELP_WORDS = /(?<!\p{L})(111|113|Hội Phụ nữ|công an|mẹ|bố|người nhà|Hoa|chị Thu)(?!\p{L})/iu;

interface PlayedPath {
  readonly ending: string;
  /** "choiceId/optionIndex" for every choice made, in order. */
  readonly chosen: readonly string[];
  readonly visits: SkitState['visits'];
}

interface Walk {
  readonly paths: PlayedPath[];
  /** Choices met while the danger was present, with the path so far, that offered no help. */
  readonly unhelped: string[];
  /** How many choices were met while the danger was present. */
  dangerousChoices: number;
  /** Resting node id → the backgrounds it was shown over, on any path. */
  readonly scenery: Map<string, Set<string | null>>;
}

function viText(option: SkitOption): string {
  const { text } = option;
  return typeof text === 'string' ? text : (text.vi ?? '');
}

function asksForHelp(option: SkitOption): boolean {
  const marked = (option.effects ?? []).some(
    (e) => 'set' in e && e.set === 'askedForHelp' && e.value === true,
  );
  return marked && HELP_WORDS.test(viText(option));
}

function step(skit: Skit, state: SkitState, action: Parameters<typeof skitReducer>[2]): SkitState {
  const result = skitReducer(skit, state, action);
  if (!result.ok) throw new Error(`refused at ${state.nodeId}: ${JSON.stringify(result.refusal)}`);
  return result.state;
}

/** Every path from `state`, depth first; the skit has no loops, so this ends. */
function walk(skit: Skit, state: SkitState, chosen: string[], out: Walk): void {
  const view = currentView(skit, state);
  const seen = out.scenery.get(state.nodeId) ?? new Set<string | null>();
  out.scenery.set(state.nodeId, seen.add(view.background));
  switch (view.kind) {
    case 'ending':
      out.paths.push({ ending: view.ending.id, chosen, visits: state.visits });
      return;
    case 'choice': {
      if (state.vars['danger'] === true) {
        out.dangerousChoices += 1;
        if (!view.visibleOptions.some(({ option }) => asksForHelp(option))) {
          out.unhelped.push(`${view.node.id} after ${chosen.join(' ') || 'the start'}`);
        }
      }
      for (const { index } of view.visibleOptions) {
        const next = step(skit, state, { type: 'choose', option: index });
        walk(skit, next, [...chosen, `${view.node.id}/${String(index)}`], out);
      }
      return;
    }
    case 'line':
    case 'narration':
    case 'consequence':
      walk(skit, step(skit, state, { type: 'advance' }), chosen, out);
      return;
  }
}

function claimHolds(claim: Claim, path: PlayedPath): boolean {
  if ('visited' in claim) return (path.visits[claim.visited] ?? 0) > 0;
  return claim.chose.some((c) => path.chosen.includes(c));
}

describe('every path of the default skit', () => {
  let skit: Skit;
  const walked: Walk = { paths: [], unhelped: [], dangerousChoices: 0, scenery: new Map() };

  beforeAll(async () => {
    const result = await loadPackFile(
      resolve(REPO_ROOT, 'assets/packs/default/pack.json'),
      diskEnv(),
    );
    if (!result.ok) throw new Error(result.problems.map((p) => p.en).join('\n'));
    if (result.pack.skit === null) throw new Error('the default pack has no skit');
    skit = result.pack.skit;
    walk(skit, startSkit(skit), [], walked);
  });

  it('reaches every ending, on many paths', () => {
    const reached = new Set(walked.paths.map((p) => p.ending));
    expect([...reached].sort()).toEqual(skit.endings.map((e) => e.id).sort());
    expect(walked.paths.length).toBeGreaterThan(20);
  });

  it('follows a young woman or a young man, each to a safe, an at-risk and a harmed ending', () => {
    const kindsVia = (firstChoice: string): Set<string> =>
      new Set(
        walked.paths
          .filter((p) => p.chosen[0] === firstChoice)
          .map((p) => skit.endings.find((e) => e.id === p.ending)?.kind ?? ''),
      );
    const all = new Set(['safe', 'at-risk', 'harmed']);
    expect(kindsVia('chon-truyen/0')).toEqual(all);
    expect(kindsVia('chon-truyen/1')).toEqual(all);
    expect(skit.endings.length).toBeGreaterThanOrEqual(5);
  });

  it('offers a way to ask for help at every choice where the danger is present', () => {
    expect(walked.dangerousChoices).toBeGreaterThan(50);
    expect(walked.unhelped).toEqual([]);
  });

  it('lists the claim of every recap line, and of no line the skit lacks', () => {
    const ids = new Set(skit.nodes.map((n) => n.id));
    const recapLines = skit.nodes.filter((n) => n.id.startsWith('tom-') && n.type !== 'jump');
    expect(recapLines.length).toBeGreaterThan(5);
    expect(recapLines.map((n) => n.id).filter((id) => !(id in CLAIMS))).toEqual([]);
    expect(Object.keys(CLAIMS).filter((id) => !ids.has(id))).toEqual([]);
  });

  it('recaps, on each path, only what was done on that path', () => {
    const untrue: string[] = [];
    for (const path of walked.paths) {
      for (const [nodeId, claim] of Object.entries(CLAIMS)) {
        if ((path.visits[nodeId] ?? 0) > 0 && !claimHolds(claim, path)) {
          untrue.push(`${nodeId} on ${path.chosen.join(' ')} → ${path.ending}`);
        }
      }
    }
    expect(untrue).toEqual([]);
  });

  it('recaps what was done: a path that chose an option claimed by a recap line shows it', () => {
    // The converse check: a recap line is not hidden on a path where its claim holds.
    const missing: string[] = [];
    for (const path of walked.paths) {
      for (const [nodeId, claim] of Object.entries(CLAIMS)) {
        if (!nodeId.startsWith('tom-') || !claimHolds(claim, path)) continue;
        if ((path.visits[nodeId] ?? 0) === 0) missing.push(`${nodeId} on ${path.chosen.join(' ')}`);
      }
    }
    expect(missing).toEqual([]);
  });

  it('stages the scenes where they happen', () => {
    const shownOver = (prefix: string): string[] =>
      [...walked.scenery]
        .filter(([nodeId]) => nodeId.startsWith(prefix))
        .flatMap(([, backgrounds]) => [...backgrounds].map(String));
    // Lan's work and the room she sleeps in, never her home or her bedroom.
    expect(new Set(shownOver('di-'))).toEqual(new Set(['workplace', 'dormitory']));
    expect(new Set(shownOver('ben-xe-'))).toEqual(new Set(['bus-station']));
    // Minh's quay, and the room where the crew sleep when the boat is in port.
    expect(new Set(shownOver('minh-tau-'))).toEqual(new Set(['harbour']));
    expect(new Set(shownOver('minh-di-'))).toEqual(new Set(['dormitory']));
  });

  it('shows Tuấn only through his messages on a phone, never standing in a scene', () => {
    const tuan = skit.characters.filter((c) => {
      const name = typeof c.name === 'string' ? c.name : (c.name.vi ?? '');
      return name.startsWith('Tuấn');
    });
    expect(tuan.map((c) => c.id)).toEqual(['tuan-nhan']);
    for (const file of Object.values(tuan[0]?.portraits ?? {})) {
      expect(file).toMatch(/^portraits\/tuan-nhan-/);
    }
  });
});
