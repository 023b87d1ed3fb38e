import { createHash } from 'node:crypto';
import { ConditionalCheckFailedException } from '@aws-sdk/client-dynamodb';
import {
  BatchWriteCommand,
  GetCommand,
  PutCommand,
  UpdateCommand,
  type DynamoDBDocumentClient,
} from '@aws-sdk/lib-dynamodb';
import type {
  FailedUpload,
  NewVersion,
  PublishLeases,
  ReportState,
  ReportStore,
  ReviewEvent,
  ReviewQueue,
  SourceRef,
  StoredVersion,
  UploadFinish,
  UploadLedger,
  UploadState,
  UploadStatus,
} from '../app/ports';
import type { DecisionSummary } from '../domain/routing-decision';
import type { NormalizedReport, ReportCard } from '../domain/record';
import { cardOf } from '../domain/record-card';
import { foldName } from '../domain/fold';
import type { UploadedObject } from '../domain/s3-event';
import { ConcurrentProcessingError, ReportsError, TransientDependencyError } from '../errors';

/**
 * Single-table layout (pk, sk) with one overloaded index `lookup` (lookupPk, lookupSk):
 *
 * | item              | pk                     | sk            | lookupPk             | lookupSk             |
 * |-------------------|------------------------|---------------|----------------------|----------------------|
 * | report (card of   | REPORT#id              | META          | STATUS#status        | updatedAt#id         |
 * |  latest version)  |                        |               | (stored, notified,   |                      |
 * |                   |                        |               |  held, rejected)     |                      |
 * | report version    | REPORT#id              | V#000001      |                      |                      |
 * | unit concerned    | REPORT#id              | UNIT#unit     | UNIT#unit            | eventDate#id         |
 * | document cited    | REPORT#id              | DOC#code      | DOC#code             | eventDate#id         |
 * | person mentioned  | REPORT#id              | PERSON#name   | PERSON#folded name   | eventDate#id         |
 * | content claim     | CONTENT#sha256         | CONTENT       |                      |                      |
 * | upload (per key)  | UPLOAD#bucket/key      | UPLOAD        |                      |                      |
 * | failed upload     | UPLOAD#bucket/key      | FAILED#ver    | STATUS#failed        | at#bucket/key        |
 *
 * Only conditional single-item writes and batch puts: no transactions, so the embedded
 * emulator (no TransactWriteItems) runs the same code as AWS.
 */

const META = 'META';
export const keys = {
  report: (reportId: string) => `REPORT#${reportId}`,
  version: (version: number) => `V#${String(version).padStart(6, '0')}`,
  content: (hash: string) => `CONTENT#${hash}`,
  upload: (bucket: string, key: string) => `UPLOAD#${bucket}/${key}`,
  unit: (unit: string) => `UNIT#${unit}`,
  document: (code: string) => `DOC#${code.toUpperCase()}`,
  /** Person lookups are case- and diacritics-insensitive. */
  person: (name: string) => `PERSON#${foldName(name)}`,
  status: (status: string) => `STATUS#${status}`,
};

/** DynamoDB sort keys (of the table and of an index) hold at most 1024 bytes. */
const MAX_RANGE_KEY_BYTES = 1024;

/**
 * A sort key built from an upload key, cut to DynamoDB's limit: an S3 key may itself be
 * 1024 bytes long. The cut keeps the order (the time comes first) and a hash of the whole
 * keeps it unique; the item carries the full key in its own attribute.
 */
export function fitRangeKey(value: string): string {
  if (Buffer.byteLength(value, 'utf8') <= MAX_RANGE_KEY_BYTES) return value;
  const suffix = `~${createHash('sha256').update(value, 'utf8').digest('hex').slice(0, 16)}`;
  let kept = '';
  let bytes = 0;
  for (const character of value) {
    const size = Buffer.byteLength(character, 'utf8');
    if (bytes + size > MAX_RANGE_KEY_BYTES - suffix.length) break;
    bytes += size;
    kept += character;
  }
  return `${kept}${suffix}`;
}

