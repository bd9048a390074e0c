import type { SoundBoard } from '../audio/sound-board';
import type { MeetingController } from './meeting-session';
import type { Pack } from '../content/pack-types';
import type { KeyValueStore } from '../storage/safe-storage';
import type { Announcer } from '../ui/announcer';

export type Mode = 'solo' | 'host';

export interface LaunchParams {
  /** ?pack=<url>: a pack on the same origin to load instead of the default one. */
  readonly packUrl: string | null;
  readonly mode: Mode | null;
}

/** What every scene shares, kept in the game registry under SERVICES_KEY. */
export interface Services {
  readonly params: LaunchParams;
  readonly announcer: Announcer;
  readonly sound: SoundBoard;
  readonly store: KeyValueStore;
  /** The pack being played; scenes read it, the menu may replace it. */
  pack: Pack | null;
  readonly reducedMotion: boolean;
  /** The meeting on the projector, while one is open in this tab. */
  meeting: MeetingController | null;
}

export const SERVICES_KEY = 'services';

export function readLaunchParams(search: string): LaunchParams & { readonly lang: string | null } {
  const q = new URLSearchParams(search);
  const mode = q.get('mode');
  return {
    packUrl: q.get('pack'),
    mode: mode === 'solo' || mode === 'host' ? mode : null,
    lang: q.get('lang'),
  };
}
