import { newDraft, type Draft } from './draft';
import { el } from './editor-dom';
import type { PackChoices } from './pack-picker';
import { w, type WordKey } from './words';

/** The editor's toolbar: undo, redo, a new pack or a copy, the exports, close. */
export function editorToolbar(o: {
  readonly canUndo: boolean;
  readonly canRedo: boolean;
  readonly undo: () => void;
  readonly redo: () => void;
  readonly replace: (draft: Draft) => void;
  readonly host: {
    readonly actions: readonly { id: string; label: WordKey; run: (draft: Draft) => void }[];
    readonly packChoices: PackChoices | null;
    readonly announce: (text: string) => void;
    readonly close: () => void;
  };
  readonly draft: () => Draft;
}): HTMLElement {
  const bar = el('div', { className: 'editor-toolbar' });
  bar.setAttribute('role', 'toolbar');
  bar.setAttribute('aria-label', w('title'));
  const button = (id: string, label: WordKey, run: () => void, disabled = false): void => {
    const b = el('button', { type: 'button', textContent: w(label), disabled });
    b.dataset.id = id;
    b.addEventListener('click', run);
    bar.append(b);
  };
  button('undo', 'undo', o.undo, !o.canUndo);
  button('redo', 'redo', o.redo, !o.canRedo);
  button('new', 'newPack', () => {
    o.replace(newDraft());
  });
  const { packChoices, announce } = o.host;
  if (packChoices)
    button('copy', 'copyPack', () => {
      // The picker and the copy are a chunk of their own, loaded when first asked for.
      void import('./pack-picker').then(({ openPackPicker, pw }) =>
        openPackPicker({
          choices: packChoices,
          chosen: (draft, title) => {
            o.replace(draft);
            announce(pw('copied', { title }));
          },
          // The toolbar is drawn again after a copy: its new "copy" button.
          back: () => document.querySelector<HTMLElement>('.editor-toolbar [data-id="copy"]'),
        }),
      );
    });
  for (const action of o.host.actions)
    button(action.id, action.label, () => {
      action.run(o.draft());
    });
  button('close', 'close', () => {
    o.host.close();
  });
  return bar;
}

export type EditorTab = 'questions' | 'skit' | 'map';
const TABS: readonly { id: EditorTab; label: WordKey }[] = [
  { id: 'questions', label: 'tabQuestions' },
  { id: 'skit', label: 'tabSkit' },
  { id: 'map', label: 'tabMap' },
];

/** The editor's tabs: the questions, the skit, the story map (arrow keys move between them). */
export function tabBar(current: EditorTab, show: (tab: EditorTab) => void): HTMLElement {
  const bar = el('div', { className: 'editor-tabs' });
  bar.setAttribute('role', 'tablist');
  bar.setAttribute('aria-label', w('tabs'));
  TABS.forEach((t, i) => {
    const b = el('button', { type: 'button', textContent: w(t.label), id: `editor-tab-${t.id}` });
    b.dataset.tab = t.id;
    b.setAttribute('role', 'tab');
    b.setAttribute('aria-selected', String(t.id === current));
    b.tabIndex = t.id === current ? 0 : -1;
    b.addEventListener('click', () => {
      show(t.id);
    });
    b.addEventListener('keydown', (e) => {
      const step = e.key === 'ArrowRight' ? 1 : e.key === 'ArrowLeft' ? -1 : 0;
      const to = TABS[(i + step + TABS.length) % TABS.length];
      if (step !== 0 && to) {
        e.preventDefault();
        show(to.id);
      }
    });
    bar.append(b);
  });
  return bar;
}
