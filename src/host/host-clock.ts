import { timerRemainingMs, type TeamAction, type TeamState } from '../core/quiz/teams';

/**
 * The projector's clock: what the passing of time does to a running countdown. Pure: the
 * scene feeds it the time of each frame and sends what it answers.
 * - A heartbeat is saved about once a second while the countdown runs, so a reload after the
 *   laptop slept knows when the page was last alive.
 * - A gap longer than SLEEP_GAP_MS between frames is a sleep, not time that passed: the
 *   countdown pauses where it was at the last frame, not at zero.
 * - At zero, time is up.
 */

/** A gap longer than this between frames (or heartbeats) is a sleep, not time that passed. */
export const SLEEP_GAP_MS = 3_000;
export const BEAT_MS = 1_000;
/** The last seconds tick and turn red. */
export const TICK_FROM_SEC = 5;
/** The countdown ring is drawn in steps of a degree. */
export const RING_STEPS = 360;

export interface ClockMemory {
  readonly lastFrameAt: number;
  readonly lastBeatAt: number;
}

export interface ClockStep {
  readonly memory: ClockMemory;
  /** The action the time calls for (pause after a sleep, time up), or null. */
  readonly action: TeamAction | null;
  /** Whether to save a heartbeat at this time. */
  readonly beat: boolean;
}

/**
 * One frame at `now`. `driving` is false in a tab that only follows the meeting (read-only):
 * it never acts for the clock.
 */
export function clockStep(
  memory: ClockMemory,
  quiz: TeamState,
  now: number,
  driving: boolean,
): ClockStep {
  const idle = { memory: { ...memory, lastFrameAt: now }, action: null, beat: false };
  if (quiz.phase !== 'running' || !driving) return idle;
  if (now - memory.lastFrameAt > SLEEP_GAP_MS)
    return { ...idle, action: { type: 'pause-timer', at: memory.lastFrameAt } };
  const beat = now - memory.lastBeatAt >= BEAT_MS;
  return {
    memory: { lastFrameAt: now, lastBeatAt: beat ? now : memory.lastBeatAt },
    action: timerRemainingMs(quiz.timer, now) <= 0 ? { type: 'time-up', at: now } : null,
    beat,
  };
}

/** A countdown left running by a sleep or a closed tab resumes paused at the last sign of life. */
export function pauseAfterSleep(
  quiz: TeamState | null,
  lastAlive: number,
  now: number,
): TeamAction | null {
  if (!quiz || quiz.phase !== 'running' || lastAlive <= 0) return null;
  if (now - lastAlive <= SLEEP_GAP_MS) return null;
  return { type: 'pause-timer', at: lastAlive };
}

/** What the countdown's face shows at `now`. */
export interface Countdown {
  /** Whole seconds left, rounded up. */
  readonly sec: number;
  /** The share of the time left, 0…1. */
  readonly frac: number;
  /** The last seconds of a running countdown: red, and ticking. */
  readonly urgent: boolean;
  /** The ring as drawn (arc step and colour): it is drawn again only when this changes. */
  readonly ring: string;
}

export function countdown(quiz: TeamState, now: number): Countdown {
  const left = timerRemainingMs(quiz.timer, now);
  const sec = Math.ceil(left / 1000);
  const frac = quiz.timer.durationMs > 0 ? left / quiz.timer.durationMs : 0;
  const urgent = sec <= TICK_FROM_SEC && quiz.phase === 'running';
  // One step of the arc is a degree (under 2 px of the ring on a projector): a stopped timer,
  // or one between steps, draws nothing new, so frames can stop.
  return { sec, frac, urgent, ring: `${String(Math.round(frac * RING_STEPS))}:${String(urgent)}` };
}

/** Whether the face, going from `shownSec` (-1: just drawn) to `next`, ticks. */
export function ticks(shownSec: number, next: Countdown): boolean {
  return next.urgent && shownSec !== -1 && next.sec > 0 && next.sec !== shownSec;
}

/** What the black screen (B) does to the countdown, and whether it is now holding it. */
export interface BlankStep {
  readonly action: TeamAction | null;
  /** The countdown is paused because of the black screen, to start again when it lifts. */
  readonly holding: boolean;
}

/**
 * The room cannot see the countdown under the black screen, so it must not run out there:
 * a running countdown pauses when the screen goes black and runs on when it comes back. One
 * that was not running (or was stopped meanwhile by other means) is left alone.
 */
export function blankStep(
  blank: boolean,
  quiz: TeamState | null,
  holding: boolean,
  now: number,
): BlankStep {
  if (blank) {
    return quiz?.phase === 'running'
      ? { action: { type: 'pause-timer', at: now }, holding: true }
      : { action: null, holding: false };
  }
  if (holding && quiz?.phase === 'paused' && timerRemainingMs(quiz.timer, now) > 0)
    return { action: { type: 'start-timer', at: now }, holding: false };
  return { action: null, holding: false };
}
