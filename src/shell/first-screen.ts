import { SCENE, type SceneKey } from '../shared/keys';
import { AUTO_RESUME_MS, MEETING_KEY } from '../shared/session/meeting-session';
import { savedSummary } from '../shared/session/saved-summary';
import type { Services } from '../shared/services';

/**
 * A meeting left open on this device comes back exactly where it was (a reload, a crash, a
 * sleeping laptop); ?mode=host opens the facilitator's setup; everything else the menu.
 * Decided from the saved meeting's summary: the pack's data need not have loaded yet.
 */
export function firstScreen(services: Services, now: number): SceneKey {
  const { mode } = services.params;
  const pack = services.packSummary;
  if (mode === 'solo' || !pack) return SCENE.menu;
  const saved = savedSummary(services.store, MEETING_KEY.log, pack);
  if (saved && !saved.finished && (mode === 'host' || now - saved.lastActionAt < AUTO_RESUME_MS))
    return saved.detail.part === 'skit' ? SCENE.hostSkit : SCENE.hostQuiz;
  return mode === 'host' ? SCENE.hostSetup : SCENE.menu;
}
