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

/** A button of a dialog's toolbar, beside its Close button. */
export interface DialogAction {
  readonly id: string;
  readonly label: string;
  readonly run: () => void;
}

export interface DialogOptions {
  /** Added to the panel's class, for a stylesheet that lays it out differently. */
  readonly className?: string;
  /**
   * Buttons shown in a toolbar right under the title, followed by Close (even when empty); the
   * first one gets the focus. Without a toolbar, Close sits at the end and gets the focus.
   */
  readonly actions?: readonly DialogAction[];
}

function styleButton(button: HTMLButtonElement, primary: boolean): void {
  Object.assign(button.style, {
    fontSize: '18px',
    fontWeight: '700',
    padding: '12px 24px',
    minHeight: '48px',
    borderRadius: '12px',
    border: primary ? '0' : '2px solid #1b2a4a',
    background: primary ? '#1b2a4a' : '#fff',
    color: primary ? '#fff' : '#1b2a4a',
  } satisfies Partial<CSSStyleDeclaration>);
}

/** Tab from the last control goes to the first and Shift+Tab back: the panel is modal. */
function keepFocusInside(panel: HTMLElement, e: KeyboardEvent): void {
  const controls = [...panel.querySelectorAll<HTMLElement>('button, a[href], input, select')];
  const first = controls[0];
  const last = controls.at(-1);
  if (!first || !last) return;
  if (!e.shiftKey && document.activeElement === last) {
    e.preventDefault();
    first.focus();
  } else if (e.shiftKey && document.activeElement === first) {
    e.preventDefault();
    last.focus();
  }
}

/**
 * A modal panel of real DOM text, for what people read at length or act on outside the game:
 * the skit's debrief and help numbers (tappable tel: links), its history, the meeting report.
 */
export function openDialog(
  title: string,
  build: (body: HTMLElement) => void,
  closeLabel: string,
  onClose: () => void,
  options: DialogOptions = {},
): HTMLElement {
  const layer = document.getElementById('ui-layer') ?? document.body;
  const panel = document.createElement('section');
  panel.setAttribute('role', 'dialog');
  panel.setAttribute('aria-label', title);
  panel.className = options.className ? `dom-dialog ${options.className}` : 'dom-dialog';
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
  const close = document.createElement('button');
  close.type = 'button';
  close.textContent = closeLabel;
  styleButton(close, true);
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
    if (e.key === 'Tab') keepFocusInside(panel, e);
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
  const toolbar = options.actions !== undefined;
  if (toolbar) {
    const bar = document.createElement('div');
    bar.className = 'dialog-actions';
    Object.assign(bar.style, {
      display: 'flex',
      flexWrap: 'wrap',
      gap: '12px',
      margin: '0 0 16px',
    });
    for (const action of options.actions ?? []) {
      const button = document.createElement('button');
      button.type = 'button';
      button.dataset.action = action.id;
      button.textContent = action.label;
      styleButton(button, false);
      button.addEventListener('click', action.run);
      bar.append(button);
    }
    bar.append(close);
    panel.append(bar);
  }
  build(body);
  panel.append(body);
  if (!toolbar) {
    close.style.marginTop = '16px';
    panel.append(close);
  }
  layer.append(panel);
  const first = panel.querySelector<HTMLButtonElement>('.dialog-actions button') ?? close;
  first.focus();
  return panel;
}
