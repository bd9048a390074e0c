import { describe, expect, it } from 'vitest';
import { newDraft, type Draft } from '../../../src/editor/draft';
import { checkDraft, exportDraft } from '../../../src/editor/draft-check';
import {
  addEnding,
  addNode,
  addVariable,
  newSkit,
  updateChoice,
  updateEnding,
  updateNode,
  type DraftSkit,
} from '../../../src/editor/skit-model';
import { diskEnv } from '../../../scripts/lib/pack-disk';

const env = diskEnv();

/** Six nodes, a variable set by a choice and tested by another, two endings. */
function sixNodeSkit(): DraftSkit {
  let skit = updateNode(newSkit(), 'canh-1', { textVi: 'Lan nhận được tin nhắn mời đi làm xa.' });
  skit = addVariable(skit);
  let r = addNode(skit, 'line', 'canh-1');
  skit = updateNode(r.skit, r.id, { character: 'nhan-vat-1', textVi: 'Việc nhẹ lương cao à?' });
  r = addNode(skit, 'choice', r.id);
  const choice = r.id;
  skit = updateNode(r.skit, choice, { textVi: 'Lan làm gì?' });
  r = addNode(skit, 'narration', choice);
  const asked = r.id;
  skit = updateNode(r.skit, asked, { textVi: 'Lan hỏi mẹ và chị Hội Phụ nữ.' });
  r = addNode(skit, 'ending');
  const safe = r.id;
  skit = updateNode(r.skit, safe, { ending: 'ket-1' });
  r = addNode(skit, 'ending');
  const risk = r.id;
  const e = addEnding(updateNode(r.skit, risk, { ending: 'ket-2' }));
  skit = e.skit;
  skit = updateNode(skit, asked, { next: safe, effects: [] });
  skit = updateChoice(skit, choice, 0, {
    textVi: 'Hỏi người tin cậy',
    next: asked,
    effects: [{ variable: 'bien1', op: 'set', value: 'true' }],
  });
  skit = updateChoice(skit, choice, 1, {
    textVi: 'Đi ngay',
    next: risk,
    condition: { variable: 'bien1', op: 'eq', value: 'false' },
  });
  for (const [i, kind] of [
    [0, 'safe'],
    [1, 'at-risk'],
  ] as const) {
    skit = updateEnding(skit, i, {
      titleVi: `Kết ${i + 1}`,
      kind,
      summaryVi: 'Gọi 111 khi cần.',
      debriefVi: 'Em sẽ hỏi ai?\nEm gọi số nào?',
    });
  }
  return skit;
}

const withSkit = (skit: DraftSkit): Draft => ({
  ...newDraft(),
  questions: [
    { ...newDraft().questions[0]!, answer: 'gọi 111', rebus: '📞', category: 'Trợ giúp' },
  ],
  skit,
});

describe('a skit made in the editor, checked by the loader', () => {
  it('loads: six nodes, a variable, two endings', async () => {
    const result = await checkDraft(withSkit(sixNodeSkit()), env);
    expect(result.ok ? [] : result.problems).toEqual([]);
    if (!result.ok) return;
    expect(result.pack.skit?.nodes).toHaveLength(6);
    expect(result.pack.skit?.variables).toEqual({ bien1: false });
    expect(result.pack.skit?.endings.map((x) => x.help[0]?.phone)).toEqual(['111', '111']);
    const out = await exportDraft(withSkit(sixNodeSkit()), 'zip', env);
    expect(out.ok).toBe(true);
  });
  it('shows a broken arrow and an unreachable ending where they are', async () => {
    const skit = updateNode(sixNodeSkit(), 'canh-4', { next: 'khong-co' });
    const result = await checkDraft(withSkit(skit), env);
    expect(result.ok).toBe(false);
    const places = result.ok ? [] : result.problems.map((p) => p.place);
    expect(places).toContain('skit.nodes[3].next');
    expect(places).toContain('skit.endings[0]');
  });
});
