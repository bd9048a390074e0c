import * as v from 'valibot';
import type { Skit } from '../core/types';
import { deepFreeze } from './freeze';
import { hashText, utf8Length } from './hash';
import { problemsFromIssues } from './issue-messages';
import { PACK_LIMITS } from './limits';
import {
  DEFAULT_POINTS,
  DEFAULT_TIME_LIMIT_SEC,
  type Pack,
  type PackFiles,
  type PackQuestion,
  type Picture,
} from './pack-types';
import type { PackText } from '../core/types';
import { formatBytes, packError, placeOf, type PackProblem } from './problems';
import { checkRebus, checkReferences, type ReferenceCheck } from './references';
import { scanJson } from './json-scan';
import { checkMisleadingText } from './text-checks';
import { PackSchema, type PackJson, type PictureJson } from './schema';

/**
 * The content boundary: untrusted text and files in, a frozen Pack or the full list of
 * problems out — never anything in between. Warnings ride along with a valid pack.
 */
export type PackResult =
  | { readonly ok: true; readonly pack: Pack; readonly warnings: readonly PackProblem[] }
  | { readonly ok: false; readonly problems: readonly PackProblem[] };

type Mutable<T> = { -readonly [K in keyof T]: T[K] };

export interface ValidateEnv {
  /** File names (codes) of the bundled emoji glyphs: what a rebus may use. */
  readonly glyphCodes: ReadonlySet<string>;
}

/**
 * The size limit of pack JSON, in UTF-8 bytes. A code unit of the text takes one to three bytes
 * (a pair of them, four), so a text of at most a third of the limit in code units is within it
 * without counting, as a large pack usually is; only a text nearer the limit is counted.
 */
export function checkJsonSize(text: string): PackProblem | null {
  if (text.length * 3 <= PACK_LIMITS.maxJsonBytes) return null;
  const bytes = utf8Length(text);
  if (bytes <= PACK_LIMITS.maxJsonBytes) return null;
  return packError(
    'json-too-large',
    '',
    `Tệp pack.json quá lớn: ${formatBytes(bytes)}, tối đa ${formatBytes(PACK_LIMITS.maxJsonBytes)}.`,
    `pack.json is too large: ${formatBytes(bytes)}, the limit is ${formatBytes(PACK_LIMITS.maxJsonBytes)}.`,
  );
}

/**
 * Validates pack JSON text (pass zero: syntax, size, depth, forbidden keys) then the value.
 * `hash` gives the pack's hash when it is not the text's own (a zip pack's is the whole zip's);
 * either is worked out only for a valid pack.
 */
export function validatePackText(
  text: string,
  files: PackFiles,
  env: ValidateEnv,
  hash: () => string = () => hashText(text),
): PackResult {
  const tooLarge = checkJsonSize(text);
  if (tooLarge) return { ok: false, problems: [tooLarge] };
  const scanned = scanJson(text);
  if (!scanned.ok) return { ok: false, problems: scanned.problems };
  return validatePackValue(scanned.value, files, env, hash);
}

/** Validates an already parsed value: pass one (shape), pass two (references), then freezes it. */
export function validatePackValue(
  value: unknown,
  files: PackFiles,
  env: ValidateEnv,
  hash: string | (() => string),
): PackResult {
  const parsed = v.safeParse(PackSchema, value, { abortEarly: false });
  if (!parsed.success) {
    const problems = problemsFromIssues(parsed.issues, PackSchema);
    return { ok: false, problems: [...problems, ...rebusProblems(value, env.glyphCodes)] };
  }
  return validatePackShape(parsed.output, files, env, hash);
}

function field(value: unknown, key: string): unknown {
  return typeof value === 'object' && value !== null && Object.hasOwn(value, key)
    ? (value as Record<string, unknown>)[key]
    : undefined;
}

/**
 * The rebuses of a pack whose shape is wrong, checked as pass two would (unknown glyphs above
 * all), so an author fixes both kinds of mistake in one round. A rebus that is not a row or a
 * list of rows of the right length is left to the shape's own message.
 */
