import type { Howl, HowlOptions } from 'howler';
import musicLoop from '../../../assets/audio/music-loop.json';
import type { AudioSettings, SettingsStore } from './audio-settings';
import { SOUND, SOUND_KEYS, type EffectKey, type SoundKey } from './sound-keys';
import type { SoundUrls } from './sound-urls';
import { whenIdle } from '../engine/when-idle';

/** The music file is levelled well below the effects already; this keeps it further back. */
const MUSIC_VOLUME = 0.5;
const MUSIC_FADE_IN_MS = 1500;
const MUSIC_FADE_OUT_MS = 400;
/** The sprite that loops: music.mp3 carries a little audio either side of its seamless loop. */
const MUSIC_SPRITE = 'loop';

const EFFECT_KEYS: readonly SoundKey[] = SOUND_KEYS.filter((key) => key !== SOUND.music);

/**
 * The small sounds of the first taps (about 10 KB), loaded on the first gesture. The others
 * (about 70 KB) wait for `preload()`, which the game calls once it is on screen: on a slow
 * line they would otherwise share it with the game's own code, delaying the first question.
 */
export const FIRST_EFFECTS: readonly SoundKey[] = [SOUND.tap, SOUND.tile, SOUND.right, SOUND.wrong];

/** Input events that count as a gesture; after one, browsers let a page start audio. */
const GESTURE_EVENTS = ['pointerdown', 'pointerup', 'touchend', 'mousedown', 'keydown'] as const;

/** howler's Howl class; howler itself loads after the menu (see `load`). */
export type HowlClass = new (options: HowlOptions) => Howl;

/**
 * howler, set for the Web Audio the game's sounds use (`html5: false`): no pool of ten HTML5
 * audio elements made on the player's first touch (howler's default, for sounds streamed by
 * `<audio>`), which cost the first tap on a letter some milliseconds on a slow phone.
 */
export const loadHowler = (): Promise<HowlClass> =>
  import('howler').then((m) => {
    m.Howler.html5PoolSize = 0;
    return m.Howl;
  });

/** The parts of `navigator` used here, any of which a browser may lack. */
interface BrowserNavigator {
  vibrate?: (pattern: VibratePattern) => boolean;
  userActivation?: { readonly hasBeenActive: boolean };
}

/**
 * The game's sounds, music and vibration, as the scenes use them.
 *
 * - howler itself (about 10 KB gzip, and its start-up work) is not needed for the first screen:
 *   it loads on `load()`, which the game calls once the menu is up, or on the first gesture.
 *   Until it is there, effects are dropped and music waits, as before a gesture.
 * - Sounds load lazily: a sound's Howl is made on its first `play()` or on `preload()`.
 * - Nothing sounds before the player's first touch, click or key: effects asked for earlier are
 *   dropped (not queued to burst out later) and music waits for that gesture to start.
 *   howler unlocks the audio context on that same gesture (`Howler.autoUnlock`, which is on by
 *   default and must stay on: this class never changes it).
 * - Settings (muted, music, haptics) are saved through the store on every change.
 * - Vibration follows its own `haptics` setting, not `muted`: a phone kept silent in a meeting
 *   can still give feedback by touch.
 */
export class SoundBoard {
  private current: AudioSettings;
  private readonly howls = new Map<SoundKey, Howl>();
  private HowlClass: HowlClass | null = null;
  private loading: Promise<void> | null = null;
  private warmed = false;
  /** Sounds to preload, made one per turn of `later`. */
  private readonly queue: SoundKey[] = [];
  private making = false;
  /** Sounds asked to preload before howler was there. */
  private readonly pending = new Set<SoundKey>();
  private gestureSeen: boolean;
  private pageHidden = false;
  private musicId: number | undefined;
  private musicPlaying = false;
  /** Bumped on every music start or stop, so a fade that ends late cannot undo a newer change. */
  private musicTurn = 0;
  private readonly detachers: (() => void)[] = [];

  /**
   * `later` runs a piece of background work when the page has time: the sounds to preload are
   * made one per turn (each is a request and a decode), so that a tap on a slow phone waits
   * for one at most, not for a dozen made in one go.
   */
  constructor(
    private readonly urls: SoundUrls,
    private readonly store: SettingsStore,
    private readonly loadHowl: () => Promise<HowlClass> = loadHowler,
    private readonly later: (fn: () => void) => void = whenIdle,
  ) {
    this.current = store.load();
    this.gestureSeen = browserNavigator()?.userActivation?.hasBeenActive === true;
    if (!this.gestureSeen) this.waitForGesture();
    this.followPageVisibility();
  }

