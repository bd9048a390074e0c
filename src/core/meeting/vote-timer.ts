import { accept, refuse, type Step } from '../result';
import { timerRemainingMs, type TeamTimer } from '../quiz/teams';

/**
 * The skit vote's countdown: the facilitator starts it at a choice, it can be paused (a key, a
 * black screen, a laptop that slept), and at zero the clock logs its end. From then on phones
 * can no longer vote on that choice; the hands counted in the hall are still added as the vote
 * closes (`close-vote`), exactly as when the facilitator closes it early.
 */

/** How long the audience has to vote once the facilitator starts the countdown, by default. */
export const VOTE_TIME_MS = 30_000;
/** The longest countdown a vote accepts (a log edited by hand cannot hold the story forever). */
export const MAX_VOTE_TIME_MS = 600_000;
/** The vote lengths the meeting's setup offers, in seconds. */
export const VOTE_TIME_CHOICES_SEC: readonly number[] = [15, 30, 45, 60];

/**
 * The vote's length in a meeting set up with `seconds` (its config's `voteTimeSec`): whole
 * seconds from 1 s to the longest countdown; without one, or out of range, the default 30 s.
 */
export function voteTimeMs(seconds: number | undefined): number {
  if (seconds === undefined || !Number.isInteger(seconds)) return VOTE_TIME_MS;
  return validDuration(seconds * 1000) ? seconds * 1000 : VOTE_TIME_MS;
}

export interface VoteTimer {
  /** The choice the countdown is for. */
  readonly nodeId: string;
  readonly timer: TeamTimer;
  /** Time ran out: phones' votes on this choice are closed; the hands are still to add. */
  readonly ended: boolean;
}

export type VoteTimerAction =
  | { readonly type: 'start-vote-timer'; readonly durationMs: number; readonly at: number }
  | { readonly type: 'pause-vote-timer'; readonly at: number }
  | { readonly type: 'vote-time-up'; readonly at: number };

export type VoteTimerEvent =
  | { readonly type: 'vote-timer-started'; readonly leftMs: number }
  | { readonly type: 'vote-timer-paused'; readonly leftMs: number }
  | { readonly type: 'vote-time-up'; readonly nodeId: string };

/** Whether the countdown runs. */
export function voteTimerRunning(t: VoteTimer | null): boolean {
  return t !== null && !t.ended && t.timer.runningSince !== null;
}

function stop(timer: TeamTimer, at: number): TeamTimer {
  if (timer.runningSince === null) return timer;
  const used = timer.elapsedMs + Math.max(0, at - timer.runningSince);
  return { ...timer, elapsedMs: Math.min(timer.durationMs, used), runningSince: null };
}

function validDuration(ms: number): boolean {
  return Number.isInteger(ms) && ms >= 1000 && ms <= MAX_VOTE_TIME_MS;
}

/**
 * A countdown action on the choice `nodeId` now on screen; `current` is the countdown of that
 * choice (null when it has none yet). Starting again after a pause resumes where it stopped.
 */
export function voteTimerStep(
  current: VoteTimer | null,
  nodeId: string,
  action: VoteTimerAction,
): Step<VoteTimer | null, VoteTimerEvent> {
  const at = action.at;
  switch (action.type) {
    case 'start-vote-timer': {
      if (current?.ended) return refuse(current, 'vote-time-is-up');
      if (voteTimerRunning(current)) return refuse(current, 'vote-timer-running');
      if (!current && !validDuration(action.durationMs)) return refuse(current, 'bad-duration');
      const timer = current?.timer ?? {
        durationMs: action.durationMs,
        elapsedMs: 0,
        runningSince: null,
      };
      const leftMs = timerRemainingMs(timer, at);
      if (leftMs <= 0) return refuse(current, 'vote-time-is-up');
      return accept({ nodeId, timer: { ...timer, runningSince: at }, ended: false }, [
        { type: 'vote-timer-started', leftMs },
      ]);
    }
    case 'pause-vote-timer': {
      if (!current || !voteTimerRunning(current)) return refuse(current, 'vote-timer-not-running');
      const timer = stop(current.timer, at);
      return accept({ ...current, timer }, [
        { type: 'vote-timer-paused', leftMs: timerRemainingMs(timer, at) },
      ]);
    }
    case 'vote-time-up': {
      if (!current || !voteTimerRunning(current)) return refuse(current, 'vote-timer-not-running');
      if (timerRemainingMs(current.timer, at) > 0) return refuse(current, 'time-not-up-yet');
      return accept({ ...current, timer: stop(current.timer, at), ended: true }, [
        { type: 'vote-time-up', nodeId },
      ]);
    }
  }
}

/** Whether a phone's vote made at `at` comes too late: the countdown of its choice is over. */
export function voteTooLate(t: VoteTimer | null, nodeId: string, at: number): boolean {
  if (t?.nodeId !== nodeId) return false;
  return t.ended || (t.timer.runningSince !== null && timerRemainingMs(t.timer, at) <= 0);
}
