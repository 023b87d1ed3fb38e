import { readFileSync } from 'node:fs';
import { GetObjectCommand, PutObjectCommand } from '@aws-sdk/client-s3';
import { ReceiveMessageCommand } from '@aws-sdk/client-sqs';
import { DynamoReportRepository } from '../../shared/adapters/dynamo-report-repository';
import type { NormalizedReport } from '../../shared/domain/record';
import { eventually, fixture, startPipelineProcess, testBackend, type PipelineProcess } from '../support/pipeline-process';
import { FINAL_UPLOAD_STATUSES } from '../../shared/app/ports';

jest.setTimeout(180_000);

interface ManifestEntry {
  readonly file: string;
  readonly format?: string;
  readonly encoding?: string;
  readonly reason?: string;
}

const manifest = JSON.parse(readFileSync(fixture('formats', 'manifest.json'), 'utf8')) as ManifestEntry[];
const variants = manifest.filter((entry) => entry.format);
const badFiles = manifest.filter((entry) => entry.reason);
/** Small enough that the oversized test file needs no large upload. */
const MAX_OBJECT_BYTES = 1_000_000;

const fold = (text: string) => text.normalize('NFD').replace(/[\u0300-\u036f]/g, '').replace(/[đĐ]/g, 'd').toLowerCase();

/** The facts offices act on, in a form that ignores letter case (TCVN3 has no toned capitals). */
function facts(record: NormalizedReport) {
  return {
    language: record.language,
    event: record.event,
    scope: record.scope,
    province: record.province,
    districts: [...record.districts].sort(),
    organizer: fold(record.organizer ?? ''),
    people: record.people.map((person) => fold(person.name)).sort(),
    documents: record.documents.map((document) => `${document.code}|${document.type}|${document.date}`).sort(),
    awards: record.awards.map((award) => `${award.count}|${award.recipient}`).sort(),
  };
}

describe(`every upload format and encoding on ${testBackend()}`, () => {
  let pipeline: PipelineProcess;
  let repository: DynamoReportRepository;

  beforeAll(async () => {
    // The variants of one report arrive together: all but one meet its notice being
    // published, and the parser brings them back within seconds, not after the stack's 185 s
    // visibility timeout, which the run keeps.
    pipeline = await startPipelineProcess({ env: { MAX_OBJECT_BYTES: String(MAX_OBJECT_BYTES) } });
    repository = new DynamoReportRepository(pipeline.clients.dynamo, pipeline.info.resources.tableName);
  });

  afterAll(async () => {
    await pipeline?.stop();
  });

  const put = (key: string, body: Buffer) =>
    pipeline.clients.s3.send(new PutObjectCommand({ Bucket: pipeline.info.resources.bucket, Key: key, Body: body }));

  const finalState = (key: string) =>
    eventually(async () => {
      const state = await repository.getUpload(pipeline.info.resources.bucket, key);
      return state && FINAL_UPLOAD_STATUSES.has(state.status) ? state : null;
    }, 90_000, `final state of ${key}`);

  it('records the detected format and encoding of a stored upload', async () => {
    const key = 'incoming/legacy/Báo cáo TCVN3.txt';
    await put(key, readFileSync(fixture('formats', 'vi.tcvn3.txt')));
    const state = await finalState(key);
    const report = await repository.getReport(state.reportId ?? '');
    const version = report?.versionsByHash[state.contentHash ?? ''] ?? 0;
    const record = await repository.getVersion(state.reportId ?? '', version);
    expect(record?.source).toMatchObject({ key, format: 'txt', encoding: 'tcvn3' });
  });

  it('yields the same normalized facts from every format and encoding of one report', async () => {
    const keys = variants.map((entry) => `incoming/variants/${entry.file}`);
    await Promise.all(variants.map((entry, index) => put(keys[index] ?? '', readFileSync(fixture('formats', entry.file)))));
    const byLanguage = new Map<string, { file: string; facts: ReturnType<typeof facts> }[]>();
    for (const [index, entry] of variants.entries()) {
      const state = await finalState(keys[index] ?? '');
      expect({ file: entry.file, status: state.status }).toEqual({ file: entry.file, status: expect.stringMatching(/^(stored|duplicate)$/) });
      const report = await repository.getReport(state.reportId ?? '');
      const record = report ? await repository.getVersion(report.reportId, report.versionsByHash[state.contentHash ?? ''] ?? report.version) : null;
      if (!record) throw new Error(`no report for ${entry.file}`);
      const language = entry.file.split('.')[0] ?? '';
      byLanguage.set(language, [...(byLanguage.get(language) ?? []), { file: entry.file, facts: facts(record) }]);
    }
    for (const [, reports] of byLanguage) {
      const [reference, ...others] = reports;
      expect(reference?.facts.people.length).toBeGreaterThan(0);
      for (const other of others) expect({ file: other.file, ...other.facts }).toEqual({ file: other.file, ...reference?.facts });
    }
  });

  it.each([...badFiles.map((entry) => [entry.file, entry.reason ?? ''] as const), ['oversized.txt', 'too-large'] as const])(
    'fails %s with reason "%s", quarantines it and tells operations',
    async (file, reason) => {
      const key = `incoming/bad/${file}`;
      const body = file === 'oversized.txt' ? Buffer.alloc(MAX_OBJECT_BYTES + 1, 'a') : readFileSync(fixture('formats', file));
      await put(key, body);
      const state = await finalState(key);
      expect({ status: state.status, reason: state.reason }).toEqual({ status: 'failed', reason });
      expect(state.detail?.length).toBeGreaterThan(10);
      const copy = await pipeline.clients.s3.send(new GetObjectCommand({ Bucket: pipeline.info.resources.bucket, Key: `quarantine/bad/${file}` }));
      expect(copy.ContentLength).toBe(body.length);
      const message = await eventually(async () => {
        const response = await pipeline.clients.sqs.send(
          new ReceiveMessageCommand({ QueueUrl: pipeline.info.resources.operationsQueueUrl, MaxNumberOfMessages: 10, WaitTimeSeconds: 1, VisibilityTimeout: 0 }),
        );
        for (const received of response.Messages ?? []) {
          const body = JSON.parse(JSON.parse(received.Body ?? '{}').Message ?? '{}') as { key?: string; reason?: string };
          if (body.key === key) return body;
        }
        return null;
      }, 30_000, `operations message for ${key}`);
      expect(message.reason).toBe(reason);
    },
  );
});
