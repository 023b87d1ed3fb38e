import { readFileSync } from 'node:fs';
import { HeadObjectCommand } from '@aws-sdk/client-s3';
import { DynamoReportRepository } from '../../shared/adapters/dynamo-report-repository';
import { OfficeInbox } from '../../shared/local/office-inbox';
import { ROOT, eventually, startPipelineProcess, testBackend, type PipelineProcess } from '../support/pipeline-process';

jest.setTimeout(120_000);

const GOOD = readFileSync(`${ROOT}/samples/gia-loc-2024-03-08-party-building-review.en.txt`, 'utf8');

describe(`hostile uploads end to end on ${testBackend()}`, () => {
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

  it('delivers a notice whose title holds characters outside the BMP, unchanged, to the offices', async () => {
    const key = 'incoming/emoji-title.txt';
    // The year in the headline dates the event (the text gives none elsewhere).
    const title = 'Gia Loc 🎉 reviews Party building work for 2024 𠀀';
    // The sample's own headline gives way to one with an emoji and a character of plane 2.
    await pipeline.upload(key, `${title}\n\n${GOOD.replace(/March 8/gu, 'March 14').split('\n').slice(1).join('\n')}`);
    const state = await pipeline.finalUpload(key);
    expect(state.status).toBe('stored');
    const notificationId = `${state.reportId}:v1`;
    const delivered = await eventually(async () => {
      const notices = inbox.received.filter((notice) => notice.notificationId === notificationId);
      return notices.length >= 3 ? notices : null;
    }, 30_000, `notice ${notificationId}`);
    expect(delivered.map((notice) => notice.officeId).sort()).toEqual(['gia-loc', 'province-archive', 'tu-ky']);
    for (const notice of delivered) expect(notice.title).toBe(title);
  });

  it('quarantines a bad file whose Vietnamese key is as long as S3 allows', async () => {
    let key = 'incoming/';
    for (const character of 'Báo cáo tổng kết công tác xây dựng Đảng năm 2024 '.repeat(40)) {
      if (Buffer.byteLength(`${key}${character}.docx`, 'utf8') > 1024) break;
      key += character;
    }
    key += '.docx';
    await pipeline.upload(key, Buffer.from('PK\u0003\u0004 not really a Word file'));
    const state = await pipeline.finalUpload(key);
    expect(state).toMatchObject({ status: 'failed' });
    expect(Buffer.byteLength(state.quarantineKey ?? '', 'utf8')).toBeLessThanOrEqual(1024);
    const copy = await pipeline.clients.s3.send(new HeadObjectCommand({ Bucket: pipeline.info.resources.bucket, Key: state.quarantineKey ?? '' }));
    expect(copy.Metadata?.['source-key-sha256']).toMatch(/^[0-9a-f]{64}$/u);
  });

  it('routes a page only on its visible text', async () => {
    const key = 'incoming/hidden-units.html';
    const visible = GOOD.replace(/March 8/gu, 'March 15').split('\n').filter(Boolean);
    const page = `<!doctype html><html><head><meta charset="utf-8"><style>.kw{font-size:0}</style></head><body><article><h1>${visible[0]}</h1>${visible
      .slice(1)
      .map((line) => `<p>${line}</p>`)
      .join('')}<p class="kw">Nam Sach District Party Committee</p><p style="opacity:0">Kim Thanh District</p><p class="d-none">Thanh Ha District</p></article></body></html>`;
    await pipeline.upload(key, page);
    const state = await pipeline.finalUpload(key);
    const report = await repository.getReport(state.reportId ?? '');
    expect(report?.card.districts).toEqual(expect.arrayContaining(['gia-loc']));
    expect(report?.card.districts).not.toEqual(expect.arrayContaining(['nam-sach']));
    expect(report?.card.districts).not.toEqual(expect.arrayContaining(['kim-thanh']));
    expect(report?.card.districts).not.toEqual(expect.arrayContaining(['thanh-ha']));
  });
});
