import { readFileSync } from 'node:fs';
import { GetObjectCommand } from '@aws-sdk/client-s3';
import { ReceiveMessageCommand } from '@aws-sdk/client-sqs';
import { DynamoReportRepository } from '../../shared/adapters/dynamo-report-repository';
import { loadProvinceConfig } from '../../shared/config/province-config';
import { recipientsOf } from '../../shared/domain/routing';
import { OfficeInbox } from '../../shared/local/office-inbox';
import { ROOT, eventually, startPipelineProcess, testBackend, type PipelineProcess } from '../support/pipeline-process';

jest.setTimeout(120_000);

const SEED = `${ROOT}/samples/hai-duong-2024-01-11-advisory-agencies.en.txt`;
const DISTRICT_SAMPLE = `${ROOT}/samples/gia-loc-2024-03-08-party-building-review.en.txt`;
const config = loadProvinceConfig(`${ROOT}/config/hai-duong.json`);
const allOffices = config.offices.map((office) => office.id).sort();

describe(`pipeline end to end on ${testBackend()}`, () => {
  let pipeline: PipelineProcess;
  let inbox: OfficeInbox;
  let repository: DynamoReportRepository;

  beforeAll(async () => {
    pipeline = await startPipelineProcess();
    inbox = new OfficeInbox(pipeline.clients.sqs, pipeline.info.resources.officeQueues);
    inbox.start();
    repository = new DynamoReportRepository(pipeline.clients.dynamo, pipeline.info.resources.tableName);
  });

  afterAll(async () => {
    await inbox?.stop();
    await pipeline?.stop();
  });

  /** Waits for every expected office, then long enough that a wrong delivery would show. */
  async function recipientsOfNotice(notificationId: string, expected: readonly string[]): Promise<string[]> {
    await eventually(async () => (expected.every((office) => inbox.recipientsOf(notificationId).includes(office)) ? true : null), 30_000, `notice ${notificationId}`);
    await new Promise((r) => setTimeout(r, 2000));
    return inbox.recipientsOf(notificationId);
  }

  it('notifies every office of a province-wide report, exactly once each', async () => {
    const key = 'incoming/seed.en.txt';
    await pipeline.upload(key, readFileSync(SEED));
    const state = await pipeline.finalUpload(key);
    expect(state.status).toBe('stored');
    const report = await repository.getReport(state.reportId ?? '');
    expect(report?.status).toBe('notified');
    expect(report?.card.scope).toBe('province');
    const notificationId = `${report?.reportId}:v1`;
    expect(await recipientsOfNotice(notificationId, allOffices)).toEqual(allOffices);
    expect(inbox.received.filter((notice) => notice.notificationId === notificationId)).toHaveLength(allOffices.length);
  });

  it('notifies only the offices of the units a district-level report concerns', async () => {
    const key = 'incoming/district sample.txt';
    await pipeline.upload(key, readFileSync(DISTRICT_SAMPLE));
    const state = await pipeline.finalUpload(key);
    const report = await repository.getReport(state.reportId ?? '');
    expect(report?.card.scope).toBe('district');
    const expected = recipientsOf(report!.card, config).map((office) => office.id).sort();
    expect(expected).toEqual(['gia-loc', 'province-archive', 'tu-ky']);
    expect(await recipientsOfNotice(`${report?.reportId}:v1`, expected)).toEqual(expected);
  });

  it('decodes keys with spaces and Vietnamese characters', async () => {
    const key = 'incoming/Báo cáo hội nghị + tổng kết 2024.txt';
    await pipeline.upload(key, readFileSync(`${ROOT}/tests/fixtures/corpus/vi-02-thanh-mien-xay-dung-dang.txt`));
    const state = await pipeline.finalUpload(key);
    expect(state.status).toBe('stored');
    const report = await repository.getReport(state.reportId ?? '');
    expect(report?.sources).toContain(`s3://${pipeline.info.resources.bucket}/${key}`);
    const record = await repository.getVersion(state.reportId ?? '', report?.version ?? 0);
    expect(record?.source?.key).toBe(key);
  });

  it('stores the same content under two keys as one report with both sources and one notice', async () => {
    const text = readFileSync(`${ROOT}/tests/fixtures/corpus/en-04-chi-linh-council-session.txt`);
    await pipeline.upload('incoming/copy-a.txt', text);
    const first = await pipeline.finalUpload('incoming/copy-a.txt');
    await pipeline.upload('incoming/copy-b.txt', text);
    const second = await pipeline.finalUpload('incoming/copy-b.txt');
    expect(second.status).toBe('duplicate');
    expect(second.reportId).toBe(first.reportId);
    const report = await repository.getReport(first.reportId ?? '');
    expect(report?.sources).toEqual(
      [`s3://${pipeline.info.resources.bucket}/incoming/copy-a.txt`, `s3://${pipeline.info.resources.bucket}/incoming/copy-b.txt`].sort(),
    );
    const expected = recipientsOf(report!.card, config).map((office) => office.id).sort();
    await recipientsOfNotice(`${first.reportId}:v1`, expected);
    const copies = inbox.received.filter((notice) => notice.reportId === first.reportId);
    expect(copies).toHaveLength(expected.length);
  });

  it('stores a changed file under the same key as version 2 and sends an updated notice saying what changed', async () => {
    const key = 'incoming/changing.txt';
    // Content of its own: a key that only joined another key's report (same content) gets
    // a report of its own when its content changes, instead of becoming that report's v2.
    const original = readFileSync(DISTRICT_SAMPLE, 'utf8').replace('On the morning of March 8', 'On the morning of March 7');
    await pipeline.upload(key, original);
    const first = await pipeline.finalUpload(key);
    const changed = original.replace('On the morning of March 7', 'On the morning of March 9').replace(
      'Plan No. 432-KH/TU',
      'Plan No. 432-KH/TU and Conclusion No. 48-KL/TW',
    );
    await pipeline.upload(key, changed);
    const second = await eventually(async () => {
      const report = await repository.getReport(first.reportId ?? '');
      return report && report.notifiedVersion === 2 ? report : null;
    }, 60_000, 'version 2');
    expect(second.reportId).toBe(first.reportId);
    const expected = recipientsOf(second.card, config).map((office) => office.id).sort();
    await recipientsOfNotice(`${first.reportId}:v2`, expected);
    const notice = inbox.received.find((candidate) => candidate.notificationId === `${first.reportId}:v2`);
    expect(notice?.type).toBe('report.updated');
    const changes = (notice?.notice.changes as { field: string }[]).map((change) => change.field);
    expect(changes).toEqual(expect.arrayContaining(['event.date', 'documents']));
  });

  it('quarantines an undecodable file, records the failure and tells operations', async () => {
    const key = 'incoming/broken.pdf';
    await pipeline.upload(key, Buffer.from('%PDF-1.7\n1 0 obj <<>>\ngarbage without xref'));
    const state = await pipeline.finalUpload(key);
    expect(state.status).toBe('failed');
    expect(state.reason).toBeTruthy();
    expect(state.quarantineKey).toBe('quarantine/broken.pdf');
    const copy = await pipeline.clients.s3.send(new GetObjectCommand({ Bucket: pipeline.info.resources.bucket, Key: 'quarantine/broken.pdf' }));
    expect(copy.ContentLength).toBeGreaterThan(0);
    const operations = await eventually(async () => {
      const response = await pipeline.clients.sqs.send(
        new ReceiveMessageCommand({ QueueUrl: pipeline.info.resources.operationsQueueUrl, MaxNumberOfMessages: 10, WaitTimeSeconds: 1 }),
      );
      const bodies = (response.Messages ?? []).map((message) => JSON.parse(JSON.parse(message.Body ?? '{}').Message ?? '{}') as { key?: string });
      return bodies.find((body) => body.key === key) ?? null;
    }, 30_000, 'operations message');
    expect(operations).toMatchObject({ type: 'upload.failed', key, quarantineKey: 'quarantine/broken.pdf' });
  });
});
