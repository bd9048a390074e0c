import { PACK_LIMITS } from './limits';
import { packError, placeOf, type PackProblem } from './problems';

/**
 * Reads untrusted JSON text: it finds the line and column of a syntax error (browsers word and
 * place these differently), refuses nesting deeper than the limit (deep nesting is how a small
 * file stalls a parser) and refuses the keys that could reach `Object.prototype` through later
 * copying.
 *
 * Two ways, one answer: `scanJsonByCharacter` reads the text character by character and is the
 * one that words every problem; `scanJson` first lets the browser's own `JSON.parse` read it and
 * checks the value (depth, keys), which is several times faster, and hands the text to the
 * character reader whenever that finds anything to say or cannot be sure to agree with it.
 */

const FORBIDDEN_KEYS = new Set(['__proto__', 'constructor', 'prototype']);

export type ScanResult =
  | { readonly ok: true; readonly value: unknown }
  | { readonly ok: false; readonly problems: PackProblem[] };

class ScanError extends Error {
  constructor(
    readonly position: number,
    readonly what: { vi: string; en: string },
    readonly code: 'json-syntax' | 'json-too-deep',
  ) {
    super(what.en);
  }
}

function lineAndColumn(text: string, position: number): { line: number; column: number } {
  let line = 1;
  let lineStart = 0;
  for (let i = 0; i < position && i < text.length; i++) {
    if (text.charCodeAt(i) === 10) {
      line++;
      lineStart = i + 1;
    }
  }
  return { line, column: position - lineStart + 1 };
}

function describeChar(text: string, i: number): string {
  return i >= text.length ? 'EOF' : JSON.stringify(text[i]);
}

/** The characters a number literal is made of: - + . 0-9 e E. */
function isNumberChar(c: number): boolean {
  return (c >= 48 && c <= 57) || c === 45 || c === 43 || c === 46 || c === 101 || c === 69;
}

/** The longest number literal the character reader takes. */
const LONGEST_NUMBER = 40;

/**
 * True when the text has a run of more than 40 number characters: a number literal longer than
 * the character reader takes could be there, so the text goes to it. Conservative: any such run
 * outside a number sends it there too. Any run of 41 covers a place whose index is 40 more than
 * a multiple of 41, so only those places are looked at, and the run is measured around each one
 * that is a number character: a tenth of the time of a regular expression over the whole text.
 */
export function hasLongNumberRun(text: string): boolean {
  const n = text.length;
  for (let at = LONGEST_NUMBER; at < n; at += LONGEST_NUMBER + 1) {
    if (!isNumberChar(text.charCodeAt(at))) continue;
    let start = at;
    while (start > 0 && isNumberChar(text.charCodeAt(start - 1))) start--;
    let end = at + 1;
    while (end < n && end - start <= LONGEST_NUMBER && isNumberChar(text.charCodeAt(end))) end++;
    if (end - start > LONGEST_NUMBER) return true;
  }
  return false;
}

/** True when the value nests no deeper than the limit and has no forbidden key anywhere. */
function isPlainValue(value: unknown, depth: number): boolean {
  if (typeof value !== 'object' || value === null) return true;
  if (depth >= PACK_LIMITS.maxDepth) return false;
  if (Array.isArray(value)) {
    for (const item of value) if (!isPlainValue(item, depth + 1)) return false;
    return true;
  }
  const record = value as Record<string, unknown>;
  for (const key of Object.keys(record)) {
    if (FORBIDDEN_KEYS.has(key) || !isPlainValue(record[key], depth + 1)) return false;
  }
  return true;
}

/**
 * Whether brackets outside strings nest deeper than PACK_LIMITS.maxDepth: read before
 * `JSON.parse`, which would otherwise build a million nested arrays (seconds on a phone) only
 * for the depth check to refuse them. A text that does goes to the character reader, which stops
 * at the first level too deep.
 */
function nestsTooDeep(text: string): boolean {
  let depth = 0;
  let inString = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (inString) {
      if (c === 92) i++;
      else if (c === 34) inString = false;
    } else if (c === 34) inString = true;
    else if (c === 91 || c === 123) {
      if (++depth > PACK_LIMITS.maxDepth) return true;
    } else if (c === 93 || c === 125) depth--;
  }
  return false;
}

/** Parses pack JSON text, or lists what is wrong with it and where. */
export function scanJson(text: string): ScanResult {
  if (!hasLongNumberRun(text) && !nestsTooDeep(text)) {
    let value: unknown;
    let parsed = true;
    try {
      value = JSON.parse(text.charCodeAt(0) === 0xfeff ? text.slice(1) : text);
    } catch {
      parsed = false; // the character reader says where and why
    }
    if (parsed && isPlainValue(value, 0)) return { ok: true, value };
  }
  return scanJsonByCharacter(text);
}

