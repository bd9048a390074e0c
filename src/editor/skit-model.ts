import {
  renameVariable,
  retargetCondition,
  type DraftCondition,
  type DraftConditionOp,
  type DraftVarType,
} from './skit-cond';

export type { DraftCondition, DraftConditionOp, DraftVarType } from './skit-cond';

/**
 * The skit being written in the editor: plain data inside the draft (so it shares the draft's
 * storage and its undo and redo), and the pure operations the editor's buttons make on it. A
 * node is known by its id, which the author may rename: every reference follows the rename.
 */

export type DraftNodeKind = 'line' | 'narration' | 'choice' | 'jump' | 'ending';
export type DraftEndingKind = 'safe' | 'at-risk' | 'harmed';

/** "set the variable to value" or "add value to the (number) variable". */
export interface DraftEffect {
  readonly variable: string;
  readonly op: 'set' | 'add';
  readonly value: string;
}

/** A jump's branch: taken when its condition holds (the first that holds wins). */
export interface DraftBranch {
  readonly condition: DraftCondition;
  readonly next: string;
}

export interface DraftChoice {
  readonly textVi: string;
  readonly textEn: string;
  readonly next: string;
  readonly condition: DraftCondition | null;
  readonly effects: readonly DraftEffect[];
  /** Said after the option is chosen: what it led to. */
  readonly consequenceVi?: string;
  readonly consequenceEn?: string;
}

export interface DraftNode {
  readonly id: string;
  readonly kind: DraftNodeKind;
  /** The speaker of a line (a character's id), or who asks a choice's question (or ""). */
  readonly character: string;
  /** The speaker's (or asker's) mood (one of its portraits), or "". */
  readonly mood: string;
  /** A line's or narration's words; a choice's question. */
  readonly textVi: string;
  readonly textEn: string;
  /** Where a line or narration goes next; where a jump goes when no branch holds. */
  readonly next: string;
  /** A jump's branches, tried in order. */
  readonly branches?: readonly DraftBranch[];
  /** The scene a line, narration or choice changes to (a background's id), or "". */
  readonly background?: string;
  readonly choices: readonly DraftChoice[];
  /** An ending node's ending (an ending's id). */
  readonly ending: string;
  /** What a line or narration changes as it is shown. */
  readonly effects: readonly DraftEffect[];
}

export interface DraftCharacter {
  readonly id: string;
  readonly nameVi: string;
  readonly nameEn: string;
  readonly color: string;
  /** A built-in character's drawings the character wears (its moods), or "" for none. */
  readonly look: string;
  /** Without a look: the pack's own drawings, mood → picture path (from a copied pack). */
  readonly portraits?: Readonly<Record<string, string>>;
}

export interface DraftVariable {
  readonly name: string;
  readonly type: DraftVarType;
  readonly initial: string;
}

/** A place to get help, named at an ending. */
export interface DraftHelp {
  readonly nameVi: string;
  readonly nameEn: string;
  readonly phone: string;
  readonly textVi: string;
  readonly textEn: string;
}

export interface DraftEnding {
  readonly id: string;
  readonly titleVi: string;
  readonly titleEn: string;
  readonly kind: DraftEndingKind;
  readonly summaryVi: string;
  readonly summaryEn: string;
  /** Reflection questions, one a line. */
  readonly debriefVi: string;
  readonly debriefEn: string;
  readonly helpNameVi: string;
  readonly helpNameEn: string;
  readonly helpPhone: string;
  readonly helpTextVi: string;
  readonly helpTextEn: string;
  /** Places to get help after the first. */
  readonly moreHelp?: readonly DraftHelp[];
}

export interface DraftSkit {
  /** The skit's id in the pack ("man-kich" when not given). */
  readonly id?: string;
  readonly titleVi: string;
  readonly titleEn: string;
  readonly start: string;
  readonly characters: readonly DraftCharacter[];
  readonly variables: readonly DraftVariable[];
  /** Scenes: a background's id → its picture's path in the draft's files. */
  readonly backgrounds?: Readonly<Record<string, string>>;
  readonly nodes: readonly DraftNode[];
  readonly endings: readonly DraftEnding[];
}

export const NODE_KINDS: readonly DraftNodeKind[] = [
  'line',
  'narration',
  'choice',
  'jump',
  'ending',
];
export const CONDITION_OPS: readonly DraftConditionOp[] = ['eq', 'ne', 'lt', 'lte', 'gt', 'gte'];
export const ENDING_KINDS: readonly DraftEndingKind[] = ['safe', 'at-risk', 'harmed'];
const COLOURS = ['#1a73e8', '#2e9d5a', '#a0527a', '#e8710a', '#5b6f8a', '#6b7f3a'];

export const EMPTY_CHOICE: DraftChoice = {
  textVi: '',
  textEn: '',
  next: '',
  condition: null,
  effects: [],
};

