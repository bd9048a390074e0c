import { describe, expect, it } from 'vitest';
import { MEETING } from '../../../src/core/activities';
import { dispatch } from '../../../src/core/session/action-log';
import {
  intentAction,
  liveVote,
  lobbyPlace,
  phoneView,
  samePath,
  viewKey,
  voteResult,
} from '../../../src/host/phones/phone-meeting';
import { viewAge } from '../../../src/server/rooms';
import { timerRemainingMs } from '../../../src/core/quiz/teams';
import { openVoteTimer } from '../../../src/core/meeting/meeting';
import {
  buzzButton,
  countdownLeftMs,
  countdownLine,
  inkOn,
  phoneCountdown,
  retryJoin,
} from '../../../src/join/phone-state';
import { texts } from '../../../src/join/texts';
import type { View } from '../../../src/shared/room/protocol';
import { CONFIG, RULES, act, begin, q } from '../../scenario/whole-meeting';

const sources = {
  rules: RULES,
  text: (t: unknown) => (typeof t === 'string' ? t : ''),
  pictures: (id: string) => ({ picture: `/assets/${id}.svg`, rebus: [] }),
  messages: () => ['Gọi 111 khi cần giúp đỡ.'],
};

describe('the projector and the phones', () => {
  it("a phone's buzz intent becomes a meeting action the quiz takes", () => {
    const s = begin();
    const action = intentAction(
      { kind: 'buzz', phone: 'p1', team: 'mai', seq: 0, question: 0, serverAt: 1_990 },
      2_000,
    );
    const r = dispatch(MEETING, RULES, s.log, s.state, action, 'phone');
    expect(r.step.ok && r.step.state.quiz?.answering).toBe('mai');
    const view = phoneView(r.step.ok ? r.step.state : s.state, sources);
    expect(view).toEqual({
      kind: 'question',
      question: 0,
      number: 1,
      total: 4,
      picture: '/assets/lua-dao.svg',
      rebus: [],
      open: true,
      answering: 'mai',
      queue: [],
      lockedOut: [],
    });
  });

  it('phones see the vote with the visible options only, then the take-away', () => {
    let s = begin({ ...CONFIG, quiz: null });
    expect(phoneView(s.state, sources)).toEqual({
      kind: 'vote',
      node: 'c1',
      prompt: '',
      options: [
        { index: 0, text: 'A' },
        { index: 2, text: 'C' },
      ],
      open: true,
    });
    s = act(s, { type: 'end', at: 5 });
    expect(phoneView(s.state, sources)).toEqual({
      kind: 'over',
      ranking: [],
      messages: ['Gọi 111 khi cần giúp đỡ.'],
    });
    let quiz = begin();
    quiz = act(quiz, q({ type: 'adjust', team: 'tre', delta: 50, at: 3 }));
    quiz = act(quiz, q({ type: 'finish', at: 4 }));
    const over = phoneView(quiz.state, sources);
    expect(over.kind === 'over' && over.ranking.map((r) => [r.team, r.place])).toEqual([
      ['tre', 1],
      ['sen', 2],
      ['mai', 2],
    ]);
  });

  it('only pictures of this server go to phones', () => {
    const base = 'http://192.168.1.5:4173/';
    expect(samePath('./assets/a-1.svg', base)).toBe('/assets/a-1.svg');
    expect(samePath('http://example.com/a.svg', base)).toBeNull();
    expect(samePath('blob:http://192.168.1.5:4173/123', base)).toBeNull();
    expect(samePath(null, base)).toBeNull();
  });
});

describe("the phone's buzz button", () => {
  const words = texts('vi');
  const view: Extract<View, { kind: 'question' }> = {
    kind: 'question',
    question: 2,
    number: 3,
    total: 10,
    picture: null,
    rebus: [],
    open: true,
    answering: null,
    queue: [],
    lockedOut: [],
  };
  it('is greyed with the reason when the team cannot buzz', () => {
    expect(buzzButton(view, 't1', words)).toEqual({ enabled: true, note: '' });
    expect(buzzButton({ ...view, lockedOut: ['t1'] }, 't1', words)).toEqual({
      enabled: false,
      note: words.lockedOut,
    });
    expect(buzzButton({ ...view, answering: 't1' }, 't1', words).enabled).toBe(false);
    expect(buzzButton({ ...view, answering: 't2', queue: ['t1'] }, 't1', words)).toEqual({
      enabled: false,
      note: words.queued,
    });
    expect(buzzButton({ ...view, answering: 't2' }, 't1', words).enabled).toBe(true);
    expect(buzzButton({ ...view, open: false }, 't1', words)).toEqual({
      enabled: false,
      note: words.closed,
    });
    expect(texts('en').lockedOut).not.toBe(words.lockedOut);
  });
});

