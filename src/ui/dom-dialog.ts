/**
 * A modal panel of real DOM text, for what people read at length or act on outside the game:
 * the skit's debrief and help numbers (tappable tel: links), and its history.
 */
export function openDialog(
  title: string,
  build: (body: HTMLElement) => void,
  closeLabel: string,
  onClose: () => void,
): HTMLElement {
  const layer = document.getElementById('ui-layer') ?? document.body;
  const panel = document.createElement('section');
  panel.setAttribute('role', 'dialog');
  panel.setAttribute('aria-label', title);
  panel.className = 'dom-dialog';
  Object.assign(panel.style, {
    position: 'fixed',
    inset:
      'max(12px, env(safe-area-inset-top)) max(12px, env(safe-area-inset-right)) max(12px, env(safe-area-inset-bottom)) max(12px, env(safe-area-inset-left))',
    background: '#ffffff',
    color: '#14213d',
    borderRadius: '16px',
    padding: '20px',
    overflow: 'auto',
    fontSize: '18px',
    lineHeight: '1.5',
    zIndex: '20',
    fontFamily: '"Be Vietnam Pro", system-ui, sans-serif',
  } satisfies Partial<CSSStyleDeclaration>);
  const h = document.createElement('h2');
  h.textContent = title;
  h.style.marginTop = '0';
  panel.append(h);
  const body = document.createElement('div');
  build(body);
  panel.append(body);
  const close = document.createElement('button');
  close.type = 'button';
  close.textContent = closeLabel;
  Object.assign(close.style, {
    fontSize: '18px',
    fontWeight: '700',
    padding: '12px 24px',
    minHeight: '48px',
    borderRadius: '12px',
    border: '0',
    background: '#1b2a4a',
    color: '#fff',
    marginTop: '16px',
  });
  const finish = (): void => {
    panel.remove();
    onClose();
  };
  close.addEventListener('click', finish);
  // A Space pressed before the panel opened is released on its focused button, and a button
  // clicks on a Space release: without this, the key that reached an ending closed it at once.
  let keyPressedInside = false;
  const openedAt = performance.now();
  panel.addEventListener('keydown', (e) => {
    keyPressedInside = true;
    e.stopPropagation();
    if (e.key === 'Escape') finish();
  });
  panel.addEventListener(
    'click',
    (e) => {
      // Only just after opening, so a screen reader's click (also detail 0) is never lost.
      if (e.detail === 0 && !keyPressedInside && performance.now() - openedAt < 600) {
        e.preventDefault();
        e.stopImmediatePropagation();
      }
    },
    true,
  );
  panel.append(close);
  layer.append(panel);
  close.focus();
  return panel;
}
