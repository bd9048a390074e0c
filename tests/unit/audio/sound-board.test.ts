import type { HowlOptions } from 'howler';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import {
  DEFAULT_AUDIO_SETTINGS,
  memorySettingsStore,
} from '../../../src/shared/audio/audio-settings';
import { FIRST_EFFECTS, SoundBoard, type HowlClass } from '../../../src/shared/audio/sound-board';
import { SOUND, SOUND_KEYS } from '../../../src/shared/audio/sound-keys';
import type { SoundUrls } from '../../../src/shared/audio/sound-urls';

const { FakeHowl, FakeHowler } = vi.hoisted(() => {
  /** A stand-in for howler's Howl that records what the board asks of it. */
  class FakeHowl {
    static made: FakeHowl[] = [];
    readonly calls: string[] = [];
    private nextId = 1;
    private readonly fadeListeners: (() => void)[] = [];

    constructor(readonly options: HowlOptions) {
      FakeHowl.made.push(this);
    }

    play(spriteOrId?: string | number): number {
      this.calls.push(`play ${String(spriteOrId ?? '')}`.trim());
      if (typeof spriteOrId === 'number') return spriteOrId;
      const id = this.nextId;
      this.nextId += 1;
      return id;
    }

    fade(from: number, to: number, _ms: number, id: number): this {
      this.calls.push(`fade ${from}->${to} #${id}`);
      return this;
    }

    once(_event: 'fade', listener: () => void): this {
      this.fadeListeners.push(listener);
      return this;
    }

    finishFade(): void {
      for (const listener of this.fadeListeners.splice(0)) listener();
    }

    volume(): number {
      return 0.5;
    }

    pause(id: number): this {
      this.calls.push(`pause #${id}`);
      return this;
    }

    stop(): this {
      this.calls.push('stop');
      return this;
    }

    unload(): void {
      this.calls.push('unload');
    }
  }
  /** howler's global settings, as the board leaves them. */
  const FakeHowler = { html5PoolSize: 10 };
  return { FakeHowl, FakeHowler };
});

type FakeHowlInstance = InstanceType<typeof FakeHowl>;

vi.mock('howler', () => ({ Howl: FakeHowl, Howler: FakeHowler }));

const URLS: SoundUrls = Object.fromEntries(SOUND_KEYS.map((key) => [key, `/audio/${key}.mp3`]));

class FakePage extends EventTarget {
  visibilityState: DocumentVisibilityState = 'visible';
}

let page: FakePage;
let windowTarget: EventTarget;

beforeEach(() => {
  FakeHowl.made = [];
  windowTarget = new EventTarget();
  page = new FakePage();
  vi.stubGlobal('window', windowTarget);
  vi.stubGlobal('document', page);
  vi.stubGlobal('navigator', {});
});

afterEach(() => {
  vi.unstubAllGlobals();
});

/** Background work done at once: each sound asked for is made before the call returns. */
const AT_ONCE = (fn: () => void): void => {
  fn();
};

/** The stand-in, as the board's loader hands it over. */
const FAKE_HOWL = FakeHowl as unknown as HowlClass;

/** A board whose sound library has loaded, as it has a moment after the menu is up. */
async function loadedBoard(
  urls: SoundUrls = URLS,
  store = memorySettingsStore(),
): Promise<SoundBoard> {
  const board = new SoundBoard(urls, store, () => Promise.resolve(FAKE_HOWL), AT_ONCE);
  await board.load();
  return board;
}

function gesture(type = 'pointerdown'): void {
  windowTarget.dispatchEvent(new Event(type));
}

function howlFor(key: string): FakeHowlInstance | undefined {
  return FakeHowl.made.find((howl) => howl.options.src[0] === `/audio/${key}.mp3`);
}