/** Sequencers compare as hex after left-padding; storing them padded makes DynamoDB's string order right. */
function padSequencer(sequencer: string): string {
  return sequencer.toUpperCase().padStart(32, '0');
}

function isConditionFailure(error: unknown): boolean {
  return error instanceof ConditionalCheckFailedException || (error as { name?: string })?.name === 'ConditionalCheckFailedException';
}

function sourceString(source: SourceRef): string {
  return `s3://${source.bucket}/${source.key}`;
}

type Item = Record<string, unknown>;

function toReportState(item: Item): ReportState {
  const sources = item.sources;
  return {
    reportId: String(item.reportId),
    version: Number(item.version ?? 0),
    status: item.status as ReportState['status'],
    card: item.card as ReportCard,
    versionsByHash: (item.versionsByHash as Record<string, number> | undefined) ?? {},
    notifiedVersion: Number(item.notifiedVersion ?? 0),
    heldVersion: Number(item.heldVersion ?? 0),
    holdAnnouncedVersion: Number(item.holdAnnouncedVersion ?? 0),
    decision: (item.decision as DecisionSummary | undefined) ?? null,
    sources: sources instanceof Set ? [...(sources as Set<string>)].sort() : Array.isArray(sources) ? (sources as string[]) : [],
    createdAt: String(item.createdAt ?? ''),
    updatedAt: String(item.updatedAt ?? ''),
  };
}

function toUploadState(item: Item): UploadState {
  const text = (value: unknown) => (typeof value === 'string' ? value : null);
  return {
    bucket: String(item.bucket),
    key: String(item.key),
    status: item.status as UploadStatus,
    reportId: text(item.reportId),
    contentHash: text(item.contentHash),
    sequencer: text(item.sequencer),
    reason: text(item.reason),
    detail: text(item.detail),
    quarantineKey: text(item.quarantineKey),
    updatedAt: String(item.updatedAt ?? ''),
    decoding:
      typeof item.decodingAttempt === 'string' && typeof item.decodingSince === 'string'
        ? { attempt: item.decodingAttempt, since: item.decodingSince, deaths: typeof item.decodingDeaths === 'number' ? item.decodingDeaths : 0 }
        : null,
  };
}

/**
 * The reports table: one class for the four ports it holds (uploads, reports and their
 * versions, publish leases, holds and reviews), since they share items and keys. Callers
 * depend on the port they use (`reportTablePorts` in shared/app/ports.ts hands it out).
 */
export class DynamoReportRepository implements UploadLedger, ReportStore, PublishLeases, ReviewQueue {
  constructor(
    private readonly dynamo: DynamoDBDocumentClient,
    private readonly tableName: string,
  ) {}

  /** Wraps SDK failures so the edge can tell "retry" from "bug". */
  private async call<T>(what: string, action: () => Promise<T>): Promise<T> {
    try {
      return await action();
    } catch (error) {
      if (isConditionFailure(error) || error instanceof ReportsError) throw error;
      throw new TransientDependencyError('dynamodb', `${what}: ${(error as Error).message}`, { cause: error });
    }
  }

