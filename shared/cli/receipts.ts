import type { DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import { DynamoReceiptStore } from '../adapters/receipts';
import { ReportQueries, type ReportRow } from '../adapters/report-queries';
import type { Receipt } from '../app/portal/ports';
import { officesOf, type ProvinceConfig } from '../config/province-config';
import type { NormalizedReport } from '../domain/record';
import { recipientsOf } from '../domain/routing';
import { UsageError } from '../errors';
import { renderTable } from './table';

/**
 * Receipts for the CLI: what `reports show` prints per office, and the reports an office
 * has not acknowledged for `reports list --unacknowledged --office X`. Both are key
 * reads: a Query on the report's partition, or the office's listing (the `lookup` index)
 * followed by one BatchGetItem of its receipts.
 */

export interface ReceiptRow {
  readonly officeId: string;
  readonly version: number;
  readonly deliveredAt: string | null;
  readonly openedAt: string | null;
  readonly acknowledgedAt: string | null;
}

/**
 * One row per office and version with a receipt, plus, for the notified version, every
 * office that was sent it and has no receipt yet (so "nobody opened it" shows as such).
 */
export function receiptRows(receipts: readonly Receipt[], record: NormalizedReport, notifiedVersion: number, config: ProvinceConfig | undefined): ReceiptRow[] {
  const rows = new Map<string, ReceiptRow>(
    receipts.map((receipt) => [
      `${receipt.officeId}#${receipt.version}`,
      { officeId: receipt.officeId, version: receipt.version, deliveredAt: receipt.deliveredAt, openedAt: receipt.openedAt, acknowledgedAt: receipt.acknowledgedAt },
    ]),
  );
  if (config && notifiedVersion > 0) {
    for (const office of recipientsOf(record, config)) {
      const key = `${office.id}#${notifiedVersion}`;
      if (!rows.has(key)) rows.set(key, { officeId: office.id, version: notifiedVersion, deliveredAt: null, openedAt: null, acknowledgedAt: null });
    }
  }
  return [...rows.values()].sort((a, b) => a.officeId.localeCompare(b.officeId) || a.version - b.version);
}

export function formatReceipts(rows: readonly ReceiptRow[], when: (iso: string) => string): string[] {
  const lines = ['', 'Receipts (per office and version; e-mail reports no delivery)'];
  if (rows.length === 0) return [...lines, '  none'];
  const table = renderTable(
    [
      { header: 'OFFICE', value: (row: ReceiptRow) => row.officeId },
      { header: 'VERSION', value: (row: ReceiptRow) => `v${row.version}` },
      { header: 'DELIVERED', value: (row: ReceiptRow) => (row.deliveredAt ? when(row.deliveredAt) : '-') },
      { header: 'OPENED', value: (row: ReceiptRow) => (row.openedAt ? when(row.openedAt) : '-') },
      { header: 'ACKNOWLEDGED', value: (row: ReceiptRow) => (row.acknowledgedAt ? when(row.acknowledgedAt) : '-') },
    ],
    rows,
  );
  return [...lines, ...table.split('\n').map((line) => `  ${line}`)];
}

export async function readReceipts(dynamo: DynamoDBDocumentClient, tableName: string, reportId: string): Promise<Receipt[]> {
  return new DynamoReceiptStore(dynamo, tableName).forReport(reportId);
}

/** Published reports of the office whose notified version it has not acknowledged, newest first. */
export async function listUnacknowledged(
  dynamo: DynamoDBDocumentClient,
  tableName: string,
  config: ProvinceConfig,
  officeId: string,
  filter: { readonly from?: string; readonly to?: string; readonly document?: string; readonly limit: number },
): Promise<ReportRow[]> {
  const office = officesOf(config).find((entry) => entry.id === officeId);
  if (!office) throw new UsageError(`--office must be an office of ${config.province.name}: ${officesOf(config).map((entry) => entry.id).join(', ')}; got "${officeId}"`);
  const listing = await new ReportQueries(dynamo, tableName).listReports({
    status: 'notified',
    ...(office.level === 'province' ? {} : { district: office.unit ?? office.id }),
    ...(filter.from ? { from: filter.from } : {}),
    ...(filter.to ? { to: filter.to } : {}),
    ...(filter.document ? { document: filter.document } : {}),
  });
  const receipts = await new DynamoReceiptStore(dynamo, tableName).forOffice(
    officeId,
    listing.rows.map((row) => ({ reportId: row.reportId, version: row.version })),
  );
  const acknowledged = new Set(receipts.filter((receipt) => receipt.acknowledgedAt).map((receipt) => `${receipt.reportId}#${receipt.version}`));
  return listing.rows.filter((row) => !acknowledged.has(`${row.reportId}#${row.version}`)).slice(0, filter.limit);
}
