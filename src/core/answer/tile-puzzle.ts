import { nextInt, shuffle, type RngState } from '../rng';
import { bareSyllables, splitSyllables } from './normalize';

/** One tile of the letter bank. */
export interface BankTile {
  /** The tile's place in the bank, 0..n-1. */
  readonly id: number;
  /** An upper-case letter without marks, or a digit. */
  readonly letter: string;
  /** Not needed by the answer; the remove-decoys hint takes these away. */
  readonly decoy: boolean;
}

/** What the phone shows for one question: the answer slots, grouped per word, and the bank. */
export interface TilePuzzle {
  /** Letters per word, upper-case, no marks, đ→D: "đường dây nóng" → [["D","U","O","N","G"],["D","A","Y"],["N","O","N","G"]] */
  readonly words: readonly (readonly string[])[];
  /** The bank of tiles, shuffled: every answer letter once plus decoy letters. ids are 0..n-1 in bank order. */
  readonly bank: readonly BankTile[];
}

export interface TilePuzzleOptions {
  /** How many decoy tiles to add; by default enough to fill the bank's last row. */
  readonly decoys?: number;
}

/** The bank fits a phone screen at 24 tiles: three rows of eight. */
export const MAX_BANK_TILES = 24;

/** Letters that occur in Vietnamese words: A–Y without F, J, W, Z, so no decoy gives itself away. */
const DECOY_LETTERS = 'ABCDEGHIKLMNOPQRSTUVXY';
const DECOY_DIGITS = '0123456789';

/** The bank is laid out in rows of 7 or 8 tiles. */
const ROW_WIDTHS = [7, 8] as const;

/** The answer's tile letters per word: upper-case, marks dropped, đ → D, digits kept. */
export function answerWords(answer: string): string[][] {
  return splitSyllables(answer).map((s) => s.map((l) => l.text.toUpperCase()));
}

/** What a pack check needs to know of an answer's tiles, without building them. */
export interface AnswerTileCount {
  /** How many tiles the answer takes: answerLetters(answer).length. */
  readonly letters: number;
  /** The tiles of its longest word. */
  readonly longestWord: number;
  /** Its tile letters run together: answerLetters(answer).join(''). */
  readonly joined: string;
}

/**
 * answerWords counted rather than built: one string per answer instead of one per letter (a
 * pack of a thousand questions checks two thousand answers). A tile is a letter's `text`, which
 * is its bare letter but for đ (d), upper-cased; the letters are upper-cased all at once, since
 * upper case has no rule that looks at the letters around one.
 */
export function countAnswerTiles(answer: string): AnswerTileCount {
  let letters = 0;
  let longestWord = 0;
  let lower = '';
  for (const bare of bareSyllables(answer)) {
    let length = 0;
    // Letters are code points, as answerWords splits them.
    // eslint-disable-next-line @typescript-eslint/no-unused-vars
    for (const _letter of bare) length++;
    letters += length;
    if (length > longestWord) longestWord = length;
    lower += bare;
  }
  return { letters, longestWord, joined: lower.replaceAll('đ', 'd').toUpperCase() };
}

/** The answer's tile letters in slot order, all words run together. */
export function answerLetters(answer: string): string[] {
  return answerWords(answer).flat();
}

/**
 * Decoys for an answer of `letters` letters: at least max(4, 40% of the letters), then up to a
 * bank size that fills whole rows of 7 or 8, never past 24 tiles (none past that if the answer
 * alone needs more).
 */
export function defaultDecoyCount(letters: number): number {
  if (letters >= MAX_BANK_TILES) return 0;
  let total = letters + Math.max(4, Math.ceil(letters * 0.4));
  while (!ROW_WIDTHS.some((w) => total % w === 0)) total++;
  return Math.min(total, MAX_BANK_TILES) - letters;
}

/** Digit answers ("111") get digit decoys, letter answers letter decoys, mixed answers both. */
function decoyPool(letters: readonly string[]): string {
  const digits = letters.filter((l) => DECOY_DIGITS.includes(l)).length;
  if (digits === 0) return DECOY_LETTERS;
  return digits === letters.length ? DECOY_DIGITS : DECOY_LETTERS + DECOY_DIGITS;
}

/**
 * Builds the tile puzzle for an answer from the seeded generator: the same answer and state
 * always give the same puzzle. Decoys may repeat answer letters: slots are checked by letter,
 * so such a tile serves as well as the answer's own.
 */
export function makeTilePuzzle(
  answer: string,
  rng: RngState,
  options: TilePuzzleOptions = {},
): { puzzle: TilePuzzle; rng: RngState } {
  const words = answerWords(answer);
  const letters = words.flat();
  const count = options.decoys ?? defaultDecoyCount(letters.length);
  if (!Number.isInteger(count) || count < 0) {
    throw new RangeError(`Decoy count must be a whole number from 0, got ${count}`);
  }
  const pool = decoyPool(letters);
  let state = rng;
  const tiles = letters.map((letter) => ({ letter, decoy: false }));
  for (let i = 0; i < count; i++) {
    let pick: number;
    [pick, state] = nextInt(state, pool.length);
    tiles.push({ letter: pool.charAt(pick), decoy: true });
  }
  const [shuffled, next] = shuffle(tiles, state);
  const bank = shuffled.map((tile, id) => ({ id, ...tile }));
  return { puzzle: { words, bank }, rng: next };
}
