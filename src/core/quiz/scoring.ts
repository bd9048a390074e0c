/**
 * The point rules of both quiz modes, in one place so the help screen, the reducers and the
 * tests agree. All amounts are whole points.
 */
export const SOLO_SCORING = {
  /** Cost of revealing one letter, taken off the prize of the current question. */
  revealLetterCost: 20,
  /** Cost of removing every decoy tile from the bank, once per question. */
  removeDecoysCost: 30,
  /** A right answer at once earns up to half the question's points again as a time bonus. */
  maxTimeBonusShare: 0.5,
  /** Each question in a streak after the first adds this much, up to `maxStreakBonus`. */
  streakStep: 10,
  maxStreakBonus: 50,
} as const;

/** Time bonus for a solo answer: linear from half the points at once down to 0 at the limit. */
export function timeBonus(points: number, elapsedMs: number, timeLimitSec: number): number {
  const limitMs = timeLimitSec * 1000;
  if (limitMs <= 0) return 0;
  const left = Math.max(0, 1 - Math.max(0, elapsedMs) / limitMs);
  return Math.round(points * SOLO_SCORING.maxTimeBonusShare * left);
}

/** Streak bonus for the `streak`-th right answer in a row (the first earns none). */
export function streakBonus(streak: number): number {
  return Math.min(SOLO_SCORING.maxStreakBonus, Math.max(0, streak - 1) * SOLO_SCORING.streakStep);
}

/**
 * The key-picture bonus shrinks with every tile already opened: the full bonus with all tiles
 * closed, a tenth of it (never less) once they are all open.
 */
export function keyPictureBonus(bonus: number, tiles: number, opened: number): number {
  const closed = Math.max(0, tiles - opened);
  return Math.max(Math.round(bonus / 10), Math.round((bonus * closed) / tiles));
}
