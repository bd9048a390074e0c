import { describe, expect, it } from 'vitest';
import type { MeetingEvent } from '../../../src/core/meeting/meeting';
import { currentView, skitReducer, startSkit, type SkitState } from '../../../src/core/skit';
import type { PackText, Skit } from '../../../src/core/types';
import { skitReaction, skitViewLine } from '../../../src/host/host-skit-effects';
import { linear } from '../../fixtures/skits/linear';
import { votes } from '../../fixtures/skits/votes';

const words = {
  text: (p: PackText | undefined) => (typeof p === 'string' ? p : (p?.vi ?? '')),
  whatNow: 'Bạn sẽ làm gì?',
};

function advance(skit: Skit, state: SkitState, times: number): SkitState {
  let s = state;
  for (let i = 0; i < times; i++) {
    const step = skitReducer(skit, s, { type: 'advance' });
    if (!step.ok) throw new Error(step.refusal.code);
    s = step.state;
  }
  return s;
}

describe('what the room hears during the skit', () => {
  it("says the vote's countdown in whole seconds, started or paused", () => {
    const events: MeetingEvent[] = [
      { type: 'vote-timer-started', leftMs: 44_001 },
      { type: 'vote-timer-paused', leftMs: 12_000 },
    ];
    expect(skitReaction(events)).toEqual({
      effects: [
        { say: { key: 'host.voteTimer.said', params: { sec: 45 } } },
        { say: { key: 'host.voteTimer.saidPaused', params: { sec: 12 } } },
      ],
      openVote: false,
      sayView: false,
    });
  });

  it('at the end of the countdown: a tick, the line, and the form for the hands', () => {
    expect(skitReaction([{ type: 'vote-time-up', nodeId: 'c1' }])).toEqual({
      effects: [{ sound: 'tick', say: { key: 'host.voteTimer.up' } }],
      openVote: true,
      sayView: false,
    });
  });

  it('a choice taps, an ending sounds, and the new step is said', () => {
    const r = skitReaction([
      { type: 'skit', event: { type: 'choice-made', nodeId: 'c1', option: 0, byVote: true } },
      { type: 'skit', event: { type: 'ending-reached', endingId: 'end', kind: 'safe' } },
    ]);
    expect(r.effects).toEqual([{ sound: 'tap' }, { sound: 'ending' }]);
    expect(r.sayView).toBe(true);
    expect(skitReaction([{ type: 'part-changed', part: 'skit' }]).sayView).toBe(true);
    expect(skitReaction([{ type: 'phone-voted', nodeId: 'c1', counts: [1] }])).toEqual({
      effects: [],
      openVote: false,
      sayView: false,
    });
  });
});

describe('what is said as a step of the story comes on screen', () => {
  it('a narration, then who says each line', () => {
    const start = startSkit(linear);
    expect(skitViewLine(linear, currentView(linear, start), words)).toEqual({ text: 'Mở đầu.' });
    const line = advance(linear, start, 1);
    expect(skitViewLine(linear, currentView(linear, line), words)).toEqual({
      text: 'Nhân vật A: Câu thứ nhất.',
    });
    const end = advance(linear, start, 3);
    expect(skitViewLine(linear, currentView(linear, end), words)).toEqual({
      key: 'skit.ending',
      params: { title: 'Kết thúc end' },
    });
  });

  it('a choice: its question (or "what now?") and the options shown, numbered as the keys', () => {
    const view = currentView(votes, startSkit(votes));
    expect(skitViewLine(votes, view, words)).toEqual({
      key: 'host.skit.choice',
      params: { prompt: 'Bạn sẽ làm gì?', options: '1. A. 2. C' },
    });
  });
});
