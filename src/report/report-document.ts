import type { Pack } from '../content/pack-types';
import type { MeetingReport } from '../core/meeting/report';
import type { EndingKind, PackText } from '../core/types';
import { packText, type Lang } from '../shared/i18n';
import { isPackText } from '../shared/storage/report-archive';

/**
 * The meeting report laid out once, in the interface language, for every way it leaves the
 * game: the panel and its printout draw these tables, the CSV writes the same rows. So what
 * the facilitator prints and what they download never disagree.
 */

export type Translate = (key: string, options?: Record<string, unknown>) => string;

/**
 * The pack's words a report needs, in both languages, kept with an archived report so that it
 * can still be read after another pack is loaded.
 */
export interface ReportTexts {
  readonly title: PackText;
  readonly version: string;
  readonly keyAnswer: string | null;
  readonly skitTitle: PackText | null;
  /** Choice node id → its prompt and its options' texts (indexed like node.options). */
  readonly choices: Readonly<
    Record<string, { readonly prompt: PackText | null; readonly options: readonly PackText[] }>
  >;
  /** Ending id → its title. */
  readonly endings: Readonly<Record<string, PackText>>;
}

/** A text cell, a number cell, or a team's name with its colour drawn beside it. */
export type ReportCell = string | number | { readonly text: string; readonly swatch: string };

export type ReportTableId =
  'teams' | 'questions' | 'key' | 'key-guesses' | 'adjustments' | 'skit' | 'endings';

export interface ReportTable {
  readonly id: ReportTableId;
  readonly caption: string;
  readonly headers: readonly string[];
  readonly rows: readonly (readonly ReportCell[])[];
  /** Rows to set in bold (the chosen option of a vote, the winning team). */
  readonly strong: readonly number[];
}

export interface ReportFact {
  readonly id: 'date' | 'time' | 'status' | 'pack' | 'version' | 'people' | 'answered';
  readonly label: string;
  /** How the panel shows it. */
  readonly text: string;
}

/** One line of the CSV's summary: plain values a spreadsheet reads as numbers and dates. */
export interface ReportSummaryRow {
  readonly label: string;
  readonly value: string | number;
}

export interface ReportDocument {
  readonly title: string;
  readonly facts: readonly ReportFact[];
  readonly summary: readonly ReportSummaryRow[];
  readonly tables: readonly ReportTable[];
  /** Without extension: "bao-cao-sinh-hoat-2026-11-29". */
  readonly fileName: string;
}

export interface ReportLayoutOptions {
  readonly lang: Lang;
  readonly t: Translate;
  /** IANA zone for dates; the device's own when left out. */
  readonly timeZone?: string;
}

function textIn(text: PackText | null | undefined, lang: Lang): string {
  return packText(text ?? undefined, lang);
}

/** Picks out of the pack the words this report shows (only the choices and endings it reached). */
export function reportTexts(report: MeetingReport, pack: Pack): ReportTexts {
  const choices: Record<string, { prompt: PackText | null; options: PackText[] }> = {};
  const endings: Record<string, PackText> = {};
  const skit = pack.skit;
  for (const run of report.skitRuns) {
    for (const c of run.choices) {
      const node = skit?.nodes.find((n) => n.id === c.nodeId);
      if (node?.type === 'choice') {
        choices[c.nodeId] = {
          prompt: node.prompt ?? null,
          options: node.options.map((o) => o.text),
        };
      }
    }
    const ending = run.ending && skit?.endings.find((e) => e.id === run.ending?.id);
    if (ending) endings[ending.id] = ending.title;
  }
  return {
    title: pack.title,
    version: pack.version,
    keyAnswer: pack.keyPicture?.answer ?? null,
    skitTitle: skit?.title ?? null,
    choices,
    endings,
  };
}

const LOCALE: Readonly<Record<Lang, string>> = { vi: 'vi-VN', en: 'en-GB' };

function parts(at: number, timeZone: string | undefined): Record<string, string> {
  const fmt = new Intl.DateTimeFormat('en-CA', {
    timeZone,
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    hour: '2-digit',
    minute: '2-digit',
    hourCycle: 'h23',
  });
  return Object.fromEntries(fmt.formatToParts(at).map((p) => [p.type, p.value]));
}

/** "2026-11-29": the meeting's day where it was held, for file names. */
export function isoDay(at: number, timeZone?: string): string {
  const p = parts(at, timeZone);
  return `${p.year ?? ''}-${p.month ?? ''}-${p.day ?? ''}`;
}

/** "2026-11-29 14:05": a form every spreadsheet reads as a date and time. */
function isoMinute(at: number, timeZone: string | undefined): string {
  const p = parts(at, timeZone);
  return `${isoDay(at, timeZone)} ${p.hour ?? ''}:${p.minute ?? ''}`;
}

/** The day written out in the interface language: "Chủ Nhật, 29 tháng 11, 2026". */
export function longDate(at: number, lang: Lang, timeZone?: string): string {
  return new Intl.DateTimeFormat(LOCALE[lang], { dateStyle: 'full', timeZone }).format(at);
}

