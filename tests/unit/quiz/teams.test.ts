import { describe, it, expect } from 'vitest';
import { seedRng, shuffle } from '../../../src/core/rng';
import {
  currentTeamQuestion,
  questionPoints,
  ranking,
  startTeams,
  teamReducer,
  timerRemainingMs,
  type TeamAction,
  type TeamConfig,
  type TeamState,
  type TeamStep,
} from '../../../src/core/quiz/teams';
import { KEY_PICTURE, TEAMS, TEAM_QUIZ_FIXTURE } from '../../scenario/fixtures';

const QUIZ = TEAM_QUIZ_FIXTURE;
const CONFIG: TeamConfig = { teams: TEAMS, keyPicture: KEY_PICTURE };

function start(config: Partial<TeamConfig> = {}): TeamState {
  return startTeams(QUIZ, 5, { ...CONFIG, ...config });
}

function step(state: TeamState, action: TeamAction): TeamStep {
  return teamReducer(QUIZ, state, action);
}

function ok(state: TeamState, ...actions: TeamAction[]): TeamState {
  return actions.reduce((s, a) => {
    const r = step(s, a);
    if (!r.ok) throw new Error(`refused ${a.type}: ${r.refusal.code}`);
    return r.state;
  }, state);
}

function expectRefused(state: TeamState, action: TeamAction, code: string): void {
  const r = step(state, action);
  expect(r.ok).toBe(false);
  expect(r.state).toBe(state);
  if (!r.ok) expect(r.refusal.code).toBe(code);
}

function score(state: TeamState, team: string): number | undefined {
  return state.teams.find((t) => t.id === team)?.score;
}

const buzz = (team: string, at = 0): TeamAction => ({ type: 'buzz', team, at });
const judge = (correct: boolean, at = 0): TeamAction => ({ type: 'judge', correct, at });

describe('start', () => {
  it('needs 2 to 6 teams', () => {
    expect(() => start({ teams: TEAMS.slice(0, 1) })).toThrow(/2 to 6/);
    const seven = Array.from({ length: 7 }, (_, i) => ({
      id: `t${i}`,
      name: `Đội ${i}`,
      color: '#000',
    }));
    expect(() => start({ teams: seven })).toThrow(/2 to 6/);
    expect(start({ teams: seven.slice(0, 6) }).teams).toHaveLength(6);
    expect(start({ teams: TEAMS.slice(0, 2) }).teams).toHaveLength(2);
  });

  it('throws for a question id not in the quiz', () => {
    expect(() => start({ questionIds: ['khong-co'] })).toThrow(/not in the quiz/);
  });

  it('starts ready, every team at 0, the key order drawn from the seed', () => {
    const s = start();
    expect(s.phase).toBe('ready');
    expect(s.teams.map((t) => t.score)).toEqual([0, 0, 0]);
    expect(s.order).toEqual(QUIZ.questions.map((q) => q.id));
    expect(s.timer).toEqual({ durationMs: 30_000, elapsedMs: 0, runningSince: null });
    expect(s.key?.openingOrder).toEqual(shuffle([0, 1, 2, 3, 4, 5], seedRng(5))[0]);
    expect(s.key?.opened).toEqual([]);
    expect(currentTeamQuestion(QUIZ, s)?.id).toBe('lua-dao');
  });

  it('honours chosen questions, time limit and points', () => {
    const s = start({
      questionIds: ['ban-be', 'canh-giac'],
      timeLimitSec: 10,
      pointsPerQuestion: 50,
    });
    expect(s.order).toEqual(['ban-be', 'canh-giac']);
    expect(s.timer.durationMs).toBe(10_000);
    expect(questionPoints(s, QUIZ.questions[2]!)).toBe(50);
    expect(questionPoints(start(), QUIZ.questions[2]!)).toBe(200);
  });

  it('with no questions it is finished at once; without a key picture key is null', () => {
    expect(start({ questionIds: [] }).phase).toBe('finished');
    expect(start({ keyPicture: null }).key).toBeNull();
  });
});

