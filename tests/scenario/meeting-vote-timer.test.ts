import { describe, expect, it } from 'vitest';
import { MEETING } from '../../src/core/activities';
import { openVoteTimer, type MeetingAction } from '../../src/core/meeting/meeting';
import { tally } from '../../src/core/meeting/phones';
import { timerRemainingMs } from '../../src/core/quiz/teams';
import { dispatch, foldLog, undoLast, type Actor } from '../../src/core/session/action-log';
import { VOTE_TIME_MS, voteTimeMs } from '../../src/core/meeting/vote-timer';
import { CONFIG, RULES, act, begin, type Session } from './whole-meeting';

/** The skit vote's countdown: started by the facilitator, ended by the clock, in the log. */

const vote = (phone: string, option: number, at: number): MeetingAction => ({
  type: 'phone-vote',
  phone,
  nodeId: 'c1',
  option,
  at,
});
const start = (at: number, durationMs = 30_000): MeetingAction => ({
  type: 'start-vote-timer',
  durationMs,
  at,
});

function tryAct(
  s: Session,
  action: MeetingAction,
  by: Actor = 'phone',
): { s: Session; refused: string | null } {
  const r = dispatch(MEETING, RULES, s.log, s.state, action, by);
  if (!r.step.ok) return { s, refused: r.step.refusal.code };
  return { s: { log: r.log, state: r.step.state }, refused: null };
}

const skitOnly = () => begin({ ...CONFIG, quiz: null });
const left = (s: Session, now: number): number | null => {
  const t = openVoteTimer(RULES, s.state);
  return t ? timerRemainingMs(t.timer, now) : null;
};

