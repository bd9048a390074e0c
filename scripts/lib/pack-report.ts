import type { PackProblem } from '../../src/content/problems';
import type { PackResult } from '../../src/content/validate';

/**
 * The lines `npm run pack:check` prints for a pack: one per problem, then a summary, with the
 * same bilingual messages the game shows.
 */

export function problemLine(file: string, problem: PackProblem): string {
  const message = `${problem.vi} / ${problem.en}`;
  const text = problem.severity === 'warning' ? `cảnh báo / warning: ${message}` : message;
  return problem.place === '' ? `${file}: ${text}` : `${file}: ${problem.place}: ${text}`;
}

export function summaryLine(file: string, result: PackResult): string {
  if (result.ok) return `${file}: hợp lệ / valid (${result.warnings.length} cảnh báo / warnings)`;
  const errors = result.problems.filter((p) => p.severity === 'error').length;
  return `${file}: ${errors} lỗi / errors`;
}

/** Every line for one pack, problems first, summary last. */
export function reportLines(file: string, result: PackResult): string[] {
  const problems = result.ok ? result.warnings : result.problems;
  return [...problems.map((p) => problemLine(file, p)), summaryLine(file, result)];
}
