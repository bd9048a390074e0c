import { describe, expect, it } from 'vitest';
import { currentView, historyLines, startSkit } from '../../../src/core/skit';
import { loadSkit } from '../../fixtures/skits';
import { ADVANCE, choose, play, step, vote } from './play';

const skit = loadSkit('job-offer');

describe('job-offer played through', () => {
  it('asking, doubting and talking to the Women’s Union leads to the safe ending', () => {
    let state = startSkit(skit);
    expect(state.nodeId).toBe('n-intro');
    state = play(skit, state, ADVANCE, ADVANCE);
    expect(state.nodeId).toBe('c-first');
    expect(state.background).toBe('phone');

    state = play(skit, state, choose(0));
    expect(state.consequence).toBe(0);
    expect(state.vars).toEqual({ caution: 1, toldFamily: false });

    state = play(skit, state, ADVANCE, ADVANCE);
    expect(state.nodeId).toBe('n-doubt');
    expect(state.vars).toEqual({ caution: 2, toldFamily: false });

    state = play(skit, state, ADVANCE);
    const talk = currentView(skit, state);
    expect(talk.kind === 'choice' && talk.visibleOptions.map((o) => o.index)).toEqual([0, 1, 2]);

    state = play(skit, state, vote(1, 6, 2));
    expect(state.nodeId).toBe('l-hoa');
    expect(state.background).toBe('union');
    expect(state.vars).toEqual({ caution: 3, toldFamily: true });

    const last = step(skit, play(skit, state, ADVANCE), ADVANCE);
    state = last.state;
    expect(state.ending).toBe('safe');
    expect(state.nodeId).toBe('end-safe');
    expect(last.events).toEqual([
      { type: 'node-entered', nodeId: 'end-safe', kind: 'ending' },
      { type: 'ending-reached', endingId: 'safe', kind: 'safe' },
    ]);
    expect(state.vars).toEqual({ caution: 3, toldFamily: true });
    expect(state.visits).toEqual({
      'n-intro': 1,
      'l-offer': 1,
      'c-first': 1,
      'l-ask': 1,
      'n-doubt': 1,
      'c-talk': 1,
      'l-hoa': 1,
      'j-decide': 1,
      'n-check': 1,
      'end-safe': 1,
    });
    expect(state.votes).toEqual([{ nodeId: 'c-talk', counts: [1, 6, 2], chosen: 1 }]);
    expect(state.trail).toHaveLength(9);
    expect(historyLines(skit, state).filter((l) => l.chosen !== null)).toEqual([
      { nodeId: 'c-first', kind: 'choice', chosen: 0, step: 2 },
      { nodeId: 'c-talk', kind: 'choice', chosen: 1, step: 6 },
    ]);
  });

  it('accepting at once and telling only the family leads to the at-risk ending', () => {
    let state = play(skit, startSkit(skit), ADVANCE, ADVANCE, choose(1));
    expect(state.nodeId).toBe('l-accept');
    expect(state.vars).toEqual({ caution: 0, toldFamily: false });

    state = play(skit, state, ADVANCE);
    const talk = currentView(skit, state);
    // Without caution the Women's Union option stays hidden.
    expect(talk.kind === 'choice' && talk.visibleOptions.map((o) => o.index)).toEqual([0, 2]);

    state = play(skit, state, choose(0));
    expect(state.nodeId).toBe('l-mother');
    expect(state.background).toBe('home');
    expect(state.vars).toEqual({ caution: 0, toldFamily: true });

    state = play(skit, state, ADVANCE);
    expect(state.nodeId).toBe('n-go-told');
    state = play(skit, state, ADVANCE);
    expect(state.ending).toBe('at-risk');
    expect(state.vars).toEqual({ caution: 0, toldFamily: true });
    expect(state.visits).toEqual({
      'n-intro': 1,
      'l-offer': 1,
      'c-first': 1,
      'l-accept': 1,
      'c-talk': 1,
      'l-mother': 1,
      'j-decide': 1,
      'n-go-told': 1,
      'end-at-risk': 1,
    });
    expect(state.votes).toEqual([]);
    expect(state.trail).toHaveLength(7);
    const view = currentView(skit, state);
    expect(view.kind === 'ending' && view.ending.title).toBe('Có người biết mình ở đâu');
  });

  it('has at least 12 nodes, 2 variables and 3 endings', () => {
    expect(skit.nodes.length).toBeGreaterThanOrEqual(12);
    expect(Object.keys(skit.variables)).toHaveLength(2);
    expect(skit.endings.map((e) => e.kind)).toEqual(['safe', 'at-risk', 'harmed']);
  });
});
