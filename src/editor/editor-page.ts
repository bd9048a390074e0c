import type { PackProblem } from '../content/problems';
import type { ValidateEnv } from '../content/validate';
import { currentLang } from '../shared/i18n';
import { shieldFromGame } from '../shared/ui/dom-dialog';
import { EMPTY_QUESTION, History, type Draft, type DraftFile, type DraftQuestion } from './draft';
import { checkDraft } from './draft-check';
import { el } from './editor-dom';
import { fieldOfPlace, markFields, problemsBox } from './editor-problems';
import { renderPreview } from './editor-preview';
import { pictureFields } from './editor-picture';
import { renderProjectorPreview } from './editor-projector';
import { w, type WordKey } from './words';
import { textField } from './skit-fields';
import { editorToolbar, tabBar, type EditorTab } from './editor-toolbar';
import type { PackChoices } from './pack-picker';
import { updateCharacter } from './skit-model';
import { selectionFor, skitWhere } from './skit-problems';
import { SkitEditor } from './skit-page';
import { storyMap } from './skit-map';
import { markSkitFields } from './skit-problems';

/**
 * The editor's page: a form over the game (DOM, not canvas), every field labelled, every
 * problem shown under the field it is about and listed with a link to it, in the interface's
 * language. Each change is one undo step (typing in one field is one step), saved on the device
 * at once, and checked by the loader a moment later.
 */

export interface EditorHost {
  readonly env: ValidateEnv;
  /** Saves the draft on the device (apart from the published packs). */
  readonly save: (draft: Draft) => void;
  readonly close: () => void;
  /** The toolbar's export and share actions, given the current draft. */
  readonly actions: readonly { id: string; label: WordKey; run: (draft: Draft) => void }[];
  /** The packs on the device a draft may be copied from (see pack-picker.ts). */
  readonly packChoices: PackChoices | null;
  readonly announce: (text: string) => void;
  /** The built-in looks a skit character may wear (and their moods). */
  readonly looks: ReadonlyMap<string, readonly string[]>;
  /** A look's drawings, as draft files by their path in the pack. */
  readonly lookFiles: (look: string) => Promise<Record<string, DraftFile>>;
  /** Plays the draft's skit from a node in the game's skit scene; null where it cannot. */
  readonly playSkitFrom: ((draft: Draft, nodeId: string) => void) | null;
  /** The game's own skit backgrounds (ids), and any of the game's files as a draft file. */
  readonly builtInBackgrounds: readonly string[];
  readonly builtInFile: (path: string) => Promise<DraftFile | null>;
}

type QuestionField = Exclude<
  keyof DraftQuestion,
  'difficulty' | 'file' | 'id' | 'categoryId' | 'points' | 'timeLimitSec'
>;

const QUESTION_FIELDS: readonly { key: QuestionField; label: WordKey; long?: boolean }[] = [
  { key: 'answer', label: 'answer' },
  { key: 'alternatives', label: 'alternatives' },
  { key: 'category', label: 'category' },
  { key: 'hintVi', label: 'hintVi' },
  { key: 'hintEn', label: 'hintEn' },
  { key: 'explanationVi', label: 'explanationVi', long: true },
  { key: 'explanationEn', label: 'explanationEn', long: true },
];

export class EditorPage {
  readonly root = el('section', { className: 'editor-page' });
  private readonly history: History;
  private selected = 0;
  private problems: readonly PackProblem[] = [];
  private checkTimer = 0;
  private checkRun = 0;
  private lastField = '';
  private readonly status = el('p', { className: 'editor-status' });
  private tab: EditorTab = 'questions';
  private readonly skitEditor: SkitEditor;

