import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { validatePackValue } from '../../src/content/validate';
import { diskEnv } from '../../scripts/lib/pack-disk';

/** The schema's findings as an author reads them: every one, at its place, in both languages. */

const FIXTURES = resolve(import.meta.dirname, 'fixtures');
const env = diskEnv();

function pack(name: string): Record<string, unknown> {
  return JSON.parse(readFileSync(resolve(FIXTURES, name), 'utf8')) as Record<string, unknown>;
}

function problemsOf(value: unknown): { code: string; place: string; vi: string; en: string }[] {
  const result = validatePackValue(value, new Map(), env, '');
  expect(result.ok).toBe(false);
  return result.ok
    ? []
    : result.problems.map(({ code, place, vi, en }) => ({ code, place, vi, en }));
}

function firstQuestion(value: Record<string, unknown>): Record<string, unknown> {
  const quiz = value.quiz as { questions: Record<string, unknown>[] };
  const question = quiz.questions[0];
  if (!question) throw new Error('no question');
  return question;
}

describe('a skit node without its "type"', () => {
  it('says the field is missing and which values it takes, with the node and its place', () => {
    const value = pack('valid/skit-only.json');
    const nodes = (value.skit as { nodes: Record<string, unknown>[] }).nodes;
    delete nodes[2]?.type;
    const [problem, ...rest] = problemsOf(value);
    expect(rest).toEqual([]);
    expect(problem?.code).toBe('missing-field');
    expect(problem?.place).toBe('skit.nodes[2].type');
    expect(problem?.vi).toBe(
      'Nút "chon": thiếu trường "type"; cần một trong: "line", "narration", "choice", "jump", "ending".',
    );
    expect(problem?.en).toBe(
      'Node "chon": the field "type" is missing; expected one of: "line", "narration", "choice", "jump", "ending".',
    );
    expect(`${problem?.vi} ${problem?.en}`).not.toContain('undefined');
  });
});

describe('unknown fields', () => {
  it('are all named, each at its place, not only the first', () => {
    const value = pack('valid/quiz-only.json');
    Object.assign(firstQuestion(value), { ghiChu: 1, nguon: 2, tacGia: 3 });
    expect(problemsOf(value).map((p) => [p.code, p.place])).toEqual([
      ['unknown-field', 'quiz.questions[0].ghiChu'],
      ['unknown-field', 'quiz.questions[0].nguon'],
      ['unknown-field', 'quiz.questions[0].tacGia'],
    ]);
  });

  it('in a picture, whichever form it takes, are named at the picture', () => {
    const value = pack('valid/quiz-only.json');
    const question = firstQuestion(value);
    question.picture = { rebus: '🏠', size: 3, colour: 'red' };
    expect(problemsOf(value).map((p) => [p.code, p.place])).toEqual([
      ['unknown-field', 'quiz.questions[0].picture.size'],
      ['unknown-field', 'quiz.questions[0].picture.colour'],
    ]);
  });

  it('past twenty in one object, are counted rather than listed', () => {
    const value = pack('valid/quiz-only.json');
    const question = firstQuestion(value);
    for (let i = 0; i < 25; i++) question[`x${i}`] = i;
    const problems = problemsOf(value);
    expect(problems).toHaveLength(21);
    expect(problems.at(-1)).toMatchObject({
      place: 'quiz.questions[0]',
      en: '5 more fields here are not part of the pack format.',
    });
  });
});

describe('a text in the wrong form inside a question', () => {
  it('is named at its own place', () => {
    const value = pack('valid/quiz-only.json');
    firstQuestion(value).hint = { vi: 1 };
    expect(problemsOf(value).map((p) => [p.code, p.place])).toEqual([
      ['wrong-type', 'quiz.questions[0].hint.vi'],
    ]);
  });
});

describe('unknown glyphs', () => {
  it('are named in the same round as mistakes of shape', () => {
    const value = pack('valid/quiz-only.json');
    const question = firstQuestion(value);
    question.points = '100';
    question.picture = { rebus: ['🏠', '🦖'] };
    expect(problemsOf(value).map((p) => [p.code, p.place])).toEqual([
      ['wrong-type', 'quiz.questions[0].points'],
      ['rebus-unknown-glyph', 'quiz.questions[0].picture.rebus[1]'],
    ]);
  });
});
