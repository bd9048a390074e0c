/** How long a picture may take to load before the game goes on without it. */
export const PICTURE_LOAD_TIMEOUT_MS = 8000;

/**
 * Waits for a load to finish, but no longer than `ms`: a picture that never finishes loading
 * must not keep the game waiting for it. `start` begins the load and is handed the function
 * that reports it done; the answer says which came first.
 */
export function loadWithin(
  start: (done: () => void) => void,
  ms: number = PICTURE_LOAD_TIMEOUT_MS,
): Promise<'loaded' | 'timed-out'> {
  return new Promise((resolve) => {
    const timer = setTimeout(() => {
      resolve('timed-out');
    }, ms);
    start(() => {
      clearTimeout(timer);
      resolve('loaded');
    });
  });
}