describe('the skit vote’s countdown', () => {
  it('runs out: later phone votes are refused, the hands still close the vote with the phones', () => {
    let s = skitOnly();
    s = tryAct(s, vote('p1', 0, 1_100)).s;
    s = act(s, start(2_000));
    expect(left(s, 2_000)).toBe(30_000);
    expect(left(s, 12_500)).toBe(19_500);
    s = tryAct(s, vote('p2', 2, 20_000)).s;
    s = tryAct(s, vote('p3', 2, 31_999)).s;
    // Too early: the clock cannot end it before its time.
    expect(tryAct(s, { type: 'vote-time-up', at: 31_999 }, 'clock').refused).toBe(
      'time-not-up-yet',
    );
    // A vote stamped after the deadline is too late, even before the clock logged the end.
    expect(tryAct(s, vote('p4', 0, 32_000)).refused).toBe('vote-time-up');
    s = act(s, { type: 'vote-time-up', at: 32_016 }, 'clock');
    expect(openVoteTimer(RULES, s.state)).toMatchObject({ nodeId: 'c1', ended: true });
    expect(left(s, 40_000)).toBe(0);
    expect(tryAct(s, vote('p1', 2, 33_000)).refused).toBe('vote-time-up');
    expect(tryAct(s, start(33_000), 'facilitator').refused).toBe('vote-time-is-up');
    // Phones gave A 1, C 2; the hands in the hall add 1 to A and 3 to C.
    expect(tally(s.state.phones, 'c1', 3)).toEqual([1, 0, 2]);
    s = act(s, { type: 'close-vote', hands: [1, 0, 3], at: 40_000 });
    expect(s.state.skit?.votes).toEqual([{ nodeId: 'c1', counts: [2, 0, 5], chosen: 2 }]);
    expect(s.state.voteTimer).toBeNull();
    expect(s.log.actions.map((a) => `${a.by}:${a.action.type}`)).toEqual([
      'phone:phone-vote',
      'facilitator:start-vote-timer',
      'phone:phone-vote',
      'phone:phone-vote',
      'clock:vote-time-up',
      'facilitator:close-vote',
    ]);
  });

  it('pauses and resumes where it stopped; a pause after a sleep keeps the time left', () => {
    let s = skitOnly();
    s = act(s, start(1_000));
    s = act(s, { type: 'pause-vote-timer', at: 11_000 });
    expect(left(s, 500_000)).toBe(20_000);
    expect(tryAct(s, { type: 'vote-time-up', at: 500_000 }, 'clock').refused).toBe(
      'vote-timer-not-running',
    );
    // Started again: the duration asked for now is ignored, the 20 s left go on.
    s = act(s, start(600_000, 5_000));
    expect(left(s, 600_000)).toBe(20_000);
    expect(tryAct(s, start(600_001), 'facilitator').refused).toBe('vote-timer-running');
    s = act(s, { type: 'vote-time-up', at: 620_000 }, 'clock');
    expect(openVoteTimer(RULES, s.state)?.ended).toBe(true);
  });

  it('refuses a countdown with no choice on screen or of a silly length', () => {
    const s = skitOnly();
    expect(tryAct(s, start(1, 500), 'facilitator').refused).toBe('bad-duration');
    expect(tryAct(s, start(1, 700_000), 'facilitator').refused).toBe('bad-duration');
    expect(tryAct(s, start(1, 1.5e3 + 0.5), 'facilitator').refused).toBe('bad-duration');
    expect(tryAct(s, { type: 'pause-vote-timer', at: 1 }, 'facilitator').refused).toBe(
      'vote-timer-not-running',
    );
    const quiz = begin();
    expect(tryAct(quiz, start(1), 'facilitator').refused).toBe('no-vote-open');
  });

  it('a reload refolds the same countdown; undo takes the clock’s end back with the start', () => {
    let s = skitOnly();
    s = tryAct(s, vote('p1', 0, 1_100)).s;
    s = act(s, start(2_000));
    s = act(s, { type: 'vote-time-up', at: 32_000 }, 'clock');
    const reloaded = JSON.parse(JSON.stringify(s.log)) as typeof s.log;
    expect(foldLog(MEETING, RULES, reloaded)).toEqual({ state: s.state, skipped: 0 });
    const undone = foldLog(MEETING, RULES, undoLast(s.log));
    expect(undone.state.voteTimer).toBeNull();
    expect(tally(undone.state.phones, 'c1', 3)).toEqual([1, 0, 0]);
  });

  it('the story leaving the choice leaves its countdown behind', () => {
    let s = skitOnly();
    s = act(s, start(2_000));
    s = act(s, { type: 'skit', action: { type: 'choose', option: 0 }, at: 3_000 });
    expect(s.state.voteTimer).toBeNull();
    expect(openVoteTimer(RULES, s.state)).toBeNull();
  });

  it('runs as long as the setup chose, kept in the log so a reload keeps it', () => {
    // A meeting set up for 45 s: the facilitator's start carries it, the phones count down from it.
    let s = begin({ ...CONFIG, quiz: null, voteTimeSec: 45 });
    expect(s.state.voteTimeMs).toBe(45_000);
    s = act(s, start(2_000, s.state.voteTimeMs));
    expect(left(s, 2_000)).toBe(45_000);
    expect(tryAct(s, { type: 'vote-time-up', at: 46_999 }, 'clock').refused).toBe(
      'time-not-up-yet',
    );
    const reloaded = JSON.parse(JSON.stringify(s.log)) as typeof s.log;
    expect(reloaded.config.voteTimeSec).toBe(45);
    expect(foldLog(MEETING, RULES, reloaded).state).toEqual(s.state);
    // A meeting saved before the setup asked (no length in its config) keeps the old 30 s.
    expect(skitOnly().state.voteTimeMs).toBe(VOTE_TIME_MS);
  });

  it('a length out of range or not in whole seconds falls back to 30 s', () => {
    expect([15, 30, 45, 60, 1, 600].map(voteTimeMs)).toEqual([
      15_000, 30_000, 45_000, 60_000, 1_000, 600_000,
    ]);
    for (const bad of [undefined, 0, -15, 601, 1.5, Number.NaN, Infinity])
      expect(voteTimeMs(bad)).toBe(VOTE_TIME_MS);
  });
});
