/**
 * Has the browser fetch the game engine's files into its cache while the player reads the menu
 * (the build lists them in `#game-files`, see `gameFileList` in vite.config.ts): pressing
 * "play" then waits only for them to run. `<link rel="prefetch">` leaves the download to the
 * browser, at its lowest priority and off the page's main thread (reading the bodies from a
 * script cost a slow phone long tasks). Resolves once every file has arrived or failed.
 */
export function prefetchGame(): Promise<void> {
  const list = document.getElementById('game-files')?.textContent;
  let files: unknown = [];
  try {
    files = list ? JSON.parse(list) : [];
  } catch {
    // A page without the list (the development server): nothing to fetch ahead.
  }
  if (!Array.isArray(files)) return Promise.resolve();
  const loads = files
    .filter((file): file is string => typeof file === 'string')
    .map(
      (file) =>
        new Promise<void>((resolve) => {
          const link = document.createElement('link');
          link.rel = 'prefetch';
          link.href = new URL(file, document.baseURI).href;
          // As the module loader asks for them, so the cached copy is the one it takes.
          link.crossOrigin = 'anonymous';
          link.addEventListener('load', () => {
            resolve();
          });
          link.addEventListener('error', () => {
            resolve();
          });
          document.head.append(link);
        }),
    );
  return Promise.all(loads).then(() => undefined);
}