function clock(at: number, lang: Lang, timeZone: string | undefined): string {
  return new Intl.DateTimeFormat(LOCALE[lang], { timeStyle: 'short', timeZone }).format(at);
}

function kindLabel(t: Translate, kind: EndingKind): string {
  return t(`skit.kind.${kind}`);
}

function teamsTable(report: MeetingReport, t: Translate): ReportTable | null {
  if (report.teams.length === 0) return null;
  const teams = [...report.teams].sort((a, b) => a.place - b.place);
  return {
    id: 'teams',
    caption: t('report.teams.caption'),
    headers: [
      t('report.teams.place'),
      t('report.teams.team'),
      t('report.teams.score'),
      t('report.teams.right'),
      t('report.teams.wrong'),
    ],
    rows: teams.map((team) => [
      team.place,
      { text: team.name, swatch: team.color },
      team.score,
      team.right ?? '',
      team.wrong ?? '',
    ]),
    strong: teams.flatMap((team, i) => (team.place === 1 ? [i] : [])),
  };
}

function questionsTable(report: MeetingReport, t: Translate): ReportTable | null {
  if (report.questions.length === 0) return null;
  return {
    id: 'questions',
    caption: t('report.questions.caption'),
    headers: [
      t('report.questions.n'),
      t('report.questions.answer'),
      t('report.questions.right'),
      t('report.questions.wrong'),
      t('report.questions.rightWrong'),
    ],
    rows: report.questions.map((q, i) => [
      i + 1,
      q.answer,
      q.answeredBy ?? t('report.questions.nobody'),
      q.wrongTeams.join('; '),
      `${String(q.answeredBy === null ? 0 : 1)} / ${String(q.wrongTeams.length)}`,
    ]),
    strong: [],
  };
}

function keyTable(report: MeetingReport, texts: ReportTexts, t: Translate): ReportTable | null {
  if (report.key === null) return null;
  return {
    id: 'key',
    caption: t('report.key.caption'),
    headers: [
      t('report.key.answer'),
      t('report.key.tiles'),
      t(report.key.solvedBy === null ? 'report.key.opened' : 'report.key.openedWhenSolved'),
      t('report.key.solvedBy'),
    ],
    rows: [
      [
        texts.keyAnswer ?? '',
        report.key.tiles,
        report.key.opened,
        report.key.solvedBy ?? t('report.key.notSolved'),
      ],
    ],
    strong: [],
  };
}

/** Every guess at the key picture, wrong ones too, with the tiles open at that moment. */
function keyGuessesTable(report: MeetingReport, t: Translate): ReportTable | null {
  const guesses = report.key?.guesses ?? [];
  if (guesses.length === 0) return null;
  return {
    id: 'key-guesses',
    caption: t('report.key.guesses.caption'),
    headers: [
      t('report.key.guesses.n'),
      t('report.key.guesses.team'),
      t('report.key.guesses.opened'),
      t('report.key.guesses.result'),
    ],
    rows: guesses.map((g, i) => [
      i + 1,
      g.team,
      g.opened,
      t(g.correct ? 'report.key.guesses.right' : 'report.key.guesses.wrong'),
    ]),
    strong: guesses.flatMap((g, i) => (g.correct ? [i] : [])),
  };
}

/** Points the facilitator gave or took by hand, signed, with the question on screen. */
function adjustmentsTable(report: MeetingReport, t: Translate): ReportTable | null {
  const changes = report.adjustments ?? [];
  if (changes.length === 0) return null;
  return {
    id: 'adjustments',
    caption: t('report.adjustments.caption'),
    headers: [
      t('report.adjustments.n'),
      t('report.adjustments.team'),
      t('report.adjustments.delta'),
      t('report.adjustments.question'),
    ],
    rows: changes.map((a, i) => [
      i + 1,
      a.team,
      a.delta > 0 ? `+${String(a.delta)}` : String(a.delta),
      t('report.adjustments.atQuestion', { n: a.question }),
    ]),
    strong: [],
  };
}

