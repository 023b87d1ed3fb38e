import { dirname, join, resolve } from 'node:path';
import { DynamoReportRepository } from '../../adapters/dynamo-report-repository';
import { DynamoReceiptStore } from '../../adapters/receipts';
import { ReportsError, UsageError } from '../../errors';
import { repoPath, stateFilePath } from '../../paths';
import { awaitOutcomes, noticesPerOffice, type UploadSummary } from '../../local/await-outcomes';
import { consoleLog } from '../../local/console-log';
import { recordDeliveries } from '../../local/delivery-receipts';
import type { Backend } from '../../local/emulators';
import {
  endpointFileOwner,
  endpointInfoOf,
  liveRunOf,
  removeEndpointInfo,
  startLocalPipeline,
  writeEndpointInfo,
  type LocalPipeline,
} from '../../local/local-pipeline';
import { OfficeInbox, type ReceivedNotice } from '../../local/office-inbox';
import { UploadFollower, ignoredUploadLine, uploadOutcomeLine } from '../../local/upload-events';
import { receiveAndDelete } from '../../local/receive-batch';
import { expandInputs, skippedNotice, uploadFile } from '../../local/uploads';
import { defineCommand, type FlagValues, type OptionSpecs } from '../command';
import { processIsAlive } from '../target';

const SAMPLES_DIR = repoPath('samples');

const OPTIONS = {
  once: {
    type: 'boolean',
    description: `upload the files, wait until every notice is delivered, print what
each office received, exit (0 when every upload was processed)`,
  },
  json: {
    type: 'boolean',
    description: `with --once: print one line of JSON:
{"reports":[{"key","reportId","status","scope","districts","notified"}]}
(a held upload adds "reasons":[{"code","message"}]; a duplicate
adds "duplicateOf": the report it repeats, and lists no offices)`,
  },
  backend: { type: 'string', value: 'NAME', description: 'embedded (default: in-process fauxqs + dynalite) or moto (moto_server)' },
  port: { type: 'string', value: 'N', description: 'S3/SQS/SNS port (default 4566; a busy port falls back to a free one)' },
  'portal-port': { type: 'string', value: 'N', description: 'office portal port (default 8080; a busy port falls back to a free one)' },
  config: { type: 'string', value: 'FILE', description: 'province and offices config (default config/hai-duong.json)' },
  timeout: { type: 'string', value: 'SECONDS', description: 'with --once: how long to wait for notices (default 60)' },
  'no-samples': { type: 'boolean', description: 'start empty (no upload) unless files are named' },
  headless: {
    type: 'boolean',
    description: `run the pipeline only: no uploads, office queues left for
\`reports watch\` or your own consumers; prints the endpoints and waits`,
  },
  'state-file': {
    type: 'string',
    value: 'FILE',
    description: `where to write the endpoints for other commands (default:
$REPORTS_STATE_FILE, else .local/endpoint.json; \`reports\` commands read it).
A run refuses to start over the file of a run still going: give each
run its own file. With --once no file is written unless this is given`,
  },
  verbose: {
    type: 'boolean',
    description: `JSON logs, with the parser's INFO logs (stderr); without it each
event is one readable line`,
  },
  'fault-proxy': {
    type: 'boolean',
    description: `put a fault-injecting proxy between the parser and DynamoDB/SNS
(also REPORTS_FAULT_PROXY=1); its control URL goes in the state file`,
  },
} as const satisfies OptionSpecs;

function parseBackend(value: string | undefined): Backend {
  if (value === undefined || value === 'embedded') return 'embedded';
  if (value === 'moto') return 'moto';
  throw new UsageError(`--backend must be "embedded" or "moto", got "${value}"`);
}

/**
 * Prints each notice once with every office that received it: deliveries of one publish
 * arrive within moments of each other, so they are gathered for a short window.
 */
