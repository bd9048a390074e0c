import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { openPackFile } from '../../../src/content/open-pack';
import type { Pack } from '../../../src/content/pack-types';
import { draftFromPack } from '../../../src/editor/draft-copy';
import {
  EMPTY_QUESTION,
  History,
  newDraft,
  usedFiles,
  type Draft,
  type DraftQuestion,
} from '../../../src/editor/draft';
import { checkDraft, exportDraft, problemTarget } from '../../../src/editor/draft-check';
import { diskEnv } from '../../../scripts/lib/pack-disk';
import { skitTarget } from '../../../src/editor/skit-json';
import { skitPartArb } from './skit-arb';

const env = diskEnv();
const noFiles = (): Promise<Uint8Array | null> => Promise.resolve(null);
const PNG_1X1 = Uint8Array.from(
  atob(
    'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==',
  ),
  (c) => c.charCodeAt(0),
);

/** Loaded packs compared by what a player sees: not by hash or file storage. */
function shape(pack: Pack) {
  return {
    title: pack.title,
    language: pack.language,
    categories: pack.categories,
    quiz: pack.quiz,
    skit: pack.skit,
    files: [...pack.files.keys()].sort(),
  };
}

const readBytes = (file: { kind: string; bytes?: Uint8Array }) =>
  Promise.resolve(file.kind === 'bytes' && file.bytes ? file.bytes : null);

const WORDS = ['lừa đảo', 'đường dây nóng', 'cảnh giác', 'gọi 111', 'hợp đồng', 'nhà', 'mẹ'];
const GLYPHS = ['📞', '💬', '👤', '🏠', '📄', '🤝', '👀'];
const CATEGORIES = ['Tìm trợ giúp', 'Quen qua mạng', 'Đi làm xa'];

const questionArb: fc.Arbitrary<DraftQuestion> = fc.record({
  answer: fc.constantFrom(...WORDS, '', '   '),
  alternatives: fc.constantFrom('', 'một | hai'),
  rebus: fc.oneof(
    fc
      .array(fc.constantFrom(...GLYPHS, '+', 'x'), { minLength: 1, maxLength: 4 })
      .map((g) => g.join(' ')),
    fc.constant(''),
  ),
  file: fc.constant(''),
  altVi: fc.constantFrom('', 'Một cái nhà'),
  altEn: fc.constantFrom('', 'A house'),
  hintVi: fc.constantFrom('', 'Gợi ý'),
  hintEn: fc.constantFrom('', 'A hint'),
  explanationVi: fc.constantFrom('', 'Giải thích: gọi 111.'),
  explanationEn: fc.constantFrom('', 'Call 111.'),
  category: fc.constantFrom(...CATEGORIES, ''),
  difficulty: fc.integer({ min: 0, max: 6 }),
});

/** A draft with or without a skit (and the skit's pictures); `broken` skits may be refused. */
const withSkit = (draft: Draft, broken: boolean): fc.Arbitrary<Draft> =>
  fc
    .option(skitPartArb(broken), { freq: 3 })
    .map((part) => (part ? { ...draft, skit: part.skit, files: part.files } : draft));

const draftArb: fc.Arbitrary<Draft> = fc
  .record({
    id: fc.constantFrom('goi-thu', 'phuong-3', ''),
    version: fc.constantFrom('1', '2.0'),
    titleVi: fc.constantFrom('Gói thử', 'Câu hỏi phường 3'),
    titleEn: fc.constantFrom('', 'Test pack'),
    questions: fc.array(questionArb, { minLength: 1, maxLength: 6 }),
    files: fc.constant({}),
  })
  .chain((draft) => withSkit(draft, true));

/** Drafts whose every question is complete: the round trip runs on each of them. */
const completeDraftArb: fc.Arbitrary<Draft> = draftArb.chain((draft) =>
  fc
    .array(
      fc.record({
        answer: fc.constantFrom(...WORDS),
        rebus: fc
          .array(fc.constantFrom(...GLYPHS), { minLength: 1, maxLength: 3 })
          .map((g) => g.join(' + ')),
        category: fc.constantFrom(...CATEGORIES),
        difficulty: fc.integer({ min: 1, max: 5 }),
      }),
      { minLength: 1, maxLength: 6 },
    )
    .map((parts) => ({
      ...draft,
      id: 'goi-thu',
      questions: parts.map((p, i) => ({ ...(draft.questions[i] ?? EMPTY_QUESTION), ...p })),
      skit: null,
      files: {},
    }))
    .chain((complete) => withSkit(complete, false)),
);

