import { describe, expect, it } from 'vitest';
import { startTeams, teamReducer, type TeamState } from '../../../src/core/quiz/teams';
import {
  BEAT_MS,
  SLEEP_GAP_MS,
  blankStep,
  clockStep,
  countdown,
  pauseAfterSleep,
  sleepCall,
  ticks,
  timerStep,
  voteClockAction,
  voteRunning,
} from '../../../src/host/host-clock';
import { voteRing } from '../../../src/host/vote-countdown-view';
import type { VoteTimer } from '../../../src/core/meeting/vote-timer';
import { KEY_PICTURE, TEAMS, TEAM_QUIZ_FIXTURE } from '../../scenario/fixtures';

const ready = startTeams(TEAM_QUIZ_FIXTURE, 5, { teams: TEAMS, keyPicture: KEY_PICTURE });

function startedAt(at: number): TeamState {
  const step = teamReducer(TEAM_QUIZ_FIXTURE, ready, { type: 'start-timer', at });
  if (!step.ok) throw new Error(step.refusal.code);
  return step.state;
}

const T0 = 100_000;
const running = startedAt(T0);
const LIMIT = running.timer.durationMs;

describe('the projector clock', () => {
  it('beats about once a second while the countdown runs', () => {
    let memory = { lastFrameAt: T0, lastBeatAt: 0 };
    const beats: number[] = [];
    for (let now = T0 + 16; now < T0 + 3_000; now += 16) {
      const step = clockStep(memory, running, now, true);
      expect(step.action).toBeNull();
      if (step.beat) beats.push(now);
      memory = step.memory;
    }
    expect(beats.length).toBe(3);
    for (let i = 1; i < beats.length; i++)
      expect((beats[i] ?? 0) - (beats[i - 1] ?? 0)).toBeGreaterThanOrEqual(BEAT_MS);
  });

  it('takes a long gap between frames for a sleep: pauses at the last frame', () => {
    const memory = { lastFrameAt: T0 + 2_000, lastBeatAt: T0 + 2_000 };
    const step = clockStep(memory, running, T0 + 2_000 + SLEEP_GAP_MS + 1, true);
    expect(step.action).toEqual({ type: 'pause-timer', at: T0 + 2_000 });
    expect(step.memory.lastFrameAt).toBe(T0 + 2_000 + SLEEP_GAP_MS + 1);
    // A gap just under it is time that passed.
    const awake = clockStep(memory, running, T0 + 2_000 + SLEEP_GAP_MS, true);
    expect(awake.action).toBeNull();
  });

  it('calls time up at zero', () => {
    const now = T0 + LIMIT;
    const step = clockStep({ lastFrameAt: now - 16, lastBeatAt: now - 16 }, running, now, true);
    expect(step.action).toEqual({ type: 'time-up', at: now });
  });

  it('does nothing for a stopped countdown or in a tab that only follows', () => {
    const memory = { lastFrameAt: T0, lastBeatAt: 0 };
    const later = T0 + LIMIT + SLEEP_GAP_MS * 2;
    expect(clockStep(memory, ready, later, true)).toEqual({
      memory: { lastFrameAt: later, lastBeatAt: 0 },
      action: null,
      beat: false,
    });
    expect(clockStep(memory, running, later, false).action).toBeNull();
  });

  it('on opening, pauses a countdown left running by a sleep at the last heartbeat', () => {
    expect(pauseAfterSleep(running, T0 + 1_000, T0 + 60_000)).toEqual({
      type: 'pause-timer',
      at: T0 + 1_000,
    });
    expect(pauseAfterSleep(running, T0 + 1_000, T0 + 1_000 + SLEEP_GAP_MS)).toBeNull();
    expect(pauseAfterSleep(running, 0, T0 + 60_000)).toBeNull();
    expect(pauseAfterSleep(ready, T0, T0 + 60_000)).toBeNull();
    expect(pauseAfterSleep(null, T0, T0 + 60_000)).toBeNull();
  });
});

describe('the countdown face', () => {
  it('shows whole seconds rounded up, the ring full at the start and empty at zero', () => {
    expect(countdown(running, T0)).toMatchObject({ sec: LIMIT / 1000, frac: 1, urgent: false });
    expect(countdown(running, T0 + 1)).toMatchObject({ sec: LIMIT / 1000 });
    expect(countdown(running, T0 + LIMIT)).toMatchObject({ sec: 0, frac: 0 });
  });

  it('turns urgent in the last five seconds of a running countdown only', () => {
    expect(countdown(running, T0 + LIMIT - 5_000).urgent).toBe(true);
    expect(countdown(running, T0 + LIMIT - 5_001).urgent).toBe(false);
    expect(countdown(ready, T0).urgent).toBe(false);
  });

  it('draws the ring again only when a degree of it or its colour changes', () => {
    expect(countdown(running, T0 + 10).ring).toBe(countdown(running, T0).ring);
    expect(countdown(running, T0 + LIMIT / 2).ring).not.toBe(countdown(running, T0).ring);
  });

  it('ticks once per urgent second, never on the first drawing nor at zero', () => {
    const at = (ms: number) => countdown(running, T0 + LIMIT - ms);
    expect(ticks(-1, at(4_500))).toBe(false);
    expect(ticks(6, at(4_500))).toBe(true);
    expect(ticks(5, at(4_500))).toBe(false);
    expect(ticks(1, at(0))).toBe(false);
    expect(ticks(11, at(9_500))).toBe(false);
  });
});

