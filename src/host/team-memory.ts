import { VOTE_TIME_CHOICES_SEC } from '../core/meeting/vote-timer';
import { MAX_TEAMS, MIN_TEAMS } from '../core/quiz/teams';
import type { KeyValueStore } from '../shared/storage/safe-storage';

/** Where the device keeps the team names of the last meeting set up on it. */
export const LAST_TEAMS_KEY = 'dhbc.meeting.lastTeams';
/** Where it keeps the last meeting's vote length (seconds). */
export const LAST_VOTE_TIME_KEY = 'dhbc.meeting.lastVoteSec';

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

/** The vote length of the last meeting, to offer again: one of the setup's choices, else null. */
export function readLastVoteTime(store: KeyValueStore): number | null {
  const sec = Number(store.get(LAST_VOTE_TIME_KEY) ?? 'NaN');
  return VOTE_TIME_CHOICES_SEC.includes(sec) ? sec : null;
}

/** Keeps the vote length of the meeting just set up. */
export function keepLastVoteTime(store: KeyValueStore, seconds: number): void {
  store.set(LAST_VOTE_TIME_KEY, String(seconds));
}
