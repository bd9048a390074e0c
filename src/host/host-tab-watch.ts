import { t } from '../shared/i18n';
import { MEETING_KEY } from '../shared/session/meeting-session';
import type { KeyValueStore } from '../shared/storage/safe-storage';
import { hideBanner, showBanner } from './host-overlays';
import { LOCK_BEAT_MS, LockPresence, TabLock, tabId } from './tab-lock';

const READ_ONLY_BANNER = 'host-read-only';

/** One lock per page: it outlives the projector's scenes (quiz, skit). */
let lock: TabLock | null = null;
let presence: LockPresence | null = null;

export interface TabHandlers {
  /** Whether this tab only follows the meeting now. */
  readOnly(): boolean;
  /** Another tab took the meeting: this one only follows from now on. */
  lost(): void;
  /** The tab in charge saved the meeting: a following tab shows it. */
  otherTabSaved(): void;
  /** The tab in charge does not answer (it crashed or closed moments ago): take the meeting. */
  holderGone(): void;
}

export interface TabWatch {
  /** Another tab held the meeting when the screen opened: this one opens read-only. */
  readonly heldElsewhere: boolean;
  /** This tab takes the meeting. */
  claim(): void;
  stop(): void;
}

/**
 * Keeps a second tab from overwriting the meeting while a projector screen is open: the tab in
 * charge beats, a following tab hears the other's saves, a lock left by a tab that no longer
 * answers is taken at once, and a tab that is closed lets go of the lock.
 */
export function watchTabs(store: KeyValueStore, h: TabHandlers): TabWatch {
  lock ??= new TabLock(store, MEETING_KEY.lock, tabId());
  const theLock = lock;
  presence ??= new LockPresence(MEETING_KEY.lock, theLock.tab, () => theLock.holds());
  const holder = theLock.holderElsewhere();
  if (holder === null) theLock.claim();
  else
    void presence.holderAnswers(holder).then((answers) => {
      if (!answers && h.readOnly() && theLock.holderElsewhere() === holder) h.holderGone();
    });
  const beat = window.setInterval(() => {
    if (!h.readOnly() && !theLock.beat()) h.lost();
  }, LOCK_BEAT_MS);
  const onStorage = (e: StorageEvent): void => {
    if (e.key === MEETING_KEY.lock && !h.readOnly() && theLock.heldElsewhere()) h.lost();
    if (e.key === MEETING_KEY.log && h.readOnly()) h.otherTabSaved();
  };
  const onHide = (): void => {
    if (!h.readOnly()) theLock.release();
  };
  window.addEventListener('storage', onStorage);
  window.addEventListener('pagehide', onHide);
  return {
    heldElsewhere: holder !== null,
    claim: () => {
      theLock.claim();
    },
    stop: () => {
      window.clearInterval(beat);
      window.removeEventListener('storage', onStorage);
      window.removeEventListener('pagehide', onHide);
    },
  };
}

/** A following tab says so at the top, with its take-over button (or T); gone otherwise. */
export function showReadOnlyBanner(readOnly: boolean, takeOver: () => void): void {
  if (!readOnly) {
    hideBanner(READ_ONLY_BANNER);
    return;
  }
  showBanner(READ_ONLY_BANNER, t('host.otherTab'), 'info', {
    label: t('host.takeOver'),
    run: takeOver,
  });
}
