import { describe, expect, it } from 'vitest';
import { reportDocument, reportTexts } from '../../../src/report/report-document';
import type { MeetingReport } from '../../../src/core/meeting/report';
import { REPORT_PACK, ZONE, translator, wholeMeetingReport } from './report-fixture';

const REPORT = wholeMeetingReport();

function layout(report: MeetingReport, lang: 'vi' | 'en' = 'vi') {
  return reportDocument(report, reportTexts(report, REPORT_PACK), {
    lang,
    t: translator(lang),
    timeZone: ZONE,
  });
}

describe('what the report shows', () => {
  it('states the day in words, the time span, the pack and how many were answered right', () => {
    const later: MeetingReport = { ...REPORT, lastActionAt: REPORT.startedAt + 95 * 60_000 };
    expect(Object.fromEntries(layout(later).facts.map((f) => [f.id, f.text]))).toEqual({
      date: 'Chủ Nhật, 29 tháng 11, 2026',
      time: '14:00 – 15:35',
      status: 'Đã kết thúc',
      pack: 'Gói thử nghiệm',
      version: '1.0.0',
      people: '45',
      answered: '2 trên 3 câu',
    });
  });

  it('says when a meeting is not over yet', () => {
    const open = layout({ ...REPORT, ended: false });
    expect(open.facts.find((f) => f.id === 'status')?.text).toBe('Chưa kết thúc');
  });

  it('sets the winning team and each chosen option in bold, beside words that say so', () => {
    const doc = layout(REPORT);
    const teams = doc.tables.find((t) => t.id === 'teams');
    expect(teams?.strong.map((i) => teams.rows[i]?.[1])).toEqual([
      { text: 'Đội Sen', swatch: '#e91e63' },
    ]);
    const skit = doc.tables.find((t) => t.id === 'skit');
    expect(skit?.strong.map((i) => skit.rows[i]?.[4])).toEqual([
      'Được chọn',
      'Người điều hành chọn',
      'Được chọn',
    ]);
  });

  it('shows only the skit for a meeting that played only the skit, and an unfinished run', () => {
    const skitOnly: MeetingReport = {
      ...REPORT,
      teams: [],
      questions: [],
      answeredRight: 0,
      key: null,
      skitRuns: [{ choices: [], ending: null }],
    };
    const doc = layout(skitOnly);
    expect(doc.tables.map((t) => t.id)).toEqual(['endings']);
    expect(doc.tables[0]?.rows).toEqual([[1, 'Chưa đến kết thúc', '']]);
    expect(doc.facts.map((f) => f.id)).not.toContain('answered');
    expect(doc.summary.map((s) => s.label)).not.toContain('Số câu đã chơi');
  });

  it('shows only the quiz for a meeting without the skit', () => {
    const doc = layout({ ...REPORT, skitRuns: [] });
    expect(doc.tables.map((t) => t.id)).toEqual(['teams', 'questions', 'key', 'key-guesses']);
  });

  it('names a choice without a prompt by its place in the run', () => {
    const doc = layout(REPORT, 'en');
    const skit = doc.tables.find((t) => t.id === 'skit');
    expect(skit?.rows.map((r) => r[1]).filter((p) => p !== '')).toEqual([
      'What should Lan do?',
      'What should Lan do?',
      'Choice 2',
    ]);
  });
});
