import { describe, it, expect } from 'vitest';
import { TEAM_QUIZ } from '../../src/core/activities';
import { seedRng, shuffle } from '../../src/core/rng';
import {
  ranking,
  type TeamAction,
  type TeamConfig,
  type TeamState,
} from '../../src/core/quiz/teams';
import {
  canUndo,
  dispatch,
  foldLog,
  newLog,
  undoLast,
  type Actor,
  type SessionLog,
} from '../../src/core/session/action-log';
import { KEY_PICTURE, PACK, TEAMS, TEAM_QUIZ_FIXTURE } from './fixtures';

const QUIZ = TEAM_QUIZ_FIXTURE;

interface Session {
  log: SessionLog<TeamConfig, TeamAction>;
  state: TeamState;
}

function begin(seed: number, config: TeamConfig): Session {
  const log = newLog<TeamConfig, TeamAction>(TEAM_QUIZ, PACK, seed, 0, config);
  return { log, state: foldLog(TEAM_QUIZ, QUIZ, log).state };
}

function act(s: Session, action: TeamAction, by: Actor = 'facilitator'): Session {
  const r = dispatch(TEAM_QUIZ, QUIZ, s.log, s.state, action, by);
  if (!r.step.ok) throw new Error(`refused ${action.type}: ${r.step.refusal.code}`);
  return { log: r.log, state: r.step.state };
}

function undo(s: Session): Session {
  const log = undoLast(s.log);
  return { log, state: foldLog(TEAM_QUIZ, QUIZ, log).state };
}

const scores = (s: Session): Record<string, number> =>
  Object.fromEntries(s.state.teams.map((t) => [t.id, t.score]));

/**
 * Three teams, penalty 10 for a wrong answer, a 6-tile key picture worth 300.
 * Prizes: lừa đảo 100, đường dây nóng 150, cảnh giác 200, bạn bè 100; 30 s each.
 */
