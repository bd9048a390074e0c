/**
 * Keeps the screen on where the browser has Wake Lock: a browser lets the lock go whenever the
 * page is hidden, so it is asked for again each time the page shows. Answers a function that
 * lets it go for good.
 */
export function keepScreenOn(): () => void {
  let lock: WakeLockSentinel | null = null;
  let on = true;
  const ask = (): void => {
    if (!on || document.visibilityState !== 'visible' || !('wakeLock' in navigator)) return;
    navigator.wakeLock.request('screen').then(
      (sentinel) => {
        lock = sentinel;
        if (!on) void sentinel.release();
      },
      () => undefined, // Refused (no user gesture yet, a battery saver): the screen may dim.
    );
  };
  document.addEventListener('visibilitychange', ask);
  document.addEventListener('pointerdown', ask, { once: true });
  document.addEventListener('keydown', ask, { once: true });
  ask();
  return () => {
    on = false;
    document.removeEventListener('visibilitychange', ask);
    document.removeEventListener('pointerdown', ask);
    document.removeEventListener('keydown', ask);
    void lock?.release().catch(() => undefined);
    lock = null;
  };
}
