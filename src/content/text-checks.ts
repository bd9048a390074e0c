import type { PackText } from '../core/types';
import { packError, packWarning, placeOf, type PackProblem } from './problems';
import type { PackJson } from './schema';

/**
 * Text that looks like something else. Where a text is matched, compared or told apart (the
 * pack's id, category ids and names, question ids, answers and their alternatives, the key
 * picture's answers), a character that reorders what is shown (a right-to-left override: an
 * answer displays reversed while its tiles spell it forwards), hides (zero-width: a category id
 * that looks like a duplicate) or controls is refused (`text-hidden-character`); a word that mixes
 * Latin letters with Cyrillic or Greek ones that look the same is warned about (`text-lookalike`).
 */

/** Controls, bidirectional marks, embeddings, overrides and isolates, zero-width characters. */
const HIDDEN =
  // eslint-disable-next-line no-control-regex
  /[\u0000-\u001f\u007f-\u009f\u00ad\u061c\u180e\u200b-\u200f\u202a-\u202e\u2060-\u2069\ufeff]/u;
const LATIN = /\p{Script=Latin}/u;
const LOOKALIKE_SCRIPT = /[\p{Script=Cyrillic}\p{Script=Greek}]/u;

function codeOf(char: string): string {
  return `U+${(char.codePointAt(0) ?? 0).toString(16).toUpperCase().padStart(4, '0')}`;
}

function checkOne(text: string, path: (string | number)[], out: PackProblem[]): void {
  const place = placeOf(path);
  const hidden = HIDDEN.exec(text);
  if (hidden) {
    const code = codeOf(hidden[0]);
    out.push(
      packError(
        'text-hidden-character',
        place,
        `Có ký tự ẩn hoặc ký tự đảo chiều chữ (${code}) ở vị trí ${hidden.index + 1}: chữ hiện ra sẽ khác với chữ trò chơi so sánh. Hãy gõ lại chữ này.`,
        `There is a hidden or direction-changing character (${code}) at position ${hidden.index + 1}: what shows would differ from what the game compares. Type this text again.`,
      ),
    );
    return;
  }
  for (const word of text.split(/[\s\p{P}]+/u)) {
    if (LATIN.test(word) && LOOKALIKE_SCRIPT.test(word)) {
      out.push(
        packWarning(
          'text-lookalike',
          place,
          `Chữ "${word}" trộn chữ Latinh với chữ Kirin hoặc Hy Lạp trông giống nhau: người chơi gõ đúng vẫn có thể bị chấm sai. Hãy gõ lại chữ này.`,
          `"${word}" mixes Latin letters with Cyrillic or Greek ones that look alike: a player typing it right could still be marked wrong. Type it again.`,
        ),
      );
      return;
    }
  }
}

function checkText(
  text: PackText | undefined,
  path: (string | number)[],
  out: PackProblem[],
): void {
  if (text === undefined) return;
  if (typeof text === 'string') checkOne(text, path, out);
  else
    for (const [lang, value] of Object.entries(text)) {
      if (typeof value === 'string') checkOne(value, [...path, lang], out);
    }
}

/** Every problem with hidden or look-alike characters in the texts a pack is matched by. */
export function checkMisleadingText(json: PackJson): PackProblem[] {
  const out: PackProblem[] = [];
  checkOne(json.id, ['id'], out);
  for (const [id, name] of Object.entries(json.categories)) {
    checkOne(id, ['categories', id], out);
    checkText(name, ['categories', id], out);
  }
  json.quiz?.questions.forEach((q, i) => {
    const at = ['quiz', 'questions', i];
    checkOne(q.id, [...at, 'id'], out);
    checkOne(q.answer, [...at, 'answer'], out);
    q.alternatives.forEach((a, j) => {
      checkOne(a, [...at, 'alternatives', j], out);
    });
  });
  const key = json.keyPicture;
  if (key) {
    checkOne(key.answer, ['keyPicture', 'answer'], out);
    key.alternatives.forEach((a, j) => {
      checkOne(a, ['keyPicture', 'alternatives', j], out);
    });
  }
  return out;
}