describe('a whole team session, seed 11', () => {
  const SEED = 11;
  let s = begin(SEED, { teams: TEAMS, keyPicture: KEY_PICTURE, wrongPenalty: 10 });
  const openingOrder = shuffle([0, 1, 2, 3, 4, 5], seedRng(SEED))[0];

  // Q1 lừa đảo: Sen buzzes; the facilitator taps "wrong" by mistake, undoes, then "right".
  s = act(s, { type: 'start-timer', at: 0 });
  s = act(s, { type: 'buzz', team: 'sen', at: 5_000 });
  const beforeMistake = s;
  s = act(s, { type: 'judge', correct: false, at: 6_000 });
  const mistakeScore = scores(s).sen;
  s = undo(s);
  const afterUndo = s;
  s = act(s, { type: 'judge', correct: true, at: 6_000 }); // Sen +100, tile 1 opens
  s = act(s, { type: 'next', at: 10_000 });

  // Q2 đường dây nóng: Mai then Tre buzz; Mai wrong (−10), Tre right (+150), tile 2 opens.
  s = act(s, { type: 'start-timer', at: 11_000 });
  s = act(s, { type: 'buzz', team: 'mai', at: 15_000 });
  s = act(s, { type: 'buzz', team: 'tre', at: 15_500 });
  s = act(s, { type: 'judge', correct: false, at: 16_000 });
  s = act(s, { type: 'judge', correct: true, at: 17_000 });
  s = act(s, { type: 'next', at: 20_000 });

  // Q3 cảnh giác: runs 10 s, paused 10 s, runs again from 41 s; 20 s are left then, so the
  // time is up at 61 s, not at 60 s. Nobody scores, no tile opens.
  s = act(s, { type: 'start-timer', at: 21_000 });
  s = act(s, { type: 'pause-timer', at: 31_000 });
  s = act(s, { type: 'start-timer', at: 41_000 });
  const beforeEarly = s;
  const early = dispatch(TEAM_QUIZ, QUIZ, s.log, s.state, { type: 'time-up', at: 60_000 }, 'clock');
  s = act(s, { type: 'time-up', at: 61_000 }, 'clock');
  s = act(s, { type: 'next', at: 62_000 });

  // Q4 bạn bè: all three teams answer wrong (−10 each); the question closes.
  s = act(s, { type: 'start-timer', at: 63_000 });
  s = act(s, { type: 'buzz', team: 'sen', at: 64_000 });
  s = act(s, { type: 'judge', correct: false, at: 65_000 });
  s = act(s, { type: 'buzz', team: 'mai', at: 66_000 });
  s = act(s, { type: 'judge', correct: false, at: 67_000 });
  s = act(s, { type: 'buzz', team: 'tre', at: 68_000 });
  s = act(s, { type: 'judge', correct: false, at: 69_000 });
  const afterQ4 = s;

  // Mai gets 20 for a good discussion; Mai guesses the key wrong; Sen guesses it right with
  // 2 of 6 tiles open: max(round(300 / 10), round(300 × 4 / 6)) = 200.
  s = act(s, { type: 'adjust', team: 'mai', delta: 20, at: 70_000 });
  s = act(s, { type: 'key-guess', team: 'mai', correct: false, at: 71_000 });
  const keyLocked = s;
  s = act(s, { type: 'key-guess', team: 'sen', correct: true, at: 72_000 });

  // Sen: 100 − 10 + 200 = 290; Mai: −10 − 10 + 20 = 0; Tre: 150 − 10 = 140

  it('undo takes back the mistaken judgement and nothing else', () => {
    expect(mistakeScore).toBe(-10);
    expect(afterUndo.state).toEqual(beforeMistake.state);
    expect(afterUndo.log).toEqual(beforeMistake.log);
  });

  it('refuses time-up before it is due and logs nothing', () => {
    expect(early.step.ok).toBe(false);
    expect(early.log).toBe(beforeEarly.log);
    expect(early.step.state).toBe(beforeEarly.state);
  });

  it('ends with the exact scores', () => {
    expect(s.state.phase).toBe('finished');
    expect(scores(s)).toEqual({ sen: 290, mai: 0, tre: 140 });
  });

  it('records each question', () => {
    expect(s.state.results).toEqual([
      { questionId: 'lua-dao', answeredBy: 'sen', wrongTeams: [], points: 100 },
      { questionId: 'duong-day-nong', answeredBy: 'tre', wrongTeams: ['mai'], points: 150 },
      { questionId: 'canh-giac', answeredBy: null, wrongTeams: [], points: 0 },
      { questionId: 'ban-be', answeredBy: null, wrongTeams: ['sen', 'mai', 'tre'], points: 0 },
    ]);
    expect(afterQ4.state.phase).toBe('closed');
    expect(scores(afterQ4)).toEqual({ sen: 90, mai: -20, tre: 140 });
  });

  it('opens key tiles in the seeded order, then all of them when solved', () => {
    expect(afterQ4.state.key!.opened).toEqual(openingOrder.slice(0, 2));
    expect(keyLocked.state.key!.lockedTeams).toEqual(['mai']);
    expect(s.state.key!.solvedBy).toBe('sen');
    expect(s.state.key!.opened.slice(0, 2)).toEqual(openingOrder.slice(0, 2));
    expect([...s.state.key!.opened].sort()).toEqual([0, 1, 2, 3, 4, 5]);
  });

  it('ranks Sen, Tre, Mai', () => {
    expect(ranking(s.state).map((r) => [r.team.id, r.place, r.team.score])).toEqual([
      ['sen', 1, 290],
      ['tre', 2, 140],
      ['mai', 3, 0],
    ]);
  });

  it('refolds from the log to the same state; only the time-up was the clock', () => {
    expect(foldLog(TEAM_QUIZ, QUIZ, s.log)).toEqual({ state: s.state, skipped: 0 });
    expect(s.log.actions.filter((a) => a.by === 'clock').map((a) => a.action.type)).toEqual([
      'time-up',
    ]);
    expect(canUndo(s.log)).toBe(true);
  });
});

describe('a short team session without key picture, ending in a tie', () => {
  it('two teams share first place', () => {
    // Two questions at 50 points each (pointsPerQuestion), one to each team: 50 − 50.
    let s = begin(3, {
      teams: TEAMS.slice(0, 2),
      keyPicture: null,
      pointsPerQuestion: 50,
      questionIds: ['ban-be', 'canh-giac'],
    });
    s = act(s, { type: 'buzz', team: 'mai', at: 1_000 });
    s = act(s, { type: 'judge', correct: true, at: 2_000 });
    s = act(s, { type: 'next', at: 3_000 });
    s = act(s, { type: 'buzz', team: 'sen', at: 4_000 });
    s = act(s, { type: 'judge', correct: true, at: 5_000 });
    s = act(s, { type: 'finish', at: 6_000 });
    expect(scores(s)).toEqual({ sen: 50, mai: 50 });
    expect(s.state.key).toBeNull();
    expect(ranking(s.state).map((r) => r.place)).toEqual([1, 1]);
    expect(s.state.results.map((r) => r.points)).toEqual([50, 50]);
  });
});
