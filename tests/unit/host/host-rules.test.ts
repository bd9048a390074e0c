import { describe, expect, it } from 'vitest';
import type { MeetingState } from '../../../src/core/meeting/meeting';
import { HOST_KEYS } from '../../../src/host/host-keys';
import {
  ADJUST_STEP,
  decide,
  decideKey,
  type HostDecision,
  type Pending,
} from '../../../src/host/host-rules';
import { VOTE_TIME_MS } from '../../../src/core/meeting/vote-timer';
import { CONFIG, RULES, act, begin, q, type Session } from '../../scenario/whole-meeting';

/** The decision in a word or two: "act quiz:buzz", "pending add", "refused judge-first". */
function summary(d: HostDecision | null): string {
  if (!d) return 'none';
  switch (d.kind) {
    case 'act': {
      const a = d.action;
      const name =
        a.type === 'quiz'
          ? `quiz:${a.action.type}`
          : a.type === 'skit'
            ? `skit:${a.action.type}`
            : a.type;
      return `act ${name}${d.pending ? ` (${d.pending.kind} waits)` : ''}`;
    }
    case 'pending':
      if (!d.pending) return 'pending cleared';
      return d.pending.kind === 'key-guess' && d.pending.team
        ? `pending key-guess by ${d.pending.team}`
        : `pending ${d.pending.kind}`;
    case 'screen':
      return `screen ${d.command}`;
    case 'open-vote':
      return 'open-vote';
    case 'refused':
      return `refused ${d.refusal.code}`;
  }
}

/** One key per command, the first the help shows ('6' for a team the meeting lacks). */
const KEYS = {
  forward: 'PageDown',
  timer: ' ',
  team1: '1',
  team6: '6',
  right: 'Enter',
  wrong: 'x',
  reveal: 'a',
  keyTile: 'k',
  keyGuess: 'g',
  add: '+',
  remove: '-',
  vote: 'v',
  end: 'e',
  cancel: 'Escape',
} as const;

type Table = Record<keyof typeof KEYS, string>;

function table(state: MeetingState, pending: Pending | null = null): Table {
  const s = { rules: RULES, state, pending, at: 50_000 };
  return Object.fromEntries(
    Object.entries(KEYS).map(([name, key]) => [name, summary(decideKey({ key }, s))]),
  ) as Table;
}

const start = (): Session => begin(CONFIG);
const ready = start();
const running = act(ready, q({ type: 'start-timer', at: 2_000 }));
const answering = act(running, q({ type: 'buzz', team: 'sen', at: 3_000 }));
const lockedOut = act(answering, q({ type: 'judge', correct: false, at: 4_000 }));
const closed = act(lockedOut, q({ type: 'reveal-answer', at: 5_000 }));
const podium = act(closed, q({ type: 'finish', at: 6_000 }));
const skitChoice = act(podium, { type: 'start-skit', at: 7_000 });
const skitNarration = act(skitChoice, {
  type: 'skit',
  action: { type: 'choose', option: 0 },
  at: 8_000,
});

function skitEnding(): Session {
  let s = act(skitChoice, { type: 'skit', action: { type: 'choose', option: 2 }, at: 8_000 });
  for (let i = 0; i < 5 && !s.state.skit?.ending; i++)
    s = act(s, { type: 'skit', action: { type: 'advance' }, at: 9_000 });
  return s;
}

const over = act(podium, { type: 'end', at: 7_000 });

