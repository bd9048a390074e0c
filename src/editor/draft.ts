import { normalizeHeader } from '../content/csv';
import type { PackText } from '../core/types';
import { looksOf, packText, skitFilePaths, skitToJson } from './skit-json';
import type { DraftSkit } from './skit-model';
import { categoryName, keptJson, keyPictureFile, type KeptFields } from './pack-fields';

/**
 * A pack being written in the editor: plain data, kept on the device after every change, and
 * turned into pack JSON (the same format as any pack.json) for checking and export. A draft is
 * never a published pack: it lives under its own storage key, and becomes a pack only through
 * the loader, like a file opened from disk.
 */

export interface DraftQuestion {
  readonly answer: string;
  /** Other accepted answers, separated by "|". */
  readonly alternatives: string;
  /** Rebus rows separated by " / " ("🫏 + 🏝️"), or empty when `file` is set. */
  readonly rebus: string;
  /** An uploaded picture's path in `files` ("pictures/q3.webp"), or "". */
  readonly file: string;
  readonly altVi: string;
  readonly altEn: string;
  readonly hintVi: string;
  readonly hintEn: string;
  readonly explanationVi: string;
  readonly explanationEn: string;
  /** The category's name as written ("Chiêu dụ dỗ"); its id is made from it. */
  readonly category: string;
  readonly difficulty: number;
  /** A copied question's own id, category id, points and time limit, written back as they were. */
  readonly id?: string;
  readonly categoryId?: string;
  readonly points?: number;
  readonly timeLimitSec?: number;
}

export interface DraftFile {
  readonly mime: string;
  /** The bytes, base64. */
  readonly data: string;
}

export interface Draft {
  readonly id: string;
  readonly version: string;
  readonly titleVi: string;
  readonly titleEn: string;
  readonly questions: readonly DraftQuestion[];
  readonly files: Readonly<Record<string, DraftFile>>;
  /** The skit, once the author starts one (drafts from before the skit editor have none). */
  readonly skit?: DraftSkit | null;
  /** A copy's pack-level fields the editor does not show (see pack-fields.ts). */
  readonly kept?: KeptFields;
}

export const EMPTY_QUESTION: DraftQuestion = {
  answer: '',
  alternatives: '',
  rebus: '',
  file: '',
  altVi: '',
  altEn: '',
  hintVi: '',
  hintEn: '',
  explanationVi: '',
  explanationEn: '',
  category: '',
  difficulty: 1,
};

export function newDraft(): Draft {
  return {
    id: 'goi-moi',
    version: '1',
    titleVi: 'Gói mới',
    titleEn: '',
    questions: [{ ...EMPTY_QUESTION }],
    files: {},
  };
}

/** A text as an id: "Lừa đảo qua mạng" → "lua-dao-qua-mang". */
export function slug(text: string, maxLength = 56): string {
  return normalizeHeader(text).replace(/_/g, '-').slice(0, maxLength).replace(/-+$/, '');
}

function hasEnglish(draft: Draft): boolean {
  return (
    draft.titleEn.trim() !== '' ||
    draft.questions.some(
      (q) => q.hintEn.trim() !== '' || q.explanationEn.trim() !== '' || q.altEn.trim() !== '',
    )
  );
}

/** A question with nothing written in it (a new draft's first question, untouched). */
function isBlank(q: DraftQuestion): boolean {
  return (Object.keys(EMPTY_QUESTION) as (keyof DraftQuestion)[]).every(
    (key) => key === 'difficulty' || q[key] === EMPTY_QUESTION[key],
  );
}

/** The category id a name becomes. */
export function categoryId(name: string): string {
  return slug(name, 64) || 'chu-de';
}

/**
 * The draft as pack JSON. Question ids come from the answers (numbered when two are alike) and
 * category ids from their names, so that question n of the draft is question n of the pack:
 * problems at `quiz.questions[n]` belong to the draft's question n.
 */
