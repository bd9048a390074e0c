import { reportCsv } from './report-csv';
import {
  reportDocument,
  reportTexts,
  type ReportCell,
  type ReportDocument,
  type ReportTable,
  type ReportTexts,
} from './report-document';
import type { Pack } from '../content/pack-types';
import type { MeetingReport } from '../core/meeting/report';
import { currentLang, t, type Lang } from '../shared/i18n';
import { saveReport } from '../shared/storage/report-archive';
import type { KeyValueStore } from '../shared/storage/safe-storage';
import { openDialog } from '../shared/ui/dom-dialog';
import { printAlone } from '../shared/ui/printable';
import { downloadBlob } from '../shared/ui/download';
import './report.css';

/**
 * The meeting report on screen: real DOM text in a full-screen panel, with Print (a print
 * stylesheet shows only this panel, black on white), Download CSV, Download Excel and Close.
 */

/** Set on <html> while a report panel is open: the print stylesheet keys on it. */
export const REPORT_OPEN_CLASS = 'report-open';

export interface ReportViewOptions {
  /** Called after the panel closed (Close button or Escape). */
  readonly onClose?: () => void;
  /**
   * Files the report in the list of past reports as it opens (replacing an earlier copy of the
   * same meeting). Leave out when showing a report that is already filed.
   */
  readonly archive?: KeyValueStore;
  /** The interface language by default. */
  readonly lang?: Lang;
  /** The device's time zone by default. */
  readonly timeZone?: string;
  /** Also say short confirmations through the game's live region. */
  readonly announce?: (text: string) => void;
  /** The clock for the archive's "saved at"; Date.now by default. */
  readonly now?: () => number;
}

export interface ReportPanel {
  readonly element: HTMLElement;
  /** true: filed on the device; false: the browser refused; null: not asked to file it. */
  readonly saved: boolean | null;
  /** The CSV text the Download button saves (with its byte order mark). */
  readonly csv: string;
  readonly fileName: string;
  close(): void;
}

/**
 * Files a meeting's report in the list of past reports (with the pack's words it shows), e.g.
 * when the meeting ends. Returns false when the browser refused the write.
 */
export function fileReport(
  store: KeyValueStore,
  report: MeetingReport,
  pack: Pack | ReportTexts,
  savedAt: number = Date.now(),
): boolean {
  const texts = 'files' in pack ? reportTexts(report, pack) : pack;
  return saveReport(store, { report, packTitle: texts.title, texts }, savedAt);
}

/** Saves text as a file through a Blob and an <a download>; nothing leaves the device. */
export function downloadText(fileName: string, text: string, type: string): void {
  downloadBlob(fileName, new Blob([text], { type }));
}

/** A panel's status line (saved, downloaded, deleted), also said through the live region. */
export function statusLine(announce?: (text: string) => void): {
  status: HTMLElement;
  say: (text: string) => void;
} {
  const status = document.createElement('p');
  status.className = 'report-status';
  status.setAttribute('role', 'status');
  const say = (text: string): void => {
    status.textContent = text;
    announce?.(text);
  };
  return { status, say };
}

/** A report panel's Close button: the last one of its toolbar. */
function closeButton(panel: HTMLElement): HTMLButtonElement | null {
  return panel.querySelector<HTMLButtonElement>('.dialog-actions > button:last-child');
}

function cellNode(cell: ReportCell, tag: 'td' | 'th'): HTMLTableCellElement {
  const td = document.createElement(tag);
  if (typeof cell === 'object') {
    const swatch = document.createElement('span');
    swatch.className = 'report-swatch';
    swatch.style.backgroundColor = cell.swatch;
    swatch.setAttribute('aria-hidden', 'true');
    td.append(swatch, document.createTextNode(cell.text));
  } else {
    td.textContent = String(cell);
    if (typeof cell === 'number') td.className = 'report-number';
  }
  return td;
}

