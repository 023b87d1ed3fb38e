import { basename } from 'node:path';
import { HeadObjectCommand } from '@aws-sdk/client-s3';
import { ReportQueries, type UploadInfo } from '../../adapters/report-queries';
import { INCOMING_PREFIX } from '../../config/runtime-env';
import { ReportsError, UsageError, describeError } from '../../errors';
import { expandInputs, incomingKeyOf, skippedNotice, uploadFile } from '../../local/uploads';
import { defineCommand, isoDateFlag, type FlagValues, type OptionSpecs } from '../command';
import { Progress } from '../progress';
import { renderTable } from '../table';
import { TARGET_OPTION_SPECS, closeTarget, intFlag, onTarget, resolveTarget, type Target } from '../target';
import { FINAL_UPLOAD_STATUSES } from '../../app/ports';

const OPTIONS = {
  concurrency: { type: 'string', value: 'N', description: 'uploads in parallel (default 4)' },
  'no-wait': { type: 'boolean', description: 'stop after uploading; do not wait for the parser' },
  timeout: { type: 'string', value: 'SECONDS', description: 'how long to wait for the parser (default 120)' },
  'received-on': {
    type: 'string',
    value: 'YYYY-MM-DD',
    description: `the day the office received these reports (an archive uploaded later):
dates written without a year are read against it, not the upload day`,
  },
  json: {
    type: 'boolean',
    description: `print one JSON object on stdout:
{"uploads":[{"file","key","status","reportId","reason","detail",
"quarantineKey"}],"counts":{"stored":N,...}}`,
  },
  ...TARGET_OPTION_SPECS,
} as const satisfies OptionSpecs;

/** Final states of an upload key (UPLOAD item `status`), as the parser leaves them. */
const FINAL = FINAL_UPLOAD_STATUSES;

export type UploadOutcomeStatus = 'uploaded' | 'stored' | 'held' | 'duplicate' | 'superseded' | 'failed' | 'missing' | 'timeout' | 'upload-error';

export interface FileOutcome {
  readonly file: string;
  readonly key: string;
  readonly status: UploadOutcomeStatus;
  readonly reportId: string | null;
  readonly reason: string | null;
  readonly detail: string | null;
  readonly quarantineKey: string | null;
}

/** Keys two inputs would share: the later file would silently replace the earlier one. */
export function keyCollisions(files: readonly string[]): string[] {
  const byKey = new Map<string, string[]>();
  for (const file of files) byKey.set(incomingKeyOf(file), [...(byKey.get(incomingKeyOf(file)) ?? []), file]);
  return [...byKey.entries()].filter(([, list]) => list.length > 1).map(([key, list]) => `${key} (${list.join(', ')})`);
}

export function countOutcomes(outcomes: readonly FileOutcome[]): Record<string, number> {
  const counts: Record<string, number> = {};
  for (const outcome of outcomes) counts[outcome.status] = (counts[outcome.status] ?? 0) + 1;
  return counts;
}

/** The closing lines: one per file that needs attention, then the totals. */
export function formatUploadSummary(outcomes: readonly FileOutcome[]): string {
  const counts = countOutcomes(outcomes);
  const order: UploadOutcomeStatus[] = ['uploaded', 'stored', 'held', 'duplicate', 'superseded', 'failed', 'missing', 'timeout', 'upload-error'];
  const rows = renderTable(
    [
      { header: 'STATUS', value: (outcome: FileOutcome) => outcome.status },
      { header: 'KEY', value: (outcome: FileOutcome) => outcome.key, maxWidth: 60 },
      {
        header: 'REPORT / REASON',
        value: (outcome: FileOutcome) =>
          outcome.status === 'held'
            ? `${outcome.reportId ?? '?'} held for review: ${outcome.detail ?? outcome.reason ?? ''}`
            : (outcome.reportId ?? [outcome.reason, outcome.detail].filter(Boolean).join(': ')),
        maxWidth: 120,
      },
    ],
    outcomes,
  );
  const totals = order.filter((status) => counts[status]).map((status) => `${counts[status]} ${status}`);
  return `${rows}\n\n${outcomes.length} file(s): ${totals.join(', ')}`;
}

