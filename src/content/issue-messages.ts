import type * as v from 'valibot';
import { packError, placeOf, type PackProblem } from './problems';
import { unknownFieldsOf, type SchemaNode } from './unknown-fields';

/**
 * Turns the schema's findings into messages a facilitator can act on, in Vietnamese and
 * English, each naming its place in the file.
 */

type Issue = v.BaseIssue<unknown>;

const TYPE_WORDS: Readonly<Record<string, { vi: string; en: string }>> = {
  string: { vi: 'chữ (trong dấu "…")', en: 'text (in "…")' },
  number: { vi: 'một số', en: 'a number' },
  boolean: { vi: 'true hoặc false', en: 'true or false' },
  Array: { vi: 'một danh sách […]', en: 'a list […]' },
  array: { vi: 'một danh sách […]', en: 'a list […]' },
  Object: { vi: 'một nhóm trường {…}', en: 'an object {…}' },
  object: { vi: 'một nhóm trường {…}', en: 'an object {…}' },
};

const REGEX_RULES: Readonly<Record<string, { vi: string; en: string }>> = {
  id: {
    vi: 'Mã chỉ gồm chữ thường không dấu, chữ số và dấu "-", tối đa 64 ký tự (ví dụ "goi-mac-dinh").',
    en: 'An id uses only lower-case letters without marks, digits and "-", up to 64 characters (e.g. "my-pack").',
  },
  'node-id': {
    vi: 'Mã chỉ gồm chữ cái không dấu, chữ số, "_" và "-", tối đa 64 ký tự.',
    en: 'An id uses only letters without marks, digits, "_" and "-", up to 64 characters.',
  },
  'file-path': {
    vi: 'Cần tên một tệp trong gói, ví dụ "pictures/hinh-1.png": không dùng địa chỉ web, "data:", "..", "\\" hay đường dẫn bắt đầu bằng "/".',
    en: 'Needs the name of a file in the pack, e.g. "pictures/picture-1.png": no web addresses, "data:", "..", "\\" or paths starting with "/".',
  },
  'var-name': {
    vi: 'Tên biến chỉ gồm chữ cái không dấu, chữ số và "_", không bắt đầu bằng chữ số.',
    en: 'A variable name uses only letters without marks, digits and "_", and does not start with a digit.',
  },
  colour: {
    vi: 'Màu viết dạng "#rrggbb", ví dụ "#e4572e".',
    en: 'A colour is written "#rrggbb", e.g. "#e4572e".',
  },
  phone: {
    vi: 'Số điện thoại chỉ gồm chữ số, dấu cách, "." hoặc "-".',
    en: 'A phone number has only digits, spaces, "." or "-".',
  },
  version: {
    vi: 'Phiên bản viết dạng "1", "1.2" hoặc "1.2.3".',
    en: 'A version is written "1", "1.2" or "1.2.3".',
  },
  expression: {
    vi: 'Tên nét mặt chỉ gồm chữ thường không dấu, chữ số và "-".',
    en: 'An expression name uses only lower-case letters without marks, digits and "-".',
  },
  https: {
    vi: 'Địa chỉ nguồn phải bắt đầu bằng "https://".',
    en: 'A source address must start with "https://".',
  },
  'text-empty': {
    vi: 'Cần ít nhất một trong hai: "vi" hoặc "en".',
    en: 'Needs at least one of "vi" or "en".',
  },
};

function pathOf(issue: Issue): (string | number)[] {
  return (issue.path ?? []).map((item) => {
    const key: unknown = item.key;
    return typeof key === 'number' ? key : String(key);
  });
}

function typeWords(name: string): { vi: string; en: string } {
  return TYPE_WORDS[name] ?? { vi: name, en: name };
}

function unquote(text: string): string {
  return text.replace(/^"|"$/g, '');
}

const SHOWN_TEXT_LENGTH = 40;

/**
 * What the schema found where something else was expected, as a person reads it: a text keeps
 * its quotes (so "100" is not mistaken for the number 100), a number or true/false is named
 * with its value, anything else by its kind.
 */
