import { readFileSync } from 'node:fs';
import { processUpload, type ProcessUploadDeps, type UploadOutcome } from '../../../shared/app/process-upload';
import { loadProvinceConfig } from '../../../shared/config/province-config';
import { memoryReportPorts, type MemoryReportPorts } from '../../support/fakes';
import { inProcessDecoder } from '../../../shared/app/in-process-decoder';
import { CountingMetrics, MemoryObjectStore, MemoryPublisher, silentLog } from '../../support/in-memory';

const V1 = readFileSync(`${__dirname}/../../../samples/gia-loc-2024-03-08-party-building-review.en.txt`, 'utf8');
const V2 = V1.replace('March 8', 'March 9');
const V3 = V1.replace('March 8', 'March 10');
const V4 = V1.replace('March 8', 'March 11');
let sequencer = 0;

async function pipeline(): Promise<{ upload: (key: string, text: string) => Promise<UploadOutcome>; publisher: MemoryPublisher; ports: MemoryReportPorts }> {
  const ports = memoryReportPorts();
  const objects = new MemoryObjectStore();
  const publisher = new MemoryPublisher();
  const deps: ProcessUploadDeps = { objects, ...ports, publisher, log: silentLog, metrics: new CountingMetrics(), config: loadProvinceConfig(), recordLocation: (id) => id, decoder: inProcessDecoder };
  const upload = async (key: string, text: string): Promise<UploadOutcome> => {
    objects.put(key, text);
    sequencer += 1;
    return processUpload({ bucket: 'uploads', key, versionId: null, eTag: null, size: null, sequencer: sequencer.toString(16).padStart(8, '0'), eventTime: null }, deps);
  };
  return { upload, publisher, ports };
}

describe('versions follow the office file', () => {
  it('makes earlier content restored under a key the next version, with an updated notice', async () => {
    const { upload, publisher, ports } = await pipeline();
    const first = await upload('incoming/a.txt', V1);
    expect(first).toMatchObject({ status: 'notified', version: 1 });
    expect(await upload('incoming/a.txt', V2)).toMatchObject({ status: 'notified', version: 2 });
    const restored = await upload('incoming/a.txt', V1);
    expect(restored).toMatchObject({ status: 'notified', version: 3 });
    expect(publisher.notices.map(({ attributes }) => attributes.event?.StringValue)).toEqual(['report.created', 'report.updated', 'report.updated']);
    const reportId = first.status === 'notified' ? first.reportId : '';
    const state = await ports.reports.getReport(reportId);
    expect(state).toMatchObject({ version: 3, notifiedVersion: 3 });
    expect((await ports.reports.getVersion(reportId, 3))?.contentHash).toBe((await ports.reports.getVersion(reportId, 1))?.contentHash);
    expect(publisher.notices[2]?.notice.messages.email).toMatch(/8/u);
  });

  it('still treats the same content uploaded again as a duplicate', async () => {
    const { upload, publisher } = await pipeline();
    await upload('incoming/a.txt', V1);
    expect(await upload('incoming/a.txt', V1)).toMatchObject({ status: 'duplicate' });
    expect(publisher.notices).toHaveLength(1);
  });

  it('continues the report from whichever of two keys with equal content changes first, whoever stored it', async () => {
    const { upload, publisher } = await pipeline();
    // The copy's upload stored the shared version (it came first, or won the race to store it).
    const copy = await upload('incoming/copies/a.txt', V1);
    expect(await upload('incoming/a.txt', V1)).toMatchObject({ status: 'duplicate' });
    const reportId = copy.status === 'notified' ? copy.reportId : '';
    expect(await upload('incoming/a.txt', V2)).toMatchObject({ status: 'notified', version: 2, reportId });
    expect(publisher.notices.map(({ attributes }) => attributes.event?.StringValue)).toEqual(['report.created', 'report.updated']);
    // The copy still holds the first version: once it changes it is a report of its own.
    expect(await upload('incoming/copies/a.txt', V3)).toMatchObject({ status: 'notified', version: 1 });
  });

  it('splits two keys merged by equal content once the second one diverges', async () => {
    const { upload } = await pipeline();
    const a = await upload('incoming/a.txt', V1);
    const b = await upload('incoming/b.txt', V1);
    expect(b).toMatchObject({ status: 'duplicate' });
    expect(await upload('incoming/a.txt', V2)).toMatchObject({ status: 'notified', version: 2 });
    const bEdited = await upload('incoming/b.txt', V3);
    expect(bEdited).toMatchObject({ status: 'notified', version: 1 });
    expect(bEdited.status === 'notified' && a.status === 'notified' && bEdited.reportId !== a.reportId).toBe(true);
    // Each key goes on with its own report.
    expect(await upload('incoming/a.txt', V4)).toMatchObject({ status: 'notified', version: 3, reportId: a.status === 'notified' ? a.reportId : '' });
  });
});