/**
 * True when the run met its promise: every file ended stored, held for review or a
 * duplicate (or is uploaded, not waiting). A held file was processed as designed; it
 * waits for an operator (`reports review`), not for a retry.
 */
export function allSucceeded(outcomes: readonly FileOutcome[]): boolean {
  return outcomes.every((outcome) => ['stored', 'held', 'duplicate', 'uploaded'].includes(outcome.status));
}

async function pool<T>(items: readonly T[], concurrency: number, work: (item: T) => Promise<void>): Promise<void> {
  let next = 0;
  const workers = Array.from({ length: Math.min(concurrency, items.length) }, async () => {
    while (next < items.length) {
      const item = items[next++] as T;
      await work(item);
    }
  });
  await Promise.all(workers);
}

interface Uploaded {
  readonly file: string;
  readonly key: string;
  /** Processing of this write cannot have been received before this instant (ms). */
  readonly notBefore: number;
  /** When the parser took up the key's earlier write, if any: this write's state comes after it. */
  readonly earlierReceivedAt: number | null;
}

/**
 * The parser stamps `receivedAt` when it takes up a write; a state received before this
 * upload belongs to an earlier write of the same key. S3's Last-Modified is whole seconds
 * and on the service's clock, so it is a safe lower bound on the parser's clock too; but an
 * earlier write taken up in the same second would pass it, so the key's state before the
 * upload is read too, and only a state taken up after it is this write's.
 */
async function uploadOne(target: Target, queries: ReportQueries | null, file: string, receivedOn: string | undefined): Promise<Uploaded> {
  const started = Date.now();
  const key = incomingKeyOf(file);
  // Without waiting nothing is read back: an uploader may hold no right on the table.
  const earlier = queries ? await onTarget(target, 'read upload states', () => queries.getUpload(target.bucket, key)) : null;
  const earlierReceivedAt = earlier?.receivedAt ? Date.parse(earlier.receivedAt) : null;
  await onTarget(target, `upload ${basename(file)}`, () => uploadFile(target.clients.s3, target.bucket, file, key, receivedOn));
  const head = await target.clients.s3.send(new HeadObjectCommand({ Bucket: target.bucket, Key: key })).catch(() => null);
  const notBefore = head?.LastModified ? head.LastModified.getTime() - 1000 : started - 5000;
  return { file, key, notBefore, earlierReceivedAt };
}

/** True when the state is this write's, final (see {@link uploadOne}). */
export function isFinalStateOf(upload: Pick<Uploaded, 'notBefore' | 'earlierReceivedAt'>, state: Pick<UploadInfo, 'status' | 'receivedAt'> | null): boolean {
  if (!state || !FINAL.has(state.status) || !state.receivedAt) return false;
  const received = Date.parse(state.receivedAt);
  return received >= upload.notBefore && (upload.earlierReceivedAt === null || received > upload.earlierReceivedAt);
}

