import { describe, expect, it } from 'vitest';
import type { SessionSummary } from '../../../src/core/session/action-log';
import { SCENE } from '../../../src/shared/keys';
import { AUTO_RESUME_MS } from '../../../src/shared/session/meeting-session';
import { ENDED_REOPEN_MS, reopenMeeting } from '../../../src/shell/first-screen';

const NOW = 1_800_000_000_000;

function summary(finished: boolean, ago: number, part = 'quiz'): SessionSummary {
  return {
    pack: { id: 'p', version: '1', hash: 'h' },
    finished,
    lastActionAt: NOW - ago,
    detail: { part },
  };
}

describe('which meeting screen the page reopens on', () => {
  it('reopens a meeting that has just ended on its end screen, not an empty setup', () => {
    expect(reopenMeeting(summary(true, 5_000, 'over'), 'host', NOW)).toBe(SCENE.hostQuiz);
    expect(reopenMeeting(summary(true, 5_000, 'over'), null, NOW)).toBe(SCENE.hostQuiz);
  });

  it('leaves a meeting that ended long ago to the setup or the menu', () => {
    expect(reopenMeeting(summary(true, ENDED_REOPEN_MS + 1, 'over'), 'host', NOW)).toBeNull();
  });

  it('reopens an unfinished meeting where it was', () => {
    expect(reopenMeeting(summary(false, 5_000, 'skit'), null, NOW)).toBe(SCENE.hostSkit);
    expect(reopenMeeting(summary(false, AUTO_RESUME_MS + 1), 'host', NOW)).toBe(SCENE.hostQuiz);
    expect(reopenMeeting(summary(false, AUTO_RESUME_MS + 1), null, NOW)).toBeNull();
  });

  it('has nothing to reopen without a saved meeting', () => {
    expect(reopenMeeting(null, 'host', NOW)).toBeNull();
  });
});
