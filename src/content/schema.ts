import * as v from 'valibot';
import { PACK_LIMITS } from './limits';

/**
 * The pack format, version 1: the single source of truth. The TypeScript types below are
 * inferred from it, and `schema/pack.schema.json` is generated from it by
 * `npm run schema` (a test fails when the committed file is stale).
 * This is pass one (shape); `references.ts` is pass two (cross-references).
 */

export const PACK_FORMAT = 1;

const Id = v.pipe(
  v.string(),
  v.regex(/^[a-z0-9][a-z0-9-]{0,63}$/, 'id'),
  v.description('Lower-case letters, digits and "-", up to 64 characters.'),
);
const NodeId = v.pipe(v.string(), v.regex(/^[A-Za-z0-9_-]{1,64}$/, 'node-id'));
const ShortString = v.pipe(v.string(), v.minLength(1), v.maxLength(PACK_LIMITS.maxTextLength));

/**
 * `union` with a shortcut for a value its first option surely refuses (`firstRefuses`): the
 * second option is tried alone, and when it accepts the value its result is the union's, since
 * valibot's union returns the first option that accepts. Otherwise the union runs as it is. So
 * the output, and every issue of a value neither option accepts, stay the union's own; what is
 * saved is building, for each such value, the issues of an option bound to fail (a pack of a
 * thousand questions has thousands of texts and pictures). The JSON Schema sees the union.
 */
function unionTryingSecond<
  T extends v.UnionSchema<readonly [v.GenericSchema, v.GenericSchema], undefined>,
>(union: T, firstRefuses: (value: unknown) => boolean): T {
  const [, second] = union.options;
  return {
    ...union,
    '~run'(dataset, config) {
      if (firstRefuses(dataset.value)) {
        const tried = second['~run']({ value: dataset.value }, config);
        if (tried.typed && !tried.issues) return tried;
      }
      return union['~run'](dataset, config);
    },
  };
}

/** A text in one language, or both: "…" or { "vi": "…", "en": "…" }. */
export const TextSchema = unionTryingSecond(
  v.union([
    ShortString,
    v.pipe(
      v.strictObject({ vi: v.optional(ShortString), en: v.optional(ShortString) }),
      v.check((t) => t.vi !== undefined || t.en !== undefined, 'text-empty'),
    ),
  ]),
  // The first option is a string.
  (value) => typeof value !== 'string',
);

