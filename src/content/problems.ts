import { PACK_LIMITS } from './limits';

/**
 * A problem found in a pack: where it is, what is wrong in Vietnamese and English, and whether
 * it stops the pack from loading (error) or is only worth knowing (warning).
 */
export interface PackProblem {
  readonly severity: 'error' | 'warning';
  /** A stable code, e.g. 'json-syntax', 'unknown-field', 'missing-target'. */
  readonly code: string;
  /** The place in the file: 'quiz.questions[3].answer', or a zip entry's name. Empty for the whole file. */
  readonly place: string;
  readonly vi: string;
  readonly en: string;
  /** For JSON syntax errors: 1-based line and column. */
  readonly line?: number;
  readonly column?: number;
}

export function packError(code: string, place: string, vi: string, en: string): PackProblem {
  return { severity: 'error', code, place, vi, en };
}

export function packWarning(code: string, place: string, vi: string, en: string): PackProblem {
  return { severity: 'warning', code, place, vi, en };
}

/** Formats a byte count for messages: "20 MiB", "512 KiB". */
export function formatBytes(bytes: number): string {
  if (bytes >= 1024 * 1024) return `${+(bytes / (1024 * 1024)).toFixed(1)} MiB`;
  if (bytes >= 1024) return `${+(bytes / 1024).toFixed(1)} KiB`;
  return `${bytes} B`;
}

/** Joins path segments as a reader writes them: quiz.questions[3].answer */
export function placeOf(path: readonly (string | number)[]): string {
  let out = '';
  for (const key of path) {
    if (typeof key === 'number') out += `[${key}]`;
    else if (/^[A-Za-z_$][A-Za-z0-9_$]*$/.test(key)) out += out === '' ? key : `.${key}`;
    else out += `[${JSON.stringify(key)}]`;
  }
  return out;
}

/** Any pack file (a .json or a .zip) over PACK_LIMITS.maxFileBytes: refused before it is read. */
export function fileTooLarge(size: number): PackProblem {
  const max = formatBytes(PACK_LIMITS.maxFileBytes);
  // Just over the limit, both sizes round to the same text: say "more than" instead.
  const sizeVi = formatBytes(size) === max ? `hơn ${max}` : formatBytes(size);
  const sizeEn = formatBytes(size) === max ? `more than ${max}` : formatBytes(size);
  return packError(
    'file-too-large',
    '',
    `Tệp quá lớn: ${sizeVi}, tối đa là ${max}. Hãy thu nhỏ ảnh và âm thanh trong gói rồi nén lại.`,
    `The file is too large: ${sizeEn}, the limit is ${max}. Make the pictures and sounds in the pack smaller and zip it again.`,
  );
}
