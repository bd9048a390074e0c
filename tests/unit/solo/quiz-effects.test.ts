import { describe, expect, it } from 'vitest';
import type { SoloEvent, SoloState } from '../../../src/core/quiz/solo';
import { playEffects, type EffectOutlets } from '../../../src/solo/quiz-effects';

/** Records what the effects play, vibrate and announce, in order. */
function recorder(): { out: EffectOutlets; log: string[] } {
  const log: string[] = [];
  return {
    log,
    out: {
      sound: {
        play: (key) => log.push(`sound ${key}`),
        vibrate: (pattern) => log.push(`vibrate ${JSON.stringify(pattern)}`),
      },
      announce: (key, options) => log.push(`say ${key} ${JSON.stringify(options ?? {})}`),
    },
  };
}

const state = (score: number): SoloState =>
  ({ index: 0, order: ['q1', 'q2'], score, puzzle: { words: [['A', 'B'], ['C']] } }) as never;
const q = { answer: 'ab c', picture: 'a picture', explanation: 'why it matters', clue: 'a clue' };
const q2 = { answer: 'de', picture: 'another picture', explanation: 'more', clue: '' };

describe('the quiz effects of a step', () => {
  it('a right answer: its sound and buzz, the verdict with the new score, then the explanation', () => {
    const { out, log } = recorder();
    const events: SoloEvent[] = [{ type: 'answer-right', questionId: 'q1', points: 10 }];
    playEffects(events, state(0), state(10), q, q, out);
    expect(log).toEqual([
      'sound right',
      'vibrate 40',
      'say announce.right {"answer":"ab c","points":10,"score":10}',
      'say announce.explanation {"text":"why it matters"}',
    ]);
  });

  it('a wrong answer announces the score before it; a placed tile only clicks', () => {
    const { out, log } = recorder();
    const events: SoloEvent[] = [
      { type: 'tile-placed', tile: 3, slot: 2 },
      { type: 'answer-wrong', questionId: 'q1' },
    ];
    playEffects(events, state(5), state(5), q, q, out);
    expect(log).toEqual([
      'sound tile',
      'sound wrong',
      'vibrate [60,40,60]',
      'say announce.wrong {"score":5}',
    ]);
  });

  it('a skip names the answer; the next question is announced with its picture and letters', () => {
    const { out, log } = recorder();
    playEffects([{ type: 'skipped', questionId: 'q1' }], state(0), state(0), q, q, out);
    expect(log).toContain('say announce.skipped {"answer":"ab c"}');
    const next = recorder();
    playEffects(
      [{ type: 'question-shown', questionId: 'q2', number: 2 }],
      state(0),
      { ...state(0), index: 1 },
      q,
      q2,
      next.out,
    );
    expect(next.log).toEqual([
      'say announce.question {"n":2,"total":2,"picture":"another picture","words":2,"letters":3,"score":0}',
    ]);
  });

  it('the clue is read out with its cost', () => {
    const { out, log } = recorder();
    playEffects([{ type: 'hint-used', hint: 'clue', cost: 10 }], state(0), state(0), q, q, out);
    expect(log).toEqual(['sound hint', 'say announce.hintClue {"cost":10,"text":"a clue"}']);
  });

  it('a third right answer in a row is cheered with its own sound', () => {
    const { out, log } = recorder();
    const events: SoloEvent[] = [{ type: 'answer-right', questionId: 'q1', points: 10 }];
    const streak3 = { ...state(10), streak: 3 } as SoloState;
    playEffects(events, { ...state(0), streak: 2 }, streak3, q, q, out);
    expect(log).toContain('sound celebrate');
    expect(log).toContain('say announce.streak {"n":3}');
  });
});
