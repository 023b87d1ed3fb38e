import { spawn, type ChildProcess } from 'node:child_process';
import { createServer } from 'node:net';
import { ReportsError } from '../errors';

/**
 * The AWS emulators behind the local run and the integration tests.
 *
 * - `embedded`: fauxqs (S3, SQS, SNS) and dynalite (DynamoDB) inside this process: no
 *   Docker, no Python, no account. fauxqs lacks S3 event notifications and String.Array
 *   filter matching; the local run bridges both (see bridges.ts).
 * - `moto`: a `moto_server` child process, which has both features natively.
 */
export type Backend = 'embedded' | 'moto';

/** An SNS publish or S3 upload seen inside the embedded emulator. */
export type EmulatorEvent =
  | { readonly service: 's3'; readonly bucket: string; readonly key: string }
  | {
      readonly service: 'sns';
      readonly topicArn: string;
      readonly messageId: string;
      readonly body: string;
      readonly messageAttributes: Readonly<Record<string, { DataType: string; StringValue?: string }>>;
    };

export interface RunningEmulators {
  readonly backend: Backend;
  /** S3, SQS and SNS endpoint. */
  readonly endpoint: string;
  readonly dynamoEndpoint: string;
  /** Registers a listener for emulator traffic (embedded backend only: moto needs no bridge). */
  onEvent(listener: (event: EmulatorEvent) => void): void;
  stop(): Promise<void>;
}

export class EmulatorStartError extends ReportsError {}

/** A free loopback port. */
export async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.unref();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => (typeof address === 'object' && address ? resolve(address.port) : reject(new Error('no port'))));
    });
  });
}

async function isPortFree(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const server = createServer();
    server.once('error', () => resolve(false));
    server.listen(port, '127.0.0.1', () => server.close(() => resolve(true)));
  });
}

export interface StartOptions {
  readonly backend: Backend;
  /** Port for S3/SQS/SNS; 0 picks a free one. A busy fixed port falls back to a free one. */
  readonly port?: number;
}

export async function startEmulators(options: StartOptions): Promise<RunningEmulators> {
  let port = options.port ?? 0;
  if (port !== 0 && !(await isPortFree(port))) port = 0;
  if (port === 0) port = await freePort();
  return options.backend === 'moto' ? startMoto(port) : startEmbedded(port);
}

async function startEmbedded(port: number): Promise<RunningEmulators> {
  const listeners: ((event: EmulatorEvent) => void)[] = [];
  let fauxqs: typeof import('fauxqs');
  try {
    fauxqs = await import('fauxqs');
  } catch (cause) {
    throw new EmulatorStartError(
      `cannot load the embedded emulator (fauxqs needs Node.js >= 22.5; this is ${process.versions.node}): ${(cause as Error).message}`,
      { cause },
    );
  }
  const server = await fauxqs.startFauxqs({ port, logger: false, host: '127.0.0.1', messageSpies: { bufferSize: 50 } });
  // The spy calls each pending waiter's predicate for every event; a predicate that never
  // matches is a listener that sees all S3 uploads and SNS publishes as they happen.
  const watch = (): void => {
    void server.spy
      .waitForMessage((message) => {
        if (message.service === 's3' && message.status === 'uploaded') {
          for (const listener of listeners) listener({ service: 's3', bucket: message.bucket, key: message.key });
        } else if (message.service === 'sns' && message.status === 'published') {
          for (const listener of listeners) {
            listener({
              service: 'sns',
              topicArn: message.topicArn,
              messageId: message.messageId,
              body: message.body,
              messageAttributes: message.messageAttributes,
            });
          }
        }
        return false;
      })
      .catch(() => undefined);
  };
  watch();

  const dynamoPort = await freePort();
  const { default: dynalite } = await import('dynalite');
  const dynamo = dynalite({ createTableMs: 0, deleteTableMs: 0, updateTableMs: 0 });
  await new Promise<void>((resolve, reject) => {
    dynamo.once('error', reject);
    dynamo.listen(dynamoPort, '127.0.0.1', () => resolve());
  });
  return {
    backend: 'embedded',
    endpoint: `http://127.0.0.1:${server.port}`,
    dynamoEndpoint: `http://127.0.0.1:${dynamoPort}`,
    onEvent: (listener) => listeners.push(listener),
    stop: async () => {
      listeners.length = 0;
      await server.stop();
      await new Promise<void>((resolve) => dynamo.close(() => resolve()));
    },
  };
}

async function waitForHttp(url: string, child: ChildProcess, deadlineMs: number, output: () => string): Promise<void> {
  const deadline = Date.now() + deadlineMs;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new EmulatorStartError(`moto_server exited with code ${child.exitCode}: ${output()}`);
    try {
      const response = await fetch(url);
      if (response.status < 500) return;
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new EmulatorStartError(`moto_server did not answer on ${url} within ${deadlineMs} ms: ${output()}`);
}

async function startMoto(port: number): Promise<RunningEmulators> {
  let output = '';
  const child = spawn('moto_server', ['-H', '127.0.0.1', '-p', String(port)], {
    stdio: ['ignore', 'pipe', 'pipe'],
    env: { ...process.env, MOTO_ALLOW_NONEXISTENT_REGION: 'true' },
  });
  const keep = (chunk: Buffer) => {
    output = (output + chunk.toString()).slice(-4000);
  };
  child.stdout?.on('data', keep);
  child.stderr?.on('data', keep);
  const spawned = new Promise<void>((resolve, reject) => {
    child.once('spawn', () => resolve());
    child.once('error', (error) =>
      reject(new EmulatorStartError(`cannot start moto_server (is moto installed? pip install "moto[server]"): ${error.message}`)),
    );
  });
  await spawned;
  const endpoint = `http://127.0.0.1:${port}`;
  await waitForHttp(`${endpoint}/moto-api/`, child, 30_000, () => output);
  return {
    backend: 'moto',
    endpoint,
    dynamoEndpoint: endpoint,
    onEvent: () => undefined,
    stop: async () => {
      if (child.exitCode !== null) return;
      const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
      child.kill('SIGTERM');
      const timer = setTimeout(() => child.kill('SIGKILL'), 3000);
      await exited;
      clearTimeout(timer);
    },
  };
}
