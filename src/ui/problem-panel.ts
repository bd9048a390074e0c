import type { PackProblem } from '../content/problems';
import type { Lang } from '../i18n/i18n';

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
  const layer = document.getElementById('ui-layer') ?? document.body;
  const panel = document.createElement('section');
  panel.className = 'problem-panel';
  panel.setAttribute('role', 'alertdialog');
  panel.setAttribute('aria-label', title);
  Object.assign(panel.style, {
    position: 'fixed',
    inset: '5% 4%',
    background: '#fff',
    color: '#14213d',
    borderRadius: '16px',
    padding: '20px',
    overflow: 'auto',
    fontSize: '17px',
    lineHeight: '1.45',
    boxShadow: '0 10px 40px rgba(0,0,0,.5)',
    zIndex: '20',
  } satisfies Partial<CSSStyleDeclaration>);
  const h = document.createElement('h2');
  h.textContent = title;
  h.style.marginTop = '0';
  panel.append(h);
  const list = document.createElement('ul');
  for (const p of problems) {
    const item = document.createElement('li');
    item.dataset.code = p.code;
    const where = document.createElement('code');
    where.textContent = p.place === '' ? '' : `${p.place}: `;
    item.append(
      where,
      document.createTextNode(
        (p.severity === 'warning' ? '⚠ ' : '') + (lang === 'en' ? p.en : p.vi),
      ),
    );
    list.append(item);
  }
  panel.append(list);
  const close = document.createElement('button');
  close.type = 'button';
  close.textContent = closeLabel;
  Object.assign(close.style, {
    fontSize: '18px',
    padding: '12px 24px',
    minHeight: '48px',
    borderRadius: '12px',
    border: '0',
    background: '#1b2a4a',
    color: '#fff',
  });
  close.addEventListener('click', () => {
    panel.remove();
    onClose();
  });
  panel.append(close);
  layer.append(panel);
  close.focus();
  return panel;
}
