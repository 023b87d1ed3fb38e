import type { DocumentDecoder } from '../../../shared/app/decode-isolation';
import { inProcessDecoder } from '../../../shared/app/in-process-decoder';
import { processUpload, type ProcessUploadDeps } from '../../../shared/app/process-upload';
import { loadProvinceConfig } from '../../../shared/config/province-config';
import type { UploadedObject } from '../../../shared/domain/s3-event';
import { memoryReportPorts, type MemoryUploadLedger } from '../../support/fakes';
import { CountingMetrics, MemoryObjectStore, MemoryPublisher, silentLog } from '../../support/in-memory';

const REPORT =
  'On January 11, 2024, the Standing Committee of Gia Loc District Party Committee held a conference to review Party building work in 2023 and deploy tasks for 2024.';

/** Starts reading, then dies the way a crashed or timed-out function does: nothing after it runs. */
const dyingDecoder: DocumentDecoder = {
  decode: async (_bytes, request) => {
    await request.onStart?.();
    throw new Error('simulated crash of the function while reading');
  },
};

async function setup(): Promise<{ deps: (decoder: DocumentDecoder, at: Date) => ProcessUploadDeps; objects: MemoryObjectStore; publisher: MemoryPublisher; uploads: MemoryUploadLedger }> {
  const ports = memoryReportPorts();
  const objects = new MemoryObjectStore();
  const publisher = new MemoryPublisher();
  const deps = (decoder: DocumentDecoder, at: Date): ProcessUploadDeps => ({
    objects,
    ...ports,
    publisher,
    log: silentLog,
    metrics: new CountingMetrics(),
    config: loadProvinceConfig(),
    recordLocation: (id) => id,
    decoder,
    clock: () => at,
  });
  return { deps, objects, publisher, uploads: ports.uploads };
}

const upload = (sequencer: string): UploadedObject => ({ bucket: 'uploads', key: 'incoming/bomb.txt', versionId: null, eTag: null, size: null, sequencer, eventTime: null });
const T0 = new Date('2024-01-12T03:00:00Z');
const later = (seconds: number): Date => new Date(T0.getTime() + seconds * 1000);

describe('poison messages', () => {
  it('reads the file once more after one attempt died while reading it, and fails it after a second, with quarantine and an operations notice', async () => {
    const { deps, objects, publisher, uploads } = await setup();
    objects.put('incoming/bomb.txt', REPORT);
    await expect(processUpload(upload('0A'), deps(dyingDecoder, T0))).rejects.toThrow(/simulated crash/u);
    expect((await uploads.getUpload('uploads', 'incoming/bomb.txt'))?.decoding).toEqual({ attempt: '0A', since: T0.toISOString(), deaths: 0 });
    // One death may be the batch's or the host's doing, not the file's: the next receive reads it again.
    await expect(processUpload(upload('0A'), deps(dyingDecoder, later(185)))).rejects.toThrow(/simulated crash/u);
    expect((await uploads.getUpload('uploads', 'incoming/bomb.txt'))?.decoding).toEqual({ attempt: '0A', since: later(185).toISOString(), deaths: 1 });
    expect(objects.quarantined).toEqual([]);
    const outcome = await processUpload(upload('0A'), deps(dyingDecoder, later(370)));
    expect(outcome).toMatchObject({ status: 'failed', reason: 'decode-crashed', detail: expect.stringMatching(/^2 attempts/u) });
    expect(objects.quarantined).toEqual([{ key: 'incoming/bomb.txt', reason: 'decode-crashed' }]);
    expect(publisher.operations[0]?.message).toMatchObject({ type: 'upload.failed', reason: 'decode-crashed' });
    expect((await uploads.getUpload('uploads', 'incoming/bomb.txt'))?.status).toBe('failed');
  });

  it('processes a valid file whose first attempt died while reading it (a batch that ran out of time)', async () => {
    const { deps, objects, uploads } = await setup();
    objects.put('incoming/bomb.txt', REPORT);
    await expect(processUpload(upload('0F'), deps(dyingDecoder, T0))).rejects.toThrow(/simulated crash/u);
    expect((await processUpload(upload('0F'), deps(inProcessDecoder, later(185)))).status).toBe('notified');
    expect(objects.quarantined).toEqual([]);
    expect((await uploads.getUpload('uploads', 'incoming/bomb.txt'))?.status).toBe('stored');
  });

  it('keeps the deaths counted before a mark young enough to be a live attempt elsewhere', async () => {
    const { deps, objects, uploads } = await setup();
    objects.put('incoming/bomb.txt', REPORT);
    await expect(processUpload(upload('0G'), deps(dyingDecoder, T0))).rejects.toThrow(/simulated crash/u);
    await expect(processUpload(upload('0G'), deps(dyingDecoder, later(185)))).rejects.toThrow(/simulated crash/u);
    // A duplicate receive while the second attempt may still be running: the one death stays counted.
    await expect(processUpload(upload('0G'), deps(dyingDecoder, later(195)))).rejects.toThrow(/simulated crash/u);
    expect((await uploads.getUpload('uploads', 'incoming/bomb.txt'))?.decoding).toMatchObject({ deaths: 1 });
    expect(await processUpload(upload('0G'), deps(dyingDecoder, later(400)))).toMatchObject({ status: 'failed', reason: 'decode-crashed' });
  });

  it('retries normally when the mark is young enough to be a live attempt elsewhere', async () => {
    const { deps, objects } = await setup();
    objects.put('incoming/bomb.txt', REPORT);
    await expect(processUpload(upload('0B'), deps(dyingDecoder, T0))).rejects.toThrow(/simulated crash/u);
    expect((await processUpload(upload('0B'), deps(inProcessDecoder, later(10)))).status).toBe('notified');
  });

  it('does not hold a dead attempt against a later write of the same key', async () => {
    const { deps, objects } = await setup();
    objects.put('incoming/bomb.txt', REPORT);
    await expect(processUpload(upload('0C'), deps(dyingDecoder, T0))).rejects.toThrow(/simulated crash/u);
    expect((await processUpload(upload('0D'), deps(inProcessDecoder, later(300)))).status).toBe('notified');
  });

  it('leaves a finished upload alone when its event comes again much later', async () => {
    const { deps, objects, uploads } = await setup();
    objects.put('incoming/bomb.txt', REPORT);
    expect((await processUpload(upload('0E'), deps(inProcessDecoder, T0))).status).toBe('notified');
    expect((await uploads.getUpload('uploads', 'incoming/bomb.txt'))?.decoding).toMatchObject({ attempt: '0E' });
    expect(await processUpload(upload('0E'), deps(dyingDecoder, later(600)))).toEqual({ status: 'already-processed' });
  });
});
