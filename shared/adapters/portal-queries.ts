import { GetCommand, type DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import type { InboxCandidate, InboxQuery, PortalReports, PortalReportState, VersionSummary } from '../app/portal/ports';
import type { SourceRef } from '../app/ports';
import type { NormalizedReport, ReportCard } from '../domain/record';
import { keys } from './dynamo-report-repository';
import { ReportQueries, queryVersionItems } from './report-queries';

/**
 * The portal's reads of the reports table: the META item (GetItem), the versions of one
 * report (Query on its partition), one version's record (GetItem), and the inbox (the
 * same `lookup` index queries as `reports list`). No Scan.
 */

type Item = Record<string, unknown>;

const text = (value: unknown): string | null => (typeof value === 'string' ? value : null);

function sourceOf(value: unknown): SourceRef | null {
  if (typeof value !== 'object' || value === null) return null;
  const source = value as Item;
  const bucket = text(source.bucket);
  const key = text(source.key);
  if (!bucket || !key) return null;
  return { bucket, key, versionId: text(source.versionId) };
}

export class DynamoPortalReports implements PortalReports {
  private readonly queries: ReportQueries;

  constructor(
    private readonly dynamo: DynamoDBDocumentClient,
    private readonly tableName: string,
  ) {
    this.queries = new ReportQueries(dynamo, tableName);
  }

  async getState(reportId: string): Promise<PortalReportState | null> {
    const response = await this.dynamo.send(
      new GetCommand({
        TableName: this.tableName,
        Key: { pk: keys.report(reportId), sk: 'META' },
        ProjectionExpression: '#reportId, #status, #version, #notified, #card',
        ExpressionAttributeNames: { '#reportId': 'reportId', '#status': 'status', '#version': 'version', '#notified': 'notifiedVersion', '#card': 'card' },
      }),
    );
    const item = response.Item;
    if (!item) return null;
    return {
      reportId: String(item.reportId ?? reportId),
      status: text(item.status) ?? 'unknown',
      version: Number(item.version ?? 0),
      notifiedVersion: Number(item.notifiedVersion ?? 0),
      card: item.card as ReportCard,
    };
  }

  async listVersions(reportId: string): Promise<VersionSummary[]> {
    // The records stay behind: deciding access needs only each version's audience.
    const items = await queryVersionItems(this.dynamo, this.tableName, reportId, ['version', 'concerns', 'createdAt', 'source']);
    return items.map((item) => ({
      version: Number(item.version ?? 0),
      concerns: Array.isArray(item.concerns) ? item.concerns.map(String) : [],
      createdAt: text(item.createdAt) ?? '',
      source: sourceOf(item.source),
    }));
  }

  async getRecord(reportId: string, version: number): Promise<NormalizedReport | null> {
    const response = await this.dynamo.send(
      new GetCommand({ TableName: this.tableName, Key: { pk: keys.report(reportId), sk: keys.version(version) }, ProjectionExpression: '#record', ExpressionAttributeNames: { '#record': 'record' } }),
    );
    const record = response.Item?.record;
    return typeof record === 'object' && record !== null ? (record as NormalizedReport) : null;
  }

  async inbox(query: InboxQuery): Promise<InboxCandidate[]> {
    const listing = await this.queries.listReports({
      ...(query.unit === null ? { status: 'notified' as const } : { district: query.unit }),
      ...(query.document ? { document: query.document } : {}),
      ...(query.from ? { from: query.from } : {}),
      ...(query.to ? { to: query.to } : {}),
      limit: query.limit,
    });
    return listing.rows.map((row) => ({
      reportId: row.reportId,
      status: row.status,
      version: row.version,
      eventDate: row.eventDate,
      title: row.title,
      organizer: row.organizer,
      scope: row.scope,
      updatedAt: row.updatedAt,
    }));
  }
}
