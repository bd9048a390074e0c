import { expect } from 'vitest';
import {
  skitReducer,
  type SkitAction,
  type SkitEvent,
  type SkitState,
} from '../../../src/core/skit';
import type { Skit } from '../../../src/core/types';

export const ADVANCE: SkitAction = { type: 'advance' };
export const BACK: SkitAction = { type: 'back' };
export const choose = (option: number): SkitAction => ({ type: 'choose', option });
export const vote = (...counts: number[]): SkitAction => ({ type: 'vote', counts });
export const rewind = (toStep: number): SkitAction => ({ type: 'rewind', toStep });

/** Applies one action that must be accepted; returns the new state and its events. */
export function step(
  skit: Skit,
  state: SkitState,
  action: SkitAction,
): { state: SkitState; events: readonly SkitEvent[] } {
  const result = skitReducer(skit, state, action);
  if (!result.ok) throw new Error(`refused ${JSON.stringify(action)}: ${result.refusal.code}`);
  return { state: result.state, events: result.events };
}

/** Applies actions that must all be accepted, in order. */
export function play(skit: Skit, state: SkitState, ...actions: SkitAction[]): SkitState {
  return actions.reduce((s, action) => step(skit, s, action).state, state);
}

/** Asserts the action is refused with `code` and the very same state object comes back. */
export function expectRefused(
  skit: Skit,
  state: SkitState,
  action: SkitAction,
  code: string,
): void {
  const before = JSON.stringify(state);
  const result = skitReducer(skit, state, action);
  expect(result.ok).toBe(false);
  if (result.ok) return;
  expect(result.refusal.code).toBe(code);
  expect(result.state).toBe(state);
  expect(JSON.stringify(result.state)).toBe(before);
}
