import { localSettingsStore } from './shared/audio/audio-settings';
import { loadHowler, SoundBoard } from './shared/audio/sound-board';
import { SOUND_URLS } from './shared/audio/sound-urls';
import { firstScreen } from './shell/first-screen';
import { PackLibrary } from './shared/packs/pack-library';
import { loadStartPack } from './shared/packs/pack-source';
import { prefetchGame } from './shell/prefetch-game';
import { readLaunchParams, type Services } from './shared/services';
import { Shell } from './shell/shell';
import { initI18n, initialLang } from './shared/i18n';
import { SCENE, STORE_KEY } from './shared/keys';
import { browserPackStore } from './shared/storage/pack-store';
import { browserStore } from './shared/storage/safe-storage';
import { Announcer } from './shared/ui/announcer';
import { lazyReportViews } from './shell/report-loader';
import { usePackLoading } from './shared/packs/pack-in-play';
import { summarizeOldSaves } from './shell/old-saves';
import { SkitTrial } from './shell/skit-trial';
import { afterNextFrame, whenInputRests } from './shared/engine/when-idle';

/** The game engine and its scenes: loaded when an activity starts, not before the menu. */
const loadGame = () => import('./shell/start-game').then((m) => m.startGame);

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
    afterNextFrame(resolve);
  });
}

/**
 * Resolves once the game engine's files are in (prefetched after the menu shows), no game is
 * starting, the player has rested from tapping a moment and the page is idle: the sound
 * library and the first sounds, then the offline cache's download, wait for it, so that on a
 * slow line they do not share it (or the processor) with a player who pressed "play" at once
 * and waits for the first question, or who taps the first letters quickly.
 */
let engineFetched: () => void = () => undefined;
const soundsMayLoad = new Promise<void>((resolve) => {
  engineFetched = () => {
    whenInputRests(resolve);
  };
});
const loadSoundLibrary = () => soundsMayLoad.then(loadHowler);

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
    // Each sound is made in a pause of the player's taps (see whenInputRests).
    sound: new SoundBoard(
      SOUND_URLS,
      localSettingsStore(STORE_KEY.audio),
      loadSoundLibrary,
      (fn) => {
        whenInputRests(fn, 250);
      },
    ),
    store,
    library: new PackLibrary(browserPackStore(), store),
    pack: null,
    packSummary: null,
    packLoaded: Promise.resolve(),
    reducedMotion: window.matchMedia('(prefers-reduced-motion: reduce)').matches,
    meeting: null,
    showMenu: (data) => {
      shell.showMenu(data);
      trial.menuShown();
    },
    reports: lazyReportViews(store, (text) => {
      services.announcer.say(text);
    }),
    openEditor: (onClosed) => {
      // A copy of the pack in play needs its data (the built-in pack's loads after the menu).
      void services.packLoaded
        .then(() => import('./editor'))
        .then((m) => {
          m.openEditor(services, onClosed);
        });
    },
    playSkitFrom: (pack, nodeId, back) => {
      trial.play(pack, nodeId, back);
    },
  };
  const shell = new Shell(parent, services, loadGame);
  const trial = new SkitTrial(services, (key, data) => shell.open(key, data));
  // The test hook: end-to-end tests read the game through this and the live region.
  Object.assign(window, {
    __dhbc: {
      scene: () => shell.sceneName(),
      buttons: () => shell.buttonBoxes(),
      state: () => shell.testState(),
      announcements: () => services.announcer.log(),
      renderer: () => shell.renderer(),
    },
  });
  // The sound library is not needed to show the menu: it loads once the engine's files are in.
  shell.whenFirstScreenShown(() => {
    void services.sound.load();
  });
  // Once the first screen no longer needs the line: the game engine's files, which "play"
  // needs next, then the offline cache's download of the whole game.
  if (import.meta.env.MODE === 'single') engineFetched();
  else {
    shell.whenFirstScreenShown(() => {
      void prefetchGame()
        .then(() => {
          performance.mark('game-fetched');
          shell.whenNotStarting(engineFetched);
          return soundsMayLoad;
        })
        .then(() => import('./shell/offline'))
        .then((m) => {
          m.startOfflineSupport();
        });
    });
  }
  const start = await loadStartPack(params.packUrl, services.library);
  usePackLoading(services, start.summary, start.pack);
  void services.packLoaded
    .then(() => summarizeOldSaves(services))
    .then((written) => {
      if (written) shell.menu.update();
    });
  await nextTask();
  const first = firstScreen(services, Date.now());
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
