/**
 * The question's written clue, in a readable box over the lower part of the picture: real DOM
 * text (marks drawn whole by the browser), dark on light, with a close button. Closing it
 * only hides it: the clue was paid for, and the clue button shows it again for nothing.
 */
import { shieldFromGame } from '../shared/ui/dom-dialog';
import { CSS_COLOR } from '../shared/ui/theme';
import { placeOver } from './over-canvas';
import type { Box } from './quiz-layout';

export interface ClueTexts {
  /** "Gợi ý", before the clue. */
  readonly title: string;
  /** The close button's name for screen readers. */
  readonly close: string;
}

export class ClueBox {
  private readonly root: HTMLElement;
  private readonly body: HTMLElement;

  constructor(parent: HTMLElement, texts: ClueTexts, onClose: () => void) {
    this.root = document.createElement('section');
    this.root.className = 'quiz-clue';
    this.root.setAttribute('aria-label', texts.title);
    Object.assign(this.root.style, {
      display: 'none',
      padding: '6px 6px 8px 12px',
      borderRadius: '14px',
      border: `3px solid ${CSS_COLOR.accent}`,
      background: '#fffbea',
      color: CSS_COLOR.dark,
      boxShadow: '0 4px 12px rgba(0,0,0,.35)',
      overflowY: 'auto',
      font: '16px/1.4 "Be Vietnam Pro", system-ui, sans-serif',
      zIndex: '2',
    } satisfies Partial<CSSStyleDeclaration>);
    const close = document.createElement('button');
    close.type = 'button';
    close.className = 'quiz-clue-close';
    close.textContent = '×';
    close.setAttribute('aria-label', texts.close);
    Object.assign(close.style, {
      float: 'right',
      width: '44px',
      height: '40px',
      margin: '-4px 0 0 4px',
      border: '0',
      background: 'transparent',
      color: CSS_COLOR.dark,
      font: '700 28px/1 system-ui, sans-serif',
      cursor: 'pointer',
    } satisfies Partial<CSSStyleDeclaration>);
    close.addEventListener('click', onClose);
    const title = document.createElement('strong');
    title.textContent = `${texts.title}: `;
    title.style.color = '#8a5a00';
    this.body = document.createElement('span');
    this.body.className = 'quiz-clue-text';
    const text = document.createElement('p');
    Object.assign(text.style, { margin: '0' });
    text.append(title, this.body);
    this.root.append(close, text);
    shieldFromGame(this.root);
    parent.append(this.root);
  }

  /** Shows `text` in `box` (world units, `scale` CSS pixels each); null hides the box. */
  show(text: string | null, box: Box, scale: number): void {
    placeOver(this.root, box, scale);
    // As tall as the clue needs, up to the box; a longer one scrolls inside it.
    this.root.style.height = 'auto';
    this.root.style.maxHeight = `${String(Math.round(box.h * scale))}px`;
    this.root.style.display = text === null ? 'none' : 'block';
    if (text !== null && this.body.textContent !== text) this.body.textContent = text;
  }

  /** The clue on screen, or null. */
  get shown(): string | null {
    return this.root.style.display === 'none' ? null : this.body.textContent;
  }

  destroy(): void {
    this.root.remove();
  }
}
