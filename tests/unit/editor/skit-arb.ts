import fc from 'fast-check';
import type { DraftFile } from '../../../src/editor/draft';
import {
  CONDITION_OPS,
  ENDING_KINDS,
  newEnding,
  newNode,
  type DraftBranch,
  type DraftChoice,
  type DraftCondition,
  type DraftEffect,
  type DraftNode,
  type DraftSkit,
  type DraftVariable,
  type DraftVarType,
} from '../../../src/editor/skit-model';

/**
 * Random skits as the editor keeps them, with the pictures they name: a spine of lines,
 * narrations, choices and jumps from the start, whose last node branches to every ending
 * node, and further arrows anywhere (jumps only forward, so that no loop is made of jumps
 * alone). Variables of each type, conditions of every kind (nested), effects, moods,
 * backgrounds, consequences, several places to get help. `broken` also makes drafts the
 * loader refuses (an arrow to nowhere, an undeclared variable, an ending no node shows).
 */

type G = fc.GeneratorValue;
const int = (g: G, min: number, max: number): number => g(fc.integer, { min, max });
const pick = <T>(g: G, items: readonly T[]): T => items[int(g, 0, items.length - 1)] as T;
const chance = (g: G, p: number): boolean => int(g, 1, 100) <= p * 100;

const VI = ['Lan nhận tin nhắn.', 'Mẹ hỏi con đi đâu.', 'Gọi 111 miễn phí.', 'Hỏi kỹ đã.'];
const EN = ['Lan gets a message.', 'Mum asks where.', 'Call 111, free.', 'Ask first.'];
const WORDS = ['có', 'không', 'chữ', 'hai từ'];

const SVG = new TextEncoder().encode(
  '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 10 10"><rect width="10" height="10" fill="#1a73e8"/></svg>',
);
const PNG_1X1 =
  'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==';
const svgFile: DraftFile = { mime: 'image/svg+xml', data: btoa(String.fromCharCode(...SVG)) };
const pngFile: DraftFile = { mime: 'image/png', data: PNG_1X1 };

function text(g: G): { vi: string; en: string } {
  const i = int(g, 0, VI.length - 1);
  const lang = int(g, 0, 2);
  return { vi: lang === 2 ? '' : (VI[i] ?? ''), en: lang === 0 ? '' : (EN[i] ?? '') };
}

function valueOf(g: G, type: DraftVarType): string {
  if (type === 'boolean') return pick(g, ['true', 'false']);
  if (type === 'number') return String(int(g, -3, 9));
  return pick(g, WORDS);
}

function condition(
  g: G,
  vars: readonly DraftVariable[],
  ids: string[],
  depth: number,
): DraftCondition {
  const kind = int(g, 0, depth > 0 ? 4 : 1);
  const v = vars.length > 0 ? pick(g, vars) : null;
  if (kind === 0 && v) {
    const ops = v.type === 'number' ? CONDITION_OPS : (['eq', 'ne'] as const);
    return { variable: v.name, op: pick(g, ops), value: valueOf(g, v.type) };
  }
  if (kind <= 1) return { visited: pick(g, ids), min: int(g, 1, 3) };
  if (kind === 4) return { not: condition(g, vars, ids, depth - 1) };
  const parts: DraftCondition[] = Array.from({ length: int(g, 1, 2) }, () =>
    condition(g, vars, ids, depth - 1),
  );
  return kind === 2 ? { all: parts } : { any: parts };
}

function effects(g: G, vars: readonly DraftVariable[]): DraftEffect[] {
  if (vars.length === 0) return [];
  return Array.from({ length: int(g, 0, 2) }, () => {
    const v = pick(g, vars);
    const add = v.type === 'number' && chance(g, 0.5);
    return { variable: v.name, op: add ? 'add' : 'set', value: valueOf(g, v.type) };
  });
}

