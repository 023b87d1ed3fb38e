import type { PublishLeases } from '../../../shared/app/ports';
import { MemoryReportTable } from './report-table';

/** PublishLeases in memory: one lease per report, which runs out at the time it was taken for. */
export class MemoryPublishLeases implements PublishLeases {
  constructor(readonly table: MemoryReportTable = new MemoryReportTable()) {}

  async acquirePublishLease(reportId: string, version: number, now: Date, leaseMs: number): Promise<'acquired' | 'already-notified' | 'held'> {
    const report = this.table.reports.get(reportId);
    if (!report) return 'held';
    if ((report.notifiedVersion ?? 0) >= version) return 'already-notified';
    // A lease runs until the instant it names; only after it may another worker take over.
    if (report.publishLease && report.publishLease.until >= now.getTime()) return 'held';
    report.publishLease = { version, until: now.getTime() + leaseMs };
    return 'acquired';
  }

  async releasePublishLease(reportId: string, version: number): Promise<void> {
    const report = this.table.reports.get(reportId);
    if (report?.publishLease?.version === version) report.publishLease = null;
  }

  async markNotified(reportId: string, version: number, messageId: string, now: string): Promise<void> {
    const report = this.table.reports.get(reportId);
    if (!report || (report.notifiedVersion ?? 0) >= version) return;
    report.notifiedVersion = version;
    report.status = 'notified';
    report.lastMessageId = messageId;
    report.updatedAt = now;
    report.publishLease = null;
  }
}
