import type { SkitEnding } from '../../core/types';
import { packText, t } from '../i18n';
import { CSS_COLOR } from './theme';
import { buttonRow } from './dom-dialog';

/** A help number as a tappable `tel:` link. */
function telLink(phone: string, large: boolean): HTMLAnchorElement {
  const a = document.createElement('a');
  a.href = `tel:${phone.replace(/[^0-9+]/g, '')}`;
  a.textContent = phone;
  a.style.fontSize = large ? '1.4em' : '22px';
  a.style.fontWeight = '700';
  a.style.color = 'inherit';
  return a;
}

/**
 * The help numbers as large call buttons (a thumb's height, a `tel:` link each), for the top
 * of a phone's ending: in view without scrolling.
 */
function callButtons(e: SkitEnding): HTMLElement {
  const row = buttonRow('ending-calls');
  for (const r of e.help) {
    if (!r.phone) continue;
    const a = telLink(r.phone, false);
    const name = packText(r.name);
    a.textContent = `☎ ${name.includes(r.phone) ? name : `${name} ${r.phone}`}`;
    a.setAttribute('aria-label', t('skit.call', { name }));
    Object.assign(a.style, {
      flex: '1 1 200px',
      whiteSpace: 'nowrap',
      display: 'flex',
      alignItems: 'center',
      justifyContent: 'center',
      minHeight: '52px',
      padding: '0 14px',
      boxSizing: 'border-box',
      borderRadius: '12px',
      background: CSS_COLOR.accent,
      color: CSS_COLOR.dark,
      fontSize: '20px',
      textDecoration: 'none',
    } satisfies Partial<CSSStyleDeclaration>);
    row.append(a);
  }
  return row;
}

/**
 * An ending's kind, summary, debrief questions and help resources as real DOM text: numbers
 * such as 111 are tappable `tel:` links, in place when the help's name already says the number
 * ("Công an: 113"), else after the name. `large` sets the type for a projector; `calls` puts
 * the numbers first as large call buttons (a phone).
 */
export function buildEndingBody(
  body: HTMLElement,
  e: SkitEnding,
  options: { readonly large?: boolean; readonly calls?: boolean } = {},
): void {
  const large = options.large ?? false;
  body.dataset.ending = e.id;
  body.dataset.kind = e.kind;
  const kind = document.createElement('p');
  kind.textContent = t(`skit.kind.${e.kind}`);
  kind.style.fontWeight = '700';
  const summary = document.createElement('p');
  summary.textContent = packText(e.summary);
  const dh = document.createElement('h3');
  dh.textContent = t('skit.debrief');
  const dl = document.createElement('ol');
  dl.className = 'debrief';
  dl.style.paddingLeft = '1.4em';
  if (large) dl.style.fontSize = '1.3em';
  for (const q of e.debrief) {
    const li = document.createElement('li');
    li.textContent = packText(q);
    dl.append(li);
  }
  const hh = document.createElement('h3');
  hh.textContent = t('skit.help');
  const hl = document.createElement('ul');
  hl.className = 'help-list';
  hl.style.paddingLeft = '1.2em';
  for (const r of e.help) {
    const li = document.createElement('li');
    const name = document.createElement('strong');
    const title = packText(r.name);
    li.append(name);
    const at = r.phone ? title.indexOf(r.phone) : -1;
    if (r.phone && at >= 0) {
      name.append(title.slice(0, at), telLink(r.phone, large), title.slice(at + r.phone.length));
    } else {
      name.textContent = title;
      if (r.phone) li.append(' · ', telLink(r.phone, large));
    }
    li.append(document.createElement('br'), packText(r.description));
    hl.append(li);
  }
  const debrief = document.createElement('section');
  debrief.className = 'ending-debrief';
  debrief.append(dh, dl);
  const help = document.createElement('section');
  help.className = 'ending-help';
  help.append(hh, hl);
  const columns = document.createElement('div');
  columns.className = 'ending-columns';
  columns.append(debrief, help);
  if (options.calls) body.append(callButtons(e));
  body.append(kind, summary, columns);
}
