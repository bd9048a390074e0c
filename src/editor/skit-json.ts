import type { PackText } from '../core/types';
import { conditionJson, typedValue } from './skit-cond';
import type {
  DraftCharacter,
  DraftEffect,
  DraftEnding,
  DraftHelp,
  DraftNode,
  DraftSkit,
  DraftVarType,
} from './skit-model';

/**
 * The draft's skit as the pack format writes it, so that the loader checks it like any pack:
 * node n of the draft is `skit.nodes[n]`, ending n is `skit.endings[n]`, and a problem's place
 * says which field of which one to show it under.
 */

/** Two fields as a pack text: Vietnamese alone, both, or English alone; undefined if empty. */
export function packText(vi: string, en: string): PackText | undefined {
  const v = vi.trim();
  const e = en.trim();
  if (v === '' && e === '') return undefined;
  if (e === '') return v;
  return v === '' ? { en: e } : { vi: v, en: e };
}

/** The built-in characters' drawings: `portraits/<look>-<mood>.svg` → look → its moods. */
export function looksOf(paths: Iterable<string>): Map<string, string[]> {
  const looks = new Map<string, string[]>();
  for (const path of paths) {
    const m = /^portraits\/([a-z0-9-]+)-(neutral|happy|worried|surprised)\.svg$/.exec(path);
    if (!m?.[1] || !m[2]) continue;
    looks.set(m[1], [...(looks.get(m[1]) ?? []), m[2]]);
  }
  return looks;
}

/** Where a look's mood is kept in a pack. */
export const portraitPath = (look: string, mood: string): string => `portraits/${look}-${mood}.svg`;

/** A text's Vietnamese (a text in one language counts as Vietnamese), or "". */
export function viOf(text: PackText | undefined): string {
  if (text === undefined) return '';
  return typeof text === 'string' ? text : (text.vi ?? '');
}

/** A text's English, or "". */
export function enOf(text: PackText | undefined): string {
  return text === undefined || typeof text === 'string' ? '' : (text.en ?? '');
}

/** A character's drawings, mood → path: its look's, or (without a look) its own. */
export function portraitsOf(
  c: DraftCharacter,
  looks: ReadonlyMap<string, readonly string[]>,
): Record<string, string> {
  if (c.look === '') return { ...(c.portraits ?? {}) };
  return Object.fromEntries((looks.get(c.look) ?? []).map((m) => [m, portraitPath(c.look, m)]));
}

/** The moods a character has drawings for; `looks` as the draft's files make them. */
export function moodsOf(
  skit: DraftSkit,
  characterId: string,
  looks: ReadonlyMap<string, readonly string[]>,
): string[] {
  const who = skit.characters.find((c) => c.id === characterId);
  return who ? Object.keys(portraitsOf(who, looks)) : [];
}

function effectsJson(skit: DraftSkit, effects: readonly DraftEffect[]) {
  if (effects.length === 0) return {};
  return {
    effects: effects.map((e) =>
      e.op === 'add'
        ? { add: e.variable, value: typedValue('number', e.value) }
        : { set: e.variable, value: typedValue(varType(skit, e.variable), e.value) },
    ),
  };
}

const varType = (skit: DraftSkit, name: string): DraftVarType =>
  skit.variables.find((v) => v.name === name)?.type ?? 'text';

function nodeJson(skit: DraftSkit, n: DraftNode, looks: ReadonlyMap<string, readonly string[]>) {
  const text = packText(n.textVi, n.textEn);
  const typeOf = (name: string) => varType(skit, name);
  const mood =
    n.mood !== '' && moodsOf(skit, n.character, looks).includes(n.mood)
      ? { expression: n.mood }
      : {};
  const background = n.background ? { background: n.background } : {};
  switch (n.kind) {
    case 'line':
      return {
        type: 'line',
        id: n.id,
        character: n.character,
        ...mood,
        text: text ?? '',
        next: n.next,
        ...background,
        ...effectsJson(skit, n.effects),
      };
    case 'narration':
      return {
        type: 'narration',
        id: n.id,
        text: text ?? '',
        next: n.next,
        ...background,
        ...effectsJson(skit, n.effects),
      };
    case 'choice':
      return {
        type: 'choice',
        id: n.id,
        ...(text === undefined ? {} : { prompt: text }),
        ...(n.character === '' ? {} : { character: n.character, ...mood }),
        ...background,
        options: n.choices.map((c) => {
          const consequence = packText(c.consequenceVi ?? '', c.consequenceEn ?? '');
          return {
            text: packText(c.textVi, c.textEn) ?? '',
            next: c.next,
            ...(c.condition ? { condition: conditionJson(c.condition, typeOf) } : {}),
            ...effectsJson(skit, c.effects),
            ...(consequence === undefined ? {} : { consequence }),
          };
        }),
      };
    case 'jump':
      return {
        type: 'jump',
        id: n.id,
        branches: (n.branches ?? []).map((b) => ({
          condition: conditionJson(b.condition, typeOf),
          next: b.next,
        })),
        else: n.next,
      };
    case 'ending':
      return { type: 'ending', id: n.id, ending: n.ending };
  }
}

