import type { Effect } from '../types';
import { ownEntry } from './conditions';
import type { EffectSkipReason, SkitVars } from './skit-types';

export interface SkippedEffect {
  readonly effect: Effect;
  readonly reason: EffectSkipReason;
}

/** `vars` with one effect applied, or why it cannot apply. */
function applyEffect(effect: Effect, vars: SkitVars): SkitVars | EffectSkipReason {
  if ('set' in effect) {
    const current = ownEntry(vars, effect.set);
    if (current === undefined) return 'unknown-variable';
    if (typeof effect.value !== typeof current) return 'type-mismatch';
    if (typeof effect.value === 'number' && !Number.isFinite(effect.value)) return 'not-finite';
    return { ...vars, [effect.set]: effect.value };
  }
  const current = ownEntry(vars, effect.add);
  if (current === undefined) return 'unknown-variable';
  if (typeof current !== 'number') return 'type-mismatch';
  const sum = current + effect.value;
  return Number.isFinite(sum) ? { ...vars, [effect.add]: sum } : 'not-finite';
}

/**
 * Applies effects in order to a copy of `vars`. A variable keeps the type it was declared with:
 * an effect on an undeclared variable, of the wrong type, or giving a non-finite number is
 * skipped and reported, never thrown.
 */
export function applyEffects(
  effects: readonly Effect[],
  vars: SkitVars,
): { vars: SkitVars; skipped: SkippedEffect[] } {
  let next = vars;
  const skipped: SkippedEffect[] = [];
  for (const effect of effects) {
    const result = applyEffect(effect, next);
    if (typeof result === 'string') skipped.push({ effect, reason: result });
    else next = result;
  }
  return { vars: next, skipped };
}
