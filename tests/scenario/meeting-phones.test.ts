import { describe, expect, it } from 'vitest';
import { MEETING } from '../../src/core/activities';
import { meetingReducer, type MeetingAction } from '../../src/core/meeting/meeting';
import { ballotsCast, tally } from '../../src/core/meeting/phones';
import { dispatch, foldLog, undoLast } from '../../src/core/session/action-log';
import { CONFIG, RULES, act, begin, q, scores, type Session } from './whole-meeting';

const buzz = (phone: string, seq: number, team: string, question: number, at: number) =>
  ({
    type: 'phone-buzz',
    phone,
    seq,
    team,
    question,
    at,
    serverAt: at - 3,
  }) satisfies MeetingAction;

const vote = (phone: string, nodeId: string, option: number, at: number) =>
  ({ type: 'phone-vote', phone, nodeId, option, at }) satisfies MeetingAction;

/** Tries an action; a refusal leaves the session as it was and says why. */
function tryAct(s: Session, action: MeetingAction): { s: Session; refused: string | null } {
  const r = dispatch(MEETING, RULES, s.log, s.state, action, 'phone');
  if (!r.step.ok) return { s, refused: r.step.refusal.code };
  return { s: { log: r.log, state: r.step.state }, refused: null };
}

describe('phones in a meeting: buzzes', () => {
  it('queues teams in the order the phones buzzed, each buzz counted once', () => {
    let s = begin();
    s = act(s, q({ type: 'start-timer', at: 2_000 }));
    s = tryAct(s, buzz('p-mai-1', 0, 'mai', 0, 2_500)).s;
    s = tryAct(s, buzz('p-sen-1', 0, 'sen', 0, 2_600)).s;
    // The same buzz again (a retry after a lost connection) and a teammate's second buzz.
    expect(tryAct(s, buzz('p-mai-1', 0, 'mai', 0, 2_700)).refused).toBe('buzz-already-counted');
    expect(tryAct(s, buzz('p-mai-2', 0, 'mai', 0, 2_700)).refused).toBe('already-buzzed');
    expect(s.state.quiz?.answering).toBe('mai');
    expect(s.state.quiz?.queue).toEqual(['sen']);
    expect(s.state.quiz?.phase).toBe('answering');
    // The timer stopped at the projector's time of the first buzz.
    expect(s.state.quiz?.timer.elapsedMs).toBe(500);
    expect(s.state.phones.buzzes).toEqual([
      { phone: 'p-mai-1', seq: 0, team: 'mai', question: 0, serverAt: 2_497 },
      { phone: 'p-sen-1', seq: 0, team: 'sen', question: 0, serverAt: 2_597 },
    ]);
  });

  it('refuses a locked-out team, a buzz for another question and one outside the quiz', () => {
    let s = begin();
    s = tryAct(s, buzz('p1', 0, 'mai', 0, 2_000)).s;
    s = act(s, q({ type: 'judge', correct: false, at: 2_100 }));
    expect(tryAct(s, buzz('p2', 0, 'mai', 0, 2_200)).refused).toBe('team-locked-out');
    expect(tryAct(s, buzz('p3', 0, 'sen', 1, 2_200)).refused).toBe('buzz-for-another-question');
    expect(tryAct(s, buzz('p3', -1, 'sen', 0, 2_200)).refused).toBe('bad-buzz');
    expect(tryAct(s, buzz('p3', 0, 'nobody', 0, 2_200)).refused).toBe('unknown-team');
    s = act(s, q({ type: 'finish', at: 2_300 }));
    expect(tryAct(s, buzz('p3', 1, 'sen', 0, 2_400)).refused).toBe('game-finished');
  });

  it("the facilitator's undo keeps the phones' buzzes that came after", () => {
    let s = begin();
    s = act(s, q({ type: 'start-timer', at: 2_000 }));
    s = act(s, q({ type: 'pause-timer', at: 2_200 }));
    s = tryAct(s, buzz('p-tre', 4, 'tre', 0, 2_300)).s;
    const undone = undoLast(s.log);
    const { state, skipped } = foldLog(MEETING, RULES, undone);
    expect(skipped).toBe(0);
    expect(undone.actions.map((a) => [a.by, a.action.type])).toEqual([
      ['facilitator', 'quiz'],
      ['phone', 'phone-buzz'],
    ]);
    expect(state.quiz?.answering).toBe('tre');
    expect(state.quiz?.timer.elapsedMs).toBe(300);
    // Nothing of the facilitator's is left to take back: the phone's buzz is not undone.
    expect(undoLast(undoLast(undone))).toEqual(undoLast(undone));
  });

  it('a whole quiz by phones gives exact scores and refolds the same after a reload', () => {
    let s = begin();
    const qs = s.state.quiz?.order.length ?? 0;
    expect(qs).toBe(4);
    // Question 1: Sen buzzes first and is wrong, Mai is right.
    s = tryAct(s, buzz('a', 0, 'sen', 0, 2_000)).s;
    s = tryAct(s, buzz('b', 0, 'mai', 0, 2_010)).s;
    s = act(s, q({ type: 'judge', correct: false, at: 2_100 }));
    s = act(s, q({ type: 'judge', correct: true, at: 2_200 }));
    s = act(s, q({ type: 'next', at: 2_300 }));
    // Question 2: an old buzz from question 1 arrives late and changes nothing.
    expect(tryAct(s, buzz('c', 0, 'tre', 0, 2_400)).refused).toBe('buzz-for-another-question');
    s = tryAct(s, buzz('c', 1, 'tre', 1, 2_500)).s;
    s = act(s, q({ type: 'judge', correct: true, at: 2_600 }));
    s = act(s, q({ type: 'next', at: 2_700 }));
    s = tryAct(s, buzz('a', 1, 'sen', 2, 2_800)).s;
    s = act(s, q({ type: 'judge', correct: true, at: 2_900 }));
    s = act(s, q({ type: 'finish', at: 3_000 }));
    expect(s.state.quiz?.phase).toBe('finished');
    // Questions are worth 100, 150, 200; a wrong answer costs 10.
    expect(scores(s)).toEqual({ sen: 190, mai: 100, tre: 150 });
    expect(s.state.phones.buzzes.map((b) => `${b.phone}${b.seq}:${b.team}@${b.question}`)).toEqual([
      'a0:sen@0',
      'b0:mai@0',
      'c1:tre@1',
      'a1:sen@2',
    ]);
    const reloaded = JSON.parse(JSON.stringify(s.log)) as typeof s.log;
    expect(foldLog(MEETING, RULES, reloaded)).toEqual({ state: s.state, skipped: 0 });
  });
});

