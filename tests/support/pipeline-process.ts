import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { PutObjectCommand } from '@aws-sdk/client-s3';
import { createAwsClients, type AwsClients } from '../../shared/adapters/aws-clients';
import { DynamoReportRepository } from '../../shared/adapters/dynamo-report-repository';
import { FINAL_UPLOAD_STATUSES, type UploadState } from '../../shared/app/ports';
import type { Backend } from '../../shared/local/emulators';
import type { LocalEndpointInfo } from '../../shared/local/local-pipeline';

export const ROOT = resolve(__dirname, '../..');

/** The backend the integration suite runs on (`REPORTS_TEST_BACKEND`, default embedded). */
export function testBackend(): Backend {
  const value = process.env.REPORTS_TEST_BACKEND ?? 'embedded';
  if (value !== 'embedded' && value !== 'moto') throw new Error(`REPORTS_TEST_BACKEND must be embedded or moto, got ${value}`);
  return value;
}

export interface PipelineProcess {
  readonly info: LocalEndpointInfo;
  readonly clients: AwsClients;
  output(): string;
  /** Puts a file under the run's bucket, as an office's upload does. */
  upload(key: string, body: Buffer | string): Promise<void>;
  /** The upload's state once it is final (stored, duplicate, held, failed, ...). */
  finalUpload(key: string, timeoutMs?: number): Promise<UploadState>;
  stop(): Promise<void>;
}

/**
 * Runs `reports local --headless` in a child process (the emulators need Node >= 22.5
 * and ESM, which stay out of the test runner) and returns clients pointed at it.
 */
export async function startPipelineProcess(options: { backend?: Backend; config?: string; env?: Record<string, string> } = {}): Promise<PipelineProcess> {
  const backend = options.backend ?? testBackend();
  const dir = mkdtempSync(join(tmpdir(), 'reports-it-'));
  const stateFile = join(dir, 'endpoint.json');
  const args = [join(ROOT, 'bin/reports.cjs'), 'local', '--headless', '--backend', backend, '--port', '0', '--state-file', stateFile];
  if (options.config) args.push('--config', options.config);
  let output = '';
  const child: ChildProcess = spawn(process.execPath, args, { cwd: ROOT, stdio: ['ignore', 'pipe', 'pipe'], env: { ...process.env, ...options.env } });
  const keep = (chunk: Buffer) => {
    output = (output + chunk.toString()).slice(-20000);
  };
  child.stdout?.on('data', keep);
  child.stderr?.on('data', keep);
  const deadline = Date.now() + 60_000;
  while (!existsSync(stateFile)) {
    if (child.exitCode !== null) throw new Error(`local pipeline exited (${child.exitCode}):\n${output}`);
    if (Date.now() > deadline) throw new Error(`local pipeline did not start:\n${output}`);
    await new Promise((r) => setTimeout(r, 100));
  }
  const info = JSON.parse(readFileSync(stateFile, 'utf8')) as LocalEndpointInfo;
  const clients = createAwsClients({ region: info.region, endpoint: info.endpoint, dynamoEndpoint: info.dynamoEndpoint });
  const uploads = new DynamoReportRepository(clients.dynamo, info.resources.tableName);
  return {
    info,
    clients,
    output: () => output,
    upload: async (key, body) => {
      await clients.s3.send(new PutObjectCommand({ Bucket: info.resources.bucket, Key: key, Body: body }));
    },
    finalUpload: (key, timeoutMs = 60_000) =>
      eventually(async () => {
        const state = await uploads.getUpload(info.resources.bucket, key);
        return state && FINAL_UPLOAD_STATUSES.has(state.status) ? state : null;
      }, timeoutMs, `final state of ${key}`),
    stop: async () => {
      if (child.exitCode !== null) return;
      const exited = new Promise((r) => child.once('exit', r));
      child.kill('SIGTERM');
      const timer = setTimeout(() => child.kill('SIGKILL'), 5000);
      await exited;
      clearTimeout(timer);
    },
  };
}

/** Polls until `probe` returns a value or the deadline passes. */
export async function eventually<T>(probe: () => Promise<T | null | undefined>, timeoutMs = 30_000, what = 'condition'): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await probe();
    if (value !== null && value !== undefined) return value;
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 150));
  }
}

export function fixture(...parts: string[]): string {
  return join(ROOT, 'tests', 'fixtures', ...parts);
}