export function draftToPackJson(draft: Draft): Record<string, unknown> {
  const kept = draft.kept;
  const declared = kept?.categories ?? {};
  const declaredText = (id: string): PackText | undefined =>
    Object.hasOwn(declared, id) ? declared[id] : undefined;
  const categories: Record<string, PackText> = { ...declared };
  const named = new Map<string, string>();
  for (const [id, text] of Object.entries(declared)) {
    const name = categoryName(id, text);
    if (!named.has(name)) named.set(name, id);
  }
  const categoryOf = (q: DraftQuestion, name: string): string => {
    if (name === '') return '';
    const own = q.categoryId;
    if (own !== undefined && categoryName(own, declaredText(own)) === name) return own;
    const id = named.get(name) ?? categoryId(name);
    if (!Object.hasOwn(categories, id)) categories[id] = name;
    return id;
  };
  const ids = new Set<string>();
  const questions = draft.questions.map((q, n) => {
    const name = q.category.trim();
    const category = categoryOf(q, name);
    let id = q.id ?? (slug(q.answer) || `cau-${n + 1}`);
    if (ids.has(id)) id = `${id}-${n + 1}`;
    ids.add(id);
    const alt = packText(q.altVi, q.altEn);
    const rows = q.rebus
      .split(/\s+\/\s+/u)
      .map((r) => r.trim())
      .filter((r) => r !== '');
    const picture =
      q.file !== ''
        ? { file: q.file }
        : { rebus: rows.length === 1 ? (rows[0] ?? '') : rows.length === 0 ? '' : rows };
    const hint = packText(q.hintVi, q.hintEn);
    const explanation = packText(q.explanationVi, q.explanationEn);
    const alternatives = q.alternatives
      .split('|')
      .map((a) => a.trim())
      .filter((a) => a !== '');
    return {
      id,
      picture: { ...picture, ...(alt === undefined ? {} : { alt }) },
      answer: q.answer.trim(),
      ...(alternatives.length > 0 ? { alternatives } : {}),
      ...(hint === undefined ? {} : { hint }),
      ...(explanation === undefined ? {} : { explanation }),
      difficulty: q.difficulty,
      category,
      ...(q.points === undefined ? {} : { points: q.points }),
      ...(q.timeLimitSec === undefined ? {} : { timeLimitSec: q.timeLimitSec }),
    };
  });
  const { head, tail } = keptJson(kept);
  const defaults = kept?.quizDefaults;
  return {
    format: 1,
    id: draft.id.trim(),
    version: draft.version.trim(),
    title: packText(draft.titleVi, draft.titleEn) ?? '',
    ...head,
    language: kept?.language ?? (hasEnglish(draft) ? 'both' : 'vi'),
    ...tail,
    categories,
    // A skit alone (a copy of a pack without a quiz): its one untouched question is no quiz.
    ...(draft.skit && draft.questions.every(isBlank)
      ? {}
      : { quiz: { ...(defaults === undefined ? {} : { defaults }), questions } }),
    ...(kept?.keyPicture ? { keyPicture: kept.keyPicture } : {}),
    ...(draft.skit ? { skit: skitToJson(draft.skit, looksOf(Object.keys(draft.files))) } : {}),
  };
}

/**
 * The uploaded pictures the draft's questions and key picture use and its characters'
 * drawings, by path (others are left out of exports).
 */
export function usedFiles(draft: Draft): Map<string, Uint8Array> {
  const out = new Map<string, Uint8Array>();
  const key = keyPictureFile(draft.kept);
  const keyFile = key === null ? undefined : draft.files[key];
  if (key !== null && keyFile) out.set(key, fromBase64(keyFile.data));
  for (const q of draft.questions) {
    const file = draft.files[q.file];
    if (q.file !== '' && file) out.set(q.file, fromBase64(file.data));
  }
  const skit = draft.skit;
  if (skit) {
    for (const path of skitFilePaths(skit, looksOf(Object.keys(draft.files)))) {
      const file = draft.files[path];
      if (file) out.set(path, fromBase64(file.data));
    }
  }
  return out;
}

export function toBase64(bytes: Uint8Array): string {
  let binary = '';
  for (let i = 0; i < bytes.length; i += 0x8000) {
    binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  }
  return btoa(binary);
}

export function fromBase64(data: string): Uint8Array {
  const binary = atob(data);
  const out = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) out[i] = binary.charCodeAt(i);
  return out;
}

/** Undo and redo over whole drafts (a draft is small; a step is one change). */
export class History {
  private past: Draft[] = [];
  private future: Draft[] = [];

  constructor(
    private current: Draft,
    private readonly limit = 100,
  ) {}

  get draft(): Draft {
    return this.current;
  }

  get canUndo(): boolean {
    return this.past.length > 0;
  }

  get canRedo(): boolean {
    return this.future.length > 0;
  }

  /** A change: `merge` joins it to the previous step (typing in the same field). */
  push(next: Draft, merge = false): void {
    if (!merge || this.past.length === 0) {
      this.past.push(this.current);
      if (this.past.length > this.limit) this.past.shift();
    }
    this.current = next;
    this.future = [];
  }

  undo(): Draft {
    const prev = this.past.pop();
    if (prev) {
      this.future.push(this.current);
      this.current = prev;
    }
    return this.current;
  }

  redo(): Draft {
    const next = this.future.pop();
    if (next) {
      this.past.push(this.current);
      this.current = next;
    }
    return this.current;
  }
}
