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
 * Phaser hears pointer, mouse and touch releases on the whole window: a press on a piece of
 * page over the game (a dialog, a banner, a form) must not also press the canvas button that
 * lies under it.
 */
export function shieldFromGame(element: HTMLElement): void {
  for (const type of [
    'pointerdown',
    'pointerup',
    'mousedown',
    'mouseup',
    'touchstart',
    'touchend',
  ]) {
    element.addEventListener(type, (e) => {
      e.stopPropagation();
    });
  }
}

/** A button of a dialog's toolbar, beside its Close button. */
export interface DialogAction {
  readonly id: string;
  readonly label: string;
  readonly run: () => void;
}

export interface DialogOptions {
  /** 'alertdialog' for what needs attention at once, such as a refused pack. */
  readonly role?: 'dialog' | 'alertdialog';
  /** A class on the panel, for tests and styles. */
  readonly className?: string;
  /**
   * Buttons shown in a toolbar right under the title, followed by Close (even when empty); the
   * first one gets the focus. Without a toolbar, Close sits at the end and gets the focus.
   */
  readonly actions?: readonly DialogAction[];
  /** A short message: the panel is as tall as its text, in the middle of the screen. */
  readonly short?: boolean;
  /**
   * Close beside the title, in a header that stays in view while the body scrolls under it
   * (a long list on a landscape phone).
   */
  readonly closeInHeader?: boolean;
}

const FOCUSABLE = 'button:not([disabled]), a[href], input:not([disabled]), [tabindex="0"]';

/** Tab and Shift+Tab go round the panel's own controls: the game behind cannot take focus. */
function keepFocusInside(panel: HTMLElement, e: KeyboardEvent): void {
  if (e.key !== 'Tab') return;
  const controls = [...panel.querySelectorAll<HTMLElement>(FOCUSABLE)];
  const first = controls[0];
  const last = controls[controls.length - 1];
  if (!first || !last) return;
  const active = document.activeElement;
  if (e.shiftKey && (active === first || !panel.contains(active))) {
    e.preventDefault();
    last.focus();
  } else if (!e.shiftKey && (active === last || !panel.contains(active))) {
    e.preventDefault();
    first.focus();
  }
}

/** A large button in a dialog's style: 48 px high at least, readable on a projector. */
export function dialogButton(
  label: string,
  onPress: () => void,
  variant: 'primary' | 'secondary' | 'danger' = 'primary',
): HTMLButtonElement {
  const button = document.createElement('button');
  button.type = 'button';
  button.textContent = label;
  const colours = {
    primary: { background: '#1b2a4a', color: '#ffffff', border: '2px solid #1b2a4a' },
    secondary: { background: '#ffffff', color: '#14213d', border: '2px solid #1b2a4a' },
    danger: { background: '#a4161a', color: '#ffffff', border: '2px solid #a4161a' },
  }[variant];
  Object.assign(button.style, {
    fontSize: '18px',
    fontWeight: '700',
    fontFamily: 'inherit',
    padding: '10px 20px',
    minHeight: '48px',
    minWidth: '48px',
    borderRadius: '12px',
    cursor: 'pointer',
    ...colours,
  } satisfies Partial<CSSStyleDeclaration>);
  button.addEventListener('click', onPress);
  return button;
}

/** A row of buttons in a dialog, wrapping onto more rows when narrow. */
export function buttonRow(className: string): HTMLDivElement {
  const bar = document.createElement('div');
  bar.className = className;
  Object.assign(bar.style, {
    display: 'flex',
    flexWrap: 'wrap',
    gap: '12px',
    margin: '0 0 16px',
  } satisfies Partial<CSSStyleDeclaration>);
  return bar;
}

/** The title and Close in a row that stays; `body` scrolls under it in the rest of `panel`. */
function fixedHeader(
  panel: HTMLElement,
  title: HTMLElement,
  close: HTMLElement,
  body: HTMLElement,
): HTMLElement {
  Object.assign(panel.style, {
    display: 'flex',
    flexDirection: 'column',
    overflow: 'hidden',
  } satisfies Partial<CSSStyleDeclaration>);
  const header = document.createElement('div');
  header.className = 'dialog-header';
  Object.assign(header.style, {
    display: 'flex',
    alignItems: 'center',
    justifyContent: 'space-between',
    gap: '12px',
    flex: 'none',
    marginBottom: '8px',
  } satisfies Partial<CSSStyleDeclaration>);
  title.style.margin = '0';
  close.style.flex = 'none';
  header.append(title, close);
  Object.assign(body.style, {
    flex: '1 1 auto',
    minHeight: '0',
    overflow: 'auto',
  } satisfies Partial<CSSStyleDeclaration>);
  return header;
}

