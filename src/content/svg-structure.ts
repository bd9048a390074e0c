import { PACK_LIMITS } from './limits';
import { packError, type PackProblem } from './problems';

/**
 * The shape of an SVG, read with a light scanner (no DOM, so `pack:check` runs it too): it must
 * be well formed XML with an `<svg>` root in the SVG namespace (else the browser shows nothing),
 * and what it draws must stay small once every `<use>` (and `url(#…)`) is expanded: ten `<use>`
 * of the element before, six levels deep, is a million elements that freeze the page. Problem
 * codes: `svg-malformed`, `svg-too-complex`. Each part of the text is read once, so a hostile
 * file costs time in proportion to its length.
 */

const SVG_NAMESPACE = 'http://www.w3.org/2000/svg';
/** The attributes the scan needs: ids, links, and the namespace declarations of the root. */
const ATTRIBUTE = /(?:^|\s)(id|[^\s=/]*:?href|xmlns(?::[^\s=/]+)?)\s*=\s*(?:"([^"]*)"|'([^']*)')/g;
const LOCAL_URL = /url\(\s*["']?#([^)"'\s]+)/g;

interface SvgNode {
  readonly children: number[];
  readonly refs: string[];
  /** 1 for a `<use>`: it adds a level of expansion. */
  readonly isUse: boolean;
}

interface Finding {
  readonly code: 'svg-malformed' | 'svg-too-complex';
  readonly vi: string;
  readonly en: string;
}

const malformed = (vi: string, en: string): Finding => ({ code: 'svg-malformed', vi, en });
const tooComplex = (vi: string, en: string): Finding => ({ code: 'svg-too-complex', vi, en });

function shortName(name: string): string {
  // eslint-disable-next-line no-control-regex
  const plain = name.replace(/[\u0000-\u001f\u007f-\u009f]/g, '?');
  return plain.length > 30 ? `${plain.slice(0, 29)}…` : plain;
}

const TAG_STOP = /["'<>]/g;

/** The end of a tag that starts at `from` (the index of its `>`), quotes respected; -1 if none. */
function tagEnd(text: string, from: number): number {
  TAG_STOP.lastIndex = from;
  for (let m = TAG_STOP.exec(text); m !== null; m = TAG_STOP.exec(text)) {
    const c = m[0];
    if (c === '>') return m.index;
    if (c === '<') return -1;
    const close = text.indexOf(c, m.index + 1);
    if (close < 0) return -1;
    TAG_STOP.lastIndex = close + 1;
  }
  return -1;
}

function localName(name: string): string {
  return name.slice(name.indexOf(':') + 1);
}

interface Parsed {
  readonly nodes: SvgNode[];
  readonly ids: Map<string, number>;
}

function parse(text: string): Parsed | Finding {
  const nodes: SvgNode[] = [];
  const ids = new Map<string, number>();
  const open: { name: string; node: number }[] = [];
  let rootDone = false;
  let at = text.indexOf('<');
  while (at >= 0) {
    if (
      text.startsWith('<!--', at) ||
      text.startsWith('<![CDATA[', at) ||
      text.startsWith('<?', at)
    ) {
      const close = text.startsWith('<!--', at) ? '-->' : text.startsWith('<?', at) ? '?>' : ']]>';
      const end = text.indexOf(close, at);
      if (end < 0)
        return malformed(
          'có phần chú thích hoặc khai báo không bao giờ đóng',
          'a comment or declaration never ends',
        );
      at = text.indexOf('<', end + close.length);
      continue;
    }
    if (text.startsWith('<!', at)) {
      // A DOCTYPE, with or without an internal subset (which checkSvg refuses).
      const close = text.indexOf('>', at);
      const subset = close < 0 ? -1 : text.slice(at, close).indexOf('[');
      const end = subset < 0 ? close : text.indexOf(']', at + subset);
      const after = end < 0 ? -1 : text.indexOf('>', end);
      if (after < 0)
        return malformed('có khai báo <!DOCTYPE> không đóng', 'a <!DOCTYPE> never ends');
      at = text.indexOf('<', after + 1);
      continue;
    }
    const end = tagEnd(text, at + 1);
    if (end < 0)
      return malformed(
        `có dấu "<" không mở thẻ nào (ký tự thứ ${at + 1})`,
        `a "<" opens no tag (character ${at + 1})`,
      );
    const inside = text.slice(at + 1, end);
    at = text.indexOf('<', end + 1);
    if (inside.startsWith('/')) {
      const name = inside.slice(1).trim();
      const top = open.pop();
      if (!top)
        return malformed(
          `có thẻ đóng </${shortName(name)}> thừa`,
          `it has a closing </${shortName(name)}> too many`,
        );
      if (top.name !== name) {
        return malformed(
          `thẻ <${shortName(top.name)}> được đóng bằng </${shortName(name)}>`,
          `<${shortName(top.name)}> is closed by </${shortName(name)}>`,
        );
      }
      if (open.length === 0) rootDone = true;
      continue;
    }
    const nameMatch = /^[^\s/>]+/.exec(inside);
    if (!nameMatch) return malformed('có thẻ không có tên', 'a tag has no name');
    const name = nameMatch[0];
    if (rootDone)
      return malformed('có nội dung sau thẻ </svg> cuối', 'there is content after the last </svg>');
    const node: SvgNode = { children: [], refs: [], isUse: localName(name) === 'use' };
    const index = nodes.push(node) - 1;
    if (nodes.length > PACK_LIMITS.maxSvgElements) {
      return tooComplex(
        `có hơn ${PACK_LIMITS.maxSvgElements} phần tử`,
        `it has more than ${PACK_LIMITS.maxSvgElements} elements`,
      );
    }
    const attributes = new Map<string, string>();
    for (const m of inside.slice(name.length).matchAll(ATTRIBUTE)) {
      attributes.set(m[1] ?? '', m[2] ?? m[3] ?? '');
    }
    if (open.length === 0) {
      const prefix = name.includes(':') ? `xmlns:${name.slice(0, name.indexOf(':'))}` : 'xmlns';
      if (localName(name) !== 'svg' || attributes.get(prefix) !== SVG_NAMESPACE) {
        return malformed(
          `thẻ ngoài cùng phải là <svg xmlns="${SVG_NAMESPACE}">`,
          `the outermost element must be <svg xmlns="${SVG_NAMESPACE}">`,
        );
      }
    } else {
      const parent = open[open.length - 1];
      if (parent) nodes[parent.node]?.children.push(index);
    }
    for (const [key, value] of attributes) {
      if (key === 'id') ids.set(value, index);
      else if (key.endsWith('href') && value.trim().startsWith('#'))
        node.refs.push(value.trim().slice(1));
    }
    if (inside.includes('url(')) {
      for (const m of inside.matchAll(LOCAL_URL)) node.refs.push(m[1] ?? '');
    }
    if (!inside.endsWith('/')) {
      open.push({ name, node: index });
      if (open.length > PACK_LIMITS.maxSvgDepth) {
        return tooComplex(
          `lồng nhau sâu hơn ${PACK_LIMITS.maxSvgDepth} tầng`,
          `it nests more than ${PACK_LIMITS.maxSvgDepth} levels deep`,
        );
      }
    } else if (open.length === 0) rootDone = true;
  }
  if (nodes.length === 0) return malformed('không có thẻ <svg>', 'it has no <svg> element');
  const unclosed = open.pop();
  if (unclosed) {
    return malformed(
      `thẻ <${shortName(unclosed.name)}> không bao giờ được đóng`,
      `<${shortName(unclosed.name)}> is never closed`,
    );
  }
  return { nodes, ids };
}

/**
 * What each element draws once expanded (itself, its children, what it refers to) and how many
 * `<use>` deep, worked out once per element without recursion. A reference back to an element
 * being expanded is a loop.
 */
function expand({ nodes, ids }: Parsed): Finding | null {
  const size = new Array<number>(nodes.length).fill(0);
  const useDepth = new Array<number>(nodes.length).fill(0);
  const state = new Uint8Array(nodes.length); // 0 new, 1 expanding, 2 done
  const deps = (n: number): number[] => {
    const node = nodes[n];
    if (!node) return [];
    const targets = node.refs.map((r) => ids.get(r)).filter((t): t is number => t !== undefined);
    return [...node.children, ...targets];
  };
  const cap = PACK_LIMITS.maxSvgExpandedElements + 1;
  for (let start = 0; start < nodes.length; start++) {
    if (state[start] !== 0) continue;
    const stack = [start];
    while (stack.length > 0) {
      const n = stack[stack.length - 1] ?? 0;
      if (state[n] === 0) {
        state[n] = 1;
        for (const d of deps(n)) {
          if (state[d] === 1) {
            return tooComplex('có thẻ <use> trỏ vòng về chính nó', 'a <use> refers back to itself');
          }
          if (state[d] === 0) stack.push(d);
        }
        continue;
      }
      stack.pop();
      if (state[n] === 2) continue;
      const node = nodes[n];
      let total = 1;
      let depth = 0;
      for (const c of node?.children ?? []) {
        total += size[c] ?? 0;
        depth = Math.max(depth, useDepth[c] ?? 0);
      }
      for (const r of node?.refs ?? []) {
        const t = ids.get(r);
        if (t === undefined) continue;
        total += size[t] ?? 0;
        depth = Math.max(depth, (useDepth[t] ?? 0) + 1);
      }
      size[n] = Math.min(total, cap);
      useDepth[n] = depth;
      state[n] = 2;
      if (depth > PACK_LIMITS.maxSvgUseDepth) {
        return tooComplex(
          `có thẻ <use> lồng nhau sâu hơn ${PACK_LIMITS.maxSvgUseDepth} tầng`,
          `its <use> elements nest more than ${PACK_LIMITS.maxSvgUseDepth} levels deep`,
        );
      }
      if (total >= cap) {
        return tooComplex(
          `khi vẽ, các thẻ <use> nhân lên thành hơn ${PACK_LIMITS.maxSvgExpandedElements} phần tử`,
          `once drawn, its <use> elements multiply into more than ${PACK_LIMITS.maxSvgExpandedElements} elements`,
        );
      }
    }
  }
  return null;
}

/** The SVG text's structure problems (none, or one naming what is wrong and where). */
export function checkSvgStructure(text: string, place: string): PackProblem[] {
  const parsed = parse(text);
  const finding = 'code' in parsed ? parsed : expand(parsed);
  if (finding === null) return [];
  if (finding.code === 'svg-malformed') {
    return [
      packError(
        finding.code,
        place,
        `Ảnh SVG "${place}" bị hỏng, trò chơi không hiển thị được: ${finding.vi}. Hãy mở ảnh bằng chương trình vẽ rồi xuất lại ở dạng SVG thường (Plain SVG) hoặc PNG.`,
        `The SVG picture "${place}" is broken and cannot be shown: ${finding.en}. Open it in a drawing program and export it again as plain SVG or as PNG.`,
      ),
    ];
  }
  return [
    packError(
      finding.code,
      place,
      `Ảnh SVG "${place}" quá phức tạp, vẽ nó có thể làm treo máy: ${finding.vi}. Hãy đơn giản hoá ảnh hoặc xuất lại ở dạng PNG.`,
      `The SVG picture "${place}" is too complex: drawing it could freeze the device: ${finding.en}. Simplify the picture or export it as PNG.`,
    ),
  ];
}
