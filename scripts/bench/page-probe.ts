/**
 * What the frame benchmark records in the page, put there by `addInitScript` before the game
 * loads: the game ships nothing of it. It wraps `requestAnimationFrame` (the game's loop draws
 * each frame in one of its callbacks), `Element.prototype.animate` (the compositor animations:
 * a letter's flight, a card's fade) and listens to CSS animations and transitions, and to taps
 * and keys. Each build is measured the same way, whatever probes of its own it may hold.
 */
import type { ProbedFrame, Span } from './stats';

/** What the probe has recorded so far. */
export interface PageRecord {
  readonly frames: ProbedFrame[];
  readonly inputs: number[];
  readonly animations: Span[];
}

declare global {
  interface Window {
    __benchProbe?: PageRecord & { clear(): void };
  }
}

/**
 * Installs the probe (runs in the page, so it uses nothing from outside its own body). A frame
 * is a callback of `requestAnimationFrame` that asked for another one or not: when it did not,
 * frames stop after it (the game's loop sleeps while nothing moves). `tweens` counts the page's
 * animations running when the frame ended, `tweenMs` the longest one's duration; `refresh` is
 * the callback's timestamp, the same for every callback of one display refresh.
 */
export function installPageProbe(): void {
  const frames: ProbedFrame[] = [];
  const inputs: number[] = [];
  const animations: Span[] = [];
  window.__benchProbe = {
    frames,
    inputs,
    animations,
    clear: () => {
      frames.length = 0;
      inputs.length = 0;
      animations.length = 0;
    },
  };
  for (const type of ['pointerup', 'keydown'])
    window.addEventListener(type, () => inputs.push(performance.now()), { capture: true });

  const durationOf = (timing: unknown): number => {
    if (typeof timing === 'number') return timing;
    if (timing && typeof timing === 'object' && 'duration' in timing) {
      const d = (timing as { duration?: unknown }).duration;
      return typeof d === 'number' ? d : 0;
    }
    return 0;
  };
  const animate = Object.getOwnPropertyDescriptor(Element.prototype, 'animate')?.value as (
    this: Element,
    ...args: Parameters<Element['animate']>
  ) => Animation;
  Element.prototype.animate = function (this: Element, keyframes, options) {
    const animation = animate.call(this, keyframes, options);
    const ms = durationOf(options);
    void animation.ready.then(
      () => {
        const start = Number(animation.startTime);
        animations.push({ start, end: start + ms / (animation.playbackRate || 1) });
      },
      () => undefined,
    );
    return animation;
  };
  // CSS animations and transitions: from their start event to their end event.
  const started = new Map<EventTarget, number>();
  for (const [begin, end] of [
    ['animationstart', 'animationend'],
    ['transitionrun', 'transitionend'],
  ] as const) {
    document.addEventListener(begin, (e) => {
      if (e.target) started.set(e.target, performance.now());
    });
    document.addEventListener(end, (e) => {
      const start = e.target ? started.get(e.target) : undefined;
      if (start === undefined || !e.target) return;
      started.delete(e.target);
      animations.push({ start, end: performance.now() });
    });
  }

  const raf = window.requestAnimationFrame.bind(window);
  let asked = false;
  window.requestAnimationFrame = (callback) => {
    asked = true;
    return raf((time) => {
      const start = performance.now();
      asked = false;
      try {
        callback(time);
      } finally {
        const running = document.getAnimations();
        frames.push({
          refresh: time,
          start,
          end: performance.now(),
          tweens: running.length,
          tweenMs: running.reduce(
            (ms, a) => Math.max(ms, Number(a.effect?.getTiming().duration) || 0),
            0,
          ),
          running: true,
          stoppedAfter: !asked,
        });
      }
    });
  };
}

/**
 * The probe as a script for the page. tsx keeps function names by wrapping them in a `__name`
 * helper that exists only in Node: the page gets a stand-in that leaves them as they are.
 */
export function probeScript(): string {
  return `var __name = (f) => f; (${installPageProbe.toString()})();`;
}
