import {
  dispatch,
  foldLog,
  newLog,
  undoLast,
  type Activity,
  type Actor,
  type PackRef,
  type SessionLog,
  type SessionSummary,
} from '../../core/session/action-log';
import { summaryKey } from './saved-summary';
import { loadSave } from '../../core/session/migrations';
import type { Step } from '../../core/result';
import type { KeyValueStore } from '../storage/safe-storage';

/**
 * Runs one activity for the shell: every accepted action is appended to the log and the log
 * is written to the device at once, so a reload or a crash loses nothing.
 */
export class SessionController<R, C, S, A, E> {
  private constructor(
    private readonly activity: Activity<R, C, S, A, E>,
    private readonly rules: R,
    private readonly store: KeyValueStore,
    private readonly key: string,
    private currentLog: SessionLog<C, A>,
    private currentState: S,
    /** False once the browser refused a write: the shell shows a banner. */
    public saving: boolean,
  ) {}

  static start<R, C, S, A, E>(
    activity: Activity<R, C, S, A, E>,
    rules: R,
    store: KeyValueStore,
    key: string,
    pack: PackRef,
    seed: number,
    now: number,
    config: C,
  ): SessionController<R, C, S, A, E> {
    const log = newLog<C, A>(activity, pack, seed, now, config);
    const state = activity.start(rules, seed, now, config);
    const controller = new SessionController(activity, rules, store, key, log, state, true);
    controller.persist();
    return controller;
  }

  /** Resumes the saved session for this pack, or answers null when there is none to resume. */
  static resume<R, C, S, A, E>(
    activity: Activity<R, C, S, A, E>,
    rules: R,
    store: KeyValueStore,
    key: string,
    pack: PackRef,
  ): SessionController<R, C, S, A, E> | null {
    const raw = store.get(key);
    if (raw === null) return null;
    let parsed: unknown;
    try {
      parsed = JSON.parse(raw);
    } catch {
      return null;
    }
    const loaded = loadSave(parsed);
    if (!loaded.ok) return null;
    const log = loaded.log as SessionLog<C, A>;
    if (log.activity !== activity.kind || log.pack.id !== pack.id || log.pack.hash !== pack.hash)
      return null;
    try {
      const { state } = foldLog(activity, rules, log);
      const controller = new SessionController(activity, rules, store, key, log, state, true);
      // Saves from before summaries existed get theirs now.
      controller.writeSummary();
      return controller;
    } catch {
      return null;
    }
  }

  get state(): S {
    return this.currentState;
  }

  get log(): SessionLog<C, A> {
    return this.currentLog;
  }

  dispatch(action: A, by: Actor): Step<S, E> {
    const { log, step } = dispatch(
      this.activity,
      this.rules,
      this.currentLog,
      this.currentState,
      action,
      by,
    );
    if (step.ok) {
      this.currentLog = log;
      this.currentState = step.state;
      this.persist();
    }
    return step;
  }

  /** Takes back the facilitator's last action by refolding the shorter log. */
  undo(): boolean {
    const shorter = undoLast(this.currentLog);
    if (shorter === this.currentLog) return false;
    this.currentLog = shorter;
    this.currentState = foldLog(this.activity, this.rules, shorter).state;
    this.persist();
    return true;
  }

  clear(): void {
    this.store.remove(this.key);
    this.store.remove(summaryKey(this.key));
  }

  /** Writes the log, and the summary the menu reads without refolding it. */
  private persist(): void {
    this.saving = this.store.set(this.key, JSON.stringify(this.currentLog));
    this.writeSummary();
  }

  private writeSummary(): void {
    const summary = this.activity.summarize?.(this.currentState, this.currentLog);
    if (!summary) return;
    const full: SessionSummary = { pack: this.currentLog.pack, ...summary };
    this.store.set(summaryKey(this.key), JSON.stringify(full));
  }
}
