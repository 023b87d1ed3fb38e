import type { ReceiptStore } from '../app/portal/ports';
import type { Log } from '../app/ports';
import { describeError } from '../errors';
import type { OfficeInbox } from './office-inbox';

/**
 * In the local run an office's endpoint is its queue, so a notice taken from the queue
 * is a delivery, recorded as the `delivered` receipt of that office and version (in AWS
 * the same comes from SNS delivery status, for SMS, HTTPS and SQS endpoints).
 */
export function recordDeliveries(inbox: OfficeInbox, receipts: ReceiptStore, log: Log): { settled(): Promise<void> } {
  const pending = new Set<Promise<void>>();
  inbox.onNotice((notice) => {
    const work = receipts
      .record('delivered', { reportId: notice.reportId, version: notice.version, officeId: notice.officeId }, notice.receivedAt.toISOString())
      .catch((error: unknown) => log.warn('delivery receipt not recorded', { officeId: notice.officeId, reportId: notice.reportId, error: describeError(error) }));
    pending.add(work);
    void work.finally(() => pending.delete(work));
  });
  return {
    settled: async () => {
      while (pending.size > 0) await Promise.all([...pending]);
    },
  };
}