  get settings(): AudioSettings {
    return this.current;
  }

  get muted(): boolean {
    return this.current.muted;
  }

  /**
   * Loads howler; then makes the Howls asked for meanwhile and starts the music if it waits.
   * Answers the same promise every time; a failed load (offline, first visit) can be retried.
   */
  load(): Promise<void> {
    this.loading ??= this.loadHowl().then(
      (HowlClass) => {
        this.HowlClass = HowlClass;
        const waiting = [...this.pending];
        this.pending.clear();
        this.preload(waiting);
        if (this.gestureSeen && this.howls.size === 0) this.preload(FIRST_EFFECTS);
        this.syncMusic();
      },
      () => {
        this.loading = null;
      },
    );
    return this.loading;
  }

  /**
   * Starts the browser's audio early, once: a page's first audio context takes long to make
   * (the audio output starts: about 80 ms here, all of it inside the browser, and as long at
   * any CPU speed). Called while the game's code downloads after "play": one made and closed
   * then, howler's own comes in about 2 ms during the first question, where a tap waits for it.
   */
  warm(): void {
    if (this.warmed || typeof AudioContext === 'undefined') return;
    this.warmed = true;
    try {
      void new AudioContext().close().catch(() => undefined);
    } catch {
      // No audio here: howler finds that out for itself.
    }
  }

  /** Starts loading sounds now, e.g. from the preloader, so the first play is not late. */
  preload(keys: readonly SoundKey[] = EFFECT_KEYS): void {
    for (const key of keys) {
      if (!this.HowlClass) this.pending.add(key);
      else if (!this.howls.has(key) && !this.queue.includes(key)) this.queue.push(key);
    }
    this.makeNext();
  }

  /**
   * Makes the first taps' sounds now, not in later turns: inside the first gesture, so that
   * howler hooks its audio unlock onto it. (Made in later turns instead, they also kept a
   * service worker's update from taking over the page when "update now" was that gesture.)
   */
  private makeAtOnce(keys: readonly SoundKey[]): void {
    for (const key of keys) {
      if (this.HowlClass) this.howl(key);
      else this.pending.add(key);
    }
  }

  /** Makes the next sound of the queue in a turn of its own, then the one after it. */
  private makeNext(): void {
    if (this.making || this.queue.length === 0) return;
    this.making = true;
    this.later(() => {
      this.making = false;
      const key = this.queue.shift();
      if (key !== undefined && this.HowlClass) this.howl(key);
      this.makeNext();
    });
  }

  /** Plays a one-shot effect; does nothing while muted or before the first gesture. */
  play(key: EffectKey): void {
    if (this.current.muted || !this.gestureSeen) return;
    this.howl(key)?.play();
  }

  setMuted(muted: boolean): void {
    if (muted === this.current.muted) return;
    this.update({ ...this.current, muted });
    if (muted) {
      for (const [key, howl] of this.howls) if (key !== SOUND.music) howl.stop();
    }
    this.syncMusic();
  }

  /** Flips mute and returns the new state, for a speaker button. */
  toggleMuted(): boolean {
    this.setMuted(!this.current.muted);
    return this.current.muted;
  }

  /** Turns the background music on or off; it fades in once sound is allowed and not muted. */
  music(on: boolean): void {
    if (on !== this.current.music) this.update({ ...this.current, music: on });
    this.syncMusic();
  }

  setHaptics(on: boolean): void {
    if (on !== this.current.haptics) this.update({ ...this.current, haptics: on });
  }

  /** Vibrates where the device can and haptics are on; silently does nothing elsewhere. */
  vibrate(pattern: VibratePattern): void {
    // Browsers ignore (and warn about) vibration before the page has had a gesture.
    if (!this.current.haptics || !this.gestureSeen) return;
    try {
      browserNavigator()?.vibrate?.(pattern);
    } catch {
      // Some embedded browsers throw instead of ignoring; feedback is optional.
    }
  }

