import { describe, expect, it } from 'vitest';
import { startSkit } from '../../../src/core/skit';
import { loadSkit } from '../../fixtures/skits';
import { ADVANCE, choose, expectRefused, play, step, vote } from './play';

const skit = loadSkit('votes');
const start = startSkit(skit);

describe('vote', () => {
  it('picks the visible option with most votes and keeps the counts', () => {
    const { state, events } = step(skit, start, vote(3, 0, 5));
    expect(state.nodeId).toBe('n-c');
    expect(state.votes).toEqual([{ nodeId: 'c1', counts: [3, 0, 5], chosen: 2 }]);
    expect(events[0]).toEqual({ type: 'choice-made', nodeId: 'c1', option: 2, byVote: true });
    expect(state.trail[0]).toMatchObject({ action: 'choose', option: 2, byVote: true });
  });

  it('gives a tie to the earliest visible option', () => {
    expect(play(skit, start, vote(4, 0, 4)).nodeId).toBe('n-a');
  });

  it('ignores the counts of hidden options', () => {
    const state = play(skit, start, vote(1, 9, 0));
    expect(state.nodeId).toBe('n-a');
    expect(state.votes[0]?.counts).toEqual([1, 9, 0]);
  });

  it('is refused when no visible option has a vote', () => {
    expectRefused(skit, start, vote(0, 0, 0), 'vote-empty');
    expectRefused(skit, start, vote(0, 7, 0), 'vote-empty');
  });

  it.each([[[1, 2]], [[1, 2, 3, 4]], [[1, -1, 2]], [[1, 0.5, 2]], [[1, Number.NaN, 0]]])(
    'is refused for counts %j',
    (counts) => {
      expectRefused(skit, start, vote(...counts), 'vote-invalid');
    },
  );

  it('records one vote per choice made by vote, none for a plain choice', () => {
    const state = play(skit, start, vote(2, 0, 1), ADVANCE, choose(1), vote(0, 0, 1), ADVANCE);
    expect(state.votes).toEqual([
      { nodeId: 'c1', counts: [2, 0, 1], chosen: 0 },
      { nodeId: 'c1', counts: [0, 0, 1], chosen: 2 },
    ]);
    expect(state.ending).toBe('end');
  });

  it('copies the counts instead of keeping the caller’s array', () => {
    const counts = [1, 0, 0];
    const state = play(skit, start, { type: 'vote', counts });
    counts[0] = 99;
    expect(state.votes[0]?.counts).toEqual([1, 0, 0]);
  });
});
