/**
 * Which questions a new solo round takes, and what this device remembers of the rounds played:
 * pure rules over plain data, kept per pack by the shell.
 */

/**
 * The first `count` of `shuffled`, taking the questions not in `played` first (in their shuffled
 * order), then played ones, so a new round repeats nothing until every question has been played.
 */
export function preferUnplayed(
  shuffled: readonly string[],
  played: readonly string[],
  count: number,
): string[] {
  const seen = new Set(played);
  const fresh = shuffled.filter((id) => !seen.has(id));
  const again = shuffled.filter((id) => seen.has(id));
  return [...fresh, ...again].slice(0, Math.max(0, count));
}

/** What a device keeps of one pack's solo rounds. */
export interface PackProgress {
  /** Questions played since every question was last played (the round being played included). */
  readonly played: readonly string[];
  /** The most stars each question has earned. */
  readonly stars: Readonly<Record<string, number>>;
  /** The best score of a finished round, and how many rounds were finished. */
  readonly best: number;
  readonly rounds: number;
  /** Which finished round set the best score (0: none yet). */
  readonly bestRound: number;
}

export const NO_PROGRESS: PackProgress = {
  played: [],
  stars: {},
  best: 0,
  rounds: 0,
  bestRound: 0,
};

/**
 * Records question `id` as played with `stars`. Once every one of `all` has been played, the
 * record starts over from the questions of the round under way (`round`, up to this one), so the
 * next round takes the others first.
 */
export function recordQuestion(
  progress: PackProgress,
  all: readonly string[],
  round: readonly string[],
  id: string,
  stars: number,
): PackProgress {
  const known = new Set(all);
  const played = [...new Set([...progress.played, id])].filter((x) => known.has(x));
  const cycleDone = all.every((x) => played.includes(x));
  const upTo = round.indexOf(id);
  return {
    ...progress,
    played: cycleDone ? round.slice(0, upTo < 0 ? 0 : upTo + 1) : played,
    stars: { ...progress.stars, [id]: Math.max(progress.stars[id] ?? 0, stars) },
  };
}

/** Records a finished round's score: the rounds counted, a score above the best kept as best. */
export function recordRound(progress: PackProgress, score: number): PackProgress {
  const rounds = progress.rounds + 1;
  return score > progress.best
    ? { ...progress, best: score, rounds, bestRound: rounds }
    : { ...progress, rounds };
}

/** True when the last finished round set the best score. */
export function lastRoundWasBest(progress: PackProgress): boolean {
  return progress.rounds > 0 && progress.bestRound === progress.rounds;
}

/** Reads a kept record; anything not in its shape counts as no progress. */
export function readProgress(value: unknown): PackProgress {
  if (typeof value !== 'object' || value === null) return NO_PROGRESS;
  const v = value as Record<string, unknown>;
  const played = Array.isArray(v.played) ? v.played.filter((x) => typeof x === 'string') : [];
  const stars: Record<string, number> = {};
  if (typeof v.stars === 'object' && v.stars !== null)
    for (const [k, n] of Object.entries(v.stars))
      if (typeof n === 'number' && n >= 0 && n <= 3) stars[k] = Math.floor(n);
  const count = (n: unknown): number =>
    typeof n === 'number' && Number.isFinite(n) && n >= 0 ? Math.floor(n) : 0;
  const rounds = count(v.rounds);
  return {
    played,
    stars,
    best: count(v.best),
    rounds,
    bestRound: Math.min(rounds, count(v.bestRound)),
  };
}
