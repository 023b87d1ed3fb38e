import type { ProvinceConfig } from '../config/province-config';
import { formatNotice, type NoticeEvent } from '../domain/notification';
import type { NormalizedReport } from '../domain/record';
import { diffReports } from '../domain/record-diff';
import { routingAttributes } from '../domain/routing';
import { ConcurrentProcessingError, TransientDependencyError } from '../errors';
import type { Metrics, NoticePublisher, PublishLeases, ReportStore } from './ports';

/** What publishing one version needs; the use cases of ingest and review share it. */
export interface PublishRequest {
  readonly reportId: string;
  readonly version: number;
  /** The record as this worker has it; the stored version is read back and wins. */
  readonly record: NormalizedReport;
  /** Units the decision names for this version. */
  readonly audience: readonly string[];
  /** The last version the offices were told of (0: none): the one an update replaces when the previous was held. */
  readonly notifiedVersion: number;
}

export interface PublishDeps {
  /** Read only: the stored versions the notice is made from. */
  readonly reports: ReportStore;
  readonly leases: PublishLeases;
  readonly publisher: NoticePublisher;
  readonly config: ProvinceConfig;
  readonly metrics: Metrics;
  readonly clock?: () => Date;
  /** Where an office reads the full record. */
  readonly recordLocation: (reportId: string) => string;
  /** How long one worker may hold the right to publish a version before another may take over. @default 60 s */
  readonly publishLeaseMs?: number;
}

const DEFAULT_LEASE_MS = 60_000;

/**
 * Publishes one version once: takes the publish lease, sends the notice (an update goes to
 * the offices of this version and of the last version they were told of), records it.
 * @throws ConcurrentProcessingError when another worker holds the lease.
 */
export async function publishVersion(
  request: PublishRequest,
  deps: PublishDeps,
): Promise<'already-notified' | { readonly notificationId: string; readonly audience: readonly string[] }> {
  const { reports, leases } = deps;
  const clock = deps.clock ?? (() => new Date());
  const { reportId, version } = request;
  const lease = await leases.acquirePublishLease(reportId, version, clock(), deps.publishLeaseMs ?? DEFAULT_LEASE_MS);
  if (lease === 'already-notified') return 'already-notified';
  if (lease === 'held') {
    throw new ConcurrentProcessingError(`report ${reportId} v${version} is being published by another worker`);
  }

  // Read only by the worker that publishes: a duplicate or superseded upload never needs them.
  // The stored version is read back because a concurrent writer of the same content may have stored it.
  // The offices of the previous version are the units it was indexed under (its audience).
  // A held previous version reached nobody; the offices know the last one published.
  let previous = version > 1 ? await reports.getStoredVersion(reportId, version - 1) : null;
  if (previous?.decision?.action === 'hold') {
    previous = request.notifiedVersion > 0 && request.notifiedVersion < version ? await reports.getStoredVersion(reportId, request.notifiedVersion) : null;
  }
  const current = (await reports.getVersion(reportId, version)) ?? request.record;
  const event: NoticeEvent = previous ? 'report.updated' : 'report.created';
  const audience = [...new Set([...request.audience, ...(previous?.concerns ?? [])])].sort();
  const notice = formatNotice({
    record: current,
    version,
    event,
    audience,
    changes: previous ? diffReports(previous.record, current) : [],
    location: deps.recordLocation(reportId),
    config: deps.config,
  });
  let messageId: string;
  try {
    messageId = await deps.publisher.publishNotice(notice, routingAttributes(audience, deps.config, event));
  } catch (error) {
    await leases.releasePublishLease(reportId, version).catch(() => undefined);
    throw error;
  }
  // The one window for a repeated notice: SNS accepted the publish but this write is lost.
  // The write is retried here, beyond the SDK's own attempts, before that window can open.
  await withRetries(() => leases.markNotified(reportId, version, messageId, clock().toISOString()), MARK_NOTIFIED_ATTEMPTS);
  deps.metrics.count('NotificationsPublished');
  return { notificationId: notice.notificationId, audience };
}

/** Attempts at recording a publish before giving up (each with the SDK's own retries). */
const MARK_NOTIFIED_ATTEMPTS = 4;

async function withRetries<T>(action: () => Promise<T>, attempts: number): Promise<T> {
  for (let attempt = 1; ; attempt++) {
    try {
      return await action();
    } catch (error) {
      if (attempt >= attempts || !(error instanceof TransientDependencyError)) throw error;
      await new Promise((resolve) => setTimeout(resolve, 100 * 2 ** attempt));
    }
  }
}