  constructor(
    draft: Draft,
    private readonly host: EditorHost,
  ) {
    this.history = new History(draft);
    const play = host.playSkitFrom;
    this.skitEditor = new SkitEditor({
      draft: () => this.draft,
      change: (next, field = '') => {
        this.change(next, field);
        this.renderSide();
      },
      render: () => {
        this.render();
      },
      looks: host.looks,
      wearLook: (index, look) => void this.wearLook(index, look),
      playFrom: play
        ? (nodeId) => {
            if (this.root.dataset.checked !== 'ok') this.say(w('playNeedsFix'));
            else play(this.draft, nodeId);
          }
        : null,
      checkedOk: () => this.root.dataset.checked === 'ok',
      scene: {
        builtInBackgrounds: host.builtInBackgrounds,
        builtInFile: host.builtInFile,
        addFiles: (files, skit) => {
          this.change({ ...this.draft, files: { ...this.draft.files, ...files }, skit });
          this.render();
        },
        filePaths: () => Object.keys(this.draft.files),
        say: (text) => {
          this.say(text);
        },
      },
    });
    this.root.setAttribute('role', 'dialog');
    this.root.setAttribute('aria-modal', 'true');
    this.root.setAttribute('aria-labelledby', 'editor-title');
    this.root.lang = currentLang();
    this.status.setAttribute('role', 'status');
    shieldFromGame(this.root);
    this.root.addEventListener('keydown', (e) => {
      const mod = e.ctrlKey || e.metaKey;
      if (mod && e.key.toLowerCase() === 'z' && !e.shiftKey) {
        e.preventDefault();
        this.undo();
      } else if (
        mod &&
        (e.key.toLowerCase() === 'y' || (e.key.toLowerCase() === 'z' && e.shiftKey))
      ) {
        e.preventDefault();
        this.redo();
      } else if (e.key === 'Escape') {
        e.preventDefault();
        host.close();
      }
    });
    this.render();
    this.scheduleCheck();
  }

  get draft(): Draft {
    return this.history.draft;
  }

  /** The problems the loader found in the draft as it is now (after the last check). */
  get currentProblems(): readonly PackProblem[] {
    return this.problems;
  }

  say(text: string): void {
    this.status.textContent = text;
    this.host.announce(text);
  }

  private change(next: Draft, field = ''): void {
    const merge = field !== '' && field === this.lastField;
    this.lastField = field;
    this.history.push(next, merge);
    this.host.save(next);
    this.scheduleCheck();
  }

  private undo(): void {
    if (!this.history.canUndo) return;
    this.lastField = '';
    this.host.save(this.history.undo());
    this.selected = Math.min(this.selected, this.draft.questions.length - 1);
    this.render();
    this.scheduleCheck();
  }

  private redo(): void {
    if (!this.history.canRedo) return;
    this.lastField = '';
    this.host.save(this.history.redo());
    this.selected = Math.min(this.selected, this.draft.questions.length - 1);
    this.render();
    this.scheduleCheck();
  }

  replace(draft: Draft): void {
    this.lastField = '';
    this.change(draft);
    this.selected = 0;
    this.render();
  }

  private scheduleCheck(): void {
    window.clearTimeout(this.checkTimer);
    this.checkTimer = window.setTimeout(() => {
      this.root.dataset.checked = 'checking';
      const run = ++this.checkRun;
      const draft = this.draft;
      void checkDraft(draft, this.host.env).then((result) => {
        if (run !== this.checkRun) return;
        this.problems = result.ok ? result.warnings : result.problems;
        this.root.dataset.checked = result.ok ? 'ok' : 'problems';
        this.renderSide();
      });
    }, 150);
  }

  private updateQuestion(patch: Partial<DraftQuestion>, field: string): void {
    const questions = this.draft.questions.map((q, i) =>
      i === this.selected ? { ...q, ...patch } : q,
    );
    this.change({ ...this.draft, questions }, field === '' ? '' : `${this.selected}.${field}`);
    this.renderSide();
  }

  private toolbar(): HTMLElement {
    return editorToolbar({
      canUndo: this.history.canUndo,
      canRedo: this.history.canRedo,
      undo: () => {
        this.undo();
      },
      redo: () => {
        this.redo();
      },
      replace: (draft) => {
        this.replace(draft);
      },
      host: this.host,
      draft: () => this.draft,
    });
  }

  private textInput(
    id: string,
    label: string,
    value: string,
    onInput: (value: string) => void,
    long = false,
  ): HTMLElement {
    return textField(id, label, value, { input: onInput }, long);
  }

