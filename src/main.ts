import { localSettingsStore } from './audio/audio-settings';
import { SoundBoard } from './audio/sound-board';
import { SOUND_URLS } from './audio/sound-urls';
import { firstScreen } from './app/first-screen';
import { PackLibrary } from './app/pack-library';
import { loadStartPack } from './app/pack-source';
import { prefetchGame } from './app/prefetch-game';
import { readLaunchParams, type Services } from './app/services';
import { Shell } from './app/shell';
import { initI18n, initialLang } from './i18n/i18n';
import { SCENE, STORE_KEY } from './scenes/keys';
import { browserPackStore } from './storage/pack-store';
import { browserStore } from './storage/safe-storage';
import { Announcer } from './ui/announcer';

/** The game engine and its scenes: loaded when an activity starts, not before the menu. */
const loadGame = () => import('./game/start-game').then((m) => m.startGame);

/**
 * Lets the browser paint and answer input between steps of the start: a slow phone should not
 * spend one long stretch of script before the menu.
 */
function nextTask(): Promise<void> {
  return new Promise((resolve) => {
    setTimeout(resolve, 0);
  });
}

/** Resolves in the task after the next frame is drawn. */
function afterNextPaint(): Promise<void> {
  return new Promise((resolve) => {
    requestAnimationFrame(() => {
      setTimeout(resolve, 0);
    });
  });
}

async function main(): Promise<void> {
  const params = readLaunchParams(window.location.search);
  await initI18n(initialLang(params.lang));
  await nextTask();
  const live = document.getElementById('live');
  const parent = document.getElementById('game');
  if (!live || !parent) throw new Error('index.html lacks #live or #game');
  const store = browserStore();
  const services: Services = {
    params,
    announcer: new Announcer(live),
    sound: new SoundBoard(SOUND_URLS, localSettingsStore(STORE_KEY.audio)),
    store,
    library: new PackLibrary(browserPackStore(), store),
    pack: null,
    reducedMotion: window.matchMedia('(prefers-reduced-motion: reduce)').matches,
    meeting: null,
    showMenu: (data) => {
      shell.showMenu(data);
    },
  };
  const shell = new Shell(parent, services, loadGame);
  // The test hook: end-to-end tests read the game through this and the live region.
  Object.assign(window, {
    __dhbc: {
      scene: () => shell.sceneName(),
      buttons: () => shell.buttonBoxes(),
      state: () => shell.testState(),
      announcements: () => services.announcer.log(),
      renderer: () => shell.renderer(),
      // For `npm run bench:packs` only: a separate chunk that players never download.
      packBench: () => import('./app/pack-bench'),
    },
  });
  // The sound library is not needed to show the menu: it loads once the first screen is up.
  shell.whenFirstScreenShown(() => {
    void services.sound.load();
  });
  // Once the first screen no longer needs the line: the game engine's files, which "play"
  // needs next, then the offline cache's download of the whole game.
  if (import.meta.env.MODE !== 'single') {
    shell.whenFirstScreenShown(() => {
      void prefetchGame()
        .then(() => {
          performance.mark('game-fetched');
          return import('./app/offline');
        })
        .then((m) => {
          m.startOfflineSupport();
        });
    });
  }
  const start = await loadStartPack(params.packUrl, services.library);
  services.pack = start.pack;
  await nextTask();
  const first = firstScreen(services);
  const news = { packProblems: start.problems, packNotice: start.notice };
  // The splash is painted at least once, even on a fast machine that has everything cached:
  // the page's first paint is its real title, never an empty page.
  await afterNextPaint();
  if (first === SCENE.menu) {
    shell.showMenu(news);
  } else {
    // A meeting that comes back, or ?mode=host: the projector opens straight into the game.
    // Should the game's code fail to load, the menu at least shows what is possible.
    await shell.open(first, news).catch(() => {
      shell.showMenu(news);
    });
  }
}

void main();