describe('before the first gesture', () => {
  it('plays nothing and makes no Howl', async () => {
    const board = await loadedBoard();
    board.play(SOUND.tap);
    board.music(true);
    expect(FakeHowl.made).toEqual([]);
  });

  it('starts the music that was asked for once the player touches the page', async () => {
    const board = await loadedBoard();
    board.music(true);
    gesture('touchend');

    const music = howlFor(SOUND.music);
    expect(music?.options.sprite).toEqual({ loop: [expect.any(Number), expect.any(Number), true] });
    expect(music?.calls).toEqual(['play loop', 'fade 0->0.5 #1']);
  });

  it("loads the first taps' sounds on that first gesture so audio unlocks in it", async () => {
    // Background turns that never come: the gesture makes its sounds itself, at once.
    const board = new SoundBoard(
      URLS,
      memorySettingsStore(),
      () => Promise.resolve(FAKE_HOWL),
      () => undefined,
    );
    await board.load();
    gesture('keydown');
    expect(FakeHowl.made.map((howl) => howl.options.src[0])).toEqual(
      FIRST_EFFECTS.map((key) => `/audio/${key}.mp3`),
    );
  });

  it('loads the other effects, not the music, when asked once the game shows', async () => {
    const board = await loadedBoard();
    gesture('keydown');
    board.preload();
    expect(FakeHowl.made).toHaveLength(SOUND_KEYS.length - 1);
    expect(howlFor(SOUND.music)).toBeUndefined();
  });

  it('makes the sounds it preloads one per turn of background work, not all at once', async () => {
    const turns: (() => void)[] = [];
    const board = new SoundBoard(
      URLS,
      memorySettingsStore(),
      () => Promise.resolve(FAKE_HOWL),
      (fn) => turns.push(fn),
    );
    await board.load();
    board.preload([SOUND.hint, SOUND.celebrate, SOUND.applause]);
    expect(FakeHowl.made).toHaveLength(0);
    turns.shift()?.();
    expect(FakeHowl.made.map((h) => h.options.src[0])).toEqual(['/audio/hint.mp3']);
    turns.shift()?.();
    turns.shift()?.();
    expect(FakeHowl.made).toHaveLength(3);
    expect(turns).toHaveLength(0);
    // A sound played before its turn is made at once, and not made again.
    board.preload([SOUND.timeUp]);
    gesture();
    board.play(SOUND.timeUp);
    turns.shift()?.();
    expect(FakeHowl.made.filter((h) => h.options.src[0] === '/audio/timeUp.mp3')).toHaveLength(1);
  });

  it('treats a page that already had a gesture as unlocked', async () => {
    vi.stubGlobal('navigator', { userActivation: { hasBeenActive: true } });
    const board = await loadedBoard();
    board.play(SOUND.right);
    expect(howlFor(SOUND.right)?.calls).toEqual(['play']);
  });
});

describe('while the sound library loads', () => {
  it('drops effects and keeps the music waiting, then makes them once it has loaded', async () => {
    let arrive: (howl: HowlClass) => void = () => undefined;
    const library = new Promise<HowlClass>((resolve) => {
      arrive = resolve;
    });
    const board = new SoundBoard(URLS, memorySettingsStore(), () => library, AT_ONCE);
    board.music(true);
    gesture();
    board.play(SOUND.tap);
    expect(FakeHowl.made).toEqual([]);

    arrive(FAKE_HOWL);
    await board.load();
    // The first taps' effects are ready for the next play, and the music that was asked for
    // has started.
    expect(FakeHowl.made).toHaveLength(FIRST_EFFECTS.length + 1);
    expect(howlFor(SOUND.tap)?.calls).toEqual([]);
    expect(howlFor(SOUND.music)?.calls).toEqual(['play loop', 'fade 0->0.5 #1']);
    board.play(SOUND.tap);
    expect(howlFor(SOUND.tap)?.calls).toEqual(['play']);
  });

  it('tries again after a failed load (offline on a first visit)', async () => {
    const load = vi
      .fn<() => Promise<HowlClass>>()
      .mockRejectedValueOnce(new TypeError('Failed to fetch'))
      .mockResolvedValue(FAKE_HOWL);
    const board = new SoundBoard(URLS, memorySettingsStore(), load, AT_ONCE);
    await board.load();
    gesture();
    await board.load();
    board.play(SOUND.right);
    expect(load).toHaveBeenCalledTimes(2);
    expect(howlFor(SOUND.right)?.calls).toEqual(['play']);
  });

  it('loads howler itself by default', async () => {
    const board = new SoundBoard(URLS, memorySettingsStore(), undefined, AT_ONCE);
    await board.load();
    gesture();
    board.play(SOUND.wrong);
    expect(howlFor(SOUND.wrong)?.calls).toEqual(['play']);
    // The sounds play through Web Audio: no HTML5 audio elements made on the first touch.
    expect(FakeHowler.html5PoolSize).toBe(0);
  });
});

describe('playing effects', () => {
  it('makes each Howl once, lazily, with Web Audio and preloading', async () => {
    const board = await loadedBoard();
    board.preload([SOUND.tile]);
    gesture();
    board.play(SOUND.tile);
    board.play(SOUND.tile);

    const tiles = FakeHowl.made.filter((howl) => howl.options.src[0] === '/audio/tile.mp3');
    expect(tiles).toHaveLength(1);
    expect(tiles[0]?.options).toMatchObject({ html5: false, preload: true, format: ['mp3'] });
    expect(tiles[0]?.calls).toEqual(['play', 'play']);
    // A preload before the gesture means the gesture does not load everything else.
    expect(FakeHowl.made).toHaveLength(1);
  });

  it('skips a sound that has no URL', async () => {
    const board = await loadedBoard({ tap: '/audio/tap.mp3' });
    board.preload([SOUND.tap]);
    gesture();
    board.play(SOUND.buzz);
    expect(FakeHowl.made).toHaveLength(1);
  });
});

