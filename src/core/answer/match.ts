/**
 * Answer checking. The expected answer's own syllable breaks decide where the input is cut, so
 * that spaces can be left out ("duongdaynong") while a tone moved into the next syllable
 * ("lưa ồng" for "lừa ông") and a final i/y ("kĩnăng" for "kỹ năng") are still judged syllable by
 * syllable, exactly as if the player had typed the spaces.
 */
import {
  splitSyllables,
  syllableKey,
  type AnswerLetter,
  type AnswerOptions,
  type AnswerSyllable,
} from './normalize';

/** An answer and the other answers a pack accepts for it. */
export interface AcceptedAnswers {
  readonly answer: string;
  readonly alternatives: readonly string[];
}

/**
 * Re-cuts a flat run of letters where `shape` has its syllable breaks, or returns null when the
 * letter counts differ. Spaces in the input are ignored: the tile UI has none, and a different
 * word always differs in its letters.
 */
function cutLike(
  letters: readonly AnswerLetter[],
  shape: readonly AnswerSyllable[],
): AnswerSyllable[] | null {
  const total = shape.reduce((n, s) => n + s.length, 0);
  if (letters.length !== total) return null;
  let start = 0;
  return shape.map((s) => {
    start += s.length;
    return letters.slice(start - s.length, start);
  });
}

/**
 * True when `input` spells `expected`: case, punctuation, spaces and Unicode form never count;
 * cut at the expected answer's syllable breaks, each syllable must have the same key (tone
 * placement and final i/y free; marks ignored unless `strict`). An answer with no letters
 * matches nothing.
 */
export function isAnswerCorrect(
  input: string,
  expected: string,
  options: AnswerOptions = {},
): boolean {
  const want = splitSyllables(expected, options);
  if (want.length === 0) return false;
  const got = cutLike(splitSyllables(input, options).flat(), want);
  // Syllable keys hold no spaces, so equal joined keys mean equal keys syllable by syllable.
  return got !== null && got.map(syllableKey).join(' ') === want.map(syllableKey).join(' ');
}

/** True when `input` matches the answer or one of the listed alternatives; unlisted synonyms do not count. */
export function isAnswerAccepted(
  input: string,
  question: AcceptedAnswers,
  options: AnswerOptions = {},
): boolean {
  return [question.answer, ...question.alternatives].some((a) =>
    isAnswerCorrect(input, a, options),
  );
}
