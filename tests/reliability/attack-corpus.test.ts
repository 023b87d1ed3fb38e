import { createAwsClients } from '../../shared/adapters/aws-clients';
import { DynamoReportRepository } from '../../shared/adapters/dynamo-report-repository';
import { AFTER_DECODE_RESERVE_MS, IsolatedDecoder } from '../../shared/app/decode-isolation';
import { FINAL_UPLOAD_STATUSES, reportTablePorts } from '../../shared/app/ports';
import { processUpload, type ProcessUploadDeps } from '../../shared/app/process-upload';
import { loadProvinceConfig } from '../../shared/config/province-config';
import { decodeLimitsForMemory, decoderHeapMb } from '../../shared/domain/decode';
import { withoutLoneSurrogates } from '../../shared/domain/truncate';
import { createReportsTable } from '../../shared/local/provision';
import { attackCorpus, type AttackFile } from '../../scripts/generate-attack-corpus';
import { CountingMetrics, MemoryObjectStore, MemoryPublisher, silentLog } from '../support/in-memory';
import { useDynalite } from '../support/dynalite';

/** The quick corpus runs against the limits of a small function, so small files overflow them. */
const MEMORY_MB = 256;
/** The decode deadline each file gets (the invocation's remaining time minus the reserve). */
const DEADLINE_MS = 4_000;
/** Deadline plus worker start, normalizing, storing, quarantining and notifying. */
const BUDGET_MS = DEADLINE_MS + 4_000;
/** Growth of this process's resident memory (the decode worker lives in it) over the whole run. */
const MAX_RSS_GROWTH_MB = 600;

jest.setTimeout(180_000);

const dynamoEndpoint = useDynalite();

describe('attack corpus (quick)', () => {
  let files: AttackFile[];
  let deps: ProcessUploadDeps;
  let objects: MemoryObjectStore;
  let publisher: MemoryPublisher;
  let repository: DynamoReportRepository;
  const decoder = new IsolatedDecoder({ heapMb: decoderHeapMb(MEMORY_MB) });
  let baseline = 0;
  let peak = 0;
  const sampler = setInterval(() => {
    peak = Math.max(peak, process.memoryUsage().rss);
  }, 25);

  beforeAll(async () => {
    files = await attackCorpus('quick');
    await createReportsTable({ dynamoEndpoint: dynamoEndpoint() }, 'attack');
    repository = new DynamoReportRepository(createAwsClients({ endpoint: dynamoEndpoint(), maxAttempts: 1 }).dynamo, 'attack');
    objects = new MemoryObjectStore();
    publisher = new MemoryPublisher();
    deps = {
      objects,
      ...reportTablePorts(repository),
      publisher,
      log: silentLog,
      metrics: new CountingMetrics(),
      config: loadProvinceConfig(),
      recordLocation: (id) => `https://reports.example/${id}`,
      decoder,
      decodeLimits: decodeLimitsForMemory(MEMORY_MB),
      remainingTimeMs: () => AFTER_DECODE_RESERVE_MS + DEADLINE_MS,
    };
    baseline = process.memoryUsage().rss;
    peak = baseline;
  });

  afterAll(async () => {
    clearInterval(sampler);
    await decoder.close();
  });

  it('is small on disk: every attack file under 1.3 MB (the fuzz classes include a multi-megabyte line on purpose)', () => {
    for (const file of files.filter((candidate) => !candidate.name.startsWith('fuzz-'))) expect({ file: file.name, small: file.bytes.length < 1.3 * 1024 * 1024 }).toEqual({ file: file.name, small: true });
  });

  it('covers every attack and every fuzz class', () => {
    const names = files.map((file) => file.name);
    for (const attack of ['docx-local-name-mismatch', 'docx-honest-bulk', 'pdf-flate-bomb', 'pdf-shared-stream', 'html-br-flood', 'html-hidden-units', 'text-emoji-at-cut', 'text-hostile-notice']) {
      expect(names.some((name) => name.startsWith(attack))).toBe(true);
    }
    expect(names.filter((name) => name.startsWith('fuzz-'))).toHaveLength(10);
  });

  it('ends every file in its final state within the budget, the process within its memory figure', async () => {
    const results: unknown[] = [];
    for (const [index, file] of files.entries()) {
      const key = `incoming/${file.name}`;
      objects.put(key, file.bytes);
      const started = Date.now();
      const outcome = await processUpload({ bucket: 'uploads', key, versionId: null, eTag: null, size: file.bytes.length, sequencer: (index + 1).toString(16).padStart(8, '0'), eventTime: null }, deps);
      const ms = Date.now() - started;
      const upload = await repository.getUpload('uploads', key);
      const matches =
        file.expect.end === 'final' ||
        (file.expect.end === 'notified' && outcome.status === 'notified') ||
        (file.expect.end === 'failed' && outcome.status === 'failed' && (file.expect.reasons.length === 0 || file.expect.reasons.includes(outcome.reason)));
      let hiddenLeaked: string[] = [];
      let wellFormed = true;
      if (outcome.status === 'notified') {
        const record = JSON.stringify(await repository.getVersion(outcome.reportId, outcome.version));
        hiddenLeaked = (file.mustNotContain ?? []).filter((text) => record.includes(text));
        wellFormed = withoutLoneSurrogates(record) === record;
      }
      results.push({ file: file.name, final: FINAL_UPLOAD_STATUSES.has(upload?.status ?? ''), matches, inBudget: ms < BUDGET_MS, hiddenLeaked, wellFormed, outcome: outcome.status, ms });
    }
    for (const result of results) {
      expect(result).toEqual(expect.objectContaining({ final: true, matches: true, inBudget: true, hiddenLeaked: [], wellFormed: true }));
    }
    expect((peak - baseline) / 1024 / 1024).toBeLessThan(MAX_RSS_GROWTH_MB);
  });

  it('quarantines and announces every failed file', () => {
    const failed = publisher.operations.map((operation) => operation.message.key);
    expect(objects.quarantined.map((entry) => `incoming/${entry.key.replace(/^incoming\//u, '')}`).sort()).toEqual([...failed].sort());
    expect(failed.length).toBeGreaterThanOrEqual(files.filter((file) => file.expect.end === 'failed').length);
  });
});