describe('the black screen holds the countdown', () => {
  it('pauses a running countdown when the screen goes black, and runs it on after', () => {
    const on = blankStep(true, running, false, T0 + 4_000);
    expect(on).toEqual({ action: { type: 'pause-timer', at: T0 + 4_000 }, holding: true });
    const paused = teamReducer(TEAM_QUIZ_FIXTURE, running, { type: 'pause-timer', at: T0 + 4_000 });
    if (!paused.ok) throw new Error(paused.refusal.code);
    // A minute of black screen costs the teams no time.
    const off = blankStep(false, paused.state, on.holding, T0 + 64_000);
    expect(off).toEqual({ action: { type: 'start-timer', at: T0 + 64_000 }, holding: false });
  });

  it('leaves alone a countdown that was not running', () => {
    expect(blankStep(true, ready, false, T0)).toEqual({ action: null, holding: false });
    expect(blankStep(false, ready, false, T0)).toEqual({ action: null, holding: false });
  });

  it('does not start a countdown that something else stopped meanwhile (a buzz)', () => {
    const buzzed = teamReducer(TEAM_QUIZ_FIXTURE, running, {
      type: 'buzz',
      team: TEAMS[0]?.id ?? '',
      at: T0 + 1_000,
    });
    if (!buzzed.ok) throw new Error(buzzed.refusal.code);
    expect(blankStep(false, buzzed.state, true, T0 + 2_000).action).toBeNull();
  });
});

describe("the skit vote's countdown on the projector's clock", () => {
  const vote = (runningSince: number | null, ended = false): VoteTimer => ({
    nodeId: 'c1',
    timer: { durationMs: 30_000, elapsedMs: 5_000, runningSince },
    ended,
  });

  it('is driven like the question: beats, pauses after a sleep, ends at zero', () => {
    const memory = { lastFrameAt: T0, lastBeatAt: 0 };
    const running = voteRunning(vote(T0));
    expect(timerStep(memory, running, T0 + 16, true)).toMatchObject({ call: null, beat: true });
    const slept = timerStep(memory, running, T0 + 10 * 60_000, true);
    expect(slept.call && voteClockAction(slept.call, 30_000)).toEqual({
      type: 'pause-vote-timer',
      at: T0,
    });
    const end = timerStep({ lastFrameAt: T0 + 24_990, lastBeatAt: T0 }, running, T0 + 25_000, true);
    expect(end.call && voteClockAction(end.call, 30_000)).toEqual({
      type: 'vote-time-up',
      at: T0 + 25_000,
    });
    // A tab that only follows never acts; an ended or paused countdown needs nothing.
    expect(timerStep(memory, running, T0 + 25_000, false).call).toBeNull();
    expect(voteRunning(vote(T0, true))).toBeNull();
    expect(timerStep(memory, voteRunning(vote(null)), T0 + 99_000, true).call).toBeNull();
  });

  it('a reload soon after the last beat runs on; one after a sleep pauses at the beat', () => {
    const running = voteRunning(vote(T0));
    expect(sleepCall(running, T0 + 2_000, T0 + 2_000 + SLEEP_GAP_MS)).toBeNull();
    const call = sleepCall(running, T0 + 2_000, T0 + 2_000 + SLEEP_GAP_MS + 1);
    expect(call && voteClockAction(call, 30_000)).toEqual({
      type: 'pause-vote-timer',
      at: T0 + 2_000,
    });
    // Run on after the black screen: the meeting's length goes with it (a begun one keeps its own).
    expect(voteClockAction({ type: 'resume', at: T0 }, 45_000)).toEqual({
      type: 'start-vote-timer',
      durationMs: 45_000,
      at: T0,
    });
  });

  it('is drawn large at the top right, between the title strip and the choice box', () => {
    for (const [vw, boxY] of [
      [1920, 622],
      [1024, 310],
      [1024, 218],
      [1366, 400],
    ] as const) {
      const ring = voteRing(vw, 52, boxY);
      expect(ring.r).toBeGreaterThanOrEqual(40);
      expect(ring.r).toBeLessThanOrEqual(150);
      expect(ring.x + ring.r).toBeLessThanOrEqual(vw - 24);
      expect(ring.y - ring.r).toBeGreaterThanOrEqual(52);
    }
    // With room, large enough to read from the back of a hall.
    expect(voteRing(1920, 622, 52 + 12).r).toBe(40);
    expect(voteRing(1920, 52, 622).r).toBe(150);
    expect(voteRing(1024, 52, 310).r).toBe(98);
    // Its caption stays above the box.
    const ring = voteRing(1024, 52, 310);
    expect(ring.y + ring.r + 8 + 26 * 1.5).toBeLessThanOrEqual(310);
  });
});