function noticePrinter(say: (text: string) => void, officeCount: number): (notice: ReceivedNotice) => void {
  const pending = new Map<string, { notice: ReceivedNotice; offices: Set<string> }>();
  return (notice) => {
    const entry = pending.get(notice.notificationId);
    if (entry) {
      entry.offices.add(notice.officeId);
      return;
    }
    pending.set(notice.notificationId, { notice, offices: new Set([notice.officeId]) });
    setTimeout(() => {
      const done = pending.get(notice.notificationId);
      pending.delete(notice.notificationId);
      if (!done) return;
      const kind = done.notice.type === 'report.updated' ? 'UPDATED' : 'NEW';
      const offices = [...done.offices].sort();
      const who = offices.length === officeCount && officeCount > 1 ? `all ${officeCount} offices` : `${offices.length} office(s): ${offices.join(', ')}`;
      say(`notified  ${done.notice.notificationId} (${kind.toLowerCase()}) to ${who}  "${done.notice.title.slice(0, 80)}"`);
    }, 1500).unref();
  };
}

function printSummary(summaries: readonly UploadSummary[], pipeline: LocalPipeline, inbox: OfficeInbox): void {
  for (const summary of summaries) {
    // A province-level body of a province merged into this one reaches the area it had, not every unit.
    const where = summary.provinceWide
      ? 'province-wide'
      : summary.scope === 'province'
        ? `province-level body of ${summary.province ?? 'an unstated province'}`
        : `units: ${summary.districts.join(', ') || 'none named'}`;
    console.log(`\n${summary.key}`);
    if (summary.status === 'held') {
      console.log(`  status:   held for review (sent to no office)`);
      for (const reason of summary.reasons) console.log(`    - ${reason.code}: ${reason.message}`);
      if (summary.reportId) console.log(`  report:   ${summary.reportId}  (reports show ${summary.reportId}; reports review)`);
      continue;
    }
    if (summary.status === 'duplicate' && summary.duplicateOf) {
      const first = summary.duplicateOf.key ? `, uploaded as ${summary.duplicateOf.key}` : '';
      console.log(`  status:   duplicate of ${summary.duplicateOf.reportId}${first}: no notice of its own`);
      continue;
    }
    console.log(`  status:   ${summary.status}${summary.reason ? ` (${summary.reason}: ${summary.detail ?? ''})` : ''}`);
    if (summary.reportId) console.log(`  report:   ${summary.reportId}  scope ${summary.scope ?? '?'}, ${where}`);
    if (summary.notificationId) {
      console.log(`  notified: ${summary.notified.length} office(s): ${summary.notified.join(', ') || '-'}`);
      const missing = summary.expected.filter((office) => !summary.notified.includes(office));
      const unexpected = summary.notified.filter((office) => !summary.expected.includes(office));
      if (missing.length) console.log(`  MISSING:  ${missing.join(', ')}`);
      if (unexpected.length) console.log(`  UNEXPECTED: ${unexpected.join(', ')}`);
    }
  }
  const offices = pipeline.resources.officeQueues.map((queue) => queue.officeId);
  // Each notice once per office, as the office received it (an update is its own notice).
  const perOffice = noticesPerOffice(inbox, offices);
  console.log('\nPer office:');
  for (const office of offices) {
    const received = perOffice.get(office) ?? [];
    console.log(`  ${office.padEnd(18)} ${received.length ? received.join(', ') : '-'}`);
  }
  const held = summaries.filter((summary) => summary.status === 'held').length;
  if (held) console.log(`\n${held} upload(s) held for review: \`reports review\` lists them (while a local run is up).`);
}

/** How to reach the portal and sign in as each office (development accounts, one password per run). */
function printPortal(pipeline: LocalPipeline, say: (text: string) => void): void {
  const portal = pipeline.portal;
  if (!portal) return;
  say('');
  say(`Office portal: ${portal.url}  (every notice links to its report page there)`);
  say(`  sign in as an office with its e-mail and the password ${portal.password} (local identity provider, development only):`);
  for (const account of portal.accounts) say(`    ${account.officeId.padEnd(18)} ${account.email}`);
  say('  add accounts with `npx reports users add --office ID --email ADDRESS`.');
}

