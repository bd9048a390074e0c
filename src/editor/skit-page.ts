import type { Draft } from './draft';
import { el } from './editor-dom';
import { actionButton, helpText, selectField, textField, type SkitSelection } from './skit-fields';

export type { SkitSelection } from './skit-fields';
import {
  addNode,
  NODE_KINDS,
  newSkit,
  removeNode,
  renameNode,
  updateNode,
  type DraftEffect,
  type DraftNode,
  type DraftNodeKind,
  type DraftSkit,
} from './skit-model';
import { peopleForm, endingForm } from './skit-people';
import { choicesBox, effectsBox, type SkitFormHost } from './skit-choices';
import { looksOf, moodsOf } from './skit-json';
import { backgroundField, jumpBox, type SceneHost } from './skit-scene';
import { w, type WordKey } from './words';

/**
 * The skit's part of the editor: the list of nodes (and the characters, variables and endings),
 * and the form of the one selected. Every change goes through the page's `change`, so it is one
 * undo step, saved with the draft and checked by the loader like the questions.
 */

export interface SkitHost {
  readonly draft: () => Draft;
  /** One change of the draft; `field` joins the keystrokes in one field into one undo step. */
  readonly change: (next: Draft, field?: string) => void;
  /** Draws the whole page again (after a change of structure). */
  readonly render: () => void;
  /** The built-in looks a character may wear, and their moods. */
  readonly looks: ReadonlyMap<string, readonly string[]>;
  /** Dresses character `index` in a look (its drawings are copied into the draft). */
  readonly wearLook: (index: number, look: string) => void;
  /** Plays the skit from a node in the game; null where the game cannot. */
  readonly playFrom: ((nodeId: string) => void) | null;
  /** Whether the draft had no errors at its last check. */
  readonly checkedOk: () => boolean;
  /** The game's own backgrounds, pictures copied in and uploaded (see `SceneHost`). */
  readonly scene: Omit<SceneHost, 'skitNow' | 'setAndRender'>;
}

const MOODS = new Set(['neutral', 'happy', 'worried', 'surprised']);
const moodLabel = (m: string): string => (MOODS.has(m) ? w(`mood_${m}` as WordKey) : m);

const kindLabel = (kind: DraftNodeKind): string => w(`kind_${kind}` as WordKey);

/** A node as the lists and the map name it: its id, kind and first words. */
export function nodeLabel(n: DraftNode): string {
  const words = n.kind === 'ending' ? n.ending : n.textVi || n.textEn;
  const short = words.length > 28 ? `${words.slice(0, 27)}…` : words;
  return `${n.id} · ${kindLabel(n.kind)}${short ? `: ${short}` : ''}`;
}

export class SkitEditor {
  selection: SkitSelection = { part: 'node', id: '' };

  constructor(private readonly host: SkitHost) {}

  private get skit(): DraftSkit | null {
    return this.host.draft().skit ?? null;
  }

  /** Changes the skit; `field` as in `SkitHost.change`. */
  private set(skit: DraftSkit, field = ''): void {
    this.host.change({ ...this.host.draft(), skit }, field);
  }

  private setAndRender(skit: DraftSkit): void {
    this.set(skit);
    this.host.render();
  }

  /** The selected node, or the first one when the selection is gone (after an undo, say). */
  selectedNode(): DraftNode | null {
    const skit = this.skit;
    if (!skit) return null;
    const sel = this.selection;
    if (sel.part !== 'node') return null;
    const node = skit.nodes.find((n) => n.id === sel.id) ?? skit.nodes[0] ?? null;
    if (node) this.selection = { part: 'node', id: node.id };
    return node;
  }

  open(selection: SkitSelection): void {
    this.selection = selection;
    this.host.render();
  }

  nav(): HTMLElement {
    const skit = this.skit;
    const box = el('nav', { className: 'editor-nav' }, el('h2', { textContent: w('nodes') }));
    if (!skit) return box;
    const sel = this.selection;
    const item = (label: string, selection: SkitSelection, current: boolean, key: string) => {
      const b = el('button', { type: 'button', textContent: label });
      b.dataset.skit = key;
      if (current) b.setAttribute('aria-current', 'true');
      b.addEventListener('click', () => {
        this.open(selection);
        document
          .querySelector<HTMLElement>('.editor-skit-form input, .editor-skit-form select')
          ?.focus();
      });
      return el('li', {}, b);
    };
    const node = this.selectedNode();
    const nodes = el('ol', { className: 'editor-questions' });
    nodes.setAttribute('aria-label', w('nodes'));
    for (const n of skit.nodes)
      nodes.append(
        item(nodeLabel(n), { part: 'node', id: n.id }, n.id === node?.id, `node-${n.id}`),
      );
    const kind = el('select', { id: 'editor-new-node-kind' });
    kind.setAttribute('aria-label', w('newNodeKind'));
    for (const k of NODE_KINDS) kind.append(el('option', { value: k, textContent: kindLabel(k) }));
    const add = actionButton('add-node', w('addNode'), () => {
      const made = addNode(skit, kind.value as DraftNodeKind, node?.id ?? null);
      this.selection = { part: 'node', id: made.id };
      this.setAndRender(made.skit);
      document.getElementById('editor-node-textVi')?.focus();
    });
    const more = el('ul', { className: 'editor-questions' });
    more.append(item(w('people'), { part: 'people' }, sel.part === 'people', 'people'));
    skit.endings.forEach((e, i) => {
      more.append(
        item(
          w('ending', { id: e.id }),
          { part: 'ending', index: i },
          sel.part === 'ending' && sel.index === i,
          `ending-${i}`,
        ),
      );
    });
    return el(
      'nav',
      { className: 'editor-nav' },
      el('h2', { textContent: w('nodes') }),
      nodes,
      el('div', { className: 'editor-add-node' }, kind, add),
      more,
    );
  }

