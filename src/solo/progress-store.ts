/** What this device keeps of a pack's solo rounds, read and written through the safe store. */
import {
  NO_PROGRESS,
  readProgress,
  recordQuestion,
  recordRound,
  type PackProgress,
} from '../core/quiz/round';
import type { SoloEvent, SoloState } from '../core/quiz/solo';
import { STORE_KEY } from '../shared/keys';
import type { KeyValueStore } from '../shared/storage/safe-storage';

function key(packId: string): string {
  return `${STORE_KEY.soloProgress}.${packId}`;
}

export function loadProgress(store: KeyValueStore, packId: string): PackProgress {
  const raw = store.get(key(packId));
  if (raw === null) return NO_PROGRESS;
  try {
    return readProgress(JSON.parse(raw));
  } catch {
    return NO_PROGRESS;
  }
}

/** Saves `progress`; false when the browser refused (the game goes on, unremembered). */
export function saveProgress(
  store: KeyValueStore,
  packId: string,
  progress: PackProgress,
): boolean {
  return store.set(key(packId), JSON.stringify(progress));
}

/**
 * What the device keeps after a step whose `events` led to `after`: each question ended (right
 * or skipped) with its stars, and a round's score at its end. `all`: the pack's question ids.
 * The same object when nothing is to be kept.
 */
export function progressAfter(
  progress: PackProgress,
  events: readonly SoloEvent[],
  after: SoloState,
  all: readonly string[],
): PackProgress {
  let kept = progress;
  const ended = events.some((e) => e.type === 'answer-right' || e.type === 'skipped');
  const result = after.results[after.results.length - 1];
  if (ended && result)
    kept = recordQuestion(kept, all, after.order, result.questionId, result.stars);
  if (events.some((e) => e.type === 'finished')) kept = recordRound(kept, after.score);
  return kept;
}
