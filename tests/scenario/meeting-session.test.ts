import { describe, expect, it } from 'vitest';
import { MEETING } from '../../src/core/activities';
import {
  meetingReducer,
  startMeeting,
  type MeetingAction,
  type MeetingConfig,
  type MeetingRules,
  type MeetingState,
} from '../../src/core/meeting/meeting';
import { meetingReport } from '../../src/core/meeting/report';
import {
  dispatch,
  foldLog,
  newLog,
  undoLast,
  type Actor,
  type SessionLog,
} from '../../src/core/session/action-log';
import type { TeamAction } from '../../src/core/quiz/teams';
import { votes } from '../fixtures/skits/votes';
import { KEY_PICTURE, PACK, TEAMS, TEAM_QUIZ_FIXTURE } from './fixtures';

const RULES: MeetingRules = { quiz: TEAM_QUIZ_FIXTURE, skit: votes };
const CONFIG: MeetingConfig = {
  quiz: { teams: TEAMS, keyPicture: KEY_PICTURE, wrongPenalty: 10 },
  skit: true,
  peoplePresent: 42,
};

interface Session {
  log: SessionLog<MeetingConfig, MeetingAction>;
  state: MeetingState;
}

function begin(config: MeetingConfig = CONFIG): Session {
  const log = newLog<MeetingConfig, MeetingAction>(MEETING, PACK, 7, 1_000, config);
  return { log, state: foldLog(MEETING, RULES, log).state };
}

function act(s: Session, action: MeetingAction, by: Actor = 'facilitator'): Session {
  const r = dispatch(MEETING, RULES, s.log, s.state, action, by);
  if (!r.step.ok) throw new Error(`refused ${action.type}: ${r.step.refusal.code}`);
  return { log: r.log, state: r.step.state };
}

const q = (action: TeamAction): MeetingAction => ({
  type: 'quiz',
  action,
});

const scores = (s: Session): Record<string, number> =>
  Object.fromEntries((s.state.quiz?.teams ?? []).map((t) => [t.id, t.score]));

describe('a whole meeting: quiz with buzzes and an undo, a key guess, the skit by vote', () => {
  let s = begin();
  // Q1: Sen buzzes and is wrong (−10), Mai buzzes and is right (+100), a key tile opens.
  s = act(s, q({ type: 'start-timer', at: 2_000 }));
  s = act(s, q({ type: 'buzz', team: 'sen', at: 4_000 }));
  s = act(s, q({ type: 'judge', correct: false, at: 5_000 }));
  s = act(s, q({ type: 'buzz', team: 'mai', at: 6_000 }));
  s = act(s, q({ type: 'judge', correct: true, at: 7_000 }));
  s = act(s, q({ type: 'next', at: 8_000 }));
  // Q2: Tre is marked right by mistake; undo; Tre is wrong; the answer is revealed.
  s = act(s, q({ type: 'buzz', team: 'tre', at: 9_000 }));
  const beforeMistake = s.state;
  s = act(s, q({ type: 'judge', correct: true, at: 10_000 }));
  const undone = undoLast(s.log);
  s = { log: undone, state: foldLog(MEETING, RULES, undone).state };
  const afterUndo = s.state;
  s = act(s, q({ type: 'judge', correct: false, at: 11_000 }));
  s = act(s, q({ type: 'reveal-answer', at: 12_000 }));
  s = act(s, q({ type: 'next', at: 13_000 }));
  // Q3: Sen right (+200), then Sen guesses the key picture with 2 of 6 tiles open.
  s = act(s, q({ type: 'buzz', team: 'sen', at: 14_000 }));
  s = act(s, q({ type: 'judge', correct: true, at: 15_000 }));
  const afterQuiz = act(s, q({ type: 'key-guess', team: 'sen', correct: true, at: 16_000 }));
  s = afterQuiz;
  // The skit: the audience votes 3–5 for C at the first choice, which leads to the ending.
  s = act(s, { type: 'start-skit', at: 17_000 });
  s = act(s, { type: 'skit', action: { type: 'vote', counts: [5, 0, 9] }, at: 18_000 });
  s = act(s, { type: 'skit', action: { type: 'advance' }, at: 19_000 });
  const endedOnce = s.state;
  s = act(s, { type: 'replay-skit', at: 20_000 });
  // Second run: the facilitator simply picks A, then "Tiếp".
  s = act(s, { type: 'skit', action: { type: 'choose', option: 0 }, at: 21_000 });
  s = act(s, { type: 'skit', action: { type: 'advance' }, at: 22_000 });
  s = act(s, { type: 'skit', action: { type: 'vote', counts: [12, 3] }, at: 23_000 });
  s = act(s, { type: 'set-people', count: 45, at: 24_000 });
  s = act(s, { type: 'end', at: 25_000 });

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
      key: { tiles: 6, opened: 6, solvedBy: 'Đội Sen' },
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
        choices: [{ nodeId: 'c1', option: 2, counts: [5, 0, 9] }],
        ending: { id: 'end', kind: 'safe' },
      },
      {
        choices: [
          { nodeId: 'c1', option: 0, counts: null },
          { nodeId: 'c2', option: 0, counts: [12, 3] },
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