async function drainOperations(pipeline: LocalPipeline, onMessage: (text: string) => void, running: () => boolean): Promise<void> {
  const { sqs } = pipeline.clients;
  const queueUrl = pipeline.resources.operationsQueueUrl;
  while (running()) {
    // An emulator hiccup loses one round of the display, not the run.
    await receiveAndDelete(sqs, queueUrl, 1, (message) => {
      try {
        const envelope = JSON.parse(message.Body ?? '{}') as { Message?: string; Subject?: string };
        const body = JSON.parse(envelope.Message ?? '{}') as {
          type?: string;
          key?: string;
          reportId?: string;
          reason?: string;
          detail?: string;
          quarantineKey?: string;
          reasons?: { code?: string }[];
        };
        if (body.type === 'report.held') {
          const codes = (body.reasons ?? []).map((reason) => reason.code ?? '?').join(', ');
          onMessage(`held      ${body.key ?? '?'} as ${body.reportId ?? '?'}, sent to no office: ${codes} (reports review)`);
        } else {
          onMessage(`failed    ${body.key ?? '?'}: ${body.reason ?? '?'} - ${body.detail ?? ''} (quarantined as ${body.quarantineKey ?? '?'})`);
        }
      } catch {
        onMessage(`[operations] ${message.Body ?? ''}`);
      }
    }).catch(() => undefined);
  }
}

