/**
 * Fetches the game engine's files into the browser's cache while the player reads the menu
 * (the build lists them in `#game-files`, see `gameFileList` in vite.config.ts): pressing
 * "play" then waits only for them to run. One at a time and at low priority, so the line stays
 * free for anything the player asks for. Resolves when done, whether or not all arrived.
 */
export async function prefetchGame(): Promise<void> {
  const list = document.getElementById('game-files')?.textContent;
  if (!list) return;
  let files: unknown;
  try {
    files = JSON.parse(list);
  } catch {
    return;
  }
  if (!Array.isArray(files)) return;
  for (const file of files) {
    if (typeof file !== 'string') continue;
    try {
      const response = await fetch(new URL(file, document.baseURI), { priority: 'low' });
      await response.arrayBuffer();
    } catch {
      // Offline or gone: the game loads them itself when play starts.
    }
  }
}
