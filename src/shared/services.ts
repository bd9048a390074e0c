import type { SoundBoard } from './audio/sound-board';
import type { MeetingController } from './session/meeting-session';
import type { Pack } from '../content/pack-types';
import type { KeyValueStore } from './storage/safe-storage';
import type { Announcer } from './ui/announcer';
import type { PackLibrary } from './packs/pack-library';
import type { PackProblem } from '../content/problems';
import type { MeetingReport } from '../core/meeting/report';
import type { StartNotice } from './packs/pack-source';
import type { PackSummary } from './packs/pack-summary';

export type Mode = 'solo' | 'host';

/** What the menu says as it opens: a pack that was refused, or one that stands in for another. */
export interface MenuData {
  readonly packProblems?: readonly PackProblem[];
  readonly packNotice?: StartNotice | null;
}

/** The meeting report's views (src/report), handed to the meeting's scenes by the shell. */
export interface ReportViews {
  /** Shows the meeting's report as it stands, filing it on the device. */
  readonly open: (report: MeetingReport, pack: Pack) => void;
  /** Files the report of a meeting that has just ended. */
  readonly file: (report: MeetingReport, pack: Pack) => void;
  /** Lists the reports filed on this device. */
  readonly openArchive: () => void;
}

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
  /**
   * The pack being played, once its data has loaded (the built-in pack's loads after the menu
   * shows); scenes read it, the menu may replace it (shared/packs/pack-in-play.ts).
   */
  pack: Pack | null;
  /** What the menu shows of the pack in play, known before its data. */
  packSummary: PackSummary | null;
  /** Settles once `pack` holds the pack `packSummary` describes (or null, if it broke). */
  packLoaded: Promise<void>;
  readonly reducedMotion: boolean;
  /** The meeting on the projector, while one is open in this tab. */
  meeting: MeetingController | null;
  /** Shows the menu, an HTML page over the game (src/shell/shell.ts). */
  readonly showMenu: (data: MenuData) => void;
  readonly reports: ReportViews;
  /** Opens the pack editor ("Soạn gói", src/editor) over the menu; its code loads when first used. */
  readonly openEditor?: (onClosed: () => void) => void;
  /**
   * Plays `pack`'s skit from the node `nodeId` in the skit scene (the editor's "play from
   * here"), then puts the pack in play back and calls `back` once the player leaves it.
   */
  readonly playSkitFrom?: (pack: Pack, nodeId: string, back: () => void) => void;
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
