import { describe, expect, it } from 'vitest';
import { titleWords } from '../../../src/shared/ui/title-words';

describe("the game's name on a title screen", () => {
  it('puts "Đuổi hình" above and "bắt chữ" in tiles, a letter with its marks to a tile', () => {
    expect(titleWords('Đuổi hình bắt chữ')).toEqual({
      top: 'Đuổi hình',
      tiles: [
        ['b', 'ắ', 't'],
        ['c', 'h', 'ữ'],
      ],
    });
  });

  it('keeps the larger half of an odd count above', () => {
    expect(titleWords('Picture Word Chase')).toEqual({
      top: 'Picture Word',
      tiles: [['C', 'h', 'a', 's', 'e']],
    });
  });

  it('joins letters written with separate marks into one tile', () => {
    // "ữ" as u + horn + tilde, as some keyboards write it.
    const { tiles } = titleWords('bắt ch\u0075\u031b\u0303');
    expect(tiles).toEqual([['c', 'h', 'ữ']]);
  });

  it('tiles a one-word name whole, and ignores extra spaces', () => {
    expect(titleWords('  Chữ  ')).toEqual({ top: '', tiles: [['C', 'h', 'ữ']] });
    expect(titleWords('a  b')).toEqual({ top: 'a', tiles: [['b']] });
  });
});
