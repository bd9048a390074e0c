import type { Pack } from '../content/pack-types';
import type { MeetingReport } from '../core/meeting/report';
import type { ReportViews } from '../shared/services';
import type { KeyValueStore } from '../shared/storage/safe-storage';
import { openReportArchive } from './report-archive-view';
import { fileReport, openReport } from './report-view';

/** The report's views over the device's store, saying short confirmations through `announce`. */
export function reportViews(store: KeyValueStore, announce: (text: string) => void): ReportViews {
  return {
    open: (report: MeetingReport, pack: Pack) => {
      openReport(report, pack, { archive: store, announce });
    },
    file: (report: MeetingReport, pack: Pack) => {
      fileReport(store, report, pack);
    },
    openArchive: () => {
      openReportArchive({ store, announce });
    },
  };
}