  async beginUpload(object: UploadedObject, now: string): Promise<'begun' | 'stale' | 'done'> {
    const sequencer = object.sequencer ? padSequencer(object.sequencer) : null;
    // S3 always sends a sequencer. An event without one (hand-made, or from an emulator)
    // is known by its eTag instead: the same eTag is the same content, already handled.
    const eTag = sequencer ? null : object.eTag;
    const names: Record<string, string> = {
      '#status': 'status',
      '#key': 'key',
      '#bucket': 'bucket',
      '#updatedAt': 'updatedAt',
      '#receivedAt': 'receivedAt',
    };
    const values: Record<string, unknown> = { ':received': 'received', ':bucket': object.bucket, ':key': object.key, ':now': now };
    let set = 'SET #status = :received, #bucket = :bucket, #key = :key, #updatedAt = :now, #receivedAt = :now';
    let condition: string | undefined;
    const unfinished = '#status IN (:received, :parsed)';
    if (sequencer) {
      Object.assign(names, { '#sequencer': 'sequencer' });
      Object.assign(values, { ':seq': sequencer, ':parsed': 'parsed' });
      set += ', #sequencer = :seq';
      // The same event again may resume an unfinished attempt but must not reopen a finished one.
      condition = `attribute_not_exists(#sequencer) OR #sequencer < :seq OR (#sequencer = :seq AND ${unfinished})`;
    } else if (eTag) {
      Object.assign(names, { '#eTag': 'eventETag' });
      Object.assign(values, { ':eTag': eTag, ':parsed': 'parsed' });
      set += ', #eTag = :eTag';
      condition = `attribute_not_exists(#eTag) OR #eTag <> :eTag OR ${unfinished}`;
    }
    try {
      await this.call('begin upload', () =>
        this.dynamo.send(
          new UpdateCommand({
            TableName: this.tableName,
            Key: { pk: keys.upload(object.bucket, object.key), sk: 'UPLOAD' },
            UpdateExpression: set,
            ...(condition ? { ConditionExpression: condition } : {}),
            ExpressionAttributeNames: names,
            ExpressionAttributeValues: values,
          }),
        ),
      );
      return 'begun';
    } catch (error) {
      if (!isConditionFailure(error)) throw error;
      if (!sequencer) return 'done';
      const current = await this.getUpload(object.bucket, object.key);
      return current?.sequencer === sequencer ? 'done' : 'stale';
    }
  }

  async getUpload(bucket: string, key: string): Promise<UploadState | null> {
    const response = await this.call('get upload', () =>
      this.dynamo.send(new GetCommand({ TableName: this.tableName, Key: { pk: keys.upload(bucket, key), sk: 'UPLOAD' }, ConsistentRead: true })),
    );
    return response.Item ? toUploadState(response.Item) : null;
  }

  async finishUpload(object: UploadedObject, outcome: UploadFinish, now: string): Promise<void> {
    const sequencer = object.sequencer ? padSequencer(object.sequencer) : null;
    const fields: Record<string, unknown> = { status: outcome.status, updatedAt: now };
    for (const name of ['reportId', 'contentHash', 'reason', 'detail', 'quarantineKey'] as const) {
      if (outcome[name] !== undefined) fields[name] = outcome[name];
    }
    const names: Record<string, string> = {};
    const values: Record<string, unknown> = {};
    const sets = Object.entries(fields).map(([name, value], index) => {
      names[`#f${index}`] = name;
      values[`:v${index}`] = value;
      return `#f${index} = :v${index}`;
    });
    try {
      await this.call('finish upload', () =>
        this.dynamo.send(
          new UpdateCommand({
            TableName: this.tableName,
            Key: { pk: keys.upload(object.bucket, object.key), sk: 'UPLOAD' },
            UpdateExpression: `SET ${sets.join(', ')}`,
            // A later write of the key may have started meanwhile; its outcome wins.
            ...(sequencer ? { ConditionExpression: 'attribute_not_exists(#sequencer) OR #sequencer = :seq' } : {}),
            ExpressionAttributeNames: { ...names, ...(sequencer ? { '#sequencer': 'sequencer' } : {}) },
            ExpressionAttributeValues: { ...values, ...(sequencer ? { ':seq': sequencer } : {}) },
          }),
        ),
      );
    } catch (error) {
      if (!isConditionFailure(error)) throw error;
    }
  }

  async markDecoding(object: UploadedObject, attempt: string, now: string, deaths: number): Promise<void> {
    try {
      await this.call('mark decoding', () =>
        this.dynamo.send(
          new UpdateCommand({
            TableName: this.tableName,
            Key: { pk: keys.upload(object.bucket, object.key), sk: 'UPLOAD' },
            UpdateExpression: 'SET #attempt = :attempt, #since = :now, #deaths = :deaths',
            ConditionExpression: '#status = :received',
            ExpressionAttributeNames: { '#attempt': 'decodingAttempt', '#since': 'decodingSince', '#deaths': 'decodingDeaths', '#status': 'status' },
            ExpressionAttributeValues: { ':attempt': attempt, ':now': now, ':deaths': deaths, ':received': 'received' },
          }),
        ),
      );
    } catch (error) {
      // A later write of the key took the item over: its own attempt marks it.
      if (!isConditionFailure(error)) throw error;
    }
  }

