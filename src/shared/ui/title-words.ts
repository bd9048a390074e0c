/**
 * The game's name as a title screen shows it, as the picture-word games do: its first words on
 * a line of their own, the last ones as letter tiles, like an answer being found.
 */
export interface TitleWords {
  /** The words on the line above the tiles ('' for a one-word name). */
  readonly top: string;
  /** The tiled words, each as its letters (a letter with its marks is one tile). */
  readonly tiles: readonly (readonly string[])[];
}

/**
 * Splits `title` in two: the first half of its words (the larger half for an odd count) above,
 * the rest in tiles; a one-word name is all tiles.
 */
export function titleWords(title: string): TitleWords {
  const words = title.normalize('NFC').trim().split(/\s+/u).filter(Boolean);
  const cut = words.length > 1 ? Math.ceil(words.length / 2) : 0;
  return {
    top: words.slice(0, cut).join(' '),
    tiles: words.slice(cut).map((word) => Array.from(word)),
  };
}
