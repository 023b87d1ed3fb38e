import { existsSync } from 'node:fs';
import * as path from 'node:path';
import { Worker } from 'node:worker_threads';
import type { DecodedDocument, DecodeLimits } from '../domain/decode';
import { InvocationTimeError, UnprocessableReportError } from '../errors';

/** What the use case asks of a decoder: bytes in, clean text out, or an {@link UnprocessableReportError}. */
export interface DocumentDecoder {
  decode(bytes: Uint8Array, request: DecodeRequest): Promise<DecodedDocument>;
}

export interface DecodeRequest {
  readonly fileName: string;
  readonly limits: DecodeLimits;
  /** Wall-clock time the decode may take, read when it starts (it may wait for another decode first). */
  readonly deadlineMs: () => number;
  /** Awaited when the decode really starts (after any decode before it). */
  readonly onStart?: () => Promise<void>;
}

/** Time the rest of an upload needs after decoding: normalize, store, notify or quarantine, with SDK retries. */
export const AFTER_DECODE_RESERVE_MS = 6_000;
/** Below this a decode is not started: a real report would not make it, and failing it would be unfair. */
export const MIN_DECODE_MS = 2_000;

/**
 * The deadline of one decode: the configured budget, cut to what the invocation has left
 * once the steps after decoding are provided for.
 * @throws InvocationTimeError when too little time is left: the message is retried in a fresh invocation.
 */
export function decodeDeadlineMs(budgetMs: number, remainingMs: number | undefined): number {
  if (remainingMs === undefined) return budgetMs;
  const deadline = Math.min(budgetMs, remainingMs - AFTER_DECODE_RESERVE_MS);
  if (deadline < MIN_DECODE_MS) {
    throw new InvocationTimeError(`only ${remainingMs} ms are left in this invocation, too little to read a file; it will be retried`);
  }
  return deadline;
}

/** Message from the main thread to the decode worker. */
export interface DecodeJob {
  readonly id: number;
  readonly bytes: Uint8Array;
  readonly fileName: string;
  readonly limits: DecodeLimits;
}

/** Message from the decode worker back. */
export type DecodeReply =
  | { readonly id: number; readonly ok: true; readonly decoded: DecodedDocument }
  | { readonly id: number; readonly ok: false; readonly reason: string; readonly detail: string };

export interface IsolatedDecoderOptions {
  /** Old-generation heap of the worker, in MB (see `decoderHeapMb`). */
  readonly heapMb: number;
  /** Where the worker's script is; found next to this module (bundle) or in the sources (tsx, jest) by default. */
  readonly script?: WorkerScript;
}

export interface WorkerScript {
  readonly filename: string;
  /** `true`: `filename` is code to evaluate, not a path. */
  readonly eval: boolean;
}

/** The compiled worker's file name next to the handler bundle (the build writes it there). */
export const DECODE_WORKER_BUNDLE = 'decode-worker.js';

/**
 * The worker script: the bundled file next to this code (Lambda asset), else the TypeScript
 * source compiled on load by tsx (local run from the CLI bundle, tests).
 */
export function defaultWorkerScript(here: string = __dirname): WorkerScript {
  const bundled = path.join(here, DECODE_WORKER_BUNDLE);
  if (existsSync(bundled)) return { filename: bundled, eval: false };
  const sources = [path.join(here, 'decode-worker.ts'), path.join(here, '..', 'shared', 'app', 'decode-worker.ts')];
  const source = sources.find((candidate) => existsSync(candidate));
  if (source === undefined) throw new Error(`decode worker not found next to ${here}`);
  // A name in a variable, so a bundler never tries to include the TypeScript loader.
  const loader = 'tsx/cjs/api';
  const tsx = require.resolve(loader, { paths: [here, process.cwd()] });
  return { filename: `require(${JSON.stringify(tsx)}).register(); require(${JSON.stringify(source)});`, eval: true };
}

/**
 * Decodes each file in a worker thread with a capped heap and a wall-clock deadline. The
 * decoders (mammoth, pdf.js, htmlparser2) work synchronously for long stretches, where no
 * timer of their own thread can fire; from here the worker is simply terminated. A file
 * that exhausts the heap or the deadline ends as `too-large` or `too-slow`, and the next
 * file gets a fresh worker. One file is decoded at a time: the heap cap is sized for the
 * function's memory, and the function has about one core to decode with anyway.
 */
export class IsolatedDecoder implements DocumentDecoder {
  private worker: Worker | null = null;
  private nextId = 1;
  private queue: Promise<unknown> = Promise.resolve();
  private script: WorkerScript | undefined;