  async claimContent(contentHash: string, candidateReportId: string): Promise<string> {
    try {
      await this.call('claim content', () =>
        this.dynamo.send(
          new PutCommand({
            TableName: this.tableName,
            Item: { pk: keys.content(contentHash), sk: 'CONTENT', reportId: candidateReportId },
            ConditionExpression: 'attribute_not_exists(pk)',
          }),
        ),
      );
      return candidateReportId;
    } catch (error) {
      if (!isConditionFailure(error)) throw error;
      const existing = await this.call('read content claim', () =>
        this.dynamo.send(
          new GetCommand({ TableName: this.tableName, Key: { pk: keys.content(contentHash), sk: 'CONTENT' }, ConsistentRead: true }),
        ),
      );
      const owner = existing.Item?.reportId;
      if (typeof owner !== 'string') throw new ConcurrentProcessingError(`content claim for ${contentHash} is unreadable`);
      return owner;
    }
  }

  async getReport(reportId: string): Promise<ReportState | null> {
    const response = await this.call('get report', () =>
      this.dynamo.send(new GetCommand({ TableName: this.tableName, Key: { pk: keys.report(reportId), sk: META }, ConsistentRead: true })),
    );
    return response.Item ? toReportState(response.Item) : null;
  }

  async getVersion(reportId: string, version: number): Promise<NormalizedReport | null> {
    return (await this.getVersionItem(reportId, version))?.record ?? null;
  }

  async getStoredVersion(reportId: string, version: number): Promise<StoredVersion | null> {
    return this.getVersionItem(reportId, version);
  }

  /** A stored version with the units it was indexed under. */
  private async getVersionItem(reportId: string, version: number): Promise<{ record: NormalizedReport; concerns: string[]; decision?: DecisionSummary } | null> {
    const response = await this.call('get version', () =>
      this.dynamo.send(
        new GetCommand({ TableName: this.tableName, Key: { pk: keys.report(reportId), sk: keys.version(version) }, ConsistentRead: true }),
      ),
    );
    const item = response.Item;
    if (!item?.record) return null;
    const concerns = Array.isArray(item.concerns) ? item.concerns.map(String) : (item.record as NormalizedReport).districts;
    return { record: item.record as NormalizedReport, concerns, ...(item.decision ? { decision: item.decision as DecisionSummary } : {}) };
  }

