import type { SessionSummary } from '../core/session/action-log';
import { SCENE, type SceneKey } from '../shared/keys';
import { AUTO_RESUME_MS, MEETING_KEY } from '../shared/session/meeting-session';
import { savedSummary } from '../shared/session/saved-summary';
import type { Services } from '../shared/services';

/**
 * A meeting that ended less than this long ago reopens on its end screen (the final ranking),
 * as a reload of that screen expects; an older one leaves the page to the menu or the setup.
 */
export const ENDED_REOPEN_MS = 30 * 60 * 1000;

/**
 * The meeting screen a saved meeting reopens on, or null: an unfinished meeting where it was
 * (at once with ?mode=host, else when recent), a meeting just ended on its end screen.
 */
export function reopenMeeting(
  saved: SessionSummary | null,
  mode: string | null,
  now: number,
): SceneKey | null {
  if (!saved) return null;
  const age = now - saved.lastActionAt;
  if (saved.finished) return age < ENDED_REOPEN_MS ? SCENE.hostQuiz : null;
  if (mode === 'host' || age < AUTO_RESUME_MS)
    return saved.detail.part === 'skit' ? SCENE.hostSkit : SCENE.hostQuiz;
  return null;
}

/**
 * A meeting left open on this device comes back exactly where it was (a reload, a crash, a
 * sleeping laptop); ?mode=host opens the facilitator's setup; everything else the menu.
 * Decided from the saved meeting's summary: the pack's data need not have loaded yet.
 */
export function firstScreen(services: Services, now: number): SceneKey {
  const { mode } = services.params;
  const pack = services.packSummary;
  if (mode === 'solo' || !pack) return SCENE.menu;
  const reopen = reopenMeeting(savedSummary(services.store, MEETING_KEY.log, pack), mode, now);
  if (reopen) return reopen;
  return mode === 'host' ? SCENE.hostSetup : SCENE.menu;
}