describe('the projector during a meeting with phones', () => {
  const vote = (phone: string, option: number) =>
    ({ type: 'phone-vote', phone, nodeId: 'c1', option, at: 10 }) as const;

  it('shows the phones panel while the room gathers, then on request only', () => {
    let s = begin();
    expect(lobbyPlace(s.state, false)).toBe('full');
    s = act(s, q({ type: 'start-timer', at: 2_000 }));
    expect(lobbyPlace(s.state, false)).toBe('hidden');
    expect(lobbyPlace(s.state, true)).toBe('full');
    s = act(s, { type: 'end', at: 3_000 });
    expect(lobbyPlace(s.state, true)).toBe('hidden');
  });

  it('counts the phones’ votes live, one per phone, the last one counting', () => {
    let s = begin({ ...CONFIG, quiz: null });
    s = act(s, vote('p1', 0), 'phone');
    s = act(s, vote('p2', 2), 'phone');
    s = act(s, vote('p3', 2), 'phone');
    s = act(s, vote('p3', 0), 'phone');
    expect(liveVote(s.state, RULES)).toEqual({ nodeId: 'c1', counts: [2, 0, 1], voted: 3 });
    expect(voteResult(s.state, RULES)).toBeNull();
  });

  it('shows the result, phones plus hands, on the step after the vote only', () => {
    let s = begin({ ...CONFIG, quiz: null });
    s = act(s, vote('p1', 2), 'phone');
    s = act(s, vote('p2', 0), 'phone');
    s = act(s, { type: 'close-vote', hands: [0, 0, 4], at: 20 });
    expect(liveVote(s.state, RULES)).toBeNull();
    expect(voteResult(s.state, RULES)).toEqual({ option: 'C', total: 5, phones: 1, hands: 4 });
    s = act(s, { type: 'skit', action: { type: 'advance' }, at: 30 });
    expect(voteResult(s.state, RULES)).toBeNull();
  });

  it('shows the result of a vote of hands alone as hands', () => {
    let s = begin({ ...CONFIG, quiz: null });
    s = act(s, { type: 'skit', action: { type: 'vote', counts: [3, 0, 1] }, at: 20 });
    expect(voteResult(s.state, RULES)).toEqual({ option: 'A', total: 3, phones: 0, hands: 3 });
  });
});

describe("a phone's refused join", () => {
  it('is tried again by itself when waiting helps, not when the person must act', () => {
    expect(retryJoin('too-fast', false)).toBe(true);
    // The server restarted: the room comes back when the projector opens it again.
    expect(retryJoin('no-room', true)).toBe(true);
    expect(retryJoin('no-room', false)).toBe(false);
    expect(retryJoin('room-full', true)).toBe(false);
    expect(retryJoin('bad-team', true)).toBe(false);
  });
});

describe("the buzz button's text on its team's colour", () => {
  it('is dark on light colours and white on dark ones', () => {
    expect(inkOn('#ffc83d')).toBe('#1b2a4a');
    expect(inkOn('#4fc3f7')).toBe('#1b2a4a');
    expect(inkOn('#e91e63')).toBe('#ffffff');
    expect(inkOn('#1b2a4a')).toBe('#ffffff');
  });
});

