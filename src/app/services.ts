import type { SoundBoard } from '../audio/sound-board';
import type { MeetingController } from './meeting-session';
import type { Pack } from '../content/pack-types';
import type { KeyValueStore } from '../storage/safe-storage';
import type { Announcer } from '../ui/announcer';
import type { PackLibrary } from './pack-library';
import type { MenuData } from '../ui/menu-page';

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
  /** The packs kept on this device, and which one is chosen. */
  readonly library: PackLibrary;
  /** The pack being played; scenes read it, the menu may replace it. */
  pack: Pack | null;
  readonly reducedMotion: boolean;
  /** The meeting on the projector, while one is open in this tab. */
  meeting: MeetingController | null;
  /** Shows the menu, an HTML page over the game (src/app/shell.ts). */
  readonly showMenu: (data: MenuData) => void;
}

export const SERVICES_KEY = 'services';
/** The registry key of the scene the game opens once loaded (a FirstScene of src/app/shell.ts). */
export const FIRST_SCENE_KEY = 'first-scene';

export function readLaunchParams(search: string): LaunchParams & { readonly lang: string | null } {
  const q = new URLSearchParams(search);
  const mode = q.get('mode');
  return {
    packUrl: q.get('pack'),
    mode: mode === 'solo' || mode === 'host' ? mode : null,
    lang: q.get('lang'),
  };
}