async function run(values: FlagValues<typeof OPTIONS>, positionals: string[]): Promise<number> {
  const backend = parseBackend(values.backend);
  const port = values.port === undefined ? 4566 : Number(values.port);
  if (!Number.isInteger(port) || port < 0 || port > 65535) throw new UsageError(`--port must be a port number, got "${values.port}"`);
  const portalPort = values['portal-port'] === undefined ? 8080 : Number(values['portal-port']);
  if (!Number.isInteger(portalPort) || portalPort < 0 || portalPort > 65535) throw new UsageError(`--portal-port must be a port number, got "${values['portal-port']}"`);
  const timeoutSeconds = values.timeout === undefined ? 60 : Number(values.timeout);
  if (!(timeoutSeconds > 0)) throw new UsageError(`--timeout must be a positive number of seconds, got "${values.timeout}"`);
  if (values.json && !values.once) throw new UsageError('--json goes with --once');
  if (values.headless && (values.once || positionals.length > 0)) throw new UsageError('--headless takes no files and no --once');
  const inputs = positionals.length > 0 ? positionals : values['no-samples'] || values.headless ? [] : [SAMPLES_DIR];
  if (values.once && inputs.length === 0) throw new UsageError('--once needs at least one file');
  const { files, skipped } = await expandInputs(inputs);
  if (positionals.length > 0 && files.length === 0) throw new UsageError('no report files (.txt .md .html .docx .pdf) in the folders named');

  const quiet = Boolean(values.json);
  const say = (text: string) => (quiet ? process.stderr.write(`${text}\n`) : console.log(text));
  const skippedLine = skippedNotice(skipped);
  if (skippedLine) say(skippedLine);
  // A one-shot run leaves the endpoints file alone unless told where to write one: it must
  // not take the place of a long run that other commands are talking to.
  const stateFile = values.once && values['state-file'] === undefined ? null : stateFilePath(values['state-file']);
  const live = stateFile ? liveRunOf(stateFile, processIsAlive) : null;
  if (stateFile && live) {
    throw new ReportsError(
      `another local run is going (pid ${live.pid}, ${live.endpoint}) and ${stateFile} is its endpoints file. ` +
        'Stop it first, or run both: give this run its own file with --state-file FILE (and point commands at it with --state-file or $REPORTS_STATE_FILE).',
    );
  }
  const verbose = Boolean(values.verbose);
  const log = consoleLog(verbose ? 'info' : 'warn', { component: 'local-run' }, verbose ? 'json' : 'human');
  say(`Starting the ${backend} emulators...`);
  const pipeline: LocalPipeline = await startLocalPipeline({
      backend,
      port: values.once && values.port === undefined ? 0 : port,
      ...(values.config ? { configPath: resolve(values.config) } : {}),
      log,
      // The run prints each event itself; the parser's own lines (JSON) only when asked for.
      parserLogLevel: verbose ? 'INFO' : 'ERROR',
      faultProxy: Boolean(values['fault-proxy']) || process.env.REPORTS_FAULT_PROXY === '1',
      // Development accounts live next to the state file, where `reports users` finds them
      // (a one-shot run without a state file keeps its own, removed with it).
      portal: {
        port: values.once || (values['portal-port'] === undefined && values.port === '0') ? 0 : portalPort,
        ...(stateFile ? { usersFile: join(dirname(stateFile), 'local-users.json') } : {}),
      },
  });
  const stale = stateFile ? endpointFileOwner(stateFile) : null;
  if (stateFile && stale) say(`Replacing ${stateFile}, left by a run that is gone (pid ${stale.pid}).`);
  if (stateFile) writeEndpointInfo(stateFile, { ...endpointInfoOf(pipeline), displaysNotices: !values.headless });
  const forgetStateFile = () => {
    if (stateFile) removeEndpointInfo(stateFile);
  };
  // Objects outside incoming/ raise no event in AWS either: S3 accepts them and nothing
  // happens. Said here, since the AWS CLI reports success.
  pipeline.emulators.onEvent((event) => {
    if (event.service !== 's3' || event.bucket !== pipeline.resources.bucket) return;
    const line = ignoredUploadLine(event.bucket, event.key);
    if (line) process.stderr.write(`${line}\n`);
  });
  const { resources } = pipeline;
  if (values.headless) {
    say(`Pipeline ready on ${pipeline.emulators.endpoint} (DynamoDB ${pipeline.emulators.dynamoEndpoint}); endpoints in ${stateFile}`);
    if (pipeline.portal) say(`Office portal: ${pipeline.portal.url} (accounts and password in ${stateFile})`);
    await new Promise<void>((resolveStop) => {
      process.once('SIGINT', () => resolveStop());
      process.once('SIGTERM', () => resolveStop());
    });
    await pipeline.stop();
    forgetStateFile();
    return 0;
  }
  const inbox = new OfficeInbox(pipeline.clients.sqs, resources.officeQueues);
  const deliveries = recordDeliveries(inbox, new DynamoReceiptStore(pipeline.clients.dynamo, resources.tableName), log);
  inbox.start();
  let running = true;
  const operations = drainOperations(pipeline, say, () => running);
  let follower: UploadFollower | null = null;
  if (!values.once) {
    const repository = new DynamoReportRepository(pipeline.clients.dynamo, resources.tableName);
    const following = new UploadFollower(repository, resources.bucket, (upload) => {
      const line = uploadOutcomeLine(upload);
      if (line) say(line);
    });
    follower = following;
    if (backend === 'embedded') {
      // Every upload, the run's own and those from the AWS CLI or `reports upload`.
      pipeline.emulators.onEvent((event) => {
        if (event.service === 's3' && event.bucket === resources.bucket && event.key.startsWith('incoming/')) following.follow(event.key);
      });
    }
  }

  const shutdown = async () => {
    running = false;
    await inbox.stop();
    await deliveries.settled();
    await operations.catch(() => undefined);
    follower?.stop();
    await pipeline.stop();
    forgetStateFile();
  };

  say(`Pipeline ready on ${pipeline.emulators.endpoint} (DynamoDB ${pipeline.emulators.dynamoEndpoint})`);
  say(`  bucket ${resources.bucket}, table ${resources.tableName}, ${resources.officeQueues.length} offices`);

  const keys: string[] = [];
  for (const [index, file] of files.entries()) {
    const key = await uploadFile(pipeline.clients.s3, resources.bucket, file);
    keys.push(key);
    // moto raises no local events: the run follows the uploads it makes itself.
    if (backend !== 'embedded') follower?.follow(key);
    if (!quiet && process.stdout.isTTY) process.stdout.write(`\rUploading ${index + 1}/${files.length}`);
  }
  if (files.length && !quiet) {
    if (process.stdout.isTTY) process.stdout.write('\n');
    else say(`Uploaded ${files.length} file(s) to s3://${resources.bucket}/incoming/`);
  }

  if (values.once) {
    const table = new DynamoReportRepository(pipeline.clients.dynamo, resources.tableName);
    const summaries = await awaitOutcomes({
      keys,
      bucket: resources.bucket,
      uploads: table,
      reports: table,
      inbox,
      config: pipeline.config,
      timeoutMs: timeoutSeconds * 1000,
      onProgress: (done, total) => {
        if (process.stderr.isTTY) process.stderr.write(`\rWaiting for reports: ${done}/${total}${done === total ? '\n' : ''}`);
      },
    });
    await shutdown();
    if (values.json) {
      const reports = summaries.map(({ key, reportId, status, scope, districts, notified, reasons, duplicateOf }) => ({
        key,
        reportId,
        status,
        scope,
        districts,
        notified,
        ...(status === 'held' ? { reasons } : {}),
        ...(duplicateOf ? { duplicateOf: duplicateOf.reportId } : {}),
      }));
      process.stdout.write(`${JSON.stringify({ reports })}\n`);
    } else {
      printSummary(summaries, pipeline, inbox);
    }
    return summaries.some((summary) => summary.status === 'timeout') ? 1 : 0;
  }

  const printNotice = noticePrinter(say, resources.officeQueues.length);
  for (const notice of inbox.received) printNotice(notice);
  inbox.onNotice(printNotice);
  say('');
  say('Upload more reports with the AWS CLI:');
  say(`  AWS_ACCESS_KEY_ID=local AWS_SECRET_ACCESS_KEY=local aws --region us-east-1 --endpoint-url ${pipeline.emulators.endpoint} s3 cp REPORT.txt s3://${resources.bucket}/incoming/`);
  say('or with `npx reports upload FILE|DIR` in another terminal. Notices appear below; Ctrl-C stops.');
  if (pipeline.portal) printPortal(pipeline, say);
  await new Promise<void>((resolveStop) => {
    const stop = () => resolveStop();
    process.once('SIGINT', stop);
    process.once('SIGTERM', stop);
  });
  say('\nStopping...');
  await shutdown();
  return 0;
}