describe("the vote's countdown on the phones", () => {
  const skit = () => begin({ ...CONFIG, quiz: null });
  const words = texts('vi');

  it('phones are sent the time left, once per change of the countdown, and closed at the end', () => {
    let s = skit();
    s = act(s, { type: 'start-vote-timer', durationMs: 30_000, at: 10_000 });
    const at12 = phoneView(s.state, sources, 12_000);
    expect(at12).toMatchObject({
      kind: 'vote',
      open: true,
      timer: { leftMs: 28_000, running: true },
    });
    // Only time passed: the same view for sending (phones count down by themselves).
    const at20 = phoneView(s.state, sources, 20_000);
    const runningKey = viewKey(at20, s.state);
    expect(runningKey).toBe(viewKey(at12, s.state));
    s = act(s, { type: 'pause-vote-timer', at: 21_000 });
    const paused = phoneView(s.state, sources, 90_000);
    expect(paused).toMatchObject({ timer: { leftMs: 19_000, running: false } });
    expect(viewKey(paused, s.state)).not.toBe(runningKey);
    s = act(s, { type: 'start-vote-timer', durationMs: 30_000, at: 100_000 });
    s = act(s, { type: 'vote-time-up', at: 119_000 }, 'clock');
    expect(phoneView(s.state, sources, 119_000)).toMatchObject({
      open: false,
      timer: { leftMs: 0, running: false },
    });
  });

  it('a phone counts down by its own clock from the view, less the age of a late join', () => {
    const view: View = {
      kind: 'vote',
      node: 'c1',
      prompt: '',
      options: [{ index: 0, text: 'A' }],
      open: true,
      timer: { leftMs: 20_000, running: true },
    };
    const late = phoneCountdown(view, 4_500, 1_000);
    expect(late).toEqual({ leftMs: 15_500, running: true, since: 1_000 });
    if (!late) throw new Error('countdown');
    expect(countdownLine(late, 1_000, words)).toBe('Còn 16 giây để bình chọn');
    expect(countdownLine(late, 11_000, words)).toBe('Còn 6 giây để bình chọn');
    expect(countdownLine(late, 99_000, words)).toBe('Còn 0 giây để bình chọn');
    const paused = phoneCountdown({ ...view, timer: { leftMs: 9_001, running: false } }, 4_500, 0);
    expect(paused && countdownLine(paused, 60_000, texts('en'))).toBe('Paused: 10 s left');
    expect(phoneCountdown({ ...view, timer: null }, 0, 0)).toBeNull();
    expect(phoneCountdown({ kind: 'skit' }, 0, 0)).toBeNull();
  });

  it('a phone that recovered its connection counts down with the projector, whatever the clocks', () => {
    // Three clocks that do not agree: the projector's, the server's and the phone's own.
    const laptop = (t: number): number => t + 7_200_000;
    const server = (t: number): number => t - 45_000;
    const phone = (t: number): number => t + 123.5;
    let s = act(begin({ ...CONFIG, quiz: null, voteTimeSec: 45 }), {
      type: 'start-vote-timer',
      durationMs: 45_000,
      at: laptop(1_000),
    });
    // The projector sends the view as it starts (time left at send time); the server has it at once.
    const sent = phoneView(s.state, sources, laptop(1_000));
    const room = { viewAt: server(1_020) };
    // The phone was offline: at t = 9 s it comes back; the replayed view is 8 s old, the fresh
    // one comes with its age from the server.
    const replayed = phoneCountdown(sent, 0, phone(9_000));
    const fresh = phoneCountdown(sent, viewAge(room, server(9_000)), phone(9_000));
    if (!replayed || !fresh) throw new Error('countdowns');
    const truth = (t: number): number => {
      const timer = openVoteTimer(RULES, s.state);
      return timer ? timerRemainingMs(timer.timer, laptop(t)) : NaN;
    };
    for (const t of [9_000, 20_000, 40_000]) {
      expect(Math.abs(countdownLeftMs(fresh, phone(t)) - truth(t))).toBeLessThanOrEqual(20);
      // Without the age the phone would be the whole time offline behind.
      expect(countdownLeftMs(replayed, phone(t)) - truth(t)).toBeGreaterThan(7_900);
    }
    expect(countdownLine(fresh, phone(20_500), words)).toBe('Còn 26 giây để bình chọn');
    // Paused while the phone was away: the age does not run a paused countdown on.
    s = act(s, { type: 'pause-vote-timer', at: laptop(5_000) });
    const paused = phoneCountdown(phoneView(s.state, sources, laptop(5_000)), 4_000, phone(9_000));
    expect(paused && countdownLeftMs(paused, phone(60_000))).toBe(41_000);
    expect(viewAge({ viewAt: 10_000 }, 9_000)).toBe(0);
  });
});