describe('timer', () => {
  it('counts down while running, stops while paused', () => {
    let s = ok(start(), { type: 'start-timer', at: 1000 });
    expect(s.phase).toBe('running');
    expect(timerRemainingMs(s.timer, 11_000)).toBe(20_000);
    s = ok(s, { type: 'pause-timer', at: 11_000 });
    expect(s.phase).toBe('paused');
    expect(s.timer).toEqual({ durationMs: 30_000, elapsedMs: 10_000, runningSince: null });
    expect(timerRemainingMs(s.timer, 99_000)).toBe(20_000);
    s = ok(s, { type: 'start-timer', at: 50_000 });
    expect(timerRemainingMs(s.timer, 55_000)).toBe(15_000);
    expect(timerRemainingMs(s.timer, 49_000)).toBe(20_000);
    expect(timerRemainingMs(s.timer, 999_000)).toBe(0);
  });

  it('time-up is refused before the time is due, then closes the question', () => {
    const s = ok(start(), { type: 'start-timer', at: 0 });
    expectRefused(s, { type: 'time-up', at: 29_999 }, 'time-not-up-yet');
    const r = step(s, { type: 'time-up', at: 30_000 });
    expect(r.ok && r.events).toEqual([
      { type: 'time-up' },
      { type: 'answer-revealed', questionId: 'lua-dao' },
    ]);
    expect(r.state.phase).toBe('closed');
    expect(r.state.answerShown).toBe(true);
    expect(r.state.timer.elapsedMs).toBe(30_000);
    expect(r.state.results).toEqual([
      { questionId: 'lua-dao', answeredBy: null, wrongTeams: [], points: 0 },
    ]);
  });

  it('refuses timer moves in the wrong phase', () => {
    const s = start();
    expectRefused(s, { type: 'pause-timer', at: 0 }, 'timer-not-running');
    expectRefused(s, { type: 'time-up', at: 99_000 }, 'timer-not-running');
    const running = ok(s, { type: 'start-timer', at: 0 });
    expectRefused(running, { type: 'start-timer', at: 1 }, 'timer-not-startable');
    // paused with no time left cannot restart
    const spent = ok(running, { type: 'pause-timer', at: 40_000 });
    expect(spent.timer.elapsedMs).toBe(30_000);
    expectRefused(spent, { type: 'start-timer', at: 41_000 }, 'time-is-up');
  });
});

describe('buzzing', () => {
  it('the first buzzer answers and stops the timer; later ones queue in order', () => {
    let s = ok(start(), { type: 'start-timer', at: 0 });
    const r = step(s, buzz('mai', 4000));
    expect(r.ok && r.events).toEqual([{ type: 'buzzed', team: 'mai', answering: true }]);
    s = r.state;
    expect(s.phase).toBe('answering');
    expect(s.answering).toBe('mai');
    expect(s.resumeTimer).toBe(true);
    expect(s.timer).toEqual({ durationMs: 30_000, elapsedMs: 4000, runningSince: null });
    const q = step(s, buzz('tre', 4100));
    expect(q.ok && q.events).toEqual([{ type: 'buzzed', team: 'tre', answering: false }]);
    s = ok(q.state, buzz('sen', 4200));
    expect(s.queue).toEqual(['tre', 'sen']);
    expectRefused(s, buzz('mai'), 'already-buzzed');
    expectRefused(s, buzz('tre'), 'already-buzzed');
  });

  it('buzzing before the timer starts is allowed and does not resume a timer later', () => {
    const s = ok(start(), buzz('sen'));
    expect(s.resumeTimer).toBe(false);
    const after = ok(s, judge(false, 100));
    expect(after.phase).toBe('paused');
    expect(after.lockedOut).toEqual(['sen']);
  });

  it('refuses an unknown team', () => {
    expectRefused(start(), buzz('sao'), 'unknown-team');
  });
});

