/** Keys down right now; a key's release is forgotten after the click it may cause. */
const heldKeys = new Set<string>();
if (typeof window !== 'undefined') {
  window.addEventListener('keydown', (e) => heldKeys.add(e.key), true);
  window.addEventListener(
    'keyup',
    (e) => {
      window.setTimeout(() => heldKeys.delete(e.key), 0);
    },
    true,
  );
  // A key released while the window had no focus never reports it.
  window.addEventListener('blur', () => {
    heldKeys.clear();
  });
}

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
  // A key that opened the panel (Enter or Space on the last step of the skit) is still down
  // when the panel's button takes focus; its keypress or release would click that button.
  const early = new Set(heldKeys);
  panel.addEventListener('keydown', (e) => {
    e.stopPropagation();
    if (e.key === 'Escape') finish();
  });
  panel.addEventListener(
    'click',
    (e) => {
      if (e.detail === 0 && [...early].some((k) => heldKeys.has(k))) {
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