function receivedWords(received: string): { vi: string; en: string } {
  if (received === 'undefined') return { vi: 'không có gì', en: 'nothing' };
  if (received.startsWith('"')) {
    const inner = received.slice(1, -1);
    const shown =
      inner.length > SHOWN_TEXT_LENGTH ? `"${inner.slice(0, SHOWN_TEXT_LENGTH - 1)}…"` : received;
    return { vi: `chữ ${shown}`, en: `the text ${shown}` };
  }
  if (/^-?\d/.test(received)) return { vi: `số ${received}`, en: `the number ${received}` };
  if (received === 'true' || received === 'false' || received === 'null') {
    return { vi: `giá trị ${received}`, en: `the value ${received}` };
  }
  return typeWords(received);
}

/** The findings inside a choice of forms, their places from the file's root as every other's. */
function nested(issue: Issue): Issue[] {
  return (issue.issues ?? []).map((sub) => {
    const [first, ...rest] = [...(issue.path ?? []), ...(sub.path ?? [])];
    return { ...sub, path: first ? [first, ...rest] : undefined };
  });
}

/** Keeps the findings that belong to the union option the author meant to write. */
function meantOption(issue: Issue, root: SchemaNode | undefined): Issue[] {
  const own = pathOf(issue).length;
  return nested(issue).filter((sub) => {
    const depth = pathOf(sub).length;
    if (depth === own && sub.kind === 'schema') return false; // another option's type
    if (sub.type !== 'strict_object' || depth !== own + 1) return true;
    // An unknown field counts when the form it is unknown to is one the object mostly follows;
    // a missing field is another option's.
    if (sub.expected !== 'never' || root === undefined) return false;
    const found = unknownFieldsOf(root, sub);
    return found.known > 0 && found.unknown.includes(String(pathOf(sub).at(-1)));
  });
}

/** At most this many unknown fields of one object are named; the rest are counted. */
const UNKNOWN_FIELDS_NAMED = 20;

/** Every unknown field of the object the issue points at, not only the first (see unknown-fields.ts). */
function unknownFields(issue: Issue, root: SchemaNode | undefined): PackProblem[] {
  const path = pathOf(issue);
  const holder = path.slice(0, -1);
  const keys = root ? unknownFieldsOf(root, issue).unknown : [String(path[path.length - 1])];
  const named = keys.slice(0, UNKNOWN_FIELDS_NAMED).map((key) => {
    const name = `"${key}"`;
    return packError(
      'unknown-field',
      placeOf([...holder, key]),
      `Trường ${name} không có trong định dạng gói (có viết sai tên không?).`,
      `The field ${name} is not part of the pack format (a misspelt name?).`,
    );
  });
  const more = keys.length - named.length;
  if (more <= 0) return named;
  return [
    ...named,
    packError(
      'unknown-field',
      placeOf(holder),
      `Còn ${more} trường khác không có trong định dạng gói ở đây.`,
      `${more} more fields here are not part of the pack format.`,
    ),
  ];
}

/** What a node or other choice of forms needs in its field `key` (e.g. "type"), and lacks. */
function missingTag(issue: Issue, place: string, expected: string): PackProblem {
  const path = pathOf(issue);
  const field = JSON.stringify(String(path[path.length - 1]));
  const allowed = expected.replace(/[()]/g, '').replaceAll(' | ', ', ');
  const holder = issue.path?.[issue.path.length - 1]?.input;
  const id =
    typeof holder === 'object' && holder !== null && 'id' in holder && typeof holder.id === 'string'
      ? JSON.stringify(holder.id.slice(0, 64))
      : null;
  return packError(
    'missing-field',
    place,
    `${id ? `Nút ${id}: thiếu` : 'Thiếu'} trường ${field}; cần một trong: ${allowed}.`,
    `${id ? `Node ${id}: the` : 'The'} field ${field} is missing; expected one of: ${allowed}.`,
  );
}

