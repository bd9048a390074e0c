import { countAnswerTiles } from '../core/answer';
import { PACK_LIMITS, PICTURE_EXTENSIONS, type AllowedExtension } from './limits';
import type { PackFiles, Picture } from './pack-types';
import { packError, packWarning, placeOf, type PackProblem } from './problems';
import { parseRebus, type RebusParse } from './rebus';
import { checkSkit } from './references-skit';
import type { PackJson, PictureJson } from './schema';

/**
 * Pass two: with the shape already right, checks everything that refers to something else —
 * node targets, pictures, characters, variables, reachability — and the warnings that do not
 * stop loading. It also resolves each picture, so the build step never parses twice. The
 * skit's own references are checked in references-skit.ts.
 */

/** Numbers that must never be printed: the retired hotline (see the content rules). */
const RETIRED_NUMBERS = ['18001567'];

/**
 * A text holds a retired number when, with spaces, "." and "-" taken out, the number is in it:
 * that is, its digits in order with only those between them. One search, no copy of the text.
 */
const RETIRED_NUMBER = new RegExp(
  RETIRED_NUMBERS.map((n) => n.split('').join('[\\s.-]*')).join('|'),
);

export interface ReferenceCheck {
  readonly problems: PackProblem[];
  /** Each picture of the pack that resolved, by its object in the checked pack. */
  readonly pictures: ReadonlyMap<PictureJson, Picture>;
  readonly usedFiles: ReadonlySet<string>;
}

/** A letter or digit that is a tile in any answer: see checkAnswer. */
const ASCII_TILE = /[A-Za-z0-9]/;

function extensionOf(path: string): string {
  return path.slice(path.lastIndexOf('.') + 1).toLowerCase();
}

export function checkReferences(
  pack: PackJson,
  files: PackFiles,
  glyphCodes: ReadonlySet<string>,
): ReferenceCheck {
  const problems: PackProblem[] = [];
  const pictures = new Map<PictureJson, Picture>();
  const usedFiles = new Set<string>();
  const err = (code: string, path: (string | number)[], vi: string, en: string): void => {
    problems.push(packError(code, placeOf(path), vi, en));
  };
  const warn = (code: string, path: (string | number)[], vi: string, en: string): void => {
    problems.push(packWarning(code, placeOf(path), vi, en));
  };

  const requireFile = (
    file: string,
    path: (string | number)[],
    kinds: readonly AllowedExtension[],
  ): void => {
    usedFiles.add(file);
    if (!(kinds as readonly string[]).includes(extensionOf(file))) {
      err(
        'file-type-not-allowed',
        path,
        `Tệp "${file}" không phải là hình (được dùng: ${kinds.join(', ')}).`,
        `"${file}" is not a picture (allowed: ${kinds.join(', ')}).`,
      );
      return;
    }
    if (!files.has(file)) {
      err(
        'missing-file',
        path,
        `Không tìm thấy tệp "${file}" trong gói. Hãy đặt tệp vào cùng tệp nén .zip với pack.json, đúng tên và thư mục.`,
        `The file "${file}" is not in the pack. Put it in the same .zip as pack.json, with this exact name and folder.`,
      );
    }
  };

  const resolvePicture = (picture: PictureJson, path: (string | number)[]): void => {
    if ('file' in picture) {
      requireFile(picture.file, [...path, 'file'], PICTURE_EXTENSIONS);
      pictures.set(
        picture,
        picture.alt === undefined
          ? { kind: 'file', path: picture.file }
          : { kind: 'file', path: picture.file, alt: picture.alt },
      );
      return;
    }
    const parsed = checkRebus(picture.rebus, path, glyphCodes);
    if (!parsed.ok) {
      problems.push(parsed.problem);
      return;
    }
    pictures.set(
      picture,
      picture.alt === undefined
        ? { kind: 'rebus', rows: parsed.rows }
        : { kind: 'rebus', rows: parsed.rows, alt: picture.alt },
    );
  };

  /** Checks an answer and hands back its tile letters run together (the key of a repeat). */
  const checkAnswer = (answer: string, path: (string | number)[], phone: boolean): string => {
    // Off the phone, only "no letters at all" matters, and a letter or digit of A–Z or 0–9 is a
    // tile whatever surrounds it: most answers need no count.
    if (!phone && ASCII_TILE.test(answer)) return '';
    const { letters, longestWord, joined } = countAnswerTiles(answer);
    if (letters === 0) {
      err(
        'answer-no-letters',
        path,
        'Đáp án phải có chữ cái hoặc chữ số.',
        'An answer needs letters or digits.',
      );
      return '';
    }
    if (!phone) return '';
    if (letters > PACK_LIMITS.phoneAnswerLetters || longestWord > PACK_LIMITS.phoneWordLetters) {
      warn(
        'answer-too-long-for-phone',
        path,
        `Đáp án dài ${letters} chữ cái: trên điện thoại chỉ vừa ${PACK_LIMITS.phoneAnswerLetters} chữ cái (mỗi từ ${PACK_LIMITS.phoneWordLetters}).`,
        `The answer has ${letters} letters: a phone fits ${PACK_LIMITS.phoneAnswerLetters} (${PACK_LIMITS.phoneWordLetters} per word).`,
      );
    }
    return joined;
  };

  if (pack.quiz) {
    const seen = new Map<string, number>();
    const answers = new Map<string, number>();
    const declaresCategories = Object.keys(pack.categories).length > 0;
    for (const [i, q] of pack.quiz.questions.entries()) {
      // Each place written out whole: spreading a base path for each costs more than the check.
      const first = seen.get(q.id);
      if (first !== undefined) {
        err(
          'duplicate-id',
          ['quiz', 'questions', i, 'id'],
          `Mã câu hỏi "${q.id}" bị trùng với câu ${first + 1}.`,
          `The question id "${q.id}" repeats question ${first + 1}.`,
        );
      } else seen.set(q.id, i);
      resolvePicture(q.picture, ['quiz', 'questions', i, 'picture']);
      const key = checkAnswer(q.answer, ['quiz', 'questions', i, 'answer'], true);
      const twin = answers.get(key);
      if (twin !== undefined) {
        warn(
          'duplicate-answer',
          ['quiz', 'questions', i, 'answer'],
          `Đáp án trùng với câu ${twin + 1}.`,
          `The answer repeats question ${twin + 1}.`,
        );
      } else answers.set(key, i);
      for (const [a, alt] of q.alternatives.entries())
        checkAnswer(alt, ['quiz', 'questions', i, 'alternatives', a], false);
      // Own keys only: a category named "toString" is not declared by every object.
      if (declaresCategories && !Object.hasOwn(pack.categories, q.category)) {
        warn(
          'unknown-category',
          ['quiz', 'questions', i, 'category'],
          `Chủ đề "${q.category}" chưa khai báo trong "categories": sẽ hiện đúng mã này.`,
          `The category "${q.category}" is not declared in "categories": its id will be shown as it is.`,
        );
      }
      if (q.explanation === undefined) {
        warn(
          'no-explanation',
          ['quiz', 'questions', i],
          'Câu hỏi chưa có thẻ giải thích (thông điệp sau câu hỏi).',
          'The question has no explanation card (the message shown after it).',
        );
      }
    }
  }

  if (pack.keyPicture) {
    resolvePicture(pack.keyPicture.picture, ['keyPicture', 'picture']);
    checkAnswer(pack.keyPicture.answer, ['keyPicture', 'answer'], false);
  }

  if (pack.skit) checkSkit(pack.skit, err, warn, requireFile);

  // One walk over every text of the pack; the path is one array, grown and shrunk in place.
  const path: (string | number)[] = [];
  const visit = (value: unknown): void => {
    if (typeof value === 'string') {
      if (RETIRED_NUMBER.test(value)) {
        err(
          'retired-number',
          [...path],
          'Số 1800 1567 đã ngừng hoạt động: hãy ghi 111 (Tổng đài quốc gia bảo vệ trẻ em, cũng là đường dây nóng phòng, chống mua bán người).',
          'The number 1800 1567 is retired: write 111 (the national child protection line, also the anti-trafficking hotline).',
        );
      }
    } else if (Array.isArray(value)) {
      for (let i = 0; i < value.length; i++) {
        path.push(i);
        visit(value[i]);
        path.pop();
      }
    } else if (typeof value === 'object' && value !== null) {
      const record = value as Record<string, unknown>;
      for (const k of Object.keys(record)) {
        path.push(k);
        visit(record[k]);
        path.pop();
      }
    }
  };
  visit(pack);

  for (const name of files.keys()) {
    if (
      !usedFiles.has(name) &&
      PICTURE_EXTENSIONS.includes(extensionOf(name) as AllowedExtension)
    ) {
      problems.push(
        packWarning(
          'unused-file',
          name,
          `Tệp "${name}" có trong gói nhưng không được dùng.`,
          `The file "${name}" is in the pack but not used.`,
        ),
      );
    }
  }
  return { problems, pictures, usedFiles };
}

