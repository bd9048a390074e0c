import html from 'virtual:facilitator-guide';
import { t } from '../shared/i18n';
import { openDialog } from '../shared/ui/dom-dialog';
import { printAlone } from '../shared/ui/printable';
import './guide.css';

/**
 * The facilitator's guide (docs/facilitator-guide.md, made into HTML while building), over the
 * game, with Print: on paper only the guide shows, black on white, A4.
 */
export function openGuide(onClose: () => void): HTMLElement {
  let printed = (): void => undefined;
  const panel = openDialog(
    t('host.guide.title'),
    (body) => {
      body.className = 'guide-body';
      // The project's own document, made at build time: no text from a pack or a person.
      body.innerHTML = html;
    },
    t('common.close'),
    () => {
      printed();
      onClose();
    },
    {
      className: 'guide-panel',
      actions: [
        {
          id: 'print',
          label: t('host.guide.print'),
          run: () => {
            window.print();
          },
        },
      ],
    },
  );
  printed = printAlone(panel);
  return panel;
}