function skitTables(
  report: MeetingReport,
  texts: ReportTexts,
  lang: Lang,
  t: Translate,
): ReportTable[] {
  if (report.skitRuns.length === 0) return [];
  const title = textIn(texts.skitTitle, lang);
  const rows: ReportCell[][] = [];
  const strong: number[] = [];
  report.skitRuns.forEach((run, r) => {
    run.choices.forEach((choice, c) => {
      const node = texts.choices[choice.nodeId];
      const prompt = textIn(node?.prompt, lang) || t('report.skit.choiceN', { n: c + 1 });
      const options = node?.options ?? [];
      // Only what the audience saw: an option hidden by the story's conditions got no vote.
      const shown = options.flatMap((option, o) =>
        choice.shown === undefined || choice.shown.includes(o) ? [{ option, o }] : [],
      );
      shown.forEach(({ option, o }, k) => {
        const chosen = o === choice.option;
        if (chosen) strong.push(rows.length);
        const result = chosen
          ? t(choice.counts === null ? 'report.skit.byFacilitator' : 'report.skit.byVote')
          : '';
        rows.push([
          r + 1,
          k === 0 ? prompt : '',
          textIn(option, lang),
          choice.counts === null ? '' : (choice.counts[o] ?? 0),
          result,
        ]);
      });
    });
  });
  const choicesTable: ReportTable = {
    id: 'skit',
    caption: t('report.skit.caption', { title }),
    headers: [
      t('report.skit.run'),
      t('report.skit.prompt'),
      t('report.skit.option'),
      t('report.skit.votes'),
      t('report.skit.result'),
    ],
    rows,
    strong,
  };
  const endingsTable: ReportTable = {
    id: 'endings',
    caption: t('report.endings.caption', { title }),
    headers: [t('report.endings.run'), t('report.endings.ending'), t('report.endings.kind')],
    rows: report.skitRuns.map((run, r) =>
      run.ending === null
        ? [r + 1, t('report.endings.notReached'), '']
        : [
            r + 1,
            textIn(texts.endings[run.ending.id], lang) || run.ending.id,
            kindLabel(t, run.ending.kind),
          ],
    ),
    strong: [],
  };
  return rows.length > 0 ? [choicesTable, endingsTable] : [endingsTable];
}

/** Lays the report out in one language: the facts at the top, then one table per part. */
export function reportDocument(
  report: MeetingReport,
  texts: ReportTexts,
  options: ReportLayoutOptions,
): ReportDocument {
  const { lang, t, timeZone } = options;
  const played = report.questions.length;
  const packTitle = textIn(texts.title, lang);
  const status = t(report.ended ? 'report.ended' : 'report.notEnded');
  const facts: ReportFact[] = [
    { id: 'date', label: t('report.date'), text: longDate(report.startedAt, lang, timeZone) },
    {
      id: 'time',
      label: t('report.time'),
      text: t('report.timeRange', {
        start: clock(report.startedAt, lang, timeZone),
        end: clock(report.lastActionAt, lang, timeZone),
      }),
    },
    { id: 'status', label: t('report.status'), text: status },
    { id: 'pack', label: t('report.pack'), text: packTitle },
    { id: 'version', label: t('report.version'), text: texts.version },
    { id: 'people', label: t('report.people'), text: String(report.peoplePresent) },
  ];
  if (played > 0) {
    facts.push({
      id: 'answered',
      label: t('report.answered'),
      text: t('report.rightOfPlayed', { right: report.answeredRight, played }),
    });
  }
  const summary: ReportSummaryRow[] = [
    { label: t('report.started'), value: isoMinute(report.startedAt, timeZone) },
    { label: t('report.lastAction'), value: isoMinute(report.lastActionAt, timeZone) },
    { label: t('report.status'), value: status },
    { label: t('report.pack'), value: packTitle },
    { label: t('report.version'), value: texts.version },
    { label: t('report.people'), value: report.peoplePresent },
  ];
  if (played > 0) {
    summary.push(
      { label: t('report.played'), value: played },
      { label: t('report.right'), value: report.answeredRight },
    );
  }
  const tables = [
    teamsTable(report, t),
    questionsTable(report, t),
    keyTable(report, texts, t),
    keyGuessesTable(report, t),
    adjustmentsTable(report, t),
    ...skitTables(report, texts, lang, t),
  ].filter((table): table is ReportTable => table !== null);
  return {
    title: t('report.title'),
    facts,
    summary,
    tables,
    fileName: t('report.fileName', { date: isoDay(report.startedAt, timeZone) }),
  };
}

function textRecord(v: unknown): Record<string, PackText> {
  if (typeof v !== 'object' || v === null) return {};
  return Object.fromEntries(
    Object.entries(v).filter((e): e is [string, PackText] => isPackText(e[1])),
  );
}

/**
 * The words kept with an archived report, checked again as they come back from storage: what
 * is missing or damaged is left out (the report then shows ids or generic labels), never trusted.
 */
export function archivedTexts(v: unknown, report: MeetingReport, packTitle: PackText): ReportTexts {
  const o = typeof v === 'object' && v !== null ? (v as Record<string, unknown>) : {};
  const choices: Record<string, { prompt: PackText | null; options: PackText[] }> = {};
  if (typeof o.choices === 'object' && o.choices !== null) {
    for (const [id, c] of Object.entries(o.choices as Record<string, unknown>)) {
      if (typeof c !== 'object' || c === null) continue;
      const { prompt, options } = c as { prompt?: unknown; options?: unknown };
      if (!Array.isArray(options) || !options.every(isPackText)) continue;
      choices[id] = { prompt: isPackText(prompt) ? prompt : null, options };
    }
  }
  return {
    title: packTitle,
    version: typeof o.version === 'string' ? o.version : report.packVersion,
    keyAnswer: typeof o.keyAnswer === 'string' ? o.keyAnswer : null,
    skitTitle: isPackText(o.skitTitle) ? o.skitTitle : null,
    choices,
    endings: textRecord(o.endings),
  };
}
