import type { Step } from '../result';

/**
 * The action log is the truth: a session is its header plus the actions accepted so far, and
 * the state is always the fold of those actions. Saving is appending, resuming is refolding,
 * undo is dropping the facilitator's last action.
 */

/** The save layout written today. Older saves are migrated to it on load. */
export const SAVE_FORMAT = 2;

/**
 * Who caused an action: undo takes back the facilitator's, and the clock's that followed. A
 * phone in the hall (a buzz, a vote) is not undone by the facilitator's undo: its actions after
 * the one taken back stay in the log (and count again when the rules still accept them).
 */
export type Actor = 'player' | 'facilitator' | 'clock' | 'phone';

export interface LoggedAction<A> {
  readonly by: Actor;
  readonly action: A;
}

export interface PackRef {
  readonly id: string;
  readonly version: string;
  /** Content hash of the pack the session was played with. */
  readonly hash: string;
}

export interface SessionLog<C, A> {
  readonly format: typeof SAVE_FORMAT;
  readonly activity: string;
  readonly pack: PackRef;
  readonly seed: number;
  readonly startedAt: number;
  readonly config: C;
  readonly actions: readonly LoggedAction<A>[];
}

/**
 * What the menu needs to know of a saved session without refolding its log, which needs the
 * pack's data (the built-in pack's loads after the menu shows). Saved beside the log.
 */
export interface SessionSummary {
  readonly pack: PackRef;
  /** Nothing is left to play: the quiz finished, the meeting is over. */
  readonly finished: boolean;
  /** When the last action was taken; the start when there is none yet. */
  readonly lastActionAt: number;
  /** Where the session stands, in the activity's own words (question, score, part…). */
  readonly detail: Readonly<Record<string, number | string>>;
}

/** What the log needs from an activity: how to start it, its reducer, and its summary. */
export interface Activity<R, C, S, A, E> {
  readonly kind: string;
  start(rules: R, seed: number, startedAt: number, config: C): S;
  reduce(rules: R, state: S, action: A): Step<S, E>;
  summarize?(state: S, log: SessionLog<C, A>): Omit<SessionSummary, 'pack'>;
}

/** A new, empty log for an activity. */
export function newLog<C, A>(
  activity: { readonly kind: string },
  pack: PackRef,
  seed: number,
  startedAt: number,
  config: C,
): SessionLog<C, A> {
  return {
    format: SAVE_FORMAT,
    activity: activity.kind,
    pack,
    seed,
    startedAt,
    config,
    actions: [],
  };
}

/**
 * Folds the log into state. An action the rules refuse (a log edited by hand, or rules that
 * changed) is skipped and counted, so a damaged save still opens as far as it is sound.
 */
export function foldLog<R, C, S, A, E>(
  activity: Activity<R, C, S, A, E>,
  rules: R,
  log: SessionLog<C, A>,
): { readonly state: S; readonly skipped: number } {
  let state = activity.start(rules, log.seed, log.startedAt, log.config);
  let skipped = 0;
  for (const entry of log.actions) {
    const step = activity.reduce(rules, state, entry.action);
    if (step.ok) state = step.state;
    else skipped++;
  }
  return { state, skipped };
}

/** Applies one action: on success the log grows by it, on refusal log and state stay as they were. */
export function dispatch<R, C, S, A, E>(
  activity: Activity<R, C, S, A, E>,
  rules: R,
  log: SessionLog<C, A>,
  state: S,
  action: A,
  by: Actor,
): { readonly log: SessionLog<C, A>; readonly step: Step<S, E> } {
  const step = activity.reduce(rules, state, action);
  if (!step.ok) return { log, step };
  return { log: { ...log, actions: [...log.actions, { by, action }] }, step };
}

/**
 * Drops the facilitator's last action and every clock action after it (a time-up that
 * followed would otherwise fire again at once). Returns the same log when there is nothing to undo.
 */
export function undoLast<C, A>(log: SessionLog<C, A>): SessionLog<C, A> {
  for (let i = log.actions.length - 1; i >= 0; i--) {
    const by = log.actions[i]?.by;
    if (by === 'facilitator') {
      const phones = log.actions.slice(i + 1).filter((entry) => entry.by === 'phone');
      return { ...log, actions: [...log.actions.slice(0, i), ...phones] };
    }
    if (by !== 'clock' && by !== 'phone') return log;
  }
  return log;
}

/** Whether `undoLast` would take anything back. */
export function canUndo<C, A>(log: SessionLog<C, A>): boolean {
  return undoLast(log) !== log;
}
