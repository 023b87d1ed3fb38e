import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { GetCommand, type DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import { createAwsClients } from '../../../shared/adapters/aws-clients';
import { DynamoReportRepository } from '../../../shared/adapters/dynamo-report-repository';
import { ReportQueries } from '../../../shared/adapters/report-queries';
import { reportTablePorts } from '../../../shared/app/ports';
import { processUpload, type ProcessUploadDeps } from '../../../shared/app/process-upload';
import { approveReport, correctReport, rejectReport } from '../../../shared/app/review';
import { loadProvinceConfig } from '../../../shared/config/province-config';
import { matchesFilterPolicy, subscriptionPlan } from '../../../shared/domain/routing';
import type { UploadedObject } from '../../../shared/domain/s3-event';
import { ReportsError, TransientDependencyError, UsageError } from '../../../shared/errors';
import { createReportsTable } from '../../../shared/local/provision';
import { useDynalite } from '../../support/dynalite';
import { inProcessDecoder } from '../../../shared/app/in-process-decoder';
import { CountingMetrics, MemoryObjectStore, MemoryPublisher, silentLog } from '../../support/in-memory';

const config = loadProvinceConfig();
const ROUTING = join(__dirname, '..', '..', 'fixtures', 'routing');
const NO_PROVINCE = readFileSync(join(ROUTING, 'no-province.en.txt'), 'utf8');
const DISTRICT = readFileSync(`${__dirname}/../../../samples/gia-loc-2024-03-08-party-building-review.en.txt`, 'utf8');
const plans = subscriptionPlan(config);

const dynamoEndpoint = useDynalite();
let tables = 0;
let sequencer = 0;

interface Harness {
  deps: ProcessUploadDeps;
  objects: MemoryObjectStore;
  publisher: MemoryPublisher;
  repository: DynamoReportRepository;
  queries: ReportQueries;
  dynamo: DynamoDBDocumentClient;
  tableName: string;
}

async function harness(): Promise<Harness> {
  const tableName = `review-${++tables}`;
  await createReportsTable({ dynamoEndpoint: dynamoEndpoint() }, tableName);
  const { dynamo } = createAwsClients({ endpoint: dynamoEndpoint(), maxAttempts: 1 });
  const repository = new DynamoReportRepository(dynamo, tableName);
  const objects = new MemoryObjectStore();
  const publisher = new MemoryPublisher();
  const deps: ProcessUploadDeps = {
    objects,
    ...reportTablePorts(repository),
    publisher,
    log: silentLog,
    metrics: new CountingMetrics(),
    config,
    recordLocation: (id) => `reports show ${id}`,
    decoder: inProcessDecoder,
  };
  return { deps, objects, publisher, repository, queries: new ReportQueries(dynamo, tableName), dynamo, tableName };
}

function event(key: string): UploadedObject {
  sequencer += 1;
  return { bucket: 'uploads', key, versionId: null, eTag: null, size: null, sequencer: sequencer.toString(16).padStart(8, '0'), eventTime: null };
}

/** Offices whose filter policy matches a recorded publish. */
function officesOf(publisher: MemoryPublisher, index: number): string[] {
  const attributes = publisher.notices[index]?.attributes ?? {};
  return [...new Set(plans.filter((plan) => matchesFilterPolicy(plan.filterPolicy, attributes)).map((plan) => plan.officeId))].sort();
}

describe('holding a report', () => {
  it('holds "hello world": stored with its reasons, announced once to operations, sent to no office', async () => {
    const h = await harness();
    h.objects.put('incoming/hello.txt', 'hello world\n');
    const outcome = await processUpload(event('incoming/hello.txt'), h.deps);
    expect(outcome.status).toBe('held');
    expect(h.publisher.notices).toHaveLength(0);
    expect(h.publisher.operations).toHaveLength(1);
    expect(h.publisher.operations[0]?.message).toMatchObject({ type: 'report.held', key: 'incoming/hello.txt' });
    const upload = await h.repository.getUpload('uploads', 'incoming/hello.txt');
    expect(upload).toMatchObject({ status: 'held' });
    expect(upload?.reason?.split(',')).toEqual(expect.arrayContaining(['no-province', 'not-a-report']));
    const report = await h.repository.getReport(upload?.reportId ?? '');
    expect(report).toMatchObject({ status: 'held', heldVersion: 1, holdAnnouncedVersion: 1, decision: { action: 'hold' } });
    // Listed for review by key, and indexed under no unit.
    const { rows } = await h.queries.listReports({ status: 'held' });
    expect(rows.map((row) => row.reportId)).toEqual([report?.reportId]);
  });

  it('treats the same held content under another key as a duplicate of the held report, announced no second time', async () => {
    const h = await harness();
    h.objects.put('incoming/a.txt', NO_PROVINCE);
    h.objects.put('incoming/b.txt', NO_PROVINCE);
    const first = await processUpload(event('incoming/a.txt'), h.deps);
    const second = await processUpload(event('incoming/b.txt'), h.deps);
    expect(first.status).toBe('held');
    expect(second).toMatchObject({ status: 'duplicate', reportId: 'reportId' in first ? first.reportId : '' });
    expect(h.publisher.operations).toHaveLength(1);
    expect(h.publisher.notices).toHaveLength(0);
  });

  it('announces a hold whose announcement failed when the upload is retried', async () => {
    const h = await harness();
    h.objects.put('incoming/a.txt', NO_PROVINCE);
    const publishOperations = h.publisher.publishOperations.bind(h.publisher);
    let fail = true;
    h.publisher.publishOperations = async (subject, message) => {
      if (fail) throw new TransientDependencyError('sns', 'injected failure');
      return publishOperations(subject, message);
    };
    const upload = event('incoming/a.txt');
    await expect(processUpload(upload, h.deps)).rejects.toBeInstanceOf(TransientDependencyError);
    fail = false;
    expect((await processUpload(upload, h.deps)).status).toBe('held');
    expect(h.publisher.operations).toHaveLength(1);
  });

  it('does not index a held report under the units it would concern', async () => {
    const h = await harness();
    h.objects.put('incoming/a.txt', DISTRICT.replace(/On the morning of March 8[^,]*,/, 'Recently,'));
    const outcome = await processUpload(event('incoming/a.txt'), h.deps);
    expect(outcome.status).toBe('held');
    const reportId = 'reportId' in outcome ? outcome.reportId : '';
    const unit = await h.dynamo.send(new GetCommand({ TableName: h.tableName, Key: { pk: `REPORT#${reportId}`, sk: 'UNIT#gia-loc' } }));
    expect(unit.Item).toBeUndefined();
    expect((await h.repository.getReport(reportId))?.decision?.audience).toEqual(['gia-loc', 'tu-ky']);
  });
});

describe('reviewing a held report', () => {
  async function held(h: Harness, text = NO_PROVINCE, key = 'incoming/a.txt'): Promise<string> {
    h.objects.put(key, text);
    const outcome = await processUpload(event(key), h.deps);
    if (outcome.status !== 'held') throw new Error(`expected a hold, got ${outcome.status}`);
    return outcome.reportId;
  }

  it('approves: publishes as decided, to the audience the decision named', async () => {
    const h = await harness();
    const reportId = await held(h, DISTRICT.replace(/On the morning of March 8[^,]*,/, 'Recently,'));
    const outcome = await approveReport(reportId, { by: 'operator' }, h.deps);
    expect(outcome).toMatchObject({ action: 'approved', notificationId: `${reportId}:v1`, audience: ['gia-loc', 'tu-ky'] });
    expect(officesOf(h.publisher, 0)).toEqual(['gia-loc', 'province-archive', 'tu-ky']);
    const report = await h.repository.getReport(reportId);
    expect(report?.status).toBe('notified');
    const unit = await h.dynamo.send(new GetCommand({ TableName: h.tableName, Key: { pk: `REPORT#${reportId}`, sk: 'UNIT#gia-loc' } }));
    expect(unit.Item).toBeDefined();
    await expect(approveReport(reportId, { by: 'operator' }, h.deps)).rejects.toThrow(/notified, not held/);
  });

  it('corrects: a new version marked corrected, published to the corrected offices only', async () => {
    const h = await harness();
    const reportId = await held(h);
    const outcome = await correctReport(reportId, { province: 'Hai Duong', scope: 'district', districts: ['nam-sach'], note: 'Nam Sach party committee' }, { by: 'lan' }, h.deps);
    expect(outcome).toMatchObject({ action: 'corrected', version: 2, notificationId: `${reportId}:v2`, audience: ['nam-sach'] });
    expect(officesOf(h.publisher, 0)).toEqual(['nam-sach', 'province-archive']);
    expect(JSON.parse(h.publisher.notices[0]?.notice.messages.sqs ?? '{}').type).toBe('report.created');
    const record = await h.repository.getVersion(reportId, 2);
    expect(record?.correction).toMatchObject({ by: 'lan', basedOn: 1, fields: expect.arrayContaining(['province', 'scope', 'districts']) });
    expect(record?.correction?.changes).toContainEqual({ field: 'districts', from: null, to: 'nam-sach' });
  });

  it('keeps a correction when the same content is uploaded again', async () => {
    const h = await harness();
    const reportId = await held(h);
    await correctReport(reportId, { province: 'Hai Duong', scope: 'district', districts: ['nam-sach'] }, { by: 'lan' }, h.deps);
    h.objects.put('incoming/again.txt', NO_PROVINCE);
    const again = await processUpload(event('incoming/again.txt'), h.deps);
    expect(again).toMatchObject({ status: 'duplicate', reportId, version: 2 });
    expect((await h.repository.getReport(reportId))?.version).toBe(2);
    expect(h.publisher.notices).toHaveLength(1);
  });

  it('sends the correction of a notified report as an update to the offices of the old and the new version', async () => {
    const h = await harness();
    h.objects.put('incoming/district.txt', DISTRICT);
    const first = await processUpload(event('incoming/district.txt'), h.deps);
    if (first.status !== 'notified') throw new Error(`expected notified, got ${first.status}`);
    const outcome = await correctReport(first.reportId, { districts: ['nam-sach'], organizerUnit: 'nam-sach' }, { by: 'lan' }, h.deps);
    expect(outcome.version).toBe(2);
    const update = JSON.parse(h.publisher.notices[1]?.notice.messages.sqs ?? '{}');
    expect(update.type).toBe('report.updated');
    expect(officesOf(h.publisher, 1)).toEqual(['gia-loc', 'nam-sach', 'province-archive', 'tu-ky']);
  });

  it('holds a changed re-upload of a sent report, and sends it as an update once approved', async () => {
    const h = await harness();
    h.objects.put('incoming/district.txt', DISTRICT);
    const first = await processUpload(event('incoming/district.txt'), h.deps);
    expect(first.status).toBe('notified');
    h.objects.put('incoming/district.txt', DISTRICT.replace(/On the morning of March 8[^,]*,/, 'Recently,'));
    const second = await processUpload(event('incoming/district.txt'), h.deps);
    expect(second).toMatchObject({ status: 'held', version: 2 });
    expect(h.publisher.notices).toHaveLength(1);
    const reportId = 'reportId' in second ? second.reportId : '';
    // Offices still know version 1: the report lists as held, its unit items stay those of v1 until reviewed.
    expect((await h.repository.getReport(reportId))?.status).toBe('held');
    const unit = await h.dynamo.send(new GetCommand({ TableName: h.tableName, Key: { pk: `REPORT#${reportId}`, sk: 'UNIT#gia-loc' } }));
    expect(unit.Item).toBeDefined();
    const approved = await approveReport(reportId, { by: 'lan' }, h.deps);
    expect(approved.notificationId).toBe(`${reportId}:v2`);
    const update = JSON.parse(h.publisher.notices[1]?.notice.messages.sqs ?? '{}');
    expect(update.type).toBe('report.updated');
    expect(update.changes.map((change: { field: string }) => change.field)).toContain('event.date');
    expect(officesOf(h.publisher, 1)).toEqual(['gia-loc', 'province-archive', 'tu-ky']);
  });

  it('rejects: closed, sent to nobody, and not reopened by the same upload', async () => {
    const h = await harness();
    const reportId = await held(h);
    const outcome = await rejectReport(reportId, { by: 'lan', reason: 'not one of our reports' }, h.deps);
    expect(outcome).toMatchObject({ action: 'rejected', notificationId: null });
    expect((await h.repository.getReport(reportId))?.status).toBe('rejected');
    h.objects.put('incoming/again.txt', NO_PROVINCE);
    expect((await processUpload(event('incoming/again.txt'), h.deps)).status).toBe('duplicate');
    expect(h.publisher.notices).toHaveLength(0);
    expect(h.publisher.operations).toHaveLength(1);
    await expect(approveReport(reportId, { by: 'lan' }, h.deps)).rejects.toThrow(/rejected/);
  });

  it('refuses a correction that would still be held, and one naming an unknown unit', async () => {
    const h = await harness();
    const reportId = await held(h, 'hello world');
    await expect(correctReport(reportId, { province: 'Hai Duong', scope: 'province' }, { by: 'lan' }, h.deps)).rejects.toThrow(/still be held: .*which body held the event.*pass --organizer, --date/);
    await expect(correctReport(reportId, { districts: ['atlantis'] }, { by: 'lan' }, h.deps)).rejects.toBeInstanceOf(UsageError);
    await expect(correctReport('r-00000000000000000000', { organizer: 'x' }, { by: 'lan' }, h.deps)).rejects.toBeInstanceOf(ReportsError);
    expect(h.publisher.notices).toHaveLength(0);
  });
});
