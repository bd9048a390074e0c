import type { TeamState } from '../core/quiz/teams';
import type { Refusal } from '../core/result';
import type { Line } from './host-quiz-effects';
import { teamName } from './host-quiz-effects';

/**
 * What the projector says when a key does nothing: every refusal gets a line that tells the
 * facilitator why, and what to press instead, so a key never seems dead.
 */

/** Refusals with a line of their own (host.refused.<code>); others get the general line. */
export const REFUSAL_CODES = [
  'judge-first',
  'nothing-to-cancel',
  'meeting-over',
  'quiz-finished',
  'no-such-team',
  'team-locked-out-of-key',
  'judge-key-guess',
  'choose-team',
  'no-key-picture',
  'key-already-solved',
  'timer-not-startable',
  'time-is-up',
  'timer-not-running',
  'nobody-answering',
  'question-closed',
  'team-locked-out',
  'already-buzzed',
  'no-key-tile-left',
  'question-open',
  'choose-first',
  'no-choice-open',
  'no-such-option',
  'not-in-quiz',
  'not-in-skit',
  'vote-time-is-up',
] as const;

const KNOWN: ReadonlySet<string> = new Set(REFUSAL_CODES);

/** The line for `refusal`, naming the team it concerns (its number when there is no such team). */
export function refusalLine(refusal: Refusal, quiz: TeamState | null): Line {
  const detail = refusal.detail ?? '';
  const params = {
    team: teamName(quiz, detail) || detail,
    n: quiz?.teams.length ?? 0,
  };
  return KNOWN.has(refusal.code)
    ? { key: `host.refused.${refusal.code}`, params }
    : { key: 'host.refused.other', params };
}
