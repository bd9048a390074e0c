/** The player's sound choices, kept between visits. */
export interface AudioSettings {
  readonly muted: boolean;
  /** Background music; it never plays while muted. */
  readonly music: boolean;
  /** Vibration feedback. Separate from `muted`, so a silenced phone in a meeting can still buzz. */
  readonly haptics: boolean;
}

export interface SettingsStore {
  load(): AudioSettings;
  save(settings: AudioSettings): void;
}

/** Music starts off: in a hall the facilitator turns it on, and on a phone it is opt-in. */
export const DEFAULT_AUDIO_SETTINGS: AudioSettings = { muted: false, music: false, haptics: true };

/**
 * Reads stored settings leniently: each field that is missing or not a boolean takes its
 * default, and anything that is not a JSON object gives the defaults.
 */
export function parseAudioSettings(
  raw: string | null,
  defaults: AudioSettings = DEFAULT_AUDIO_SETTINGS,
): AudioSettings {
  if (raw === null) return defaults;
  let data: unknown;
  try {
    data = JSON.parse(raw);
  } catch {
    return defaults;
  }
  if (typeof data !== 'object' || data === null || Array.isArray(data)) return defaults;
  const stored = data as Record<string, unknown>;
  const flag = (name: keyof AudioSettings): boolean => {
    const value = stored[name];
    return typeof value === 'boolean' ? value : defaults[name];
  };
  return { muted: flag('muted'), music: flag('music'), haptics: flag('haptics') };
}

/**
 * Settings kept in localStorage under `key`. Storage that is missing, full or blocked (private
 * browsing, disabled cookies) never throws: loading gives the defaults and saving is skipped,
 * so choices last for this visit only.
 */
export function localSettingsStore(
  key: string,
  defaults: AudioSettings = DEFAULT_AUDIO_SETTINGS,
): SettingsStore {
  return {
    load() {
      try {
        return parseAudioSettings(browserStorage()?.getItem(key) ?? null, defaults);
      } catch {
        return defaults;
      }
    },
    save(settings) {
      try {
        browserStorage()?.setItem(key, JSON.stringify(settings));
      } catch {
        // Quota exceeded or storage denied: keep playing with the choice in memory.
      }
    },
  };
}

/** Settings that live only as long as the page, for tests and for pages without storage. */
export function memorySettingsStore(
  initial: AudioSettings = DEFAULT_AUDIO_SETTINGS,
): SettingsStore {
  let current = initial;
  return {
    load: () => current,
    save(settings) {
      current = settings;
    },
  };
}

function browserStorage(): Storage | undefined {
  // Even reading the `localStorage` property throws when a browser blocks site data.
  try {
    return typeof localStorage === 'undefined' ? undefined : localStorage;
  } catch {
    return undefined;
  }
}
