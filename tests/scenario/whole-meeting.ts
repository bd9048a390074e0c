import { MEETING } from '../../src/core/activities';
import type {
  MeetingAction,
  MeetingConfig,
  MeetingRules,
  MeetingState,
} from '../../src/core/meeting/meeting';
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

/**
 * A whole ward meeting played through the log: three teams, buzzes, a wrong and a right
 * answer, an undo, a key guess, then the skit twice (once by vote, once picked). The meeting
 * test checks its rules; the report tests read its report.
 */

export const RULES: MeetingRules = { quiz: TEAM_QUIZ_FIXTURE, skit: votes };
export const CONFIG: MeetingConfig = {
  quiz: { teams: TEAMS, keyPicture: KEY_PICTURE, wrongPenalty: 10 },
  skit: true,
  peoplePresent: 42,
};

export interface Session {
  log: SessionLog<MeetingConfig, MeetingAction>;
  state: MeetingState;
}

export function begin(config: MeetingConfig = CONFIG, t0 = 0): Session {
  const log = newLog<MeetingConfig, MeetingAction>(MEETING, PACK, 7, t0 + 1_000, config);
  return { log, state: foldLog(MEETING, RULES, log).state };
}

export function act(s: Session, action: MeetingAction, by: Actor = 'facilitator'): Session {
  const r = dispatch(MEETING, RULES, s.log, s.state, action, by);
  if (!r.step.ok) throw new Error(`refused ${action.type}: ${r.step.refusal.code}`);
  return { log: r.log, state: r.step.state };
}

export const q = (action: TeamAction): MeetingAction => ({
  type: 'quiz',
  action,
});

export const scores = (s: Session): Record<string, number> =>
  Object.fromEntries((s.state.quiz?.teams ?? []).map((t) => [t.id, t.score]));

/** Plays the meeting; `t0` shifts every time (ms) so that a report can carry a real date. */
export function playWholeMeeting(t0 = 0): {
  final: Session;
  beforeMistake: MeetingState;
  afterUndo: MeetingState;
  afterQuiz: Session;
  endedOnce: MeetingState;
} {
  let s = begin(CONFIG, t0);
  // Q1: Sen buzzes and is wrong (−10), Mai buzzes and is right (+100), a key tile opens.
  s = act(s, q({ type: 'start-timer', at: t0 + 2_000 }));
  s = act(s, q({ type: 'buzz', team: 'sen', at: t0 + 4_000 }));
  s = act(s, q({ type: 'judge', correct: false, at: t0 + 5_000 }));
  s = act(s, q({ type: 'buzz', team: 'mai', at: t0 + 6_000 }));
  s = act(s, q({ type: 'judge', correct: true, at: t0 + 7_000 }));
  s = act(s, q({ type: 'next', at: t0 + 8_000 }));
  // Q2: Tre is marked right by mistake; undo; Tre is wrong; the answer is revealed.
  s = act(s, q({ type: 'buzz', team: 'tre', at: t0 + 9_000 }));
  const beforeMistake = s.state;
  s = act(s, q({ type: 'judge', correct: true, at: t0 + 10_000 }));
  const undone = undoLast(s.log);
  s = { log: undone, state: foldLog(MEETING, RULES, undone).state };
  const afterUndo = s.state;
  s = act(s, q({ type: 'judge', correct: false, at: t0 + 11_000 }));
  s = act(s, q({ type: 'reveal-answer', at: t0 + 12_000 }));
  s = act(s, q({ type: 'next', at: t0 + 13_000 }));
  // Q3: Sen right (+200), then Sen guesses the key picture with 2 of 6 tiles open.
  s = act(s, q({ type: 'buzz', team: 'sen', at: t0 + 14_000 }));
  s = act(s, q({ type: 'judge', correct: true, at: t0 + 15_000 }));
  const afterQuiz = act(s, q({ type: 'key-guess', team: 'sen', correct: true, at: t0 + 16_000 }));
  s = afterQuiz;
  // The skit: the audience votes 5–0–9 for C at the first choice, which leads to the ending.
  s = act(s, { type: 'start-skit', at: t0 + 17_000 });
  s = act(s, { type: 'skit', action: { type: 'vote', counts: [5, 0, 9] }, at: t0 + 18_000 });
  s = act(s, { type: 'skit', action: { type: 'advance' }, at: t0 + 19_000 });
  const endedOnce = s.state;
  s = act(s, { type: 'replay-skit', at: t0 + 20_000 });
  // Second run: the facilitator simply picks A, then "Tiếp".
  s = act(s, { type: 'skit', action: { type: 'choose', option: 0 }, at: t0 + 21_000 });
  s = act(s, { type: 'skit', action: { type: 'advance' }, at: t0 + 22_000 });
  s = act(s, { type: 'skit', action: { type: 'vote', counts: [12, 3] }, at: t0 + 23_000 });
  s = act(s, { type: 'set-people', count: 45, at: t0 + 24_000 });
  s = act(s, { type: 'end', at: t0 + 25_000 });

  return { final: s, beforeMistake, afterUndo, afterQuiz, endedOnce };
}
