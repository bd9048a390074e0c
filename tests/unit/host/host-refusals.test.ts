import { describe, expect, it } from 'vitest';
import en from '../../../locales/en/translation.json';
import vi from '../../../locales/vi/translation.json';
import { decide, type Pending } from '../../../src/host/host-rules';
import { REFUSAL_CODES, refusalLine } from '../../../src/host/host-refusals';
import { translator } from '../report/report-fixture';
import { act, begin, q, RULES } from '../../scenario/whole-meeting';

const refusedLines = (tree: typeof vi): Record<string, string> =>
  (tree.host as unknown as { refused: Record<string, string> }).refused;

describe('a key that does nothing says why', () => {
  it('has a line in both languages for every refusal it names', () => {
    for (const code of [...REFUSAL_CODES, 'other']) {
      expect(refusedLines(vi)[code], `vi ${code}`).toBeTruthy();
      expect(refusedLines(en)[code], `en ${code}`).toBeTruthy();
    }
  });

  it('names the locked-out team when it tries to guess the key picture again', () => {
    let s = begin();
    s = act(s, q({ type: 'key-guess', team: 'tre', correct: false, at: 2_000 }));
    const pending: Pending = { kind: 'key-guess', team: null };
    const d = decide({ type: 'team', index: 2 }, { ...s, rules: RULES, pending, at: 3_000 });
    expect(d.kind).toBe('refused');
    if (d.kind !== 'refused') return;
    const line = refusalLine(d.refusal, s.state.quiz);
    expect(translator('vi')(line.key, line.params)).toBe(
      'Đội Tre đã đoán sai hình chủ đề nên không được đoán nữa. Chọn đội khác, hoặc Esc để huỷ.',
    );
  });

  it('tells what to press when Enter finds nobody answering', () => {
    const s = begin();
    const d = decide({ type: 'right' }, { ...s, rules: RULES, pending: null, at: 2_000 });
    expect(d.kind).toBe('refused');
    if (d.kind !== 'refused') return;
    const line = refusalLine(d.refusal, s.state.quiz);
    expect(translator('vi')(line.key, line.params)).toBe(
      'Chưa đội nào trả lời: nhấn số của đội bấm chuông trước.',
    );
  });

  it('tells the facilitator to choose a team when the key guess has none yet', () => {
    const s = begin();
    const pending: Pending = { kind: 'key-guess', team: null };
    const d = decide({ type: 'right' }, { ...s, rules: RULES, pending, at: 2_000 });
    expect(d.kind === 'refused' && d.refusal.code).toBe('choose-team');
    if (d.kind !== 'refused') return;
    const line = refusalLine(d.refusal, s.state.quiz);
    expect(translator('en')(line.key, line.params)).toBe(
      'No team chosen yet. Press the team number (1–3), or Esc to cancel.',
    );
  });

  it('falls back to a general line for a refusal it does not name', () => {
    expect(refusalLine({ code: 'something-new' }, null).key).toBe('host.refused.other');
  });
});