  private packFields(): HTMLElement {
    const d = this.draft;
    const set = (key: 'titleVi' | 'titleEn' | 'id' | 'version') => (value: string) => {
      this.change({ ...this.draft, [key]: value }, key);
    };
    return el(
      'fieldset',
      { className: 'editor-pack' },
      el('legend', { textContent: w('packFields') }),
      this.textInput('titleVi', w('titleVi'), d.titleVi, set('titleVi')),
      this.textInput('titleEn', w('titleEn'), d.titleEn, set('titleEn')),
      this.textInput('id', w('id'), d.id, set('id')),
      this.textInput('version', w('version'), d.version, set('version')),
    );
  }

  private questionList(): HTMLElement {
    const list = el('ol', { className: 'editor-questions' });
    list.setAttribute('aria-label', w('questions'));
    this.draft.questions.forEach((q, i) => {
      const b = el('button', {
        type: 'button',
        textContent: `${w('question', { n: i + 1 })}: ${q.answer || '…'}`,
      });
      b.dataset.question = String(i);
      if (i === this.selected) b.setAttribute('aria-current', 'true');
      b.addEventListener('click', () => {
        this.selected = i;
        this.render();
        document.getElementById('editor-answer')?.focus();
      });
      list.append(el('li', {}, b));
    });
    const add = el('button', { type: 'button', textContent: w('addQuestion') });
    add.dataset.id = 'add-question';
    add.addEventListener('click', () => {
      const last = this.draft.questions.at(-1);
      const question = { ...EMPTY_QUESTION, category: last?.category ?? '' };
      this.change({ ...this.draft, questions: [...this.draft.questions, question] });
      this.selected = this.draft.questions.length - 1;
      this.render();
      document.getElementById('editor-answer')?.focus();
    });
    const remove = el('button', {
      type: 'button',
      textContent: w('removeQuestion'),
      disabled: this.draft.questions.length <= 1,
    });
    remove.dataset.id = 'remove-question';
    remove.addEventListener('click', () => {
      const questions = this.draft.questions.filter((_, i) => i !== this.selected);
      this.change({ ...this.draft, questions });
      this.selected = Math.max(0, this.selected - 1);
      this.render();
    });
    return el(
      'nav',
      { className: 'editor-nav' },
      el('h2', { textContent: w('questions') }),
      list,
      add,
      remove,
    );
  }

  private questionForm(): HTMLElement {
    const q = this.draft.questions[this.selected] ?? EMPTY_QUESTION;
    const form = el('fieldset', { className: 'editor-question' });
    form.append(el('legend', { textContent: w('question', { n: this.selected + 1 }) }));
    for (const f of QUESTION_FIELDS) {
      form.append(
        this.textInput(
          f.key,
          w(f.label),
          q[f.key],
          (v) => {
            this.updateQuestion({ [f.key]: v }, f.key);
          },
          f.long,
        ),
      );
    }
    const difficulty = el('input', {
      type: 'number',
      min: '1',
      max: '5',
      step: '1',
      id: 'editor-difficulty',
    });
    difficulty.value = String(q.difficulty);
    difficulty.addEventListener('input', () => {
      const n = Number(difficulty.value);
      if (Number.isInteger(n)) this.updateQuestion({ difficulty: n }, 'difficulty');
    });
    const diffErrors = el('ul', {
      className: 'editor-field-problems',
      id: 'editor-difficulty-problems',
    });
    difficulty.setAttribute('aria-describedby', diffErrors.id);
    form.append(
      el(
        'div',
        { className: 'editor-field' },
        el('label', { htmlFor: difficulty.id, textContent: w('difficulty') }),
        difficulty,
        diffErrors,
      ),
    );
    form.append(this.pictureFields(q));
    return form;
  }

  private pictureFields(q: DraftQuestion): HTMLElement {
    return pictureFields(q, {
      draft: () => this.draft,
      selected: this.selected,
      textInput: (id, label, value, onInput) => this.textInput(id, label, value, onInput),
      updateQuestion: (patch, field) => {
        this.updateQuestion(patch, field);
      },
      change: (next) => {
        this.change(next);
      },
      render: () => {
        this.render();
      },
      say: (text) => {
        this.say(text);
      },
    });
  }