/** Parses pack JSON text character by character, or lists what is wrong with it and where. */
export function scanJsonByCharacter(text: string): ScanResult {
  const problems: PackProblem[] = [];
  const path: (string | number)[] = [];
  let i = 0;
  let depth = 0;
  const n = text.length;

  const fail = (
    vi: string,
    en: string,
    code: 'json-syntax' | 'json-too-deep' = 'json-syntax',
  ): never => {
    throw new ScanError(i, { vi, en }, code);
  };
  const skipSpace = (): void => {
    while (i < n) {
      const c = text.charCodeAt(i);
      if (c === 32 || c === 9 || c === 10 || c === 13) i++;
      else break;
    }
  };
  const unexpected = (): never =>
    fail(
      `Ký tự không đúng chỗ: ${describeChar(text, i)}.`,
      `Unexpected character: ${describeChar(text, i)}.`,
    );

  const readString = (): string => {
    const start = i;
    i++; // opening quote
    let hasEscape = false;
    while (i < n) {
      const c = text.charCodeAt(i);
      if (c === 34) {
        i++;
        const raw = text.slice(start, i);
        return hasEscape ? (JSON.parse(raw) as string) : raw.slice(1, -1);
      }
      if (c === 92) {
        hasEscape = true;
        const e = text[i + 1];
        if (e === 'u') {
          if (!/^[0-9a-fA-F]{4}$/.test(text.slice(i + 2, i + 6))) {
            i++;
            fail('Mã \\u không hợp lệ trong chuỗi.', 'Invalid \\u escape in a string.');
          }
          i += 6;
        } else if (e !== undefined && '"\\/bfnrt'.includes(e)) i += 2;
        else {
          i++;
          fail('Dấu \\ không hợp lệ trong chuỗi.', 'Invalid escape in a string.');
        }
      } else if (c < 32) {
        fail(
          'Chuỗi bị xuống dòng hoặc thiếu dấu " đóng.',
          'A string breaks across a line or lacks its closing ".',
        );
      } else i++;
    }
    return fail('Chuỗi thiếu dấu " đóng.', 'A string lacks its closing ".');
  };

  const readValue = (): void => {
    skipSpace();
    const c = text[i];
    if (c === '{' || c === '[') {
      depth++;
      if (depth > PACK_LIMITS.maxDepth) {
        fail(
          `Dữ liệu lồng nhau quá sâu: tối đa ${PACK_LIMITS.maxDepth} tầng.`,
          `Nesting is too deep: the limit is ${PACK_LIMITS.maxDepth} levels.`,
          'json-too-deep',
        );
      }
      i++;
      skipSpace();
      const close = c === '{' ? '}' : ']';
      if (text[i] === close) {
        i++;
        depth--;
        return;
      }
      for (let index = 0; ; index++) {
        skipSpace();
        if (c === '{') {
          if (text[i] !== '"')
            fail('Cần tên trường trong dấu "…".', 'Expected a field name in "…".');
          const key = readString();
          if (FORBIDDEN_KEYS.has(key)) {
            problems.push(
              packError(
                'forbidden-key',
                placeOf([...path, key]),
                `Tên trường "${key}" không được phép.`,
                `The field name "${key}" is not allowed.`,
              ),
            );
          }
          skipSpace();
          if (text[i] !== ':') fail('Thiếu dấu : sau tên trường.', 'Missing : after a field name.');
          i++;
          path.push(key);
        } else path.push(index);
        readValue();
        path.pop();
        skipSpace();
        if (text[i] === ',') {
          i++;
          skipSpace();
          if (text[i] === close) {
            fail('Thừa dấu phẩy trước dấu đóng.', 'A trailing comma before the closing bracket.');
          }
          continue;
        }
        if (text[i] === close) {
          i++;
          depth--;
          return;
        }
        if (i >= n) fail(`Thiếu dấu ${close} đóng.`, `Missing the closing ${close}.`);
        fail(`Thiếu dấu phẩy hoặc dấu ${close}.`, `Missing a comma or ${close}.`);
      }
    }
    if (c === '"') {
      readString();
      return;
    }
    const literal = /^(?:true|false|null|-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?)/.exec(
      text.slice(i, i + LONGEST_NUMBER),
    );
    if (literal) {
      i += literal[0].length;
      return;
    }
    if (i >= n) fail('Tệp kết thúc giữa chừng.', 'The file ends too early.');
    unexpected();
  };

  try {
    if (text.charCodeAt(0) === 0xfeff) i = 1;
    skipSpace();
    if (i >= n) fail('Tệp trống.', 'The file is empty.');
    readValue();
    skipSpace();
    if (i < n)
      fail(
        'Có thêm nội dung sau khi dữ liệu đã kết thúc.',
        'Extra content after the end of the data.',
      );
  } catch (error) {
    if (!(error instanceof ScanError)) throw error;
    const { line, column } = lineAndColumn(text, error.position);
    return {
      ok: false,
      problems: [
        {
          severity: 'error',
          code: error.code,
          place: '',
          vi: `Lỗi cú pháp JSON ở dòng ${line}, cột ${column}: ${error.what.vi}`,
          en: `JSON syntax error at line ${line}, column ${column}: ${error.what.en}`,
          line,
          column,
        },
      ],
    };
  }
  if (problems.length > 0) return { ok: false, problems };
  return { ok: true, value: JSON.parse(text.charCodeAt(0) === 0xfeff ? text.slice(1) : text) };
}
