import { describe, expect, it } from 'vitest';
import { MAX_JUMP_HOPS, startSkit } from '../../../src/core/skit';
import { loadSkit } from '../../fixtures/skits';
import { ADVANCE, expectRefused, play, step } from './play';

const skit = loadSkit('jumps');

describe('jumps', () => {
  it('are resolved on entry, so the state rests on the node they lead to', () => {
    const state = startSkit(skit);
    expect(state.nodeId).toBe('n-left');
    expect(state.visits).toEqual({ 'j-start': 1, 'j-second': 1, 'n-left': 1 });
  });

  it('take the first branch whose condition holds, else `else`', () => {
    const state = play(skit, startSkit(skit), ADVANCE, ADVANCE);
    // j-again: n-right seen once → else j-start; route is now 'right' → n-right.
    expect(state.nodeId).toBe('n-right');
    expect(state.visits['j-start']).toBe(2);
    expect(state.visits['j-again']).toBe(1);
    expect(state.visits['n-right']).toBe(2);
  });

  it('count a visit per entry, and a jump sees its own visit', () => {
    const { state, events } = step(skit, startSkit(skit), ADVANCE);
    expect(state.nodeId).toBe('n-right');
    expect(state.visits['j-loop']).toBe(3);
    expect(events).toEqual([
      { type: 'background-changed', background: 'street' },
      { type: 'node-entered', nodeId: 'n-right', kind: 'narration' },
    ]);
  });

  it('lead on to the ending', () => {
    const state = play(skit, startSkit(skit), ADVANCE, ADVANCE, ADVANCE);
    expect(state.nodeId).toBe('e');
    expect(state.ending).toBe('end');
  });
});

describe('a cycle of jumps', () => {
  const cycle = loadSkit('jump-cycle');

  it('refuses the step that enters it, after MAX_JUMP_HOPS jumps', () => {
    const state = startSkit(cycle);
    expectRefused(cycle, state, ADVANCE, 'broken-skit');
    expect(MAX_JUMP_HOPS).toBeGreaterThan(cycle.nodes.length);
  });

  it('makes startSkit throw when the skit starts in it', () => {
    expect(() => startSkit({ ...cycle, start: 'j-a' })).toThrow(/jump-cycle.*cycle of jumps/);
  });
});
