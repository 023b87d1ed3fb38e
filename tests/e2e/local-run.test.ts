import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PutObjectCommand } from '@aws-sdk/client-s3';
import { createAwsClients } from '../../shared/adapters/aws-clients';
import type { LocalEndpointInfo } from '../../shared/local/local-pipeline';
import { cliEnvironment, runCli } from '../support/cli-process';
import { ROOT, eventually } from '../support/pipeline-process';

jest.setTimeout(240_000);

/** A local run starts emulators before its first line: it gets longer than a plain command. */
const LOCAL_RUN_TIMEOUT_MS = 170_000;

const readInfo = (path: string) => JSON.parse(readFileSync(path, 'utf8')) as LocalEndpointInfo;
const SAMPLE = join(ROOT, 'samples/gia-loc-2024-03-08-party-building-review.en.txt');
const CORRUPT = join(ROOT, 'tests/fixtures/formats/corrupt.pdf');

describe('the long local run (npm start)', () => {
  const dir = mkdtempSync(join(tmpdir(), 'reports-run-'));
  const stateFile = join(dir, 'endpoint.json');
  let run: ChildProcess;
  let stdout = '';
  let stderr = '';
  let info: LocalEndpointInfo;

  beforeAll(async () => {
    // Builds the CLI bundle before the runs below could race to build it.
    await runCli(['--help'], null, LOCAL_RUN_TIMEOUT_MS);
    run = spawn(process.execPath, [join(ROOT, 'bin/reports.cjs'), 'local', '--no-samples', '--port', '0', '--state-file', stateFile], {
      cwd: ROOT,
      // The stack's visibility timeout (185 s) stays: a copy that meets its twin in progress
      // is brought back within seconds by the parser itself.
      env: cliEnvironment(null),
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    run.stdout?.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
    run.stderr?.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    await eventually(async () => (existsSync(stateFile) ? true : null), 90_000, `the run's endpoints file\n${stdout}\n${stderr}`);
    info = readInfo(stateFile);
  });

  afterAll(async () => {
    if (run && run.exitCode === null) {
      const exited = new Promise((resolve) => run.once('exit', resolve));
      run.kill('SIGTERM');
      await exited;
    }
  });

  it('records that it displays the notices itself', () => {
    expect(info.pid).toBe(run.pid);
    expect(info.displaysNotices).toBe(true);
  });

  it('prints one readable line per event (stored, notified, duplicate, held, failed) and no JSON logs', async () => {
    const clients = createAwsClients({ region: info.region, endpoint: info.endpoint, dynamoEndpoint: info.dynamoEndpoint });
    const body = readFileSync(SAMPLE);
    // The same content under two keys at once: one is stored, the other is its duplicate.
    await Promise.all(
      ['incoming/first.txt', 'incoming/second.txt'].map((key) => clients.s3.send(new PutObjectCommand({ Bucket: info.resources.bucket, Key: key, Body: body }))),
    );
    await clients.s3.send(new PutObjectCommand({ Bucket: info.resources.bucket, Key: 'incoming/corrupt.pdf', Body: readFileSync(CORRUPT) }));
    await clients.s3.send(new PutObjectCommand({ Bucket: info.resources.bucket, Key: 'incoming/hello.txt', Body: 'hello world\n' }));
    await eventually(
      async () => (/^duplicate /m.test(stdout) && /^stored /m.test(stdout) && /^notified /m.test(stdout) && /^failed /m.test(stdout) && /^held /m.test(stdout) ? true : null),
      90_000,
      `the event lines\n${stdout}\n${stderr}`,
    );
    expect(stdout).toMatch(/^held\s+incoming\/hello\.txt as r-[0-9a-f]{20}, sent to no office: [a-z-]+.* \(reports review\)$/m);
    expect(stdout).toMatch(/^failed\s+incoming\/corrupt\.pdf: corrupt-pdf - .* \(quarantined as quarantine\/corrupt\.pdf\)$/m);
    const stored = /^stored\s+incoming\/(first|second)\.txt as (r-[0-9a-f]+)$/m.exec(stdout);
    expect(stored).not.toBeNull();
    const other = stored?.[1] === 'first' ? 'second' : 'first';
    expect(stdout).toMatch(new RegExp(`^duplicate incoming/${other}\\.txt: same content as ${stored?.[2] ?? ''}`, 'm'));
    expect(stdout).toMatch(new RegExp(`^notified\\s+${stored?.[2] ?? ''}:v1 \\(new\\) to \\d+ office\\(s\\): .*gia-loc`, 'm'));
    const output = `${stdout}\n${stderr}`;
    expect(output).not.toContain('ConcurrentProcessingError');
    expect(output).not.toMatch(/^\{/m);
    clients.s3.destroy();
  });

  it('says when an upload is outside incoming/ and so ignored', async () => {
    const clients = createAwsClients({ region: info.region, endpoint: info.endpoint, dynamoEndpoint: info.dynamoEndpoint });
    for (const key of ['Incoming/x.txt', 'root.txt', 'incomingx.txt']) {
      await clients.s3.send(new PutObjectCommand({ Bucket: info.resources.bucket, Key: key, Body: 'text' }));
    }
    const bucket = info.resources.bucket;
    await eventually(async () => (stderr.includes(`ignored s3://${bucket}/incomingx.txt`) ? true : null), 30_000, `the ignore warnings\n${stderr}`);
    expect(stderr).toContain(`ignored s3://${bucket}/Incoming/x.txt: only keys under incoming/ are processed`);
    expect(stderr).toContain(`ignored s3://${bucket}/root.txt: only keys under incoming/ are processed`);
    clients.s3.destroy();
  });

  it('refuses `reports watch` beside it, which would take its notices', async () => {
    const result = await runCli(['watch'], stateFile, LOCAL_RUN_TIMEOUT_MS);
    expect(result.code).toBe(1);
    expect(result.stderr).toContain('prints the notices itself');
    expect(result.stderr).toContain('--headless');
  });

  it('leaves its endpoints file to it when a one-shot run goes beside it', async () => {
    const before = readFileSync(stateFile, 'utf8');
    const once = await runCli(['local', '--once', '--json', SAMPLE], stateFile, LOCAL_RUN_TIMEOUT_MS);
    expect(once.code).toBe(0);
    expect(readFileSync(stateFile, 'utf8')).toBe(before);
    const list = await runCli(['list', '--json'], stateFile, LOCAL_RUN_TIMEOUT_MS);
    expect(list.code).toBe(0);
  });

  it('makes a second long run on the same endpoints file refuse, naming the live run', async () => {
    const second = await runCli(['local', '--no-samples', '--port', '0', '--state-file', stateFile], null, 60_000);
    expect(second.code).toBe(1);
    expect(second.stderr).toContain(`pid ${info.pid}`);
    expect(second.stderr).toContain(info.endpoint);
    expect(second.stderr).toContain('--state-file');
    expect(readInfo(stateFile).pid).toBe(info.pid);
  });
});

describe('the endpoints file of a run that is gone', () => {
  it('is replaced by a new run, which removes it when it stops', async () => {
    const stale = join(mkdtempSync(join(tmpdir(), 'reports-run-')), 'endpoint.json');
    writeFileSync(stale, JSON.stringify({ pid: 2 ** 22 + 12345, endpoint: 'http://127.0.0.1:1' }));
    const child = spawn(process.execPath, [join(ROOT, 'bin/reports.cjs'), 'local', '--headless', '--port', '0', '--state-file', stale], {
      cwd: ROOT,
      env: cliEnvironment(null),
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let output = '';
    child.stdout?.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.stderr?.on('data', (chunk: Buffer) => (output += chunk.toString()));
    try {
      const replaced = await eventually(async () => (readInfo(stale).pid === child.pid ? readInfo(stale) : null), 90_000, `the new endpoints file\n${output}`);
      expect(replaced.displaysNotices).toBe(false);
      expect(output).toContain(`Replacing ${stale}, left by a run that is gone (pid ${2 ** 22 + 12345})`);
      const watchStack = await runCli(['watch', '--stack', 'ConferenceReports-dev'], null, LOCAL_RUN_TIMEOUT_MS);
      expect(watchStack.code).toBe(1);
      expect(watchStack.stderr).toContain('watch follows the local run only');
    } finally {
      const exited = new Promise((resolve) => child.once('exit', resolve));
      child.kill('SIGTERM');
      await exited;
    }
    expect(existsSync(stale)).toBe(false);
  });
});
