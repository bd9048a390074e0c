import { describe, expect, it } from 'vitest';
import { isAnswerAccepted, isAnswerCorrect } from '../../../src/core/answer';

const STRICT = { strict: true } as const;
const nfd = (s: string): string => s.normalize('NFD');

/** [typed, expected, matches in strict mode, matches in lenient mode, why] */
type Row = readonly [string, string, boolean, boolean, string];

const CASES: readonly Row[] = [
  // Same text, other encodings and cases
  ['đường dây nóng', 'đường dây nóng', true, true, 'identical'],
  [nfd('đường dây nóng'), 'đường dây nóng', true, true, 'NFD input against NFC answer'],
  ['đường dây nóng', nfd('đường dây nóng'), true, true, 'NFC input against NFD answer'],
  ['ĐƯỜNG DÂY NÓNG', 'đường dây nóng', true, true, 'upper case, Đ included'],
  ['Lừa Đảo', 'lừa đảo', true, true, 'title case'],
  [nfd('LỪA ĐẢO'), 'lừa đảo', true, true, 'upper case and NFD together'],
  ['cảnh\u0020giác', 'CẢNH GIÁC', true, true, 'upper-case answer'],
  // Invisible characters and spaces
  ['đường\u00a0dây\u202fnóng', 'đường dây nóng', true, true, 'non-breaking spaces'],
  ['đường\u200bdây\u200cnóng', 'đường dây nóng', true, true, 'zero-width space and non-joiner'],
  ['\ufeffđư\u200dờng dây nóng', 'đường dây nóng', true, true, 'BOM and zero-width joiner'],
  ['  lừa    đảo  ', 'lừa đảo', true, true, 'extra and repeated spaces'],
  ['lừa\tđảo\n', 'lừa đảo', true, true, 'tabs and newlines are spaces'],
  ['đườngdâynóng', 'đường dây nóng', true, true, 'spaces are optional'],
  ['đườ ngdây nóng', 'đường dây nóng', true, true, 'spaces in odd places are ignored'],
  ['duongdaynong', 'đường dây nóng', false, true, 'tile input: no spaces, no marks'],
  ['DUONGDAYNONG', 'đường dây nóng', false, true, 'tile input in upper case'],
  // Punctuation
  ['lừa đảo!', 'lừa đảo', true, true, 'trailing exclamation mark'],
  ['"Lừa - đảo"...', 'lừa đảo', true, true, 'quotes, dash and ellipsis'],
  ['lừa, đảo?', 'lừa đảo.', true, true, 'punctuation on both sides'],
  ['!!!', 'lừa đảo', false, false, 'punctuation alone is no answer'],
  ['', 'lừa đảo', false, false, 'empty input'],
  ['lừa đảo', '', false, false, 'an empty answer matches nothing'],
  ['', '', false, false, 'nothing against nothing is not a right answer'],
  // Missing, extra or different syllables and words
  ['lừa', 'lừa đảo', false, false, 'missing syllable'],
  ['lừa đảo đảo', 'lừa đảo', false, false, 'extra syllable'],
  ['lừađảođảo', 'lừa đảo', false, false, 'extra syllable without spaces'],
  ['lừa gạt', 'lừa đảo', false, false, 'a synonym is a different word'],
  ['tố cáo', 'tố giác', false, false, 'a near synonym is a different word'],
  ['đường dây', 'đường dây nóng', false, false, 'last word missing'],
  ['dây nóng đường', 'đường dây nóng', false, false, 'words in the wrong order'],
  ['lừa đảoo', 'lừa đảo', false, false, 'doubled letter'],
  // Tone placement: old and new style
  ['hoà', 'hòa', true, true, 'old vs new tone placement'],
  ['hòa', 'hoà', true, true, 'new vs old tone placement'],
  ['thuỷ', 'thủy', true, true, 'hỏi on y or on u'],
  ['khoẻ', 'khỏe', true, true, 'hỏi on e or on o'],
  ['tuỳ', 'tùy', true, true, 'huyền on y or on u'],
  ['hoá', 'hóa', true, true, 'sắc on a or on o'],
  ['hoà bình', 'hòa bình', true, true, 'placement inside a phrase'],
  ['thuỷ thủ', 'thủy thủ', true, true, 'one syllable of two moved'],
  [nfd('hoà'), 'hòa', true, true, 'placement variant in NFD'],
  ['HOÀ', 'hòa', true, true, 'placement variant in upper case'],
  ['cuả', 'của', true, true, 'a misplaced mark on the same syllable is the same syllable'],
  ['muà', 'mùa', true, true, 'misplaced huyền, same syllable'],
  ['ngừơi', 'người', true, true, 'huyền on ư instead of ơ, same syllable'],
  ['quyền', 'quyền', true, true, 'fixed placement still matches itself'],
  ['quả', 'quả', true, true, 'qu onset, tone on a'],
  ['hoàn', 'hoàn', true, true, 'fixed placement before a final consonant'],
  // Tones and vowel marks: strict checks them, lenient does not
  ['cúa', 'của', false, true, 'sắc is not hỏi'],
  ['mãi dâm', 'mại dâm', false, true, 'ngã is not nặng'],
  ['dường', 'đường', false, true, 'd is not đ'],
  ['duong day nong', 'đường dây nóng', false, true, 'no marks at all'],
  ['lua dao', 'lừa đảo', false, true, 'no marks, with spaces'],
  ['hoa', 'hòa', false, true, 'missing tone'],
  ['hòa', 'hoa', false, true, 'extra tone'],
  ['cảnh giắc', 'cảnh giác', false, true, 'ă is not a'],
  ['ngưòi', 'người', false, true, 'o is not ơ'],
  ['mua bán ngươi', 'mua bán người', false, true, 'one tone missing in a phrase'],
  ['việc nhẹ lương cáo', 'việc nhẹ lương cao', false, true, 'one tone added in a phrase'],
  ['lưa ồng', 'lừa ông', false, true, 'a tone moved to the next syllable is a different word'],
  ['lưaồng', 'lừa ông', false, true, 'the same without a space'],
  ['hòà', 'hòa', false, true, 'two tones on one syllable'],
  // i/y spelling variants
  ['quí', 'quý', true, true, 'i/y after the qu onset'],
  ['kĩ', 'kỹ', true, true, 'i/y after k'],
  ['lí', 'lý', true, true, 'i/y after l'],
  ['mĩ', 'mỹ', true, true, 'i/y after m'],
  ['hi sinh', 'hy sinh', true, true, 'i/y after h'],
  ['sĩ', 'sỹ', true, true, 'i/y after s'],
  ['công ti', 'công ty', true, true, 'i/y after t, second syllable'],
  ['kĩ năng', 'kỹ năng', true, true, 'i/y in a phrase'],
  ['kĩnăng', 'kỹ năng', true, true, 'i/y at the answer syllable end even without a space'],
  ['qui ước', 'quy ước', true, true, 'i/y after qu, next syllable starts with a vowel'],
  ['quiước', 'quy ước', true, true, 'the same without a space'],
  ['ki', 'kỹ', false, true, 'i/y variant but the tone is missing'],
  ['kí', 'kỹ', false, true, 'i/y variant but sắc is not ngã'],
  ['tai', 'tay', false, false, 'ay and ai are different rhymes'],
  ['mai', 'may', false, false, 'ay and ai: mai is not may'],
  ['hai', 'hay', false, false, 'ay and ai: hai is not hay'],
  ['tui', 'tuy', false, false, 'uy and ui are different rhymes'],
  ['thủi', 'thủy', false, false, 'uy and ui after th'],
  ['quiền', 'quyền', false, false, 'y before ê belongs to the rhyme'],
  ['khuia', 'khuya', false, false, 'y before a belongs to the rhyme'],
  ['i tế', 'y tế', false, false, 'a syllable that is only y has no consonant before it'],
  // Digits
  ['111', '111', true, true, 'digits'],
  ['113', '111', false, false, 'a different number'],
  ['11', '111', false, false, 'a digit missing'],
  ['gọi 111', 'gọi 111', true, true, 'words and digits'],
  ['goi111', 'gọi 111', false, true, 'tile input with digits'],
  ['gọi 1 1 1', 'gọi 111', true, true, 'spaces between digits'],
  ['gọi một một một', 'gọi 111', false, false, 'digits spelled out are different letters'],
];

