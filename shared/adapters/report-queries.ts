import { BatchGetCommand, GetCommand, QueryCommand, type DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import { TABLE_DESIGN } from '../config/runtime-env';
import type { NormalizedReport, ReportCard } from '../domain/record';
import type { DecisionSummary } from '../domain/routing-decision';
import { TransientDependencyError } from '../errors';
import { keys } from './dynamo-report-repository';

/**
 * Read side of the reports table for the CLI: every question is a Query on the `lookup`
 * index or a key lookup, never a Scan (see docs/data-model.md for the access patterns).
 */

type Item = Record<string, unknown>;

/** Report statuses a report's META item carries on the index (`STATUS#stored`, `STATUS#notified`, `STATUS#held`, `STATUS#rejected`). */
export const REPORT_STATUSES = ['stored', 'notified', 'held', 'rejected'] as const;
export type ListedStatus = (typeof REPORT_STATUSES)[number];

export interface ReportFilter {
  /** Unit id: reports concerning it (its office is notified of them). */
  readonly district?: string;
  /** Document code as written in reports, e.g. `35-CT/TW` (case-insensitive). */
  readonly document?: string;
  /** Person's name, case- and diacritics-insensitive. */
  readonly person?: string;
  readonly status?: ListedStatus;
  /** Event date bounds, YYYY-MM-DD, inclusive. */
  readonly from?: string;
  readonly to?: string;
  readonly limit?: number;
}

export type LookupKey = 'document' | 'person' | 'district' | 'status' | 'all';
export type InMemoryFilter = 'document' | 'person' | 'district' | 'status' | 'event date';

/** How a filter combination is served: one index key, the rest checked per report. */
export interface QueryPlan {
  readonly key: LookupKey;
  /** `lookupPk` values queried (one per status for `all`). */
  readonly lookupPks: readonly string[];
  /** A `lookupSk` range on the event date, when the key's sort key is the event date. */
  readonly range: { readonly low: string; readonly high: string } | null;
  readonly inMemory: readonly InMemoryFilter[];
}

/**
 * Picks the index key for a filter combination. Keys whose items are few per value come
 * first: a document code or a person is named by a handful of reports, a unit by every
 * province-wide report too, a status by nearly all of them. Date bounds ride on the key's
 * sort key (`eventDate#id`) for the document, person and unit keys; status items sort by
 * update time, so there the event date is checked in memory.
 */
export function planQuery(filter: ReportFilter): QueryPlan {
  const dated = filter.from !== undefined || filter.to !== undefined;
  // Undated reports are indexed under 0000-00-00 and must not match any date bound.
  const range = dated ? { low: `${filter.from ?? '0001-01-01'}#`, high: `${filter.to ?? '9999-12-31'}#~` } : null;
  const others = (key: LookupKey): InMemoryFilter[] => {
    const rest: InMemoryFilter[] = [];
    if (key !== 'document' && filter.document !== undefined) rest.push('document');
    if (key !== 'person' && filter.person !== undefined) rest.push('person');
    if (key !== 'district' && filter.district !== undefined) rest.push('district');
    if (key !== 'status' && filter.status !== undefined) rest.push('status');
    return rest;
  };
  if (filter.document !== undefined) return { key: 'document', lookupPks: [keys.document(filter.document)], range, inMemory: others('document') };
  if (filter.person !== undefined) return { key: 'person', lookupPks: [keys.person(filter.person)], range, inMemory: others('person') };
  if (filter.district !== undefined) return { key: 'district', lookupPks: [keys.unit(filter.district)], range, inMemory: others('district') };
  const dateInMemory: InMemoryFilter[] = dated ? ['event date'] : [];
  if (filter.status !== undefined) return { key: 'status', lookupPks: [keys.status(filter.status)], range: null, inMemory: dateInMemory };
  return { key: 'all', lookupPks: REPORT_STATUSES.map((status) => keys.status(status)), range: null, inMemory: dateInMemory };
}

/** One line of `reports list`. */
export interface ReportRow {
  readonly reportId: string;
  readonly eventDate: string | null;
  readonly title: string;
  readonly status: string;
  readonly version: number;
  readonly scope: string | null;
  readonly organizer: string | null;
  readonly districts: readonly string[];
  readonly updatedAt: string;
}

export interface ReportListing {
  readonly rows: readonly ReportRow[];
  readonly plan: QueryPlan;
  /** True when the limit stopped the listing before the index was exhausted. */
  readonly truncated: boolean;
}

export interface FailedUploadRow {
  readonly bucket: string;
  readonly key: string;
  readonly reason: string;
  readonly detail: string;
  readonly quarantineKey: string | null;
  readonly failedAt: string;
  readonly size: number | null;
  readonly versionId: string | null;
}

export interface StatusEvent {
  readonly status: string;
  readonly version: number | null;
  readonly at: string;
  readonly source?: string;
  readonly messageId?: string;
  /** Who reviewed (approved, corrected, rejected). */
  readonly by?: string;
  /** The operator's reason or note. */
  readonly reason?: string;
  /** Codes of the reasons a version was held. */
  readonly reasons?: readonly string[];
}

/** One held report, as `reports review` lists it. */
export interface HeldReport {
  readonly reportId: string;
  readonly version: number;
  readonly heldAt: string;
  readonly card: ReportCard | null;
  readonly decision: DecisionSummary | null;
  readonly sources: readonly string[];
}

export interface VersionInfo {
  readonly version: number;
  readonly createdAt: string;
  readonly contentHash: string | null;
  readonly source: string | null;
}

/** Everything `reports show` prints. */
export interface ReportDetail {
  readonly reportId: string;
  readonly status: string;
  readonly version: number;
  readonly notifiedVersion: number;
  readonly createdAt: string;
  readonly updatedAt: string;
  readonly record: NormalizedReport;
  readonly sources: readonly string[];
  readonly history: readonly StatusEvent[];
  readonly versions: readonly VersionInfo[];
  readonly lastMessageId: string | null;
  /** The routing decision on the latest version (absent on reports stored before decisions were kept). */
  readonly decision?: DecisionSummary | null;
}

export interface UploadInfo {
  readonly bucket: string;
  readonly key: string;
  readonly status: string;
  readonly reportId: string | null;
  readonly reason: string | null;
  readonly detail: string | null;
  readonly quarantineKey: string | null;
  readonly receivedAt: string | null;
  readonly updatedAt: string | null;
}

const text = (value: unknown): string | null => (typeof value === 'string' ? value : null);
const isRecord = (value: unknown): value is Item => typeof value === 'object' && value !== null && !Array.isArray(value);

/** The attributes of a META item a listing needs: not the whole record, which may be large. */
const ROW_PROJECTION = {
  expression: '#reportId, #status, #version, #updatedAt, #record.#title, #record.#event, #record.#scope, #record.#organizer, #record.#districts',
  names: {
    '#reportId': 'reportId',
    '#status': 'status',
    '#version': 'version',
    '#updatedAt': 'updatedAt',
    '#record': 'card',
    '#title': 'title',
    '#event': 'event',
    '#scope': 'scope',
    '#organizer': 'organizer',
    '#districts': 'districts',
  },
};

function rowOf(item: Item): ReportRow {
  const record = isRecord(item.card) ? item.card : {};
  const event = isRecord(record.event) ? record.event : {};
  return {
    reportId: String(item.reportId ?? ''),
    eventDate: text(event.date),
    title: text(record.title) ?? '',
    status: text(item.status) ?? 'unknown',
    version: Number(item.version ?? 0),
    scope: text(record.scope),
    organizer: text(record.organizer),
    districts: Array.isArray(record.districts) ? record.districts.map(String) : [],
    updatedAt: text(item.updatedAt) ?? '',
  };
}

function inDateRange(date: string | null, from: string | undefined, to: string | undefined): boolean {
  if (from === undefined && to === undefined) return true;
  if (date === null) return false;
  return (from === undefined || date >= from) && (to === undefined || date <= to);
}

function failedRowOf(item: Item): FailedUploadRow {
  return {
    bucket: String(item.bucket ?? ''),
    key: String(item.key ?? ''),
    reason: text(item.reason) ?? 'unknown',
    detail: text(item.detail) ?? '',
    quarantineKey: text(item.quarantineKey),
    failedAt: text(item.failedAt) ?? '',
    size: typeof item.size === 'number' ? item.size : null,
    versionId: text(item.versionId),
  };
}

function historyOf(value: unknown): StatusEvent[] {
  if (!Array.isArray(value)) return [];
  return value.filter(isRecord).map((event) => ({
    status: text(event.status) ?? 'unknown',
    version: typeof event.version === 'number' ? event.version : null,
    at: text(event.at) ?? '',
    ...(typeof event.source === 'string' ? { source: event.source } : {}),
    ...(typeof event.messageId === 'string' ? { messageId: event.messageId } : {}),
    ...(typeof event.by === 'string' ? { by: event.by } : {}),
    ...(typeof event.reason === 'string' ? { reason: event.reason } : {}),
    ...(Array.isArray(event.reasons) ? { reasons: event.reasons.map(String) } : {}),
  }));
}

function sourcesOf(value: unknown): string[] {
  if (value instanceof Set) return [...(value as Set<unknown>)].map(String).sort();
  if (Array.isArray(value)) return value.map(String).sort();
  return [];
}

function sourceText(value: unknown): string | null {
  if (!isRecord(value)) return null;
  const bucket = text(value.bucket);
  const key = text(value.key);
  return bucket && key ? `s3://${bucket}/${key}` : null;
}

export class ReportQueries {
  constructor(
    private readonly dynamo: DynamoDBDocumentClient,
    private readonly tableName: string,
  ) {}

  /** Items of one `lookup` partition, newest sort key first, page by page. */
  private async *lookup(
    lookupPk: string,
    range: { low: string; high: string } | null,
    projection?: { expression: string; names: Record<string, string> },
  ): AsyncGenerator<Item> {
    const { name, partitionKey, sortKey } = TABLE_DESIGN.lookupIndex;
    let startKey: Record<string, unknown> | undefined;
    do {
      const response = await this.dynamo.send(
        new QueryCommand({
          TableName: this.tableName,
          IndexName: name,
          KeyConditionExpression: range ? '#lpk = :lpk AND #lsk BETWEEN :low AND :high' : '#lpk = :lpk',
          ExpressionAttributeNames: { '#lpk': partitionKey, ...(range ? { '#lsk': sortKey } : {}), ...(projection?.names ?? {}) },
          ExpressionAttributeValues: { ':lpk': lookupPk, ...(range ? { ':low': range.low, ':high': range.high } : {}) },
          ...(projection ? { ProjectionExpression: projection.expression } : {}),
          ScanIndexForward: false,
          ...(startKey ? { ExclusiveStartKey: startKey } : {}),
        }),
      );
      for (const item of response.Items ?? []) yield item;
      startKey = response.LastEvaluatedKey;
    } while (startKey);
  }

  /** BatchGet with the retries DynamoDB asks for through UnprocessedKeys. */
  private async batchGet(keyList: readonly { pk: string; sk: string }[], projection?: { expression: string; names: Record<string, string> }): Promise<Item[]> {
    const found: Item[] = [];
    for (let start = 0; start < keyList.length; start += 100) {
      let pending: Record<string, unknown>[] | undefined = keyList.slice(start, start + 100).map((key) => ({ ...key }));
      for (let attempt = 0; pending && pending.length > 0; attempt++) {
        if (attempt === 6) throw new TransientDependencyError('dynamodb', 'keys left unprocessed after 6 attempts');
        const request: Record<string, unknown>[] = pending;
        const response = await this.dynamo.send(
          new BatchGetCommand({
            RequestItems: {
              [this.tableName]: {
                Keys: request,
                ...(projection ? { ProjectionExpression: `#pk, #sk, ${projection.expression}`, ExpressionAttributeNames: { '#pk': 'pk', '#sk': 'sk', ...projection.names } } : {}),
              },
            },
          }),
        );
        found.push(...(response.Responses?.[this.tableName] ?? []));
        pending = response.UnprocessedKeys?.[this.tableName]?.Keys;
        if (pending?.length) await new Promise((resolve) => setTimeout(resolve, 50 * 2 ** attempt));
      }
    }
    return found;
  }

  /**
   * Reports matching every filter, newest first (by event date for the document, person
   * and unit keys; by last change for status). Served by {@link planQuery}: one index key
   * queried page by page, each hit's remaining filters checked on its own items.
   */
  async listReports(filter: ReportFilter): Promise<ReportListing> {
    const plan = planQuery(filter);
    const limit = filter.limit ?? Number.POSITIVE_INFINITY;
    if (plan.key === 'status' || plan.key === 'all') {
      // META items are on the index with every attribute, so each hit is complete.
      const perKey = await Promise.all(
        plan.lookupPks.map(async (lookupPk) => {
          const rows: ReportRow[] = [];
          let truncated = false;
          for await (const item of this.lookup(lookupPk, null, ROW_PROJECTION)) {
            const row = rowOf(item);
            if (!inDateRange(row.eventDate, filter.from, filter.to)) continue;
            if (rows.length === limit) {
              truncated = true;
              break;
            }
            rows.push(row);
          }
          return { rows, truncated };
        }),
      );
      const merged = perKey.flatMap((part) => part.rows).sort((a, b) => (a.updatedAt < b.updatedAt ? 1 : a.updatedAt > b.updatedAt ? -1 : 0));
      return { rows: merged.slice(0, limit), plan, truncated: merged.length > limit || perKey.some((part) => part.truncated) };
    }

    const rows: ReportRow[] = [];
    const seen = new Set<string>();
    let batch: string[] = [];
    let truncated = false;
    const flush = async (): Promise<void> => {
      const ids = batch;
      batch = [];
      for (const row of await this.resolveCandidates(ids, filter, plan)) {
        if (rows.length < limit) rows.push(row);
        else truncated = true;
      }
    };
    const lookupPk = plan.lookupPks[0] ?? '';
    for await (const item of this.lookup(lookupPk, plan.range, { expression: '#reportId', names: { '#reportId': 'reportId' } })) {
      const reportId = text(item.reportId);
      if (!reportId || seen.has(reportId)) continue;
      if (rows.length >= limit) {
        truncated = true;
        break;
      }
      seen.add(reportId);
      batch.push(reportId);
      if (batch.length === 25) await flush();
    }
    if (batch.length) await flush();
    return { rows, plan, truncated };
  }

  /** Loads candidates' META items and drops those another filter rules out, keeping index order. */
  private async resolveCandidates(reportIds: readonly string[], filter: ReportFilter, plan: QueryPlan): Promise<ReportRow[]> {
    const checks: string[] = [];
    // A report's index items have their lookup key as sort key.
    if (plan.inMemory.includes('document') && filter.document !== undefined) checks.push(keys.document(filter.document));
    if (plan.inMemory.includes('person') && filter.person !== undefined) checks.push(keys.person(filter.person));
    if (plan.inMemory.includes('district') && filter.district !== undefined) checks.push(keys.unit(filter.district));
    const wanted = reportIds.flatMap((id) => [{ pk: keys.report(id), sk: 'META' }, ...checks.map((sk) => ({ pk: keys.report(id), sk }))]);
    const items = await this.batchGet(wanted, {
      expression: ROW_PROJECTION.expression,
      names: ROW_PROJECTION.names,
    });
    const present = new Set(items.map((item) => `${String(item.pk)}|${String(item.sk)}`));
    const metas = new Map(items.filter((item) => item.sk === 'META').map((item) => [String(item.pk), item]));
    const rows: ReportRow[] = [];
    for (const id of reportIds) {
      const pk = keys.report(id);
      const meta = metas.get(pk);
      if (!meta) continue;
      if (!checks.every((sk) => present.has(`${pk}|${sk}`))) continue;
      const row = rowOf(meta);
      if (filter.status !== undefined && row.status !== filter.status) continue;
      rows.push(row);
    }
    return rows;
  }

  /** Failed uploads, newest first; dates bound the failure time (YYYY-MM-DD, inclusive). */
  async listFailed(options: { from?: string; to?: string; limit?: number } = {}): Promise<{ rows: FailedUploadRow[]; truncated: boolean }> {
    const limit = options.limit ?? Number.POSITIVE_INFINITY;
    const dated = options.from !== undefined || options.to !== undefined;
    // Failed items sort by an ISO timestamp; "2024-05-31T..." sorts below "2024-05-31~".
    const range = dated ? { low: options.from ?? '0000', high: `${options.to ?? '9999-12-31'}~` } : null;
    const rows: FailedUploadRow[] = [];
    for await (const item of this.lookup(keys.status('failed'), range)) {
      if (rows.length >= limit) return { rows, truncated: true };
      rows.push(failedRowOf(item));
    }
    return { rows, truncated: false };
  }

  /** The report with its status history and every stored version; null when unknown. */
  async getReport(reportId: string): Promise<ReportDetail | null> {
    const response = await this.dynamo.send(
      new GetCommand({ TableName: this.tableName, Key: { pk: keys.report(reportId), sk: 'META' }, ConsistentRead: true }),
    );
    const item = response.Item;
    if (!item) return null;
    const latest = await this.dynamo.send(
      new GetCommand({ TableName: this.tableName, Key: { pk: keys.report(reportId), sk: keys.version(Number(item.version ?? 0)) }, ConsistentRead: true }),
    );
    if (!isRecord(latest.Item?.record)) return null;
    // The version's record is left out: show prints the latest, and versions can be large.
    const versionItems = await queryVersionItems(this.dynamo, this.tableName, reportId, ['version', 'createdAt', 'contentHash', 'source']);
    const versions: VersionInfo[] = versionItems.map((version) => ({
      version: Number(version.version ?? 0),
      createdAt: text(version.createdAt) ?? '',
      contentHash: text(version.contentHash),
      source: sourceText(version.source),
    }));
    return {
      reportId: String(item.reportId ?? reportId),
      status: text(item.status) ?? 'unknown',
      version: Number(item.version ?? 0),
      notifiedVersion: Number(item.notifiedVersion ?? 0),
      createdAt: text(item.createdAt) ?? '',
      updatedAt: text(item.updatedAt) ?? '',
      record: latest.Item?.record as NormalizedReport,
      sources: sourcesOf(item.sources),
      history: historyOf(item.history),
      versions,
      lastMessageId: text(item.lastMessageId),
      decision: isRecord(item.decision) ? (item.decision as unknown as DecisionSummary) : null,
    };
  }

  /** Reports held for review, newest hold first: one Query on `STATUS#held`. */
  async listHeld(options: { limit?: number } = {}): Promise<{ rows: HeldReport[]; truncated: boolean }> {
    const limit = options.limit ?? Number.POSITIVE_INFINITY;
    const rows: HeldReport[] = [];
    for await (const item of this.lookup(keys.status('held'), null)) {
      if (rows.length >= limit) return { rows, truncated: true };
      rows.push({
        reportId: String(item.reportId ?? ''),
        version: Number(item.version ?? 0),
        heldAt: text(item.updatedAt) ?? '',
        card: isRecord(item.card) ? (item.card as unknown as ReportCard) : null,
        decision: isRecord(item.decision) ? (item.decision as unknown as DecisionSummary) : null,
        sources: sourcesOf(item.sources),
      });
    }
    return { rows, truncated: false };
  }

  /** The latest state of one upload key, including when its current write was received. */
  async getUpload(bucket: string, key: string): Promise<UploadInfo | null> {
    const response = await this.dynamo.send(
      new GetCommand({ TableName: this.tableName, Key: { pk: keys.upload(bucket, key), sk: 'UPLOAD' }, ConsistentRead: true }),
    );
    const item = response.Item;
    if (!item) return null;
    return {
      bucket: String(item.bucket ?? bucket),
      key: String(item.key ?? key),
      status: text(item.status) ?? 'unknown',
      reportId: text(item.reportId),
      reason: text(item.reason),
      detail: text(item.detail),
      quarantineKey: text(item.quarantineKey),
      receivedAt: text(item.receivedAt),
      updatedAt: text(item.updatedAt),
    };
  }
}

/**
 * Every version item of a report (`V#...` in its partition), following pages, with only the
 * named attributes: callers list versions without carrying each version's record.
 */
export async function queryVersionItems(
  dynamo: DynamoDBDocumentClient,
  tableName: string,
  reportId: string,
  attributes: readonly string[],
): Promise<Record<string, unknown>[]> {
  const names = Object.fromEntries(attributes.map((attribute) => [`#${attribute}`, attribute]));
  const items: Record<string, unknown>[] = [];
  let startKey: Record<string, unknown> | undefined;
  do {
    const page = await dynamo.send(
      new QueryCommand({
        TableName: tableName,
        KeyConditionExpression: '#pk = :pk AND begins_with(#sk, :v)',
        ProjectionExpression: Object.keys(names).join(', '),
        ExpressionAttributeNames: { '#pk': 'pk', '#sk': 'sk', ...names },
        ExpressionAttributeValues: { ':pk': keys.report(reportId), ':v': 'V#' },
        ...(startKey ? { ExclusiveStartKey: startKey } : {}),
      }),
    );
    items.push(...(page.Items ?? []));
    startKey = page.LastEvaluatedKey;
  } while (startKey);
  return items;
}