describe('judging', () => {
  it('right: awards the points, closes the question, opens a key tile', () => {
    const s = ok(start(), { type: 'start-timer', at: 0 }, buzz('sen', 3000));
    const r = step(s, judge(true, 3500));
    const tile = s.key!.openingOrder[0]!;
    expect(r.ok && r.events).toEqual([
      { type: 'answer-right', team: 'sen', points: 100 },
      { type: 'answer-revealed', questionId: 'lua-dao' },
      { type: 'key-tile-opened', tile },
    ]);
    expect(score(r.state, 'sen')).toBe(100);
    expect(r.state.phase).toBe('closed');
    expect(r.state.key!.opened).toEqual([tile]);
    expect(r.state.results).toEqual([
      { questionId: 'lua-dao', answeredBy: 'sen', wrongTeams: [], points: 100 },
    ]);
  });

  it('right without a key picture opens nothing', () => {
    const r = step(ok(start({ keyPicture: null }), buzz('sen')), judge(true));
    expect(r.ok && r.events.map((e) => e.type)).toEqual(['answer-right', 'answer-revealed']);
  });

  it('wrong: the team is locked out and the next buzzer answers', () => {
    const s = ok(
      start({ wrongPenalty: 10 }),
      { type: 'start-timer', at: 0 },
      buzz('sen', 1000),
      buzz('mai', 1100),
    );
    const r = step(s, judge(false, 2000));
    expect(r.ok && r.events).toEqual([{ type: 'answer-wrong', team: 'sen', penalty: 10 }]);
    expect(r.state.answering).toBe('mai');
    expect(r.state.queue).toEqual([]);
    expect(r.state.lockedOut).toEqual(['sen']);
    expect(score(r.state, 'sen')).toBe(-10);
    expectRefused(r.state, buzz('sen'), 'team-locked-out');
  });

  it('wrong with nobody queued: the timer resumes where it stopped', () => {
    const s = ok(start(), { type: 'start-timer', at: 0 }, buzz('sen', 5000));
    const r = step(s, judge(false, 9000));
    expect(r.ok && r.events).toEqual([
      { type: 'answer-wrong', team: 'sen', penalty: 0 },
      { type: 'timer-started' },
    ]);
    expect(r.state.phase).toBe('running');
    expect(r.state.timer).toEqual({ durationMs: 30_000, elapsedMs: 5000, runningSince: 9000 });
    expect(timerRemainingMs(r.state.timer, 10_000)).toBe(24_000);
  });

  it('wrong after the time ran out: the question waits, paused', () => {
    const s = ok(start(), { type: 'start-timer', at: 0 }, buzz('sen', 30_000));
    const after = ok(s, judge(false, 31_000));
    expect(after.phase).toBe('paused');
  });

  it('every team wrong closes the question with no points', () => {
    let s = ok(
      start(),
      { type: 'start-timer', at: 0 },
      buzz('sen', 1000),
      buzz('mai', 1000),
      buzz('tre', 1000),
    );
    s = ok(s, judge(false), judge(false));
    const r = step(s, judge(false));
    expect(r.ok && r.events).toEqual([
      { type: 'answer-wrong', team: 'tre', penalty: 0 },
      { type: 'answer-revealed', questionId: 'lua-dao' },
    ]);
    expect(r.state.phase).toBe('closed');
    expect(r.state.results[0]).toEqual({
      questionId: 'lua-dao',
      answeredBy: null,
      wrongTeams: ['sen', 'mai', 'tre'],
      points: 0,
    });
    expect(r.state.key!.opened).toEqual([]);
  });

  it('judge with nobody answering is refused', () => {
    expectRefused(start(), judge(true), 'nobody-answering');
  });
});

describe('reveal, open-key-tile, adjust, next, finish', () => {
  it('reveal closes the question without points', () => {
    const s = ok(start(), { type: 'start-timer', at: 0 });
    const r = step(s, { type: 'reveal-answer', at: 7000 });
    expect(r.ok && r.events).toEqual([{ type: 'answer-revealed', questionId: 'lua-dao' }]);
    expect(r.state.phase).toBe('closed');
    expect(r.state.timer.elapsedMs).toBe(7000);
    expectRefused(r.state, { type: 'reveal-answer', at: 0 }, 'question-closed');
  });

  it('open-key-tile opens tiles in the seeded order until none is left', () => {
    let s = start();
    const order = s.key!.openingOrder;
    for (let i = 0; i < 6; i++) {
      const r = step(s, { type: 'open-key-tile', at: 0 });
      expect(r.ok && r.events).toEqual([{ type: 'key-tile-opened', tile: order[i] }]);
      s = r.state;
    }
    expect(s.key!.opened).toEqual(order);
    expectRefused(s, { type: 'open-key-tile', at: 0 }, 'no-key-tile-left');
    expectRefused(start({ keyPicture: null }), { type: 'open-key-tile', at: 0 }, 'no-key-picture');
  });

  it('adjust adds or takes whole points; zero, fractions and unknown teams are refused', () => {
    const s = start();
    const r = step(s, { type: 'adjust', team: 'mai', delta: -15, at: 0 });
    expect(r.ok && r.events).toEqual([{ type: 'score-adjusted', team: 'mai', delta: -15 }]);
    expect(score(r.state, 'mai')).toBe(-15);
    expectRefused(s, { type: 'adjust', team: 'mai', delta: 0, at: 0 }, 'bad-amount');
    expectRefused(s, { type: 'adjust', team: 'mai', delta: 1.5, at: 0 }, 'bad-amount');
    expectRefused(s, { type: 'adjust', team: 'mai', delta: Number.NaN, at: 0 }, 'bad-amount');
    expectRefused(s, { type: 'adjust', team: 'sao', delta: 5, at: 0 }, 'unknown-team');
  });

  it('next is refused while the question is open, then shows a fresh question', () => {
    const s = ok(start(), buzz('sen'));
    expectRefused(s, { type: 'next', at: 0 }, 'question-open');
    const closed = ok(s, judge(false), { type: 'reveal-answer', at: 0 });
    const r = step(closed, { type: 'next', at: 0 });
    expect(r.ok && r.events).toEqual([
      { type: 'question-shown', questionId: 'duong-day-nong', number: 2 },
    ]);
    expect(r.state).toMatchObject({
      index: 1,
      phase: 'ready',
      answering: null,
      queue: [],
      lockedOut: [],
    });
    expect(r.state.answerShown).toBe(false);
    expect(r.state.timer).toEqual({ durationMs: 30_000, elapsedMs: 0, runningSince: null });
  });

  it('next after the last question finishes the game', () => {
    let s = start({ questionIds: ['ban-be'] });
    s = ok(s, { type: 'reveal-answer', at: 0 });
    const r = step(s, { type: 'next', at: 0 });
    expect(r.ok && r.events).toEqual([{ type: 'finished' }]);
    expect(r.state.phase).toBe('finished');
    expect(currentTeamQuestion(QUIZ, r.state)).toBeNull();
  });

  it('finish ends the game at any point and stops the timer', () => {
    const s = ok(start(), { type: 'start-timer', at: 0 }, buzz('sen', 2000), buzz('mai', 2000));
    const r = step(ok(s, judge(false, 3000), judge(false, 3000)), { type: 'finish', at: 3000 });
    expect(r.ok && r.events).toEqual([{ type: 'finished' }]);
    expect(r.state.phase).toBe('finished');
    expect(r.state.timer.runningSince).toBeNull();
  });
});

