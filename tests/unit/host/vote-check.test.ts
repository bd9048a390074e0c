import { describe, expect, it } from 'vitest';
import { votesOverPeople } from '../../../src/host/vote-check';

describe('votes against the people present', () => {
  it('flags more votes than people present', () => {
    expect(votesOverPeople([30, 25], 45)).toEqual({ total: 55, people: 45 });
  });

  it('accepts as many votes as people, or fewer (some did not vote)', () => {
    expect(votesOverPeople([20, 25], 45)).toBeNull();
    expect(votesOverPeople([3, 4], 45)).toBeNull();
  });

  it('cannot check when nobody recorded how many came', () => {
    expect(votesOverPeople([300, 250], 0)).toBeNull();
  });
});
