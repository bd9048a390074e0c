/**
 * The typed answer: a real DOM text field so Vietnamese keyboards and Telex/VNI input
 * methods work. The game never rewrites the field while the player is composing, and Enter
 * submits only once a composition has ended.
 */
import { shieldFromGame } from '../shared/ui/dom-dialog';
import type { Box } from './quiz-layout';

/** The form's sides across the bottom of the screen, clear of a notch. */
const EDGE = {
  left: 'max(4px, env(safe-area-inset-left))',
  right: 'max(4px, env(safe-area-inset-right))',
} as const;

export class AnswerInput {
  readonly form: HTMLFormElement;
  readonly input: HTMLInputElement;
  private composing = false;

  constructor(
    placeholder: string,
    submitLabel: string,
    closeLabel: string,
    private readonly onSubmit: (text: string) => void,
    onClose: () => void,
  ) {
    this.form = document.createElement('form');
    this.form.className = 'answer-input';
    Object.assign(this.form.style, {
      position: 'fixed',
      ...EDGE,
      bottom: 'max(4px, env(safe-area-inset-bottom))',
      display: 'flex',
      gap: '8px',
      padding: '8px',
      boxSizing: 'border-box',
      borderRadius: '16px',
      // Opaque, so the canvas buttons it covers do not show through the gaps.
      background: '#1b2a4a',
      zIndex: '10',
    } satisfies Partial<CSSStyleDeclaration>);
    this.input = document.createElement('input');
    Object.assign(this.input, {
      type: 'text',
      autocomplete: 'off',
      spellcheck: false,
      placeholder,
      enterKeyHint: 'done',
    });
    this.input.setAttribute('autocapitalize', 'off');
    this.input.setAttribute('aria-label', placeholder);
    Object.assign(this.input.style, {
      flex: '1',
      minWidth: '0',
      fontSize: '20px',
      padding: '10px 14px',
      minHeight: '48px',
      boxSizing: 'border-box',
      borderRadius: '12px',
      border: '3px solid #ffc83d',
      fontFamily: '"Be Vietnam Pro", system-ui, sans-serif',
    } satisfies Partial<CSSStyleDeclaration>);
    const submit = this.makeButton(submitLabel, '#ffc83d', '#14213d');
    submit.type = 'submit';
    // A cross, named by its label: the field keeps the room for its placeholder on a 360 px phone.
    const close = this.makeButton('✕', '#314e86', '#ffffff');
    close.setAttribute('aria-label', closeLabel);
    close.title = closeLabel;
    close.type = 'button';
    // The layer's close button: Android's back button presses it too (closeTopLayer).
    close.classList.add('dialog-close');
    close.addEventListener('click', onClose);
    this.form.append(this.input, submit, close);
    this.input.addEventListener('compositionstart', () => {
      this.composing = true;
    });
    this.input.addEventListener('compositionend', () => {
      this.composing = false;
    });
    this.form.addEventListener('submit', (e) => {
      e.preventDefault();
      if (this.composing) return;
      this.onSubmit(this.input.value);
    });
    this.input.addEventListener('keydown', (e) => {
      // Keys typed here belong to the field, not to the game's shortcuts.
      e.stopPropagation();
      if (e.key === 'Enter' && (e.isComposing || this.composing)) e.preventDefault();
      if (e.key === 'Escape') onClose();
    });
    shieldFromGame(this.form);
    (document.getElementById('ui-layer') ?? document.body).append(this.form);
    this.input.focus();
  }

  /**
   * Puts the form in `box` (world units, `scale` CSS pixels each) when the screen is laid out
   * for typing, else across the bottom of the screen.
   */
  place(box: Box | undefined, scale: number): void {
    const style = this.form.style;
    if (!box) {
      style.left = EDGE.left;
      style.right = EDGE.right;
      style.width = '';
      return;
    }
    style.left = `${String((box.x + 4) * scale)}px`;
    style.right = 'auto';
    style.width = `${String((box.w - 8) * scale)}px`;
  }

  clear(): void {
    if (!this.composing) this.input.value = '';
  }

  destroy(): void {
    this.form.remove();
  }

  private makeButton(label: string, bg: string, fg: string): HTMLButtonElement {
    const b = document.createElement('button');
    b.textContent = label;
    Object.assign(b.style, {
      fontSize: '18px',
      fontWeight: '700',
      padding: '0 16px',
      minHeight: '48px',
      minWidth: '48px',
      borderRadius: '12px',
      border: '0',
      background: bg,
      color: fg,
      fontFamily: '"Be Vietnam Pro", system-ui, sans-serif',
    } satisfies Partial<CSSStyleDeclaration>);
    return b;
  }
}
