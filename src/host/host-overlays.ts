import './host.css';
import { HOST_KEYS, type HostCommand } from './host-keys';
import { t } from '../shared/i18n';
import { shieldFromGame } from '../shared/ui/dom-dialog';
import { votesOverPeople } from './vote-check';

function layer(): HTMLElement {
  return document.getElementById('ui-layer') ?? document.body;
}

function make<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  className = '',
  text = '',
): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  if (className) node.className = className;
  if (text) node.textContent = text;
  return node;
}

/** A full-screen overlay that Esc or its button closes; keys pressed inside stay inside. */
function overlay(
  id: string,
  title: string,
  onClose: () => void,
): { root: HTMLElement; close: () => void } {
  document.getElementById(id)?.remove();
  const root = make('section', 'host-overlay');
  root.id = id;
  root.setAttribute('role', 'dialog');
  root.setAttribute('aria-label', title);
  root.tabIndex = -1;
  root.append(make('h2', '', title));
  const close = (): void => {
    root.remove();
    onClose();
  };
  shieldFromGame(root);
  root.addEventListener('keydown', (e) => {
    e.stopPropagation();
    if (
      e.key === 'Escape' ||
      (id === 'host-help' && (e.key === '?' || e.key === 'h' || e.key === 'H'))
    ) {
      e.preventDefault();
      close();
    }
  });
  layer().append(root);
  return { root, close };
}

function closeButton(close: () => void): HTMLButtonElement {
  const b = make('button', '', t('common.close'));
  b.type = 'button';
  b.style.marginTop = '1em';
  b.addEventListener('click', close);
  return b;
}

/** Every key of the projector, from the same table the key handler reads. */
export function showKeyHelp(onClose: () => void, only?: readonly HostCommand['type'][]): void {
  const { root, close } = overlay('host-help', t('host.help.title'), onClose);
  const list = make('ul', 'keys');
  for (const entry of HOST_KEYS) {
    if (only && !only.includes(entry.command)) continue;
    const li = make('li');
    for (const k of entry.label) li.append(make('kbd', '', k));
    li.append(' ', make('span', '', t(`host.help.${entry.command}`)));
    list.append(li);
  }
  const b = closeButton(close);
  b.style.marginTop = '0.5em';
  root.append(list, b);
  fitToScreen(root, 40);
  b.focus();
}

/**
 * An overlay's type as large as fits the screen (at most `max` px, at least 24): fitted again
 * when the window changes size, until the overlay closes.
 */
function fitToScreen(root: HTMLElement, max: number): void {
  // The measuring loads with the first overlay that needs it; the CSS size stands meanwhile.
  void Promise.all([import('./fit-type'), document.fonts.ready]).then(([{ fitPanel }]) => {
    const fit = (): void => {
      if (!root.isConnected) {
        window.removeEventListener('resize', fit);
        return;
      }
      fitPanel(root, Math.max(24, Math.min(max, window.innerWidth * 0.025)));
    };
    window.addEventListener('resize', fit);
    fit();
  });
}

/**
 * Draws `url` as a QR code on `canvas` (about `size` px wide) once the encoder is in (it loads
 * with the first QR code shown), unless the canvas has meanwhile been given another address.
 */
export function drawQrSoon(
  canvas: HTMLCanvasElement,
  url: string,
  size: number,
  minScale: number,
): void {
  canvas.setAttribute('role', 'img');
  canvas.setAttribute('aria-label', url);
  void import('./qr-canvas').then(({ drawQr }) => {
    if (canvas.getAttribute('aria-label') === url) drawQr(canvas, url, size, minScale);
  });
}

/** The game's address as a QR code, so people can play alone on their phones afterwards. */
export function showQr(url: string, note: string, onClose: () => void): void {
  const { root, close } = overlay('host-qr', t('host.qr.title'), onClose);
  const canvas = make('canvas', 'qr');
  drawQrSoon(canvas, url, 720, 4);
  const b = closeButton(close);
  root.append(canvas, make('p', 'url', url));
  if (note) root.append(make('p', '', note));
  root.append(b);
  b.focus();
}

/**
 * The audience's show of hands: one count per option; Enter plays the winning option. With
 * `phoneVotes` phones' votes already in, the hands are added to them (none is fine).
 */
