import { describe, expect, it } from 'vitest';
import { meetingReport } from '../../../src/core/meeting/report';
import { reportDocument, reportTexts } from '../../../src/report/report-document';
import { act, begin, CONFIG, q, RULES } from '../../scenario/whole-meeting';
import { REPORT_PACK, ZONE, translator } from './report-fixture';

/** A short quiz: a wrong key guess, points given and taken by hand, then the key solved. */
function quizWithGuessesAndAdjustments() {
  let s = begin({ ...CONFIG, skit: false });
  s = act(s, q({ type: 'buzz', team: 'sen', at: 2_000 }));
  s = act(s, q({ type: 'judge', correct: true, at: 3_000 }));
  s = act(s, q({ type: 'key-guess', team: 'tre', correct: false, at: 4_000 }));
  s = act(s, q({ type: 'adjust', team: 'mai', delta: 10, at: 5_000 }));
  s = act(s, q({ type: 'next', at: 6_000 }));
  s = act(s, q({ type: 'buzz', team: 'mai', at: 7_000 }));
  s = act(s, q({ type: 'judge', correct: false, at: 8_000 }));
  s = act(s, q({ type: 'buzz', team: 'sen', at: 9_000 }));
  s = act(s, q({ type: 'judge', correct: true, at: 10_000 }));
  s = act(s, q({ type: 'adjust', team: 'tre', delta: -10, at: 11_000 }));
  s = act(s, q({ type: 'key-guess', team: 'mai', correct: true, at: 12_000 }));
  return meetingReport(RULES, s.log);
}

describe('the report counts what only the steps of the meeting tell', () => {
  const report = quizWithGuessesAndAdjustments();

  it('counts the key tiles open at the moment it was solved, not the ones shown after', () => {
    expect(report.key).toMatchObject({ tiles: 6, opened: 2, solvedBy: 'Đội Mai' });
  });

  it('lists every key guess, the wrong ones too, with the tiles open then', () => {
    expect(report.key?.guesses).toEqual([
      { team: 'Đội Tre', correct: false, opened: 1 },
      { team: 'Đội Mai', correct: true, opened: 2 },
    ]);
  });

  it('lists the points given and taken by hand, with the question on screen', () => {
    expect(report.adjustments).toEqual([
      { team: 'Đội Mai', delta: 10, question: 1 },
      { team: 'Đội Tre', delta: -10, question: 2 },
    ]);
  });

  it('counts right and wrong answers per team', () => {
    expect(report.teams.map((t) => [t.name, t.right, t.wrong])).toEqual([
      ['Đội Sen', 2, 0],
      ['Đội Mai', 0, 1],
      ['Đội Tre', 0, 0],
    ]);
  });

  it('shows the guesses and the manual points as tables of their own', () => {
    const doc = reportDocument(report, reportTexts(report, REPORT_PACK), {
      lang: 'vi',
      t: translator('vi'),
      timeZone: ZONE,
    });
    const table = (id: string) => doc.tables.find((x) => x.id === id);
    expect(table('key-guesses')?.rows).toEqual([
      [1, 'Đội Tre', 1, 'Sai'],
      [2, 'Đội Mai', 2, 'Đúng'],
    ]);
    expect(table('adjustments')?.rows).toEqual([
      [1, 'Đội Mai', '+10', 'Câu 1'],
      [2, 'Đội Tre', '-10', 'Câu 2'],
    ]);
    expect(table('questions')?.rows.map((r) => r.at(-1))).toEqual(['1 / 0', '1 / 1']);
  });
});
