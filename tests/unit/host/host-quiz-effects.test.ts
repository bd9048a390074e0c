import { describe, expect, it } from 'vitest';
import type { MeetingEvent } from '../../../src/core/meeting/meeting';
import type { TeamEvent } from '../../../src/core/quiz/teams';
import {
  celebrates,
  pendingLine,
  questionLine,
  quizEffects,
  scoreLine,
} from '../../../src/host/host-quiz-effects';
import { ADJUST_STEP } from '../../../src/host/host-rules';
import { CONFIG, act, begin, q } from '../../scenario/whole-meeting';

const start = begin(CONFIG);
const scored = act(
  act(start, q({ type: 'buzz', team: 'mai', at: 2_000 })),
  q({ type: 'judge', correct: true, at: 3_000 }),
);
const facts = { quiz: scored.state.quiz, answer: 'lừa đảo', keyAnswer: 'buôn bán người' };
const quiz = (event: TeamEvent): MeetingEvent => ({ type: 'quiz', event });

describe('what the room hears on the projector', () => {
  it('names the team and the scores after a right answer, with its sound', () => {
    expect(quizEffects([quiz({ type: 'answer-right', team: 'mai', points: 100 })], facts)).toEqual([
      {
        sound: 'right',
        say: {
          key: 'host.announce.right',
          params: { team: 'Đội Mai', points: 100, scores: 'Đội Sen 0, Đội Mai 100, Đội Tre 0' },
        },
      },
    ]);
  });

  it('says the answer when it is revealed, the key picture’s answer when it is solved', () => {
    const [revealed, solved] = quizEffects(
      [
        quiz({ type: 'answer-revealed', questionId: 'lua-dao' }),
        quiz({ type: 'key-solved', team: 'sen', bonus: 200 }),
      ],
      facts,
    );
    expect(revealed).toEqual({
      sound: 'reveal',
      say: { key: 'host.announce.answer', params: { answer: 'lừa đảo' } },
    });
    expect(solved).toMatchObject({
      sound: 'celebrate',
      say: { params: { team: 'Đội Sen', bonus: 200, answer: 'buôn bán người' } },
    });
  });

  it('gives each event one effect, in order; a tile is only a sound', () => {
    const events: MeetingEvent[] = [
      quiz({ type: 'timer-started' }),
      quiz({ type: 'buzzed', team: 'tre', answering: false }),
      quiz({ type: 'key-tile-opened', tile: 2 }),
      quiz({ type: 'finished' }),
      { type: 'part-changed', part: 'over' },
      { type: 'people-set', count: 3 },
    ];
    expect(quizEffects(events, facts).map((e) => [e.sound ?? null, e.say?.key ?? null])).toEqual([
      ['tap', 'host.announce.timerStarted'],
      ['buzz', 'host.announce.queued'],
      ['tile', null],
      ['applause', 'host.announce.podium'],
      [null, 'host.over'],
    ]);
  });

  it('celebrates only when the quiz has just finished', () => {
    expect(celebrates([quiz({ type: 'finished' })])).toBe(true);
    expect(celebrates([quiz({ type: 'key-solved', team: 'sen', bonus: 1 })])).toBe(false);
    expect(celebrates([])).toBe(false);
  });

  it('says the question number and the scores as a question comes on screen', () => {
    expect(questionLine(scored.state.quiz!)).toEqual({
      key: 'host.announce.question',
      params: { n: 1, total: 4, scores: scoreLine(scored.state.quiz) },
    });
  });

  it('prompts for the team, then for the judgement, while a command waits', () => {
    const state = start.state.quiz;
    expect(pendingLine({ kind: 'key-guess', team: null }, state)).toEqual({
      key: 'host.quiz.whoGuesses',
      params: { n: 3 },
    });
    expect(pendingLine({ kind: 'key-guess', team: 'tre' }, state)).toEqual({
      key: 'host.quiz.guessJudge',
      params: { team: 'Đội Tre' },
    });
    expect(pendingLine({ kind: 'remove' }, state)).toEqual({
      key: 'host.quiz.whoLoses',
      params: { points: ADJUST_STEP, n: 3 },
    });
  });
});
