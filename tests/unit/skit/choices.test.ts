import { describe, expect, it } from 'vitest';
import { currentView, startSkit, visibleOptions, type ChoiceNode } from '../../../src/core/skit';
import { loadSkit } from '../../fixtures/skits';
import { ADVANCE, choose, expectRefused, play, step, vote } from './play';

const skit = loadSkit('choices');
const start = startSkit(skit);

describe('visible options', () => {
  it('hide options whose condition is false and keep pack indices', () => {
    const view = currentView(skit, start);
    expect(view.kind).toBe('choice');
    if (view.kind !== 'choice') return;
    expect(view.visibleOptions.map((o) => o.index)).toEqual([0, 2]);
    expect(view.node.id).toBe('c1');
  });

  it('follow the variables', () => {
    const node = skit.nodes[0] as ChoiceNode;
    const shown = visibleOptions(node, { vars: { brave: true, coins: 0 }, visits: {} });
    expect(shown.map((o) => o.index)).toEqual([0, 1]);
  });
});

describe('choose', () => {
  it('moves to the option’s next node and reports the choice', () => {
    const { state, events } = step(skit, start, choose(0));
    expect(state.nodeId).toBe('n2');
    expect(events).toEqual([
      { type: 'choice-made', nodeId: 'c1', option: 0, byVote: false },
      { type: 'node-entered', nodeId: 'n2', kind: 'narration' },
    ]);
    expect(state.trail).toHaveLength(1);
    expect(state.trail[0]).toMatchObject({ action: 'choose', option: 0, byVote: false });
    expect(state.votes).toEqual([]);
  });

  it('refuses a hidden option', () => {
    expectRefused(skit, start, choose(1), 'option-hidden');
  });

  it.each([-1, 3, 1.5, Number.NaN])('refuses option %d as out of range', (option) => {
    expectRefused(skit, start, choose(option), 'option-out-of-range');
  });

  it('is refused on a line or narration, and advance is refused on a choice', () => {
    const atNarration = play(skit, start, choose(0));
    expectRefused(skit, atNarration, choose(0), 'not-a-choice');
    expectRefused(skit, atNarration, vote(1), 'not-a-choice');
    expectRefused(skit, start, ADVANCE, 'awaiting-choice');
  });
});

describe('a consequence', () => {
  it('stops on the choice with the option’s effects applied', () => {
    const { state, events } = step(skit, start, choose(2));
    expect(state.nodeId).toBe('c1');
    expect(state.consequence).toBe(2);
    expect(state.vars).toEqual({ brave: true, coins: 0 });
    expect(state.visits).toEqual({ c1: 1 });
    expect(events).toEqual([
      { type: 'choice-made', nodeId: 'c1', option: 2, byVote: false },
      { type: 'consequence-shown', nodeId: 'c1', option: 2 },
    ]);
    const view = currentView(skit, state);
    expect(view.kind).toBe('consequence');
    if (view.kind === 'consequence')
      expect(view.chosen.option.consequence).toBe('Bạn đã trả một đồng.');
  });

  it('waits for advance, then goes on to the option’s next node', () => {
    const showing = play(skit, start, choose(2));
    expectRefused(skit, showing, choose(0), 'awaiting-advance');
    expectRefused(skit, showing, vote(1, 0, 0), 'awaiting-advance');
    const { state, events } = step(skit, showing, ADVANCE);
    expect(state.nodeId).toBe('c1');
    expect(state.consequence).toBeNull();
    expect(state.visits).toEqual({ c1: 2 });
    expect(events).toEqual([{ type: 'node-entered', nodeId: 'c1', kind: 'choice' }]);
    const view = currentView(skit, state);
    if (view.kind !== 'choice') throw new Error('expected a choice');
    expect(view.visibleOptions.map((o) => o.index)).toEqual([0, 1]);
  });

  it('leaves the option that was hidden open to choose', () => {
    const state = play(skit, start, choose(2), ADVANCE, choose(1));
    expect(state.nodeId).toBe('e');
    expect(state.ending).toBe('end');
  });
});
