import { describe, expect, it } from 'vitest';
import { currentView, historyLines, startSkit } from '../../../src/core/skit';
import { loadSkit } from '../../fixtures/skits';
import { ADVANCE, BACK, choose, play, step } from './play';

describe('currentView', () => {
  const skit = loadSkit('linear');

  it('shows lines and narration with the node to render', () => {
    const start = startSkit(skit);
    expect(currentView(skit, start)).toEqual({
      kind: 'narration',
      node: skit.nodes[0],
      background: 'room',
    });
    expect(currentView(skit, play(skit, start, ADVANCE))).toEqual({
      kind: 'line',
      node: skit.nodes[1],
      background: 'room',
    });
  });

  it('carries the last background set forward and reports changes', () => {
    const start = startSkit(skit);
    expect(start.background).toBe('room');
    const atL2 = step(skit, start, ADVANCE);
    expect(atL2.events).toEqual([{ type: 'node-entered', nodeId: 'l2', kind: 'line' }]);
    const atL3 = step(skit, atL2.state, ADVANCE);
    expect(atL3.events[0]).toEqual({ type: 'background-changed', background: 'street' });
    const atEnd = play(skit, atL3.state, ADVANCE);
    expect(currentView(skit, atEnd).background).toBe('street');
    expect(play(skit, atEnd, BACK, BACK).background).toBe('room');
  });

  it('has no background before a node sets one', () => {
    const skitWithout = loadSkit('votes');
    expect(currentView(skitWithout, startSkit(skitWithout)).background).toBeNull();
  });

  it('throws for a state of another skit', () => {
    const other = startSkit(loadSkit('votes'));
    expect(() => currentView(skit, other)).toThrow(/no resting node "c1"/);
    expect(() => currentView(skit, { ...startSkit(skit), nodeId: 'missing' })).toThrow();
  });

  it('throws for a consequence or ending the skit does not have', () => {
    const choices = loadSkit('choices');
    const bad = { ...startSkit(choices), consequence: 7 };
    expect(() => currentView(choices, bad)).toThrow(/no option 7/);
    const endings = loadSkit('endings');
    const noEndings = { ...endings, endings: [] };
    const ended = play(endings, startSkit(endings), choose(0));
    expect(() => currentView(noEndings, ended)).toThrow(/no ending "safe"/);
  });
});

describe('historyLines', () => {
  const skit = loadSkit('job-offer');

  it('lists the nodes shown so far with the choices made and where to rewind', () => {
    const state = play(skit, startSkit(skit), ADVANCE, ADVANCE, choose(0), ADVANCE, ADVANCE);
    expect(historyLines(skit, state)).toEqual([
      { nodeId: 'n-intro', kind: 'narration', chosen: null, step: 0 },
      { nodeId: 'l-offer', kind: 'line', chosen: null, step: 1 },
      { nodeId: 'c-first', kind: 'choice', chosen: 0, step: 2 },
      { nodeId: 'l-ask', kind: 'line', chosen: null, step: 4 },
      { nodeId: 'n-doubt', kind: 'narration', chosen: null, step: null },
    ]);
  });

  it('counts a showing consequence as part of its choice', () => {
    const state = play(skit, startSkit(skit), ADVANCE, ADVANCE, choose(0));
    expect(historyLines(skit, state).at(-1)).toEqual({
      nodeId: 'c-first',
      kind: 'choice',
      chosen: 0,
      step: 2,
    });
  });

  it('ends with the ending once reached', () => {
    const state = play(skit, startSkit(skit), ADVANCE, ADVANCE, choose(1), ADVANCE, choose(2));
    const lines = historyLines(skit, state);
    expect(lines.map((l) => l.nodeId)).toEqual([
      'n-intro',
      'l-offer',
      'c-first',
      'l-accept',
      'c-talk',
      'n-go-alone',
    ]);
    const ended = play(skit, state, ADVANCE);
    expect(historyLines(skit, ended).at(-1)).toEqual({
      nodeId: 'end-harmed',
      kind: 'ending',
      chosen: null,
      step: null,
    });
  });
});
