import type { PackProblem } from '../content/problems';
import { showUnderField } from './editor-problems';
import { nodeFieldId, skitTarget, type SkitTarget } from './skit-json';
import type { DraftSkit } from './skit-model';
import type { SkitSelection } from './skit-fields';
import { w } from './words';

/** The skit's problems in the form: each under the field of the part on screen it is about. */

function endingFieldId(field: string): string {
  const en = field.endsWith('.en');
  const lang = en ? 'En' : 'Vi';
  const help = /^help\[(\d+)\]/.exec(field);
  if (help) {
    const k = Number(help[1]);
    const part = field.includes('.phone')
      ? 'Phone'
      : field.includes('.description')
        ? `Text${lang}`
        : `Name${lang}`;
    return k === 0 ? `ending-help${part}` : `ending-help-${k}-${part}`;
  }
  const key = /^(title|summary|debrief)/.exec(field)?.[1];
  if (key) return `ending-${key}${lang}`;
  if (field === 'help') return 'ending-helpNameVi';
  return field === 'kind' ? 'ending-kind' : 'ending-id';
}

/** The form field (id without "editor-") a skit problem belongs under, with that part shown. */
export function skitFieldId(
  target: SkitTarget,
  skit: DraftSkit,
  selection: SkitSelection,
  nodeIndex: number,
): string | null {
  switch (target.part) {
    case 'node':
      return selection.part === 'node' && target.index === nodeIndex
        ? nodeFieldId(target.field)
        : null;
    case 'ending':
      return selection.part === 'ending' && target.index === selection.index
        ? endingFieldId(target.field)
        : null;
    case 'character': {
      if (selection.part !== 'people') return null;
      const f = target.field.startsWith('name')
        ? target.field.endsWith('.en')
          ? 'nameEn'
          : 'nameVi'
        : target.field.startsWith('portraits')
          ? 'look'
          : 'id';
      return `char-${target.index}-${f}`;
    }
    case 'variable': {
      const i = skit.variables.findIndex((v) => v.name === target.name);
      return selection.part === 'people' && i >= 0 ? `var-${i}-name` : null;
    }
    case 'skit':
      if (target.field.startsWith('backgrounds')) return 'backgrounds';
      if (target.field === 'id') return 'skit-id';
      return target.field.startsWith('title')
        ? `skit-title${target.field.endsWith('.en') ? 'En' : 'Vi'}`
        : target.field === 'start'
          ? 'skit-start'
          : null;
  }
}

export function markSkitFields(
  problems: readonly PackProblem[],
  skit: DraftSkit,
  selection: SkitSelection,
): void {
  const nodeIndex =
    selection.part === 'node' ? skit.nodes.findIndex((n) => n.id === selection.id) : -1;
  for (const p of problems) {
    const target = skitTarget(p.place);
    const id = target ? skitFieldId(target, skit, selection, nodeIndex) : null;
    if (id === null) continue;
    showUnderField(id, p);
  }
}

/** Where a skit problem is, as the list of problems says it ("Node canh-3: "). */
export function skitWhere(target: SkitTarget, skit: DraftSkit | null): string {
  switch (target.part) {
    case 'node':
      return `${w('node', { id: skit?.nodes[target.index]?.id ?? target.index + 1 })}: `;
    case 'ending':
      return `${w('ending', { id: skit?.endings[target.index]?.id ?? target.index + 1 })}: `;
    case 'character':
      return `${w('character', { n: target.index + 1 })}: `;
    case 'variable':
      return `${w('variable')} ${target.name}: `;
    case 'skit':
      return `${w('tabSkit')}: `;
  }
}

/** What the skit form shows to fix a problem of `target`. */
export function selectionFor(target: SkitTarget, skit: DraftSkit): SkitSelection {
  switch (target.part) {
    case 'node':
      return { part: 'node', id: skit.nodes[target.index]?.id ?? '' };
    case 'ending':
      return { part: 'ending', index: target.index };
    case 'character':
    case 'variable':
      return { part: 'people' };
    case 'skit':
      return target.field.startsWith('backgrounds')
        ? { part: 'people' }
        : { part: 'node', id: skit.start };
  }
}
