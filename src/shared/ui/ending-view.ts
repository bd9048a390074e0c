import type { SkitEnding } from '../../core/types';
import { packText, t } from '../i18n';

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
 * An ending's kind, summary, debrief questions and help resources as real DOM text: numbers
 * such as 111 are tappable `tel:` links, in place when the help's name already says the number
 * ("Công an: 113"), else after the name. `large` sets the type for a projector.
 */
export function buildEndingBody(
  body: HTMLElement,
  e: SkitEnding,
  options: { readonly large?: boolean } = {},
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
  body.append(kind, summary, columns);
}
