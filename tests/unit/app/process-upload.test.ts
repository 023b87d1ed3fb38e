import { readFileSync } from 'node:fs';
import { GetCommand, type DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import { createAwsClients } from '../../../shared/adapters/aws-clients';
import { DynamoReportRepository } from '../../../shared/adapters/dynamo-report-repository';
import { reportTablePorts, type ReportTablePorts } from '../../../shared/app/ports';
import { processUpload, type ProcessUploadDeps } from '../../../shared/app/process-upload';
import { loadProvinceConfig } from '../../../shared/config/province-config';
import type { UploadedObject } from '../../../shared/domain/s3-event';
import { ConcurrentProcessingError, TransientDependencyError } from '../../../shared/errors';
import { createReportsTable } from '../../../shared/local/provision';
import { memoryReportPorts, type MemoryReportPorts } from '../../support/fakes';
import { inProcessDecoder } from '../../../shared/app/in-process-decoder';
import { CountingMetrics, MemoryObjectStore, MemoryPublisher, silentLog } from '../../support/in-memory';
import { useDynalite } from '../../support/dynalite';

const config = loadProvinceConfig();
const SEED = readFileSync(`${__dirname}/../../../samples/hai-duong-2024-01-11-advisory-agencies.en.txt`, 'utf8');
const DISTRICT = readFileSync(`${__dirname}/../../../samples/gia-loc-2024-03-08-party-building-review.en.txt`, 'utf8');

let tableCounter = 0;
const dynamoEndpoint = useDynalite();

interface Harness {
  deps: ProcessUploadDeps;
  objects: MemoryObjectStore;
  publisher: MemoryPublisher;
  ports: MemoryReportPorts;
  metrics: CountingMetrics;
}

function depsWith(objects: MemoryObjectStore, ports: ReportTablePorts, publisher: MemoryPublisher, metrics: CountingMetrics, overrides: Partial<ProcessUploadDeps>): ProcessUploadDeps {
  return { objects, ...ports, publisher, log: silentLog, metrics, config, recordLocation: (id) => `reports show ${id}`, decoder: inProcessDecoder, ...overrides };
}

/** The use case on the ports' in-memory fakes. */
async function harness(overrides: Partial<ProcessUploadDeps> = {}): Promise<Harness> {
  const ports = memoryReportPorts();
  const objects = new MemoryObjectStore();
  const publisher = new MemoryPublisher();
  const metrics = new CountingMetrics();
  return { deps: depsWith(objects, ports, publisher, metrics, overrides), objects, publisher, ports, metrics };
}

/** The use case on the DynamoDB adapter (dynalite), for what only the table shows: its index items. */
async function tableHarness(): Promise<{ deps: ProcessUploadDeps; objects: MemoryObjectStore; dynamo: DynamoDBDocumentClient; tableName: string }> {
  const tableName = `reports-${++tableCounter}`;
  await createReportsTable({ dynamoEndpoint: dynamoEndpoint() }, tableName);
  const { dynamo } = createAwsClients({ endpoint: dynamoEndpoint(), maxAttempts: 1 });
  const ports = reportTablePorts(new DynamoReportRepository(dynamo, tableName));
  const objects = new MemoryObjectStore();
  return { deps: depsWith(objects, ports, new MemoryPublisher(), new CountingMetrics(), {}), objects, dynamo, tableName };
}

let sequencer = 0;
function event(key: string, overrides: Partial<UploadedObject> = {}): UploadedObject {
  sequencer += 1;
  return {
    bucket: 'uploads',
    key,
    versionId: null,
    eTag: null,
    size: null,
    sequencer: sequencer.toString(16).padStart(8, '0'),
    eventTime: null,
    ...overrides,
  };
}

describe('processUpload', () => {
  it('stores a report and notifies once; a redelivered event is recognised and changes nothing', async () => {
    const h = await harness();
    h.objects.put('incoming/seed.txt', SEED);
    const upload = event('incoming/seed.txt');
    const first = await processUpload(upload, h.deps);
    const again = await processUpload(upload, h.deps);
    expect(first.status).toBe('notified');
    expect(again.status).toBe('already-processed');
    expect(h.publisher.notices).toHaveLength(1);
    expect(h.metrics.counts.get('ReportsDuplicate')).toBe(1);
    expect((await h.ports.uploads.getUpload('uploads', 'incoming/seed.txt'))?.status).toBe('stored');
  });

  it('recognises a redelivered event without a sequencer by its eTag, and still processes a new eTag', async () => {
    const h = await harness();
    h.objects.put('incoming/a.txt', DISTRICT);
    const first = event('incoming/a.txt', { sequencer: null, eTag: 'etag-1' });
    expect((await processUpload(first, h.deps)).status).toBe('notified');
    expect(await processUpload(first, h.deps)).toEqual({ status: 'already-processed' });
    h.objects.put('incoming/a.txt', DISTRICT.replace('March 8', 'March 9'));
    const changed = await processUpload(event('incoming/a.txt', { sequencer: null, eTag: 'etag-2' }), h.deps);
    expect(changed).toMatchObject({ status: 'notified', version: 2 });
  });

  it('treats the same content uploaded again under the same key as a duplicate', async () => {
    const h = await harness();
    h.objects.put('incoming/seed.txt', SEED);
    expect((await processUpload(event('incoming/seed.txt'), h.deps)).status).toBe('notified');
    expect((await processUpload(event('incoming/seed.txt'), h.deps)).status).toBe('duplicate');
    expect(h.publisher.notices).toHaveLength(1);
  });

  it('records an object deleted before processing as missing, without retrying', async () => {
    const h = await harness();
    const outcome = await processUpload(event('incoming/gone.txt'), h.deps);
    expect(outcome.status).toBe('missing');
    expect((await h.ports.uploads.getUpload('uploads', 'incoming/gone.txt'))?.status).toBe('missing');
    expect(h.publisher.notices).toHaveLength(0);
  });

  it('does not process an upload that was overwritten before its event was handled', async () => {
    const h = await harness();
    h.objects.put('incoming/a.txt', SEED, undefined, 'version-2');
    const outcome = await processUpload(event('incoming/a.txt', { versionId: 'version-1' }), h.deps);
    expect(outcome).toEqual({ status: 'stale' });
    expect((await h.ports.uploads.getUpload('uploads', 'incoming/a.txt'))?.status).toBe('superseded');
    expect(h.publisher.notices).toHaveLength(0);
    const current = await processUpload(event('incoming/a.txt', { versionId: 'version-2' }), h.deps);
    expect(current.status).toBe('notified');
  });

  it('refuses an object over the size limit from the event alone, without downloading it', async () => {
    const h = await harness({ decodeLimits: { maxBytes: 1000 } });
    h.objects.put('incoming/huge.txt', 'x'.repeat(2000));
    const outcome = await processUpload(event('incoming/huge.txt', { size: 2000 }), h.deps);
    expect(outcome).toMatchObject({ status: 'failed', reason: 'too-large' });
    expect(h.objects.fetches).toBe(0);
    expect(h.objects.quarantined).toEqual([{ key: 'incoming/huge.txt', reason: 'too-large' }]);
    expect(h.publisher.operations[0]?.message).toMatchObject({ type: 'upload.failed', reason: 'too-large' });
  });

  it('recovers a crash between storing and publishing: the retry sends the notice', async () => {
    const h = await harness();
    h.objects.put('incoming/seed.txt', SEED);
    h.publisher.failNext = 1;
    const upload = event('incoming/seed.txt');
    await expect(processUpload(upload, h.deps)).rejects.toBeInstanceOf(TransientDependencyError);
    const report = await h.ports.uploads.getUpload('uploads', 'incoming/seed.txt');
    expect((await h.ports.reports.getReport(report?.reportId ?? ''))?.status).toBe('stored');
    const retry = await processUpload(upload, h.deps);
    expect(retry.status).toBe('notified');
    expect(h.publisher.notices).toHaveLength(1);
  });

  it('takes over the publish of a worker that died holding the lease once the lease expires', async () => {
    const h = await harness();
    h.objects.put('incoming/seed.txt', SEED);
    const upload = event('incoming/seed.txt');
    h.publisher.failNext = 1;
    await expect(processUpload(upload, h.deps)).rejects.toBeInstanceOf(TransientDependencyError);
    const reportId = (await h.ports.uploads.getUpload('uploads', 'incoming/seed.txt'))?.reportId ?? '';
    // A worker takes the lease and dies before publishing.
    const died = new Date('2024-01-12T04:00:00Z');
    expect(await h.ports.leases.acquirePublishLease(reportId, 1, died, 60_000)).toBe('acquired');
    await expect(processUpload(upload, { ...h.deps, clock: () => new Date(died.getTime() + 1000) })).rejects.toBeInstanceOf(
      ConcurrentProcessingError,
    );
    const later = await processUpload(upload, { ...h.deps, clock: () => new Date(died.getTime() + 61_000) });
    expect(later.status).toBe('notified');
    expect(h.publisher.notices).toHaveLength(1);
  });

  it('repeats a notice only when the publish succeeded but recording it failed (the lost-acknowledgement window)', async () => {
    const h = await harness();
    h.objects.put('incoming/seed.txt', SEED);
    const upload = event('incoming/seed.txt');
    const markNotified = h.ports.leases.markNotified.bind(h.ports.leases);
    let failMark = true;
    h.ports.leases.markNotified = async (...args) => {
      // DynamoDB stays down for the whole invocation after SNS accepted the publish.
      if (failMark) throw new TransientDependencyError('dynamodb', 'injected failure after publish');
      return markNotified(...args);
    };
    const firstAttempt = processUpload(upload, h.deps);
    await expect(firstAttempt).rejects.toBeInstanceOf(TransientDependencyError);
    failMark = false;
    const retry = await processUpload(upload, { ...h.deps, clock: () => new Date(Date.now() + 120_000) });
    expect(retry.status).toBe('notified');
    const ids = h.publisher.notices.map((entry) => entry.notice.notificationId);
    expect(ids).toHaveLength(2);
    expect(new Set(ids).size).toBe(1);
  });

  it('retries recording a publish in place, so a brief DynamoDB fault does not repeat the notice', async () => {
    const h = await harness();
    h.objects.put('incoming/seed.txt', SEED);
    const markNotified = h.ports.leases.markNotified.bind(h.ports.leases);
    let failures = 2;
    h.ports.leases.markNotified = async (...args) => {
      if (failures-- > 0) throw new TransientDependencyError('dynamodb', 'injected failure');
      return markNotified(...args);
    };
    expect((await processUpload(event('incoming/seed.txt'), h.deps)).status).toBe('notified');
    expect(h.publisher.notices).toHaveLength(1);
  });

  it('lets only one of two concurrent workers publish; the other is told to retry', async () => {
    const h = await harness();
    h.objects.put('incoming/a.txt', DISTRICT);
    const results = await Promise.allSettled([processUpload(event('incoming/a.txt'), h.deps), processUpload(event('incoming/a.txt'), h.deps)]);
    const rejected = results.filter((result) => result.status === 'rejected');
    for (const result of rejected) expect((result as PromiseRejectedResult).reason).toBeInstanceOf(ConcurrentProcessingError);
    expect(h.publisher.notices).toHaveLength(1);
  });

  it('skips an event older than one already processed for the same key', async () => {
    const h = await harness();
    h.objects.put('incoming/a.txt', SEED);
    const older = event('incoming/a.txt');
    const newer = event('incoming/a.txt');
    expect((await processUpload(newer, h.deps)).status).toBe('notified');
    expect(await processUpload(older, h.deps)).toEqual({ status: 'stale' });
    expect(h.publisher.notices).toHaveLength(1);
  });

  it('treats a changed file under the same key as version 2 and routes the update to old and new audiences', async () => {
    const h = await harness();
    h.objects.put('incoming/a.txt', DISTRICT);
    const first = await processUpload(event('incoming/a.txt'), h.deps);
    h.objects.put('incoming/a.txt', DISTRICT.replace(/Tu Ky/g, 'Ninh Giang'));
    const second = await processUpload(event('incoming/a.txt'), h.deps);
    expect(second).toMatchObject({ status: 'notified', version: 2 });
    if (first.status !== 'notified' || second.status !== 'notified') throw new Error('not notified');
    expect(second.reportId).toBe(first.reportId);
    expect(second.notificationId).toBe(`${first.reportId}:v2`);
    expect(second.audience).toEqual(expect.arrayContaining(['gia-loc', 'tu-ky', 'ninh-giang']));
    const update = JSON.parse(h.publisher.notices[1]?.notice.messages.sqs ?? '{}');
    expect(update.type).toBe('report.updated');
    expect(update.changes.map((change: { field: string }) => change.field)).toContain('districts');
  });

  it('removes a unit from the lookup index when a new version no longer concerns it', async () => {
    const h = await tableHarness();
    h.objects.put('incoming/a.txt', SEED);
    const first = await processUpload(event('incoming/a.txt'), h.deps);
    if (first.status !== 'notified') throw new Error('not notified');
    const unitItem = (unit: string) =>
      h.dynamo.send(new GetCommand({ TableName: h.tableName, Key: { pk: `REPORT#${first.reportId}`, sk: `UNIT#${unit}` } }));
    expect((await unitItem('nam-sach')).Item).toBeDefined();
    h.objects.put('incoming/a.txt', DISTRICT);
    const second = await processUpload(event('incoming/a.txt'), h.deps);
    expect(second).toMatchObject({ status: 'notified', reportId: first.reportId, version: 2 });
    expect((await unitItem('nam-sach')).Item).toBeUndefined();
    expect((await unitItem('gia-loc')).Item).toBeDefined();
  });

  it('stores nothing and notifies nobody for an undecodable file, but records and reports it', async () => {
    const h = await harness();
    h.objects.put('incoming/empty.txt', new Uint8Array());
    const outcome = await processUpload(event('incoming/empty.txt'), h.deps);
    expect(outcome).toMatchObject({ status: 'failed', reason: 'empty', quarantineKey: 'quarantine/empty.txt' });
    expect(h.publisher.notices).toHaveLength(0);
    expect(h.publisher.operations).toHaveLength(1);
    expect((await h.ports.uploads.getUpload('uploads', 'incoming/empty.txt'))?.status).toBe('failed');
  });
});
