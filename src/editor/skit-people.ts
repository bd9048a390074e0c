import { el } from './editor-dom';
import { actionButton, helpText, selectField, textField } from './skit-fields';
import {
  addCharacter,
  addEnding,
  addVariable,
  ENDING_KINDS,
  removeCharacter,
  removeEnding,
  removeVariable,
  updateCharacter,
  updateEnding,
  updateVariable,
  type DraftEnding,
  type DraftHelp,
  type DraftSkit,
  type DraftVarType,
} from './skit-model';
import type { SkitSelection } from './skit-fields';
import { backgroundsForm, type SceneHost } from './skit-scene';
import { w, type WordKey } from './words';

/** The skit's characters and variables, and one ending, as forms. */

export interface PeopleHost {
  /** The skit as it is now (fields typed in since the form was drawn included). */
  readonly skit: () => DraftSkit;
  readonly set: (skit: DraftSkit, field?: string) => void;
  readonly setAndRender: (skit: DraftSkit) => void;
  readonly looks: ReadonlyMap<string, readonly string[]>;
  readonly wearLook: (index: number, look: string) => void;
  readonly select: (selection: SkitSelection) => void;
  readonly scene: SceneHost;
}

const TYPES: readonly DraftVarType[] = ['boolean', 'number', 'text'];

export function peopleForm(skit: DraftSkit, host: PeopleHost): HTMLElement {
  const chars = el(
    'fieldset',
    { className: 'editor-question' },
    el('legend', { textContent: w('characters') }),
  );
  skit.characters.forEach((c, i) => {
    const p = `char-${i}`;
    const own = c.look === '' && Object.keys(c.portraits ?? {}).length > 0;
    const looks: (readonly [string, string])[] = [
      ['', own ? w('ownLook') : w('noLook')],
      ...[...host.looks.keys()].map((l) => [l, l] as const),
    ];
    chars.append(
      el(
        'fieldset',
        { className: 'editor-choice' },
        el('legend', { textContent: w('character', { n: i + 1 }) }),
        textField(`${p}-id`, w('charId'), c.id, {
          change: (v) => {
            host.setAndRender(updateCharacter(host.skit(), i, { id: v.trim() }));
          },
        }),
        textField(`${p}-nameVi`, w('nameVi'), c.nameVi, {
          input: (v) => {
            host.set(updateCharacter(host.skit(), i, { nameVi: v }), `${p}.nameVi`);
          },
        }),
        textField(`${p}-nameEn`, w('nameEn'), c.nameEn, {
          input: (v) => {
            host.set(updateCharacter(host.skit(), i, { nameEn: v }), `${p}.nameEn`);
          },
        }),
        selectField(`${p}-look`, w('look'), looks, c.look, (v) => {
          host.wearLook(i, v);
        }),
        el(
          'div',
          { className: 'editor-field' },
          el('label', { htmlFor: `editor-${p}-color`, textContent: w('colour') }),
          colourInput(`editor-${p}-color`, c.color, (v) => {
            host.setAndRender(updateCharacter(host.skit(), i, { color: v }));
          }),
        ),
        actionButton(
          `${p}-remove`,
          w('removeCharacter', { n: i + 1 }),
          () => {
            host.setAndRender(removeCharacter(host.skit(), i));
          },
          skit.characters.length <= 1,
        ),
      ),
    );
  });
  chars.append(
    actionButton('add-character', w('addCharacter'), () => {
      host.setAndRender(addCharacter(host.skit()));
    }),
  );
  const vars = el(
    'fieldset',
    { className: 'editor-question' },
    el('legend', { textContent: w('variables') }),
    helpText(w('variablesHelp')),
  );
  skit.variables.forEach((v, i) => {
    const p = `var-${i}`;
    vars.append(
      el(
        'div',
        { className: 'editor-row editor-choice' },
        textField(`${p}-name`, w('varName'), v.name, {
          change: (name) => {
            host.setAndRender(updateVariable(host.skit(), i, { name: name.trim() }));
          },
        }),
        selectField(
          `${p}-type`,
          w('varType'),
          TYPES.map((t) => [t, w(`type_${t}` as WordKey)] as const),
          v.type,
          (t) => {
            const type = t as DraftVarType;
            const initial = type === 'boolean' ? 'false' : type === 'number' ? '0' : '';
            host.setAndRender(updateVariable(host.skit(), i, { type, initial }));
          },
        ),
        v.type === 'boolean'
          ? selectField(
              `${p}-initial`,
              w('initial'),
              [
                ['false', w('false')],
                ['true', w('true')],
              ],
              v.initial,
              (initial) => {
                host.setAndRender(updateVariable(host.skit(), i, { initial }));
              },
            )
          : textField(`${p}-initial`, w('initial'), v.initial, {
              input: (initial) => {
                host.set(updateVariable(host.skit(), i, { initial }), `${p}.initial`);
              },
            }),
        actionButton(`${p}-remove`, w('removeVariable', { n: v.name }), () => {
          host.setAndRender(removeVariable(host.skit(), i));
        }),
      ),
    );
  });
  vars.append(
    actionButton('add-variable', w('addVariable'), () => {
      host.setAndRender(addVariable(host.skit()));
    }),
  );
  return el('div', { className: 'editor-skit-form' }, chars, vars, backgroundsForm(host.scene));
}