  main(): HTMLElement {
    const skit = this.skit;
    if (!skit) {
      return el(
        'div',
        { className: 'editor-main' },
        helpText(w('noSkit')),
        actionButton('start-skit', w('startSkit'), () => {
          this.selection = { part: 'node', id: 'canh-1' };
          this.setAndRender(newSkit());
          document.getElementById('editor-node-textVi')?.focus();
        }),
      );
    }
    const sel = this.selection;
    const form =
      sel.part === 'people'
        ? peopleForm(skit, this.peopleHost())
        : sel.part === 'ending'
          ? endingForm(skit, sel.index, this.peopleHost())
          : this.nodeForm(skit);
    return el('div', { className: 'editor-main' }, this.skitFields(skit), form);
  }

  private peopleHost() {
    return {
      skit: () => this.skitNow(),
      set: (skit: DraftSkit, field = '') => {
        this.set(skit, field);
      },
      setAndRender: (skit: DraftSkit) => {
        this.setAndRender(skit);
      },
      looks: this.host.looks,
      wearLook: this.host.wearLook,
      scene: this.sceneHost(),
      select: (selection: SkitSelection) => {
        this.open(selection);
      },
    };
  }

  private skitFields(skit: DraftSkit): HTMLElement {
    return el(
      'fieldset',
      { className: 'editor-pack' },
      el('legend', { textContent: w('skitFields') }),
      textField('skit-id', w('skitId'), skit.id ?? 'man-kich', {
        input: (v) => {
          this.set({ ...this.skitNow(), id: v.trim() }, 'skit.id');
        },
      }),
      textField('skit-titleVi', w('skitTitleVi'), skit.titleVi, {
        input: (v) => {
          this.set({ ...this.skitNow(), titleVi: v }, 'skit.titleVi');
        },
      }),
      textField('skit-titleEn', w('skitTitleEn'), skit.titleEn, {
        input: (v) => {
          this.set({ ...this.skitNow(), titleEn: v }, 'skit.titleEn');
        },
      }),
      selectField(
        'skit-start',
        w('start'),
        skit.nodes.map((n) => [n.id, nodeLabel(n)] as const),
        skit.start,
        (v) => {
          this.setAndRender({ ...this.skitNow(), start: v });
        },
      ),
      actionButton('remove-skit', w('removeSkit'), () => {
        this.host.change({ ...this.host.draft(), skit: null });
        this.host.render();
      }),
    );
  }

  private skitNow(): DraftSkit {
    const skit = this.skit;
    if (!skit) throw new Error('the skit form is shown only with a skit');
    return skit;
  }

  /** A "next" list: every node, and "new node" entries that make one and lead to it. */
  private targetField(
    id: string,
    label: string,
    value: string,
    onPick: (target: string, skit: DraftSkit) => DraftSkit,
  ): HTMLElement {
    const skit = this.skitNow();
    const options: (readonly [string, string])[] = [
      ['', w('none')],
      ...skit.nodes.map((n) => [n.id, nodeLabel(n)] as const),
      ...NODE_KINDS.map((k) => [`+${k}`, w('newTarget', { kind: kindLabel(k) })] as const),
    ];
    return selectField(id, label, options, value, (v) => {
      if (v.startsWith('+')) {
        const made = addNode(this.skitNow(), v.slice(1) as DraftNodeKind);
        this.setAndRender(onPick(made.id, made.skit));
      } else this.setAndRender(onPick(v, this.skitNow()));
    });
  }

