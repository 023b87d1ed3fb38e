import type { ReviewEvent, ReviewQueue } from '../../../shared/app/ports';
import type { DecisionSummary } from '../../../shared/domain/routing-decision';
import { ConcurrentProcessingError } from '../../../shared/errors';
import { MemoryReportTable, stored } from './report-table';

/** ReviewQueue in memory, over the report items of a MemoryReportTable; the history of reviews is kept for tests. */
export class MemoryReviewQueue implements ReviewQueue {
  readonly reviews: (ReviewEvent & { readonly reportId: string })[] = [];

  constructor(readonly table: MemoryReportTable = new MemoryReportTable()) {}

  async holdReport(reportId: string, version: number, decision: DecisionSummary, now: string): Promise<'held' | 'already-held' | 'notified' | 'moved-on'> {
    const report = this.table.reports.get(reportId);
    if (!report) throw new ConcurrentProcessingError(`report ${reportId} is not stored yet`);
    // Only the latest version, never one already published, and never twice.
    const holdable = report.version === version && (report.notifiedVersion ?? 0) < version && (report.heldVersion ?? 0) < version;
    if (holdable) {
      report.status = 'held';
      report.heldVersion = version;
      report.decision = stored(decision);
      report.updatedAt = now;
      return 'held';
    }
    if ((report.notifiedVersion ?? 0) >= version) return 'notified';
    if (report.version > version) return 'moved-on';
    return 'already-held';
  }

  async markHoldAnnounced(reportId: string, version: number, _now: string): Promise<void> {
    const report = this.table.reports.get(reportId);
    if (report && (report.holdAnnouncedVersion ?? 0) < version) report.holdAnnouncedVersion = version;
  }

  async recordReview(reportId: string, event: ReviewEvent): Promise<void> {
    const report = this.table.reports.get(reportId);
    if (event.action === 'rejected') {
      if (report?.status !== 'held' || report.version !== event.version) {
        throw new ConcurrentProcessingError(`report ${reportId} v${event.version} is no longer held`);
      }
      report.status = 'rejected';
      report.updatedAt = event.at;
    } else if (!report) {
      throw new ConcurrentProcessingError(`report ${reportId} v${event.version} is no longer held`);
    }
    this.reviews.push(stored({ reportId, ...event }));
  }
}