describe('phones in a meeting: votes on the skit', () => {
  const skitOnly = () => begin({ ...CONFIG, quiz: null });

  it('one vote per phone, changeable; hands are added when the vote closes', () => {
    let s = skitOnly();
    s = tryAct(s, vote('p1', 'c1', 0, 1_100)).s;
    s = tryAct(s, vote('p2', 'c1', 2, 1_200)).s;
    s = tryAct(s, vote('p3', 'c1', 2, 1_300)).s;
    // p1 changes its mind; p2 sends the same vote again (a retry).
    s = tryAct(s, vote('p1', 'c1', 2, 1_400)).s;
    expect(tryAct(s, vote('p2', 'c1', 2, 1_500)).refused).toBe('vote-unchanged');
    // Option B is hidden (its condition is false), c2 is not on screen.
    expect(tryAct(s, vote('p4', 'c1', 1, 1_500)).refused).toBe('bad-option');
    expect(tryAct(s, vote('p4', 'c2', 0, 1_500)).refused).toBe('vote-for-another-choice');
    expect(tally(s.state.phones, 'c1', 3)).toEqual([0, 0, 3]);
    expect(ballotsCast(s.state.phones, 'c1')).toBe(3);
    // Hands in the hall: 5 for A, 1 for C. 5 > 3 + 1: A wins.
    s = act(s, { type: 'close-vote', hands: [5, 0, 1], at: 2_000 });
    expect(s.state.skit?.votes).toEqual([{ nodeId: 'c1', counts: [5, 0, 4], chosen: 0 }]);
    expect(s.state.phones.closed).toEqual([{ nodeId: 'c1', phones: [0, 0, 3], hands: [5, 0, 1] }]);
    expect(s.state.phones.ballot).toBeNull();
    // Closed: a late vote on c1 is refused.
    expect(tryAct(s, vote('p5', 'c1', 0, 2_100)).refused).toBe('no-vote-open');
  });

  it('refuses hands of the wrong shape and a vote with no votes at all', () => {
    const s = skitOnly();
    const close = (hands: number[]) =>
      meetingReducer(RULES, s.state, { type: 'close-vote', hands, at: 1 });
    expect(close([1, 2])).toMatchObject({ ok: false, refusal: { code: 'bad-hands' } });
    expect(close([1, -1, 0])).toMatchObject({ ok: false, refusal: { code: 'bad-hands' } });
    expect(close([0, 0, 0])).toMatchObject({ ok: false, refusal: { code: 'vote-empty' } });
  });

  it('200 phones voting, some twice: counted exactly, the same after a reload', () => {
    let s = skitOnly();
    for (let i = 0; i < 200; i++) s = tryAct(s, vote(`p${i}`, 'c1', i % 3 === 0 ? 0 : 2, i)).s;
    for (let i = 0; i < 200; i += 10) s = tryAct(s, vote(`p${i}`, 'c1', 0, 300 + i)).s;
    // i % 3 === 0: 67 phones on A; every 10th (20 phones) on A, 7 of them already were.
    expect(tally(s.state.phones, 'c1', 3)).toEqual([80, 0, 120]);
    expect(ballotsCast(s.state.phones, 'c1')).toBe(200);
    const reloaded = JSON.parse(JSON.stringify(s.log)) as typeof s.log;
    expect(foldLog(MEETING, RULES, reloaded)).toEqual({ state: s.state, skipped: 0 });
  });
});