  private nodeForm(skit: DraftSkit): HTMLElement {
    const node = this.selectedNode();
    const form = el('fieldset', { className: 'editor-question editor-skit-form' });
    if (!node) return form;
    const id = node.id;
    const patch = (p: Partial<DraftNode>, field = '') => {
      this.set(updateNode(this.skitNow(), id, p), field === '' ? '' : `${id}.${field}`);
    };
    const patchAndRender = (p: Partial<DraftNode>) => {
      this.setAndRender(updateNode(this.skitNow(), id, p));
    };
    form.append(el('legend', { textContent: w('node', { id }) }));
    form.append(
      textField('node-id', w('nodeId'), id, {
        change: (v) => {
          const to = v.trim();
          const renamed = renameNode(this.skitNow(), id, to);
          if (renamed === this.skitNow() && to !== id) {
            const problems = document.getElementById('editor-node-id-problems');
            problems?.replaceChildren(
              el('li', {
                className: 'editor-problem-error',
                textContent: w('nodeIdTaken', { id: to }),
              }),
            );
            return;
          }
          this.selection = { part: 'node', id: to };
          this.setAndRender(renamed);
        },
      }),
      selectField(
        'node-kind',
        w('kind'),
        NODE_KINDS.map((k) => [k, kindLabel(k)] as const),
        node.kind,
        (v) => {
          patchAndRender({ kind: v as DraftNodeKind });
        },
      ),
    );
    const characters = skit.characters.map((c) => [c.id, c.nameVi || c.nameEn || c.id] as const);
    if (node.kind === 'line' || node.kind === 'choice') {
      const label = node.kind === 'line' ? w('speaker') : w('asker');
      form.append(
        selectField(
          'node-character',
          label,
          [['', w('none')], ...characters],
          node.character,
          (v) => {
            patchAndRender({ character: v });
          },
        ),
      );
    }
    if (node.kind === 'line' || (node.kind === 'choice' && node.character !== '')) {
      const moods = moodsOf(skit, node.character, looksOf(Object.keys(this.host.draft().files)));
      form.append(
        selectField(
          'node-mood',
          w('mood'),
          [['', w('mood_')], ...moods.map((m) => [m, moodLabel(m)] as const)],
          node.mood,
          (v) => {
            patchAndRender({ mood: v });
          },
        ),
      );
    }
    if (node.kind === 'line' || node.kind === 'narration' || node.kind === 'choice')
      form.append(backgroundField(node, this.sceneHost()));
    if (node.kind === 'jump') form.append(jumpBox(node, this.formHost()));
    if (node.kind !== 'ending' && node.kind !== 'jump') {
      const choice = node.kind === 'choice';
      form.append(
        textField(
          'node-textVi',
          choice ? w('promptVi') : w('textVi'),
          node.textVi,
          {
            input: (v) => {
              patch({ textVi: v }, 'textVi');
            },
          },
          true,
        ),
        textField(
          'node-textEn',
          choice ? w('promptEn') : w('textEn'),
          node.textEn,
          {
            input: (v) => {
              patch({ textEn: v }, 'textEn');
            },
          },
          true,
        ),
      );
    }
    if (node.kind === 'line' || node.kind === 'narration') {
      form.append(
        this.targetField('node-next', w('next'), node.next, (target, s) =>
          updateNode(s, id, { next: target }),
        ),
        this.effectsBox('node', node.effects, (effects) =>
          updateNode(this.skitNow(), id, { effects }),
        ),
      );
    }
    if (node.kind === 'ending') {
      form.append(
        selectField(
          'node-ending',
          w('whichEnding'),
          [['', w('none')], ...skit.endings.map((e) => [e.id, e.titleVi || e.id] as const)],
          node.ending,
          (v) => {
            patchAndRender({ ending: v });
          },
        ),
      );
    }
    if (node.kind === 'choice') form.append(this.choicesBox(node));
    const play = this.host.playFrom;
    form.append(
      el(
        'div',
        { className: 'editor-row' },
        ...(play
          ? [
              actionButton('play-from-here', w('playFromHere'), () => {
                play(id);
              }),
            ]
          : []),
        actionButton(
          'remove-node',
          w('removeNode'),
          () => {
            this.setAndRender(removeNode(this.skitNow(), id));
          },
          skit.nodes.length <= 1,
        ),
      ),
    );
    return form;
  }

  private choicesBox(node: DraftNode): HTMLElement {
    return choicesBox(node, this.formHost());
  }

  private effectsBox(
    prefix: string,
    effects: readonly DraftEffect[],
    apply: (effects: DraftEffect[]) => DraftSkit,
  ): HTMLElement {
    return effectsBox(prefix, effects, apply, this.formHost());
  }

  private sceneHost(): SceneHost {
    return {
      ...this.host.scene,
      skitNow: () => this.skitNow(),
      setAndRender: (skit) => {
        this.setAndRender(skit);
      },
    };
  }

  private formHost(): SkitFormHost {
    return {
      skitNow: () => this.skitNow(),
      set: (skit, field = '') => {
        this.set(skit, field);
      },
      setAndRender: (skit) => {
        this.setAndRender(skit);
      },
      targetField: (id, label, value, onPick) => this.targetField(id, label, value, onPick),
    };
  }
}