describe('drafts, checked by the loader itself', () => {
  it('a new draft shows the problems of its empty question, placed on it', async () => {
    const result = await checkDraft(newDraft(), env);
    expect(result.ok).toBe(false);
    const targets = !result.ok ? result.problems.map((p) => problemTarget(p.place)) : [];
    expect(targets).toContainEqual({ question: 0, field: 'answer' });
  });

  it('any draft the editor exports opens in the game (property)', async () => {
    await fc.assert(
      fc.asyncProperty(
        draftArb,
        fc.constantFrom('zip' as const, 'json' as const),
        async (draft, kind) => {
          const out = await exportDraft(draft, kind, env);
          const checked = await checkDraft(draft, env);
          if (kind === 'json' && usedFiles(draft).size > 0) {
            // A .json cannot carry the skit's pictures: the editor asks for a .zip.
            expect(!out.ok && out.problems.map((p) => p.code)).toEqual([
              'editor-json-with-pictures',
            ]);
            return;
          }
          // Export is allowed exactly when the loader accepts the draft.
          expect(out.ok).toBe(checked.ok);
          if (!out.ok) return;
          const opened = await openPackFile(out.bytes, out.fileName, noFiles, env);
          expect(opened.ok).toBe(true);
        },
      ),
      { numRuns: 40 },
    );
  });

  it('import → export → import gives the same pack (property)', async () => {
    await fc.assert(
      fc.asyncProperty(completeDraftArb, async (draft) => {
        // A complete draft (its skit a valid graph) is always accepted: the property is never empty.
        const first = await exportDraft(draft, 'zip', env);
        if (!first.ok) throw new Error(JSON.stringify(first.problems));
        const copy = await draftFromPack(first.result.pack, readBytes);
        const second = await exportDraft({ ...copy, id: draft.id }, 'zip', env);
        if (!second.ok) throw new Error(JSON.stringify(second.problems));
        expect(shape(second.result.pack)).toEqual(shape(first.result.pack));
      }),
      { numRuns: 40 },
    );
  });

  it('a skit the editor exports opens in the game; its problems point into the skit (property)', async () => {
    await fc.assert(
      fc.asyncProperty(completeDraftArb, skitPartArb(true), async (base, part) => {
        const draft: Draft = { ...base, skit: part.skit, files: part.files };
        const out = await exportDraft(draft, 'zip', env);
        const checked = await checkDraft(draft, env);
        expect(out.ok).toBe(checked.ok);
        if (!out.ok) {
          // Each problem names the part of the skit (or the question) the editor shows it under.
          for (const p of out.problems)
            expect(skitTarget(p.place) ?? problemTarget(p.place)).not.toBeNull();
          expect(out.problems.some((p) => p.severity === 'error' && skitTarget(p.place))).toBe(
            true,
          );
          return;
        }
        const opened = await openPackFile(out.bytes, out.fileName, noFiles, env);
        expect(opened.ok && opened.pack.skit).toEqual(out.result.pack.skit);
      }),
      { numRuns: 40 },
    );
  });

  it('an uploaded picture goes into the .zip, and a .json export asks for a .zip instead', async () => {
    const draft: Draft = {
      ...newDraft(),
      questions: [
        {
          ...EMPTY_QUESTION,
          answer: 'nhà',
          file: 'pictures/nha.png',
          category: 'Nhà',
          altVi: 'Ngôi nhà',
        },
      ],
      files: {
        'pictures/nha.png': { mime: 'image/png', data: btoa(String.fromCharCode(...PNG_1X1)) },
      },
    };
    const zip = await exportDraft(draft, 'zip', env);
    if (!zip.ok) throw new Error(JSON.stringify(zip.problems));
    const opened = await openPackFile(zip.bytes, zip.fileName, noFiles, env);
    expect(opened.ok && [...opened.pack.files.keys()]).toEqual(['pictures/nha.png']);
    const json = await exportDraft(draft, 'json', env);
    expect(!json.ok && json.problems.map((p) => p.code)).toEqual(['editor-json-with-pictures']);
  });
});

describe('History', () => {
  it('undoes and redoes whole steps; typing in one field merges into one step', () => {
    const a = newDraft();
    const h = new History(a);
    const b = { ...a, titleVi: 'G' };
    const c = { ...a, titleVi: 'Gó' };
    h.push(b);
    h.push(c, true);
    expect(h.undo()).toBe(a);
    expect(h.canUndo).toBe(false);
    expect(h.redo()).toBe(c);
    expect(h.canRedo).toBe(false);
  });
});