/** A path to a file inside the pack, relative to the pack file: "pictures/lua-dao.svg". */
export const FilePath = v.pipe(
  v.string(),
  v.minLength(1),
  v.maxLength(200),
  v.regex(/^(?![a-z][a-z0-9+.-]*:)(?!\/)(?!.*\.\.)(?!.*\\)[^\0?#]+$/i, 'file-path'),
  v.description(
    'A file of the pack, relative to the pack file. No URLs, no "..", no absolute paths.',
  ),
);

const RebusRow = v.pipe(v.string(), v.minLength(1), v.maxLength(200));

export const PictureSchema = unionTryingSecond(
  v.union([
    v.strictObject({
      file: FilePath,
      alt: v.optional(TextSchema),
    }),
    v.strictObject({
      rebus: v.union([
        RebusRow,
        v.pipe(v.array(RebusRow), v.minLength(1), v.maxLength(PACK_LIMITS.maxRebusRows)),
      ]),
      alt: v.optional(TextSchema),
    }),
  ]),
  // The first option is a strict object without "rebus": it refuses a "rebus" key of the value.
  (value) =>
    typeof value === 'object' &&
    value !== null &&
    Object.prototype.propertyIsEnumerable.call(value, 'rebus'),
);

const Difficulty = v.picklist([1, 2, 3, 4, 5]);

export const QuestionSchema = v.strictObject({
  id: NodeId,
  picture: PictureSchema,
  answer: v.pipe(v.string(), v.minLength(1), v.maxLength(80)),
  alternatives: v.optional(v.array(v.pipe(v.string(), v.minLength(1), v.maxLength(80))), []),
  hint: v.optional(TextSchema),
  explanation: v.optional(TextSchema),
  difficulty: Difficulty,
  category: v.pipe(v.string(), v.minLength(1), v.maxLength(64)),
  points: v.optional(v.pipe(v.number(), v.integer(), v.minValue(0), v.maxValue(10000))),
  timeLimitSec: v.optional(v.pipe(v.number(), v.integer(), v.minValue(5), v.maxValue(600))),
});

export const QuizSchema = v.strictObject({
  defaults: v.optional(
    v.strictObject({
      points: v.optional(v.pipe(v.number(), v.integer(), v.minValue(0), v.maxValue(10000))),
      timeLimitSec: v.optional(v.pipe(v.number(), v.integer(), v.minValue(5), v.maxValue(600))),
    }),
  ),
  questions: v.pipe(v.array(QuestionSchema), v.minLength(1), v.maxLength(PACK_LIMITS.maxQuestions)),
});

export const KeyPictureSchema = v.strictObject({
  picture: PictureSchema,
  answer: v.pipe(v.string(), v.minLength(1), v.maxLength(80)),
  alternatives: v.optional(v.array(v.pipe(v.string(), v.minLength(1), v.maxLength(80))), []),
  tiles: v.pipe(v.number(), v.integer(), v.minValue(4), v.maxValue(12)),
  bonus: v.pipe(v.number(), v.integer(), v.minValue(0), v.maxValue(10000)),
  explanation: v.optional(TextSchema),
});

const VarName = v.pipe(v.string(), v.regex(/^[A-Za-z_][A-Za-z0-9_]{0,63}$/, 'var-name'));
const SkitValue = v.union([v.number(), v.boolean(), v.pipe(v.string(), v.maxLength(200))]);

type ConditionInput =
  | { var: string; op: 'eq' | 'ne' | 'lt' | 'lte' | 'gt' | 'gte'; value: number | boolean | string }
  | { visited: string; min?: number }
  | { all: ConditionInput[] }
  | { any: ConditionInput[] }
  | { not: ConditionInput };

export const ConditionSchema: v.GenericSchema<ConditionInput> = v.union([
  v.strictObject({
    var: VarName,
    op: v.picklist(['eq', 'ne', 'lt', 'lte', 'gt', 'gte']),
    value: SkitValue,
  }),
  v.strictObject({
    visited: NodeId,
    min: v.optional(v.pipe(v.number(), v.integer(), v.minValue(1))),
  }),
  v.strictObject({ all: v.array(v.lazy(() => ConditionSchema)) }),
  v.strictObject({ any: v.array(v.lazy(() => ConditionSchema)) }),
  v.strictObject({ not: v.lazy(() => ConditionSchema) }),
]);

export const EffectSchema = v.union([
  v.strictObject({ set: VarName, value: SkitValue }),
  v.strictObject({ add: VarName, value: v.number() }),
]);

const Effects = v.optional(v.array(EffectSchema));

export const SkitNodeSchema = v.variant('type', [
  v.strictObject({
    type: v.literal('line'),
    id: NodeId,
    character: Id,
    expression: v.optional(v.pipe(v.string(), v.minLength(1), v.maxLength(32))),
    text: TextSchema,
    next: NodeId,
    background: v.optional(Id),
    effects: Effects,
  }),
  v.strictObject({
    type: v.literal('narration'),
    id: NodeId,
    text: TextSchema,
    next: NodeId,
    background: v.optional(Id),
    effects: Effects,
  }),
  v.strictObject({
    type: v.literal('choice'),
    id: NodeId,
    prompt: v.optional(TextSchema),
    character: v.optional(Id),
    expression: v.optional(v.pipe(v.string(), v.minLength(1), v.maxLength(32))),
    background: v.optional(Id),
    options: v.pipe(
      v.array(
        v.strictObject({
          text: TextSchema,
          next: NodeId,
          condition: v.optional(ConditionSchema),
          effects: Effects,
          consequence: v.optional(TextSchema),
        }),
      ),
      v.minLength(1),
      v.maxLength(6),
    ),
  }),
  v.strictObject({
    type: v.literal('jump'),
    id: NodeId,
    branches: v.array(v.strictObject({ condition: ConditionSchema, next: NodeId })),
    else: NodeId,
  }),
  v.strictObject({ type: v.literal('ending'), id: NodeId, ending: NodeId }),
]);

export const HelpResourceSchema = v.strictObject({
  name: TextSchema,
  phone: v.optional(v.pipe(v.string(), v.regex(/^\+?[0-9 .-]{3,20}$/, 'phone'))),
  description: TextSchema,
});

export const EndingSchema = v.strictObject({
  id: NodeId,
  title: TextSchema,
  kind: v.picklist(['safe', 'at-risk', 'harmed']),
  summary: TextSchema,
  debrief: v.pipe(v.array(TextSchema), v.minLength(1), v.maxLength(8)),
  help: v.array(HelpResourceSchema),
});

const Colour = v.pipe(v.string(), v.regex(/^#[0-9a-fA-F]{6}$/, 'colour'));

export const SkitSchema = v.strictObject({
  id: Id,
  title: TextSchema,
  start: NodeId,
  characters: v.pipe(
    v.array(
      v.strictObject({
        id: Id,
        name: TextSchema,
        color: Colour,
        portraits: v.record(
          v.pipe(v.string(), v.regex(/^[a-z][a-z0-9-]{0,31}$/, 'expression')),
          FilePath,
        ),
      }),
    ),
    v.minLength(1),
    v.maxLength(12),
  ),
  backgrounds: v.optional(v.record(Id, FilePath), {}),
  variables: v.optional(v.record(VarName, SkitValue), {}),
  nodes: v.pipe(v.array(SkitNodeSchema), v.minLength(1), v.maxLength(PACK_LIMITS.maxSkitNodes)),
  endings: v.pipe(v.array(EndingSchema), v.minLength(1), v.maxLength(20)),
});

export const PackSchema = v.strictObject({
  $schema: v.optional(v.string()),
  format: v.literal(PACK_FORMAT),
  id: Id,
  version: v.pipe(v.string(), v.regex(/^\d+(\.\d+){0,2}$/, 'version')),
  title: TextSchema,
  description: v.optional(TextSchema),
  language: v.picklist(['vi', 'en', 'both']),
  authors: v.optional(v.array(v.pipe(v.string(), v.minLength(1), v.maxLength(200))), []),
  licence: v.optional(v.pipe(v.string(), v.maxLength(200))),
  sources: v.optional(
    v.array(
      v.strictObject({
        title: ShortString,
        note: v.optional(ShortString),
        url: v.optional(v.pipe(v.string(), v.url(), v.startsWith('https://', 'https'))),
      }),
    ),
    [],
  ),
  categories: v.optional(
    v.record(v.pipe(v.string(), v.minLength(1), v.maxLength(64)), TextSchema),
    {},
  ),
  quiz: v.optional(QuizSchema),
  keyPicture: v.optional(KeyPictureSchema),
  skit: v.optional(SkitSchema),
});

export type PackInput = v.InferInput<typeof PackSchema>;
export type PackJson = v.InferOutput<typeof PackSchema>;
export type PictureJson = v.InferOutput<typeof PictureSchema>;
export type QuestionJson = v.InferOutput<typeof QuestionSchema>;
export type SkitJson = v.InferOutput<typeof SkitSchema>;
