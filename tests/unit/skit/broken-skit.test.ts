import { describe, expect, it } from 'vitest';
import {
  currentView,
  replaySkit,
  skitReducer,
  startSkit,
  type SkitAction,
  type SkitState,
} from '../../../src/core/skit';
import type { Skit } from '../../../src/core/types';
import { loadSkit } from '../../fixtures/skits';
import { ADVANCE, choose, expectRefused, play } from './play';

const skit = loadSkit('broken');
const start = startSkit(skit);

describe('a skit that failed validation', () => {
  it('refuses a step to a missing node', () => {
    expectRefused(skit, start, choose(0), 'broken-skit');
    expectRefused(skit, play(skit, start, choose(2)), ADVANCE, 'broken-skit');
  });

  it('names the missing node in the refusal', () => {
    const result = skitReducer(skit, start, choose(0));
    expect(!result.ok && result.refusal.detail).toBe('node "nowhere" does not exist');
  });

  it('refuses a step to an ending that is not in the skit', () => {
    const result = skitReducer(skit, start, choose(1));
    expect(!result.ok && result.refusal.detail).toMatch(/ending "ghost"/);
  });

  it('refuses to advance past a consequence to a missing node', () => {
    const showing = play(skit, start, choose(3));
    expectRefused(skit, showing, ADVANCE, 'broken-skit');
  });

  it('makes startSkit throw when the start node is missing', () => {
    expect(() => startSkit({ ...skit, start: 'nowhere' })).toThrow(/cannot start/);
  });
});

describe('a state that does not fit the skit', () => {
  it('refuses advance from a node the skit lacks', () => {
    const stray: SkitState = { ...start, nodeId: 'elsewhere' };
    expectRefused(skit, stray, ADVANCE, 'broken-skit');
  });

  it('refuses advance from a jump or a missing consequence option', () => {
    const jumps = loadSkit('jumps');
    expectRefused(jumps, { ...startSkit(jumps), nodeId: 'j-loop' }, ADVANCE, 'broken-skit');
    expectRefused(skit, { ...start, consequence: 9 }, ADVANCE, 'broken-skit');
  });

  it('refuses advance on an ending node even if the ending field was lost', () => {
    const endings = loadSkit('endings');
    const ended = play(endings, startSkit(endings), choose(0));
    expectRefused(endings, { ...ended, ending: null }, ADVANCE, 'skit-ended');
  });
});

describe('replaySkit', () => {
  it('folds actions from the start and skips refused ones', () => {
    const replayed = replaySkit(skit, [choose(0), choose(2)]);
    expect(replayed).toEqual(play(skit, start, choose(2)));
  });
});

describe('data outside the types', () => {
  // Only a bug can bring these in: packs are validated and actions are typed.
  const odd = { type: 'video', id: 'v' } as unknown as Skit['nodes'][number];
  const withOdd: Skit = { ...loadSkit('linear'), nodes: [...loadSkit('linear').nodes, odd] };

  it('throws on an unknown node type', () => {
    expect(() => startSkit({ ...withOdd, start: 'v' })).toThrow(/Unhandled case/);
    const stray: SkitState = { ...startSkit(withOdd), nodeId: 'v' };
    expect(() => skitReducer(withOdd, stray, ADVANCE)).toThrow(/Unhandled case/);
    expect(() => currentView(withOdd, stray)).toThrow(/Unhandled case/);
  });

  it('throws on an unknown action type', () => {
    const dance = { type: 'dance' } as unknown as SkitAction;
    expect(() => skitReducer(skit, start, dance)).toThrow(/Unhandled case/);
  });
});
