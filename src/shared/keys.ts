/** Scene keys, in the order a player meets them. */
export const SCENE = {
  boot: 'boot',
  preloader: 'preloader',
  menu: 'menu',
  quiz: 'quiz',
  results: 'results',
  skit: 'skit',
  hostSetup: 'host-setup',
  hostQuiz: 'host-quiz',
  hostSkit: 'host-skit',
} as const;

export type SceneKey = (typeof SCENE)[keyof typeof SCENE];

/** Storage keys on the device. */
export const STORE_KEY = {
  soloSession: 'dhbc.solo.session',
  skitSession: 'dhbc.skit.session',
  /** 'on' when the skit goes on by itself after each line. */
  skitAuto: 'dhbc.skit.auto',
  audio: 'dhbc.audio',
  /** Followed by `.<pack id>`: what this device has played of that pack alone. */
  soloProgress: 'dhbc.solo.progress',
} as const;

/** Texture keys: glyphs and pack files get one each, derived from their path. */
export const TEXTURE = {
  glyph: (code: string) => `glyph:${code}`,
  packFile: (packHash: string, path: string) => `pack:${packHash}:${path}`,
} as const;
