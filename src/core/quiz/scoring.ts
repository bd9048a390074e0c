/**
 * The point rules of both quiz modes, in one place so the help screen, the reducers and the
 * tests agree. All amounts are whole points.
 */
export const SOLO_SCORING = {
  /** Cost of showing the question's written clue: the first and cheapest help. */
  clueCost: 10,
  /** Cost of revealing one letter, taken off the prize of the current question. */
  revealLetterCost: 20,
  /** Cost of removing every decoy tile from the bank, once per question. */
  removeDecoysCost: 30,
  /** A right answer at once earns up to half the question's points again as a time bonus. */
  maxTimeBonusShare: 0.5,
  /** Each question in a streak after the first adds this much, up to `maxStreakBonus`. */
  streakStep: 10,
  maxStreakBonus: 50,
  /** An answer within this share of the time limit is fast: a star, with no help. */
  fastShare: 0.5,
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

/** The points of one right answer, part by part; `total` is what the score gains. */
export interface PointsBreakdown {
  readonly base: number;
  readonly time: number;
  readonly streak: number;
  /** What the help cost, as a negative number (or 0). */
  readonly hints: number;
  readonly total: number;
}

export interface AnswerFacts {
  readonly points: number;
  readonly elapsedMs: number;
  readonly timeLimitSec: number;
  /** The streak this answer makes; 0 when it came after a wrong attempt (no streak bonus). */
  readonly streak: number;
  readonly hintCost: number;
}

/**
 * A right answer earns the question's points, the time bonus and the streak bonus, less what
 * its help cost. Help never takes the total below 0: the hints part is cut to what was earned,
 * so the parts always add up to the total.
 */
export function pointsBreakdown(a: AnswerFacts): PointsBreakdown {
  const base = a.points;
  const time = timeBonus(a.points, a.elapsedMs, a.timeLimitSec);
  const streak = streakBonus(a.streak);
  const cut = Math.min(Math.max(0, a.hintCost), base + time + streak);
  // Never -0: state stays equal to itself through JSON.
  const hints = cut === 0 ? 0 : -cut;
  return { base, time, streak, hints, total: base + time + streak + hints };
}

export type Stars = 0 | 1 | 2 | 3;

/**
 * Stars for one question: none when skipped; one for the right answer, one more for no help
 * (no hint and no wrong attempt), one more for answering within half the time limit.
 */
export function questionStars(
  right: boolean,
  help: { readonly hintCost: number; readonly wrongAttempts: number },
  elapsedMs: number,
  timeLimitSec: number,
): Stars {
  if (!right) return 0;
  const unaided = help.hintCost === 0 && help.wrongAttempts === 0 ? 1 : 0;
  const fast = elapsedMs <= timeLimitSec * 1000 * SOLO_SCORING.fastShare ? 1 : 0;
  return (1 + unaided + fast) as Stars;
}
