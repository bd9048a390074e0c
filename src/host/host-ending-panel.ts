import type { SkitEnding } from '../core/types';
import { packText, t } from '../shared/i18n';
import { buildEndingBody } from '../shared/ui/ending-view';
import { fitPanel, MIN_PROJECTOR_PX } from './fit-type';
import type { HostCommand } from './host-keys';

/** The largest type of the ending page: 2.75 % of the width, at most 52 px (a wide projector). */
function maxPx(): number {
  return Math.max(MIN_PROJECTOR_PX, Math.min(52, window.innerWidth * 0.0275));
}

/**
 * The help numbers in one line, over the debrief: in sight even when the help has a page of
 * its own.
 */
function hotlines(ending: SkitEnding): HTMLElement {
  const line = document.createElement('p');
  line.className = 'ending-hotlines';
  line.append(`${t('skit.help')}: `);
  const phones = ending.help.flatMap((r) => (r.phone ? [r.phone] : []));
  phones.forEach((phone, i) => {
    const a = document.createElement('a');
    a.href = `tel:${phone.replace(/[^0-9+]/g, '')}`;
    a.textContent = `☎ ${phone}`;
    line.append(i > 0 ? ' · ' : '', a);
  });
  return line;
}

/**
 * A skit's ending on the projector, read by the whole hall: its debrief questions and where to
 * get help, in type as large as the screen allows and never under 24 px. When the whole page
 * does not fit at that size (a 1024×768 projector), it shows as two pages: the debrief, then
 * the help; forward turns to the help, back to the debrief. The buttons do what the keys do.
 */
export class EndingPanel {
  readonly root: HTMLElement;
  private page = 0;
  private pages = 1;
  private readonly pager: HTMLButtonElement;
  private readonly replay: HTMLButtonElement;
  private readonly onResize = (): void => {
    this.fit();
  };

  constructor(ending: SkitEnding, command: (c: HostCommand) => void, parent: HTMLElement) {
    const panel = document.createElement('section');
    panel.className = 'host-panel host-ending';
    panel.setAttribute('role', 'dialog');
    panel.setAttribute('aria-label', packText(ending.title));
    const h = document.createElement('h1');
    h.textContent = packText(ending.title);
    panel.append(h);
    buildEndingBody(panel, ending, { large: true });
    panel.querySelector('.ending-columns')?.before(hotlines(ending));
    const actions = document.createElement('div');
    actions.className = 'actions';
    const add = (id: string, run: () => void): HTMLButtonElement => {
      const b = document.createElement('button');
      b.type = 'button';
      b.id = id;
      b.addEventListener('click', run);
      actions.append(b);
      return b;
    };
    const send = (c: HostCommand) => () => {
      command(c);
    };
    this.pager = add('ending-page', () => {
      if (!this.next()) this.back();
    });
    this.replay = add('replay-skit', () => {
      command({ type: 'forward' });
    });
    add('end-meeting', send({ type: 'end' })).textContent = t('host.btn.endMeeting');
    add('report', send({ type: 'report' })).textContent = t('host.btn.report');
    add('undo', send({ type: 'undo' })).textContent = t('host.btn.undo');
    panel.append(actions);
    parent.append(panel);
    this.root = panel;
    window.addEventListener('resize', this.onResize);
    this.fit();
    // The page's font may still be on its way: measured again once it is in.
    void document.fonts.ready.then(() => {
      if (this.root.isConnected) this.fit();
    });
  }

  /** Forward: the help page after the debrief; answers whether it turned a page. */
  next(): boolean {
    if (this.page + 1 >= this.pages) return false;
    this.show(this.page + 1);
    return true;
  }

  /** Back: the debrief again from the help page; answers whether it turned a page. */
  back(): boolean {
    if (this.page === 0) return false;
    this.show(this.page - 1);
    return true;
  }

  /** The heading of the page on screen, for the live region. */
  pageTitle(): string {
    return this.page === 1 ? t('skit.help') : t('skit.debrief');
  }

  remove(): void {
    window.removeEventListener('resize', this.onResize);
    this.root.remove();
  }

  /** The whole ending on one page if it fits at 24 px or more, else the two pages. */
  private fit(): void {
    this.root.dataset.page = 'all';
    this.setButtons(1);
    if (fitPanel(this.root, maxPx())) {
      this.pages = 1;
      this.page = 0;
      return;
    }
    this.pages = 2;
    this.show(Math.min(this.page, 1));
  }

  private show(page: number): void {
    this.page = page;
    this.root.dataset.page = String(page);
    this.setButtons(this.pages);
    fitPanel(this.root, maxPx());
    this.root.scrollTop = 0;
  }

  private setButtons(pages: number): void {
    const paged = pages > 1;
    const last = !paged || this.page === pages - 1;
    this.pager.hidden = !paged;
    this.pager.textContent = this.page === 0 ? t('host.ending.toHelp') : t('host.ending.toDebrief');
    this.pager.className = last ? '' : 'primary';
    this.replay.textContent = last ? t('host.btn.replaySkit') : t('host.ending.replay');
    this.replay.className = last ? 'primary' : '';
  }
}
