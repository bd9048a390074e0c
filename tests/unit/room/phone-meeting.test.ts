import { describe, expect, it } from 'vitest';
import { MEETING } from '../../../src/core/activities';
import { dispatch } from '../../../src/core/session/action-log';
import {
  intentAction,
  liveVote,
  lobbyPlace,
  phoneView,
  samePath,
  voteResult,
} from '../../../src/host/phones/phone-meeting';
import { buzzButton, inkOn, retryJoin } from '../../../src/join/phone-state';
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
