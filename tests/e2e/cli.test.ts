import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { CreateBucketCommand, PutObjectCommand } from '@aws-sdk/client-s3';
import { GetQueueAttributesCommand, SendMessageCommand } from '@aws-sdk/client-sqs';
import { DynamoReportRepository } from '../../shared/adapters/dynamo-report-repository';
import { buildS3EventBody } from '../../shared/domain/s3-event';
import { cliJson, runCli } from '../support/cli-process';
import { ROOT, eventually, fixture, startPipelineProcess, type PipelineProcess } from '../support/pipeline-process';
import { FINAL_UPLOAD_STATUSES } from '../../shared/app/ports';

jest.setTimeout(180_000);


interface UploadJson {
  uploads: { file: string; key: string; status: string; reportId: string | null; reason: string | null; quarantineKey: string | null }[];
  counts: Record<string, number>;
}
interface ListRow {
  reportId: string;
  eventDate: string | null;
  scope: string;
  districts: string[];
  status: string;
}

const CORPUS = fixture('corpus');
const corpusFiles = readdirSync(CORPUS).filter((name) => name.endsWith('.txt')).sort();
const GIA_LOC_CONGRESS = 'vi-05-gia-loc-dai-hoi-thi-dua.txt';

describe('reports CLI against a local run', () => {
  let pipeline: PipelineProcess;
  let stateFile: string;
  let corpus: UploadJson;
  const reportOf = (file: string) => corpus.uploads.find((upload) => upload.key === `incoming/${file}`)?.reportId ?? '';

  beforeAll(async () => {
    // Builds the CLI bundle once, before the runs below could race to build it.
    await runCli(['--help'], null);
    pipeline = await startPipelineProcess();
    stateFile = join(mkdtempSync(join(tmpdir(), 'reports-e2e-')), 'endpoint.json');
    writeFileSync(stateFile, JSON.stringify(pipeline.info));
  });

  afterAll(async () => {
    await pipeline?.stop();
  });

  it('uploads the corpus folder with progress on stderr and a summary of final states', async () => {
    const result = await runCli(['upload', CORPUS, '--concurrency', '6', '--received-on', '2024-06-01', '--json'], stateFile);
    expect(result.code).toBe(0);
    corpus = cliJson<UploadJson>(result);
    expect(corpus.uploads).toHaveLength(corpusFiles.length);
    expect(corpus.counts).toEqual({ stored: corpusFiles.length });
    expect(corpus.uploads.every((upload) => /^r-[0-9a-f]{20}$/.test(upload.reportId ?? ''))).toBe(true);
    // Not a terminal here: one plain line per step, no carriage returns.
    expect(result.stderr).toContain(`Uploading ${corpusFiles.length}/${corpusFiles.length}`);
    expect(result.stderr).toContain(`Processing ${corpusFiles.length}/${corpusFiles.length}`);
    expect(result.stderr).not.toContain('\r');
  });

  it('reports an unchanged re-upload as a duplicate in the table summary', async () => {
    // A re-upload is a duplicate of a report already notified: wait until both first
    // uploads' notices went out (an upload is final once stored; its notice follows).
    for (const file of [GIA_LOC_CONGRESS, 'en-04-chi-linh-council-session.txt']) {
      await eventually(async () => {
        const shown = await runCli(['show', reportOf(file), '--json'], stateFile);
        return shown.code === 0 && (JSON.parse(shown.stdout) as { status: string }).status === 'notified' ? true : null;
      }, 60_000, `the notice of ${file}`);
    }
    // Received on the same day as the first upload, so the record is the same one too.
    const result = await runCli(['upload', join(CORPUS, GIA_LOC_CONGRESS), join(CORPUS, 'en-04-chi-linh-council-session.txt'), '--received-on', '2024-06-01'], stateFile);
    expect(result.stderr).toContain('Uploading 2/2');
    expect(result.code).toBe(0);
    expect(result.stdout).toContain('2 file(s): 2 duplicate');
    expect(result.stdout).toMatch(/^duplicate\s+incoming\/vi-05-gia-loc-dai-hoi-thi-dua\.txt\s+r-/m);
    expect(result.stdout).toContain(reportOf(GIA_LOC_CONGRESS));
  });

  it('lists the reports concerning a district, newest first, from the lookup index', async () => {
    const result = await runCli(['list', '--district', 'gia-loc', '--json', '--explain'], stateFile);
    expect(result.code).toBe(0);
    const rows = cliJson<ListRow[]>(result);
    expect(rows.map((row) => row.reportId)).toContain(reportOf(GIA_LOC_CONGRESS));
    expect(rows.every((row) => row.scope === 'province' || row.districts.includes('gia-loc'))).toBe(true);
    const dates = rows.map((row) => row.eventDate ?? '');
    expect(dates).toEqual([...dates].sort().reverse());
    expect(result.stderr).toContain('lookupPk = UNIT#gia-loc');

    const table = await runCli(['list', '--district', 'gia-loc'], stateFile);
    expect(table.stdout.split('\n')[0]).toMatch(/^DATE\s+REPORT\s+STATUS\s+SCOPE\s+UNITS\s+TITLE$/);
    expect(table.stdout).toContain(reportOf(GIA_LOC_CONGRESS));
  });

  it('lists the reports citing a document, whatever the case of the code', async () => {
    const result = await runCli(['list', '--document', '41-ct/tw', '--json'], stateFile);
    expect(result.code).toBe(0);
    expect(cliJson<ListRow[]>(result).map((row) => row.reportId)).toContain(reportOf(GIA_LOC_CONGRESS));
  });

  it('finds a person without diacritics and combines filters', async () => {
    const person = await runCli(['list', '--person', 'vu dinh tien', '--json'], stateFile);
    expect(cliJson<ListRow[]>(person).map((row) => row.reportId)).toEqual([reportOf(GIA_LOC_CONGRESS)]);
    const combined = await runCli(['list', '--document', '41-CT/TW', '--district', 'chi-linh', '--json'], stateFile);
    expect(cliJson<ListRow[]>(combined).map((row) => row.reportId)).not.toContain(reportOf(GIA_LOC_CONGRESS));
  });

  it('shows one report as a readable summary and as the full record', async () => {
    const id = reportOf(GIA_LOC_CONGRESS);
    const text = await runCli(['show', id], stateFile);
    expect(text.code).toBe(0);
    for (const heading of ['Report', 'Organizer', 'People and roles', 'Documents cited', 'Awards', 'Tasks', 'Topics', 'Versions', 'Sources', 'Status history']) {
      expect(text.stdout).toContain(heading);
    }
    expect(text.stdout).toContain('41-CT/TW');
    expect(text.stdout).toMatch(/notified v1/);
    const full = cliJson<{ reportId: string; record: { reportId: string; districts: string[] } }>(await runCli(['show', id, '--json'], stateFile));
    expect(full.record.reportId).toBe(id);
    expect(full.record.districts).toContain('gia-loc');
    const byKey = cliJson<{ reportId: string }>(await runCli(['show', GIA_LOC_CONGRESS, '--json'], stateFile));
    expect(byKey.reportId).toBe(id);
  });

  it('shows a corrupt upload among the failed, quarantined uploads', async () => {
    const upload = await runCli(['upload', fixture('formats', 'corrupt.pdf'), '--json'], stateFile);
    expect(upload.code).toBe(1);
    expect(cliJson<UploadJson>(upload).uploads[0]).toMatchObject({ key: 'incoming/corrupt.pdf', status: 'failed', quarantineKey: 'quarantine/corrupt.pdf' });

    const failed = await runCli(['failed', '--json'], stateFile);
    expect(failed.code).toBe(0);
    const rows = cliJson<{ key: string; reason: string; detail: string; quarantineKey: string; failedAt: string }[]>(failed);
    const row = rows.find((candidate) => candidate.key === 'incoming/corrupt.pdf');
    expect(row).toMatchObject({ quarantineKey: 'quarantine/corrupt.pdf' });
    expect(row?.reason).toBeTruthy();
    expect(row?.failedAt).toMatch(/^\d{4}-\d{2}-\d{2}T/);
    const table = await runCli(['failed'], stateFile);
    expect(table.stdout).toMatch(/incoming\/corrupt\.pdf\s+\S+.*quarantine\/corrupt\.pdf/);
  });

  it('redrives a dead-lettered upload back to the parser, after a dry run that moves nothing', async () => {
    // The object sits in a bucket without upload notifications, so only the redriven
    // message can bring it to the parser.
    const { s3, sqs } = pipeline.clients;
    const bucket = `${pipeline.info.resources.bucket}-dlq-test`;
    const key = 'incoming/redriven gia-loc review.txt';
    const body = readFileSync(join(ROOT, 'samples/gia-loc-2024-03-08-party-building-review.en.txt'));
    await s3.send(new CreateBucketCommand({ Bucket: bucket }));
    await s3.send(new PutObjectCommand({ Bucket: bucket, Key: key, Body: body }));
    const dlq = pipeline.info.resources.ingestDeadLetterQueueUrl;
    await sqs.send(
      new SendMessageCommand({
        QueueUrl: dlq,
        MessageBody: buildS3EventBody([{ bucket, key, size: body.length, eTag: 'e2e', sequencer: '00000000000000A1', eventTime: new Date().toISOString() }]),
      }),
    );

    const dryRun = await runCli(['redrive', '--dry-run', '--json'], stateFile);
    expect(dryRun.code).toBe(0);
    const listed = cliJson<{ wouldMove: number; moved: number; messages: { summary: string }[] }>(dryRun);
    expect(listed).toMatchObject({ wouldMove: 1, moved: 0 });
    expect(listed.messages[0]?.summary).toBe(`s3://${bucket}/${key}`);
    const waiting = await sqs.send(new GetQueueAttributesCommand({ QueueUrl: dlq, AttributeNames: ['ApproximateNumberOfMessages'] }));
    expect(waiting.Attributes?.ApproximateNumberOfMessages).toBe('1');

    const moved = await runCli(['redrive'], stateFile);
    expect(moved.code).toBe(0);
    expect(moved.stdout).toContain('Moved 1 message(s)');
    expect(moved.stderr).toContain('Redriving 1/1');

    const repository = new DynamoReportRepository(pipeline.clients.dynamo, pipeline.info.resources.tableName);
    const state = await eventually(async () => {
      const upload = await repository.getUpload(bucket, key);
      return upload && FINAL_UPLOAD_STATUSES.has(upload.status) ? upload : null;
    }, 60_000, 'the redriven upload');
    expect(state.status).toBe('stored');
    const shown = cliJson<{ sources: string[] }>(await runCli(['show', state.reportId ?? '', '--json'], stateFile));
    expect(shown.sources).toContain(`s3://${bucket}/${key}`);
    const empty = await runCli(['redrive'], stateFile);
    expect(empty.stdout).toContain('nothing to redrive');
  });

  it('watches the notices one office receives until Ctrl-C', async () => {
    const env: NodeJS.ProcessEnv = { ...process.env, REPORTS_STATE_FILE: stateFile };
    const watch = spawn(process.execPath, [join(ROOT, 'bin/reports.cjs'), 'watch', '--office', 'gia-loc', '--json'], {
      cwd: ROOT,
      env,
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stdout = '';
    let stderr = '';
    watch.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
    watch.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    const exited = new Promise<number>((resolve) => watch.on('close', (code) => resolve(code ?? -1)));
    try {
      await eventually(async () => (stderr.includes('Watching office gia-loc') ? true : null), 30_000, 'watch to start');
      const dir = mkdtempSync(join(tmpdir(), 'reports-e2e-'));
      const file = join(dir, 'gia-loc-watched.txt');
      const text = readFileSync(join(ROOT, 'samples/gia-loc-2024-03-08-party-building-review.en.txt'), 'utf8');
      writeFileSync(file, text.replace('On the morning of March 8', 'On the morning of March 12'));
      const upload = await runCli(['upload', file, '--json'], stateFile);
      const reportId = cliJson<UploadJson>(upload).uploads[0]?.reportId ?? '';
      // The office queue also holds the notices of the earlier tests: watch prints those too.
      await eventually(async () => (stdout.includes(reportId) ? true : null), 30_000, 'the notice of the new report');
      watch.kill('SIGINT');
      expect(await exited).toBe(0);
      const notices = stdout.trim().split('\n').map((line) => JSON.parse(line) as { officeId: string; type: string; notificationId: string; reportId: string });
      expect(notices.every((notice) => notice.officeId === 'gia-loc')).toBe(true);
      expect(notices.find((notice) => notice.reportId === reportId)).toMatchObject({ type: 'report.created', notificationId: `${reportId}:v1` });
    } finally {
      if (watch.exitCode === null) watch.kill('SIGKILL');
    }
  });

  it('says how to start a pipeline when the local run is gone', async () => {
    const gone = join(mkdtempSync(join(tmpdir(), 'reports-e2e-')), 'endpoint.json');
    writeFileSync(gone, JSON.stringify({ ...pipeline.info, pid: 2 ** 22 + 12345 }));
    const result = await runCli(['list'], gone);
    expect(result.code).toBe(1);
    expect(result.stderr).toContain('no longer running');
    expect(result.stderr).toContain('npm start');
    expect(result.stderr).toContain('--stack');
  });

  it('lists the offices and their filter policies without a pipeline', async () => {
    const result = await runCli(['offices', '--json'], null);
    expect(result.code).toBe(0);
    const offices = cliJson<{ offices: { id: string; filterPolicy: Record<string, string[]> }[] }>(result).offices;
    expect(offices.find((office) => office.id === 'gia-loc')?.filterPolicy).toEqual({ audience: ['gia-loc'] });
    expect(offices.find((office) => office.id === 'province-archive')?.filterPolicy).toEqual({ province: ['hai-duong'] });
  });
});