describe('muting', () => {
  it('silences effects, stops those playing and saves the choice', async () => {
    const store = memorySettingsStore();
    const board = await loadedBoard(URLS, store);
    board.preload([SOUND.applause]);
    gesture();
    board.play(SOUND.applause);
    board.setMuted(true);
    board.play(SOUND.applause);

    expect(howlFor(SOUND.applause)?.calls).toEqual(['play', 'stop']);
    expect(store.load()).toEqual({ ...DEFAULT_AUDIO_SETTINGS, muted: true });
  });

  it('starts muted when the store says so, and toggles back', async () => {
    const store = memorySettingsStore({ ...DEFAULT_AUDIO_SETTINGS, muted: true });
    const board = await loadedBoard(URLS, store);
    expect(board.muted).toBe(true);
    expect(board.toggleMuted()).toBe(false);
    expect(store.load().muted).toBe(false);
  });

  it('fades the music out and pauses it, then resumes the same sound on unmute', async () => {
    const board = await loadedBoard();
    gesture();
    board.music(true);
    const music = howlFor(SOUND.music);
    board.setMuted(true);
    music?.finishFade();
    board.setMuted(false);

    expect(music?.calls).toEqual([
      'play loop',
      'fade 0->0.5 #1',
      'fade 0.5->0 #1',
      'pause #1',
      'play 1',
      'fade 0->0.5 #1',
    ]);
    expect(board.settings.music).toBe(true);
  });

  it('does not pause music that was turned back on before its fade-out ended', async () => {
    const board = await loadedBoard();
    gesture();
    board.music(true);
    const music = howlFor(SOUND.music);
    board.music(false);
    board.music(true);
    music?.finishFade();

    expect(music?.calls).not.toContain('pause #1');
  });
});

describe('page visibility', () => {
  it('pauses the music while the page is hidden and fades it back in after', async () => {
    const board = await loadedBoard();
    gesture();
    board.music(true);
    const music = howlFor(SOUND.music);
    page.visibilityState = 'hidden';
    page.dispatchEvent(new Event('visibilitychange'));
    page.visibilityState = 'visible';
    page.dispatchEvent(new Event('visibilitychange'));

    expect(music?.calls.slice(2)).toEqual(['pause #1', 'play 1', 'fade 0->0.5 #1']);
  });
});

describe('vibration', () => {
  it('vibrates after a gesture while haptics are on, even when muted', async () => {
    const vibrate = vi.fn(() => true);
    vi.stubGlobal('navigator', { vibrate });
    const board = await loadedBoard();
    board.vibrate(30);
    gesture();
    board.setMuted(true);
    board.vibrate([30, 40, 30]);
    board.setHaptics(false);
    board.vibrate(30);

    expect(vibrate.mock.calls).toEqual([[[30, 40, 30]]]);
  });

  it('does nothing where vibration is missing or throws', async () => {
    const board = await loadedBoard();
    gesture();
    expect(() => {
      board.vibrate(20);
    }).not.toThrow();
    vi.stubGlobal('navigator', {
      vibrate: () => {
        throw new TypeError('Illegal invocation');
      },
    });
    expect(() => {
      board.vibrate(20);
    }).not.toThrow();
  });
});

describe('destroy', () => {
  it('unloads the sounds and stops listening for gestures', async () => {
    const board = await loadedBoard();
    board.preload([SOUND.hint]);
    board.destroy();
    gesture();
    board.play(SOUND.hint);

    expect(howlFor(SOUND.hint)?.calls).toEqual(['unload']);
  });
});

describe('warm', () => {
  afterEach(() => {
    vi.unstubAllGlobals();
  });

  it("starts the browser's audio once, with a context it closes at once", () => {
    const made: string[] = [];
    vi.stubGlobal(
      'AudioContext',
      class {
        constructor() {
          made.push('made');
        }
        close(): Promise<void> {
          made.push('closed');
          return Promise.resolve();
        }
      },
    );
    const board = new SoundBoard(
      URLS,
      memorySettingsStore(),
      () => Promise.resolve(FAKE_HOWL),
      AT_ONCE,
    );
    board.warm();
    board.warm();

    expect(made).toEqual(['made', 'closed']);
  });
});