  constructor(private readonly options: IsolatedDecoderOptions) {
    this.script = options.script;
  }

  decode(bytes: Uint8Array, request: DecodeRequest): Promise<DecodedDocument> {
    const run = this.queue.then(() => this.run(bytes, request));
    this.queue = run.catch(() => undefined);
    return run;
  }

  /** Stops the worker (end of a test or of the local run). */
  async close(): Promise<void> {
    const worker = this.worker;
    this.worker = null;
    if (worker) await worker.terminate();
  }

  private spawn(): Worker {
    // Found when first needed: loading the handler must not depend on it.
    const script = (this.script ??= defaultWorkerScript());
    const worker = new Worker(script.filename, {
      eval: script.eval,
      resourceLimits: { maxOldGenerationSizeMb: this.options.heapMb, maxYoungGenerationSizeMb: Math.min(32, Math.max(8, Math.floor(this.options.heapMb / 24))), stackSizeMb: 4 },
      // Piped, and never read (reading would keep the process alive): what a library
      // prints stays out of the function's logs and the CLI's output. The worker also
      // silences the console, so nothing accumulates here.
      stdout: true,
      stderr: true,
    });
    // A worker can still fail after its job settled: one given up on at its deadline may run
    // out of memory while it is being terminated. An 'error' event nobody listens to would
    // end the whole process, so one listener stays for the worker's life; a job's own
    // listener reports the errors that happen while it waits.
    worker.on('error', () => undefined);
    // A worker that ended between jobs is replaced at the next one.
    worker.on('exit', () => {
      if (this.worker === worker) this.worker = null;
    });
    // Not until a job comes does a worker keep the process alive.
    worker.unref();
    return worker;
  }

  private async run(bytes: Uint8Array, request: DecodeRequest): Promise<DecodedDocument> {
    await request.onStart?.();
    const deadlineMs = Math.max(1, Math.floor(request.deadlineMs()));
    const worker = this.worker ?? this.spawn();
    this.worker = worker;
    const id = this.nextId++;
    // A copy the worker owns: transferring it is free, and the caller keeps its bytes.
    const copy = new Uint8Array(bytes);
    const job: DecodeJob = { id, bytes: copy, fileName: request.fileName, limits: { ...request.limits, timeBudgetMs: deadlineMs } };
    worker.ref();
    try {
      return await new Promise<DecodedDocument>((resolve, reject) => {
        const timer = setTimeout(() => {
          cleanup();
          this.discard(worker);
          reject(
            new UnprocessableReportError(
              'too-slow',
              `reading the file took longer than the ${deadlineMs} ms allowed; it is probably damaged or unusually complex`,
            ),
          );
        }, deadlineMs);
        const onMessage = (reply: DecodeReply): void => {
          if (reply.id !== id) return;
          cleanup();
          if (reply.ok) resolve(reply.decoded);
          // The decoder's own budget check and this deadline are one limit under two names.
          else reject(new UnprocessableReportError(reply.reason === 'time-budget-exceeded' ? 'too-slow' : reply.reason, reply.detail));
        };
        const onError = (error: Error): void => {
          cleanup();
          this.discard(worker);
          if ((error as { code?: string }).code === 'ERR_WORKER_OUT_OF_MEMORY') {
            reject(
              new UnprocessableReportError(
                'too-large',
                `reading the file needed more than the ${this.options.heapMb} MB of memory allowed; it is too large or built to exhaust memory`,
                { cause: error },
              ),
            );
          } else {
            reject(new UnprocessableReportError('undecodable', `the file could not be read (the decoder stopped: ${error.message.slice(0, 200)})`, { cause: error }));
          }
        };
        const onExit = (code: number): void => {
          cleanup();
          this.discard(worker);
          reject(new UnprocessableReportError('undecodable', `the file could not be read (the decoder exited with code ${code})`));
        };
        const cleanup = (): void => {
          clearTimeout(timer);
          worker.off('message', onMessage);
          worker.off('error', onError);
          worker.off('exit', onExit);
        };
        worker.on('message', onMessage);
        worker.on('error', onError);
        worker.on('exit', onExit);
        worker.postMessage(job, [copy.buffer as ArrayBuffer]);
      });
    } finally {
      if (this.worker === worker) worker.unref();
    }
  }

  /** Forgets a worker that failed or overran; terminating frees its heap at once. */
  private discard(worker: Worker): void {
    if (this.worker === worker) this.worker = null;
    void worker.terminate().catch(() => undefined);
  }
}