/** Every ending names a place to get help: 111 unless the author writes another. */
export function newEnding(id: string): DraftEnding {
  return {
    id,
    titleVi: '',
    titleEn: '',
    kind: 'safe',
    summaryVi: '',
    summaryEn: '',
    debriefVi: '',
    debriefEn: '',
    helpNameVi: 'Tổng đài 111',
    helpNameEn: 'Hotline 111',
    helpPhone: '111',
    helpTextVi: 'Miễn phí, 24/7: bảo vệ trẻ em và phòng, chống mua bán người.',
    helpTextEn: 'Free, 24/7: child protection and anti-trafficking.',
  };
}

export function newNode(id: string, kind: DraftNodeKind): DraftNode {
  return {
    id,
    kind,
    character: '',
    mood: '',
    textVi: '',
    textEn: '',
    next: '',
    choices: kind === 'choice' ? [EMPTY_CHOICE, EMPTY_CHOICE] : [],
    ending: '',
    effects: [],
  };
}

/** A new skit: one narration to start from, one character, one ending. */
export function newSkit(): DraftSkit {
  return {
    titleVi: 'Màn kịch mới',
    titleEn: '',
    start: 'canh-1',
    characters: [
      {
        id: 'nhan-vat-1',
        nameVi: 'Nhân vật 1',
        nameEn: '',
        color: COLOURS[0] ?? '#1a73e8',
        look: '',
      },
    ],
    variables: [],
    nodes: [newNode('canh-1', 'narration')],
    endings: [newEnding('ket-1')],
  };
}

/** The first `prefix-n` not taken. */
export function freeId(taken: Iterable<string>, prefix: string): string {
  const used = new Set(taken);
  let n = 1;
  while (used.has(`${prefix}-${n}`)) n++;
  return `${prefix}-${n}`;
}

/** The node ids a node leads to (empty targets left out). */
export function nodeExits(node: DraftNode): string[] {
  const exits =
    node.kind === 'choice'
      ? node.choices.map((c) => c.next)
      : node.kind === 'ending'
        ? []
        : node.kind === 'jump'
          ? [...(node.branches ?? []).map((b) => b.next), node.next]
          : [node.next];
  return exits.filter((id) => id !== '');
}

/**
 * Adds a node of `kind` after the node `after` (or at the end): when `after` is a line or
 * narration with no next yet, it now leads to the new node; a new ending node shows an ending
 * no other node shows yet. Returns the new node's id.
 */
export function addNode(
  skit: DraftSkit,
  kind: DraftNodeKind,
  after: string | null = null,
): { skit: DraftSkit; id: string } {
  const id = freeId(
    skit.nodes.map((n) => n.id),
    'canh',
  );
  const used = new Set(skit.nodes.map((n) => n.ending));
  // A new ending node shows the first ending no node shows yet.
  const ending = skit.endings.find((e) => !used.has(e.id)) ?? skit.endings[0];
  const node = { ...newNode(id, kind), ending: kind === 'ending' ? (ending?.id ?? '') : '' };
  const at = after === null ? -1 : skit.nodes.findIndex((n) => n.id === after);
  const nodes = skit.nodes.map((n) =>
    n.id === after && n.kind !== 'choice' && n.kind !== 'ending' && n.next === ''
      ? { ...n, next: id }
      : n,
  );
  nodes.splice(at === -1 ? nodes.length : at + 1, 0, node);
  return { skit: { ...skit, nodes, start: skit.start === '' ? id : skit.start }, id };
}

function retarget(skit: DraftSkit, from: string, to: string): DraftSkit {
  const swap = (id: string): string => (id === from ? to : id);
  return {
    ...skit,
    start: swap(skit.start),
    nodes: skit.nodes.map((n) => ({
      ...n,
      next: swap(n.next),
      choices: n.choices.map((c) => ({
        ...c,
        next: swap(c.next),
        condition: c.condition && retargetCondition(c.condition, swap),
      })),
      ...(n.branches
        ? {
            branches: n.branches.map((b) => ({
              next: swap(b.next),
              condition: retargetCondition(b.condition, swap),
            })),
          }
        : {}),
    })),
  };
}

/** Removes a node; whatever led to it now leads nowhere (a problem the checker shows). */
export function removeNode(skit: DraftSkit, id: string): DraftSkit {
  const left = retarget(skit, id, '');
  const nodes = left.nodes.filter((n) => n.id !== id);
  return { ...left, nodes, start: left.start === '' ? (nodes[0]?.id ?? '') : left.start };
}

/** Renames a node and every reference to it; refused (unchanged) when the id is taken. */
export function renameNode(skit: DraftSkit, from: string, to: string): DraftSkit {
  if (from === to || skit.nodes.some((n) => n.id === to)) return skit;
  const moved = retarget(skit, from, to);
  return { ...moved, nodes: moved.nodes.map((n) => (n.id === from ? { ...n, id: to } : n)) };
}

export function updateNode(skit: DraftSkit, id: string, patch: Partial<DraftNode>): DraftSkit {
  return {
    ...skit,
    nodes: skit.nodes.map((n) => {
      if (n.id !== id) return n;
      const next = { ...n, ...patch };
      // A node turned into a choice gets two options to fill in.
      if (next.kind === 'choice' && next.choices.length === 0)
        return { ...next, choices: [EMPTY_CHOICE, EMPTY_CHOICE] };
      return next;
    }),
  };
}

