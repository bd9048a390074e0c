/**
 * Runs `fn` when the page has nothing else to do (at the latest after `timeout` ms), for work
 * that makes a later tap cheaper. Answers a function that cancels it.
 */
export function whenIdle(fn: () => void, timeout = 1000): () => void {
  if (typeof window.requestIdleCallback === 'function') {
    const id = window.requestIdleCallback(fn, { timeout });
    return () => {
      window.cancelIdleCallback(id);
    };
  }
  const id = window.setTimeout(fn, 100);
  return () => {
    window.clearTimeout(id);
  };
}

/**
 * Runs `fn` once the next frame is drawn (in a task after the next animation frame), for work
 * an input starts that the picture it changes need not wait for: a card that fades in anyway.
 * Answers a function that cancels it.
 */
export function afterNextFrame(fn: () => void): () => void {
  let timer: number | undefined;
  const frame = window.requestAnimationFrame(() => {
    timer = window.setTimeout(fn, 0);
  });
  return () => {
    window.cancelAnimationFrame(frame);
    if (timer !== undefined) window.clearTimeout(timer);
  };
}

/** Input that says the player is busy with the game. */
const BUSY_EVENTS = ['pointerdown', 'keydown'] as const;

/** When each page (window) last had such input, once something asked. */
const lastInput = new WeakMap<object, number>();

function watchInput(): void {
  if (lastInput.has(window)) return;
  lastInput.set(window, Number.NEGATIVE_INFINITY);
  const busy = (): void => {
    lastInput.set(window, Date.now());
  };
  for (const type of BUSY_EVENTS)
    window.addEventListener(type, busy, { capture: true, passive: true });
}

/**
 * Runs `fn` once the player has rested from input for `restMs` and the page is idle, or at the
 * latest about `maxMs` after the call: for background work (the sounds, the offline copy) that
 * must not land between a player's quick taps on a slow phone, where each tap would wait for it.
 * A player who has been resting a while gets it at once.
 */
export function whenInputRests(fn: () => void, restMs = 400, maxMs = 15_000): void {
  watchInput();
  const asked = Date.now();
  const check = (): void => {
    const now = Date.now();
    const rested = now - (lastInput.get(window) ?? Number.NEGATIVE_INFINITY);
    if (rested >= restMs || now - asked >= maxMs) whenIdle(fn);
    else window.setTimeout(check, Math.min(restMs - rested, maxMs - (now - asked)));
  };
  check();
}
