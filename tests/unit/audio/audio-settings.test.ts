import { afterEach, describe, expect, it, vi } from 'vitest';
import {
  DEFAULT_AUDIO_SETTINGS,
  localSettingsStore,
  parseAudioSettings,
} from '../../../src/shared/audio/audio-settings';

const KEY = 'dhbc.audio';

/** A working in-memory stand-in for window.localStorage. */
function fakeStorage(initial: Record<string, string> = {}): Storage {
  const items = new Map(Object.entries(initial));
  return {
    get length() {
      return items.size;
    },
    clear: () => {
      items.clear();
    },
    getItem: (key) => items.get(key) ?? null,
    key: (index) => [...items.keys()][index] ?? null,
    removeItem: (key) => {
      items.delete(key);
    },
    setItem: (key, value) => {
      items.set(key, value);
    },
  };
}

function throwingStorage(): Storage {
  const fail = (): never => {
    throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
  };
  return { length: 0, clear: fail, getItem: fail, key: fail, removeItem: fail, setItem: fail };
}

afterEach(() => {
  vi.unstubAllGlobals();
});

describe('parseAudioSettings', () => {
  it('gives the defaults when nothing is stored', () => {
    expect(parseAudioSettings(null)).toEqual(DEFAULT_AUDIO_SETTINGS);
  });

  it('reads every stored flag', () => {
    expect(parseAudioSettings('{"muted":true,"music":true,"haptics":false}')).toEqual({
      muted: true,
      music: true,
      haptics: false,
    });
  });

  it('fills missing or mistyped flags from the defaults and keeps the valid ones', () => {
    expect(parseAudioSettings('{"muted":true,"music":"yes"}')).toEqual({
      muted: true,
      music: false,
      haptics: true,
    });
  });

  it.each(['not json', '[]', 'null', '42', '"muted"'])('gives the defaults for %s', (raw) => {
    expect(parseAudioSettings(raw)).toEqual(DEFAULT_AUDIO_SETTINGS);
  });
});

describe('localSettingsStore', () => {
  it('saves settings and loads them back', () => {
    const storage = fakeStorage();
    vi.stubGlobal('localStorage', storage);
    const store = localSettingsStore(KEY);
    store.save({ muted: true, music: true, haptics: false });

    expect(JSON.parse(storage.getItem(KEY) ?? '')).toEqual({
      muted: true,
      music: true,
      haptics: false,
    });
    expect(localSettingsStore(KEY).load()).toEqual({ muted: true, music: true, haptics: false });
  });

  it('uses the given defaults for a first visit', () => {
    vi.stubGlobal('localStorage', fakeStorage());
    const defaults = { muted: false, music: true, haptics: true };
    expect(localSettingsStore(KEY, defaults).load()).toEqual(defaults);
  });

  it('survives storage that throws on every call, as in private browsing', () => {
    vi.stubGlobal('localStorage', throwingStorage());
    const store = localSettingsStore(KEY);

    expect(store.load()).toEqual(DEFAULT_AUDIO_SETTINGS);
    expect(() => {
      store.save({ muted: true, music: false, haptics: true });
    }).not.toThrow();
  });

  it('survives a localStorage property that throws when read', () => {
    Object.defineProperty(globalThis, 'localStorage', {
      configurable: true,
      get() {
        throw new DOMException('Access is denied for this document.', 'SecurityError');
      },
    });
    try {
      const store = localSettingsStore(KEY);
      expect(store.load()).toEqual(DEFAULT_AUDIO_SETTINGS);
      expect(() => {
        store.save(DEFAULT_AUDIO_SETTINGS);
      }).not.toThrow();
    } finally {
      Reflect.deleteProperty(globalThis, 'localStorage');
    }
  });

  it('works without any localStorage at all', () => {
    vi.stubGlobal('localStorage', undefined);
    const store = localSettingsStore(KEY);
    expect(store.load()).toEqual(DEFAULT_AUDIO_SETTINGS);
    expect(() => {
      store.save(DEFAULT_AUDIO_SETTINGS);
    }).not.toThrow();
  });
});
