import type { Condition, SkitValue } from '../core/types';

/**
 * The draft's conditions, as plain data the form edits, and the pack's conditions they are
 * written as: `variable op value` (the value as typed, read in the variable's type), "the node
 * was visited", and all, any and not of other conditions.
 */

export type DraftVarType = 'boolean' | 'number' | 'text';
export type DraftConditionOp = 'eq' | 'ne' | 'lt' | 'lte' | 'gt' | 'gte';

/**
 * When an option shows or a jump's branch is taken: `variable op value`, "the node was visited
 * (at least `min` times)", all or any of other conditions, or the opposite of one.
 */
export type DraftCondition =
  | { readonly variable: string; readonly op: DraftConditionOp; readonly value: string }
  | { readonly visited: string; readonly min: number }
  | { readonly all: readonly DraftCondition[] }
  | { readonly any: readonly DraftCondition[] }
  | { readonly not: DraftCondition };

/** A variable's value as written ("true", "3", "chữ") in its type. */
export function typedValue(type: DraftVarType, text: string): number | boolean | string {
  if (type === 'boolean') return text.trim() === 'true';
  if (type === 'number') return text.trim() === '' ? Number.NaN : Number(text.replace(',', '.'));
  return text;
}

/** A value's type, as a variable of the draft has it. */
export function typeOfValue(value: SkitValue): DraftVarType {
  return typeof value === 'boolean' ? 'boolean' : typeof value === 'number' ? 'number' : 'text';
}

/** Each sub-condition changed by `f` (the condition itself first). */
function mapCondition(c: DraftCondition, f: (c: DraftCondition) => DraftCondition): DraftCondition {
  const d = f(c);
  if ('all' in d) return { all: d.all.map((x) => mapCondition(x, f)) };
  if ('any' in d) return { any: d.any.map((x) => mapCondition(x, f)) };
  if ('not' in d) return { not: mapCondition(d.not, f) };
  return d;
}

/** The condition with the variable `from` renamed `to`. */
export function renameVariable(c: DraftCondition, from: string, to: string): DraftCondition {
  return mapCondition(c, (x) =>
    'variable' in x && x.variable === from ? { ...x, variable: to } : x,
  );
}

/** The condition with every visited node id passed through `swap` (a node renamed or gone). */
export function retargetCondition(c: DraftCondition, swap: (id: string) => string): DraftCondition {
  return mapCondition(c, (x) => ('visited' in x ? { ...x, visited: swap(x.visited) } : x));
}

/** The condition as pack JSON; `typeOf` gives a variable's type. */
export function conditionJson(
  c: DraftCondition,
  typeOf: (name: string) => DraftVarType,
): Record<string, unknown> {
  if ('variable' in c)
    return { var: c.variable, op: c.op, value: typedValue(typeOf(c.variable), c.value) };
  if ('visited' in c) return { visited: c.visited, ...(c.min > 1 ? { min: c.min } : {}) };
  if ('all' in c) return { all: c.all.map((x) => conditionJson(x, typeOf)) };
  if ('any' in c) return { any: c.any.map((x) => conditionJson(x, typeOf)) };
  return { not: conditionJson(c.not, typeOf) };
}

/** A pack's condition as the draft keeps it. */
export function conditionFromPack(c: Condition): DraftCondition {
  if ('var' in c) return { variable: c.var, op: c.op, value: String(c.value) };
  if ('visited' in c) return { visited: c.visited, min: c.min ?? 1 };
  if ('all' in c) return { all: c.all.map(conditionFromPack) };
  if ('any' in c) return { any: c.any.map(conditionFromPack) };
  return { not: conditionFromPack(c.not) };
}
