import type { Condition, SkitValue } from '../types';
import type { SkitVars, SkitVisits } from './skit-types';

/** Reads an own entry only, so a name like "constructor" never reaches Object.prototype. */
export function ownEntry<T>(record: Readonly<Record<string, T>>, key: string): T | undefined {
  return Object.hasOwn(record, key) ? record[key] : undefined;
}

type Comparison = Extract<Condition, { var: string }>['op'];

/**
 * A comparison holds only between two values of the same type: an unknown variable or a type
 * mismatch makes every op false, `ne` included; lt/lte/gt/gte hold only between numbers.
 */
function compare(left: SkitValue | undefined, op: Comparison, right: SkitValue): boolean {
  if (left === undefined || typeof left !== typeof right) return false;
  switch (op) {
    case 'eq':
      return left === right;
    case 'ne':
      return left !== right;
    case 'lt':
      return typeof left === 'number' && typeof right === 'number' && left < right;
    case 'lte':
      return typeof left === 'number' && typeof right === 'number' && left <= right;
    case 'gt':
      return typeof left === 'number' && typeof right === 'number' && left > right;
    case 'gte':
      return typeof left === 'number' && typeof right === 'number' && left >= right;
  }
}

/**
 * Whether `cond` holds. `{visited, min}` needs at least `min` (default 1) entries of that node;
 * `all: []` holds and `any: []` does not; unknown variables make comparisons false.
 */
export function evaluateCondition(cond: Condition, vars: SkitVars, visits: SkitVisits): boolean {
  if ('var' in cond) return compare(ownEntry(vars, cond.var), cond.op, cond.value);
  if ('visited' in cond) return (ownEntry(visits, cond.visited) ?? 0) >= (cond.min ?? 1);
  if ('all' in cond) return cond.all.every((c) => evaluateCondition(c, vars, visits));
  if ('any' in cond) return cond.any.some((c) => evaluateCondition(c, vars, visits));
  return !evaluateCondition(cond.not, vars, visits);
}