/** Adds an option to a choice (a choice has at most six). */
export function addChoice(skit: DraftSkit, id: string): DraftSkit {
  return {
    ...skit,
    nodes: skit.nodes.map((n) =>
      n.id === id && n.choices.length < 6 ? { ...n, choices: [...n.choices, EMPTY_CHOICE] } : n,
    ),
  };
}

export function updateChoice(
  skit: DraftSkit,
  id: string,
  index: number,
  patch: Partial<DraftChoice>,
): DraftSkit {
  return {
    ...skit,
    nodes: skit.nodes.map((n) =>
      n.id === id
        ? { ...n, choices: n.choices.map((c, i) => (i === index ? { ...c, ...patch } : c)) }
        : n,
    ),
  };
}

export function removeChoice(skit: DraftSkit, id: string, index: number): DraftSkit {
  return {
    ...skit,
    nodes: skit.nodes.map((n) =>
      n.id === id ? { ...n, choices: n.choices.filter((_, i) => i !== index) } : n,
    ),
  };
}

export function addCharacter(skit: DraftSkit): DraftSkit {
  const id = freeId(
    skit.characters.map((c) => c.id),
    'nhan-vat',
  );
  const n = skit.characters.length;
  const color = COLOURS[n % COLOURS.length] ?? '#1a73e8';
  return {
    ...skit,
    characters: [
      ...skit.characters,
      { id, nameVi: `Nhân vật ${n + 1}`, nameEn: '', color, look: '' },
    ],
  };
}

export function updateCharacter(
  skit: DraftSkit,
  index: number,
  patch: Partial<DraftCharacter>,
): DraftSkit {
  const before = skit.characters[index];
  if (!before) return skit;
  const after = { ...before, ...patch };
  const speaker = (c: string): string => (c === before.id ? after.id : c);
  return {
    ...skit,
    characters: skit.characters.map((c, i) => (i === index ? after : c)),
    // The lines follow a renamed character; a new look may lack the old mood.
    nodes: skit.nodes.map((n) => ({
      ...n,
      character: speaker(n.character),
      mood:
        n.character === before.id &&
        (after.look !== before.look || after.portraits !== before.portraits)
          ? ''
          : n.mood,
    })),
  };
}

export function removeCharacter(skit: DraftSkit, index: number): DraftSkit {
  return { ...skit, characters: skit.characters.filter((_, i) => i !== index) };
}

export function addVariable(skit: DraftSkit, type: DraftVarType = 'boolean'): DraftSkit {
  const name = freeId(
    skit.variables.map((v) => v.name),
    'bien',
  ).replace('-', '');
  const initial = type === 'boolean' ? 'false' : type === 'number' ? '0' : '';
  return { ...skit, variables: [...skit.variables, { name, type, initial }] };
}

function mapEffects(effects: readonly DraftEffect[], from: string, to: string): DraftEffect[] {
  return effects.map((e) => (e.variable === from ? { ...e, variable: to } : e));
}

/** Changes a variable; a renamed variable's conditions and effects follow it. */
export function updateVariable(
  skit: DraftSkit,
  index: number,
  patch: Partial<DraftVariable>,
): DraftSkit {
  const before = skit.variables[index];
  if (!before) return skit;
  const after = { ...before, ...patch };
  const from = before.name;
  const to = after.name;
  return {
    ...skit,
    variables: skit.variables.map((v, i) => (i === index ? after : v)),
    nodes: skit.nodes.map((n) => ({
      ...n,
      effects: mapEffects(n.effects, from, to),
      choices: n.choices.map((c) => ({
        ...c,
        effects: mapEffects(c.effects, from, to),
        condition: c.condition && renameVariable(c.condition, from, to),
      })),
      ...(n.branches
        ? {
            branches: n.branches.map((b) => ({
              ...b,
              condition: renameVariable(b.condition, from, to),
            })),
          }
        : {}),
    })),
  };
}

export function removeVariable(skit: DraftSkit, index: number): DraftSkit {
  return { ...skit, variables: skit.variables.filter((_, i) => i !== index) };
}

export function addEnding(skit: DraftSkit): { skit: DraftSkit; id: string } {
  const id = freeId(
    skit.endings.map((e) => e.id),
    'ket',
  );
  return { skit: { ...skit, endings: [...skit.endings, newEnding(id)] }, id };
}

/** Changes an ending; the ending nodes follow a renamed ending. */
export function updateEnding(
  skit: DraftSkit,
  index: number,
  patch: Partial<DraftEnding>,
): DraftSkit {
  const before = skit.endings[index];
  if (!before) return skit;
  const after = { ...before, ...patch };
  return {
    ...skit,
    endings: skit.endings.map((e, i) => (i === index ? after : e)),
    nodes: skit.nodes.map((n) => (n.ending === before.id ? { ...n, ending: after.id } : n)),
  };
}

export function removeEnding(skit: DraftSkit, index: number): DraftSkit {
  return { ...skit, endings: skit.endings.filter((_, i) => i !== index) };
}
