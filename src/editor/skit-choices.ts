import { el } from './editor-dom';
import { actionButton, helpText, selectField, textField } from './skit-fields';
import { conditionField } from './skit-conditions';
import {
  addChoice,
  removeChoice,
  updateChoice,
  type DraftChoice,
  type DraftEffect,
  type DraftNode,
  type DraftSkit,
} from './skit-model';
import { w } from './words';

/** A choice's options (text, next node, condition) and the variable changes of a node or option. */

export interface SkitFormHost {
  readonly skitNow: () => DraftSkit;
  readonly set: (skit: DraftSkit, field?: string) => void;
  readonly setAndRender: (skit: DraftSkit) => void;
  /** A "next node" list, with entries that make a new node and lead to it. */
  readonly targetField: (
    id: string,
    label: string,
    value: string,
    onPick: (target: string, skit: DraftSkit) => DraftSkit,
  ) => HTMLElement;
}

export function choicesBox(node: DraftNode, host: SkitFormHost): HTMLElement {
  const id = node.id;
  const box = el(
    'fieldset',
    { className: 'editor-choices' },
    el('legend', { textContent: w('choices') }),
    helpText(w('conditionHelp')),
  );
  const skit = host.skitNow();
  node.choices.forEach((c, i) => {
    const p = `choice-${i}`;
    const patch = (part: Partial<DraftChoice>, field = '') => {
      host.set(
        updateChoice(host.skitNow(), id, i, part),
        field === '' ? '' : `${id}.${p}.${field}`,
      );
    };
    const patchAndRender = (part: Partial<DraftChoice>) => {
      host.setAndRender(updateChoice(host.skitNow(), id, i, part));
    };
    const option = el(
      'fieldset',
      { className: 'editor-choice' },
      el('legend', { textContent: w('choice', { n: i + 1 }) }),
      textField(`${p}-textVi`, w('choiceTextVi'), c.textVi, {
        input: (v) => {
          patch({ textVi: v }, 'textVi');
        },
      }),
      textField(`${p}-textEn`, w('choiceTextEn'), c.textEn, {
        input: (v) => {
          patch({ textEn: v }, 'textEn');
        },
      }),
      host.targetField(`${p}-next`, w('next'), c.next, (target, s) =>
        updateChoice(s, id, i, { next: target }),
      ),
      conditionField(
        p,
        w('condition'),
        () => host.skitNow().nodes.find((n) => n.id === id)?.choices[i]?.condition ?? null,
        false,
        skit,
        (condition, typed) => {
          if (typed) patch({ condition }, typed);
          else patchAndRender({ condition });
        },
      ),
      effectsBox(p, c.effects, (effects) => updateChoice(host.skitNow(), id, i, { effects }), host),
      textField(`${p}-consequenceVi`, w('consequenceVi'), c.consequenceVi ?? '', {
        input: (v) => {
          patch({ consequenceVi: v }, 'consequenceVi');
        },
      }),
      textField(`${p}-consequenceEn`, w('consequenceEn'), c.consequenceEn ?? '', {
        input: (v) => {
          patch({ consequenceEn: v }, 'consequenceEn');
        },
      }),
      actionButton(
        `${p}-remove`,
        w('removeChoice', { n: i + 1 }),
        () => {
          host.setAndRender(removeChoice(host.skitNow(), id, i));
        },
        node.choices.length <= 1,
      ),
    );
    box.append(option);
  });
  box.append(
    actionButton(
      'add-choice',
      w('addChoice'),
      () => {
        host.setAndRender(addChoice(host.skitNow(), id));
      },
      node.choices.length >= 6,
    ),
  );
  return box;
}

/** The variable changes of a node or an option. */
export function effectsBox(
  prefix: string,
  effects: readonly DraftEffect[],
  apply: (effects: DraftEffect[]) => DraftSkit,
  host: SkitFormHost,
): HTMLElement {
  const skit = host.skitNow();
  const box = el(
    'fieldset',
    { className: 'editor-effects' },
    el('legend', { textContent: w('effects') }),
  );
  box.id = `editor-${prefix}-effects`;
  box.append(
    el('ul', { className: 'editor-field-problems', id: `editor-${prefix}-effects-problems` }),
  );
  const vars = skit.variables.map((v) => [v.name, v.name] as const);
  effects.forEach((e, i) => {
    const p = `${prefix}-effect-${i}`;
    const put = (patch: Partial<DraftEffect>, render = true) => {
      const next = apply(effects.map((x, j) => (j === i ? { ...x, ...patch } : x)));
      if (render) host.setAndRender(next);
      else host.set(next, p);
    };
    const type = skit.variables.find((v) => v.name === e.variable)?.type;
    box.append(
      el(
        'div',
        { className: 'editor-row editor-effect' },
        selectField(`${p}-var`, w('variable'), vars, e.variable, (v) => {
          put({ variable: v });
        }),
        selectField(
          `${p}-op`,
          w('effectOp'),
          type === 'number'
            ? [
                ['set', w('op_set')],
                ['add', w('op_add')],
              ]
            : [['set', w('op_set')]],
          e.op,
          (v) => {
            put({ op: v === 'add' ? 'add' : 'set' });
          },
        ),
        type === 'boolean'
          ? selectField(
              `${p}-value`,
              w('value'),
              [
                ['true', w('true')],
                ['false', w('false')],
              ],
              e.value,
              (v) => {
                put({ value: v });
              },
            )
          : textField(`${p}-value`, w('value'), e.value, {
              input: (v) => {
                put({ value: v }, false);
              },
            }),
        actionButton(`${p}-remove`, w('removeEffect', { n: i + 1 }), () => {
          host.setAndRender(apply(effects.filter((_, j) => j !== i)));
        }),
      ),
    );
  });
  const first = skit.variables[0];
  box.append(
    actionButton(
      `${prefix}-add-effect`,
      w('addEffect'),
      () => {
        if (!first) return;
        host.setAndRender(
          apply([
            ...effects,
            {
              variable: first.name,
              op: 'set',
              value: first.type === 'boolean' ? 'true' : first.initial,
            },
          ]),
        );
      },
      !first,
    ),
  );
  if (!first) box.append(helpText(w('variablesHelp')));
  return box;
}