async function awaitFinalStates(
  queries: ReportQueries,
  target: Target,
  uploads: readonly Uploaded[],
  timeoutMs: number,
  onFinal: (upload: Uploaded, state: UploadInfo | null) => void,
): Promise<Map<string, UploadInfo | null>> {
  const finals = new Map<string, UploadInfo | null>();
  const deadline = Date.now() + timeoutMs;
  let pending = [...uploads];
  while (pending.length > 0) {
    const states = await Promise.all(
      pending.map(async (upload) => ({ upload, state: await onTarget(target, 'read upload states', () => queries.getUpload(target.bucket, upload.key)) })),
    );
    const still: Uploaded[] = [];
    for (const { upload, state } of states) {
      if (state && isFinalStateOf(upload, state)) {
        finals.set(upload.key, state);
        onFinal(upload, state);
      } else {
        still.push(upload);
      }
    }
    pending = still;
    if (pending.length === 0) break;
    if (Date.now() > deadline) {
      for (const upload of pending) {
        finals.set(upload.key, null);
        onFinal(upload, null);
      }
      break;
    }
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  return finals;
}

async function run(values: FlagValues<typeof OPTIONS>, positionals: string[]): Promise<number> {
  if (positionals.length === 0) throw new UsageError('name at least one FILE or DIR to upload');
  const concurrency = intFlag(values.concurrency, '--concurrency', 4, { min: 1, max: 64 });
  const timeoutSeconds = intFlag(values.timeout, '--timeout', 120, { min: 1 });
  const receivedOn = isoDateFlag(values['received-on'], '--received-on');
  if (values['no-wait'] && values.timeout !== undefined) throw new UsageError('--timeout goes with waiting; it does not go with --no-wait');
  const { files, skipped } = await expandInputs(positionals);
  if (files.length === 0) throw new UsageError('no report files (.txt .md .html .htm .docx .doc .pdf) in the folders named');
  const skippedLine = skippedNotice(skipped);
  if (skippedLine) process.stderr.write(`${skippedLine}\n`);
  const collisions = keyCollisions(files);
  if (collisions.length) throw new UsageError(`files would share an upload key (one would replace the other): ${collisions.join('; ')}`);

  const target = await resolveTarget(values);
  try {
    const queries = values['no-wait'] ? null : new ReportQueries(target.clients.dynamo, target.tableName);
    const uploading = new Progress(process.stderr, 'Uploading', files.length);
    const uploaded: Uploaded[] = [];
    const outcomes = new Map<string, FileOutcome>();
    const errors: string[] = [];
    await pool(files, concurrency, async (file) => {
      try {
        uploaded.push(await uploadOne(target, queries, file, receivedOn));
      } catch (error) {
        errors.push(describeError(error));
        const key = incomingKeyOf(file);
        outcomes.set(file, { file, key, status: 'upload-error', reportId: null, reason: 'upload-error', detail: describeError(error), quarantineKey: null });
      }
      uploading.tick(basename(file));
    });
    uploading.finish();
    if (uploaded.length === 0) throw new ReportsError(`no file could be uploaded to ${target.description}: ${errors[0] ?? 'unknown error'}`);

    if (values['no-wait']) {
      for (const upload of uploaded) {
        outcomes.set(upload.file, { file: upload.file, key: upload.key, status: 'uploaded', reportId: null, reason: null, detail: null, quarantineKey: null });
      }
    } else {
      const processing = new Progress(process.stderr, 'Processing', uploaded.length);
      await awaitFinalStates(queries ?? new ReportQueries(target.clients.dynamo, target.tableName), target, uploaded, timeoutSeconds * 1000, (upload, state) => {
        outcomes.set(upload.file, {
          file: upload.file,
          key: upload.key,
          status: state ? (state.status as UploadOutcomeStatus) : 'timeout',
          reportId: state?.reportId ?? null,
          reason: state ? state.reason : 'timeout',
          detail: state ? state.detail : `no final state within ${timeoutSeconds} s`,
          quarantineKey: state?.quarantineKey ?? null,
        });
        processing.tick(`${state?.status ?? 'timeout'} ${basename(upload.key)}`);
      });
      processing.finish();
    }

    const ordered = files.flatMap((file) => outcomes.get(file) ?? []);
    if (values.json) {
      process.stdout.write(`${JSON.stringify({ uploads: ordered, counts: countOutcomes(ordered) })}\n`);
    } else {
      console.log(formatUploadSummary(ordered));
    }
    return allSucceeded(ordered) ? 0 : 1;
  } finally {
    closeTarget(target);
  }
}

export const uploadCommand = defineCommand({
  name: 'upload',
  summary: 'upload report files or folders and wait for the parser to decide each',
  usage: 'reports upload FILE|DIR... [options]',
  description: `Uploads report files under ${INCOMING_PREFIX} in the pipeline's bucket (a folder uploads the
reports directly in it: .txt .md .html .htm .docx .doc .pdf), then waits until the
parser has decided each one and prints how many were stored, were held for review
(with the reasons; see \`reports review\`), were duplicates of a report already stored,
or failed (quarantined). Progress goes to stderr.

Only keys under ${INCOMING_PREFIX} are processed: an object put elsewhere in the bucket (its
root, Incoming/, a key without the prefix) is stored by S3 and ignored by the pipeline.`,
  options: OPTIONS,
  exitCodes: `Exit codes: 0 every file stored, held or a duplicate (or uploaded, with --no-wait); 1 a file
failed, could not be uploaded or was not processed in time; 2 wrong usage.`,
  examples: ['reports upload tests/fixtures/corpus/ --concurrency 8'],
  run,
});
