import type { MeetingReport } from '../../core/meeting/report';
import type { KeyValueStore } from './safe-storage';
import type { PackText } from '../../core/types';

/**
 * The reports of past meetings, kept on this device under one key, newest first. Nothing here
 * throws: a store that refuses, a full disk or a value someone damaged gives an empty or
 * shorter list and a `false`, never an exception in front of the room.
 */

export const REPORT_ARCHIVE_KEY = 'dhbc.reports';
/** A damaged archive is moved here once, before a new save replaces it, so nothing is lost unseen. */
export const REPORT_ARCHIVE_DAMAGED_KEY = 'dhbc.reports.damaged';
export const REPORT_ARCHIVE_FORMAT = 1;
/** Reports kept; saving one more drops the oldest. */
export const MAX_REPORTS = 100;

/**
 * What an archived report carries: the report, and the pack's words it shows (`texts`, opaque
 * here), so it can be read again when another pack is loaded.
 */
export interface ArchivedReport<T = unknown> {
  /** The meeting's identity: the pack id and the moment it started. */
  readonly id: string;
  readonly savedAt: number;
  readonly packTitle: PackText;
  readonly report: MeetingReport;
  readonly texts: T;
}

/** A line of the list of past reports. */
export interface ArchivedSummary {
  readonly id: string;
  readonly startedAt: number;
  readonly packTitle: PackText;
  readonly teams: readonly string[];
  readonly peoplePresent: number;
}

interface ArchiveFile {
  readonly format: number;
  readonly reports: readonly unknown[];
}

/** The id a meeting's report is filed under: saving it again replaces the earlier copy. */
export function reportId(report: MeetingReport): string {
  return `${report.packId}@${report.startedAt}`;
}

/** A pack text as read back from storage: a string, or { vi?, en? } of strings. */
export function isPackText(v: unknown): v is PackText {
  if (typeof v === 'string') return true;
  if (typeof v !== 'object' || v === null) return false;
  const o = v as Record<string, unknown>;
  return (
    (o.vi === undefined || typeof o.vi === 'string') &&
    (o.en === undefined || typeof o.en === 'string') &&
    (o.vi !== undefined || o.en !== undefined)
  );
}

function isReport(v: unknown): v is MeetingReport {
  if (typeof v !== 'object' || v === null) return false;
  const r = v as Record<string, unknown>;
  return (
    typeof r.packId === 'string' &&
    typeof r.packVersion === 'string' &&
    typeof r.startedAt === 'number' &&
    typeof r.lastActionAt === 'number' &&
    typeof r.ended === 'boolean' &&
    typeof r.peoplePresent === 'number' &&
    typeof r.answeredRight === 'number' &&
    Array.isArray(r.teams) &&
    r.teams.every(
      (t) =>
        typeof t === 'object' && t !== null && typeof (t as { name?: unknown }).name === 'string',
    ) &&
    Array.isArray(r.questions) &&
    Array.isArray(r.skitRuns)
  );
}

/** An entry read back from storage, or null when it is not one (damaged by hand or by a bug). */
function asEntry(v: unknown): ArchivedReport | null {
  if (typeof v !== 'object' || v === null) return null;
  const e = v as Record<string, unknown>;
  if (typeof e.id !== 'string' || typeof e.savedAt !== 'number') return null;
  if (!isPackText(e.packTitle) || !isReport(e.report)) return null;
  return { id: e.id, savedAt: e.savedAt, packTitle: e.packTitle, report: e.report, texts: e.texts };
}

type Read =
  | { readonly kind: 'empty' }
  | { readonly kind: 'ok'; readonly entries: readonly ArchivedReport[] }
  | { readonly kind: 'damaged'; readonly raw: string }
  /** Written by a newer version of the game: listed as nothing, never overwritten. */
  | { readonly kind: 'newer' }
  /** The store threw on reading. */
  | { readonly kind: 'unavailable' };

function read(store: KeyValueStore): Read {
  let raw: string | null;
  try {
    raw = store.get(REPORT_ARCHIVE_KEY);
  } catch {
    return { kind: 'unavailable' };
  }
  if (raw === null) return { kind: 'empty' };
  try {
    const file = JSON.parse(raw) as Partial<ArchiveFile> | null;
    if (file === null || typeof file !== 'object' || !Array.isArray(file.reports)) {
      return { kind: 'damaged', raw };
    }
    if (typeof file.format !== 'number') return { kind: 'damaged', raw };
    if (file.format > REPORT_ARCHIVE_FORMAT) return { kind: 'newer' };
    const entries = file.reports.map(asEntry).filter((e): e is ArchivedReport => e !== null);
    return { kind: 'ok', entries };
  } catch {
    return { kind: 'damaged', raw };
  }
}

function write(store: KeyValueStore, entries: readonly ArchivedReport[]): boolean {
  try {
    const file: ArchiveFile = { format: REPORT_ARCHIVE_FORMAT, reports: entries };
    return store.set(REPORT_ARCHIVE_KEY, JSON.stringify(file));
  } catch {
    return false;
  }
}

/** Every readable report, newest meeting first. */
export function listReports(store: KeyValueStore): ArchivedReport[] {
  const r = read(store);
  return r.kind === 'ok' ? [...r.entries] : [];
}

/** The list of past reports: when, which pack, which teams, how many people. */
export function listReportSummaries(store: KeyValueStore): ArchivedSummary[] {
  return listReports(store).map((e) => ({
    id: e.id,
    startedAt: e.report.startedAt,
    packTitle: e.packTitle,
    teams: e.report.teams.map((t) => t.name),
    peoplePresent: e.report.peoplePresent,
  }));
}

export function loadReport(store: KeyValueStore, id: string): ArchivedReport | null {
  return listReports(store).find((e) => e.id === id) ?? null;
}

/**
 * Files a report (replacing an earlier copy of the same meeting) and keeps the newest
 * MAX_REPORTS by meeting start. Returns false when the browser refused the write.
 */
export function saveReport(
  store: KeyValueStore,
  entry: { readonly report: MeetingReport; readonly packTitle: PackText; readonly texts: unknown },
  savedAt: number,
): boolean {
  const current = read(store);
  if (current.kind === 'newer' || current.kind === 'unavailable') return false;
  if (current.kind === 'damaged') {
    try {
      if (store.get(REPORT_ARCHIVE_DAMAGED_KEY) === null) {
        if (!store.set(REPORT_ARCHIVE_DAMAGED_KEY, current.raw)) return false;
      }
    } catch {
      return false;
    }
  }
  const earlier = current.kind === 'ok' ? current.entries : [];
  const id = reportId(entry.report);
  const next: ArchivedReport = {
    id,
    savedAt,
    packTitle: entry.packTitle,
    report: entry.report,
    texts: entry.texts,
  };
  const entries = [next, ...earlier.filter((e) => e.id !== id)]
    .sort((a, b) => b.report.startedAt - a.report.startedAt)
    .slice(0, MAX_REPORTS);
  return write(store, entries);
}

/** Removes one report. Returns false when the browser refused the write. */
export function removeReport(store: KeyValueStore, id: string): boolean {
  const current = read(store);
  if (current.kind !== 'ok') return current.kind === 'empty';
  return write(
    store,
    current.entries.filter((e) => e.id !== id),
  );
}