  async saveVersion(input: NewVersion): Promise<void> {
    const { record, version, previousVersion, source, now } = input;
    const pk = keys.report(record.reportId);
    const previous = previousVersion > 0 ? await this.getVersionItem(record.reportId, previousVersion) : null;
    const concerns = input.keepPreviousConcerns && previous ? previous.concerns : input.concerns;
    try {
      await this.call('put version', () =>
        this.dynamo.send(
          new PutCommand({
            TableName: this.tableName,
            // The units indexed for this version, so the next version can remove those it no longer concerns.
            Item: {
              pk,
              sk: keys.version(version),
              reportId: record.reportId,
              version,
              contentHash: record.contentHash,
              record,
              concerns,
              ...(input.decision ? { decision: input.decision } : {}),
              source,
              createdAt: now,
            },
            ConditionExpression: 'attribute_not_exists(pk)',
          }),
        ),
      );
    } catch (error) {
      if (!isConditionFailure(error)) throw error;
    }
    try {
      await this.call('update report', () =>
        this.dynamo.send(
          new UpdateCommand({
            TableName: this.tableName,
            Key: { pk, sk: META },
            UpdateExpression: [
              'SET #reportId = :id, #version = :v, #card = :card, #status = :stored, #updatedAt = :now, #decision = :decision,',
              '#createdAt = if_not_exists(#createdAt, :now), #lookupPk = :lookupPk, #lookupSk = :lookupSk,',
              previousVersion === 0 ? '#versionsByHash = :hashes,' : '#versionsByHash.#hash = :v,',
              '#history = list_append(if_not_exists(#history, :empty), :event)',
              'ADD #sources :source',
            ].join(' '),
            ConditionExpression: previousVersion === 0 ? 'attribute_not_exists(#pk)' : '#version = :previous',
            ExpressionAttributeNames: {
              ...(previousVersion === 0 ? { '#pk': 'pk' } : {}),
              '#reportId': 'reportId',
              '#version': 'version',
              '#updatedAt': 'updatedAt',
              '#createdAt': 'createdAt',
              '#lookupPk': 'lookupPk',
              '#lookupSk': 'lookupSk',
              '#versionsByHash': 'versionsByHash',
              '#history': 'history',
              '#sources': 'sources',
              '#card': 'card',
              '#status': 'status',
              '#decision': 'decision',
              ...(previousVersion === 0 ? {} : { '#hash': record.contentHash }),
            },
            ExpressionAttributeValues: {
              ':id': record.reportId,
              ':v': version,
              ':card': cardOf(record),
              ':stored': 'stored',
              ':decision': input.decision ?? null,
              ':now': now,
              ':lookupPk': keys.status('stored'),
              ':lookupSk': `${now}#${record.reportId}`,
              ':empty': [],
              ':event': [{ status: 'stored', version, at: now, source: sourceString(source) }],
              ':source': new Set([sourceString(source)]),
              ...(previousVersion === 0 ? { ':hashes': { [record.contentHash]: version } } : { ':previous': previousVersion }),
            },
          }),
        ),
      );
    } catch (error) {
      if (!isConditionFailure(error)) throw error;
      const current = await this.getReport(record.reportId);
      if (current?.versionsByHash[record.contentHash] !== version) {
        throw new ConcurrentProcessingError(`report ${record.reportId} moved on while v${version} was being stored`);
      }
      // Another upload of the same content stored this version first; this key is a source too.
      await this.addSource(record.reportId, source, now);
    }
    await this.writeIndex(record, concerns, previous, now);
  }

  /** Lookup items for the latest version; items the previous version had and this one lacks are removed. */
  private async writeIndex(
    record: NormalizedReport,
    concerns: readonly string[],
    previous: { record: NormalizedReport; concerns: readonly string[] } | null,
    now: string,
  ) {
    const pk = keys.report(record.reportId);
    const lookupSk = `${record.event.date ?? '0000-00-00'}#${record.reportId}`;
    // An index item's sort key is its lookup key, so one report has one item per key.
    const entries = new Set<string>([
      ...concerns.map((unit) => keys.unit(unit)),
      ...record.documents.map((document) => keys.document(document.code)),
      ...record.people.map((person) => keys.person(person.name)),
    ]);
    const stale = new Set<string>();
    if (previous) {
      for (const document of previous.record.documents) stale.add(keys.document(document.code));
      for (const person of previous.record.people) stale.add(keys.person(person.name));
      for (const unit of previous.concerns) stale.add(keys.unit(unit));
    }
    const requests: Record<string, unknown>[] = [];
    for (const lookupPk of entries) {
      requests.push({
        PutRequest: {
          Item: {
            pk,
            sk: lookupPk,
            lookupPk,
            lookupSk,
            reportId: record.reportId,
            eventDate: record.event.date,
            title: record.title.slice(0, 300),
            indexedAt: now,
          },
        },
      });
    }
    for (const sk of stale) if (!entries.has(sk)) requests.push({ DeleteRequest: { Key: { pk, sk } } });
    for (let start = 0; start < requests.length; start += 25) {
      let pending: Record<string, unknown>[] | undefined = requests.slice(start, start + 25);
      for (let attempt = 0; pending && pending.length > 0; attempt++) {
        if (attempt === 5) throw new TransientDependencyError('dynamodb', 'index items left unprocessed after 5 attempts');
        const batch: Record<string, unknown>[] = pending;
        const response = await this.call('write index', () =>
          this.dynamo.send(new BatchWriteCommand({ RequestItems: { [this.tableName]: batch } })),
        );
        pending = response.UnprocessedItems?.[this.tableName] as Record<string, unknown>[] | undefined;
        if (pending?.length) await new Promise((resolve) => setTimeout(resolve, 50 * 2 ** attempt));
      }
    }
  }

