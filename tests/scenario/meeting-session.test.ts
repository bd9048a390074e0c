import { describe, expect, it } from 'vitest';
import { MEETING } from '../../src/core/activities';
import { meetingReducer, startMeeting } from '../../src/core/meeting/meeting';
import { meetingReport } from '../../src/core/meeting/report';
import { foldLog } from '../../src/core/session/action-log';
import { CONFIG, RULES, playWholeMeeting, q, scores } from './whole-meeting';

const { final: s, beforeMistake, afterUndo, afterQuiz, endedOnce } = playWholeMeeting();

describe('a whole meeting: quiz with buzzes and an undo, a key guess, the skit by vote', () => {
  it('undo takes back exactly the mistaken judgement', () => {
    expect(afterUndo).toEqual(beforeMistake);
  });

  it('ends the quiz with exact scores: key bonus shrinks with 2 of 6 tiles open', () => {
    // keyPictureBonus(300, 6, 2) = 200; Sen −10 + 200 + 200, Mai 100, Tre −10.
    expect(scores({ log: afterQuiz.log, state: afterQuiz.state })).toEqual({
      sen: 390,
      mai: 100,
      tre: -10,
    });
    expect(afterQuiz.state.quiz?.phase).toBe('finished');
  });

  it('reaches the skit ending by the audience vote', () => {
    expect(endedOnce.skit?.ending).toBe('end');
    expect(endedOnce.skit?.votes).toEqual([{ nodeId: 'c1', counts: [5, 0, 9], chosen: 2 }]);
  });

  it('derives the report from the log alone', () => {
    const report = meetingReport(RULES, s.log);
    expect(report).toMatchObject({
      packId: 'thu-nghiem',
      startedAt: 1_000,
      lastActionAt: 25_000,
      ended: true,
      peoplePresent: 45,
      answeredRight: 2,
      // Solved with 2 of 6 tiles open: the report says so, though all six show afterwards.
      key: { tiles: 6, opened: 2, solvedBy: 'Đội Sen' },
    });
    expect(report.teams.map((t) => [t.name, t.score, t.place])).toEqual([
      ['Đội Sen', 390, 1],
      ['Đội Mai', 100, 2],
      ['Đội Tre', -10, 3],
    ]);
    expect(report.questions).toEqual([
      { id: 'lua-dao', answer: 'lừa đảo', answeredBy: 'Đội Mai', wrongTeams: ['Đội Sen'] },
      { id: 'duong-day-nong', answer: 'đường dây nóng', answeredBy: null, wrongTeams: ['Đội Tre'] },
      { id: 'canh-giac', answer: 'cảnh giác', answeredBy: 'Đội Sen', wrongTeams: [] },
    ]);
    expect(report.skitRuns).toEqual([
      {
        choices: [{ nodeId: 'c1', option: 2, counts: [5, 0, 9], shown: [0, 2] }],
        ending: { id: 'end', kind: 'safe' },
      },
      {
        choices: [
          { nodeId: 'c1', option: 0, counts: null, shown: [0, 2] },
          { nodeId: 'c2', option: 0, counts: [12, 3], shown: [0, 1] },
        ],
        ending: { id: 'end', kind: 'safe' },
      },
    ]);
  });

  it('refolding the saved JSON gives the same state (what a reload does)', () => {
    const reloaded = JSON.parse(JSON.stringify(s.log)) as typeof s.log;
    expect(foldLog(MEETING, RULES, reloaded)).toEqual({ state: s.state, skipped: 0 });
  });
});

describe('meeting rules', () => {
  it('starts on the skit when only the skit is planned', () => {
    const state = startMeeting(RULES, 1, { quiz: null, skit: true, peoplePresent: 0 });
    expect(state.part).toBe('skit');
    expect(state.skit?.nodeId).toBe('c1');
  });

  it('refuses a meeting with nothing to play and a silly head count', () => {
    expect(() => startMeeting(RULES, 1, { quiz: null, skit: false, peoplePresent: 3 })).toThrow();
    expect(() => startMeeting(RULES, 1, { ...CONFIG, peoplePresent: -1 })).toThrow();
    expect(() => startMeeting(RULES, 1, { ...CONFIG, peoplePresent: 2.5 })).toThrow();
  });

  it('refuses the skit before the quiz is finished, and skit actions during the quiz', () => {
    const state = startMeeting(RULES, 1, CONFIG);
    expect(meetingReducer(RULES, state, { type: 'start-skit', at: 1 }).ok).toBe(false);
    const skitAct = meetingReducer(RULES, state, {
      type: 'skit',
      action: { type: 'advance' },
      at: 1,
    });
    expect(skitAct.ok).toBe(false);
    if (!skitAct.ok) expect(skitAct.refusal.code).toBe('not-in-skit');
  });

  it('passes on the quiz refusal code and leaves the state untouched', () => {
    const state = startMeeting(RULES, 1, CONFIG);
    const step = meetingReducer(RULES, state, q({ type: 'judge', correct: true, at: 1 }));
    expect(step).toEqual({ ok: false, state, refusal: { code: 'nobody-answering' } });
  });

  it('cannot replay a skit that has not ended, nor end a meeting twice', () => {
    const state = startMeeting(RULES, 1, { quiz: null, skit: true, peoplePresent: 5 });
    expect(meetingReducer(RULES, state, { type: 'replay-skit', at: 1 }).ok).toBe(false);
    const over = meetingReducer(RULES, state, { type: 'end', at: 2 });
    expect(over.ok && over.state.part).toBe('over');
    if (over.ok) expect(meetingReducer(RULES, over.state, { type: 'end', at: 3 }).ok).toBe(false);
  });

  it('refuses a head count that is not a whole number in range', () => {
    const state = startMeeting(RULES, 1, CONFIG);
    for (const count of [-1, 1.5, 2001, Number.NaN]) {
      expect(meetingReducer(RULES, state, { type: 'set-people', count, at: 1 }).ok).toBe(false);
    }
    expect(meetingReducer(RULES, state, { type: 'set-people', count: 2000, at: 1 }).ok).toBe(true);
  });
});
