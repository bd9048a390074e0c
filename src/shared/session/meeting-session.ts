import { MEETING, meetingLastActionAt } from '../../core/activities';
import type {
  MeetingAction,
  MeetingConfig,
  MeetingEvent,
  MeetingRules,
  MeetingState,
} from '../../core/meeting/meeting';
import type { Pack } from '../../content/pack-types';
import { packRef } from './pack-ref';
import type { KeyValueStore } from '../storage/safe-storage';
import { SessionController } from './session-controller';

export type MeetingController = SessionController<
  MeetingRules,
  MeetingConfig,
  MeetingState,
  MeetingAction,
  MeetingEvent
>;

export const MEETING_KEY = {
  log: 'dhbc.meeting.session',
  /** The running timer's last heartbeat, to tell a sleep or a crash from time that passed. */
  beat: 'dhbc.meeting.beat',
  lock: 'dhbc.meeting.lock',
} as const;

/** A meeting left open longer than this is offered in the menu rather than reopened at once. */
export const AUTO_RESUME_MS = 12 * 60 * 60 * 1000;

export function meetingRules(pack: Pack): MeetingRules {
  return { quiz: pack.quiz, skit: pack.skit };
}

/** The meeting saved on this device for this pack, or null. */
export function resumeMeeting(store: KeyValueStore, pack: Pack): MeetingController | null {
  return SessionController.resume(
    MEETING,
    meetingRules(pack),
    store,
    MEETING_KEY.log,
    packRef(pack),
  );
}

/** The saved meeting when it is not over yet. */
export function unfinishedMeeting(store: KeyValueStore, pack: Pack): MeetingController | null {
  const saved = resumeMeeting(store, pack);
  return saved !== null && saved.state.part !== 'over' ? saved : null;
}

export function beginMeeting(
  store: KeyValueStore,
  pack: Pack,
  config: MeetingConfig,
  seed: number,
  now: number,
): MeetingController {
  store.remove(MEETING_KEY.beat);
  return SessionController.start(
    MEETING,
    meetingRules(pack),
    store,
    MEETING_KEY.log,
    packRef(pack),
    seed,
    now,
    config,
  );
}

/** The time of the meeting's last action (its start when none yet). */
export function lastActionAt(controller: MeetingController): number {
  return meetingLastActionAt(controller.log);
}
