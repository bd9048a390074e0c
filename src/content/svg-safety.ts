/**
 * Whether an SVG in a pack is safe: it may not run code, embed pages or fetch anything outside
 * itself, and it is refused (`svg-unsafe`), never cleaned, when it tries to. Character
 * references and CSS escapes are decoded first, so that no spelling hides a word from the rules.
 * file-checks.ts runs this on every SVG a pack carries.
 */
import { packError, type PackProblem } from './problems';

// ---------------------------------------------------------------------------------------------
// SVG
//
// An unsafe SVG is refused, never cleaned. A facilitator can fix the file (export it again as
// "plain SVG" or as PNG) once told what is wrong, and then the picture is the one they made. A
// cleaner, by contrast, is a parser of its own that must agree with every browser's parser on
// every trick (entities, odd case, namespaces, CDATA, animation); one disagreement lets a script
// through, and each success silently changes a picture nobody looks at again. So the rules
// below are deliberately broad: a harmless file that trips one is rare and easy to fix, and
// the message says which rule it broke.
// ---------------------------------------------------------------------------------------------

const XML_ENTITIES: Readonly<Record<string, string>> = {
  amp: '&',
  lt: '<',
  gt: '>',
  quot: '"',
  apos: "'",
};

/**
 * Named characters that HTML knows and that could spell a URL scheme or a CSS function when an
 * SVG is placed inside a page. XML does not know them (the file would not open as a picture),
 * but they are decoded here so that no spelling hides a word from the checks.
 */
const HTML_ENTITIES: Readonly<Record<string, string>> = {
  colon: ':',
  tab: '\t',
  newline: '\n',
  lpar: '(',
  rpar: ')',
  sol: '/',
  bsol: '\\',
  period: '.',
  commat: '@',
  num: '#',
  equals: '=',
  nbsp: '\u00a0',
};

function codePointText(code: number): string {
  return code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : '\uFFFD';
}

/**
 * Decodes character references (`&#106;`, `&#x6A;`, with or without the `;`, and named ones).
 * Repeated a few times so that `&amp;#106;` is read as `j` too. Unknown names are collected.
 */
