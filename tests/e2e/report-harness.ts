import { initI18n, type Lang } from '../../src/shared/i18n';
import { browserStore } from '../../src/shared/storage/safe-storage';
import { openReportArchive } from '../../src/report/report-archive-view';
import { openReport } from '../../src/report/report-view';
import { REPORT_PACK, MEETING_DAY, wholeMeetingReport } from '../unit/report/report-fixture';

/**
 * Opens the report panel over the built game, for the browser test, until the host scenes call
 * it themselves: the whole meeting of tests/scenario, held on 29 November 2026.
 */
const harness = {
  async open(lang: Lang, day = 0): Promise<{ saved: boolean | null; fileName: string }> {
    await initI18n(lang);
    const panel = openReport(wholeMeetingReport(MEETING_DAY + day * 86_400_000), REPORT_PACK, {
      archive: browserStore(),
      timeZone: 'Asia/Ho_Chi_Minh',
    });
    return { saved: panel.saved, fileName: panel.fileName };
  },
  async openArchive(lang: Lang): Promise<void> {
    await initI18n(lang);
    openReportArchive({ store: browserStore(), timeZone: 'Asia/Ho_Chi_Minh' });
  },
};

Object.assign(window, { __reportHarness: harness });
