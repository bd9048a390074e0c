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
