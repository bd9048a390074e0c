/**
 * The card that explains a question's protective message once it is answered or skipped: real
 * DOM over the game, like the typed answer's field, so the browser lays its text out and its
 * compositor fades it in (an opacity animation keeps its frames while the page's script builds
 * the next question). "Next" is a real button: it has the keyboard focus, Enter and Space press
 * it, and a screen reader names it.
 */
import { shieldFromGame } from '../shared/ui/dom-dialog';
import { CSS_COLOR } from '../shared/ui/theme';

/** How long the card fades in (ms). */
export const CARD_FADE_MS = 200;

export interface CardContent {
  /** The verdict: "right, +N points" or "skipped". */
  readonly title: string;
  readonly right: boolean;
  readonly answer: string;
  readonly explanation: string;
  readonly nextLabel: string;
  /** Stars earned (0–3) and their spoken name ("2 of 3 stars"). */
  readonly stars?: { readonly n: number; readonly label: string };
  /** How the points were made, part by part, the last line their sum. */
  readonly points?: readonly { readonly label: string; readonly value: number }[];
  /** A cheer for a streak ("3 right in a row!"). */
  readonly cheer?: string;
}

/** "+40", "−10", "0": a part of the points with its sign. */
export function signed(value: number): string {
  return value > 0 ? `+${String(value)}` : value < 0 ? `−${String(-value)}` : '0';
}

export interface CardOptions {
  /** CSS pixels per world unit of the game: type grows with it on large screens. */
  readonly scale: number;
  readonly reducedMotion: boolean;
}

/** The next button as the test hook reports canvas buttons: centre and size in CSS pixels. */
export interface CardButtonBox {
  readonly id: 'next';
  readonly label: string;
  readonly x: number;
  readonly y: number;
  readonly w: number;
  readonly h: number;
  readonly enabled: boolean;
  readonly focused: boolean;
}

const FONT = '"Be Vietnam Pro", system-ui, sans-serif';

function px(v: number, scale: number): string {
  return `${String(Math.round(v * scale))}px`;
}

function element<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  text: string,
  style: Partial<CSSStyleDeclaration>,
): HTMLElementTagNameMap[K] {
  const made = document.createElement(tag);
  made.textContent = text;
  Object.assign(made.style, style);
  return made;
}

export class ExplanationCard {
  /** The dim over the board, which holds the card. */
  private readonly root: HTMLElement;
  private readonly panel: HTMLElement;
  private readonly next: HTMLButtonElement;

  constructor(content: CardContent, options: CardOptions, onNext: () => void) {
    const s = options.scale;
    this.root = element('div', '', {
      position: 'fixed',
      inset: '0',
      display: 'flex',
      alignItems: 'center',
      justifyContent: 'center',
      background: 'rgba(0,0,0,.55)',
      zIndex: '10',
    });
    this.root.className = 'quiz-card-dim';
    this.panel = element('section', '', {
      boxSizing: 'border-box',
      width: `min(${px(560, s)}, calc(100% - 24px))`,
      minHeight: `min(${px(320, s)}, calc(100% - 24px))`,
      maxHeight: 'calc(100% - 24px)',
      display: 'flex',
      flexDirection: 'column',
      // The verdict and "next" stay in view; what lies between scrolls (a landscape phone).
      overflow: 'hidden',
      background: '#ffffff',
      color: '#14213d',
      borderRadius: px(20, s),
      fontFamily: FONT,
      willChange: options.reducedMotion ? 'auto' : 'opacity',
    });
    this.panel.className = 'quiz-card';
    this.panel.setAttribute('role', 'dialog');
    this.panel.setAttribute('aria-label', content.title);
    const title = element('h2', content.title, {
      margin: '0',
      flex: 'none',
      minHeight: px(64, s),
      display: 'flex',
      alignItems: 'center',
      justifyContent: 'center',
      padding: `0 ${px(16, s)}`,
      boxSizing: 'border-box',
      background: content.right ? CSS_COLOR.right : CSS_COLOR.accent,
      color: content.right ? '#ffffff' : '#14213d',
      fontSize: px(24, s),
      fontWeight: '700',
      textAlign: 'center',
    });
    const extras = this.extras(content, s);
    const answer = element('p', content.answer.toLocaleUpperCase('vi'), {
      margin: `${px(20, s)} ${px(16, s)} 0`,
      fontSize: px(26, s),
      fontWeight: '700',
      textAlign: 'center',
      lineHeight: '1.3',
    });
    const explanation = element('p', content.explanation, {
      margin: `${px(14, s)} ${px(20, s)} ${px(24, s)}`,
      fontSize: px(18, s),
      lineHeight: '1.45',
      flex: '1',
    });
    this.next = element('button', content.nextLabel, {
      flex: 'none',
      alignSelf: 'center',
      width: `min(${px(280, s)}, calc(100% - 40px))`,
      minHeight: px(52, s),
      margin: `0 0 ${px(14, s)}`,
      border: '0',
      borderRadius: px(14, s),
      background: '#1b2a4a',
      color: '#ffffff',
      fontFamily: FONT,
      fontSize: px(20, s),
      fontWeight: '700',
      cursor: 'pointer',
    });
    this.next.type = 'button';
    this.next.className = 'quiz-card-next';
    // Enter or Space still down from the keystroke that ended the answer (the typed field's
    // Enter) must not press "next" at once: a key press counts once a key went down on it.
    let keyWentDown = false;
    this.next.addEventListener('keydown', (e) => {
      if ((e.key === 'Enter' || e.key === ' ') && !e.repeat) keyWentDown = true;
    });
    this.next.addEventListener('click', (e) => {
      if (e.detail === 0 && !keyWentDown) return;
      onNext();
    });
    const body = element('div', '', {
      flex: '1 1 auto',
      minHeight: '0',
      overflowY: 'auto',
      display: 'flex',
      flexDirection: 'column',
    });
    body.className = 'quiz-card-body';
    body.append(...extras, answer, explanation);
    this.panel.append(title, body, this.next);
    this.root.append(this.panel);
    // Keys on the card are the card's: the game's own keys (letters, its focus ring) stay out,
    // and Tab stays on "next", the card's only control.
    this.root.addEventListener('keydown', (e) => {
      e.stopPropagation();
      if (e.key === 'Tab') {
        e.preventDefault();
        this.next.focus();
      }
    });
    // A tap beside the button leaves it the focus, so Enter still moves on.
    this.root.addEventListener('mousedown', (e) => {
      if (e.target !== this.next) e.preventDefault();
    });
    shieldFromGame(this.root);
    (document.getElementById('ui-layer') ?? document.body).append(this.root);
    if (!options.reducedMotion && typeof this.panel.animate === 'function')
      this.panel.animate([{ opacity: 0 }, { opacity: 1 }], { duration: CARD_FADE_MS });
    this.next.focus({ preventScroll: true });
  }

