export { normalizeAnswer, splitSyllables, syllableKey } from './normalize';
export type { AnswerLetter, AnswerOptions, AnswerSyllable } from './normalize';
export { isAnswerAccepted, isAnswerCorrect } from './match';
export type { AcceptedAnswers } from './match';
export {
  answerLetters,
  answerWords,
  countAnswerTiles,
  defaultDecoyCount,
  makeTilePuzzle,
  MAX_BANK_TILES,
} from './tile-puzzle';
export type { AnswerTileCount, BankTile, TilePuzzle, TilePuzzleOptions } from './tile-puzzle';
