import { describe, it, expect } from 'vitest';
import fc from 'fast-check';
import { SOLO_QUIZ, TEAM_QUIZ } from '../../../src/core/activities';
import type { SoloAction, SoloConfig } from '../../../src/core/quiz/solo';
import type { TeamAction, TeamConfig, TeamState } from '../../../src/core/quiz/teams';
import {
  dispatch,
  foldLog,
  newLog,
  undoLast,
  type Actor,
  type SessionLog,
} from '../../../src/core/session/action-log';
import { KEY_PICTURE, PACK, SMALL_QUIZ, TEAMS, TEAM_QUIZ_FIXTURE } from '../../scenario/fixtures';

const at = fc.integer({ min: 0, max: 120_000 });
const teamId = fc.constantFrom('sen', 'mai', 'tre', 'khong-co', '');

const soloAction: fc.Arbitrary<SoloAction> = fc.oneof(
  fc.record({ type: fc.constant('place' as const), tile: fc.integer({ min: -3, max: 30 }), at }),
  fc.record({ type: fc.constant('unplace' as const), slot: fc.integer({ min: -3, max: 20 }), at }),
  fc.record({ type: fc.constant('backspace' as const), at }),
  fc.record({
    type: fc.constant('type-letter' as const),
    letter: fc.constantFrom('A', 'b', 'Đ', 'n', 'G', '', '?'),
    at,
  }),
  fc.record({
    type: fc.constant('submit-text' as const),
    text: fc.constantFrom('lừa đảo', 'lua dao', 'bạn bè', 'cảnh giác', '', 'sai'),
    at,
  }),
  fc.record({
    type: fc.constant('hint' as const),
    hint: fc.constantFrom('clue' as const, 'reveal-letter' as const, 'remove-decoys' as const),
    at,
  }),
  fc.record({ type: fc.constant('skip' as const), at }),
  fc.record({ type: fc.constant('next' as const), at }),
);

const teamAction: fc.Arbitrary<TeamAction> = fc.oneof(
  fc.record({ type: fc.constant('start-timer' as const), at }),
  fc.record({ type: fc.constant('pause-timer' as const), at }),
  fc.record({ type: fc.constant('time-up' as const), at }),
  fc.record({ type: fc.constant('buzz' as const), team: teamId, at }),
  fc.record({ type: fc.constant('judge' as const), correct: fc.boolean(), at }),
  fc.record({ type: fc.constant('reveal-answer' as const), at }),
  fc.record({ type: fc.constant('open-key-tile' as const), at }),
  fc.record({ type: fc.constant('key-guess' as const), team: teamId, correct: fc.boolean(), at }),
  fc.record({
    type: fc.constant('adjust' as const),
    team: teamId,
    delta: fc.integer({ min: -50, max: 50 }),
    at,
  }),
  fc.record({ type: fc.constant('next' as const), at }),
  fc.record({ type: fc.constant('finish' as const), at }),
);

const soloConfig: fc.Arbitrary<SoloConfig> = fc.record({
  questionCount: fc.integer({ min: 0, max: 6 }),
  strict: fc.boolean(),
});

const teamConfig: fc.Arbitrary<TeamConfig> = fc.record({
  teams: fc.constantFrom(TEAMS.slice(0, 2), TEAMS),
  keyPicture: fc.constantFrom(KEY_PICTURE, null),
  wrongPenalty: fc.constantFrom(0, 10),
});

function playSolo(seed: number, config: SoloConfig, actions: readonly SoloAction[]) {
  let log = newLog<SoloConfig, SoloAction>(SOLO_QUIZ, PACK, seed, 0, config);
  let state = foldLog(SOLO_QUIZ, SMALL_QUIZ, log).state;
  for (const action of actions) {
    const r = dispatch(SOLO_QUIZ, SMALL_QUIZ, log, state, action, 'player');
    log = r.log;
    state = r.step.state;
  }
  return { log, state };
}

