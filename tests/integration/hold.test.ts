import { readFileSync } from 'node:fs';
import { ReceiveMessageCommand } from '@aws-sdk/client-sqs';
import { DynamoReportRepository } from '../../shared/adapters/dynamo-report-repository';
import { SnsNoticePublisher } from '../../shared/adapters/sns-publisher';
import { reportTablePorts } from '../../shared/app/ports';
import { correctReport } from '../../shared/app/review';
import { loadProvinceConfig } from '../../shared/config/province-config';
import { OfficeInbox } from '../../shared/local/office-inbox';
import { ROOT, eventually, fixture, startPipelineProcess, testBackend, type PipelineProcess } from '../support/pipeline-process';

jest.setTimeout(180_000);

const config = loadProvinceConfig(`${ROOT}/config/hai-duong.json`);
const JUNK = ['hello-world.txt', 'shopping-list.txt', 'random-text.txt', 'lorem-ipsum.txt'];

describe(`holding reports for review on ${testBackend()}`, () => {
  let pipeline: PipelineProcess;
  let inbox: OfficeInbox;
  let repository: DynamoReportRepository;
  const operations: Record<string, unknown>[] = [];
  let draining = true;
  let drainer: Promise<void>;

  beforeAll(async () => {
    pipeline = await startPipelineProcess();
    inbox = new OfficeInbox(pipeline.clients.sqs, pipeline.info.resources.officeQueues);
    inbox.start();
    repository = new DynamoReportRepository(pipeline.clients.dynamo, pipeline.info.resources.tableName);
    drainer = (async () => {
      while (draining) {
        const response = await pipeline.clients.sqs
          .send(new ReceiveMessageCommand({ QueueUrl: pipeline.info.resources.operationsQueueUrl, MaxNumberOfMessages: 10, WaitTimeSeconds: 1 }))
          .catch(() => null);
        for (const message of response?.Messages ?? []) {
          operations.push(JSON.parse(JSON.parse(message.Body ?? '{}').Message ?? '{}') as Record<string, unknown>);
        }
      }
    })();
  });

  afterAll(async () => {
    draining = false;
    await drainer;
    await inbox?.stop();
    await pipeline?.stop();
  });

  it('holds junk and a report without a province: stored with reasons, announced once each, sent to no office', async () => {
    const files = [...JUNK, 'no-province.en.txt'];
    for (const name of files) await pipeline.upload(`incoming/${name}`, readFileSync(fixture('routing', name), 'utf8'));
    const states = await Promise.all(files.map((name) => pipeline.finalUpload(`incoming/${name}`)));
    for (const [index, state] of states.entries()) {
      expect({ file: files[index], status: state.status }).toEqual({ file: files[index], status: 'held' });
      expect(state.reason?.split(',')).toContain('no-province');
      expect((await repository.getReport(state.reportId ?? ''))?.status).toBe('held');
    }
    const announced = await eventually(async () => {
      const held = operations.filter((message) => message.type === 'report.held');
      return held.length >= files.length ? held : null;
    }, 30_000, 'hold announcements');
    // Long enough that a second announcement or a stray notice would show.
    await new Promise((resolve) => setTimeout(resolve, 2500));
    expect(announced.map((message) => message.key).sort()).toEqual(files.map((name) => `incoming/${name}`).sort());
    expect(operations.filter((message) => message.type === 'report.held')).toHaveLength(files.length);
    const heldIds = new Set(states.map((state) => state.reportId));
    expect(inbox.received.filter((notice) => heldIds.has(notice.reportId))).toEqual([]);
  });

  it('sends a Thanh Hoa report mentioning a Gia Loc delegation to Gia Loc and the province archive only', async () => {
    const key = 'incoming/thanh-hoa.txt';
    await pipeline.upload(key, readFileSync(fixture('routing', 'thanh-hoa-gia-loc-delegation.vi.txt'), 'utf8'));
    const state = await pipeline.finalUpload(key);
    expect(state.status).toBe('stored');
    const notificationId = `${state.reportId}:v1`;
    await eventually(async () => (inbox.recipientsOf(notificationId).length >= 2 ? true : null), 30_000, 'notice');
    await new Promise((resolve) => setTimeout(resolve, 2000));
    expect(inbox.recipientsOf(notificationId)).toEqual(['gia-loc', 'province-archive']);
  });

  it('publishes an operator\'s correction of a held report to the corrected offices only, through the real topic', async () => {
    const key = 'incoming/held-then-corrected.txt';
    await pipeline.upload(key, readFileSync(fixture('routing', 'no-province.en.txt'), 'utf8').replace('July 3', 'July 4'));
    const state = await pipeline.finalUpload(key);
    expect(state.status).toBe('held');
    const { resources } = pipeline.info;
    const outcome = await correctReport(
      state.reportId ?? '',
      { province: 'Hai Duong', scope: 'district', districts: ['kinh-mon'], organizer: 'Standing Committee of Kinh Mon Town Party Committee' },
      { by: 'integration-test' },
      {
        ...reportTablePorts(repository),
        publisher: new SnsNoticePublisher(pipeline.clients.sns, resources.reportsTopicArn, resources.operationsTopicArn),
        config,
        recordLocation: (id) => `reports show ${id}`,
        metrics: { count: () => undefined },
      },
    );
    expect(outcome).toMatchObject({ version: 2, notificationId: `${state.reportId}:v2`, audience: ['kinh-mon'] });
    await eventually(async () => (inbox.recipientsOf(outcome.notificationId ?? '').length >= 2 ? true : null), 30_000, 'corrected notice');
    await new Promise((resolve) => setTimeout(resolve, 2000));
    expect(inbox.recipientsOf(outcome.notificationId ?? '')).toEqual(['kinh-mon', 'province-archive']);
    expect(inbox.received.filter((notice) => notice.reportId === state.reportId).map((notice) => notice.version)).toEqual([2, 2]);
  });
});
