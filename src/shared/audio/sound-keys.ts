/**
 * Keys of the game's sounds. Each key is also the file name: `assets/audio/<key>.mp3`, made by
 * `scripts/make-sounds.mjs`.
 */
export const SOUND = {
  tap: 'tap',
  tile: 'tile',
  right: 'right',
  wrong: 'wrong',
  reveal: 'reveal',
  hint: 'hint',
  tick: 'tick',
  timeUp: 'timeUp',
  buzz: 'buzz',
  ending: 'ending',
  applause: 'applause',
  celebrate: 'celebrate',
  music: 'music',
} as const;

export type SoundKey = (typeof SOUND)[keyof typeof SOUND];

/** A one-shot sound effect: every sound but the background music, which loops. */
export type EffectKey = Exclude<SoundKey, typeof SOUND.music>;

export const SOUND_KEYS: readonly SoundKey[] = Object.values(SOUND);

export function isSoundKey(name: string): name is SoundKey {
  return (SOUND_KEYS as readonly string[]).includes(name);
}
