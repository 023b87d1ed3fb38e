import { AFTER_DECODE_RESERVE_MS, decodeDeadlineMs, IsolatedDecoder, MIN_DECODE_MS } from '../../../shared/app/decode-isolation';
import { processUpload } from '../../../shared/app/process-upload';
import { loadProvinceConfig } from '../../../shared/config/province-config';
import { DEFAULT_DECODE_LIMITS, type DecodeLimits } from '../../../shared/domain/decode';
import { InvocationTimeError } from '../../../shared/errors';
import { craftedZip, docxParts, documentXml } from '../../../scripts/attack-zip';
import { memoryReportPorts } from '../../support/fakes';
import { CountingMetrics, MemoryObjectStore, MemoryPublisher, silentLog } from '../../support/in-memory';

const REPORT =
  'On January 11, 2024, the Standing Committee of Hai Duong Provincial Party Committee held a conference to review Party building work in 2023 and deploy tasks for 2024.';
/** Many thousands of tags that htmlparser2 and the article walk chew on synchronously. */
const slowHtml = (): Uint8Array => new TextEncoder().encode(`<html><body><article>${'<p>x<b>y</b></p>'.repeat(400_000)}</article></body></html>`);
/** Honest paragraphs that mammoth expands far beyond a small heap. */
const heavyDocx = (): Uint8Array =>
  craftedZip(docxParts(Buffer.from(documentXml(Array.from({ length: 150_000 }, (_, i) => `The conference reviewed task number ${i} of the year.`)))));
const open: DecodeLimits = { ...DEFAULT_DECODE_LIMITS, maxHtmlElements: 1e9, maxMarkupBytes: 1e9, maxDecompressedBytes: 1e9, maxTextChars: 1e9 };

describe('decode deadline', () => {
  it('is the budget when the invocation has time to spare', () => {
    expect(decodeDeadlineMs(20_000, 29_000)).toBe(20_000);
    expect(decodeDeadlineMs(20_000, undefined)).toBe(20_000);
  });

  it('shrinks to what the invocation has left after the later steps', () => {
    expect(decodeDeadlineMs(20_000, 12_000)).toBe(12_000 - AFTER_DECODE_RESERVE_MS);
  });

  it('defers the file to a later invocation when almost no time is left', () => {
    expect(() => decodeDeadlineMs(20_000, AFTER_DECODE_RESERVE_MS + 500)).toThrow(InvocationTimeError);
  });
});

describe('isolated decoder', () => {
  const decoder = new IsolatedDecoder({ heapMb: 96 });
  afterAll(() => decoder.close());

  it('decodes in a worker thread', async () => {
    const decoded = await decoder.decode(new TextEncoder().encode(REPORT), { fileName: 'a.txt', limits: DEFAULT_DECODE_LIMITS, deadlineMs: () => 20_000 });
    expect(decoded).toMatchObject({ format: 'txt', text: REPORT });
  });

  it('kills a decode that runs past its deadline, even while the library works synchronously', async () => {
    // A heap roomy enough that the deadline, not the heap, ends this decode: on a fast machine the tags fill
    // the small heap of the other tests within the deadline, which is the heap test's case, not this one's.
    const roomy = new IsolatedDecoder({ heapMb: 1024 });
    try {
      await roomy.decode(new TextEncoder().encode(REPORT), { fileName: 'warm.txt', limits: DEFAULT_DECODE_LIMITS, deadlineMs: () => 20_000 });
      const started = Date.now();
      await expect(roomy.decode(slowHtml(), { fileName: 'slow.html', limits: open, deadlineMs: () => 400 })).rejects.toMatchObject({ reason: 'too-slow' });
      expect(Date.now() - started).toBeLessThan(1500);
    } finally {
      await roomy.close();
    }
  });

  it('ends a decode that exhausts the heap as too-large', async () => {
    await expect(decoder.decode(heavyDocx(), { fileName: 'heavy.docx', limits: open, deadlineMs: () => 60_000 })).rejects.toMatchObject({
      reason: 'too-large',
      detail: expect.stringMatching(/96 MB/u),
    });
  }, 30_000);

  it('decodes the next file in a fresh worker after one was killed', async () => {
    await expect(decoder.decode(slowHtml(), { fileName: 'slow.html', limits: open, deadlineMs: () => 300 })).rejects.toMatchObject({ reason: 'too-slow' });
    const decoded = await decoder.decode(new TextEncoder().encode(REPORT), { fileName: 'b.txt', limits: DEFAULT_DECODE_LIMITS, deadlineMs: () => 20_000 });
    expect(decoded.text).toBe(REPORT);
  });
});