  /** Stops everything, frees the decoded audio and removes the listeners. */
  destroy(): void {
    for (const detach of this.detachers.splice(0)) detach();
    this.queue.length = 0;
    for (const howl of this.howls.values()) howl.unload();
    this.howls.clear();
    this.musicId = undefined;
    this.musicPlaying = false;
  }

  private update(next: AudioSettings): void {
    this.current = next;
    this.store.save(next);
  }

  private howl(key: SoundKey): Howl | undefined {
    const existing = this.howls.get(key);
    if (existing) return existing;
    const url = this.urls[key];
    const HowlClass = this.HowlClass;
    if (url === undefined || HowlClass === null) return undefined;
    const isMusic = key === SOUND.music;
    const howl = new HowlClass({
      src: [url],
      // Fingerprinted and data: URLs hide the extension howler would otherwise read.
      format: ['mp3'],
      html5: false,
      preload: true,
      volume: isMusic ? 0 : 1,
      ...(isMusic
        ? { sprite: { [MUSIC_SPRITE]: [musicLoop.startMs, musicLoop.durationMs, true] } }
        : {}),
      onloaderror: () => {
        // Forget the broken Howl so a later play can try again (e.g. once back online).
        if (this.howls.get(key) !== howl) return;
        this.howls.delete(key);
        howl.unload();
        if (isMusic) {
          this.musicId = undefined;
          this.musicPlaying = false;
        }
      },
    });
    this.howls.set(key, howl);
    return howl;
  }

  /** Brings the music in line with the settings, the first gesture and page visibility. */
  private syncMusic(): void {
    const wanted =
      this.current.music && !this.current.muted && this.gestureSeen && !this.pageHidden;
    if (wanted === this.musicPlaying) return;
    this.musicTurn += 1;
    const turn = this.musicTurn;
    if (wanted) {
      const howl = this.howl(SOUND.music);
      if (!howl) return;
      this.musicPlaying = true;
      // Resume where it was paused; howler answers null when it no longer knows the id.
      const resumed =
        this.musicId === undefined ? null : (howl.play(this.musicId) as number | null);
      const id = resumed ?? howl.play(MUSIC_SPRITE);
      this.musicId = id;
      howl.fade(0, MUSIC_VOLUME, MUSIC_FADE_IN_MS, id);
      return;
    }
    this.musicPlaying = false;
    const howl = this.howls.get(SOUND.music);
    const id = this.musicId;
    if (!howl || id === undefined) return;
    if (this.pageHidden) {
      howl.pause(id);
      return;
    }
    const volume = howl.volume(id);
    howl.fade(typeof volume === 'number' ? volume : MUSIC_VOLUME, 0, MUSIC_FADE_OUT_MS, id);
    howl.once(
      'fade',
      () => {
        if (turn === this.musicTurn) howl.pause(id);
      },
      id,
    );
  }

  private waitForGesture(): void {
    if (typeof window === 'undefined') return;
    const target = window;
    const onGesture = (): void => {
      detach();
      this.gestureSeen = true;
      // Making the Howls inside the gesture lets howler hook its unlock onto this same event
      // (its listener sits on document, which this event reaches after window). Without
      // howler yet, it unlocks on the next gesture.
      if (this.howls.size === 0 && this.pending.size === 0) this.makeAtOnce(FIRST_EFFECTS);
      this.syncMusic();
      void this.load();
    };
    const detach = (): void => {
      for (const type of GESTURE_EVENTS) {
        target.removeEventListener(type, onGesture, { capture: true });
      }
    };
    for (const type of GESTURE_EVENTS) {
      target.addEventListener(type, onGesture, { capture: true, passive: true });
    }
    this.detachers.push(detach);
  }

  /** Pauses the music while the page is hidden (phone locked, app switched) and resumes it. */
  private followPageVisibility(): void {
    if (typeof document === 'undefined') return;
    const page = document;
    const onChange = (): void => {
      this.pageHidden = page.visibilityState === 'hidden';
      this.syncMusic();
    };
    this.pageHidden = page.visibilityState === 'hidden';
    page.addEventListener('visibilitychange', onChange);
    this.detachers.push(() => {
      page.removeEventListener('visibilitychange', onChange);
    });
  }
}

function browserNavigator(): BrowserNavigator | undefined {
  return (globalThis as { navigator?: BrowserNavigator }).navigator;
}