  async addSource(reportId: string, source: SourceRef, now: string): Promise<void> {
    await this.call('add source', () =>
      this.dynamo.send(
        new UpdateCommand({
          TableName: this.tableName,
          Key: { pk: keys.report(reportId), sk: META },
          UpdateExpression: 'ADD #sources :source SET #sourcesUpdatedAt = :now',
          ConditionExpression: 'attribute_exists(#pk)',
          ExpressionAttributeNames: { '#sources': 'sources', '#sourcesUpdatedAt': 'sourcesUpdatedAt', '#pk': 'pk' },
          ExpressionAttributeValues: { ':source': new Set([sourceString(source)]), ':now': now },
        }),
      ),
    ).catch((error: unknown) => {
      if (isConditionFailure(error)) throw new ConcurrentProcessingError(`report ${reportId} is not stored yet`);
      throw error;
    });
  }

  async acquirePublishLease(reportId: string, version: number, now: Date, leaseMs: number): Promise<'acquired' | 'already-notified' | 'held'> {
    try {
      await this.call('acquire publish lease', () =>
        this.dynamo.send(
          new UpdateCommand({
            TableName: this.tableName,
            Key: { pk: keys.report(reportId), sk: META },
            UpdateExpression: 'SET #leaseUntil = :until, #leaseVersion = :v',
            ConditionExpression:
              'attribute_exists(#pk) AND (attribute_not_exists(#notified) OR #notified < :v) AND ' +
              '(attribute_not_exists(#leaseUntil) OR #leaseUntil < :now)',
            ExpressionAttributeNames: {
              '#pk': 'pk',
              '#notified': 'notifiedVersion',
              '#leaseUntil': 'publishLeaseUntil',
              '#leaseVersion': 'publishLeaseVersion',
            },
            ExpressionAttributeValues: { ':v': version, ':now': now.getTime(), ':until': now.getTime() + leaseMs },
          }),
        ),
      );
      return 'acquired';
    } catch (error) {
      if (!isConditionFailure(error)) throw error;
      const state = await this.getReport(reportId);
      return state && state.notifiedVersion >= version ? 'already-notified' : 'held';
    }
  }

  async releasePublishLease(reportId: string, version: number): Promise<void> {
    try {
      await this.call('release publish lease', () =>
        this.dynamo.send(
          new UpdateCommand({
            TableName: this.tableName,
            Key: { pk: keys.report(reportId), sk: META },
            UpdateExpression: 'REMOVE #leaseUntil, #leaseVersion',
            ConditionExpression: '#leaseVersion = :v',
            ExpressionAttributeNames: { '#leaseUntil': 'publishLeaseUntil', '#leaseVersion': 'publishLeaseVersion' },
            ExpressionAttributeValues: { ':v': version },
          }),
        ),
      );
    } catch (error) {
      if (!isConditionFailure(error)) throw error;
    }
  }

