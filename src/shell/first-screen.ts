import { SCENE, type SceneKey } from '../shared/keys';
import { AUTO_RESUME_MS, lastActionAt, unfinishedMeeting } from '../shared/session/meeting-session';
import type { Services } from '../shared/services';

/**
 * A meeting left open on this device comes back exactly where it was (a reload, a crash, a
 * sleeping laptop); ?mode=host opens the facilitator's setup; everything else the menu.
 * Sets `services.meeting` when it resumes one.
 */
export function firstScreen(services: Services): SceneKey {
  const { mode } = services.params;
  const pack = services.pack;
  if (mode === 'solo' || !pack) return SCENE.menu;
  const saved = unfinishedMeeting(services.store, pack);
  if (saved && (mode === 'host' || Date.now() - lastActionAt(saved) < AUTO_RESUME_MS)) {
    services.meeting = saved;
    return saved.state.part === 'skit' ? SCENE.hostSkit : SCENE.hostQuiz;
  }
  return mode === 'host' ? SCENE.hostSetup : SCENE.menu;
}
