import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { pickQuestions } from '../../../src/core/meeting/select';
import type { Difficulty, QuizQuestion } from '../../../src/core/types';

const q = (id: string, difficulty: Difficulty, category: string): QuizQuestion => ({
  id,
  answer: id,
  alternatives: [],
  difficulty,
  category,
  points: 100,
  timeLimitSec: 30,
});

const QUESTIONS = [
  q('a', 3, 'luat'),
  q('b', 1, 'viec-lam'),
  q('c', 5, 'luat'),
  q('d', 2, 'viec-lam'),
  q('e', 1, 'luat'),
  q('f', 4, 'tro-giup'),
];

describe('choosing the questions of a meeting', () => {
  it('plays every question easiest first when all are wanted', () => {
    expect(pickQuestions(QUESTIONS, [], 99)).toEqual(['b', 'e', 'd', 'a', 'f', 'c']);
  });

  it('keeps only the chosen categories', () => {
    expect(pickQuestions(QUESTIONS, ['luat'], 10)).toEqual(['e', 'a', 'c']);
  });

  it('spreads a short meeting from the easiest to the hardest', () => {
    expect(pickQuestions(QUESTIONS, [], 3)).toEqual(['b', 'a', 'c']);
    expect(pickQuestions(QUESTIONS, [], 1)).toEqual(['b']);
    expect(pickQuestions(QUESTIONS, [], 0)).toEqual([]);
  });

  it('never repeats a question and never exceeds the count', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 10 }), (count) => {
        const ids = pickQuestions(QUESTIONS, [], count);
        expect(new Set(ids).size).toBe(ids.length);
        expect(ids.length).toBe(Math.min(count, QUESTIONS.length));
      }),
    );
  });
});
