/**
 * The time bonus, seen: a bar that shrinks as the bonus does, and the bonus and seconds it has
 * left ("+36 · 18 s"). It is an element over the canvas: its text changes once a second and the
 * compositor moves the bar between, so the canvas draws no frames for it. With reduced motion
 * the bar steps once a second instead of gliding.
 */
import { timeBonus } from '../core/quiz/scoring';
import { CSS_COLOR } from '../shared/ui/theme';
import { placeOver } from './over-canvas';
import type { Box } from './quiz-layout';

export interface TimerTexts {
  /** "Bonus +{{bonus}} · {{seconds}} s" */
  readonly left: (bonus: number, seconds: number) => string;
  /** "No speed bonus left" */
  readonly over: string;
}

/** The question the timer runs for: when it was shown, its points and time limit. */
export interface TimedQuestion {
  readonly id: string;
  readonly shownAt: number;
  readonly points: number;
  readonly timeLimitSec: number;
}

/** What the strip shows at `now`: the bar's share, the bonus, whole seconds left. */
export function timerReading(
  q: TimedQuestion,
  now: number,
): { share: number; bonus: number; seconds: number } {
  const limitMs = q.timeLimitSec * 1000;
  const elapsed = Math.max(0, now - q.shownAt);
  const share = limitMs > 0 ? Math.max(0, 1 - elapsed / limitMs) : 0;
  return {
    share,
    bonus: timeBonus(q.points, elapsed, q.timeLimitSec),
    seconds: Math.ceil((share * limitMs) / 1000),
  };
}

/**
 * Narrowest strip that holds the bar (72 px at least) beside the longest reading at 16 px
 * ("No speed bonus left", "Thưởng +100 · 30s"); a narrower one (a 360 px phone, a landscape
 * phone's picture column) shows the words over the bar, so they never run under the clue button.
 */
export const TIMER_ROW_MIN_W = 250;

/** Whether a strip `width` CSS px wide puts the words over the bar instead of beside it. */
export function timerStacked(width: number): boolean {
  return width < TIMER_ROW_MIN_W;
}

export class QuestionTimer {
  private readonly root: HTMLElement;
  private readonly fill: HTMLElement;
  private readonly text: HTMLElement;
  private readonly track: HTMLElement;
  private question: TimedQuestion | null = null;
  private interval: number | undefined;

  constructor(
    parent: HTMLElement,
    private readonly texts: TimerTexts,
    private readonly reducedMotion: boolean,
    private readonly clock: () => number = Date.now,
  ) {
    this.root = document.createElement('div');
    this.root.className = 'quiz-timer';
    this.root.setAttribute('aria-hidden', 'true');
    Object.assign(this.root.style, {
      display: 'flex',
      pointerEvents: 'none',
      font: `700 16px "Be Vietnam Pro", system-ui, sans-serif`,
      padding: '0 2px',
      color: CSS_COLOR.text,
      whiteSpace: 'nowrap',
    } satisfies Partial<CSSStyleDeclaration>);
    const track = document.createElement('div');
    Object.assign(track.style, {
      height: '10px',
      borderRadius: '5px',
      background: '#314e86',
      overflow: 'hidden',
    } satisfies Partial<CSSStyleDeclaration>);
    this.track = track;
    this.fill = document.createElement('div');
    Object.assign(this.fill.style, {
      width: '100%',
      height: '100%',
      borderRadius: '5px',
      background: CSS_COLOR.accent,
      transformOrigin: 'left center',
      willChange: reducedMotion ? 'auto' : 'transform',
    } satisfies Partial<CSSStyleDeclaration>);
    track.append(this.fill);
    this.text = document.createElement('span');
    Object.assign(this.text.style, {
      color: CSS_COLOR.accent,
      minWidth: '0',
      overflow: 'hidden',
      textOverflow: 'ellipsis',
    } satisfies Partial<CSSStyleDeclaration>);
    this.root.append(track, this.text);
    parent.append(this.root);
  }

  /** Runs for `q` in `box` (world units, `scale` CSS pixels each); null stops and hides it. */
  show(q: TimedQuestion | null, box: Box, scale: number): void {
    placeOver(this.root, box, scale);
    const stacked = timerStacked(box.w * scale);
    Object.assign(this.root.style, {
      flexDirection: stacked ? 'column-reverse' : 'row',
      alignItems: stacked ? 'stretch' : 'center',
      justifyContent: 'center',
      gap: stacked ? '4px' : '8px',
    } satisfies Partial<CSSStyleDeclaration>);
    Object.assign(this.track.style, {
      flex: stacked ? '0 0 8px' : '1',
      minWidth: stacked ? '0' : '72px',
    } satisfies Partial<CSSStyleDeclaration>);
    this.root.style.visibility = q ? 'visible' : 'hidden';
    if (q?.id === this.question?.id && q?.shownAt === this.question?.shownAt) return;
    this.question = q;
    window.clearInterval(this.interval);
    this.interval = undefined;
    if (!q) return;
    this.tick(true);
    this.interval = window.setInterval(() => {
      this.tick(false);
    }, 1000);
  }

  /** What the strip says now, for the test hook. */
  get shown(): { text: string; share: number } | null {
    if (!this.question) return null;
    return { text: this.text.textContent, share: timerReading(this.question, this.clock()).share };
  }

  destroy(): void {
    window.clearInterval(this.interval);
    this.root.remove();
  }

  /** Reads the clock; `first`: the question has just come, the bar starts where it is. */
  private tick(first: boolean): void {
    const q = this.question;
    if (!q) return;
    const now = this.clock();
    const r = timerReading(q, now);
    this.text.textContent = r.bonus > 0 ? this.texts.left(r.bonus, r.seconds) : this.texts.over;
    if (this.reducedMotion) {
      this.fill.style.transform = `scaleX(${String(r.share)})`;
    } else {
      // The bar glides for a second to where it will be at the next reading.
      const ahead = timerReading(q, now + 1000).share;
      const glide = (): void => {
        this.fill.style.transition = 'transform 1s linear';
        this.fill.style.transform = `scaleX(${String(ahead)})`;
      };
      if (first) {
        this.fill.style.transition = 'none';
        this.fill.style.transform = `scaleX(${String(r.share)})`;
        requestAnimationFrame(glide);
      } else glide();
    }
    if (r.share <= 0) {
      window.clearInterval(this.interval);
      this.interval = undefined;
    }
  }
}