function describe(issue: Issue, root?: SchemaNode): PackProblem[] {
  const path = pathOf(issue);
  const place = placeOf(path);
  const expected = issue.expected ?? '';
  const received = issue.received;
  switch (issue.type) {
    case 'strict_object':
      if (expected === 'never') return unknownFields(issue, root);
      return [
        packError(
          'missing-field',
          place,
          `Thiếu trường bắt buộc ${expected}.`,
          `The required field ${expected} is missing.`,
        ),
      ];
    case 'union': {
      const meant = meantOption(issue, root);
      if (meant.length > 0) return meant.flatMap((sub) => describe(sub, root));
      const forms = [
        ...new Set(
          nested(issue)
            .filter((sub) => sub.kind === 'schema' && pathOf(sub).length === path.length)
            .map((sub) => unquote(sub.expected ?? '')),
        ),
      ].map(typeWords);
      return [
        packError(
          'wrong-form',
          place,
          forms.length > 0
            ? `Cần ${forms.map((f) => f.vi).join(' hoặc ')}.`
            : 'Giá trị này không đúng dạng nào được phép (xem hướng dẫn soạn gói).',
          forms.length > 0
            ? `Needs ${forms.map((f) => f.en).join(' or ')}.`
            : 'This value matches none of the allowed forms (see the authoring guide).',
        ),
      ];
    }
    case 'variant':
      if (received === 'undefined') return [missingTag(issue, place, expected)];
      return describe({ ...issue, type: 'picklist' }, root);
    case 'picklist':
    case 'literal':
      return [
        packError(
          'value-not-allowed',
          place,
          `Giá trị ${received} không được phép; chỉ được: ${expected.replace(/[()]/g, '').replaceAll(' | ', ', ')}.`,
          `The value ${received} is not allowed; allowed: ${expected.replace(/[()]/g, '').replaceAll(' | ', ', ')}.`,
        ),
      ];
    case 'min_length':
    case 'max_length': {
      const limit = expected.replace(/[<>=]/g, '');
      const isMin = issue.type === 'min_length';
      if (isMin && limit === '1') {
        return [packError('empty', place, 'Không được để trống.', 'Must not be empty.')];
      }
      return [
        packError(
          isMin ? 'too-short' : 'too-long',
          place,
          isMin
            ? `Quá ngắn: cần ít nhất ${limit} (đang có ${received}).`
            : `Quá dài: tối đa ${limit} (đang có ${received}).`,
          isMin
            ? `Too short: at least ${limit} needed (found ${received}).`
            : `Too long: at most ${limit} (found ${received}).`,
        ),
      ];
    }
    case 'min_value':
    case 'max_value': {
      const limit = expected.replace(/[<>=]/g, '');
      const isMin = issue.type === 'min_value';
      return [
        packError(
          'out-of-range',
          place,
          `${isMin ? 'Nhỏ hơn mức tối thiểu' : 'Lớn hơn mức tối đa'} ${limit} (đang là ${received}).`,
          `${isMin ? 'Below the minimum' : 'Above the maximum'} of ${limit} (found ${received}).`,
        ),
      ];
    }
    case 'integer':
      return [
        packError(
          'not-integer',
          place,
          `Cần một số nguyên (đang là ${received}).`,
          `Needs a whole number (found ${received}).`,
        ),
      ];
    case 'regex':
    case 'check':
    case 'starts_with': {
      const rule = REGEX_RULES[issue.message] ?? {
        vi: 'Giá trị không hợp lệ.',
        en: 'Invalid value.',
      };
      return [
        packError(
          'bad-format',
          place,
          `${rule.vi} (đang là ${received})`,
          `${rule.en} (found ${received})`,
        ),
      ];
    }
    case 'url':
      return [
        packError(
          'bad-format',
          place,
          `Địa chỉ web không hợp lệ: ${received}.`,
          `Not a valid web address: ${received}.`,
        ),
      ];
    default: {
      const want = typeWords(unquote(expected));
      const got = receivedWords(received);
      return [
        packError(
          'wrong-type',
          place,
          `Cần ${want.vi}, nhưng ở đây là ${got.vi}.`,
          `Needs ${want.en}, but found ${got.en}.`,
        ),
      ];
    }
  }
}

/**
 * Bilingual problems for every issue the schema found, one per place, in file order. `root`,
 * the schema the issues came from, lets every unknown field of an object be named.
 */
export function problemsFromIssues(issues: readonly Issue[], root?: SchemaNode): PackProblem[] {
  const seen = new Set<string>();
  const out: PackProblem[] = [];
  for (const problem of issues.flatMap((issue) => describe(issue, root))) {
    const key = `${problem.place}\u0000${problem.code}`;
    if (seen.has(key)) continue;
    seen.add(key);
    out.push(problem);
  }
  return out;
}
