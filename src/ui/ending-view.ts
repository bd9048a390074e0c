import type { SkitEnding } from '../core/types';
import { packText, t } from '../i18n/i18n';

/**
 * An ending's kind, summary, debrief questions and help resources as real DOM text: numbers
 * such as 111 are tappable `tel:` links. `large` sets the type for a projector.
 */
export function buildEndingBody(
  body: HTMLElement,
  e: SkitEnding,
  options: { readonly large?: boolean } = {},
): void {
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
  if (options.large) dl.style.fontSize = '1.3em';
  for (const q of e.debrief) {
    const li = document.createElement('li');
    li.textContent = packText(q);
    dl.append(li);
  }
  const hh = document.createElement('h3');
  hh.textContent = t('skit.help');
  const hl = document.createElement('ul');
  hl.className = 'help-list';
  for (const r of e.help) {
    const li = document.createElement('li');
    const name = document.createElement('strong');
    name.textContent = packText(r.name);
    li.append(name);
    if (r.phone) {
      li.append(' · ');
      const a = document.createElement('a');
      a.href = `tel:${r.phone.replace(/[^0-9+]/g, '')}`;
      a.textContent = r.phone;
      a.style.fontSize = options.large ? '1.4em' : '22px';
      a.style.fontWeight = '700';
      a.style.color = 'inherit';
      li.append(a);
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
