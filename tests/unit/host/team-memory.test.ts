import { describe, expect, it } from 'vitest';
import { keepLastTeams, LAST_TEAMS_KEY, readLastTeams } from '../../../src/host/team-memory';
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
