import type { PackProblem } from '../../src/content/problems';
import type { PackResult } from '../../src/content/validate';

/**
 * The lines `npm run pack:check` prints for a pack: one per problem, then a summary, with the
 * same bilingual messages the game shows.
 */

/**
 * Characters that a terminal acts on or that reorder what it shows: C0 and C1 controls (ESC
 * starts colour, cursor and OSC sequences such as a clipboard write; CSI is one C1 character),
 * DEL, line and paragraph separators, and the bidirectional marks, embeddings, overrides and
 * isolates.
 */
// eslint-disable-next-line no-control-regex
const TERMINAL_ACTIVE = /[\u0000-\u001f\u007f-\u009f\u061c\u200e\u200f\u2028-\u202e\u2066-\u2069]/g;

/**
 * Text from a pack (or a file name) made harmless to print: every character a terminal would act
 * on is written out as `\u{…}`, so a pack cannot clear the screen, print a fake "valid", write
 * to the clipboard or reverse a line. Messages never need such characters to be read.
 */
export function harmless(text: string): string {
  return text.replace(
    TERMINAL_ACTIVE,
    (c) => `\\u{${(c.codePointAt(0) ?? 0).toString(16).padStart(4, '0')}}`,
  );
}

export function problemLine(file: string, problem: PackProblem): string {
  const message = `${problem.vi} / ${problem.en}`;
  const text = problem.severity === 'warning' ? `cảnh báo / warning: ${message}` : message;
  const line = problem.place === '' ? `${file}: ${text}` : `${file}: ${problem.place}: ${text}`;
  return harmless(line);
}

export function summaryLine(file: string, result: PackResult): string {
  const name = harmless(file);
  if (result.ok) return `${name}: hợp lệ / valid (${result.warnings.length} cảnh báo / warnings)`;
  const errors = result.problems.filter((p) => p.severity === 'error').length;
  return `${name}: ${errors} lỗi / errors`;
}

/** Every line for one pack, problems first, summary last. */
export function reportLines(file: string, result: PackResult): string[] {
  const problems = result.ok ? result.warnings : result.problems;
  return [...problems.map((p) => problemLine(file, p)), summaryLine(file, result)];
}
