import html from 'virtual:facilitator-guide';
import { t } from '../shared/i18n';
import { openDialog } from '../shared/ui/dom-dialog';
import './guide.css';

/** Set on <html> while the guide is open: the print stylesheet keys on it. */
const GUIDE_OPEN_CLASS = 'guide-open';

/**
 * The facilitator's guide (docs/facilitator-guide.md, made into HTML while building), over the
 * game, with Print: on paper only the guide shows, black on white, A4.
 */
export function openGuide(onClose: () => void): HTMLElement {
  const root = document.documentElement;
  root.classList.add(GUIDE_OPEN_CLASS);
  return openDialog(
    t('host.guide.title'),
    (body) => {
      body.className = 'guide-body';
      // The project's own document, made at build time: no text from a pack or a person.
      body.innerHTML = html;
    },
    t('common.close'),
    () => {
      root.classList.remove(GUIDE_OPEN_CLASS);
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
}
