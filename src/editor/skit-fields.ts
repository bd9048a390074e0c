import { el } from './editor-dom';

/** What the skit form shows: a node, the characters and variables, or an ending. */
export type SkitSelection =
  | { readonly part: 'node'; readonly id: string }
  | { readonly part: 'people' }
  | { readonly part: 'ending'; readonly index: number };

/**
 * The skit form's fields: each labelled, with a list under it where the loader's problems about
 * it are written (`editor-<id>-problems`, which the field's description points at).
 */

function wrap(id: string, label: string, field: HTMLElement): HTMLElement {
  const errors = el('ul', { className: 'editor-field-problems', id: `editor-${id}-problems` });
  field.setAttribute('aria-describedby', errors.id);
  return el(
    'div',
    { className: 'editor-field' },
    el('label', { htmlFor: `editor-${id}`, textContent: label }),
    field,
    errors,
  );
}

/** A text field (a textarea when `long`); `onInput` on each keystroke, `onChange` when left. */
export function textField(
  id: string,
  label: string,
  value: string,
  on: { input?: (value: string) => void; change?: (value: string) => void },
  long = false,
): HTMLElement {
  const field = long ? el('textarea', { rows: 3 }) : el('input', { type: 'text' });
  field.id = `editor-${id}`;
  field.value = value;
  const { input, change } = on;
  if (input)
    field.addEventListener('input', () => {
      input(field.value);
    });
  if (change)
    field.addEventListener('change', () => {
      change(field.value);
    });
  return wrap(id, label, field);
}

/** A list to choose from: `[value, label]` pairs. */
export function selectField(
  id: string,
  label: string,
  options: readonly (readonly [string, string])[],
  value: string,
  onChange: (value: string) => void,
): HTMLElement {
  const select = el('select', { id: `editor-${id}` });
  for (const [v, text] of options) select.append(el('option', { value: v, textContent: text }));
  // A value the list lacks (a removed node, say) stays visible until it is changed.
  if (!options.some(([v]) => v === value))
    select.append(el('option', { value, textContent: value === '' ? '—' : value }));
  select.value = value;
  select.addEventListener('change', () => {
    onChange(select.value);
  });
  return wrap(id, label, select);
}

/** A button with its id for tests and focus. */
export function actionButton(id: string, label: string, run: () => void, disabled = false) {
  const b = el('button', { type: 'button', textContent: label, disabled });
  b.dataset.id = id;
  b.id = `editor-${id}`;
  b.addEventListener('click', run);
  return b;
}

export function helpText(text: string): HTMLElement {
  return el('p', { className: 'editor-help', textContent: text });
}
