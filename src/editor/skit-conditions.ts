import { el } from './editor-dom';
import { actionButton, selectField, textField } from './skit-fields';
import { CONDITION_OPS, type DraftCondition, type DraftSkit } from './skit-model';
import { w, type WordKey } from './words';

/**
 * A condition in the form: one list says what it tests (a variable, a node visited, all or any
 * of other conditions, or the opposite of one), and the fields of that test follow; all, any
 * and not hold conditions of their own, drawn the same way inside.
 */

/** A condition changed; `typed` names the field typed in (one undo step per field), else redraw. */
export type PutCondition = (cond: DraftCondition | null, typed?: string) => void;

const KINDS = ['@visited', '@all', '@any', '@not'] as const;
const KIND_WORD: Record<(typeof KINDS)[number], WordKey> = {
  '@visited': 'cond_visited',
  '@all': 'cond_all',
  '@any': 'cond_any',
  '@not': 'cond_not',
};

/** A condition to start from: the first variable's, or "the start was visited". */
export function firstCondition(skit: DraftSkit): DraftCondition {
  const v = skit.variables[0];
  if (!v) return { visited: skit.start || (skit.nodes[0]?.id ?? ''), min: 1 };
  return { variable: v.name, op: 'eq', value: initialFor(v.type) };
}

const initialFor = (type: string): string =>
  type === 'boolean' ? 'true' : type === 'number' ? '0' : '';

function kindOf(c: DraftCondition | null): string {
  if (c === null) return '';
  if ('variable' in c) return c.variable;
  if ('visited' in c) return '@visited';
  return 'all' in c ? '@all' : 'any' in c ? '@any' : '@not';
}

/** The condition a pick in the kind list makes of `was`. */
function picked(v: string, was: DraftCondition | null, skit: DraftSkit): DraftCondition | null {
  const inner = was ?? firstCondition(skit);
  switch (v) {
    case '':
      return null;
    case '@visited':
      return { visited: skit.start || (skit.nodes[0]?.id ?? ''), min: 1 };
    case '@all':
      return { all: [inner] };
    case '@any':
      return { any: [inner] };
    case '@not':
      return { not: inner };
  }
  const type = skit.variables.find((x) => x.name === v)?.type ?? 'text';
  const before = was && 'variable' in was ? was : null;
  const sameType = skit.variables.find((x) => x.name === before?.variable)?.type === type;
  return {
    variable: v,
    op: before?.op ?? 'eq',
    value: before && sameType ? before.value : initialFor(type),
  };
}

/**
 * The fields of a condition; `get` reads it as it is now (so that typing in two fields of one
 * condition, with no redraw between, keeps both).
 */
export function conditionField(
  prefix: string,
  label: string,
  get: () => DraftCondition | null,
  required: boolean,
  skit: DraftSkit,
  put: PutCondition,
): HTMLElement {
  const cond = get();
  const box = el('div', { className: 'editor-condition' });
  const kinds: (readonly [string, string])[] = [
    ...(required ? [] : [['', w('always')] as const]),
    ...skit.variables.map((v) => [v.name, w('cond_var', { name: v.name })] as const),
    ...KINDS.map((k) => [k, w(KIND_WORD[k])] as const),
  ];
  box.append(
    selectField(`${prefix}-cond-var`, label, kinds, kindOf(cond), (v) => {
      put(picked(v, cond, skit));
    }),
  );
  if (cond === null) return box;
  if ('variable' in cond) {
    const type = skit.variables.find((v) => v.name === cond.variable)?.type;
    box.append(
      el(
        'div',
        { className: 'editor-row' },
        selectField(
          `${prefix}-cond-op`,
          w('op'),
          CONDITION_OPS.map((o) => [o, w(`op_${o}` as WordKey)] as const),
          cond.op,
          (v) => {
            put({ ...cond, op: v as typeof cond.op });
          },
        ),
        type === 'boolean'
          ? selectField(
              `${prefix}-cond-value`,
              w('value'),
              [
                ['true', w('true')],
                ['false', w('false')],
              ],
              cond.value,
              (v) => {
                put({ ...cond, value: v });
              },
            )
          : textField(`${prefix}-cond-value`, w('value'), cond.value, {
              input: (v) => {
                const now = get();
                if (now && 'variable' in now) put({ ...now, value: v }, `${prefix}-cond-value`);
              },
            }),
      ),
    );
  } else if ('visited' in cond) {
    box.append(
      el(
        'div',
        { className: 'editor-row' },
        selectField(
          `${prefix}-cond-visited`,
          w('visitedNode'),
          skit.nodes.map((n) => [n.id, n.id] as const),
          cond.visited,
          (v) => {
            put({ ...cond, visited: v });
          },
        ),
        textField(`${prefix}-cond-min`, w('visitedMin'), String(cond.min), {
          input: (v) => {
            const n = Number.parseInt(v, 10);
            const min = Number.isInteger(n) && n >= 1 ? n : 1;
            const now = get();
            if (now && 'visited' in now) put({ ...now, min }, `${prefix}-min`);
          },
        }),
      ),
    );
  } else if ('not' in cond) {
    box.append(
      conditionField(
        `${prefix}-not`,
        w('cond_notOf'),
        () => {
          const now = get();
          return now && 'not' in now ? now.not : null;
        },
        true,
        skit,
        (c, typed) => {
          put({ not: c ?? firstCondition(skit) }, typed);
        },
      ),
    );
  } else {
    const all = 'all' in cond;
    const listNow = (): readonly DraftCondition[] => {
      const now = get();
      if (!now) return [];
      return 'all' in now ? now.all : 'any' in now ? now.any : [];
    };
    const make = (parts: readonly DraftCondition[]): DraftCondition =>
      all ? { all: parts } : { any: parts };
    listNow().forEach((_, k) => {
      const p = `${prefix}-${k}`;
      box.append(
        conditionField(
          p,
          w('conditionN', { n: k + 1 }),
          () => listNow()[k] ?? null,
          true,
          skit,
          (next, typed) => {
            put(make(listNow().map((x, j) => (j === k ? (next ?? x) : x))), typed);
          },
        ),
        actionButton(`${p}-remove`, w('removeCondition', { n: k + 1 }), () => {
          put(make(listNow().filter((_, j) => j !== k)));
        }),
      );
    });
    box.append(
      actionButton(`${prefix}-add-cond`, w('addCondition'), () => {
        put(make([...listNow(), firstCondition(skit)]));
      }),
    );
  }
  return box;
}
