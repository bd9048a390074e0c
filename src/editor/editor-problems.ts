import type { PackProblem } from '../content/problems';
import { currentLang } from '../shared/i18n';
import { problemTarget } from './draft-check';
import { skitTarget, type SkitTarget } from './skit-json';
import { el } from './editor-dom';
import { w } from './words';

/** Problems in the editor's form: each under the field it is about. */

export /** Where in the form a problem of a question's field belongs. */
function fieldOfPlace(field: string): string {
  if (field.startsWith('picture.alt')) return field.endsWith('.en') ? 'altEn' : 'altVi';
  if (field.startsWith('picture')) return 'rebus';
  if (field.startsWith('hint')) return field.endsWith('.en') ? 'hintEn' : 'hintVi';
  if (field.startsWith('explanation'))
    return field.endsWith('.en') ? 'explanationEn' : 'explanationVi';
  if (field.startsWith('alternatives')) return 'alternatives';
  return field.replace(/[.[].*$/, '') || 'answer';
}

/** Writes a problem under the field `editor-<id>`, which is marked invalid for an error. */
export function showUnderField(id: string, p: PackProblem): void {
  const ul = document.getElementById(`editor-${id}-problems`);
  ul?.append(
    el('li', {
      className: `editor-problem-${p.severity}`,
      textContent: currentLang() === 'en' ? p.en : p.vi,
    }),
  );
  if (p.severity === 'error')
    document.getElementById(`editor-${id}`)?.setAttribute('aria-invalid', 'true');
}

/** Writes each problem of the selected question (and of the pack's fields) under its field. */
export function markFields(
  root: HTMLElement,
  problems: readonly PackProblem[],
  selected: number,
): void {
  for (const ul of root.querySelectorAll('.editor-field-problems')) ul.replaceChildren();
  for (const field of root.querySelectorAll('[aria-invalid]'))
    field.removeAttribute('aria-invalid');
  for (const p of problems) {
    const target = problemTarget(p.place);
    let id: string | null = null;
    if (target?.question === selected) id = fieldOfPlace(target.field);
    else if (p.place === 'title' || p.place.startsWith('title.'))
      id = p.place.endsWith('.en') ? 'titleEn' : 'titleVi';
    else if (p.place === 'id' || p.place === 'version') id = p.place;
    if (id === null) continue;
    showUnderField(id, p);
  }
}

/** The skit's problems: where each is said, and how to go there. */
export interface SkitProblemLinks {
  readonly where: (target: SkitTarget) => string;
  readonly go: (target: SkitTarget) => void;
}

function problemText(p: PackProblem, skit: SkitProblemLinks | null): string {
  const target = problemTarget(p.place);
  const inSkit = skit ? skitTarget(p.place) : null;
  const where = target
    ? `${w('question', { n: target.question + 1 })}: `
    : inSkit && skit
      ? skit.where(inSkit)
      : p.place
        ? `${p.place}: `
        : '';
  return where + (currentLang() === 'en' ? p.en : p.vi);
}

/**
 * The list of the draft's problems, each about a question a link to its field; "no problems"
 * once a check found none.
 */
export function problemsBox(
  problems: readonly PackProblem[],
  checkedOk: boolean,
  go: (target: { question: number; field: string }) => void,
  skit: SkitProblemLinks | null = null,
): HTMLElement {
  const errors = problems.filter((p) => p.severity === 'error');
  const box = el(
    'section',
    { className: 'editor-problems' },
    el('h2', { textContent: w('problems') }),
  );
  if (errors.length === 0 && checkedOk) box.append(el('p', { textContent: w('noProblems') }));
  const list = el('ul');
  for (const p of problems) {
    const target = problemTarget(p.place);
    const inSkit = skit ? skitTarget(p.place) : null;
    const item = el('li', { className: `editor-problem-${p.severity}` });
    item.dataset.code = p.code;
    if (target || inSkit) {
      const link = el('button', {
        type: 'button',
        className: 'editor-link',
        textContent: problemText(p, skit),
      });
      link.addEventListener('click', () => {
        if (target) go(target);
        else if (inSkit) skit?.go(inSkit);
      });
      item.append(link);
    } else item.textContent = problemText(p, skit);
    list.append(item);
  }
  box.append(list);
  return box;
}
