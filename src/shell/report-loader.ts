import type { ReportViews } from '../shared/services';
import type { KeyValueStore } from '../shared/storage/safe-storage';

/**
 * The report's views, whose code loads the first time one is used: the menu never needs it, and
 * a meeting only at its end or when the facilitator asks.
 */
export function lazyReportViews(
  store: KeyValueStore,
  announce: (text: string) => void,
): ReportViews {
  let views: Promise<ReportViews> | null = null;
  const load = (): Promise<ReportViews> =>
    (views ??= import('../report').then((m) => m.reportViews(store, announce)));
  return {
    open: (report, pack) =>
      void load().then((v) => {
        v.open(report, pack);
      }),
    file: (report, pack) =>
      void load().then((v) => {
        v.file(report, pack);
      }),
    openArchive: () =>
      void load().then((v) => {
        v.openArchive();
      }),
  };
}