function build(g: G, broken: boolean): { skit: DraftSkit; files: Record<string, DraftFile> } {
  const files: Record<string, DraftFile> = {};
  const variables: DraftVariable[] = (['daHoi', 'soLan', 'tenBan'] as const)
    .slice(0, int(g, 0, 3))
    .map((name) => {
      const type = pick(g, ['boolean', 'number', 'text'] as const);
      return { name, type, initial: valueOf(g, type) };
    });
  const moods = ['neutral', 'happy', 'worried', 'surprised'].slice(0, int(g, 1, 4));
  for (const m of moods) files[`portraits/lan-${m}.svg`] = svgFile;
  const characters = [
    {
      id: 'lan',
      nameVi: 'Lan',
      nameEn: chance(g, 0.5) ? 'Lan' : '',
      color: '#1a73e8',
      look: 'lan',
    },
    {
      id: 'me',
      nameVi: 'Mẹ',
      nameEn: 'Mum',
      color: '#a0527a',
      look: '',
      portraits: { buon: 'pictures/me-buon.png' },
    },
    { id: 'hoa', nameVi: '', nameEn: 'Hoa', color: '#2e9d5a', look: '' },
  ].slice(0, int(g, 1, 3));
  if (characters.length > 1) files['pictures/me-buon.png'] = pngFile;
  const moodsOf = (id: string): readonly string[] =>
    id === 'lan' ? moods : id === 'me' ? ['buon'] : [];
  const backgrounds: Record<string, string> = {};
  for (const b of ['home', 'cafe'].slice(0, int(g, 0, 2))) {
    backgrounds[b] = `backgrounds/${b}.svg`;
    files[`backgrounds/${b}.svg`] = svgFile;
  }
  const endingCount = int(g, 1, 3);
  const endings = Array.from({ length: endingCount }, (_, i) => {
    const t = text(g);
    const lines = int(g, 1, 3);
    const withEn = chance(g, 0.5);
    return {
      ...newEnding(`ket-${i + 1}`),
      titleVi: t.vi,
      titleEn: t.en,
      kind: pick(g, ENDING_KINDS),
      summaryVi: 'Gọi 111 khi cần.',
      summaryEn: withEn ? 'Call 111 when needed.' : '',
      debriefVi: VI.slice(0, lines).join('\n'),
      debriefEn: withEn ? EN.slice(0, lines).join('\n') : '',
      ...(chance(g, 0.5)
        ? {
            moreHelp: Array.from({ length: int(g, 1, 2) }, (_, k) => ({
              nameVi: `Nơi ${k + 2}`,
              nameEn: withEn ? `Place ${k + 2}` : '',
              phone: chance(g, 0.5) ? '113' : '',
              textVi: 'Đến trình báo.',
              textEn: '',
            })),
          }
        : {}),
    };
  });
  const spine = int(g, 1, 6);
  const endingNodes = Array.from({ length: int(g, endingCount, endingCount + 1) }, (_, i) => ({
    id: `ket-canh-${i}`,
    ending: endings[i % endingCount]?.id ?? '',
  }));
  const ids = [
    ...Array.from({ length: spine }, (_, i) => `canh-${i}`),
    ...endingNodes.map((e) => e.id),
  ];
  const anywhere = (): string => pick(g, ids);
  const forward = (i: number): string => pick(g, ids.slice(i + 1));
  const blank = (id: string, kind: DraftNode['kind']): DraftNode => ({
    ...newNode(id, kind),
    choices: [],
  });
  const speaker = (): { character: string; mood: string } => {
    const c = pick(g, characters);
    const m = moodsOf(c.id);
    return { character: c.id, mood: m.length > 0 && chance(g, 0.7) ? pick(g, m) : '' };
  };
  const scene = (): { background?: string } => {
    const bs = Object.keys(backgrounds);
    return bs.length > 0 && chance(g, 0.5) ? { background: pick(g, bs) } : {};
  };
  const option = (next: string): DraftChoice => {
    const t = text(g);
    const c = chance(g, 0.4) ? text(g) : { vi: '', en: '' };
    return {
      textVi: t.vi,
      textEn: t.en,
      next,
      condition: chance(g, 0.4) ? condition(g, variables, ids, 2) : null,
      effects: effects(g, variables),
      consequenceVi: c.vi,
      consequenceEn: c.en,
    };
  };
  const nodes: DraftNode[] = [];
  for (let i = 0; i < spine; i++) {
    const id = `canh-${i}`;
    const last = i === spine - 1;
    const next = last ? (endingNodes[0]?.id ?? '') : `canh-${i + 1}`;
    const kind = last
      ? pick(g, ['choice', 'jump'] as const)
      : pick(g, ['line', 'narration', 'choice', 'jump'] as const);
    const t = text(g);
    if (kind === 'line' || kind === 'narration') {
      nodes.push({
        ...blank(id, kind),
        ...(kind === 'line' ? speaker() : {}),
        textVi: t.vi,
        textEn: t.en,
        next,
        effects: effects(g, variables),
        ...scene(),
      });
    } else if (kind === 'choice') {
      // The last node of the spine offers every ending node; another, its next and more.
      const targets = last
        ? endingNodes.map((e) => e.id)
        : [next, ...Array.from({ length: int(g, 0, 2) }, anywhere)];
      nodes.push({
        ...blank(id, 'choice'),
        ...(chance(g, 0.5) ? speaker() : {}),
        ...(chance(g, 0.7) ? { textVi: t.vi, textEn: t.en } : {}),
        ...scene(),
        choices: targets.map(option),
      });
    } else {
      const targets = last
        ? endingNodes.slice(1).map((e) => e.id)
        : Array.from({ length: int(g, 0, 2) }, () => forward(i));
      const branches: DraftBranch[] = targets.map((to) => ({
        condition: condition(g, variables, ids, 2),
        next: to,
      }));
      nodes.push({ ...blank(id, 'jump'), next, branches });
    }
  }
  for (const e of endingNodes) nodes.push({ ...blank(e.id, 'ending'), ending: e.ending });
  let skit: DraftSkit = {
    id: chance(g, 0.5) ? 'man-kich' : 'hai-loi-moi',
    titleVi: 'Màn kịch thử',
    titleEn: chance(g, 0.5) ? 'A test skit' : '',
    start: 'canh-0',
    characters,
    variables,
    backgrounds,
    nodes,
    endings,
  };
  if (broken) {
    const n = int(g, 0, nodes.length - 1);
    switch (int(g, 0, 4)) {
      case 0:
        skit = { ...skit, nodes: nodes.map((x, i) => (i === n ? { ...x, next: 'khong-co' } : x)) };
        break;
      case 1:
        skit = {
          ...skit,
          nodes: nodes.map((x, i) =>
            i === n ? { ...x, effects: [{ variable: 'chuaKhaiBao', op: 'set', value: '1' }] } : x,
          ),
        };
        break;
      case 2:
        skit = { ...skit, endings: [...endings, { ...newEnding('ket-thua'), titleVi: 'Thừa' }] };
        break;
      case 3:
        skit = {
          ...skit,
          nodes: nodes.map((x, i) => (i === n ? { ...x, background: 'khong-co' } : x)),
        };
        break;
      default:
        break;
    }
  }
  return { skit, files };
}

/** A skit and its pictures; `broken` lets some be drafts the loader refuses. */
export const skitPartArb = (broken: boolean) => fc.gen().map((g) => build(g, broken));
