import { readFileSync } from 'node:fs';
import { PutObjectCommand, S3Client } from '@aws-sdk/client-s3';
import { DynamoPortalReports } from '../../shared/adapters/portal-queries';
import { DynamoReceiptStore } from '../../shared/adapters/receipts';
import { S3DownloadSigner } from '../../shared/adapters/s3-download-signer';
import { DynamoReportRepository } from '../../shared/adapters/dynamo-report-repository';
import { AccessDeniedError } from '../../shared/app/portal/errors';
import { PortalService, type Viewer } from '../../shared/app/portal/portal-service';
import { FINAL_UPLOAD_STATUSES, type Log } from '../../shared/app/ports';
import { loadProvinceConfig, officesOf } from '../../shared/config/province-config';
import { ROOT, eventually, startPipelineProcess, testBackend, type PipelineProcess } from '../support/pipeline-process';

jest.setTimeout(180_000);

const config = loadProvinceConfig(`${ROOT}/config/hai-duong.json`);
const DISTRICT_SAMPLE = `${ROOT}/samples/gia-loc-2024-03-08-party-building-review.en.txt`;
const PROVINCE_SAMPLE = `${ROOT}/samples/hai-duong-2024-01-11-advisory-agencies.en.txt`;

interface Logged {
  readonly level: string;
  readonly message: string;
  readonly fields: Record<string, unknown>;
}

function capturingLog(into: Logged[]): Log {
  const write = (level: string) => (message: string, fields: Record<string, unknown> = {}) => void into.push({ level, message, fields });
  return { debug: write('debug'), info: write('info'), warn: write('warn'), error: write('error') };
}

function viewer(officeId: string): Viewer {
  const office = officesOf(config).find((entry) => entry.id === officeId);
  if (!office) throw new Error(`no office ${officeId}`);
  return { subject: `subject-of-${officeId}`, office };
}

async function refusal(action: Promise<unknown>): Promise<string> {
  try {
    await action;
  } catch (error) {
    if (error instanceof AccessDeniedError) return error.reason;
    throw error;
  }
  throw new Error('expected a refusal');
}

