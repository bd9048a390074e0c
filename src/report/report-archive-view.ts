import { archivedTexts, longDate } from './report-document';
import { currentLang, packText, t, type Lang } from '../shared/i18n';
import {
  MAX_REPORTS,
  listReportSummaries,
  loadReport,
  removeReport,
  type ArchivedSummary,
} from '../shared/storage/report-archive';
import type { KeyValueStore } from '../shared/storage/safe-storage';
import { openDialog } from '../shared/ui/dom-dialog';
import { openReport, statusLine } from './report-view';

/**
 * The list of past meetings' reports kept on this device: open one (the same report panel,
 * with Print and CSV) or delete one, which asks first.
 */

export interface ReportArchiveOptions {
  readonly store: KeyValueStore;
  /** Called after the list closed. */
  readonly onClose?: () => void;
  readonly lang?: Lang;
  readonly timeZone?: string;
  readonly announce?: (text: string) => void;
}

function when(at: number, lang: Lang, timeZone: string | undefined): string {
  const time = new Intl.DateTimeFormat(lang === 'en' ? 'en-GB' : 'vi-VN', {
    timeStyle: 'short',
    timeZone,
  }).format(at);
  return `${longDate(at, lang, timeZone)}, ${time}`;
}

function button(label: string, action: string): HTMLButtonElement {
  const b = document.createElement('button');
  b.type = 'button';
  b.textContent = label;
  b.dataset.action = action;
  Object.assign(b.style, {
    padding: '8px 18px',
    borderRadius: '12px',
    border: '2px solid #1b2a4a',
    background: '#fff',
    color: '#1b2a4a',
    marginRight: '8px',
  } satisfies Partial<CSSStyleDeclaration>);
  return b;
}

/** Opens the list of past reports over the game. Returns the panel. */
export function openReportArchive(options: ReportArchiveOptions): HTMLElement {
  const { store } = options;
  const lang = options.lang ?? currentLang();
  const { status, say } = statusLine(options.announce);
  const count = document.createElement('p');
  const table = document.createElement('table');
  const empty = document.createElement('p');
  empty.textContent = t('report.archive.empty');

  const openOne = (summary: ArchivedSummary, from: HTMLButtonElement): void => {
    const entry = loadReport(store, summary.id);
    if (!entry) return;
    openReport(entry.report, archivedTexts(entry.texts, entry.report, entry.packTitle), {
      lang,
      ...(options.timeZone === undefined ? {} : { timeZone: options.timeZone }),
      ...(options.announce === undefined ? {} : { announce: options.announce }),
      onClose: () => {
        from.focus();
      },
    });
  };

  const refreshCount = (n: number): void => {
    count.textContent = t('report.archive.count', { count: n, max: MAX_REPORTS });
    table.hidden = n === 0;
    empty.hidden = n > 0;
  };

  const askRemove = (
    summary: ArchivedSummary,
    row: HTMLTableRowElement,
    cell: HTMLElement,
  ): void => {
    const date = when(summary.startedAt, lang, options.timeZone);
    const actions = [...cell.childNodes];
    const confirm = document.createElement('div');
    confirm.className = 'report-confirm';
    confirm.setAttribute('role', 'group');
    const question = document.createElement('span');
    question.textContent = t('report.archive.confirm', { date });
    const yes = button(t('report.archive.confirmYes'), 'confirm-remove');
    yes.classList.add('report-danger');
    const no = button(t('report.archive.confirmNo'), 'keep');
    confirm.append(question, yes, no);
    cell.replaceChildren(confirm);
    no.focus();
    no.addEventListener('click', () => {
      cell.replaceChildren(...actions);
      cell.querySelector<HTMLButtonElement>('[data-action="remove"]')?.focus();
    });
    yes.addEventListener('click', () => {
      if (!removeReport(store, summary.id)) {
        say(t('report.archive.notRemoved'));
        return;
      }
      const next =
        row.nextElementSibling ??
        row.previousElementSibling ??
        panel.querySelector('.dialog-actions button');
      row.remove();
      refreshCount(table.tBodies[0]?.rows.length ?? 0);
      say(t('report.archive.removed', { date }));
      (
        next?.querySelector<HTMLButtonElement>('button') ?? (next as HTMLButtonElement | null)
      )?.focus();
    });
  };

  const build = (body: HTMLElement): void => {
    const summaries = listReportSummaries(store);
    const caption = document.createElement('caption');
    caption.className = 'visually-hidden';
    caption.textContent = t('report.archive.title');
    const head = document.createElement('thead');
    const headRow = document.createElement('tr');
    for (const key of ['date', 'pack', 'teams', 'people', 'actions']) {
      const th = document.createElement('th');
      th.scope = 'col';
      th.textContent = t(`report.archive.${key}`);
      headRow.append(th);
    }
    head.append(headRow);
    const rows = document.createElement('tbody');
    for (const summary of summaries) {
      const row = document.createElement('tr');
      row.dataset.report = summary.id;
      const cells = [
        when(summary.startedAt, lang, options.timeZone),
        packText(summary.packTitle, lang),
        summary.teams.join(', '),
        String(summary.peoplePresent),
      ].map((text) => {
        const td = document.createElement('td');
        td.textContent = text;
        return td;
      });
      const actionCell = document.createElement('td');
      const open = button(t('report.archive.open'), 'open');
      open.addEventListener('click', () => {
        openOne(summary, open);
      });
      const remove = button(t('report.archive.remove'), 'remove');
      remove.addEventListener('click', () => {
        askRemove(summary, row, actionCell);
      });
      actionCell.append(open, remove);
      row.append(...cells, actionCell);
      rows.append(row);
    }
    table.append(caption, head, rows);
    refreshCount(summaries.length);
    body.append(status, count, empty, table);
  };

  const panel = openDialog(
    t('report.archive.title'),
    build,
    t('report.close'),
    () => options.onClose?.(),
    { className: 'report-archive', actions: [] },
  );
  panel.lang = lang;
  return panel;
}