  /** Dresses a skit character in a built-in look: its drawings are copied into the draft. */
  private async wearLook(index: number, look: string): Promise<void> {
    const files = look === '' ? {} : await this.host.lookFiles(look);
    const skit = this.draft.skit;
    if (!skit) return;
    const next = updateCharacter(skit, index, { look, portraits: {} });
    this.change({ ...this.draft, files: { ...this.draft.files, ...files }, skit: next });
    this.render();
  }

  /** Shows a tab: the questions, the skit, or the story map. */
  showTab(tab: EditorTab): void {
    this.tab = tab;
    this.render();
    this.root.querySelector<HTMLElement>(`[data-tab="${tab}"]`)?.focus();
  }

  private readonly side = el('aside', { className: 'editor-side' });

  private renderSide(): void {
    const q = this.draft.questions[this.selected] ?? EMPTY_QUESTION;
    const skit = this.draft.skit ?? null;
    const problems = problemsBox(
      this.problems,
      this.root.dataset.checked === 'ok',
      (target) => {
        this.selected = Math.min(target.question, this.draft.questions.length - 1);
        this.tab = 'questions';
        this.render();
        document.getElementById(`editor-${fieldOfPlace(target.field)}`)?.focus();
      },
      {
        where: (target) => skitWhere(target, skit),
        go: (target) => {
          if (!skit) return;
          this.tab = 'skit';
          this.skitEditor.open(selectionFor(target, skit));
          this.root.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus();
        },
      },
    );
    this.side.replaceChildren(
      ...(this.tab === 'questions'
        ? [
            renderPreview(q, this.draft.files),
            renderProjectorPreview(q, this.draft.files, this.selected + 1),
          ]
        : []),
      problems,
    );
    for (const ul of this.root.querySelectorAll('.editor-field-problems')) ul.replaceChildren();
    for (const f of this.root.querySelectorAll('[aria-invalid]')) f.removeAttribute('aria-invalid');
    if (this.tab === 'questions') markFields(this.root, this.problems, this.selected);
    else if (skit) markSkitFields(this.problems, skit, this.skitEditor.selection);
    const list = this.root.querySelector(`.editor-questions [data-question="${this.selected}"]`);
    if (list) list.textContent = `${w('question', { n: this.selected + 1 })}: ${q.answer || '…'}`;
    for (const id of ['undo', 'redo'] as const) {
      const b = this.root.querySelector<HTMLButtonElement>(`.editor-toolbar [data-id="${id}"]`);
      if (b) b.disabled = id === 'undo' ? !this.history.canUndo : !this.history.canRedo;
    }
  }

  private columns(): HTMLElement {
    if (this.tab === 'skit')
      return el(
        'div',
        { className: 'editor-columns editor-skit-columns' },
        this.skitEditor.nav(),
        this.skitEditor.main(),
        this.side,
      );
    if (this.tab === 'map')
      return el(
        'div',
        { className: 'editor-map-columns' },
        storyMap(this.draft.skit ?? null, (id) => {
          this.tab = 'skit';
          this.skitEditor.open({ part: 'node', id });
          document.getElementById('editor-node-id')?.focus();
        }),
        this.side,
      );
    const main = el('div', { className: 'editor-main' }, this.packFields(), this.questionForm());
    return el('div', { className: 'editor-columns' }, this.questionList(), main, this.side);
  }

  /** The columns of the tab shown, as the tab's panel. */
  private tabPanel(): HTMLElement {
    const panel = this.columns();
    panel.setAttribute('role', 'tabpanel');
    panel.setAttribute('aria-labelledby', `editor-tab-${this.tab}`);
    return panel;
  }

  render(): void {
    const focusedId = document.activeElement?.id;
    this.root.replaceChildren(
      el(
        'header',
        { className: 'editor-header' },
        el('h1', { id: 'editor-title', textContent: w('title') }),
        this.toolbar(),
      ),
      el('p', { className: 'editor-note', textContent: w('draftNote') }),
      this.status,
      tabBar(this.tab, (tab) => {
        this.showTab(tab);
      }),
      this.tabPanel(),
    );
    this.renderSide();
    // The list scrolls in place: the item being edited is kept in sight.
    for (const item of this.root.querySelectorAll('.editor-questions [aria-current="true"]'))
      item.scrollIntoView({ block: 'nearest' });
    if (focusedId) document.getElementById(focusedId)?.focus();
  }
}
