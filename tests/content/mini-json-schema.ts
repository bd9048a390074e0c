/**
 * A small JSON Schema (draft-07) checker for the keywords the generated pack schema uses, so
 * the tests can show that editors will accept the packs the game accepts. Not a general
 * validator: an unknown keyword fails loudly rather than being skipped.
 */

type Schema = Record<string, unknown>;

const KNOWN = new Set([
  '$schema',
  '$ref',
  '$defs',
  'title',
  'description',
  'default',
  'type',
  'const',
  'enum',
  'anyOf',
  'oneOf',
  'properties',
  'required',
  'additionalProperties',
  'propertyNames',
  'minProperties',
  'items',
  'minItems',
  'maxItems',
  'minLength',
  'maxLength',
  'pattern',
  'format',
  'minimum',
  'maximum',
]);

function typeOf(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'array';
  if (typeof value === 'number') return Number.isInteger(value) ? 'integer' : 'number';
  return typeof value;
}

function typeMatches(value: unknown, type: string): boolean {
  const actual = typeOf(value);
  return actual === type || (type === 'number' && actual === 'integer');
}

/** The places (JSON pointers) where `value` breaks `schema`; empty when it conforms. */
export function schemaErrors(root: Schema, value: unknown): string[] {
  const errors: string[] = [];
  const resolve = (ref: string): Schema => {
    const parts = ref.replace(/^#\//, '').split('/');
    let node: unknown = root;
    for (const part of parts) node = (node as Schema)[part];
    if (typeof node !== 'object' || node === null) throw new Error(`Unresolved $ref ${ref}`);
    return node as Schema;
  };
  const check = (schema: Schema, v: unknown, at: string): boolean => {
    for (const key of Object.keys(schema))
      if (!KNOWN.has(key)) throw new Error(`Keyword ${key} at ${at}`);
    const fail = (why: string): false => {
      errors.push(`${at || '/'}: ${why}`);
      return false;
    };
    if (typeof schema.$ref === 'string') return check(resolve(schema.$ref), v, at);
    if (typeof schema.type === 'string' && !typeMatches(v, schema.type))
      return fail(`not ${schema.type}`);
    if ('const' in schema && v !== schema.const) return fail('const');
    if (Array.isArray(schema.enum) && !schema.enum.includes(v)) return fail('enum');
    for (const key of ['anyOf', 'oneOf'] as const) {
      const options = schema[key];
      if (!Array.isArray(options)) continue;
      const before = errors.length;
      const passing = options.filter((o) => {
        const mark = errors.length;
        const ok = check(o as Schema, v, at);
        errors.length = mark;
        return ok;
      }).length;
      errors.length = before;
      if (key === 'anyOf' ? passing === 0 : passing !== 1) return fail(`${key} (${passing} match)`);
    }
    if (typeof v === 'string') {
      const length = v.replace(/[\uD800-\uDBFF][\uDC00-\uDFFF]/g, '_').length;
      if (typeof schema.minLength === 'number' && length < schema.minLength)
        return fail('minLength');
      if (typeof schema.maxLength === 'number' && length > schema.maxLength)
        return fail('maxLength');
      if (typeof schema.pattern === 'string' && !new RegExp(schema.pattern, 'u').test(v))
        return fail('pattern');
    }
    if (typeof v === 'number') {
      if (typeof schema.minimum === 'number' && v < schema.minimum) return fail('minimum');
      if (typeof schema.maximum === 'number' && v > schema.maximum) return fail('maximum');
    }
    if (Array.isArray(v)) {
      if (typeof schema.minItems === 'number' && v.length < schema.minItems)
        return fail('minItems');
      if (typeof schema.maxItems === 'number' && v.length > schema.maxItems)
        return fail('maxItems');
      const items = schema.items;
      if (typeof items === 'object' && items !== null) {
        let ok = true;
        for (const [i, item] of v.entries()) ok = check(items as Schema, item, `${at}/${i}`) && ok;
        if (!ok) return false;
      }
    }
    if (typeOf(v) === 'object') {
      const object = v as Record<string, unknown>;
      const keys = Object.keys(object);
      const properties = (schema.properties ?? {}) as Record<string, Schema>;
      if (typeof schema.minProperties === 'number' && keys.length < schema.minProperties)
        return fail('minProperties');
      for (const name of (schema.required ?? []) as string[])
        if (!(name in object)) return fail(`required ${name}`);
      let ok = true;
      for (const key of keys) {
        if (schema.propertyNames !== undefined)
          ok = check(schema.propertyNames as Schema, key, `${at}/${key}#name`) && ok;
        const own = Object.hasOwn(properties, key) ? properties[key] : undefined;
        if (own !== undefined) ok = check(own, object[key], `${at}/${key}`) && ok;
        else if (schema.additionalProperties === false) ok = fail(`additional property ${key}`);
        else if (
          typeof schema.additionalProperties === 'object' &&
          schema.additionalProperties !== null
        ) {
          ok = check(schema.additionalProperties as Schema, object[key], `${at}/${key}`) && ok;
        }
      }
      if (!ok) return false;
    }
    return true;
  };
  check(root, value, '');
  return errors;
}
