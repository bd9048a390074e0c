/**
 * What every core reducer returns. A refused action leaves the state untouched and says why;
 * exceptions are kept for bugs, never for a player's or facilitator's mistake.
 */
export type Step<S, E> =
  | { readonly ok: true; readonly state: S; readonly events: readonly E[] }
  | { readonly ok: false; readonly state: S; readonly refusal: Refusal };

export interface Refusal {
  /** A stable code the shell maps to a translated message, e.g. 'tile-not-in-bank'. */
  readonly code: string;
  readonly detail?: string;
}

export function accept<S, E>(state: S, events: readonly E[] = []): Step<S, E> {
  return { ok: true, state, events };
}

export function refuse<S, E>(state: S, code: string, detail?: string): Step<S, E> {
  return detail === undefined
    ? { ok: false, state, refusal: { code } }
    : { ok: false, state, refusal: { code, detail } };
}

/** Compile-time check that a switch over a union handled every member. */
export function exhaustiveGuard(value: never): never {
  throw new Error(`Unhandled case: ${JSON.stringify(value)}`);
}