/**
 * Reads a rebus (a row, or a list of rows) of the picture at `path`: its rows of glyphs, or
 * the problem with it (an unknown glyph, a text too long, too many parts, an empty row).
 */
export function checkRebus(
  rebus: string | readonly string[],
  path: readonly (string | number)[],
  glyphCodes: ReadonlySet<string>,
): { ok: true; rows: (RebusParse & { ok: true })['rows'] } | { ok: false; problem: PackProblem } {
  const parsed = parseRebus(rebus, glyphCodes);
  if (parsed.ok) return { ok: true, rows: parsed.rows };
  const fault = parsed.reason;
  const place = placeOf(
    typeof rebus === 'string' ? [...path, 'rebus'] : [...path, 'rebus', fault.row],
  );
  const problem = (vi: string, en: string): { ok: false; problem: PackProblem } => ({
    ok: false,
    problem: packError(fault.code, place, vi, en),
  });
  switch (fault.code) {
    case 'rebus-unknown-glyph':
      return problem(
        `Hình ${fault.emoji} không có trong bộ hình của trò chơi (xem docs/emoji.md để chọn hình có sẵn).`,
        `The glyph ${fault.emoji} is not in the game's glyph set (see docs/emoji.md for the glyphs available).`,
      );
    case 'rebus-text-too-long':
      return problem(
        `Chữ "${fault.text}" quá dài cho một ô hình: tối đa ${PACK_LIMITS.maxRebusTextLength} ký tự.`,
        `The text "${fault.text}" is too long for a rebus: at most ${PACK_LIMITS.maxRebusTextLength} characters.`,
      );
    case 'rebus-too-many-tokens':
      return problem(
        `Một hàng có quá nhiều phần: tối đa ${PACK_LIMITS.maxRebusTokensPerRow}.`,
        `A row has too many parts: at most ${PACK_LIMITS.maxRebusTokensPerRow}.`,
      );
    case 'rebus-empty-row':
      return problem('Hàng hình trống.', 'An empty rebus row.');
  }
}
