import type { PackText } from '../core/types';
import type { DraftEffect, DraftNode, DraftSkit, DraftVarType } from './skit-model';

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

/** A variable's value as written ("true", "3", "chữ") in its type. */
export function typedValue(type: DraftVarType, text: string): number | boolean | string {
  if (type === 'boolean') return text.trim() === 'true';
  if (type === 'number') return text.trim() === '' ? Number.NaN : Number(text.replace(',', '.'));
  return text;
}

function effectsJson(skit: DraftSkit, effects: readonly DraftEffect[]) {
  if (effects.length === 0) return {};
  const typeOf = (name: string): DraftVarType =>
    skit.variables.find((v) => v.name === name)?.type ?? 'text';
  return {
    effects: effects.map((e) =>
      e.op === 'add'
        ? { add: e.variable, value: typedValue('number', e.value) }
        : { set: e.variable, value: typedValue(typeOf(e.variable), e.value) },
    ),
  };
}

function nodeJson(skit: DraftSkit, n: DraftNode, looks: ReadonlyMap<string, string[]>) {
  const text = packText(n.textVi, n.textEn);
  switch (n.kind) {
    case 'line': {
      const who = skit.characters.find((c) => c.id === n.character);
      const hasMood = n.mood !== '' && (looks.get(who?.look ?? '') ?? []).includes(n.mood);
      return {
        type: 'line',
        id: n.id,
        character: n.character,
        ...(hasMood ? { expression: n.mood } : {}),
        text: text ?? '',
        next: n.next,
        ...effectsJson(skit, n.effects),
      };
    }
    case 'narration':
      return {
        type: 'narration',
        id: n.id,
        text: text ?? '',
        next: n.next,
        ...effectsJson(skit, n.effects),
      };
    case 'choice':
      return {
        type: 'choice',
        id: n.id,
        ...(text === undefined ? {} : { prompt: text }),
        ...(n.character === '' ? {} : { character: n.character }),
        options: n.choices.map((c) => {
          const type = skit.variables.find((v) => v.name === c.condition?.variable)?.type;
          return {
            text: packText(c.textVi, c.textEn) ?? '',
            next: c.next,
            ...(c.condition
              ? {
                  condition: {
                    var: c.condition.variable,
                    op: c.condition.op,
                    value: typedValue(type ?? 'text', c.condition.value),
                  },
                }
              : {}),
            ...effectsJson(skit, c.effects),
          };
        }),
      };
    case 'ending':
      return { type: 'ending', id: n.id, ending: n.ending };
  }
}

/** The skit as pack JSON; `looks` are the built-in drawings a character may wear. */
export function skitToJson(
  skit: DraftSkit,
  looks: ReadonlyMap<string, string[]>,
): Record<string, unknown> {
  return {
    id: 'man-kich',
    title: packText(skit.titleVi, skit.titleEn) ?? '',
    start: skit.start,
    characters: skit.characters.map((c) => ({
      id: c.id,
      name: packText(c.nameVi, c.nameEn) ?? '',
      color: c.color,
      portraits: Object.fromEntries(
        (looks.get(c.look) ?? []).map((mood) => [mood, portraitPath(c.look, mood)]),
      ),
    })),
    variables: Object.fromEntries(
      skit.variables.map((v) => [v.name, typedValue(v.type, v.initial)]),
    ),
    nodes: skit.nodes.map((n) => nodeJson(skit, n, looks)),
    endings: skit.endings.map((e) => {
      const debrief = (vi: string, en: string): (PackText | undefined)[] => {
        const vis = vi.split('\n').filter((l) => l.trim() !== '');
        const ens = en.split('\n').filter((l) => l.trim() !== '');
        return Array.from({ length: Math.max(vis.length, ens.length) }, (_, i) =>
          packText(vis[i] ?? '', ens[i] ?? ''),
        );
      };
      const phone = e.helpPhone.trim();
      return {
        id: e.id,
        title: packText(e.titleVi, e.titleEn) ?? '',
        kind: e.kind,
        summary: packText(e.summaryVi, e.summaryEn) ?? '',
        debrief: debrief(e.debriefVi, e.debriefEn).filter((t) => t !== undefined),
        help: [
          {
            name: packText(e.helpNameVi, e.helpNameEn) ?? '',
            ...(phone === '' ? {} : { phone }),
            description: packText(e.helpTextVi, e.helpTextEn) ?? '',
          },
        ],
      };
    }),
  };
}

/** The portrait files the skit's characters wear. */
export function skitFilePaths(skit: DraftSkit, looks: ReadonlyMap<string, string[]>): string[] {
  return skit.characters.flatMap((c) =>
    (looks.get(c.look) ?? []).map((mood) => portraitPath(c.look, mood)),
  );
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
    const f =
      what === 'text'
        ? field.endsWith('.en')
          ? 'textEn'
          : 'textVi'
        : what === 'condition'
          ? 'cond-var'
          : what === 'effects'
            ? 'effects'
            : what;
    return `choice-${opt[1]}-${f}`;
  }
  if (field.startsWith('text') || field.startsWith('prompt'))
    return field.endsWith('.en') ? 'node-textEn' : 'node-textVi';
  if (field.startsWith('effects')) return 'node-effects';
  if (field === 'expression') return 'node-mood';
  if (field === 'options') return 'node-kind';
  return `node-${field.replace(/[.[].*$/, '') || 'id'}`;
}
