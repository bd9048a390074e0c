import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  currentView,
  findNode,
  historyLines,
  replaySkit,
  skitReducer,
  startSkit,
  type SkitAction,
  type SkitState,
} from '../../../src/core/skit';
import type { Skit } from '../../../src/core/types';
import { deepFreeze, loadSkit, type SkitFixtureName } from '../../fixtures/skits';
import { ADVANCE, BACK, choose, rewind, vote } from './play';

const FIXTURES: readonly SkitFixtureName[] = [
  'job-offer',
  'choices',
  'votes',
  'jumps',
  'effects',
  'endings',
  'linear',
  'broken',
  'jump-cycle',
];

/** Mostly small integers (some out of range), now and then any double, NaN included. */
const index = fc.oneof(
  { arbitrary: fc.integer({ min: -1, max: 4 }), weight: 8 },
  { arbitrary: fc.double(), weight: 1 },
);

const action: fc.Arbitrary<SkitAction> = fc.oneof(
  { arbitrary: fc.constant(ADVANCE), weight: 6 },
  { arbitrary: index.map(choose), weight: 4 },
  { arbitrary: fc.array(index, { maxLength: 4 }).map((counts) => vote(...counts)), weight: 3 },
  { arbitrary: fc.constant(BACK), weight: 2 },
  { arbitrary: fc.oneof(fc.integer({ min: -1, max: 30 }), fc.double()).map(rewind), weight: 1 },
);

const scenario = fc.record({
  name: fc.constantFrom(...FIXTURES),
  actions: fc.array(action, { maxLength: 60 }),
});

/** Folds actions, checking after every one that nothing was mutated and refusals keep the state. */
function fold(skit: Skit, actions: readonly SkitAction[]): SkitState[] {
  const states = [deepFreeze(startSkit(skit))];
  for (const a of actions) {
    const before = states.at(-1) as SkitState;
    const result = skitReducer(skit, before, a);
    if (!result.ok) expect(result.state).toBe(before);
    states.push(deepFreeze(result.state));
  }
  return states;
}

describe('the skit runtime on any action sequence', () => {
  it('never throws, and every state survives JSON unchanged and can be shown', () => {
    fc.assert(
      fc.property(scenario, ({ name, actions }) => {
        const skit = loadSkit(name);
        for (const state of fold(skit, actions)) {
          expect(JSON.parse(JSON.stringify(state))).toEqual(state);
          const node = findNode(skit, state.nodeId);
          expect(node?.type).not.toBe('jump');
          expect(state.ending !== null).toBe(node?.type === 'ending');
          expect(state.votes).toHaveLength(state.trail.filter((s) => s.byVote).length);
          expect(() => currentView(skit, state)).not.toThrow();
          expect(historyLines(skit, state).length).toBeGreaterThan(0);
        }
      }),
      { numRuns: 300 },
    );
  });

  it('gives equal states when the same actions are folded twice', () => {
    fc.assert(
      fc.property(scenario, ({ name, actions }) => {
        const skit = loadSkit(name);
        expect(replaySkit(skit, actions)).toEqual(replaySkit(skit, actions));
        expect(replaySkit(skit, actions)).toEqual(fold(skit, actions).at(-1));
      }),
      { numRuns: 200 },
    );
  });

  it('returns, on back after any accepted advance, choose or vote, the state before it', () => {
    fc.assert(
      fc.property(scenario, ({ name, actions }) => {
        const skit = loadSkit(name);
        const states = fold(skit, actions);
        actions.forEach((a, i) => {
          const before = states[i] as SkitState;
          const after = states[i + 1] as SkitState;
          if (after === before || a.type === 'back' || a.type === 'rewind') return;
          const undone = skitReducer(skit, after, BACK);
          expect(undone.ok).toBe(true);
          expect(undone.state).toEqual(before);
        });
      }),
      { numRuns: 300 },
    );
  });
});

describe('option -0', () => {
  it('is option 0, and the state it gives reads back from JSON the same', () => {
    const skit = loadSkit('job-offer');
    const states = fold(skit, [ADVANCE, ADVANCE, choose(-0)]);
    const last = states.at(-1) as SkitState;
    expect(last.trail.at(-1)?.action).toBe('choose');
    expect(JSON.parse(JSON.stringify(last))).toEqual(last);
  });
});
