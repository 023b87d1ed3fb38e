import { isMainThread, parentPort } from 'node:worker_threads';
import { decodeDocument } from '../domain/decode';
import { UnprocessableReportError } from '../errors';
import type { DecodeJob, DecodeReply } from './decode-isolation';

/**
 * The decode worker: one job at a time from the main thread, one reply each. Only
 * {@link UnprocessableReportError} is expected from decoding; anything else still ends the
 * job as unreadable rather than crashing the worker.
 */
if (!isMainThread && parentPort) {
  const port = parentPort;
  // Decoders warn about fonts and odd markup on the console; nobody reads it here.
  for (const method of ['log', 'info', 'warn', 'error', 'debug', 'trace'] as const) console[method] = () => undefined;
  port.on('message', (job: DecodeJob) => {
    decodeDocument(job.bytes, { fileName: job.fileName, limits: job.limits }).then(
      (decoded) => port.postMessage({ id: job.id, ok: true, decoded } satisfies DecodeReply),
      (error: unknown) => {
        const reply: DecodeReply =
          error instanceof UnprocessableReportError
            ? { id: job.id, ok: false, reason: error.reason, detail: error.detail }
            : { id: job.id, ok: false, reason: 'undecodable', detail: `the file could not be read (${error instanceof Error ? error.message.slice(0, 200) : 'unknown error'})` };
        port.postMessage(reply);
      },
    );
  });
}
