import { randomBytes } from 'node:crypto';
import { Logger } from '@aws-lambda-powertools/logger';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { createAwsClients, type AwsClients } from '../adapters/aws-clients';
import { SqsRedelivery } from '../adapters/sqs-redelivery';
import type { Log } from '../app/ports';
import { DEFAULT_CONFIG_PATH, loadProvinceConfig, type ProvinceConfig } from '../config/province-config';
import { ENV, PARSER_SERVICE_NAME, readDecodeSettings, type ParserSettings } from '../config/runtime-env';
import { createParseReportHandler, type ParseReportHandler } from '../../functions/parse-report';
import { createParserDeps, powertoolsLog } from '../../functions/parser-dependencies';
import { startBridges } from './bridges';
import { startEmulators, type Backend, type RunningEmulators } from './emulators';
import { startFaultProxy, type FaultProxy } from './fault-proxy';
import { SqsEventSource, type EventSourceSettings, type SqsHandler } from './event-source';
import { ingestVisibilityOverride, planFromTemplates, type LocalPlan } from './local-plan';
import { startLocalPortal, type LocalPortal } from './portal-server';
import { provisionLocalResources, type LocalResources } from './provision';
import { loadStackTemplates } from './stack-template';

export interface LocalPipelineOptions {
  readonly backend: Backend;
  readonly port?: number;
  readonly configPath?: string;
  readonly log: Log;
  /** Parser log level (Powertools): WARN keeps the terminal for notices. */
  readonly parserLogLevel?: 'DEBUG' | 'INFO' | 'WARN' | 'ERROR' | 'SILENT';
  /** Parallel parser invocations. @default the template's event source MaximumConcurrency */
  readonly concurrency?: number;
  /** Replaces the parser handler (benchmarks measure the emulators alone this way). */
  readonly handler?: SqsHandler;
  /** Puts a fault-injecting proxy between the parser and the emulators (reliability tests). */
  readonly faultProxy?: boolean;
  /** The office portal (default: on, on a free port); false leaves it out. */
  readonly portal?: false | { readonly port?: number; readonly usersFile?: string; readonly downloadExpirySeconds?: number };
}

export interface LocalPipeline {
  readonly emulators: RunningEmulators;
  readonly clients: AwsClients;
  readonly resources: LocalResources;
  /** What the resources were created from: the stack's template, interpreted. */
  readonly plan: LocalPlan;
  readonly config: ProvinceConfig;
  readonly configPath: string;
  readonly eventSource: SqsEventSource;
  /** The proxy between the parser and the emulators, when `faultProxy` was asked for. */
  readonly faultProxy: FaultProxy | null;
  /** The office portal with its development identity provider, unless left out. */
  readonly portal: LocalPortal | null;
  /** Waits until the bridges have delivered what they saw. */
  settleBridges(): Promise<void>;
  stop(): Promise<void>;
}

/** What a client (the CLI, the AWS CLI, tests) needs to reach a running local pipeline. */
export interface LocalEndpointInfo {
  readonly backend: Backend;
  readonly endpoint: string;
  readonly dynamoEndpoint: string;
  readonly region: string;
  readonly configPath: string;
  readonly resources: LocalResources;
  /** How the parser's event source polls (from the template's mapping). */
  readonly eventSource: EventSourceSettings;
  readonly pid: number;
  /** Control API of the fault proxy, when the pipeline runs with one. */
  readonly faultControlUrl?: string;
  /**
   * True when the run itself prints the notices the offices receive (`npm start`): it
   * consumes the office queues, so `reports watch` beside it would take notices from it.
   */
  readonly displaysNotices?: boolean;
  /** The office portal: its URL and the development accounts (one per office, one password). */
  readonly portal?: {
    readonly url: string;
    readonly identityUrl: string;
    /** Where presigned download links point (the local stand-in for S3's presigned GetObject). */
    readonly downloadUrl: string;
    readonly usersFile: string;
    readonly password: string;
    readonly accounts: readonly { readonly officeId: string; readonly email: string }[];
  };
}

export const REGION = 'us-east-1';

/**
 * Starts emulators, creates the resources of the stack's synthesized template on them,
 * bridges what the emulator lacks and runs the real parser handler behind a Lambda-like
 * SQS event source that follows the template's event source mapping.
 */