function colourInput(id: string, value: string, onChange: (v: string) => void): HTMLElement {
  const input = el('input', { type: 'color', id, value });
  input.addEventListener('change', () => {
    onChange(input.value);
  });
  return input;
}

type EndingText = Exclude<keyof DraftEnding, 'kind' | 'moreHelp'>;

const ENDING_FIELDS: readonly { key: EndingText; long?: boolean }[] = [
  { key: 'titleVi' },
  { key: 'titleEn' },
  { key: 'summaryVi', long: true },
  { key: 'summaryEn', long: true },
  { key: 'debriefVi', long: true },
  { key: 'debriefEn', long: true },
  { key: 'helpNameVi' },
  { key: 'helpNameEn' },
  { key: 'helpPhone' },
  { key: 'helpTextVi', long: true },
  { key: 'helpTextEn', long: true },
];

const endingLabel = (key: EndingText): string =>
  w(key.startsWith('title') ? (`ending${key[0]?.toUpperCase()}${key.slice(1)}` as WordKey) : key);

export function endingForm(skit: DraftSkit, index: number, host: PeopleHost): HTMLElement {
  const ending = skit.endings[index];
  const form = el('fieldset', { className: 'editor-question editor-skit-form' });
  if (!ending) {
    form.append(
      actionButton('add-ending', w('addEnding'), () => {
        const made = addEnding(host.skit());
        host.setAndRender(made.skit);
      }),
    );
    return form;
  }
  form.append(
    el('legend', { textContent: w('ending', { id: ending.id }) }),
    helpText(w('endingsHelp')),
  );
  form.append(
    textField('ending-id', w('endingId'), ending.id, {
      change: (v) => {
        host.setAndRender(updateEnding(host.skit(), index, { id: v.trim() }));
      },
    }),
    selectField(
      'ending-kind',
      w('endingKind'),
      ENDING_KINDS.map((k) => [k, w(`ending_${k}` as WordKey)] as const),
      ending.kind,
      (v) => {
        host.setAndRender(updateEnding(host.skit(), index, { kind: v as DraftEnding['kind'] }));
      },
    ),
  );
  for (const f of ENDING_FIELDS) {
    form.append(
      textField(
        `ending-${f.key}`,
        endingLabel(f.key),
        ending[f.key],
        {
          input: (v) => {
            host.set(updateEnding(host.skit(), index, { [f.key]: v }), `ending-${index}.${f.key}`);
          },
        },
        f.long,
      ),
    );
  }
  form.append(moreHelpBox(ending, index, host));
  form.append(
    el(
      'div',
      { className: 'editor-row' },
      actionButton('add-ending', w('addEnding'), () => {
        const made = addEnding(host.skit());
        host.setAndRender(made.skit);
        host.select({ part: 'ending', index: made.skit.endings.length - 1 });
      }),
      actionButton(
        'remove-ending',
        w('removeEnding'),
        () => {
          host.setAndRender(removeEnding(host.skit(), index));
          host.select({ part: 'ending', index: Math.max(0, index - 1) });
        },
        skit.endings.length <= 1,
      ),
    ),
  );
  return form;
}

const HELP_FIELDS: readonly { key: keyof DraftHelp; label: WordKey; long?: boolean }[] = [
  { key: 'nameVi', label: 'helpNameVi' },
  { key: 'nameEn', label: 'helpNameEn' },
  { key: 'phone', label: 'helpPhone' },
  { key: 'textVi', label: 'helpTextVi', long: true },
  { key: 'textEn', label: 'helpTextEn', long: true },
];

const FIELD_ID: Record<keyof DraftHelp, string> = {
  nameVi: 'NameVi',
  nameEn: 'NameEn',
  phone: 'Phone',
  textVi: 'TextVi',
  textEn: 'TextEn',
};

/** An ending's places to get help after the first: each its fields, added and removed. */
function moreHelpBox(ending: DraftEnding, index: number, host: PeopleHost): HTMLElement {
  const now = (): readonly DraftHelp[] => host.skit().endings[index]?.moreHelp ?? [];
  const box = el(
    'fieldset',
    { className: 'editor-choices' },
    el('legend', { textContent: w('moreHelp') }),
  );
  (ending.moreHelp ?? []).forEach((h, j) => {
    const k = j + 1;
    const part = el(
      'fieldset',
      { className: 'editor-choice' },
      el('legend', { textContent: w('helpN', { n: k + 1 }) }),
    );
    for (const f of HELP_FIELDS) {
      part.append(
        textField(
          `ending-help-${k}-${FIELD_ID[f.key]}`,
          w(f.label),
          h[f.key],
          {
            input: (v) => {
              const moreHelp = now().map((x, i) => (i === j ? { ...x, [f.key]: v } : x));
              host.set(updateEnding(host.skit(), index, { moreHelp }), `ending-${index}.help${k}`);
            },
          },
          f.long,
        ),
      );
    }
    part.append(
      actionButton(`ending-help-${k}-remove`, w('removeHelp', { n: k + 1 }), () => {
        const moreHelp = now().filter((_, i) => i !== j);
        host.setAndRender(updateEnding(host.skit(), index, { moreHelp }));
      }),
    );
    box.append(part);
  });
  box.append(
    actionButton('add-help', w('addHelp'), () => {
      const blank = { nameVi: '', nameEn: '', phone: '', textVi: '', textEn: '' };
      host.setAndRender(updateEnding(host.skit(), index, { moreHelp: [...now(), blank] }));
    }),
  );
  return box;
}