function playTeams(seed: number, config: TeamConfig, actions: readonly TeamAction[]) {
  let log: SessionLog<TeamConfig, TeamAction> = newLog(TEAM_QUIZ, PACK, seed, 0, config);
  let state = foldLog(TEAM_QUIZ, TEAM_QUIZ_FIXTURE, log).state;
  /** The state before each accepted action, by the log length it had then. */
  const before: TeamState[] = [];
  for (const action of actions) {
    const by: Actor = action.type === 'time-up' ? 'clock' : 'facilitator';
    const r = dispatch(TEAM_QUIZ, TEAM_QUIZ_FIXTURE, log, state, action, by);
    if (r.step.ok) before.push(state);
    log = r.log;
    state = r.step.state;
  }
  return { log, state, before };
}

describe('solo sessions under random actions', () => {
  it('never throw, fold to the live state twice alike, and survive JSON', () => {
    fc.assert(
      fc.property(
        fc.integer(),
        soloConfig,
        fc.array(soloAction, { maxLength: 60 }),
        (seed, config, actions) => {
          const { log, state } = playSolo(seed, config, actions);
          const a = foldLog(SOLO_QUIZ, SMALL_QUIZ, log);
          const b = foldLog(SOLO_QUIZ, SMALL_QUIZ, log);
          expect(a).toEqual(b);
          expect(a).toEqual({ state, skipped: 0 });
          expect(JSON.parse(JSON.stringify(state))).toEqual(state);
          expect(state.score).toBe(state.results.reduce((n, r) => n + r.points, 0));
          expect(state.results.every((r) => r.points >= 0)).toBe(true);
        },
      ),
      { numRuns: 300 },
    );
  });

  it('a refused action returns the very same state', () => {
    fc.assert(
      fc.property(fc.integer(), fc.array(soloAction, { maxLength: 40 }), (seed, actions) => {
        let state = SOLO_QUIZ.start(SMALL_QUIZ, seed, 0, {});
        for (const action of actions) {
          const r = SOLO_QUIZ.reduce(SMALL_QUIZ, state, action);
          if (!r.ok) expect(r.state).toBe(state);
          state = r.state;
        }
      }),
      { numRuns: 200 },
    );
  });
});

describe('team sessions under random actions', () => {
  it('never throw, fold to the live state twice alike, and survive JSON', () => {
    fc.assert(
      fc.property(
        fc.integer(),
        teamConfig,
        fc.array(teamAction, { maxLength: 60 }),
        (seed, config, actions) => {
          const { log, state } = playTeams(seed, config, actions);
          const a = foldLog(TEAM_QUIZ, TEAM_QUIZ_FIXTURE, log);
          expect(a).toEqual(foldLog(TEAM_QUIZ, TEAM_QUIZ_FIXTURE, log));
          expect(a).toEqual({ state, skipped: 0 });
          expect(JSON.parse(JSON.stringify(state))).toEqual(state);
        },
      ),
      { numRuns: 300 },
    );
  });

  it('undo equals folding the shorter log: the state before the undone action', () => {
    fc.assert(
      fc.property(
        fc.integer(),
        teamConfig,
        fc.array(teamAction, { maxLength: 60 }),
        (seed, config, actions) => {
          const { log, before } = playTeams(seed, config, actions);
          const undone = undoLast(log);
          if (undone === log) return;
          const kept = undone.actions.length;
          expect(log.actions.slice(0, kept)).toEqual(undone.actions);
          expect(log.actions[kept]?.by).toBe('facilitator');
          expect(log.actions.slice(kept + 1).every((a) => a.by === 'clock')).toBe(true);
          expect(foldLog(TEAM_QUIZ, TEAM_QUIZ_FIXTURE, undone)).toEqual({
            state: before[kept],
            skipped: 0,
          });
        },
      ),
      { numRuns: 300 },
    );
  });
});
