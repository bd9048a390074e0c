import { describe, expect, it } from 'vitest';
import { archivedTexts, reportTexts } from '../../../src/report/report-document';
import type { MeetingReport } from '../../../src/core/meeting/report';
import {
  MAX_REPORTS,
  REPORT_ARCHIVE_DAMAGED_KEY,
  REPORT_ARCHIVE_KEY,
  listReportSummaries,
  listReports,
  loadReport,
  removeReport,
  reportId,
  saveReport,
} from '../../../src/shared/storage/report-archive';
import type { KeyValueStore } from '../../../src/shared/storage/safe-storage';
import { MEETING_DAY, REPORT_PACK, wholeMeetingReport } from './report-fixture';

/** localStorage as a Map; `quota` refuses writes longer than it, as a full disk does. */
function memoryStore(quota = Infinity): KeyValueStore & { data: Map<string, string> } {
  const data = new Map<string, string>();
  return {
    data,
    get: (key) => data.get(key) ?? null,
    set: (key, value) => {
      if (value.length > quota) return false;
      data.set(key, value);
      return true;
    },
    remove: (key) => {
      data.delete(key);
    },
  };
}

/** A store whose every call throws, as a locked-down browser might. */
const THROWING: KeyValueStore = {
  get: () => {
    throw new Error('SecurityError');
  },
  set: () => {
    throw new Error('QuotaExceededError');
  },
  remove: () => {
    throw new Error('SecurityError');
  },
};

const REPORT = wholeMeetingReport();
const DAY = 86_400_000;

function meetingOn(day: number): MeetingReport {
  return { ...REPORT, startedAt: MEETING_DAY + day * DAY, lastActionAt: MEETING_DAY + day * DAY };
}

function file(store: KeyValueStore, report: MeetingReport, savedAt = 1): boolean {
  return saveReport(
    store,
    { report, packTitle: REPORT_PACK.title, texts: reportTexts(report, REPORT_PACK) },
    savedAt,
  );
}

describe('saving and listing past reports', () => {
  it('lists a saved report by its date, pack title, teams and head count', () => {
    const store = memoryStore();
    expect(file(store, REPORT)).toBe(true);
    expect(listReportSummaries(store)).toEqual([
      {
        id: reportId(REPORT),
        startedAt: REPORT.startedAt,
        packTitle: { vi: 'Gói thử nghiệm', en: 'Test pack' },
        teams: ['Đội Sen', 'Đội Mai', 'Đội Tre'],
        peoplePresent: 45,
      },
    ]);
  });

  it('opens a saved report exactly as it was, with the pack words it needs', () => {
    const store = memoryStore();
    file(store, REPORT);
    const entry = loadReport(store, reportId(REPORT));
    expect(entry?.report).toEqual(REPORT);
    expect(archivedTexts(entry?.texts, REPORT, REPORT_PACK.title)).toEqual(
      reportTexts(REPORT, REPORT_PACK),
    );
  });

  it('keeps one copy per meeting: saving again (report opened, then meeting ended) replaces it', () => {
    const store = memoryStore();
    file(store, { ...REPORT, ended: false, peoplePresent: 42 }, 1);
    file(store, REPORT, 2);
    const all = listReports(store);
    expect(all).toHaveLength(1);
    expect(all[0]?.savedAt).toBe(2);
    expect(all[0]?.report.peoplePresent).toBe(45);
  });

  it('keeps the newest 100 meetings, newest first, whatever order they were saved in', () => {
    const store = memoryStore();
    const days = Array.from({ length: MAX_REPORTS + 5 }, (_, i) => (i * 37) % (MAX_REPORTS + 5));
    for (const day of days) expect(file(store, meetingOn(day))).toBe(true);
    const kept = listReportSummaries(store).map((s) => (s.startedAt - MEETING_DAY) / DAY);
    expect(kept).toHaveLength(MAX_REPORTS);
    expect(kept[0]).toBe(MAX_REPORTS + 4);
    expect(kept.at(-1)).toBe(5);
    expect(kept).toEqual([...kept].sort((a, b) => b - a));
  });

  it('removes only the report asked for', () => {
    const store = memoryStore();
    file(store, meetingOn(1));
    file(store, meetingOn(2));
    expect(removeReport(store, reportId(meetingOn(1)))).toBe(true);
    expect(listReportSummaries(store).map((s) => s.startedAt)).toEqual([meetingOn(2).startedAt]);
  });
});

describe('a store that refuses or data that is damaged', () => {
  it('never throws when every storage call throws, and says nothing was saved', () => {
    expect(file(THROWING, REPORT)).toBe(false);
    expect(listReports(THROWING)).toEqual([]);
    expect(loadReport(THROWING, reportId(REPORT))).toBeNull();
    expect(removeReport(THROWING, reportId(REPORT))).toBe(false);
  });

  it('reports a refused write (full disk) and keeps what was there', () => {
    const store = memoryStore();
    file(store, meetingOn(1));
    const before = store.data.get(REPORT_ARCHIVE_KEY);
    const full = { ...store, set: () => false };
    expect(file(full, meetingOn(2))).toBe(false);
    expect(removeReport(full, reportId(meetingOn(1)))).toBe(false);
    expect(store.data.get(REPORT_ARCHIVE_KEY)).toBe(before);
  });

  it('lists nothing for corrupted JSON, and keeps the damaged text aside before saving anew', () => {
    const store = memoryStore();
    store.data.set(REPORT_ARCHIVE_KEY, '{"format":1,"reports":[{"id":');
    expect(listReports(store)).toEqual([]);
    expect(file(store, REPORT)).toBe(true);
    expect(listReports(store)).toHaveLength(1);
    expect(store.data.get(REPORT_ARCHIVE_DAMAGED_KEY)).toBe('{"format":1,"reports":[{"id":');
  });

  it('skips a damaged entry and lists the others', () => {
    const store = memoryStore();
    file(store, meetingOn(1));
    file(store, meetingOn(2));
    const saved = JSON.parse(store.data.get(REPORT_ARCHIVE_KEY) ?? '') as { reports: unknown[] };
    saved.reports[0] = { id: 'x', savedAt: 1, packTitle: 7, report: null };
    saved.reports.push('junk', null, { id: 'y', savedAt: 2, packTitle: 'P', report: { teams: 3 } });
    store.data.set(REPORT_ARCHIVE_KEY, JSON.stringify(saved));
    expect(listReportSummaries(store).map((s) => s.startedAt)).toEqual([meetingOn(1).startedAt]);
  });

  it('never overwrites an archive written by a newer version of the game', () => {
    const store = memoryStore();
    const newer = JSON.stringify({ format: 99, reports: [] });
    store.data.set(REPORT_ARCHIVE_KEY, newer);
    expect(file(store, REPORT)).toBe(false);
    expect(store.data.get(REPORT_ARCHIVE_KEY)).toBe(newer);
  });

  it('falls back to generic labels when the kept pack words are damaged', () => {
    const texts = archivedTexts(
      {
        version: 3,
        skitTitle: { vi: 1 },
        choices: { c1: { prompt: 'P', options: [1] } },
        endings: { end: 'E', x: {} },
      },
      REPORT,
      'Gói',
    );
    expect(texts).toEqual({
      title: 'Gói',
      version: REPORT.packVersion,
      keyAnswer: null,
      skitTitle: null,
      choices: {},
      endings: { end: 'E' },
    });
  });
});
