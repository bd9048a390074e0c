import { describe, expect, it } from 'vitest';
import { currentView, startSkit } from '../../../src/core/skit';
import { loadSkit } from '../../fixtures/skits';
import { ADVANCE, BACK, choose, expectRefused, play, rewind, step, vote } from './play';

const skit = loadSkit('endings');
const start = startSkit(skit);

describe('reaching an ending', () => {
  it.each([
    [0, 'safe', 'e-safe'],
    [1, 'at-risk', 'e-risk'],
    [2, 'harmed', 'e-harmed'],
  ] as const)('option %d reaches the %s ending', (option, kind, nodeId) => {
    const { state, events } = step(skit, start, choose(option));
    expect(state.ending).toBe(kind);
    expect(state.nodeId).toBe(nodeId);
    expect(events.slice(1)).toEqual([
      { type: 'node-entered', nodeId, kind: 'ending' },
      { type: 'ending-reached', endingId: kind, kind },
    ]);
    const view = currentView(skit, state);
    expect(view.kind).toBe('ending');
    if (view.kind === 'ending') expect(view.ending.kind).toBe(kind);
  });
});

describe('after the ending', () => {
  const ended = play(skit, start, choose(1));

  it('refuses advance, choose and vote', () => {
    expectRefused(skit, ended, ADVANCE, 'skit-ended');
    expectRefused(skit, ended, choose(0), 'skit-ended');
    expectRefused(skit, ended, vote(1, 0, 0), 'skit-ended');
  });

  it('still accepts back and rewind', () => {
    expect(play(skit, ended, BACK)).toEqual(start);
    expect(play(skit, ended, rewind(0))).toEqual(start);
  });
});