describe('processUpload with the isolated decoder', () => {
  // This file is to overrun the deadline, not the heap: on a loaded machine the deadline's
  // timer fires late while the worker goes on allocating, and 384 MB ran out first.
  const decoder = new IsolatedDecoder({ heapMb: 2048 });
  afterAll(() => decoder.close());

  it('fails a file that overruns, quarantines it and tells operations', async () => {
    const ports = memoryReportPorts();
    const objects = new MemoryObjectStore();
    const publisher = new MemoryPublisher();
    objects.put('incoming/slow.html', new TextEncoder().encode(`<html><body><article>${'<p>x<b>y</b></p>'.repeat(1_500_000)}</article></body></html>`));
    const outcome = await processUpload(
      { bucket: 'uploads', key: 'incoming/slow.html', versionId: null, eTag: null, size: null, sequencer: '01', eventTime: null },
      {
        objects,
        ...ports,
        publisher,
        log: silentLog,
        metrics: new CountingMetrics(),
        config: loadProvinceConfig(),
        recordLocation: (id) => id,
        decoder,
        decodeLimits: open,
        // The decode gets the shortest deadline there is.
        remainingTimeMs: () => AFTER_DECODE_RESERVE_MS + MIN_DECODE_MS,
      },
    );
    expect(outcome).toMatchObject({ status: 'failed', reason: 'too-slow' });
    expect(objects.quarantined).toEqual([{ key: 'incoming/slow.html', reason: 'too-slow' }]);
    expect(publisher.operations[0]?.message).toMatchObject({ type: 'upload.failed', reason: 'too-slow' });
    expect((await ports.uploads.getUpload('uploads', 'incoming/slow.html'))?.status).toBe('failed');
  });
});

describe('a worker that fails between jobs', () => {
  // Answers its job, then fills its heap until it runs out of memory, with no job waiting.
  const exhaustingAfterReply = {
    eval: true,
    filename: `
      const { parentPort } = require('node:worker_threads');
      parentPort.on('message', (job) => {
        parentPort.postMessage({ id: job.id, ok: true, decoded: { format: 'txt', encoding: 'utf-8', text: 'decoded', warnings: [] } });
        const kept = [];
        const grow = () => { for (let i = 0; i < 200; i++) kept.push(new Array(10_000).fill(i)); setImmediate(grow); };
        setImmediate(grow);
      });
    `,
  };

  it('does not end the process, and the next file gets a new worker', async () => {
    const decoder = new IsolatedDecoder({ heapMb: 32, script: exhaustingAfterReply });
    const request = { fileName: 'a.txt', limits: DEFAULT_DECODE_LIMITS, deadlineMs: () => 10_000 };
    await expect(decoder.decode(new TextEncoder().encode(REPORT), request)).resolves.toMatchObject({ text: 'decoded' });
    // Time for the worker to reach its 32 MB heap limit and end: an 'error' event that no
    // listener takes would end this process here.
    await new Promise((resolve) => setTimeout(resolve, 2000));
    await expect(decoder.decode(new TextEncoder().encode(REPORT), request)).resolves.toMatchObject({ text: 'decoded' });
    await decoder.close();
  });
});
