import { localSettingsStore } from './audio/audio-settings';
import { SoundBoard } from './audio/sound-board';
import { SOUND_URLS } from './audio/sound-urls';
import { PackLibrary } from './app/pack-library';
import { StandInScene } from './game/lazy-scenes';
import { startGame } from './game/start-game';
import { readLaunchParams, type Services } from './app/services';
import { initI18n, initialLang } from './i18n/i18n';
import type { BaseScene } from './scenes/base-scene';
import { GAME_EVENT, STORE_KEY } from './scenes/keys';
import { browserPackStore } from './storage/pack-store';
import { browserStore } from './storage/safe-storage';
import { Announcer } from './ui/announcer';

async function main(): Promise<void> {
  const params = readLaunchParams(window.location.search);
  await initI18n(initialLang(params.lang));
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
  };
  const game = startGame(parent, services);
  // The sound library is not needed to show the menu: it loads once the menu is up.
  game.events.once(GAME_EVENT.menuReady, () => {
    void services.sound.load();
  });
  // The offline cache downloads the whole game: start it once the menu no longer needs the line.
  if (import.meta.env.MODE !== 'single') {
    game.events.once(GAME_EVENT.menuReady, () => {
      void import('./app/offline').then((m) => {
        m.startOfflineSupport();
      });
    });
  }
  // A stand-in holding a scene's key while its code loads is not that scene yet.
  const current = (): BaseScene | undefined =>
    game.scene.getScenes(true).find((s) => !(s instanceof StandInScene)) as BaseScene | undefined;
  // The test hook: end-to-end tests read the game through this and the live region.
  Object.assign(window, {
    __dhbc: {
      scene: () => current()?.scene.key ?? null,
      buttons: () => current()?.buttonBoxes() ?? [],
      state: () => current()?.testState() ?? null,
      announcements: () => services.announcer.log(),
      renderer: () => (game.renderer.type === 2 ? 'webgl' : 'canvas'),
      // For `npm run bench:packs` only: a separate chunk that players never download.
      packBench: () => import('./app/pack-bench'),
    },
  });
}

void main();
