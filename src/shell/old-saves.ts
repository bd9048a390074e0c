import { STORE_KEY } from '../shared/keys';
import { MEETING_KEY } from '../shared/session/meeting-session';
import { summaryKey } from '../shared/session/saved-summary';
import type { Services } from '../shared/services';

/**
 * Saves written before sessions kept a summary beside their log get one, once the pack's data
 * has loaded (refolding a log needs it): without it the menu would not offer to continue them.
 * True when one was written, and the menu should look again.
 */
export async function summarizeOldSaves(services: Services): Promise<boolean> {
  const { pack, store } = services;
  if (!pack) return false;
  const lacking = [STORE_KEY.soloSession, MEETING_KEY.log].filter(
    (key) => store.get(key) !== null && store.get(summaryKey(key)) === null,
  );
  if (lacking.length === 0) return false;
  const [solo, meeting] = await Promise.all([
    import('../shared/session/solo-session'),
    import('../shared/session/meeting-session'),
  ]);
  // Resuming refolds a log and writes its summary.
  solo.resumeSoloQuiz(pack, store);
  meeting.resumeMeeting(store, pack);
  return true;
}
