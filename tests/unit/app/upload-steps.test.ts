import { readFileSync } from 'node:fs';
import type { FetchedObject } from '../../../shared/app/ports';
import {
  begin,
  decisionOn,
  identify,
  isFinished,
  normalize,
  startRun,
  storeVersion,
  unlessSuperseded,
  type ProcessUploadDeps,
} from '../../../shared/app/upload-steps';
import { loadProvinceConfig } from '../../../shared/config/province-config';
import type { UploadedObject } from '../../../shared/domain/s3-event';
import { memoryReportPorts, type MemoryReportPorts } from '../../support/fakes';
import { inProcessDecoder } from '../../../shared/app/in-process-decoder';
import { CountingMetrics, MemoryObjectStore, MemoryPublisher, silentLog } from '../../support/in-memory';

const config = loadProvinceConfig();
const DISTRICT = readFileSync(`${__dirname}/../../../samples/gia-loc-2024-03-08-party-building-review.en.txt`, 'utf8');
const AT = new Date('2024-03-09T01:00:00.000Z');

function setup(): { deps: ProcessUploadDeps; ports: MemoryReportPorts; publisher: MemoryPublisher } {
  const ports = memoryReportPorts();
  const publisher = new MemoryPublisher();
  const deps: ProcessUploadDeps = {
    objects: new MemoryObjectStore(),
    ...ports,
    publisher,
    log: silentLog,
    metrics: new CountingMetrics(),
    config,
    recordLocation: (id) => id,
    decoder: inProcessDecoder,
    clock: () => AT,
  };
  return { deps, ports, publisher };
}

const event = (key: string, sequencer = '0A'): UploadedObject => ({ bucket: 'uploads', key, versionId: null, eTag: null, size: null, sequencer, eventTime: null });

function fetchedOf(text: string): FetchedObject {
  const bytes = new TextEncoder().encode(text);
  return { bytes, size: bytes.byteLength, versionId: null, eTag: null, lastModified: AT };
}

/** The text as the normalize step reads it, without going through a decoder. */
const parsedOf = (deps: ProcessUploadDeps, key: string, text: string) =>
  normalize(startRun(event(key), deps), fetchedOf(text), { text, format: 'txt', encoding: 'utf-8' });

describe('the steps of processing an upload', () => {
  it('begin hands on the state the key had before, and settles a finished event as already processed', async () => {
    const { deps, ports } = setup();
    const first = await begin(startRun(event('incoming/a.txt'), deps));
    expect(first).toEqual({ previous: null });
    await ports.uploads.finishUpload(event('incoming/a.txt'), { status: 'stored', reportId: 'r-1' }, AT.toISOString());
    expect(await begin(startRun(event('incoming/a.txt'), deps))).toEqual({ finished: { status: 'already-processed' } });
    const next = await begin(startRun(event('incoming/a.txt', '0B'), deps));
    expect(isFinished(next) ? null : next.previous).toMatchObject({ status: 'stored', reportId: 'r-1' });
  });

  it('identify gives new content under a key the report that follows the key, and records the upload as parsed', async () => {
    const { deps, ports } = setup();
    const run = startRun(event('incoming/a.txt'), deps);
    const v1 = parsedOf(deps, 'incoming/a.txt', DISTRICT);
    const first = await identify(run, null, v1.record);
    expect(first).toEqual({ reportId: v1.record.reportId, keyChanged: false, followsKey: false });
    await storeVersion(run, first, v1, fetchedOf(DISTRICT));

    const v2 = parsedOf(deps, 'incoming/a.txt', DISTRICT.replace('March 8', 'March 9'));
    expect(v2.record.reportId).not.toBe(v1.record.reportId);
    const previous = await ports.uploads.getUpload('uploads', 'incoming/a.txt');
    const second = await identify(run, previous, v2.record);
    expect(second).toEqual({ reportId: v1.record.reportId, keyChanged: true, followsKey: true });
    expect(await ports.uploads.getUpload('uploads', 'incoming/a.txt')).toMatchObject({ status: 'parsed', reportId: v1.record.reportId, contentHash: v2.record.contentHash });
  });

  it('storeVersion decides on and stores new content, and joins content stored before without deciding again', async () => {
    const { deps, ports } = setup();
    const parsed = parsedOf(deps, 'incoming/a.txt', DISTRICT);
    const runA = startRun(event('incoming/a.txt'), deps);
    const stored = await storeVersion(runA, await identify(runA, null, parsed.record), parsed, fetchedOf(DISTRICT));
    expect(stored).toMatchObject({ version: 1, storedHere: true, decision: { action: 'publish' } });

    const runB = startRun(event('incoming/b.txt'), deps);
    const joined = await storeVersion(runB, await identify(runB, null, parsed.record), parsed, fetchedOf(DISTRICT));
    expect(joined).toMatchObject({ version: 1, storedHere: false, decision: null });
    expect((await ports.reports.getReport(parsed.record.reportId))?.sources).toEqual(['s3://uploads/incoming/a.txt', 's3://uploads/incoming/b.txt']);
    // Joined and not yet published: the decision is made on the version as stored.
    expect(await decisionOn(runB, joined, parsed.assessment)).toMatchObject({ action: 'publish', audience: stored.decision?.audience });
  });

  it('a version already published settles as a duplicate; one the report moved on from as superseded', async () => {
    const { deps, ports } = setup();
    const parsed = parsedOf(deps, 'incoming/a.txt', DISTRICT);
    const run = startRun(event('incoming/a.txt'), deps);
    const placed = await storeVersion(run, await identify(run, null, parsed.record), parsed, fetchedOf(DISTRICT));
    await ports.leases.markNotified(placed.reportId, 1, 'msg-1', AT.toISOString());
    const again = { ...placed, decision: null, state: (await ports.reports.getReport(placed.reportId))! };
    expect(await decisionOn(run, again, parsed.assessment)).toEqual({ finished: { status: 'duplicate', reportId: placed.reportId, version: 1 } });

    const movedOn = { ...placed, state: { ...placed.state, version: 2 } };
    expect(await unlessSuperseded(run, movedOn)).toEqual({ finished: { status: 'superseded', reportId: placed.reportId, version: 1 } });
    expect((await ports.uploads.getUpload('uploads', 'incoming/a.txt'))?.status).toBe('superseded');
    expect(await unlessSuperseded(run, placed)).toBe(placed);
  });

  it('normalize records where the report came from, with the address an HTML page gave, and reads the province from it', () => {
    const { deps } = setup();
    const text = 'Kỳ họp HĐND tỉnh\nSáng 28/5/2024, HĐND tỉnh khai mạc kỳ họp thứ 12.';
    const run = startRun(event('incoming/ky-hop.html'), deps);
    const plain = normalize(run, fetchedOf(text), { text, format: 'html', encoding: 'utf-8' }).record;
    expect(plain.source).toEqual({ bucket: 'uploads', key: 'incoming/ky-hop.html', versionId: null, size: fetchedOf(text).size, format: 'html', encoding: 'utf-8' });
    expect(plain.province).toBeNull();
    const pageAddress = 'https://baotayninh.vn/khai-mac-ky-hop-thu-12.html';
    const addressed = normalize(run, fetchedOf(text), { text, format: 'html', encoding: 'utf-8', pageAddress }).record;
    expect(addressed.source?.pageAddress).toBe(pageAddress);
    expect(addressed.province).toBe('Tay Ninh');
  });
});