  async markNotified(reportId: string, version: number, messageId: string, now: string): Promise<void> {
    try {
      await this.call('mark notified', () =>
        this.dynamo.send(
          new UpdateCommand({
            TableName: this.tableName,
            Key: { pk: keys.report(reportId), sk: META },
            UpdateExpression:
              'SET #notified = :v, #status = :notified, #lastMessageId = :messageId, #notifiedAt = :now, #updatedAt = :now, ' +
              '#lookupPk = :lookupPk, #lookupSk = :lookupSk, #history = list_append(if_not_exists(#history, :empty), :event) ' +
              'REMOVE #leaseUntil, #leaseVersion',
            // attribute_exists: an update of a missing item would create a report item with no report in it.
            ConditionExpression: 'attribute_exists(#pk) AND (attribute_not_exists(#notified) OR #notified < :v)',
            ExpressionAttributeNames: {
              '#pk': 'pk',
              '#status': 'status',
              '#notified': 'notifiedVersion',
              '#lastMessageId': 'lastMessageId',
              '#notifiedAt': 'notifiedAt',
              '#updatedAt': 'updatedAt',
              '#lookupPk': 'lookupPk',
              '#lookupSk': 'lookupSk',
              '#history': 'history',
              '#leaseUntil': 'publishLeaseUntil',
              '#leaseVersion': 'publishLeaseVersion',
            },
            ExpressionAttributeValues: {
              ':v': version,
              ':notified': 'notified',
              ':messageId': messageId,
              ':now': now,
              ':lookupPk': keys.status('notified'),
              ':lookupSk': `${now}#${reportId}`,
              ':empty': [],
              ':event': [{ status: 'notified', version, at: now, messageId }],
            },
          }),
        ),
      );
    } catch (error) {
      if (!isConditionFailure(error)) throw error;
    }
  }

  async holdReport(reportId: string, version: number, decision: DecisionSummary, now: string): Promise<'held' | 'already-held' | 'notified' | 'moved-on'> {
    try {
      await this.call('hold report', () =>
        this.dynamo.send(
          new UpdateCommand({
            TableName: this.tableName,
            Key: { pk: keys.report(reportId), sk: META },
            UpdateExpression:
              'SET #status = :held, #heldVersion = :v, #decision = :decision, #updatedAt = :now, #lookupPk = :lookupPk, #lookupSk = :lookupSk, ' +
              '#history = list_append(if_not_exists(#history, :empty), :event)',
            // Only the latest version, never one already published, and never twice: a
            // rejected or approved hold is not reopened by a repeated upload.
            ConditionExpression:
              '#version = :v AND (attribute_not_exists(#notified) OR #notified < :v) AND (attribute_not_exists(#heldVersion) OR #heldVersion < :v)',
            ExpressionAttributeNames: {
              '#status': 'status',
              '#version': 'version',
              '#heldVersion': 'heldVersion',
              '#notified': 'notifiedVersion',
              '#decision': 'decision',
              '#updatedAt': 'updatedAt',
              '#lookupPk': 'lookupPk',
              '#lookupSk': 'lookupSk',
              '#history': 'history',
            },
            ExpressionAttributeValues: {
              ':held': 'held',
              ':v': version,
              ':decision': decision,
              ':now': now,
              ':lookupPk': keys.status('held'),
              ':lookupSk': `${now}#${reportId}`,
              ':empty': [],
              ':event': [{ status: 'held', version, at: now, reasons: decision.reasons.map((reason) => reason.code) }],
            },
          }),
        ),
      );
      return 'held';
    } catch (error) {
      if (!isConditionFailure(error)) throw error;
      const state = await this.getReport(reportId);
      if (!state) throw new ConcurrentProcessingError(`report ${reportId} is not stored yet`);
      if (state.notifiedVersion >= version) return 'notified';
      if (state.version > version) return 'moved-on';
      return 'already-held';
    }
  }

  async markHoldAnnounced(reportId: string, version: number, now: string): Promise<void> {
    await this.call('mark hold announced', () =>
      this.dynamo.send(
        new UpdateCommand({
          TableName: this.tableName,
          Key: { pk: keys.report(reportId), sk: META },
          UpdateExpression: 'SET #announced = :v, #announcedAt = :now',
          ConditionExpression: 'attribute_exists(#pk) AND (attribute_not_exists(#announced) OR #announced < :v)',
          ExpressionAttributeNames: { '#pk': 'pk', '#announced': 'holdAnnouncedVersion', '#announcedAt': 'holdAnnouncedAt' },
          ExpressionAttributeValues: { ':v': version, ':now': now },
        }),
      ),
    ).catch((error: unknown) => {
      if (!isConditionFailure(error)) throw error;
    });
  }