describe('key picture guesses', () => {
  it('a right guess earns the shrunken bonus, opens every tile and ends the game', () => {
    let s = ok(
      start(),
      buzz('sen'),
      judge(true),
      { type: 'next', at: 0 },
      buzz('mai'),
      judge(true),
    );
    expect(s.key!.opened).toHaveLength(2);
    const r = step(s, { type: 'key-guess', team: 'tre', correct: true, at: 0 });
    // 300 × (6 − 2) / 6 = 200
    expect(r.ok && r.events).toEqual([
      { type: 'key-solved', team: 'tre', bonus: 200 },
      { type: 'finished' },
    ]);
    s = r.state;
    expect(score(s, 'tre')).toBe(200);
    expect(s.phase).toBe('finished');
    expect(s.key!.solvedBy).toBe('tre');
    expect([...s.key!.opened].sort()).toEqual([0, 1, 2, 3, 4, 5]);
    expect(s.key!.opened.slice(0, 2)).toEqual(s.key!.openingOrder.slice(0, 2));
    expectRefused(s, { type: 'key-guess', team: 'sen', correct: true, at: 0 }, 'game-finished');
  });

  it('a wrong guess shuts that team out of the key only', () => {
    const s = start();
    const r = step(s, { type: 'key-guess', team: 'sen', correct: false, at: 0 });
    expect(r.ok && r.events).toEqual([{ type: 'key-guess-wrong', team: 'sen' }]);
    expect(r.state.key!.lockedTeams).toEqual(['sen']);
    expect(score(r.state, 'sen')).toBe(0);
    expectRefused(
      r.state,
      { type: 'key-guess', team: 'sen', correct: true, at: 0 },
      'team-locked-out-of-key',
    );
    expect(step(r.state, buzz('sen')).ok).toBe(true);
    expect(step(r.state, { type: 'key-guess', team: 'mai', correct: true, at: 0 }).ok).toBe(true);
  });

  it('refuses guesses without a key picture or from an unknown team', () => {
    expectRefused(
      start({ keyPicture: null }),
      { type: 'key-guess', team: 'sen', correct: true, at: 0 },
      'no-key-picture',
    );
    expectRefused(
      start(),
      { type: 'key-guess', team: 'sao', correct: true, at: 0 },
      'unknown-team',
    );
  });

  it('once the key is solved the game is over: every move is refused', () => {
    const s = ok(start(), { type: 'key-guess', team: 'sen', correct: true, at: 0 });
    for (const a of [
      buzz('mai'),
      judge(true),
      { type: 'next', at: 0 } as const,
      { type: 'finish', at: 0 } as const,
    ]) {
      expectRefused(s, a, 'game-finished');
    }
  });
});

describe('refusals after the question closed', () => {
  it('buzz and judge are refused once closed', () => {
    const s = ok(start(), buzz('sen'), judge(true));
    expectRefused(s, buzz('mai'), 'question-closed');
    expectRefused(s, judge(true), 'nobody-answering');
    expectRefused(s, { type: 'start-timer', at: 0 }, 'timer-not-startable');
  });
});

describe('ranking', () => {
  it('ranks by score, ties share a place', () => {
    const four = [...TEAMS, { id: 'cuc', name: 'Đội Cúc', color: '#2196f3' }];
    const s = ok(
      start({ teams: four }),
      { type: 'adjust', team: 'sen', delta: 50, at: 0 },
      { type: 'adjust', team: 'mai', delta: 80, at: 0 },
      { type: 'adjust', team: 'tre', delta: 50, at: 0 },
    );
    expect(ranking(s).map((r) => [r.team.id, r.place])).toEqual([
      ['mai', 1],
      ['sen', 2],
      ['tre', 2],
      ['cuc', 4],
    ]);
  });

  it('all equal: everyone first', () => {
    expect(ranking(start()).map((r) => r.place)).toEqual([1, 1, 1]);
  });
});
