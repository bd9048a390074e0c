import type { PackRef, SessionSummary } from '../../core/session/action-log';
import type { KeyValueStore } from '../storage/safe-storage';

/** Where a saved session's summary is kept, beside its log. */
export function summaryKey(logKey: string): string {
  return `${logKey}.summary`;
}

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null;

function isSummary(v: unknown): v is SessionSummary {
  return (
    isRecord(v) &&
    typeof v.finished === 'boolean' &&
    typeof v.lastActionAt === 'number' &&
    isRecord(v.pack) &&
    typeof v.pack.id === 'string' &&
    typeof v.pack.hash === 'string' &&
    isRecord(v.detail)
  );
}

/**
 * The summary of the session saved under `logKey` for this pack, read without the pack's data;
 * null when there is none, it is damaged, or it belongs to another pack.
 */
export function savedSummary(
  store: KeyValueStore,
  logKey: string,
  pack: PackRef,
): SessionSummary | null {
  if (store.get(logKey) === null) return null;
  const raw = store.get(summaryKey(logKey));
  if (raw === null) return null;
  let parsed: unknown;
  try {
    parsed = JSON.parse(raw);
  } catch {
    return null;
  }
  if (!isSummary(parsed)) return null;
  return parsed.pack.id === pack.id && parsed.pack.hash === pack.hash ? parsed : null;
}