function helpJson(h: DraftHelp) {
  const phone = h.phone.trim();
  return {
    name: packText(h.nameVi, h.nameEn) ?? '',
    ...(phone === '' ? {} : { phone }),
    description: packText(h.textVi, h.textEn) ?? '',
  };
}

/** An ending's first place to get help, as a help of its own. */
export const firstHelp = (e: DraftEnding): DraftHelp => ({
  nameVi: e.helpNameVi,
  nameEn: e.helpNameEn,
  phone: e.helpPhone,
  textVi: e.helpTextVi,
  textEn: e.helpTextEn,
});

/** The skit as pack JSON; `looks` are the drawings (in the draft's files) a character may wear. */
export function skitToJson(
  skit: DraftSkit,
  looks: ReadonlyMap<string, readonly string[]>,
): Record<string, unknown> {
  return {
    id: skit.id ?? 'man-kich',
    title: packText(skit.titleVi, skit.titleEn) ?? '',
    start: skit.start,
    characters: skit.characters.map((c) => ({
      id: c.id,
      name: packText(c.nameVi, c.nameEn) ?? '',
      color: c.color,
      portraits: portraitsOf(c, looks),
    })),
    backgrounds: { ...(skit.backgrounds ?? {}) },
    variables: Object.fromEntries(
      skit.variables.map((v) => [v.name, typedValue(v.type, v.initial)]),
    ),
    nodes: skit.nodes.map((n) => nodeJson(skit, n, looks)),
    endings: skit.endings.map((e) => {
      // Line n of the Vietnamese goes with line n of the English (a line may be in one of them
      // alone); a line blank in both is left out.
      const debrief = (vi: string, en: string): (PackText | undefined)[] => {
        const vis = vi.split('\n');
        const ens = en.split('\n');
        return Array.from({ length: Math.max(vis.length, ens.length) }, (_, i) =>
          packText(vis[i] ?? '', ens[i] ?? ''),
        );
      };
      return {
        id: e.id,
        title: packText(e.titleVi, e.titleEn) ?? '',
        kind: e.kind,
        summary: packText(e.summaryVi, e.summaryEn) ?? '',
        debrief: debrief(e.debriefVi, e.debriefEn).filter((t) => t !== undefined),
        help: [firstHelp(e), ...(e.moreHelp ?? [])].map(helpJson),
      };
    }),
  };
}

/** The picture files the skit uses: its characters' drawings and its backgrounds. */
export function skitFilePaths(
  skit: DraftSkit,
  looks: ReadonlyMap<string, readonly string[]>,
): string[] {
  return [
    ...skit.characters.flatMap((c) => Object.values(portraitsOf(c, looks))),
    ...Object.values(skit.backgrounds ?? {}),
  ];
}

export type SkitTarget =
  | { readonly part: 'node'; readonly index: number; readonly field: string }
  | { readonly part: 'ending'; readonly index: number; readonly field: string }
  | { readonly part: 'character'; readonly index: number; readonly field: string }
  | { readonly part: 'variable'; readonly name: string }
  | { readonly part: 'skit'; readonly field: string };

const PART = /^skit\.(nodes|endings|characters)\[(\d+)\](?:\.(.+))?$/;

/** Which part of the skit (and which field of it) a problem's place points at, if any. */
export function skitTarget(place: string): SkitTarget | null {
  const m = PART.exec(place);
  if (m) {
    const part = m[1] === 'nodes' ? 'node' : m[1] === 'endings' ? 'ending' : 'character';
    return { part, index: Number(m[2]), field: m[3] ?? '' };
  }
  const v = /^skit\.variables(?:\.|\[")([^"\]]+)/.exec(place);
  if (v?.[1]) return { part: 'variable', name: v[1] };
  if (place === 'skit' || place.startsWith('skit.')) return { part: 'skit', field: place.slice(5) };
  return null;
}

/**
 * The id of the form field (without "editor-") where a problem of a node's field is shown:
 * "options[1].next" → "choice-1-next", "text.en" → "node-textEn".
 */
export function nodeFieldId(field: string): string {
  const opt = /^options\[(\d+)\](?:\.(\w+))?/.exec(field);
  if (opt) {
    const what = opt[2] ?? 'textVi';
    const lang = field.endsWith('.en') ? 'En' : 'Vi';
    const f =
      what === 'text' || what === 'consequence'
        ? `${what}${lang}`
        : what === 'condition'
          ? 'cond-var'
          : what;
    return `choice-${opt[1]}-${f}`;
  }
  const branch = /^branches\[(\d+)\](?:\.(\w+))?/.exec(field);
  if (branch) return `branch-${branch[1]}-${branch[2] === 'next' ? 'next' : 'cond-var'}`;
  if (field === 'else' || field === 'branches') return 'node-next';
  if (field.startsWith('text') || field.startsWith('prompt'))
    return field.endsWith('.en') ? 'node-textEn' : 'node-textVi';
  if (field.startsWith('effects')) return 'node-effects';
  if (field === 'expression') return 'node-mood';
  if (field === 'options') return 'node-kind';
  return `node-${field.replace(/[.[].*$/, '') || 'id'}`;
}