describe(`portal authorization on ${testBackend()}`, () => {
  let pipeline: PipelineProcess;
  let repository: DynamoReportRepository;
  let logged: Logged[];
  let service: PortalService;
  let signingClock: () => Date;
  let districtReport: string;
  let provinceReport: string;
  const districtKey = 'incoming/gia-loc review.txt';

  async function upload(key: string, body: Buffer | string): Promise<void> {
    await pipeline.clients.s3.send(new PutObjectCommand({ Bucket: pipeline.info.resources.bucket, Key: key, Body: body }));
  }

  async function notified(key: string, version: number): Promise<string> {
    return eventually(async () => {
      const state = await repository.getUpload(pipeline.info.resources.bucket, key);
      if (!state?.reportId || !FINAL_UPLOAD_STATUSES.has(state.status)) return null;
      const report = await repository.getReport(state.reportId);
      return report && report.notifiedVersion >= version ? state.reportId : null;
    }, 90_000, `notice of ${key} v${version}`);
  }

  beforeAll(async () => {
    pipeline = await startPipelineProcess();
    const portal = pipeline.info.portal;
    if (!portal) throw new Error('the local run started no portal');
    repository = new DynamoReportRepository(pipeline.clients.dynamo, pipeline.info.resources.tableName);
    logged = [];
    signingClock = () => new Date();
    const signingS3 = new S3Client({ region: pipeline.info.region, endpoint: portal.downloadUrl, forcePathStyle: true, credentials: { accessKeyId: 'local', secretAccessKey: 'local' } });
    service = new PortalService({
      reports: new DynamoPortalReports(pipeline.clients.dynamo, pipeline.info.resources.tableName),
      receipts: new DynamoReceiptStore(pipeline.clients.dynamo, pipeline.info.resources.tableName),
      signer: new S3DownloadSigner(signingS3, () => signingClock()),
      config,
      log: capturingLog(logged),
    });
    await upload(districtKey, readFileSync(DISTRICT_SAMPLE));
    await upload('incoming/province.txt', readFileSync(PROVINCE_SAMPLE));
    districtReport = await notified(districtKey, 1);
    provinceReport = await notified('incoming/province.txt', 1);
  });

  afterAll(async () => {
    await pipeline?.stop();
  });

  beforeEach(() => {
    logged.length = 0;
    signingClock = () => new Date();
  });

  it('lets the offices of the audience and the province-level office read a district report', async () => {
    for (const office of ['gia-loc', 'tu-ky', 'province-archive']) {
      const view = await service.report(viewer(office), districtReport, null);
      expect(view.record.reportId).toBe(districtReport);
      expect(view.version).toBe(1);
    }
  });

  it("refuses another office's report and logs the refusal without personal data", async () => {
    expect(await refusal(service.report(viewer('nam-sach'), districtReport, null))).toBe('not-in-audience');
    expect(await refusal(service.download(viewer('nam-sach'), districtReport, null))).toBe('not-in-audience');
    expect(await refusal(service.acknowledge(viewer('nam-sach'), districtReport, 1))).toBe('not-in-audience');
    const refusals = logged.filter((entry) => entry.message === 'portal request refused');
    expect(refusals.map((entry) => entry.fields.action)).toEqual(['open report', 'download', 'acknowledge']);
    for (const entry of refusals) {
      expect(Object.keys(entry.fields).sort()).toEqual(['action', 'officeId', 'reason', 'reportId', 'version']);
      expect(JSON.stringify(entry.fields)).not.toContain('subject-of');
    }
  });

  it('refuses a guessed id and a malformed one alike', async () => {
    expect(await refusal(service.report(viewer('province-archive'), 'r-0123456789abcdef0123', null))).toBe('unknown-report');
    expect(await refusal(service.report(viewer('province-archive'), '../../etc/passwd', null))).toBe('unknown-report');
    expect(logged.map((entry) => entry.fields.reportId)).toEqual(['r-0123456789abcdef0123', '(malformed)']);
  });

  it('shows a report that is stored but not notified (or held) to no office, not even the province', async () => {
    const record = await repository.getVersion(provinceReport, 1);
    if (!record) throw new Error('province report has no v1');
    const heldId = 'r-00000000000000000001';
    const now = new Date().toISOString();
    await repository.saveVersion({
      record: { ...record, reportId: heldId, contentHash: 'f'.repeat(64), title: 'Held record' },
      version: 1,
      previousVersion: 0,
      source: { bucket: pipeline.info.resources.bucket, key: 'incoming/held.txt', versionId: null },
      concerns: config.units.map((unit) => unit.id),
      now,
    });
    for (const office of ['gia-loc', 'province-archive']) {
      expect(await refusal(service.report(viewer(office), heldId, null))).toBe('not-published');
      expect(await refusal(service.download(viewer(office), heldId, null))).toBe('not-published');
      const inbox = await service.inbox(viewer(office), {});
      expect(inbox.rows.map((row) => row.reportId)).not.toContain(heldId);
    }
  });

  it('lists in each inbox only what concerns the office, unread until opened', async () => {
    const thanhMien = await service.inbox(viewer('thanh-mien'), {});
    expect(thanhMien.rows.map((row) => row.reportId)).toEqual([provinceReport]);
    const archive = await service.inbox(viewer('province-archive'), {});
    expect(archive.rows.map((row) => row.reportId).sort()).toEqual([districtReport, provinceReport].sort());
    const before = await service.inbox(viewer('tu-ky'), { text: 'gia loc' });
    expect(before.rows.map((row) => [row.reportId, row.unread])).toEqual([[districtReport, false]]);
    const unopened = await service.inbox(viewer('thanh-mien'), { text: 'HẢI DƯƠNG' });
    expect(unopened.rows.map((row) => [row.reportId, row.unread])).toEqual([[provinceReport, true]]);
    await service.report(viewer('thanh-mien'), provinceReport, null);
    const opened = await service.inbox(viewer('thanh-mien'), { text: 'hai duong' });
    expect(opened.rows.map((row) => [row.reportId, row.unread])).toEqual([[provinceReport, false]]);
    const byDocument = await service.inbox(viewer('tu-ky'), { document: '35-ct/tw' });
    expect(byDocument.rows.map((row) => row.reportId)).toEqual([districtReport]);
    const outOfRange = await service.inbox(viewer('tu-ky'), { from: '1990-01-01', to: '1990-12-31' });
    expect(outOfRange.rows).toEqual([]);
  });

  it('downloads exactly the uploaded bytes, refuses an expired or altered link', async () => {
    const url = await service.download(viewer('gia-loc'), districtReport, 1);
    const response = await fetch(url);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-disposition')).toMatch(/^attachment;/);
    expect(Buffer.from(await response.arrayBuffer()).equals(readFileSync(DISTRICT_SAMPLE))).toBe(true);

    signingClock = () => new Date(Date.now() - 5 * 60_000);
    const expired = await service.download(viewer('gia-loc'), districtReport, 1);
    const late = await fetch(expired);
    expect(late.status).toBe(403);
    expect(await late.text()).toContain('Request has expired');

    const altered = url.replace(encodeURIComponent('gia-loc review.txt'), encodeURIComponent('province.txt'));
    expect(altered).not.toBe(url);
    expect((await fetch(altered)).status).toBe(403);
  });

  it('records opened and acknowledged per office and version', async () => {
    await service.report(viewer('gia-loc'), districtReport, 1);
    expect(await service.acknowledge(viewer('gia-loc'), districtReport, 1)).toBe(1);
    const receipts = await new DynamoReceiptStore(pipeline.clients.dynamo, pipeline.info.resources.tableName).forReport(districtReport);
    const giaLoc = receipts.find((receipt) => receipt.officeId === 'gia-loc' && receipt.version === 1);
    expect(giaLoc?.openedAt).toEqual(expect.any(String));
    expect(giaLoc?.acknowledgedAt).toEqual(expect.any(String));
    expect(receipts.find((receipt) => receipt.officeId === 'tu-ky')?.acknowledgedAt ?? null).toBeNull();
    const inbox = await service.inbox(viewer('gia-loc'), {});
    expect(inbox.rows.find((row) => row.reportId === districtReport)?.acknowledged).toBe(true);
  });

  it('gives an office added by a later version that version and later ones only', async () => {
    const amended = `${readFileSync(DISTRICT_SAMPLE, 'utf8')}\nDelegates from Nam Sach District also attended the conference.\n`;
    await upload(districtKey, amended);
    await notified(districtKey, 2);
    const state = await repository.getReport(districtReport);
    expect(state?.notifiedVersion).toBe(2);
    const namSach = await service.report(viewer('nam-sach'), districtReport, null);
    expect(namSach.version).toBe(2);
    expect(namSach.versions.map((entry) => entry.version)).toEqual([2]);
    expect(namSach.changes).toEqual([]);
    expect(await refusal(service.report(viewer('nam-sach'), districtReport, 1))).toBe('version-not-notified');
    expect(await refusal(service.download(viewer('nam-sach'), districtReport, 1))).toBe('version-not-notified');
    const giaLoc = await service.report(viewer('gia-loc'), districtReport, null);
    expect(giaLoc.versions.map((entry) => entry.version)).toEqual([1, 2]);
    expect(giaLoc.previousVersion).toBe(1);
    expect(giaLoc.changes.map((change) => change.field)).toContain('districts');
    const second = await fetch(await service.download(viewer('gia-loc'), districtReport, 2));
    expect(await second.text()).toBe(amended);
  });

  // The embedded S3 keeps no versions, so only a versioned bucket (moto, as in AWS) can tell v1's bytes from v2's.
  if (testBackend() === 'moto') {
    it('downloads the bytes of the version asked for, not the latest write of the key', async () => {
      const first = await fetch(await service.download(viewer('gia-loc'), districtReport, 1));
      expect(Buffer.from(await first.arrayBuffer()).equals(readFileSync(DISTRICT_SAMPLE))).toBe(true);
    });
  }
});