describe('the projector keys in each state of the meeting', () => {
  it('with the question open, before the countdown', () => {
    expect(ready.state.quiz?.phase).toBe('ready');
    expect(table(ready.state)).toEqual({
      forward: 'act quiz:start-timer',
      timer: 'act quiz:start-timer',
      team1: 'act quiz:buzz',
      team6: 'refused no-such-team',
      right: 'refused nobody-answering',
      wrong: 'refused nobody-answering',
      reveal: 'act quiz:reveal-answer',
      keyTile: 'act quiz:open-key-tile',
      keyGuess: 'pending key-guess',
      add: 'pending add',
      remove: 'pending remove',
      vote: 'refused not-in-quiz',
      end: 'act quiz:finish',
      cancel: 'refused nothing-to-cancel',
    });
  });

  it('with the countdown running: forward and Space pause it', () => {
    const t = table(running.state);
    expect(t.forward).toBe('act quiz:pause-timer');
    expect(t.timer).toBe('act quiz:pause-timer');
    expect(t.team1).toBe('act quiz:buzz');
    expect(t.right).toBe('refused nobody-answering');
  });

  it('with a team answering: judge first, a second buzz queues, the timer waits', () => {
    expect(table(answering.state)).toEqual({
      forward: 'refused judge-first',
      timer: 'refused timer-not-startable',
      team1: 'refused already-buzzed',
      team6: 'refused no-such-team',
      right: 'act quiz:judge',
      wrong: 'act quiz:judge',
      reveal: 'act quiz:reveal-answer',
      keyTile: 'act quiz:open-key-tile',
      keyGuess: 'pending key-guess',
      add: 'pending add',
      remove: 'pending remove',
      vote: 'refused not-in-quiz',
      end: 'act quiz:finish',
      cancel: 'refused nothing-to-cancel',
    });
    expect(table(answering.state).team1).toBe('refused already-buzzed');
    expect(summary(decideKey({ key: '2' }, situation(answering.state)))).toBe('act quiz:buzz');
  });

  it('names the answering team when forward is refused, for the screen to say', () => {
    const d = decideKey({ key: 'PageDown' }, situation(answering.state));
    expect(d).toEqual({ kind: 'refused', refusal: { code: 'judge-first', detail: 'sen' } });
  });

  it('with a team locked out after a wrong answer: its buzz is refused, the others buzz', () => {
    expect(lockedOut.state.quiz?.lockedOut).toEqual(['sen']);
    const s = situation(lockedOut.state);
    expect(decideKey({ key: '1' }, s)).toEqual({
      kind: 'refused',
      refusal: { code: 'team-locked-out', detail: 'sen' },
    });
    expect(summary(decideKey({ key: '2' }, s))).toBe('act quiz:buzz');
  });

  it('with the question closed: forward shows the next one', () => {
    const t = table(closed.state);
    expect(t.forward).toBe('act quiz:next');
    expect(t.timer).toBe('refused timer-not-startable');
    expect(t.team1).toBe('refused question-closed');
    expect(t.reveal).toBe('refused question-closed');
    expect(t.end).toBe('act quiz:finish');
  });

  it('waiting for the team after G, then for right or wrong', () => {
    const first: Pending = { kind: 'key-guess', team: null };
    expect(table(ready.state, first)).toEqual({
      forward: 'refused choose-team',
      timer: 'refused choose-team',
      team1: 'pending key-guess by sen',
      team6: 'refused no-such-team',
      right: 'refused choose-team',
      wrong: 'refused choose-team',
      reveal: 'refused choose-team',
      keyTile: 'refused choose-team',
      keyGuess: 'refused choose-team',
      add: 'refused choose-team',
      remove: 'refused choose-team',
      vote: 'refused choose-team',
      end: 'refused choose-team',
      cancel: 'pending cleared',
    });
    const second: Pending = { kind: 'key-guess', team: 'sen' };
    const t = table(ready.state, second);
    expect(t.right).toBe('act quiz:key-guess');
    expect(t.wrong).toBe('act quiz:key-guess');
    expect(t.team1).toBe('pending key-guess by sen');
    expect(t.forward).toBe('refused judge-key-guess');
    expect(t.cancel).toBe('pending cleared');
    const right = decideKey({ key: 'Enter' }, situation(ready.state, second));
    expect(right).toMatchObject({
      kind: 'act',
      action: { type: 'quiz', action: { type: 'key-guess', team: 'sen', correct: true } },
      pending: null,
    });
  });

  it('refuses a key guess from a team that already guessed it wrong', () => {
    const guessed = act(ready, q({ type: 'key-guess', team: 'mai', correct: false, at: 2_000 }));
    const d = decideKey({ key: '2' }, situation(guessed.state, { kind: 'key-guess', team: null }));
    expect(d).toEqual({
      kind: 'refused',
      refusal: { code: 'team-locked-out-of-key', detail: 'mai' },
    });
  });

  it('refuses G once the key picture is solved', () => {
    const solved = act(ready, q({ type: 'key-guess', team: 'mai', correct: true, at: 2_000 }));
    // Solving the key picture ends the quiz: G is then a podium key.
    expect(summary(decideKey({ key: 'g' }, situation(solved.state)))).toBe('refused quiz-finished');
  });

  it('gives or takes ten points to the team after + or −', () => {
    for (const [kind, delta] of [
      ['add', ADJUST_STEP],
      ['remove', -ADJUST_STEP],
    ] as const) {
      const d = decideKey({ key: '3' }, situation(running.state, { kind }));
      expect(d).toMatchObject({
        kind: 'act',
        action: { type: 'quiz', action: { type: 'adjust', team: 'tre', delta } },
        pending: null,
      });
      expect(summary(decideKey({ key: 'Enter' }, situation(running.state, { kind })))).toBe(
        'refused choose-team',
      );
    }
  });

  it('on the podium: forward goes on to the skit when planned, else ends the meeting', () => {
    expect(table(podium.state)).toEqual({
      forward: 'act start-skit',
      timer: 'refused quiz-finished',
      team1: 'refused quiz-finished',
      team6: 'refused quiz-finished',
      right: 'refused quiz-finished',
      wrong: 'refused quiz-finished',
      reveal: 'refused quiz-finished',
      keyTile: 'refused quiz-finished',
      keyGuess: 'refused quiz-finished',
      add: 'refused quiz-finished',
      remove: 'refused quiz-finished',
      vote: 'refused quiz-finished',
      end: 'act end',
      cancel: 'refused nothing-to-cancel',
    });
    const noSkit = { ...podium.state, skitPlanned: false };
    expect(table(noSkit).forward).toBe('act end');
    const noSkitInPack = { rules: { ...RULES, skit: null }, state: podium.state, pending: null };
    expect(summary(decide({ type: 'forward' }, { ...noSkitInPack, at: 1 }))).toBe('act end');
  });

  it('at a skit choice: 1…6 choose among the options shown, V counts hands, Space times it', () => {
    expect(skitChoice.state.part).toBe('skit');
    expect(table(skitChoice.state)).toEqual({
      forward: 'refused choose-first',
      timer: 'act start-vote-timer',
      team1: 'act skit:choose',
      team6: 'refused no-such-option',
      right: 'refused choose-first',
      wrong: 'refused not-in-skit',
      reveal: 'refused not-in-skit',
      keyTile: 'refused not-in-skit',
      keyGuess: 'refused not-in-skit',
      add: 'refused not-in-skit',
      remove: 'refused not-in-skit',
      vote: 'open-vote',
      end: 'act end',
      cancel: 'refused nothing-to-cancel',
    });
    // The second option shown is the third of the node (the second is hidden).
    expect(decideKey({ key: '2' }, situation(skitChoice.state))).toMatchObject({
      kind: 'act',
      action: { type: 'skit', action: { type: 'choose', option: 2 } },
    });
  });

  it("at a skit choice: the timer key starts the vote's countdown, pauses it, runs it on", () => {
    const space = (state: MeetingState) => decideKey({ key: ' ' }, situation(state));
    expect(space(skitChoice.state)).toMatchObject({
      kind: 'act',
      action: { type: 'start-vote-timer', durationMs: VOTE_TIME_MS, at: 50_000 },
    });
    // As long as the meeting's setup chose.
    const long = begin({ ...CONFIG, voteTimeSec: 60 });
    expect(long.state.voteTimeMs).toBe(60_000);
    expect(space({ ...skitChoice.state, voteTimeMs: long.state.voteTimeMs })).toMatchObject({
      action: { type: 'start-vote-timer', durationMs: 60_000 },
    });
    const timed = act(skitChoice, { type: 'start-vote-timer', durationMs: 30_000, at: 10_000 });
    expect(summary(space(timed.state))).toBe('act pause-vote-timer');
    // V still closes the vote early, and forward still asks for the choice.
    expect(table(timed.state)).toMatchObject({
      vote: 'open-vote',
      forward: 'refused choose-first',
    });
    const paused = act(timed, { type: 'pause-vote-timer', at: 20_000 });
    expect(summary(space(paused.state))).toBe('act start-vote-timer');
    const up = act(timed, { type: 'vote-time-up', at: 40_000 }, 'clock');
    expect(summary(space(up.state))).toBe('refused vote-time-is-up');
    expect(table(up.state).vote).toBe('open-vote');
  });

  it('in the skit between choices: forward advances, there is nothing to vote on', () => {
    const t = table(skitNarration.state);
    expect(t.forward).toBe('act skit:advance');
    expect(t.timer).toBe('act skit:advance');
    expect(t.right).toBe('act skit:advance');
    expect(t.team1).toBe('refused no-choice-open');
    expect(t.vote).toBe('refused no-choice-open');
  });

  it('at a skit ending: forward plays the skit again', () => {
    const ending = skitEnding();
    expect(ending.state.skit?.ending).toBe('end');
    const t = table(ending.state);
    expect(t.forward).toBe('act replay-skit');
    expect(t.end).toBe('act end');
    expect(t.vote).toBe('refused no-choice-open');
  });

  it('once the meeting is over, only the screen keys do something', () => {
    expect(over.state.part).toBe('over');
    const t = table(over.state);
    for (const [name, value] of Object.entries(t))
      expect(value, name).toBe(
        name === 'cancel' ? 'refused nothing-to-cancel' : 'refused meeting-over',
      );
  });

  it('keeps undo, the black screen, full screen, help, QR, report and menu on every screen', () => {
    const states = [ready, running, answering, closed, podium, skitChoice, skitNarration, over];
    for (const s of states) {
      for (const pending of [null, { kind: 'add' } as const]) {
        const sit = situation(s.state, pending);
        expect(summary(decideKey({ key: 'u' }, sit))).toBe('screen undo');
        expect(summary(decideKey({ key: 'z', ctrlKey: true }, sit))).toBe('screen undo');
        expect(summary(decideKey({ key: 'b' }, sit))).toBe('screen blank');
        expect(summary(decideKey({ key: 'f' }, sit))).toBe('screen fullscreen');
        expect(summary(decideKey({ key: '?' }, sit))).toBe('screen help');
        expect(summary(decideKey({ key: 'q' }, sit))).toBe('screen qr');
        expect(summary(decideKey({ key: 'r' }, sit))).toBe('screen report');
        expect(summary(decideKey({ key: 'm' }, sit))).toBe('screen menu');
      }
    }
  });

  it('gives every key of a command the same decision, and none to keys it does not use', () => {
    const states = [ready, answering, closed, podium, skitChoice, skitNarration, over];
    for (const s of states) {
      for (const entry of HOST_KEYS) {
        const [main, ...others] = entry.keys;
        const expected = summary(decideKey({ key: main ?? '' }, situation(s.state)));
        if (entry.command === 'team') continue;
        for (const key of others)
          expect(summary(decideKey({ key }, situation(s.state))), key).toBe(expected);
      }
      expect(decideKey({ key: 'j' }, situation(s.state))).toBeNull();
    }
  });

  it('stamps the action with the time it is given', () => {
    expect(decideKey({ key: ' ' }, { ...situation(ready.state), at: 123 })).toMatchObject({
      action: { action: { at: 123 } },
    });
  });
});

function situation(state: MeetingState, pending: Pending | null = null) {
  return { rules: RULES, state, pending, at: 50_000 };
}
