import { DEFAULT_POINTS, DEFAULT_TIME_LIMIT_SEC } from '../content/pack-types';
import type { Pack, PackFile, Picture } from '../content/pack-types';
import { pictureCell, tokenText } from '../content/sheet-out';
import { EMPTY_QUESTION, toBase64, type Draft, type DraftFile, type DraftQuestion } from './draft';
import { categoryName, keyPictureFile, type KeptFields } from './pack-fields';
import { enOf, viOf } from './skit-json';
import { skitFromPack, skitPictures } from './skit-import';

/**
 * A copy of a pack as a draft, loaded with "copy a pack" only (a chunk of its own): the draft
 * keeps every field of the pack, so that it exports as the same pack (see pack-fields.ts).
 */

/** A picture as pack JSON: a file's path, or rebus rows. */
function pictureJson(picture: Picture): Record<string, unknown> {
  const alt = picture.alt === undefined ? {} : { alt: picture.alt };
  if (picture.kind === 'file') return { file: picture.path, ...alt };
  const rows = picture.rows.map((row) => row.map(tokenText).join(' '));
  return { rebus: rows.length === 1 ? (rows[0] ?? '') : rows, ...alt };
}

/** What a copy of `pack` keeps beside its questions and skit. */
export function keptFromPack(pack: Pack): KeptFields {
  const key = pack.keyPicture;
  const defaults = pack.quiz?.defaults;
  return {
    ...(pack.description === undefined ? {} : { description: pack.description }),
    language: pack.language,
    authors: [...pack.authors],
    ...(pack.licence === undefined ? {} : { licence: pack.licence }),
    sources: pack.sources.map((s) => ({ ...s })),
    categories: { ...pack.categories },
    ...(defaults === undefined ? {} : { quizDefaults: { ...defaults } }),
    ...(key
      ? {
          keyPicture: {
            picture: pictureJson(key.picture),
            answer: key.answer,
            ...(key.alternatives.length > 0 ? { alternatives: [...key.alternatives] } : {}),
            tiles: key.tiles,
            bonus: key.bonus,
            ...(key.explanation === undefined ? {} : { explanation: key.explanation }),
          },
        }
      : {}),
  };
}

/**
 * A draft from a loaded pack (a copy of a kept pack): the whole pack, its questions, its skit,
 * its key picture and every pack-level field, with the pictures they use, read through
 * `readFile` (bytes in memory, or the bundled files' URLs). It exports as the same pack but for
 * its id ("<id>-ban-sao") and what docs/packs.md lists under "A copy of a pack".
 */
export async function draftFromPack(
  pack: Pack,
  readFile: (file: PackFile) => Promise<Uint8Array | null>,
): Promise<Draft> {
  const files: Record<string, DraftFile> = {};
  const copy = async (path: string): Promise<boolean> => {
    const packFile = pack.files.get(path);
    const bytes = packFile ? await readFile(packFile) : null;
    if (packFile && bytes) files[path] = { mime: packFile.mime, data: toBase64(bytes) };
    return bytes !== null;
  };
  const questions: DraftQuestion[] = [];
  const defaults = pack.quiz?.defaults;
  const points = defaults?.points ?? DEFAULT_POINTS;
  const time = defaults?.timeLimitSec ?? DEFAULT_TIME_LIMIT_SEC;
  for (const q of pack.quiz?.questions ?? []) {
    const file = q.picture.kind === 'file' && (await copy(q.picture.path)) ? q.picture.path : '';
    const category = Object.hasOwn(pack.categories, q.category)
      ? pack.categories[q.category]
      : undefined;
    questions.push({
      answer: q.answer,
      alternatives: q.alternatives.join(' | '),
      rebus: q.picture.kind === 'rebus' ? pictureCell(q.picture) : '',
      file,
      altVi: viOf(q.picture.alt),
      altEn: enOf(q.picture.alt),
      hintVi: viOf(q.hint),
      hintEn: enOf(q.hint),
      explanationVi: viOf(q.explanation),
      explanationEn: enOf(q.explanation),
      category: categoryName(q.category, category),
      difficulty: q.difficulty,
      id: q.id,
      categoryId: q.category,
      ...(q.points === points ? {} : { points: q.points }),
      ...(q.timeLimitSec === time ? {} : { timeLimitSec: q.timeLimitSec }),
    });
  }
  const skit = pack.skit;
  if (skit) for (const path of skitPictures(skit)) await copy(path);
  const kept = keptFromPack(pack);
  const keyFile = keyPictureFile(kept);
  if (keyFile !== null) await copy(keyFile);
  return {
    id: `${pack.id}-ban-sao`.slice(0, 64),
    version: pack.version,
    titleVi: viOf(pack.title),
    titleEn: enOf(pack.title),
    questions: questions.length > 0 ? questions : [{ ...EMPTY_QUESTION }],
    files,
    ...(skit ? { skit: skitFromPack(skit, Object.keys(files)) } : {}),
    kept,
  };
}