  async setConcerns(reportId: string, version: number, concerns: readonly string[], decision: DecisionSummary, now: string): Promise<void> {
    const stored = await this.getVersionItem(reportId, version);
    if (!stored) throw new ConcurrentProcessingError(`report ${reportId} has no version ${version}`);
    await this.call('set concerns', () =>
      this.dynamo.send(
        new UpdateCommand({
          TableName: this.tableName,
          Key: { pk: keys.report(reportId), sk: keys.version(version) },
          UpdateExpression: 'SET #concerns = :concerns, #decision = :decision',
          ExpressionAttributeNames: { '#concerns': 'concerns', '#decision': 'decision' },
          ExpressionAttributeValues: { ':concerns': [...concerns], ':decision': decision },
        }),
      ),
    );
    await this.call('set decision', () =>
      this.dynamo.send(
        new UpdateCommand({
          TableName: this.tableName,
          Key: { pk: keys.report(reportId), sk: META },
          UpdateExpression: 'SET #decision = :decision',
          ConditionExpression: '#version = :v',
          ExpressionAttributeNames: { '#decision': 'decision', '#version': 'version' },
          ExpressionAttributeValues: { ':decision': decision, ':v': version },
        }),
      ),
    ).catch((error: unknown) => {
      if (isConditionFailure(error)) throw new ConcurrentProcessingError(`report ${reportId} moved on from version ${version}`);
      throw error;
    });
    await this.writeIndex(stored.record, concerns, stored, now);
  }

  async recordReview(reportId: string, event: ReviewEvent): Promise<void> {
    const rejected = event.action === 'rejected';
    const entry = { status: event.action, version: event.version, at: event.at, by: event.by, ...(event.reason ? { reason: event.reason } : {}) };
    await this.call('record review', () =>
      this.dynamo.send(
        new UpdateCommand({
          TableName: this.tableName,
          Key: { pk: keys.report(reportId), sk: META },
          UpdateExpression: rejected
            ? 'SET #status = :rejected, #updatedAt = :now, #lookupPk = :lookupPk, #lookupSk = :lookupSk, #history = list_append(if_not_exists(#history, :empty), :event)'
            : 'SET #history = list_append(if_not_exists(#history, :empty), :event)',
          ConditionExpression: rejected ? '#status = :held AND #version = :v' : 'attribute_exists(#pk)',
          ExpressionAttributeNames: {
            '#history': 'history',
            ...(rejected
              ? { '#status': 'status', '#updatedAt': 'updatedAt', '#lookupPk': 'lookupPk', '#lookupSk': 'lookupSk', '#version': 'version' }
              : { '#pk': 'pk' }),
          },
          ExpressionAttributeValues: {
            ':empty': [],
            ':event': [entry],
            ...(rejected
              ? { ':rejected': 'rejected', ':held': 'held', ':v': event.version, ':now': event.at, ':lookupPk': keys.status('rejected'), ':lookupSk': `${event.at}#${reportId}` }
              : {}),
          },
        }),
      ),
    ).catch((error: unknown) => {
      if (isConditionFailure(error)) throw new ConcurrentProcessingError(`report ${reportId} v${event.version} is no longer held`);
      throw error;
    });
  }

  async recordFailure(failure: FailedUpload, now: string): Promise<void> {
    const { object } = failure;
    const version = object.versionId ?? object.sequencer ?? object.eTag ?? now;
    await this.call('record failure', () =>
      this.dynamo.send(
        new PutCommand({
          TableName: this.tableName,
          Item: {
            pk: keys.upload(object.bucket, object.key),
            sk: `FAILED#${version}`,
            status: 'failed',
            bucket: object.bucket,
            key: object.key,
            versionId: object.versionId,
            size: object.size,
            reason: failure.reason,
            detail: failure.detail,
            quarantineKey: failure.quarantineKey,
            failedAt: now,
            lookupPk: keys.status('failed'),
            lookupSk: fitRangeKey(`${now}#${object.bucket}/${object.key}`),
          },
        }),
      ),
    );
  }
}