function rebusProblems(value: unknown, glyphCodes: ReadonlySet<string>): PackProblem[] {
  const out: PackProblem[] = [];
  const check = (picture: unknown, path: (string | number)[]): void => {
    const rebus = field(picture, 'rebus');
    const isRow = (row: unknown): row is string => typeof row === 'string' && row.length <= 200;
    const readable =
      isRow(rebus) ||
      (Array.isArray(rebus) && rebus.length <= PACK_LIMITS.maxRebusRows && rebus.every(isRow));
    if (!readable) return;
    const checked = checkRebus(rebus, path, glyphCodes);
    if (!checked.ok) out.push(checked.problem);
  };
  const questions = field(field(value, 'quiz'), 'questions');
  if (Array.isArray(questions)) {
    questions.forEach((q, i) => {
      check(field(q, 'picture'), ['quiz', 'questions', i, 'picture']);
    });
  }
  check(field(field(value, 'keyPicture'), 'picture'), ['keyPicture', 'picture']);
  return out;
}

/**
 * Pass two on a value whose shape pass one accepted (its output, defaults filled in), then
 * builds the frozen Pack. `hash` is worked out only when the pack is valid.
 */
export function validatePackShape(
  json: PackJson,
  files: PackFiles,
  env: ValidateEnv,
  hash: string | (() => string),
): PackResult {
  // The files themselves were checked where they came in (unzipPack, loadJsonPack).
  const refs = checkReferences(json, files, env.glyphCodes);
  const problems = [...refs.problems, ...checkMisleadingText(json)];
  const errors = problems.filter((p) => p.severity === 'error');
  if (errors.length > 0) return { ok: false, problems };
  if (!json.quiz && !json.skit) {
    return {
      ok: false,
      problems: [
        packError(
          'nothing-to-play',
          '',
          'Gói cần có "quiz" hoặc "skit" (hoặc cả hai).',
          'A pack needs a "quiz" or a "skit" (or both).',
        ),
      ],
    };
  }
  return { ok: true, pack: buildPack(json, refs, files, hash), warnings: problems };
}

/** A text of the pack, frozen (a plain string already is). */
function frozenText<T extends PackText | undefined>(text: T): T {
  return typeof text === 'object' ? Object.freeze(text) : text;
}

/**
 * Builds the frozen Pack from a pack that passed both passes, `refs` being its pass two. The
 * questions, the bulk of a large pack, are frozen as they are made, each part once; the rest
 * goes through deepFreeze, which passes over what is frozen already.
 */
export function buildPack(
  json: PackJson,
  refs: ReferenceCheck,
  files: PackFiles,
  hash: string | (() => string),
): Pack {
  const picture = (json: PictureJson, path: (string | number)[]): Picture => {
    const found = refs.pictures.get(json);
    if (!found) throw new Error(`Unresolved picture at ${placeOf(path)}`);
    return deepFreeze(found);
  };
  const defaults = json.quiz?.defaults;
  const questions: readonly PackQuestion[] | null = json.quiz
    ? Object.freeze(
        json.quiz.questions.map((q, i) => {
          const question: Mutable<PackQuestion> = {
            id: q.id,
            answer: q.answer.normalize('NFC'),
            alternatives: Object.freeze(q.alternatives.map((a) => a.normalize('NFC'))),
            difficulty: q.difficulty,
            category: q.category,
            points: q.points ?? defaults?.points ?? DEFAULT_POINTS,
            timeLimitSec: q.timeLimitSec ?? defaults?.timeLimitSec ?? DEFAULT_TIME_LIMIT_SEC,
            picture: picture(q.picture, ['quiz', 'questions', i, 'picture']),
          };
          if (q.hint !== undefined) question.hint = frozenText(q.hint);
          if (q.explanation !== undefined) question.explanation = frozenText(q.explanation);
          return Object.freeze(question);
        }),
      )
    : null;
  const key = json.keyPicture;
  const pack: Pack = {
    id: json.id,
    version: json.version,
    hash: typeof hash === 'string' ? hash : hash(),
    title: json.title,
    ...(json.description === undefined ? {} : { description: json.description }),
    language: json.language,
    authors: json.authors,
    ...(json.licence === undefined ? {} : { licence: json.licence }),
    sources: json.sources,
    categories: json.categories,
    quiz: questions ? { questions, ...(defaults === undefined ? {} : { defaults }) } : null,
    keyPicture: key
      ? {
          answer: key.answer.normalize('NFC'),
          alternatives: key.alternatives,
          tiles: key.tiles,
          bonus: key.bonus,
          picture: picture(key.picture, ['keyPicture', 'picture']),
          ...(key.explanation === undefined ? {} : { explanation: key.explanation }),
        }
      : null,
    skit: (json.skit as Skit | undefined) ?? null,
    files,
  };
  return deepFreeze(pack);
}
