import type { PackProblem } from '../content/problems';
import type { ValidateEnv } from '../content/validate';
import { currentLang } from '../shared/i18n';
import { shieldFromGame } from '../shared/ui/dom-dialog';
import {
  EMPTY_QUESTION,
  History,
  newDraft,
  toBase64,
  type Draft,
  type DraftQuestion,
} from './draft';
import { checkDraft } from './draft-check';
import { el } from './editor-dom';
import { fieldOfPlace, markFields, problemsBox } from './editor-problems';
import { glyphSearch, renderPreview } from './editor-preview';
import { w, type WordKey } from './words';

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
  /** A draft copied from the pack in play, or null when there is none. */
  readonly copyPack: (() => Promise<Draft>) | null;
  readonly announce: (text: string) => void;
}

type QuestionField = Exclude<keyof DraftQuestion, 'difficulty' | 'file'>;

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

  constructor(
    draft: Draft,
    private readonly host: EditorHost,
  ) {
    this.history = new History(draft);
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
      const run = ++this.checkRun;
      const draft = this.draft;
      void checkDraft(draft, this.host.env).then((result) => {
        if (run !== this.checkRun) return;
        this.problems = result.ok ? result.warnings : result.problems;
        this.root.dataset.checked = result.ok ? 'ok' : 'problems';
        this.renderProblems();
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
    const bar = el('div', { className: 'editor-toolbar' });
    bar.setAttribute('role', 'toolbar');
    bar.setAttribute('aria-label', w('title'));
    const button = (id: string, label: WordKey, run: () => void, disabled = false): void => {
      const b = el('button', { type: 'button', textContent: w(label), disabled });
      b.dataset.id = id;
      b.addEventListener('click', run);
      bar.append(b);
    };
    button(
      'undo',
      'undo',
      () => {
        this.undo();
      },
      !this.history.canUndo,
    );
    button(
      'redo',
      'redo',
      () => {
        this.redo();
      },
      !this.history.canRedo,
    );
    button('new', 'newPack', () => {
      this.replace(newDraft());
    });
    const { copyPack } = this.host;
    if (copyPack)
      button(
        'copy',
        'copyPack',
        () =>
          void copyPack().then((d) => {
            this.replace(d);
          }),
      );
    for (const action of this.host.actions)
      button(action.id, action.label, () => {
        action.run(this.draft);
      });
    button('close', 'close', () => {
      this.host.close();
    });
    return bar;
  }

  private input(
    id: string,
    label: string,
    value: string,
    onInput: (value: string) => void,
    long = false,
  ): HTMLElement {
    const field = long ? el('textarea', { rows: 3 }) : el('input', { type: 'text' });
    field.id = `editor-${id}`;
    field.value = value;
    field.addEventListener('input', () => {
      onInput(field.value);
    });
    const errors = el('ul', { className: 'editor-field-problems', id: `editor-${id}-problems` });
    field.setAttribute('aria-describedby', errors.id);
    return el(
      'div',
      { className: 'editor-field' },
      el('label', { htmlFor: field.id, textContent: label }),
      field,
      errors,
    );
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
      this.input('titleVi', w('titleVi'), d.titleVi, set('titleVi')),
      this.input('titleEn', w('titleEn'), d.titleEn, set('titleEn')),
      this.input('id', w('id'), d.id, set('id')),
      this.input('version', w('version'), d.version, set('version')),
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
        this.input(
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
    const box = el(
      'fieldset',
      { className: 'editor-picture' },
      el('legend', { textContent: w('picture') }),
    );
    const rebus = this.input('rebus', w('rebus'), q.rebus, (v) => {
      this.updateQuestion({ rebus: v, file: '' }, 'rebus');
    });
    box.append(rebus);
    box.append(
      glyphSearch((emoji) => {
        const current = this.draft.questions[this.selected]?.rebus ?? '';
        const next = current.trim() === '' ? emoji : `${current.trim()} ${emoji}`;
        this.updateQuestion({ rebus: next, file: '' }, '');
        const field = document.getElementById('editor-rebus');
        if (field instanceof HTMLInputElement) field.value = next;
      }),
    );
    const upload = el('input', {
      type: 'file',
      id: 'editor-upload',
      accept: '.svg,.png,.jpg,.jpeg,.webp,image/*',
    });
    upload.addEventListener('change', () => {
      const file = upload.files?.[0];
      upload.value = '';
      if (file) void this.uploadPicture(file);
    });
    box.append(
      el(
        'div',
        { className: 'editor-field' },
        el('label', { htmlFor: upload.id, textContent: w('upload') }),
        upload,
      ),
    );
    if (q.file !== '') {
      const remove = el('button', {
        type: 'button',
        textContent: `${w('removePicture')} (${q.file})`,
      });
      remove.dataset.id = 'remove-picture';
      remove.addEventListener('click', () => {
        this.updateQuestion({ file: '' }, '');
        this.render();
      });
      box.append(remove);
    }
    box.append(
      this.input('altVi', w('altVi'), q.altVi, (v) => {
        this.updateQuestion({ altVi: v }, 'altVi');
      }),
      this.input('altEn', w('altEn'), q.altEn, (v) => {
        this.updateQuestion({ altEn: v }, 'altEn');
      }),
    );
    return box;
  }

  private async uploadPicture(file: File): Promise<void> {
    const { preparePicture } = await import('./picture-upload');
    const upload = await preparePicture(file, new Set(Object.keys(this.draft.files)));
    if (!upload.ok) {
      const first = upload.problems[0];
      this.say(
        w('pictureRefused', { why: first ? (currentLang() === 'en' ? first.en : first.vi) : '' }),
      );
      return;
    }
    const files = {
      ...this.draft.files,
      [upload.path]: { mime: upload.mime, data: toBase64(upload.bytes) },
    };
    const questions = this.draft.questions.map((q, i) =>
      i === this.selected ? { ...q, file: upload.path, rebus: '' } : q,
    );
    this.change({ ...this.draft, files, questions });
    this.render();
    if (upload.scaledTo)
      this.say(w('pictureScaled', { w: upload.scaledTo.width, h: upload.scaledTo.height }));
  }

  private readonly side = el('aside', { className: 'editor-side' });

  private renderSide(): void {
    const q = this.draft.questions[this.selected] ?? EMPTY_QUESTION;
    this.side.replaceChildren(
      renderPreview(q, this.draft.files),
      problemsBox(this.problems, this.root.dataset.checked === 'ok', (target) => {
        this.selected = Math.min(target.question, this.draft.questions.length - 1);
        this.render();
        document.getElementById(`editor-${fieldOfPlace(target.field)}`)?.focus();
      }),
    );
    this.markFields();
    const list = this.root.querySelector(`.editor-questions [data-question="${this.selected}"]`);
    if (list) list.textContent = `${w('question', { n: this.selected + 1 })}: ${q.answer || '…'}`;
    for (const id of ['undo', 'redo'] as const) {
      const b = this.root.querySelector<HTMLButtonElement>(`.editor-toolbar [data-id="${id}"]`);
      if (b) b.disabled = id === 'undo' ? !this.history.canUndo : !this.history.canRedo;
    }
  }

  /** Writes each problem of the selected question under its field. */
  private markFields(): void {
    markFields(this.root, this.problems, this.selected);
  }

  private renderProblems(): void {
    this.renderSide();
  }

  render(): void {
    const focusedId = document.activeElement?.id;
    const main = el('div', { className: 'editor-main' }, this.packFields(), this.questionForm());
    this.root.replaceChildren(
      el(
        'header',
        { className: 'editor-header' },
        el('h1', { id: 'editor-title', textContent: w('title') }),
        this.toolbar(),
      ),
      el('p', { className: 'editor-note', textContent: w('draftNote') }),
      this.status,
      el('div', { className: 'editor-columns' }, this.questionList(), main, this.side),
    );
    this.renderSide();
    if (focusedId) document.getElementById(focusedId)?.focus();
  }
}
