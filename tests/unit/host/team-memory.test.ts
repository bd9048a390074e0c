import { describe, expect, it } from 'vitest';
import {
  keepLastTeams,
  keepLastVoteTime,
  LAST_TEAMS_KEY,
  LAST_VOTE_TIME_KEY,
  readLastTeams,
  readLastVoteTime,
} from '../../../src/host/team-memory';
import { memoryStore } from '../memory-store';

describe('the last meeting’s team names are offered again', () => {
  it('gives back the names kept at the last setup, in order', () => {
    const store = memoryStore();
    keepLastTeams(store, ['Tổ 3', 'Chi hội Bàng']);
    expect(readLastTeams(store)).toEqual(['Tổ 3', 'Chi hội Bàng']);
  });

  it('offers nothing when none were kept', () => {
    expect(readLastTeams(memoryStore())).toBeNull();
  });

  it.each([
    ['not JSON', '{'],
    ['not a list', '"Tổ 3"'],
    ['one team', '["Tổ 3"]'],
    ['seven teams', JSON.stringify(['1', '2', '3', '4', '5', '6', '7'])],
    ['an empty name', '["Tổ 3", "  "]'],
    ['a number', '["Tổ 3", 4]'],
  ])('ignores what is kept when it is damaged: %s', (_, raw) => {
    const store = memoryStore();
    store.set(LAST_TEAMS_KEY, raw);
    expect(readLastTeams(store)).toBeNull();
  });
});

describe('the last meeting’s vote length is offered again', () => {
  it('gives back the length kept at the last setup', () => {
    const store = memoryStore();
    expect(readLastVoteTime(store)).toBeNull();
    keepLastVoteTime(store, 45);
    expect(readLastVoteTime(store)).toBe(45);
  });

  it.each(['', 'abc', '20', '0', '-30', '45.5'])(
    'offers the default when what is kept is not one of the choices: %j',
    (raw) => {
      const store = memoryStore();
      store.set(LAST_VOTE_TIME_KEY, raw);
      expect(readLastVoteTime(store)).toBeNull();
    },
  );
});
