import type { Effect, HelpResource, Skit, SkitCharacter, SkitNode } from '../core/types';
import { conditionFromPack, typeOfValue } from './skit-cond';
import { enOf, looksOf, portraitsOf, viOf } from './skit-json';
import {
  newNode,
  type DraftCharacter,
  type DraftEffect,
  type DraftHelp,
  type DraftNode,
  type DraftSkit,
} from './skit-model';

/**
 * A loaded pack's skit as the editor keeps it (a copy of a kept pack): every node, option,
 * condition, effect, background, character and ending, so that the copy exports as the same
 * skit. Its pictures are copied into the draft by the caller, at the paths the skit names.
 */

function effectsFrom(effects: readonly Effect[] | undefined): DraftEffect[] {
  return (effects ?? []).map((e) =>
    'add' in e
      ? { variable: e.add, op: 'add', value: String(e.value) }
      : { variable: e.set, op: 'set', value: String(e.value) },
  );
}

function helpFrom(h: HelpResource | undefined): DraftHelp {
  return {
    nameVi: viOf(h?.name),
    nameEn: enOf(h?.name),
    phone: h?.phone ?? '',
    textVi: viOf(h?.description),
    textEn: enOf(h?.description),
  };
}

/** A character wears a look when its drawings are exactly that look's; else its own drawings. */
function characterFrom(c: SkitCharacter, looks: ReadonlyMap<string, readonly string[]>) {
  const base = {
    id: c.id,
    nameVi: viOf(c.name),
    nameEn: enOf(c.name),
    color: c.color,
  };
  const paths = Object.entries(c.portraits);
  const look = /^portraits\/([a-z0-9-]+)-[a-z]+\.svg$/.exec(paths[0]?.[1] ?? '')?.[1] ?? '';
  const worn: DraftCharacter = { ...base, look };
  const same = (a: Record<string, string>): boolean =>
    paths.length === Object.keys(a).length && paths.every(([m, p]) => a[m] === p);
  if (look !== '' && same(portraitsOf(worn, looks))) return worn;
  return { ...base, look: '', portraits: { ...c.portraits } };
}

function nodeFrom(n: SkitNode): DraftNode {
  const blank: DraftNode = { ...newNode(n.id, n.type), choices: [] };
  switch (n.type) {
    case 'line':
    case 'narration':
      return {
        ...blank,
        ...(n.type === 'line' ? { character: n.character, mood: n.expression ?? '' } : {}),
        textVi: viOf(n.text),
        textEn: enOf(n.text),
        next: n.next,
        effects: effectsFrom(n.effects),
        ...(n.background === undefined ? {} : { background: n.background }),
      };
    case 'choice':
      return {
        ...blank,
        character: n.character ?? '',
        mood: n.expression ?? '',
        textVi: viOf(n.prompt),
        textEn: enOf(n.prompt),
        ...(n.background === undefined ? {} : { background: n.background }),
        choices: n.options.map((o) => ({
          textVi: viOf(o.text),
          textEn: enOf(o.text),
          next: o.next,
          condition: o.condition ? conditionFromPack(o.condition) : null,
          effects: effectsFrom(o.effects),
          consequenceVi: viOf(o.consequence),
          consequenceEn: enOf(o.consequence),
        })),
      };
    case 'jump':
      return {
        ...blank,
        next: n.else,
        branches: n.branches.map((b) => ({
          condition: conditionFromPack(b.condition),
          next: b.next,
        })),
      };
    case 'ending':
      return { ...blank, ending: n.ending };
  }
}

/** The skit of a loaded pack as a draft skit; `paths` are the pack's picture files. */
export function skitFromPack(skit: Skit, paths: Iterable<string>): DraftSkit {
  const looks = looksOf(paths);
  const lines = (texts: readonly (string | { vi?: string; en?: string })[], en: boolean) =>
    texts.map((t) => (en ? enOf(t) : viOf(t))).join('\n');
  return {
    id: skit.id,
    titleVi: viOf(skit.title),
    titleEn: enOf(skit.title),
    start: skit.start,
    characters: skit.characters.map((c) => characterFrom(c, looks)),
    variables: Object.entries(skit.variables).map(([name, value]) => ({
      name,
      type: typeOfValue(value),
      initial: String(value),
    })),
    backgrounds: { ...skit.backgrounds },
    nodes: skit.nodes.map(nodeFrom),
    endings: skit.endings.map((e) => {
      const [first, ...more] = e.help;
      const help = helpFrom(first);
      return {
        id: e.id,
        titleVi: viOf(e.title),
        titleEn: enOf(e.title),
        kind: e.kind,
        summaryVi: viOf(e.summary),
        summaryEn: enOf(e.summary),
        debriefVi: lines(e.debrief, false),
        debriefEn: lines(e.debrief, true),
        helpNameVi: help.nameVi,
        helpNameEn: help.nameEn,
        helpPhone: help.phone,
        helpTextVi: help.textVi,
        helpTextEn: help.textEn,
        ...(more.length > 0 ? { moreHelp: more.map(helpFrom) } : {}),
      };
    }),
  };
}

/** The picture files a loaded skit names: its characters' drawings and its backgrounds. */
export function skitPictures(skit: Skit): string[] {
  return [
    ...skit.characters.flatMap((c) => Object.values(c.portraits)),
    ...Object.values(skit.backgrounds),
  ];
}