function decodeCharacterReferences(text: string, unknownNames: Set<string>): string {
  let current = text;
  for (let round = 0; round < 4; round++) {
    const next = current.replace(
      /&(?:#x([0-9a-f]+)|#([0-9]+)|([a-z][a-z0-9]*));?/gi,
      (whole, hex?: string, dec?: string, name?: string) => {
        if (hex !== undefined) return codePointText(parseInt(hex.slice(0, 8), 16));
        if (dec !== undefined) return codePointText(parseInt(dec.slice(0, 9), 10));
        const key = (name ?? '').toLowerCase();
        const known = XML_ENTITIES[key] ?? HTML_ENTITIES[key];
        if (known !== undefined) return known;
        if (whole.endsWith(';')) unknownNames.add(whole);
        return whole;
      },
    );
    if (next === current) break;
    current = next;
  }
  return current;
}

/** Decodes CSS escapes (`\75 rl(` is `url(`, `\@import` is `@import`). */
function decodeCssEscapes(text: string): string {
  return text.replace(
    /\\(?:([0-9a-f]{1,6})[ \t\n\r\f]?|([\s\S]))/gi,
    (_whole, hex?: string, char?: string) =>
      hex !== undefined ? codePointText(parseInt(hex, 16)) : (char ?? ''),
  );
}

/** A pattern for a word that tolerates control characters (tab, newline…) between its letters. */
function looseWord(word: string): RegExp {
  const letters = Array.from(word, (c) => c.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
  return new RegExp(letters.join('[\\u0000-\\u001f]*'), 'i');
}

const LOCAL_REFERENCE = /^#[\p{L}\p{N}_.:-]*$/u;
const JAVASCRIPT_SCHEME = looseWord('javascript:');
const VBSCRIPT_SCHEME = looseWord('vbscript:');
const DATA_SCHEME = looseWord('data:');
const NAME_CHAR = '[a-z0-9_.:-]';
const PREFIX = '(?:[a-z_][a-z0-9_.-]*:)?';

function elementPattern(names: readonly string[]): RegExp {
  return new RegExp(`<\\s*${PREFIX}(${names.join('|')})(?!${NAME_CHAR})`, 'gi');
}

const SCRIPT_ELEMENT = elementPattern(['script', 'handler', 'listener']);
const FOREIGN_OBJECT_ELEMENT = elementPattern(['foreignobject']);
const EMBEDDING_ELEMENT = elementPattern([
  'iframe',
  'embed',
  'object',
  'frame',
  'frameset',
  'applet',
]);
/**
 * An attribute `on…=`: "on", a letter, then a name, then `=` (spaces allowed before the `=`).
 * Prefixed names (`inkscape:onetime=`) are left alone: browsers run only unprefixed handlers.
 */
const EVENT_ATTRIBUTE = /(?:^|[\s"'/])(on[a-z][a-z0-9_.:-]*)\s*=/gi;
const HREF_ATTRIBUTE = /(?:^|[\s"'/:])href\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s>]*))/gi;
const ANIMATED_ATTRIBUTE =
  /attributename\s*=\s*["']?\s*(?:[a-z_][a-z0-9_.-]*:)?(href|on[a-z][a-z0-9_.:-]*)/gi;
const ENTITY_DECLARATION = /<!\s*entity/i;
const DOCTYPE_START = /<!\s*doctype/gi;
const CSS_URL = /url\s*\(\s*(?:"([^"]*)"|'([^']*)'|([^)]*))/gi;
const CSS_IMAGE_SET = /image-set\s*\(/i;
const CSS_IMPORT = /@import/i;

/**
 * A DOCTYPE with an internal subset (`<!DOCTYPE svg [ … ]>`), where entities are declared. Each
 * DOCTYPE is searched only up to its `>`, so that many of them cost linear time.
 */
function hasDoctypeSubset(text: string): boolean {
  let searchedTo = 0;
  for (const match of text.matchAll(DOCTYPE_START)) {
    if (match.index < searchedTo) continue;
    const close = text.indexOf('>', match.index);
    searchedTo = close < 0 ? text.length : close;
    if (text.slice(match.index, searchedTo).includes('[')) return true;
  }
  return false;
}

function shorten(value: string): string {
  const oneLine = value.replace(/\s+/g, ' ').trim();
  return oneLine.length > 60 ? `${oneLine.slice(0, 57)}…` : oneLine;
}

function firstCapture(match: RegExpMatchArray): string {
  return match[1] ?? match[2] ?? match[3] ?? '';
}

function nonLocalReferences(text: string, pattern: RegExp): string[] {
  return [...text.matchAll(pattern)]
    .map((m) => firstCapture(m).trim())
    .filter((value) => !LOCAL_REFERENCE.test(value));
}

interface SvgFinding {
  readonly vi: string;
  readonly en: string;
}

/** Every rule the SVG breaks, once each, in the order of the rule list. */
function findUnsafeSvgParts(svg: string): SvgFinding[] {
  const unknownNames = new Set<string>();
  const decoded = decodeCharacterReferences(svg, unknownNames);
  const css = decodeCssEscapes(decoded);
  const findings: SvgFinding[] = [];

  const scripts = [...decoded.matchAll(SCRIPT_ELEMENT)];
  if (scripts.length > 0) {
    findings.push({
      vi: `có mã chạy được (thẻ <${scripts[0]?.[1] ?? 'script'}>)`,
      en: `it contains code (a <${scripts[0]?.[1] ?? 'script'}> element)`,
    });
  }
  const events = [...decoded.matchAll(EVENT_ATTRIBUTE)];
  if (events.length > 0) {
    const name = events[0]?.[1] ?? 'on…';
    findings.push({
      vi: `có thuộc tính sự kiện "${name}" để chạy mã`,
      en: `it has an event attribute "${name}" that runs code`,
    });
  }
  const animated = [...decoded.matchAll(ANIMATED_ATTRIBUTE)];
  if (animated.length > 0) {
    const name = animated[0]?.[1] ?? 'href';
    findings.push({
      vi: `có hiệu ứng chuyển động thay đổi thuộc tính "${name}"`,
      en: `it has an animation that changes the "${name}" attribute`,
    });
  }
  if (decoded.search(FOREIGN_OBJECT_ELEMENT) >= 0) {
    findings.push({
      vi: 'có thẻ <foreignObject> chứa nội dung trang web',
      en: 'it has a <foreignObject> element holding web-page content',
    });
  }
  const embeds = [...decoded.matchAll(EMBEDDING_ELEMENT)];
  if (embeds.length > 0) {
    const name = embeds[0]?.[1] ?? 'iframe';
    findings.push({
      vi: `nhúng một trang hoặc chương trình khác (thẻ <${name}>)`,
      en: `it embeds another page or program (an <${name}> element)`,
    });
  }
  if (ENTITY_DECLARATION.test(decoded) || hasDoctypeSubset(decoded)) {
    findings.push({
      vi: 'có khai báo <!ENTITY> hoặc <!DOCTYPE [...]> (thường do Adobe Illustrator thêm vào)',
      en: 'it has an <!ENTITY> or <!DOCTYPE [...]> declaration (Adobe Illustrator often adds one)',
    });
  }
  if (unknownNames.size > 0) {
    const name = [...unknownNames][0] ?? '';
    findings.push({
      vi: `dùng ký tự đặt tên "${name}" mà ảnh SVG không biết`,
      en: `it uses a named character "${name}" that SVG does not know`,
    });
  }
  const links = nonLocalReferences(decoded, HREF_ATTRIBUTE);
  if (links.length > 0) {
    findings.push({
      vi: `liên kết tới nội dung bên ngoài ảnh ("${shorten(links[0] ?? '')}"); chỉ được liên kết tới phần trong chính ảnh, dạng "#ten"`,
      en: `it links to something outside the picture ("${shorten(links[0] ?? '')}"); only links inside the picture itself, like "#name", are allowed`,
    });
  }
  const urls = nonLocalReferences(css, CSS_URL);
  if (urls.length > 0 || CSS_IMAGE_SET.test(css)) {
    const shown = urls.length > 0 ? `url(${shorten(urls[0] ?? '')})` : 'image-set(…)';
    findings.push({
      vi: `có kiểu trình bày lấy nội dung bên ngoài ảnh (${shown}); chỉ được dùng url(#ten) trỏ vào chính ảnh`,
      en: `a style fetches something outside the picture (${shown}); only url(#name) pointing inside the picture is allowed`,
    });
  }
  if (CSS_IMPORT.test(css)) {
    findings.push({
      vi: 'có kiểu trình bày "@import" lấy tệp khác',
      en: 'a style uses "@import" to fetch another file',
    });
  }
  if ([decoded, css].some((t) => JAVASCRIPT_SCHEME.test(t) || VBSCRIPT_SCHEME.test(t))) {
    findings.push({
      vi: 'có chữ "javascript:" (đường dẫn chạy mã)',
      en: 'it contains "javascript:" (a link that runs code)',
    });
  }
  if ([decoded, css].some((t) => DATA_SCHEME.test(t))) {
    findings.push({
      vi: 'có chữ "data:" (nội dung nhúng sẵn, ví dụ một ảnh khác giấu bên trong)',
      en: 'it contains "data:" (embedded content, such as another picture hidden inside)',
    });
  }
  return findings;
}

/**
 * An SVG in a pack may not run code, embed pages or fetch anything outside itself; it is refused
 * (not cleaned) when it tries to. One problem per rule broken, each saying how to fix it.
 */
export function checkSvg(text: string, place: string): PackProblem[] {
  return findUnsafeSvgParts(text).map((finding) =>
    packError(
      'svg-unsafe',
      place,
      `Ảnh SVG "${place}" không an toàn: ${finding.vi}. Trò chơi không mở ảnh này. Hãy xuất lại ảnh ở dạng SVG thường (Plain SVG) hoặc PNG, hoặc xoá phần đó rồi lưu lại.`,
      `The SVG picture "${place}" is not safe: ${finding.en}. The game does not open it. Export the picture again as plain SVG or as PNG, or remove that part and save it again.`,
    ),
  );
}
