/**
 * "Not quite": a red badge on the picture's lower edge, just above the answer slots, while the
 * answer on them (or the one just typed) is wrong. It pops in; with reduced motion it simply
 * appears. The slots turn red beside it (quiz-board.ts), so colour is never the only sign.
 */
import { CSS_COLOR } from '../shared/ui/theme';

export class WrongBadge {
  private readonly root: HTMLElement;
  private visible = false;

  constructor(
    parent: HTMLElement,
    text: string,
    private readonly reducedMotion: boolean,
  ) {
    this.root = document.createElement('div');
    this.root.className = 'quiz-wrong';
    this.root.textContent = `✗ ${text}`;
    // The live region already says it; the badge is for the eyes.
    this.root.setAttribute('aria-hidden', 'true');
    Object.assign(this.root.style, {
      position: 'absolute',
      display: 'none',
      transform: 'translate(-50%, -50%)',
      padding: '6px 18px',
      borderRadius: '999px',
      background: CSS_COLOR.wrong,
      color: '#ffffff',
      border: '2px solid #ffffff',
      boxShadow: '0 3px 10px rgba(0,0,0,.4)',
      font: '700 20px/1.3 "Be Vietnam Pro", system-ui, sans-serif',
      whiteSpace: 'nowrap',
      pointerEvents: 'none',
      zIndex: '3',
    } satisfies Partial<CSSStyleDeclaration>);
    parent.append(this.root);
  }

  /** Shows the badge centred on `at` (world units, `scale` CSS pixels each) or hides it. */
  show(on: boolean, at: { x: number; y: number }, scale: number): void {
    this.root.style.left = `${String(Math.round(at.x * scale))}px`;
    this.root.style.top = `${String(Math.round(at.y * scale))}px`;
    if (on === this.visible) return;
    this.visible = on;
    this.root.style.display = on ? 'block' : 'none';
    if (on && !this.reducedMotion && typeof this.root.animate === 'function')
      this.root.animate(
        [
          { transform: 'translate(-50%, -50%) scale(0.6)', opacity: 0 },
          { transform: 'translate(-50%, -50%) scale(1.08)', opacity: 1, offset: 0.7 },
          { transform: 'translate(-50%, -50%) scale(1)', opacity: 1 },
        ],
        { duration: 260, easing: 'ease-out' },
      );
  }

  get shown(): boolean {
    return this.visible;
  }

  destroy(): void {
    this.root.remove();
  }
}
