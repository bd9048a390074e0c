import { describe, expect, it } from 'vitest';
import { startSkit, type SkitAction, type SkitState } from '../../../src/core/skit';
import { loadSkit } from '../../fixtures/skits';
import { ADVANCE, BACK, choose, expectRefused, play, rewind, step, vote } from './play';

const skit = loadSkit('job-offer');
const start = startSkit(skit);

/** Every state along a path, the start included. */
function statesAlong(...actions: SkitAction[]): SkitState[] {
  const states = [start];
  for (const action of actions) states.push(play(skit, states.at(-1) ?? start, action));
  return states;
}

describe('back', () => {
  it('is refused at the start', () => {
    expectRefused(skit, start, BACK, 'nothing-to-undo');
  });

  it('restores exactly the state before each step, vars and visits included', () => {
    const states = statesAlong(ADVANCE, ADVANCE, choose(0), ADVANCE, ADVANCE, ADVANCE, choose(1));
    for (let i = states.length - 1; i > 0; i--) {
      const after = states[i] as SkitState;
      expect(play(skit, after, BACK)).toEqual(states[i - 1]);
    }
  });

  it('steps back out of a consequence to the open choice', () => {
    const atChoice = play(skit, start, ADVANCE, ADVANCE);
    const showing = play(skit, atChoice, choose(0));
    expect(showing.consequence).toBe(0);
    const { state, events } = step(skit, showing, BACK);
    expect(state).toEqual(atChoice);
    expect(events).toEqual([{ type: 'went-back', toStep: 2, nodeId: 'c-first' }]);
  });

  it('drops the vote of the step it undoes', () => {
    const voted = play(skit, start, ADVANCE, ADVANCE, vote(3, 4));
    expect(voted.votes).toHaveLength(1);
    expect(play(skit, voted, BACK).votes).toEqual([]);
  });

  it('walks all the way back to the start', () => {
    let state = play(
      skit,
      start,
      ADVANCE,
      ADVANCE,
      choose(0),
      ADVANCE,
      ADVANCE,
      ADVANCE,
      choose(0),
    );
    while (state.trail.length > 0) state = play(skit, state, BACK);
    expect(state).toEqual(start);
  });
});

describe('rewind', () => {
  const path = statesAlong(
    ADVANCE,
    ADVANCE,
    vote(5, 1),
    ADVANCE,
    ADVANCE,
    ADVANCE,
    vote(0, 2, 9),
    ADVANCE,
  );
  const last = path.at(-1) as SkitState;

  it('returns to the place just before the given step', () => {
    for (let k = 0; k < last.trail.length; k++) {
      expect(play(skit, last, rewind(k))).toEqual(path[k]);
    }
  });

  it('keeps only the votes of the steps before it', () => {
    expect(last.votes).toHaveLength(2);
    expect(play(skit, last, rewind(7)).votes).toHaveLength(2);
    expect(play(skit, last, rewind(6)).votes).toHaveLength(1);
    expect(play(skit, last, rewind(3)).votes).toHaveLength(1);
    expect(play(skit, last, rewind(2)).votes).toHaveLength(0);
  });

  it('lets a different choice be made at an earlier choice', () => {
    const again = play(skit, last, rewind(2), choose(1), ADVANCE, choose(2), ADVANCE);
    expect(again.ending).toBe('harmed');
    expect(again.votes).toEqual([]);
  });

  it.each([-1, 8, 9, 0.5, Number.NaN])('refuses step %d', (toStep) => {
    expectRefused(skit, last, rewind(toStep), 'rewind-out-of-range');
  });
});
