import type { QuizQuestion } from '../types';

/**
 * The questions a meeting plays: those of the chosen categories (all when none is chosen),
 * easiest first, and when fewer are wanted than there are, spread evenly over the difficulties
 * so a short meeting still climbs from easy to hard. Pack order breaks ties.
 */
export function pickQuestions(
  questions: readonly QuizQuestion[],
  categories: readonly string[],
  count: number,
): string[] {
  const pool = questions
    .map((q, i) => ({ q, i }))
    .filter(({ q }) => categories.length === 0 || categories.includes(q.category))
    .sort((a, b) => a.q.difficulty - b.q.difficulty || a.i - b.i)
    .map(({ q }) => q.id);
  const n = Math.max(0, Math.min(Math.floor(count), pool.length));
  if (n >= pool.length) return pool;
  if (n === 0) return [];
  if (n === 1) return [pool[0] ?? ''];
  return Array.from(
    { length: n },
    (_, k) => pool[Math.round((k * (pool.length - 1)) / (n - 1))] ?? '',
  );
}
