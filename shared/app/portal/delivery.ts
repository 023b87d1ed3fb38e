import type { ProvinceConfig } from '../../config/province-config';
import type { Log } from '../ports';
import type { ReceiptStore } from './ports';

/**
 * `delivered` receipts from SNS delivery-status logging: SNS logs each successful
 * delivery to an SQS or HTTPS endpoint with the message id and the endpoint (e-mail has
 * no such log). The message id leads to the report version whose notice it was, the
 * endpoint to the office it belongs to.
 */

/** One SNS delivery-status log entry, in the fields used here. */
export interface DeliveryStatus {
  readonly messageId: string;
  /** The endpoint: a queue ARN, an HTTPS URL. */
  readonly destination: string;
  readonly status: string;
  /** When SNS published the message (ISO). */
  readonly publishedAt: string;
  /** When the endpoint accepted it (ISO). */
  readonly deliveredAt: string;
}

/** Finds the report version a published message announced, from its SNS message id. */
export interface NoticeLookup {
  findNotice(messageId: string, publishedAt: string): Promise<{ readonly reportId: string; readonly version: number } | null>;
}

/** Endpoints that report delivery (SQS and HTTPS), by office. */
export type DeliveryEndpoints = readonly { readonly officeId: string; readonly endpoint: string }[];

export function deliveryEndpointsOf(config: ProvinceConfig): DeliveryEndpoints {
  return config.offices.flatMap((office) =>
    office.endpoints.filter((endpoint) => endpoint.protocol === 'sqs' || endpoint.protocol === 'https').map((endpoint) => ({ officeId: office.id, endpoint: endpoint.endpoint })),
  );
}

/** Parses one log message; null for anything that is not a delivery-status entry. */
export function parseDeliveryStatus(message: string): DeliveryStatus | null {
  let parsed: unknown;
  try {
    parsed = JSON.parse(message);
  } catch {
    return null;
  }
  if (typeof parsed !== 'object' || parsed === null) return null;
  const entry = parsed as {
    notification?: { messageId?: unknown; timestamp?: unknown };
    delivery?: { destination?: unknown; dwellTimeMs?: unknown };
    status?: unknown;
  };
  const messageId = entry.notification?.messageId;
  const destination = entry.delivery?.destination;
  const timestamp = entry.notification?.timestamp;
  if (typeof messageId !== 'string' || typeof destination !== 'string' || typeof timestamp !== 'string' || typeof entry.status !== 'string') return null;
  // SNS writes "2024-01-11 07:05:59.371", in UTC.
  const published = new Date(/^\d{4}-\d{2}-\d{2} \d{2}:\d{2}:\d{2}(\.\d+)?$/.test(timestamp) ? `${timestamp.replace(' ', 'T')}Z` : timestamp);
  if (Number.isNaN(published.getTime())) return null;
  const dwell = typeof entry.delivery?.dwellTimeMs === 'number' ? entry.delivery.dwellTimeMs : 0;
  return { messageId, destination, status: entry.status, publishedAt: published.toISOString(), deliveredAt: new Date(published.getTime() + dwell).toISOString() };
}

export interface DeliveryDeps {
  readonly lookup: NoticeLookup;
  readonly receipts: ReceiptStore;
  readonly endpoints: DeliveryEndpoints;
  readonly log: Log;
}

/** Records a `delivered` receipt per successful delivery it can attribute; returns the counts. */
export async function recordDeliveryStatuses(statuses: readonly DeliveryStatus[], deps: DeliveryDeps): Promise<{ recorded: number; unattributed: number }> {
  const officeOf = new Map(deps.endpoints.map((entry) => [entry.endpoint, entry.officeId]));
  let recorded = 0;
  let unattributed = 0;
  for (const status of statuses) {
    if (status.status !== 'SUCCESS') continue;
    const officeId = officeOf.get(status.destination);
    const notice = officeId ? await deps.lookup.findNotice(status.messageId, status.publishedAt) : null;
    if (!officeId || !notice) {
      // The message id only: the endpoint may be an address of a person.
      deps.log.warn('delivery not attributed', { messageId: status.messageId, reason: officeId ? 'unknown message' : 'unknown endpoint' });
      unattributed += 1;
      continue;
    }
    await deps.receipts.record('delivered', { reportId: notice.reportId, version: notice.version, officeId }, status.deliveredAt);
    recorded += 1;
  }
  return { recorded, unattributed };
}