export async function startLocalPipeline(options: LocalPipelineOptions): Promise<LocalPipeline> {
  const configPath = options.configPath ?? DEFAULT_CONFIG_PATH;
  const config = loadProvinceConfig(configPath);
  const plan = planFromTemplates(loadStackTemplates({ configPath }).templates, config);
  // Counted from the end of the batching window: a message waits in a batch being
  // gathered before the handler starts, and must not reappear meanwhile.
  const shortened = ingestVisibilityOverride(process.env, Boolean(options.faultProxy));
  const visibilityOverride = shortened === undefined ? undefined : shortened + plan.eventSource.maxBatchingWindowSeconds;
  const emulators = await startEmulators({ backend: options.backend, ...(options.port !== undefined ? { port: options.port } : {}) });
  let faultProxy: FaultProxy | null = null;
  let portal: LocalPortal | null = null;
  // A users file of the run's own, removed with it, when the caller names none.
  let usersDir: string | null = null;
  const removeUsersDir = () => {
    if (usersDir) rmSync(usersDir, { recursive: true, force: true });
  };
  try {
    const clients = createAwsClients({ region: REGION, endpoint: emulators.endpoint, dynamoEndpoint: emulators.dynamoEndpoint });
    const prefix = `reports-${randomBytes(3).toString('hex')}`;
    const resources = await provisionLocalResources({
      clients,
      dynamoEndpoint: emulators.dynamoEndpoint,
      backend: options.backend,
      plan,
      prefix,
      region: REGION,
      ...(visibilityOverride !== undefined ? { ingestVisibilityTimeoutSeconds: visibilityOverride } : {}),
    });
    const bridges = await startBridges(emulators, clients, resources, options.log);
    if (options.portal !== false) {
      portal = await startLocalPortal({
        clients,
        region: REGION,
        config,
        tableName: resources.tableName,
        endpoint: emulators.endpoint,
        dynamoEndpoint: emulators.dynamoEndpoint,
        usersFile: options.portal?.usersFile ?? join((usersDir = mkdtempSync(join(tmpdir(), 'reports-users-'))), 'users.json'),
        ...(options.portal?.port !== undefined ? { port: options.portal.port } : {}),
        ...(options.portal?.downloadExpirySeconds !== undefined ? { downloadExpirySeconds: options.portal.downloadExpirySeconds } : {}),
        log: options.log,
      });
    }
    faultProxy = options.faultProxy ? await startFaultProxy({ endpoint: emulators.endpoint, dynamoEndpoint: emulators.dynamoEndpoint }) : null;

    let handler = options.handler;
    if (!handler) {
      handler = localParserHandler({
        config,
        resources,
        endpoint: faultProxy?.endpoint ?? emulators.endpoint,
        dynamoEndpoint: faultProxy?.dynamoEndpoint ?? emulators.dynamoEndpoint,
        // Every notice links to the report's page on the portal.
        recordLinkTemplate: process.env[ENV.recordLinkTemplate] ?? (portal ? `${portal.url}/reports/{reportId}` : 'reports show {reportId}'),
        logLevel: options.parserLogLevel ?? 'WARN',
      });
    }
    const ingestArn = `arn:aws:sqs:${REGION}:000000000000:${resources.ingestQueueUrl.split('/').pop() ?? ''}`;
    const eventSource = new SqsEventSource({
      sqs: clients.sqs,
      queueUrl: resources.ingestQueueUrl,
      queueArn: ingestArn,
      handler,
      log: options.log,
      batchSize: resources.eventSource.batchSize,
      maxBatchingWindowMs: resources.eventSource.maxBatchingWindowSeconds * 1000,
      reportBatchItemFailures: resources.eventSource.reportBatchItemFailures,
      concurrency: options.concurrency ?? resources.eventSource.maximumConcurrency,
      region: REGION,
    });
    eventSource.start();
    return {
      emulators,
      clients,
      resources,
      plan,
      config,
      configPath,
      eventSource,
      faultProxy,
      portal,
      settleBridges: () => bridges.pending(),
      stop: async () => {
        await eventSource.stop();
        await portal?.close();
        removeUsersDir();
        await faultProxy?.close();
        await emulators.stop();
      },
    };
  } catch (error) {
    await portal?.close();
    removeUsersDir();
    await faultProxy?.close();
    await emulators.stop();
    throw error;
  }
}

