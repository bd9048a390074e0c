import { MAX_TEAMS, MIN_TEAMS } from '../core/quiz/teams';
import type { KeyValueStore } from '../shared/storage/safe-storage';

/** Where the device keeps the team names of the last meeting set up on it. */
export const LAST_TEAMS_KEY = 'dhbc.meeting.lastTeams';

/** Longest team name the setup accepts. */
export const TEAM_NAME_MAX = 24;

/**
 * The team names of the last meeting, to offer again: a list of 2–6 non-empty names, or null
 * when none is kept or what is kept is damaged (then the setup offers its defaults).
 */
export function readLastTeams(store: KeyValueStore): readonly string[] | null {
  const raw = store.get(LAST_TEAMS_KEY);
  if (raw === null) return null;
  try {
    const v: unknown = JSON.parse(raw);
    if (!Array.isArray(v) || v.length < MIN_TEAMS || v.length > MAX_TEAMS) return null;
    const names = v.filter((n): n is string => typeof n === 'string').map((n) => n.trim());
    if (names.length !== v.length || names.some((n) => n === '')) return null;
    return names.map((n) => n.slice(0, TEAM_NAME_MAX));
  } catch {
    return null;
  }
}

/** Keeps the names of the meeting just set up (a refused write only loses the suggestion). */
export function keepLastTeams(store: KeyValueStore, names: readonly string[]): void {
  store.set(LAST_TEAMS_KEY, JSON.stringify(names));
}