/**
 * A modal panel of real DOM text, for what people read at length or act on outside the game:
 * the skit's debrief and help numbers (tappable tel: links), its history, the kept packs and
 * what is wrong with a refused pack, the meeting report. Keyboard focus stays inside it; Escape closes it.
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
  panel.setAttribute('role', options.role ?? 'dialog');
  panel.setAttribute('aria-modal', 'true');
  panel.setAttribute('aria-label', title);
  panel.className = options.className ? `dom-dialog ${options.className}` : 'dom-dialog';
  Object.assign(panel.style, {
    position: 'fixed',
    inset:
      'max(12px, env(safe-area-inset-top)) max(12px, env(safe-area-inset-right)) max(12px, env(safe-area-inset-bottom)) max(12px, env(safe-area-inset-left))',
    maxWidth: '960px',
    margin: '0 auto',
    background: '#ffffff',
    color: '#14213d',
    borderRadius: '16px',
    padding: '20px',
    overflow: 'auto',
    fontSize: '18px',
    lineHeight: '1.5',
    zIndex: '20',
    fontFamily: '"Be Vietnam Pro", system-ui, sans-serif',
    // The wide shadow dims the game behind the panel, so what is under it does not show through.
    boxShadow: '0 0 0 100vmax rgba(12,20,40,.6), 0 10px 40px rgba(0,0,0,.5)',
  } satisfies Partial<CSSStyleDeclaration>);
  if (options.short === true)
    Object.assign(panel.style, {
      top: '50%',
      bottom: 'auto',
      transform: 'translateY(-50%)',
      maxWidth: '560px',
      maxHeight: 'calc(100% - 24px)',
    } satisfies Partial<CSSStyleDeclaration>);
  const h = document.createElement('h2');
  h.textContent = title;
  h.style.marginTop = '0';
  const body = document.createElement('div');
  const finish = (): void => {
    panel.remove();
    onClose();
  };
  const close = dialogButton(closeLabel, finish);
  close.classList.add('dialog-close');
  const inHeader = options.closeInHeader === true;
  if (inHeader) panel.append(fixedHeader(panel, h, close, body));
  else panel.append(h);
  shieldFromGame(panel);
  // A key that opened the panel (Enter or Space on the last step of the skit) is still down
  // when the panel's button takes focus; its keypress or release would click that button.
  // Once released, it is an ordinary key again: pressed anew, it clicks.
  const early = new Set(heldKeys);
  const released = (e: KeyboardEvent): void => {
    early.delete(e.key);
    if (early.size === 0) window.removeEventListener('keyup', released, true);
  };
  if (early.size > 0) window.addEventListener('keyup', released, true);
  panel.addEventListener('keydown', (e) => {
    e.stopPropagation();
    if (e.key === 'Escape') finish();
    else keepFocusInside(panel, e);
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
    const bar = buttonRow('dialog-actions');
    for (const action of options.actions ?? []) {
      const button = dialogButton(action.label, action.run, 'secondary');
      button.dataset.action = action.id;
      bar.append(button);
    }
    bar.append(close);
    panel.append(bar);
  }
  build(body);
  panel.append(body);
  if (!toolbar && !inHeader) {
    close.style.marginTop = '16px';
    panel.append(close);
  }
  layer.append(panel);
  const first = panel.querySelector<HTMLButtonElement>('.dialog-actions button') ?? close;
  // The panel opens at its top, where its title is, even when the focused button is further down.
  first.focus({ preventScroll: true });
  panel.scrollTop = 0;
  return panel;
}

/**
 * Asks before something that cannot be undone. Resolves true only when the person confirms;
 * the focus starts on "keep", so Enter or Escape by habit loses nothing.
 */
export function confirmDialog(
  title: string,
  message: string,
  confirmLabel: string,
  keepLabel: string,
): Promise<boolean> {
  return new Promise((resolve) => {
    let confirmed = false;
    const panel = openDialog(
      title,
      (body) => {
        const text = document.createElement('p');
        text.textContent = message;
        const confirm = dialogButton(
          confirmLabel,
          () => {
            confirmed = true;
            panel.querySelector<HTMLButtonElement>('.dialog-close')?.click();
          },
          'danger',
        );
        confirm.dataset.action = 'confirm';
        body.append(text, confirm);
      },
      keepLabel,
      () => {
        resolve(confirmed);
      },
      { short: true, role: 'alertdialog' },
    );
  });
}

/**
 * Closes what lies over the game, as its own close button would: the top dialog, else the
 * typed-answer field. False when nothing is open.
 */
export function closeTopLayer(): boolean {
  const top =
    [...document.querySelectorAll<HTMLElement>('.dom-dialog')].at(-1) ??
    document.querySelector<HTMLElement>('.answer-input');
  const close = top?.querySelector<HTMLButtonElement>('.dialog-close');
  if (!close) return false;
  close.click();
  return true;
}
