import type * as v from 'valibot';

/**
 * The schema library reports only the first unknown field of an object. Given that report,
 * this finds the object's schema along the report's path and lists every field of the object
 * the schema does not know, so an author sees them all in one round.
 */

type Issue = v.BaseIssue<unknown>;
type PathItem = NonNullable<Issue['path']>[number];

/** The parts of the schema library's schema objects this walk reads. */
export interface SchemaNode {
  readonly type: string;
  readonly entries?: Readonly<Record<string, unknown>>;
  readonly item?: unknown;
  readonly value?: unknown;
  readonly wrapped?: unknown;
  readonly options?: readonly unknown[];
  readonly key?: unknown;
  readonly literal?: unknown;
  readonly getter?: (input: unknown) => unknown;
}

function asSchema(value: unknown): SchemaNode[] {
  return typeof value === 'object' &&
    value !== null &&
    'type' in value &&
    typeof value.type === 'string'
    ? [value as SchemaNode]
    : [];
}

const WRAPPERS = new Set(['optional', 'nullable', 'nullish', 'exact_optional', 'non_optional']);

function hasOwn(object: object, key: string): boolean {
  return Object.prototype.hasOwnProperty.call(object, key);
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** The schemas a value may be checked by, wrappers, lazy schemas and choices opened up. */
function expand(schema: SchemaNode, value: unknown, depth = 0): SchemaNode[] {
  if (depth > 16) return [];
  const deeper = (next: unknown): SchemaNode[] =>
    asSchema(next).flatMap((s) => expand(s, value, depth + 1));
  if (WRAPPERS.has(schema.type)) return deeper(schema.wrapped);
  if (schema.type === 'lazy' && schema.getter) return deeper(schema.getter(value));
  if (schema.type !== 'union' && schema.type !== 'variant') return [schema];
  const options = (schema.options ?? []).flatMap(asSchema);
  const key = schema.key;
  if (schema.type === 'variant' && typeof key === 'string' && isObject(value)) {
    // The option the node's own tag names, when it names one.
    const tagged = options.filter((o) =>
      asSchema(o.entries?.[key]).some((tag) => tag.literal === value[key]),
    );
    if (tagged.length > 0) return tagged.flatMap(deeper);
  }
  return options.flatMap(deeper);
}

/** The schemas of the part `key` of a value checked by `schema`. */
function step(schema: SchemaNode, key: unknown): SchemaNode[] {
  if (schema.entries && typeof key === 'string') {
    return hasOwn(schema.entries, key) ? asSchema(schema.entries[key]) : [];
  }
  if (schema.type === 'array') return asSchema(schema.item);
  if (schema.type === 'record') return asSchema(schema.value);
  return [];
}

/**
 * The fields of the object an unknown-field report points at that its schema does not know, in
 * the object's order, and how many of its fields that schema knows. Where several schemas could
 * check the object (a choice of forms), the one that knows most of its fields is taken: the form
 * the author meant. Just the reported field when no schema can be told.
 */
export function unknownFieldsOf(
  root: SchemaNode,
  issue: Issue,
): { readonly unknown: readonly string[]; readonly known: number } {
  const path = issue.path ?? [];
  const last: PathItem | undefined = path[path.length - 1];
  const reported = { unknown: [String(last?.key)], known: 0 };
  const holder: unknown = last?.input;
  if (!last || !isObject(holder)) return reported;
  let schemas = expand(root, path[0]?.input);
  for (const item of path.slice(0, -1)) {
    schemas = schemas.flatMap((s) => step(s, item.key)).flatMap((s) => expand(s, item.value));
  }
  const keys = Object.keys(holder);
  let best: { unknown: string[]; known: number } | null = null;
  for (const s of schemas) {
    const entries = s.entries;
    if (s.type !== 'strict_object' || !entries) continue;
    const unknown = keys.filter((k) => !hasOwn(entries, k));
    const known = keys.length - unknown.length;
    if (!best || known > best.known) best = { unknown, known };
  }
  return best ?? reported;
}
