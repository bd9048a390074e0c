/**
 * Vietnamese answer keys. An answer is cut into syllables (runs of letters and digits); each
 * syllable's tone marks are lifted off their letters and re-attached after its last vowel, so
 * "hòa" and "hoà", "thủy" and "thuỷ" give the same key while "mãi" and "mại" do not.
 */

/** How answers are compared. */
export interface AnswerOptions {
  /**
   * Marks must be right: tones, vowel shapes (ă â ê ô ơ ư) and đ. Off by default, as in the
   * mobile versions of the game, where a player's keyboard often has no Vietnamese input.
   */
  readonly strict?: boolean;
}

/** One letter (or digit) of an answer, with the tone marks that were typed on it. */
export interface AnswerLetter {
  /** The bare letter, lower-case, without any mark: "ư" → "u", "đ" → "đ". */
  readonly base: string;
  /** What the comparison sees: NFC letter with its vowel-shape mark in strict mode, else `base` with đ → d. */
  readonly text: string;
  /** Tone marks as combining characters, in code-point order (strict mode only). */
  readonly tones: readonly string[];
}

export type AnswerSyllable = readonly AnswerLetter[];

/** The five tone marks: huyền, sắc, ngã, hỏi, nặng. The other combining marks shape vowels. */
const TONE_MARKS: ReadonlySet<string> = new Set(['\u0300', '\u0301', '\u0303', '\u0309', '\u0323']);

const VOWELS: ReadonlySet<string> = new Set(['a', 'e', 'i', 'o', 'u', 'y']);

const CONSONANTS: ReadonlySet<string> = new Set('bcdđfghjklmnpqrstvwxz');

/** Zero-width spaces and joiners, the byte-order mark, soft hyphens: invisible, so ignored. */
const INVISIBLE = /\p{Cf}/gu;

/** Anything else (spaces of every width, punctuation, symbols) separates syllables. */
const SYLLABLE = /[\p{L}\p{N}\p{M}]+/gu;

const MARK = /^\p{M}$/u;
const MARKS = /\p{M}/gu;
const NO_TONES: readonly string[] = Object.freeze([]);

/** A syllable with every mark dropped, whatever it sat on: what is left are its letters. */
function bareLetters(word: string): string {
  return word.normalize('NFD').replace(MARKS, '');
}

function parseSyllable(word: string, strict: boolean): AnswerLetter[] {
  if (!strict) {
    // Each letter is its own base.
    const out: AnswerLetter[] = [];
    for (const base of bareLetters(word)) {
      out.push({ base, text: base === 'đ' ? 'd' : base, tones: NO_TONES });
    }
    return out;
  }
  const letters: { base: string; marks: string; tones: string[] }[] = [];
  for (const char of word.normalize('NFD')) {
    if (!MARK.test(char)) {
      letters.push({ base: char, marks: '', tones: [] });
      continue;
    }
    const last = letters.at(-1);
    // A mark typed before any letter of its syllable has nothing to sit on.
    if (last === undefined) continue;
    if (TONE_MARKS.has(char)) last.tones.push(char);
    else last.marks += char;
  }
  return letters.map(({ base, marks, tones }) => ({
    base,
    text: (base + marks).normalize('NFC'),
    tones: tones.sort(),
  }));
}

/**
 * Cuts a text into syllables of letters: NFC/NFD-blind, lower-case, invisible characters dropped,
 * every run of non-letters (spaces, punctuation) a break. Letters keep their own spelling here.
 */
export function splitSyllables(text: string, options: AnswerOptions = {}): AnswerSyllable[] {
  const strict = options.strict ?? false;
  return syllableWords(text)
    .map((w) => parseSyllable(w, strict))
    .filter((s) => s.length > 0);
}

function syllableWords(text: string): readonly string[] {
  return text.normalize('NFC').replace(INVISIBLE, '').toLowerCase().match(SYLLABLE) ?? [];
}

/**
 * The lenient syllables of splitSyllables as strings, without a letter object each: every
 * syllable's letters (its `base`s) run together, đ kept. For counting letters quickly.
 */
export function bareSyllables(text: string): string[] {
  const out: string[] = [];
  for (const word of syllableWords(text)) {
    const bare = bareLetters(word);
    if (bare !== '') out.push(bare);
  }
  return out;
}

/**
 * i/y spelling variants. A syllable's final "y" is written "i" when it follows a consonant
 * onset ("kỹ"/"kĩ", "lý"/"lí", "hy"/"hi", and "quý"/"quí", where "qu" is the onset). After a
 * vowel the two spell different rhymes ("tay"/"tai", "tuy"/"tui"), and before another vowel the
 * "y" is part of the rhyme ("quyền", "khuya"), so neither changes.
 */
function spellFinalI(letters: readonly string[]): readonly string[] {
  const n = letters.length;
  if (n < 2 || letters[n - 1] !== 'y') return letters;
  const before = letters[n - 2] ?? '';
  const afterConsonant = CONSONANTS.has(before) || (before === 'u' && letters[n - 3] === 'q');
  return afterConsonant ? [...letters.slice(0, -1), 'i'] : letters;
}

/**
 * The comparison key of one syllable: its letters with the final i/y spelled "i", then all its
 * tone marks after its last vowel (after its last letter if it has none), composed to NFC.
 */
export function syllableKey(syllable: AnswerSyllable): string {
  const letters = spellFinalI(syllable.map((l) => l.text));
  const tones = syllable
    .flatMap((l) => l.tones)
    .sort()
    .join('');
  const lastVowel = syllable.findLastIndex((l) => VOWELS.has(l.base));
  const at = lastVowel < 0 ? letters.length - 1 : lastVowel;
  return letters
    .map((text, i) => (i === at ? text + tones : text))
    .join('')
    .normalize('NFC');
}

/**
 * The canonical key of an answer: one key per syllable, joined by single spaces. Idempotent and
 * NFC/NFD-blind; two texts that break syllables at the same places match exactly when keys agree.
 */
export function normalizeAnswer(text: string, options: AnswerOptions = {}): string {
  return splitSyllables(text, options).map(syllableKey).join(' ');
}