function tableNode(table: ReportTable): HTMLElement {
  const section = document.createElement('section');
  section.className = 'report-section';
  section.dataset.table = table.id;
  const el = document.createElement('table');
  const caption = document.createElement('caption');
  caption.textContent = table.caption;
  const head = document.createElement('thead');
  const headRow = document.createElement('tr');
  for (const h of table.headers) {
    const th = document.createElement('th');
    th.scope = 'col';
    th.textContent = h;
    headRow.append(th);
  }
  head.append(headRow);
  const body = document.createElement('tbody');
  table.rows.forEach((row, i) => {
    const tr = document.createElement('tr');
    if (table.strong.includes(i)) tr.className = 'report-strong';
    for (const cell of row) tr.append(cellNode(cell, 'td'));
    body.append(tr);
  });
  el.append(caption, head, body);
  section.append(el);
  return section;
}

function factsNode(doc: ReportDocument): HTMLElement {
  const dl = document.createElement('dl');
  dl.className = 'report-facts';
  for (const fact of doc.facts) {
    const dt = document.createElement('dt');
    dt.textContent = fact.label;
    const dd = document.createElement('dd');
    dd.dataset.fact = fact.id;
    dd.textContent = fact.text;
    dl.append(dt, dd);
  }
  return dl;
}

/**
 * Opens the report of a meeting. `pack` is the pack it was played with, or the words kept with
 * an archived report. When `options.archive` is given the report is filed on the device first.
 */
export function openReport(
  report: MeetingReport,
  pack: Pack | ReportTexts,
  options: ReportViewOptions = {},
): ReportPanel {
  // One report at a time: an earlier one closes (its onClose runs) before this one opens.
  for (const earlier of document.querySelectorAll<HTMLElement>('.report-panel')) {
    closeButton(earlier)?.click();
  }
  const texts = 'files' in pack ? reportTexts(report, pack) : pack;
  const lang = options.lang ?? currentLang();
  const doc = reportDocument(report, texts, {
    lang,
    t,
    ...(options.timeZone === undefined ? {} : { timeZone: options.timeZone }),
  });
  const csv = reportCsv(doc);
  const fileName = `${doc.fileName}.csv`;
  const saved = options.archive
    ? fileReport(options.archive, report, texts, (options.now ?? Date.now)())
    : null;

  const { status, say } = statusLine(options.announce);

  const root = document.documentElement;
  const element = openDialog(
    doc.title,
    (body) => {
      body.className = 'report-body';
      body.append(status, factsNode(doc), ...doc.tables.map(tableNode));
    },
    t('report.close'),
    () => {
      if (!document.querySelector('.report-panel')) root.classList.remove(REPORT_OPEN_CLASS);
      printed();
      options.onClose?.();
    },
    {
      className: 'report-panel',
      actions: [
        {
          id: 'print',
          label: t('report.print'),
          run: () => {
            window.print();
          },
        },
        {
          id: 'csv',
          label: t('report.download'),
          run: () => {
            downloadText(fileName, csv, 'text/csv;charset=utf-8');
            say(t('report.downloaded', { name: fileName }));
          },
        },
        {
          id: 'xlsx',
          label: t('report.downloadXlsx'),
          run: () => {
            const name = `${doc.fileName}.xlsx`;
            void import('./report-xlsx').then(async ({ reportXlsx, XLSX_MIME }) => {
              downloadBlob(name, new Blob([await reportXlsx(doc)], { type: XLSX_MIME }));
              say(t('report.downloaded', { name }));
            });
          },
        },
      ],
    },
  );
  element.lang = lang;
  // Full screen, above any other panel (the list of past reports it may be opened from).
  Object.assign(element.style, { inset: '0', borderRadius: '0', zIndex: '30' });
  root.classList.add(REPORT_OPEN_CLASS);
  const printed = printAlone(element);
  if (saved !== null) say(t(saved ? 'report.saved' : 'report.notSaved'));
  if (saved === false) status.classList.add('report-warning');

  return {
    element,
    saved,
    csv,
    fileName,
    close: () => {
      closeButton(element)?.click();
    },
  };
}