interface LocalParserOptions {
  readonly config: ProvinceConfig;
  readonly resources: LocalResources;
  readonly endpoint: string;
  readonly dynamoEndpoint: string;
  readonly recordLinkTemplate: string;
  readonly logLevel: NonNullable<LocalPipelineOptions['parserLogLevel']>;
}

/**
 * The Lambda's handler, built by its factory from this run's resources and endpoints (the
 * settings the stack would put in the function's environment); no metrics are sent.
 */
function localParserHandler(options: LocalParserOptions): ParseReportHandler {
  const settings: ParserSettings = {
    tableName: options.resources.tableName,
    notificationsTopicArn: options.resources.reportsTopicArn,
    operationsTopicArn: options.resources.operationsTopicArn,
    recordLinkTemplate: options.recordLinkTemplate,
    awsEndpoint: options.endpoint,
    dynamoEndpoint: options.dynamoEndpoint,
    province: options.config,
    // The operator's parser limits (MAX_OBJECT_BYTES, ...) apply to the local run too.
    ...readDecodeSettings(process.env),
  };
  const clients = createAwsClients({ region: REGION, endpoint: options.endpoint, dynamoEndpoint: options.dynamoEndpoint });
  const logger = new Logger({ serviceName: PARSER_SERVICE_NAME, logLevel: options.logLevel });
  const log = powertoolsLog(logger);
  return createParseReportHandler({
    upload: createParserDeps(settings, log, { count: () => undefined }, clients),
    log,
    // The emulator's queue URL differs from the form an ARN gives in AWS.
    redelivery: new SqsRedelivery(clients.sqs, () => options.resources.ingestQueueUrl),
    addContext: (context) => logger.addContext(context),
  });
}

export function endpointInfoOf(pipeline: LocalPipeline): LocalEndpointInfo {
  return {
    backend: pipeline.emulators.backend,
    endpoint: pipeline.emulators.endpoint,
    dynamoEndpoint: pipeline.emulators.dynamoEndpoint,
    region: REGION,
    configPath: pipeline.configPath,
    resources: pipeline.resources,
    eventSource: pipeline.eventSource.settings,
    pid: process.pid,
    ...(pipeline.faultProxy ? { faultControlUrl: pipeline.faultProxy.controlUrl } : {}),
    ...(pipeline.portal
      ? {
          portal: {
            url: pipeline.portal.url,
            identityUrl: pipeline.portal.identity.issuer,
            downloadUrl: pipeline.portal.downloadUrl,
            usersFile: pipeline.portal.usersFile,
            password: pipeline.portal.password,
            accounts: pipeline.portal.accounts,
          },
        }
      : {}),
  };
}

/** The run named by an endpoints file, when that run is still going. */
export interface LiveRun {
  readonly pid: number;
  readonly endpoint: string;
}

/** The run an endpoints file names, alive or not; null when there is no such file or it is not one. */
export function endpointFileOwner(path: string): LiveRun | null {
  let parsed: unknown;
  try {
    parsed = JSON.parse(readFileSync(path, 'utf8'));
  } catch {
    return null;
  }
  if (typeof parsed !== 'object' || parsed === null) return null;
  const { pid, endpoint } = parsed as { pid?: unknown; endpoint?: unknown };
  if (typeof pid !== 'number') return null;
  return { pid, endpoint: typeof endpoint === 'string' ? endpoint : '?' };
}

/**
 * The live run an endpoints file belongs to, or null when there is no file, it is not an
 * endpoints file, or its process is gone (a stale file, which a new run may replace).
 */
export function liveRunOf(path: string, isAlive: (pid: number) => boolean): LiveRun | null {
  const owner = endpointFileOwner(path);
  return owner && owner.pid !== process.pid && isAlive(owner.pid) ? owner : null;
}

/** Removes the endpoints file when it still names this process (another run may have replaced it). */
export function removeEndpointInfo(path: string): void {
  try {
    const { pid } = JSON.parse(readFileSync(path, 'utf8')) as { pid?: unknown };
    if (pid === process.pid) rmSync(path, { force: true });
  } catch {
    // Already gone or rewritten by someone else: nothing of ours to remove.
  }
}

export function writeEndpointInfo(path: string, info: LocalEndpointInfo): void {
  mkdirSync(dirname(path), { recursive: true });
  writeFileSync(path, `${JSON.stringify(info, null, 2)}\n`);
}
