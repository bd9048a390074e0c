import { toJsonSchema, type JsonSchema } from '@valibot/to-json-schema';
import {
  ConditionSchema,
  EffectSchema,
  FilePath,
  HelpResourceSchema,
  PackSchema,
  PictureSchema,
  TextSchema,
} from '../../src/content/schema';

/**
 * The JSON Schema that editors use to check a pack as it is typed, generated from `PackSchema`
 * (never edited by hand). The game's validator stays the authority: rules JSON Schema cannot
 * state (cross-references, rebus glyphs) are checked only there.
 */

export const PACK_JSON_SCHEMA_PATH = 'schema/pack.schema.json';

/**
 * Rewrites a case-insensitive regex source so that it means the same without the `i` flag,
 * which JSON Schema patterns cannot carry: letters become both cases.
 */
export function withoutIgnoreCase(source: string): string {
  let out = '';
  let inClass = false;
  for (let i = 0; i < source.length; i++) {
    const c = source.charAt(i);
    if (c === '\\') {
      out += source.slice(i, i + 2);
      i++;
      continue;
    }
    if (c === '[' && !inClass) inClass = true;
    else if (c === ']' && inClass) inClass = false;
    const lower = c.toLowerCase();
    const upper = c.toUpperCase();
    if (lower === upper) {
      out += c;
      continue;
    }
    if (!inClass) {
      out += `[${lower}${upper}]`;
      continue;
    }
    const end = source.charAt(i + 2);
    if (source.charAt(i + 1) === '-' && end.toLowerCase() !== end.toUpperCase()) {
      out += `${lower}-${end.toLowerCase()}${upper}-${end.toUpperCase()}`;
      i += 2;
    } else out += `${lower}${upper}`;
  }
  return out;
}

/** Builds the pack's JSON Schema (draft-07) from the valibot schema. */
export function buildPackJsonSchema(): JsonSchema {
  const generated = toJsonSchema(PackSchema, {
    target: 'draft-07',
    errorMode: 'ignore',
    // Named definitions keep the file readable and let the recursive condition refer to itself.
    definitions: {
      text: TextSchema,
      filePath: FilePath,
      picture: PictureSchema,
      condition: ConditionSchema,
      effect: EffectSchema,
      helpResource: HelpResourceSchema,
    },
    overrideAction: ({ valibotAction, jsonSchema }) => {
      const action = valibotAction as { type: string; message?: unknown; requirement?: unknown };
      if (action.type === 'check' && action.message === 'text-empty') {
        return { ...jsonSchema, minProperties: 1 };
      }
      if (action.type === 'regex' && action.requirement instanceof RegExp) {
        const { source, flags } = action.requirement;
        if (flags === 'i') return { ...jsonSchema, pattern: withoutIgnoreCase(source) };
      }
      return null;
    },
  });
  const { $schema, ...rest } = generated;
  return {
    $schema,
    title: 'Gói nội dung Đuổi hình bắt chữ — content pack',
    description:
      'Gói câu hỏi và tiểu phẩm cho trò chơi Đuổi hình bắt chữ (xem docs/packs.md). A question and skit pack for the game (see docs/packs.md). Generated from src/content/schema.ts by "npm run schema": do not edit by hand.',
    ...rest,
  };
}

/** The file's text as written to disk: two-space indents and a final newline. */
export function packJsonSchemaText(): string {
  return `${JSON.stringify(buildPackJsonSchema(), null, 2)}\n`;
}