describe('isAnswerCorrect', () => {
  it.each(CASES)('%j vs %j: strict %s, lenient %s (%s)', (typed, expected, strict, lenient) => {
    expect(isAnswerCorrect(typed, expected, STRICT)).toBe(strict);
    expect(isAnswerCorrect(typed, expected)).toBe(lenient);
    expect(isAnswerCorrect(typed, expected, { strict: false })).toBe(lenient);
  });

  it('is lenient by default, as in the mobile versions', () => {
    expect(isAnswerCorrect('duong day nong', 'đường dây nóng')).toBe(true);
    expect(isAnswerCorrect('duong day nong', 'đường dây nóng', STRICT)).toBe(false);
  });

  it('never lets a strict match fail in lenient mode', () => {
    for (const [typed, expected, strict] of CASES) {
      if (strict) expect(isAnswerCorrect(typed, expected)).toBe(true);
    }
  });
});

describe('isAnswerAccepted', () => {
  const question = {
    answer: 'đường dây nóng',
    alternatives: ['tổng đài 111', 'gọi 111'],
  } as const;

  it('accepts the answer', () => {
    expect(isAnswerAccepted('duongdaynong', question)).toBe(true);
  });

  it('accepts a listed alternative, in either mode', () => {
    expect(isAnswerAccepted('TỔNG ĐÀI 111', question, STRICT)).toBe(true);
    expect(isAnswerAccepted('goi 111', question)).toBe(true);
  });

  it('refuses a synonym that is not listed', () => {
    expect(isAnswerAccepted('số khẩn cấp', question)).toBe(false);
    expect(isAnswerAccepted('tổng đài', question)).toBe(false);
  });

  it('checks marks against every alternative in strict mode', () => {
    expect(isAnswerAccepted('tong dai 111', question, STRICT)).toBe(false);
  });

  it('works with no alternatives', () => {
    expect(isAnswerAccepted('lừa đảo', { answer: 'lừa đảo', alternatives: [] })).toBe(true);
    expect(isAnswerAccepted('lừa', { answer: 'lừa đảo', alternatives: [] })).toBe(false);
  });
});
