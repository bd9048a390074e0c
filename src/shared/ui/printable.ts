import './printable.css';

const PRINTING_CLASS = 'printing-panel';
const PANEL_CLASS = 'printable-panel';

/**
 * Makes `panel` what paper shows while it is open: the page around it, and its buttons, do not
 * print. Returns the call that ends it, for when the panel closes.
 */
export function printAlone(panel: HTMLElement): () => void {
  panel.classList.add(PANEL_CLASS);
  const root = document.documentElement;
  root.classList.add(PRINTING_CLASS);
  return () => {
    if (!document.querySelector(`.${PANEL_CLASS}:not([hidden])`))
      root.classList.remove(PRINTING_CLASS);
  };
}
