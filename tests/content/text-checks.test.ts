import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { validatePackText } from '../../src/content/validate';
import { diskEnv } from '../../scripts/lib/pack-disk';

const env = diskEnv();
const QUIZ = readFileSync(resolve(import.meta.dirname, 'fixtures/valid/quiz-only.json'), 'utf8');

function problems(text: string): string[] {
  const result = validatePackText(text, new Map(), env);
  return (result.ok ? result.warnings : result.problems).map((p) => `${p.code} ${p.place}`);
}

describe('text that looks like something else', () => {
  it.each([
    [
      'a right-to-left override in an answer',
      '"answer": "lừa đảo"',
      '"answer": "\\u202elừa đảo"',
      'quiz.questions[0].answer',
    ],
    [
      'a zero-width space in a category id',
      '"loi-du": {',
      '"loi-du\\u200b": {',
      'categories["loi-du\u200b"]',
    ],
    [
      'a zero-width joiner in an answer',
      '"answer": "gọi về nhà"',
      '"answer": "gọi về\\u200d nhà"',
      'quiz.questions[1].answer',
    ],
    [
      'a bidi isolate in a category name',
      '"vi": "Chiêu dụ dỗ"',
      '"vi": "Chiêu \\u2067dụ dỗ"',
      'categories["loi-du"].vi',
    ],
  ])('refuses %s, naming the place', (_what, from, to, place) => {
    const text = QUIZ.replace(from, to);
    expect(text).not.toBe(QUIZ);
    expect(problems(text)).toContain(`text-hidden-character ${place}`);
  });

  it('warns about a word mixing Latin and Cyrillic letters that look alike', () => {
    // "lừa đảо" with a Cyrillic о.
    const text = QUIZ.replace('"answer": "lừa đảo"', '"answer": "lừa đả\\u043e"');
    expect(problems(text)).toEqual(['text-lookalike quiz.questions[0].answer']);
  });

  it('leaves Vietnamese with all its marks alone', () => {
    expect(problems(QUIZ)).toEqual([]);
  });
});
