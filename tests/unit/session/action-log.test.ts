import { describe, it, expect } from 'vitest';
import { SOLO_QUIZ, TEAM_QUIZ } from '../../../src/core/activities';
import {
  canUndo,
  dispatch,
  foldLog,
  newLog,
  undoLast,
  SAVE_FORMAT,
  type Actor,
  type SessionLog,
} from '../../../src/core/session/action-log';
import type { TeamAction, TeamConfig, TeamState } from '../../../src/core/quiz/teams';
import type { SoloAction, SoloConfig } from '../../../src/core/quiz/solo';
import { KEY_PICTURE, PACK, SMALL_QUIZ, TEAMS, TEAM_QUIZ_FIXTURE } from '../../scenario/fixtures';

const CONFIG: TeamConfig = { teams: TEAMS, keyPicture: KEY_PICTURE, wrongPenalty: 10 };

function teamSession(): { log: SessionLog<TeamConfig, TeamAction>; state: TeamState } {
  const log = newLog<TeamConfig, TeamAction>(TEAM_QUIZ, PACK, 8, 0, CONFIG);
  return { log, state: foldLog(TEAM_QUIZ, TEAM_QUIZ_FIXTURE, log).state };
}

function play(
  start: { log: SessionLog<TeamConfig, TeamAction>; state: TeamState },
  moves: readonly [TeamAction, Actor][],
): { log: SessionLog<TeamConfig, TeamAction>; state: TeamState } {
  return moves.reduce((s, [action, by]) => {
    const r = dispatch(TEAM_QUIZ, TEAM_QUIZ_FIXTURE, s.log, s.state, action, by);
    return { log: r.log, state: r.step.state };
  }, start);
}

describe('newLog', () => {
  it('writes the current format, the activity kind and no actions', () => {
    const log = newLog<SoloConfig, SoloAction>(SOLO_QUIZ, PACK, 3, 1234, { questionCount: 2 });
    expect(log).toEqual({
      format: SAVE_FORMAT,
      activity: 'solo-quiz',
      pack: PACK,
      seed: 3,
      startedAt: 1234,
      config: { questionCount: 2 },
      actions: [],
    });
    expect(foldLog(SOLO_QUIZ, SMALL_QUIZ, log)).toEqual({
      state: SOLO_QUIZ.start(SMALL_QUIZ, 3, 1234, { questionCount: 2 }),
      skipped: 0,
    });
  });
});

describe('dispatch', () => {
  it('appends accepted actions with who did them', () => {
    const s = teamSession();
    const r = dispatch(
      TEAM_QUIZ,
      TEAM_QUIZ_FIXTURE,
      s.log,
      s.state,
      { type: 'start-timer', at: 10 },
      'facilitator',
    );
    expect(r.step.ok).toBe(true);
    expect(r.log.actions).toEqual([{ by: 'facilitator', action: { type: 'start-timer', at: 10 } }]);
    expect(s.log.actions).toEqual([]);
  });

  it('leaves the log as it was on a refusal', () => {
    const s = teamSession();
    const r = dispatch(
      TEAM_QUIZ,
      TEAM_QUIZ_FIXTURE,
      s.log,
      s.state,
      { type: 'next', at: 0 },
      'facilitator',
    );
    expect(r.step.ok).toBe(false);
    expect(r.log).toBe(s.log);
    expect(r.step.state).toBe(s.state);
  });
});

describe('foldLog', () => {
  it('equals the live state', () => {
    const live = play(teamSession(), [
      [{ type: 'start-timer', at: 0 }, 'facilitator'],
      [{ type: 'buzz', team: 'mai', at: 2000 }, 'facilitator'],
      [{ type: 'judge', correct: false, at: 2500 }, 'facilitator'],
      [{ type: 'buzz', team: 'tre', at: 3000 }, 'facilitator'],
      [{ type: 'judge', correct: true, at: 3500 }, 'facilitator'],
      [{ type: 'next', at: 4000 }, 'facilitator'],
    ]);
    expect(live.log.actions).toHaveLength(6);
    expect(foldLog(TEAM_QUIZ, TEAM_QUIZ_FIXTURE, live.log)).toEqual({
      state: live.state,
      skipped: 0,
    });
  });

  it('skips and counts actions the rules refuse', () => {
    const s = teamSession();
    const log: SessionLog<TeamConfig, TeamAction> = {
      ...s.log,
      actions: [
        { by: 'facilitator', action: { type: 'judge', correct: true, at: 0 } },
        { by: 'facilitator', action: { type: 'buzz', team: 'sen', at: 0 } },
        { by: 'facilitator', action: { type: 'buzz', team: 'khong-co', at: 0 } },
      ],
    };
    const r = foldLog(TEAM_QUIZ, TEAM_QUIZ_FIXTURE, log);
    expect(r.skipped).toBe(2);
    expect(r.state.answering).toBe('sen');
  });
});

describe('undo', () => {
  it("drops the facilitator's last action and the clock actions after it", () => {
    const before = play(teamSession(), [[{ type: 'start-timer', at: 0 }, 'facilitator']]);
    const after = play(before, [
      [{ type: 'pause-timer', at: 10_000 }, 'facilitator'],
      [{ type: 'start-timer', at: 20_000 }, 'facilitator'],
      [{ type: 'time-up', at: 40_000 }, 'clock'],
    ]);
    expect(after.state.phase).toBe('closed');
    const undone = undoLast(after.log);
    expect(undone.actions).toEqual([
      { by: 'facilitator', action: { type: 'start-timer', at: 0 } },
      { by: 'facilitator', action: { type: 'pause-timer', at: 10_000 } },
    ]);
    const state = foldLog(TEAM_QUIZ, TEAM_QUIZ_FIXTURE, undone).state;
    expect(state.phase).toBe('paused');
    expect(state.timer.elapsedMs).toBe(10_000);
    expect(undoLast(undoLast(undone))).toEqual(teamSession().log);
  });

  it('does not take back a player action', () => {
    const log = newLog<SoloConfig, SoloAction>(SOLO_QUIZ, PACK, 1, 0, {});
    const played: SessionLog<SoloConfig, SoloAction> = {
      ...log,
      actions: [
        { by: 'facilitator', action: { type: 'skip', at: 0 } },
        { by: 'player', action: { type: 'next', at: 1 } },
      ],
    };
    expect(undoLast(played)).toBe(played);
    expect(canUndo(played)).toBe(false);
  });

  it('returns the same log when there is nothing to undo', () => {
    const { log } = teamSession();
    expect(undoLast(log)).toBe(log);
    expect(canUndo(log)).toBe(false);
    const onlyClock = {
      ...log,
      actions: [{ by: 'clock' as const, action: { type: 'time-up', at: 0 } as const }],
    };
    expect(undoLast(onlyClock)).toBe(onlyClock);
    expect(canUndo(onlyClock)).toBe(false);
  });

  it('canUndo is true after a facilitator action', () => {
    const s = play(teamSession(), [[{ type: 'start-timer', at: 0 }, 'facilitator']]);
    expect(canUndo(s.log)).toBe(true);
  });
});