export function showVoteForm(
  options: readonly { readonly index: number; readonly text: string }[],
  onVote: (counts: ReadonlyMap<number, number>) => void,
  onClose: () => void,
  o: {
    /** Phones' votes already in: the hands are added to them. */
    readonly phoneVotes?: number;
    /** People present (0: not recorded): more votes than that asks the facilitator to confirm. */
    readonly peoplePresent?: number;
  } = {},
): void {
  const phoneVotes = o.phoneVotes ?? 0;
  const { root, close } = overlay('host-vote', t('host.vote.title'), onClose);
  const form = make('form');
  if (phoneVotes > 0)
    form.append(make('p', '', t('host.phones.handsAdded', { count: phoneVotes })));
  const inputs = options.map((o, i) => {
    const label = make('label');
    const input = make('input');
    input.type = 'number';
    input.min = '0';
    input.max = '2000';
    input.step = '1';
    input.value = '0';
    input.inputMode = 'numeric';
    input.name = `vote-${o.index}`;
    label.append(make('span', '', `${i + 1}. ${o.text}`), input);
    form.append(label);
    return { index: o.index, input };
  });
  const error = make('p');
  error.setAttribute('role', 'alert');
  const submit = make('button', '', t('host.vote.submit'));
  let confirmed: string | null = null;
  submit.type = 'submit';
  form.append(error, submit);
  form.addEventListener('submit', (e) => {
    e.preventDefault();
    const counts = new Map<number, number>();
    for (const { index, input } of inputs) {
      const n = Number(input.value || '0');
      if (!Number.isInteger(n) || n < 0) {
        error.textContent = t('host.vote.bad');
        input.focus();
        return;
      }
      counts.set(index, n);
    }
    if (phoneVotes === 0 && [...counts.values()].every((n) => n === 0)) {
      error.textContent = t('host.vote.empty');
      return;
    }
    // More votes (phones' and hands) than people: said once; the same counts sent again are the facilitator's word.
    const over = votesOverPeople([phoneVotes, ...counts.values()], o.peoplePresent ?? 0);
    const typed = [...counts.values()].join(',');
    if (over && confirmed !== typed) {
      confirmed = typed;
      error.textContent = t('host.vote.tooMany', over);
      submit.textContent = t('host.vote.confirm');
      return;
    }
    root.remove();
    onVote(counts);
  });
  root.append(form, closeButton(close));
  inputs[0]?.input.select();
  inputs[0]?.input.focus();
}

/** A banner that stays until removed: scores not being saved, or a read-only second tab. */
export function showBanner(
  id: string,
  text: string,
  kind: 'warning' | 'info',
  action?: { readonly label: string; readonly run: () => void },
): void {
  let banner = document.getElementById(id);
  if (!banner) {
    banner = make('div', `host-banner${kind === 'info' ? ' info' : ''}`);
    banner.id = id;
    banner.setAttribute('role', 'alert');
    shieldFromGame(banner);
    layer().append(banner);
    // Its height changes when the window does (the text wraps on more or fewer lines).
    new ResizeObserver(keepGameBelowBanners).observe(banner);
  }
  banner.replaceChildren(make('span', '', text));
  if (action) {
    const b = make('button', '', action.label);
    b.type = 'button';
    b.addEventListener('click', action.run);
    banner.append(b);
  }
  keepGameBelowBanners();
}

/** The warning that stays while the meeting cannot be saved on this device. */
export function showNotSavingBanner(): void {
  showBanner('host-saving', t('host.notSaving'), 'warning');
}

export function hideBanner(id: string): void {
  document.getElementById(id)?.remove();
  keepGameBelowBanners();
}

/**
 * The game gives up the strip a banner at the top of the screen covers (`--banner-top`, read
 * by `#game` in index.html), so the question number, the category and the scores stay in view;
 * a resize event makes the game fit its new box, as when the window changes size. Nothing
 * happens when the strip is the same (a banner's text changed, a resize that kept its height).
 */
function keepGameBelowBanners(): void {
  const covered = [...document.querySelectorAll<HTMLElement>('.host-banner')]
    .map((b) => b.getBoundingClientRect())
    .filter((r) => r.top <= 0)
    .reduce((bottom, r) => Math.max(bottom, Math.ceil(r.bottom)), 0);
  const root = document.documentElement.style;
  const value = `${String(covered)}px`;
  if (root.getPropertyValue('--banner-top') === value) return;
  root.setProperty('--banner-top', value);
  window.dispatchEvent(new Event('resize'));
}

const NOTICE_ID = 'host-notice';
const NOTICE_MS = 5_000;
let noticeTimer: number | undefined;

/**
 * Why a key did nothing, on screen for a few seconds above the bar (the live region says it
 * too, so this copy is hidden from screen readers).
 */
export function showNotice(text: string): void {
  let notice = document.getElementById(NOTICE_ID);
  if (!notice) {
    notice = make('div', 'host-notice');
    notice.id = NOTICE_ID;
    notice.setAttribute('aria-hidden', 'true');
    layer().append(notice);
  }
  notice.textContent = text;
  window.clearTimeout(noticeTimer);
  noticeTimer = window.setTimeout(hideNotice, NOTICE_MS);
}

export function hideNotice(): void {
  window.clearTimeout(noticeTimer);
  document.getElementById(NOTICE_ID)?.remove();
}

/** The clicker's B: a black screen while the room talks; any key brings the game back. */
export function toggleBlank(): boolean {
  const existing = document.getElementById('host-blank');
  if (existing) {
    existing.remove();
    return false;
  }
  const blank = make('div', 'host-blank');
  blank.id = 'host-blank';
  layer().append(blank);
  return true;
}

export function isBlank(): boolean {
  return document.getElementById('host-blank') !== null;
}

export function toggleFullscreen(): void {
  if (document.fullscreenElement) void document.exitFullscreen().catch(() => undefined);
  else void document.documentElement.requestFullscreen().catch(() => undefined);
}

/** Closes every host overlay (not the banners), e.g. when the scene changes. */
export function closeHostOverlays(): void {
  for (const id of ['host-help', 'host-qr', 'host-vote', 'host-blank', NOTICE_ID])
    document.getElementById(id)?.remove();
}

export function overlayOpen(): boolean {
  return ['host-help', 'host-qr', 'host-vote'].some((id) => document.getElementById(id) !== null);
}