  /** The stars, the cheer and the points' parts, under the verdict. */
  private extras(content: CardContent, s: number): HTMLElement[] {
    const out: HTMLElement[] = [];
    if (content.stars) {
      const n = content.stars.n;
      const stars = element('p', '★'.repeat(n) + '☆'.repeat(3 - n), {
        margin: `${px(10, s)} 0 0`,
        fontSize: px(34, s),
        lineHeight: '1',
        letterSpacing: px(4, s),
        textAlign: 'center',
        color: '#e0a100',
      });
      stars.className = 'quiz-card-stars';
      stars.setAttribute('role', 'img');
      stars.setAttribute('aria-label', content.stars.label);
      out.push(stars);
    }
    if (content.cheer) {
      const cheer = element('p', content.cheer, {
        margin: `${px(8, s)} auto 0`,
        padding: `${px(4, s)} ${px(14, s)}`,
        borderRadius: '999px',
        background: CSS_COLOR.accent,
        fontSize: px(18, s),
        fontWeight: '700',
        textAlign: 'center',
      });
      cheer.className = 'quiz-card-cheer';
      out.push(cheer);
    }
    if (content.points && content.points.length > 0) {
      const table = element('dl', '', {
        display: 'grid',
        gridTemplateColumns: '1fr auto',
        // No gap between the columns: the rule over the total runs unbroken under both.
        columnGap: '0',
        rowGap: px(2, s),
        margin: `${px(12, s)} ${px(24, s)} 0`,
        fontSize: px(17, s),
      });
      table.className = 'quiz-card-points';
      content.points.forEach(({ label, value }, i) => {
        const last = i === (content.points?.length ?? 0) - 1;
        const line = {
          margin: '0',
          padding: last ? `${px(4, s)} 0 0` : '0',
          borderTop: last ? '2px solid #d5dbe8' : '0',
          fontWeight: last ? '700' : '400',
        };
        const value_ = element('dd', signed(value), {
          ...line,
          paddingLeft: px(16, s),
          textAlign: 'right',
          fontVariantNumeric: 'tabular-nums',
          color: value < 0 ? '#b42318' : CSS_COLOR.dark,
        });
        table.append(element('dt', label, line), value_);
      });
      out.push(table);
    }
    return out;
  }

  /** How far the card has faded in, 0 to 1: its opacity as drawn now. */
  get opacity(): number {
    return Number(getComputedStyle(this.panel).opacity);
  }

  buttonBox(): CardButtonBox {
    const r = this.next.getBoundingClientRect();
    return {
      id: 'next',
      label: this.next.textContent,
      x: Math.round(r.x + r.width / 2),
      y: Math.round(r.y + r.height / 2),
      w: Math.round(r.width),
      h: Math.round(r.height),
      enabled: this.root.isConnected,
      focused: document.activeElement === this.next,
    };
  }

  destroy(): void {
    this.root.remove();
  }
}
