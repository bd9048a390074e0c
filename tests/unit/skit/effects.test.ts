import { describe, expect, it } from 'vitest';
import { applyEffects, startSkit } from '../../../src/core/skit';
import { loadSkit } from '../../fixtures/skits';
import { ADVANCE, choose, play, step } from './play';

const skit = loadSkit('effects');

describe('effects of a node', () => {
  it('apply in order when the node is entered, the start node included', () => {
    expect(startSkit(skit).vars).toEqual({ score: 2, name: 'binh', done: true, big: 1e308 });
  });

  it('skip what cannot apply, report it, and apply the rest', () => {
    const { state, events } = step(skit, startSkit(skit), ADVANCE);
    expect(state.vars).toEqual({ score: 1, name: 'binh', done: true, big: 1e308 });
    const skipped = events.flatMap((e) => (e.type === 'effect-skipped' ? [e] : []));
    expect(skipped.map((e) => [e.nodeId, e.effect, e.reason])).toEqual([
      ['n2', { add: 'ghost', value: 1 }, 'unknown-variable'],
      ['n2', { set: 'ghost', value: 1 }, 'unknown-variable'],
      ['n2', { add: 'name', value: 1 }, 'type-mismatch'],
      ['n2', { set: 'score', value: 'x' }, 'type-mismatch'],
      ['n2', { add: 'big', value: 1e308 }, 'not-finite'],
      ['n2', { set: 'score', value: Number.POSITIVE_INFINITY }, 'not-finite'],
      ['n2', { set: 'constructor', value: 1 }, 'unknown-variable'],
    ]);
    expect(Object.keys(state.vars)).toEqual(['score', 'name', 'done', 'big']);
  });
});

describe('effects of an option', () => {
  it('apply when the option is chosen, before the next node', () => {
    const state = play(skit, startSkit(skit), ADVANCE, ADVANCE, choose(0));
    expect(state.vars.score).toBe(11);
    expect(state.nodeId).toBe('e');
  });

  it('report skipped effects with the choice node', () => {
    const { state, events } = step(skit, play(skit, startSkit(skit), ADVANCE, ADVANCE), choose(1));
    expect(state.vars).toEqual({ score: 1, name: 'binh', done: false, big: 1e308 });
    expect(events).toContainEqual({
      type: 'effect-skipped',
      nodeId: 'c3',
      effect: { add: 'missing', value: 1 },
      reason: 'unknown-variable',
    });
  });
});

describe('applyEffects', () => {
  it('never changes the variables it is given', () => {
    const vars = Object.freeze({ n: 1 });
    const result = applyEffects([{ add: 'n', value: 2 }], vars);
    expect(result.vars).toEqual({ n: 3 });
    expect(vars).toEqual({ n: 1 });
  });

  it('returns the same object when nothing applies', () => {
    const vars = { n: 1 };
    expect(applyEffects([], vars).vars).toBe(vars);
  });
});
