import type { PackProblem } from '../../content/problems';
import type { Lang } from '../i18n';
import { openDialog } from './dom-dialog';

/**
 * The list of what is wrong with a pack, as real DOM text (scrollable, selectable, read by
 * screen readers): place first, then the message in the interface language.
 */
export function showProblems(
  title: string,
  problems: readonly PackProblem[],
  lang: Lang,
  closeLabel: string,
  onClose: () => void,
): HTMLElement {
  return openDialog(
    title,
    (body) => {
      const list = document.createElement('ul');
      list.style.paddingLeft = '1.2em';
      for (const p of problems) {
        const item = document.createElement('li');
        item.dataset.code = p.code;
        item.style.marginBottom = '8px';
        const where = document.createElement('code');
        where.textContent = p.place === '' ? '' : `${p.place}: `;
        where.style.fontWeight = '700';
        // A place such as skit.characters[0].portraits.neutral is one long word: it may break
        // anywhere rather than run out of a phone's screen.
        where.style.overflowWrap = 'anywhere';
        item.append(
          where,
          document.createTextNode(
            (p.severity === 'warning' ? '⚠ ' : '') + (lang === 'en' ? p.en : p.vi),
          ),
        );
        list.append(item);
      }
      body.append(list);
    },
    closeLabel,
    onClose,
    { role: 'alertdialog', className: 'problem-panel' },
  );
}