export const localCommand = defineCommand({
  name: 'local',
  summary: 'run the whole pipeline locally on embedded emulators (npm start)',
  usage: 'reports local [FILE|DIR...] [options]        (npm start -- [FILE|DIR...] [options])',
  description: `Runs the whole pipeline on this machine: emulators for S3, SQS, SNS and DynamoDB, the
same bucket, queues, table, topics and filtered office subscriptions as the AWS stack,
and the real parser handler behind a Lambda-like SQS event source. Office endpoints
(e-mail, SMS, HTTPS) are stood in for by one SQS queue per office.

It also serves the office portal with a development identity provider: every notice
links to its report page there, and the portal's URL and one account per office are
printed (\`reports users\` adds more).

Without --once it uploads the files named (default: the sample reports in samples/),
prints one line per event (stored, notified with the offices, duplicate, held with the
reasons, failed with the quarantine key) and keeps running so you can upload more with
the AWS CLI (the command is printed) or \`reports upload\`. Only keys under incoming/
are processed: the run warns of any other object put in its bucket. Ctrl-C stops.`,
  options: OPTIONS,
  exitCodes: `Exit codes: 0 stopped (with --once: every upload was processed), 1 an upload was not
processed in time or the run could not start (e.g. another run holds the state file),
2 wrong usage.`,
  examples: ['npm start', 'npm start -- --once samples/hai-duong-2024-01-11-advisory-agencies.en.txt', 'npm start --silent -- --once --json samples/'],
  run,
});
