import i18next from 'i18next';
import en from '../../../locales/en/translation.json';
import vi from '../../../locales/vi/translation.json';
import type { Pack, PackQuestion } from '../../../src/content/pack-types';
import { meetingReport, type MeetingReport } from '../../../src/core/meeting/report';
import type { Skit } from '../../../src/core/types';
import type { Lang } from '../../../src/shared/i18n';
import type { Translate } from '../../../src/report/report-document';
import { KEY_PICTURE, PACK } from '../../scenario/fixtures';
import { RULES, playWholeMeeting } from '../../scenario/whole-meeting';

/** 29 November 2026, 14:00 in Hà Nội (UTC+7): the meeting of the scenario test, moved to a real day. */
export const MEETING_DAY = Date.UTC(2026, 10, 29, 7, 0, 0) - 1_000;
export const ZONE = 'Asia/Ho_Chi_Minh';

/** The report of the whole meeting in tests/scenario, held on MEETING_DAY. */
export function wholeMeetingReport(t0 = MEETING_DAY): MeetingReport {
  return meetingReport(RULES, playWholeMeeting(t0).final.log);
}

/** The interface texts as the game has them, without touching the page's i18next. */
export function translator(lang: Lang): Translate {
  const instance = i18next.createInstance();
  void instance.init({
    lng: lang,
    fallbackLng: 'vi',
    initAsync: false,
    resources: { vi: { translation: vi }, en: { translation: en } },
    interpolation: { escapeValue: false },
  });
  return (key, options) => instance.t(key, options);
}

/** The skit of the scenario with words a pack would give: a prompt with a comma, bilingual. */
const SKIT: Skit = {
  ...(RULES.skit as Skit),
  title: { vi: 'Lời mời đi làm xa', en: 'A job far away' },
  nodes: (RULES.skit as Skit).nodes.map((n) =>
    n.type === 'choice' && n.id === 'c1'
      ? {
          ...n,
          prompt: {
            vi: 'Lan nên làm gì, khi được mời "việc nhẹ lương cao"?',
            en: 'What should Lan do?',
          },
          options: n.options.map((o, i) => ({
            ...o,
            text:
              [
                { vi: 'Hỏi ý kiến mẹ', en: 'Ask her mother' },
                { vi: 'Gọi 111', en: 'Call 111' },
                { vi: 'Đến Hội Phụ nữ phường', en: "Go to the ward's Women's Union" },
              ][i] ?? o.text,
          })),
        }
      : n,
  ),
  endings: (RULES.skit as Skit).endings.map((e) => ({
    ...e,
    title: { vi: 'Lan hỏi người tin cậy', en: 'Lan asks someone she trusts' },
  })),
};

/** The scenario's rules dressed as a loaded pack. */
export const REPORT_PACK: Pack = {
  id: PACK.id,
  version: PACK.version,
  hash: PACK.hash,
  title: { vi: 'Gói thử nghiệm', en: 'Test pack' },
  language: 'both',
  authors: [],
  sources: [],
  categories: {},
  quiz: {
    questions: (RULES.quiz?.questions ?? []).map((q): PackQuestion => ({
      ...q,
      picture: { kind: 'rebus', rows: [] },
    })),
  },
  keyPicture: { ...KEY_PICTURE, picture: { kind: 'rebus', rows: [] } },
  skit: SKIT,
  files: new Map(),
};
