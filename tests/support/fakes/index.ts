import type { ReportTablePorts } from '../../../shared/app/ports';
import { MemoryPublishLeases } from './publish-leases';
import { MemoryReportStore } from './report-store';
import { MemoryReportTable } from './report-table';
import { MemoryReviewQueue } from './review-queue';
import { MemoryUploadLedger } from './upload-ledger';

/**
 * In-memory fakes of the reports table's ports, for use-case tests. Each keeps the
 * contract its port documents (tests/contract runs the same suites against them and
 * against the DynamoDB adapter on dynalite). They live with the tests, not in
 * shared/local: the local run keeps the adapter on a real emulator, so that it runs the
 * code AWS runs.
 */
export { MemoryPublishLeases } from './publish-leases';
export { MemoryReportStore } from './report-store';
export { MemoryReportTable } from './report-table';
export { MemoryReviewQueue } from './review-queue';
export { MemoryUploadLedger } from './upload-ledger';

export interface MemoryReportPorts extends ReportTablePorts {
  readonly uploads: MemoryUploadLedger;
  readonly reports: MemoryReportStore;
  readonly leases: MemoryPublishLeases;
  readonly reviews: MemoryReviewQueue;
}

/** The four fakes, the report ports sharing one table of items as the adapter's share one DynamoDB table. */
export function memoryReportPorts(table: MemoryReportTable = new MemoryReportTable()): MemoryReportPorts {
  return {
    uploads: new MemoryUploadLedger(),
    reports: new MemoryReportStore(table),
    leases: new MemoryPublishLeases(table),
    reviews: new MemoryReviewQueue(table),
  };
}
