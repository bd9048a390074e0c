import {
  timerRemainingMs,
  type TeamAction,
  type TeamState,
  type TeamTimer,
} from '../core/quiz/teams';
import type { MeetingAction } from '../core/meeting/meeting';
import { voteTimerRunning, type VoteTimer } from '../core/meeting/vote-timer';

/**
 * The projector's clock: what the passing of time does to a running countdown (the quiz's
 * question or the skit's vote). Pure: the scene feeds it the time of each frame and sends
 * what it answers.
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

/** A countdown as the clock sees it: the quiz's question or the skit's vote. */
export interface Running {
  readonly timer: TeamTimer;
  /** Whether it counts down now. */
  readonly running: boolean;
}

/** What the passing of time calls for: pause (after a sleep, at `at`), time up, or run on. */
export interface TimerCall {
  readonly type: 'pause' | 'up' | 'resume';
  readonly at: number;
}

export interface TimerStep {
  readonly memory: ClockMemory;
  readonly call: TimerCall | null;
  /** Whether to save a heartbeat at this time. */
  readonly beat: boolean;
}

/**
 * One frame at `now` for any countdown. `driving` is false in a tab that only follows the
 * meeting (read-only): it never acts for the clock.
 */
export function timerStep(
  memory: ClockMemory,
  c: Running | null,
  now: number,
  driving: boolean,
): TimerStep {
  const idle = { memory: { ...memory, lastFrameAt: now }, call: null, beat: false };
  if (!c?.running || !driving) return idle;
  if (now - memory.lastFrameAt > SLEEP_GAP_MS)
    return { ...idle, call: { type: 'pause', at: memory.lastFrameAt } };
  const beat = now - memory.lastBeatAt >= BEAT_MS;
  return {
    memory: { lastFrameAt: now, lastBeatAt: beat ? now : memory.lastBeatAt },
    call: timerRemainingMs(c.timer, now) <= 0 ? { type: 'up', at: now } : null,
    beat,
  };
}

/** A countdown left running by a sleep or a closed tab resumes paused at the last sign of life. */
export function sleepCall(c: Running | null, lastAlive: number, now: number): TimerCall | null {
  if (!c?.running || lastAlive <= 0) return null;
  if (now - lastAlive <= SLEEP_GAP_MS) return null;
  return { type: 'pause', at: lastAlive };
}

/** The quiz's countdown as the clock sees it. */
export const quizRunning = (quiz: TeamState): Running => ({
  timer: quiz.timer,
  running: quiz.phase === 'running',
});

function quizAction(call: TimerCall | null): TeamAction | null {
  if (!call) return null;
  const type =
    call.type === 'pause' ? 'pause-timer' : call.type === 'up' ? 'time-up' : 'start-timer';
  return { type, at: call.at };
}

export interface ClockStep {
  readonly memory: ClockMemory;
  /** The action the time calls for (pause after a sleep, time up), or null. */
  readonly action: TeamAction | null;
  /** Whether to save a heartbeat at this time. */
  readonly beat: boolean;
}

/** One frame of the quiz's countdown at `now`. */
export function clockStep(
  memory: ClockMemory,
  quiz: TeamState,
  now: number,
  driving: boolean,
): ClockStep {
  const step = timerStep(memory, quizRunning(quiz), now, driving);
  return { memory: step.memory, action: quizAction(step.call), beat: step.beat };
}

/** The quiz's countdown left running by a sleep or a closed tab, paused at the last sign of life. */
export function pauseAfterSleep(
  quiz: TeamState | null,
  lastAlive: number,
  now: number,
): TeamAction | null {
  return quizAction(sleepCall(quiz && quizRunning(quiz), lastAlive, now));
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
  return countdownOf(quizRunning(quiz), now);
}

export function countdownOf(c: Running, now: number): Countdown {
  const left = timerRemainingMs(c.timer, now);
  const sec = Math.ceil(left / 1000);
  const frac = c.timer.durationMs > 0 ? left / c.timer.durationMs : 0;
  const urgent = sec <= TICK_FROM_SEC && c.running;
  // One step of the arc is a degree (under 2 px of the ring on a projector): a stopped timer,
  // or one between steps, draws nothing new, so frames can stop.
  return { sec, frac, urgent, ring: `${String(Math.round(frac * RING_STEPS))}:${String(urgent)}` };
}

/** Whether the face, going from `shownSec` (-1: just drawn) to `next`, ticks. */
export function ticks(shownSec: number, next: Countdown): boolean {
  return next.urgent && shownSec !== -1 && next.sec > 0 && next.sec !== shownSec;
}

/** What the black screen (B) does to a countdown, and whether it is now holding it. */
export interface BlankCall {
  readonly call: TimerCall | null;
  /** The countdown is paused because of the black screen, to start again when it lifts. */
  readonly holding: boolean;
}

/**
 * The room cannot see the countdown under the black screen, so it must not run out there:
 * a running countdown pauses when the screen goes black and runs on when it comes back. One
 * that was not running (or was stopped meanwhile by other means) is left alone. `paused` is
 * whether the countdown is stopped by a pause (not ended, not waiting for an answer).
 */
export function blankCall(
  blank: boolean,
  c: Running | null,
  paused: boolean,
  holding: boolean,
  now: number,
): BlankCall {
  if (blank) {
    return c?.running
      ? { call: { type: 'pause', at: now }, holding: true }
      : { call: null, holding: false };
  }
  if (holding && c && paused && timerRemainingMs(c.timer, now) > 0)
    return { call: { type: 'resume', at: now }, holding: false };
  return { call: null, holding: false };
}

/** What the black screen (B) does to the quiz's countdown, and whether it is now holding it. */
export interface BlankStep {
  readonly action: TeamAction | null;
  readonly holding: boolean;
}

export function blankStep(
  blank: boolean,
  quiz: TeamState | null,
  holding: boolean,
  now: number,
): BlankStep {
  const step = blankCall(blank, quiz && quizRunning(quiz), quiz?.phase === 'paused', holding, now);
  return { action: quizAction(step.call), holding: step.holding };
}

/** The skit vote's countdown as the clock sees it; null once it has ended (or never began). */
export function voteRunning(t: VoteTimer | null): Running | null {
  return t && !t.ended ? { timer: t.timer, running: voteTimerRunning(t) } : null;
}

/**
 * The meeting action for what the time calls for on the vote's countdown (`durationMs`: the
 * meeting's vote length, for a countdown that has not begun; one that has keeps its own).
 */
export function voteClockAction(call: TimerCall, durationMs: number): MeetingAction {
  const at = call.at;
  if (call.type === 'pause') return { type: 'pause-vote-timer', at };
  if (call.type === 'up') return { type: 'vote-time-up', at };
  return { type: 'start-vote-timer', durationMs, at };
}
