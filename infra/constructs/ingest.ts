import * as path from 'node:path';
import { Duration, RemovalPolicy, Stack, Validations } from 'aws-cdk-lib';
import type * as dynamodb from 'aws-cdk-lib/aws-dynamodb';
import * as iam from 'aws-cdk-lib/aws-iam';
import type * as kms from 'aws-cdk-lib/aws-kms';
import * as lambda from 'aws-cdk-lib/aws-lambda';
import * as nodejs from 'aws-cdk-lib/aws-lambda-nodejs';
import * as logs from 'aws-cdk-lib/aws-logs';
import * as s3 from 'aws-cdk-lib/aws-s3';
import type * as sns from 'aws-cdk-lib/aws-sns';
import type * as sqs from 'aws-cdk-lib/aws-sqs';
import { Construct } from 'constructs';
import { DECODE_WORKER_BUNDLE } from '../../shared/app/decode-isolation';
import { DEAD_ATTEMPTS_BEFORE_FAILING } from '../../shared/app/upload-steps';
import { ENV, INCOMING_PREFIX, METRICS_NAMESPACE, PARSER_SERVICE_NAME, QUARANTINE_PREFIX } from '../../shared/config/runtime-env';
import type { ProvinceConfig } from '../../shared/config/province-config';
import { ConfigError } from '../../shared/errors';
import { REPO_ROOT } from '../../shared/paths';
import { bindTable, bindTopic, grantBucketPrefixes, grantQueueConsumption } from './bindings';
import { BUNDLED_DATA_DIR, DATA_FILES } from '../../shared/domain/gazetteer';
import { BUNDLED_PACKS_DIR, PACK_FILES } from '../../shared/domain/normalizer/packs';
import { LAZY_MODULES, lazyModuleHooks, quote } from './lazy-modules';
import { DEAD_LETTER_RETENTION, deadLetterQueue, secureQueue } from './secure-defaults';
import { PARSER_BUNDLE_TARGET, PARSER_ESBUILD_ARGS } from './parser-build';

/**
 * Repository root: bundling resolves the entry, lock file and packages from here. Found
 * from cdk.json rather than this file's directory, so the stack also synthesizes from
 * the CLI bundle (the local run provisions from the template).
 */
export const PROJECT_ROOT = REPO_ROOT;

/** The newest Node.js runtime of this aws-cdk-lib, and the matching esbuild target. */
export const PARSER_RUNTIME = lambda.Runtime.NODEJS_24_X;
export { PARSER_BUNDLE_TARGET };

/**
 * Lambda caps the whole environment at 4 KB; the config gets this share of it and the
 * table name, topic ARNs and Powertools settings the rest. A larger config ships in the
 * bundle (see {@link parserConfigEnvironment}).
 */
export const PROVINCE_CONFIG_ENV_BUDGET_BYTES = 3 * 1024;

export interface IngestProps {
  /** The upload bucket; uploads under `incoming/` are queued for the parser. */
  readonly bucket: s3.IBucket;
  readonly table: dynamodb.ITable;
  readonly reportsTopic: sns.ITopic;
  readonly operationsTopic: sns.ITopic;
  /** Customer-managed key of the bucket, table, topics and the ingest queues. */
  readonly key: kms.IKey;
  /** The validated province config the parser normalizes against. */
  readonly provinceConfig: ProvinceConfig;
  /** @default RemovalPolicy.RETAIN */
  readonly removalPolicy?: RemovalPolicy;
  /** @default logs.RetentionDays.ONE_YEAR */
  readonly logRetention?: logs.RetentionDays;
  /** @default 'INFO' */
  readonly logLevel?: 'DEBUG' | 'INFO' | 'WARN' | 'ERROR';
  /** @default functions/parse-report.ts of this repository */
  readonly entry?: string;
  /**
   * 1024 MB buys the CPU share that PDF and DOCX decoding needs to stay well inside the
   * timeout; tune it from the benchmark (`npm run bench`) rather than by guess.
   * @default 1024
   */
  readonly memorySize?: number;
  /**
   * A report is decoded, normalized, stored and announced in about a second; 30 s
   * leaves room for a large PDF and SDK retries without letting a stuck batch hold its
   * messages invisible for long (the queue's visibility timeout follows this value).
   * @default Duration.seconds(30)
   */
  readonly timeout?: Duration;
  /**
   * Upper bound of parallel parsers, which protects the table and subscribers from a
   * bulk upload. The event source never exceeds it, so the bound causes no throttling.
   * @default 10
   */
  readonly reservedConcurrency?: number;
  /** Deliveries of a message before it moves to the dead-letter queue. @default 5 */
  readonly maxReceiveCount?: number;
  /** @default 10 */
  readonly batchSize?: number;
  /** @default Duration.seconds(5) */
  readonly maxBatchingWindow?: Duration;
}

/**
 * From upload to parser: S3 ObjectCreated notifications for `incoming/` go to an
 * encrypted queue (with a dead-letter queue) that feeds the parser function, which
 * reports failures per message.
 */
export class Ingest extends Construct {
  public readonly queue: sqs.Queue;
  public readonly deadLetterQueue: sqs.Queue;
  public readonly parser: nodejs.NodejsFunction;
  public readonly logGroup: logs.LogGroup;
  public readonly role: iam.Role;

  constructor(scope: Construct, id: string, props: IngestProps) {
    super(scope, id);
    const removalPolicy = props.removalPolicy ?? RemovalPolicy.RETAIN;
    const timeout = props.timeout ?? Duration.seconds(30);
    const batchSize = props.batchSize ?? 10;
    const maxBatchingWindow = props.maxBatchingWindow ?? Duration.seconds(5);
    const reservedConcurrency = props.reservedConcurrency ?? 10;
    const maxReceiveCount = props.maxReceiveCount ?? 5;
    // Every problem at once, so one synth shows all that needs fixing.
    const problems: string[] = [];
    if (reservedConcurrency < 2) problems.push('reservedConcurrency must be at least 2 (the minimum maxConcurrency of an SQS event source)');
    if (batchSize < 1 || batchSize > 10) problems.push('batchSize must be between 1 and 10 so a batch fits the function timeout');
    // A file whose reading killed an attempt is read once more, then failed on the receive after: both before the dead-letter queue.
    if (maxReceiveCount < DEAD_ATTEMPTS_BEFORE_FAILING + 1) problems.push(`maxReceiveCount must be at least ${DEAD_ATTEMPTS_BEFORE_FAILING + 1}`);
    if (problems.length > 0) throw new ConfigError('Ingest: invalid props', problems);

    this.deadLetterQueue = deadLetterQueue(this, 'DeadLetterQueue', {
      key: props.key,
      removalPolicy,
      purpose: 'the ingest queue',
    });
    this.queue = secureQueue(this, 'Queue', {
      key: props.key,
      // AWS guidance for SQS event sources: at least six times the function timeout
      // (plus the batching window), so retries of a throttled or failed invocation do
      // not make a message visible again while it is still being processed.
      visibilityTimeout: Duration.seconds(timeout.toSeconds() * 6 + maxBatchingWindow.toSeconds()),
      retentionPeriod: DEAD_LETTER_RETENTION,
      deadLetterQueue: { queue: this.deadLetterQueue, maxReceiveCount },
      removalPolicy,
    });

    props.bucket.addEventNotification(s3.EventType.OBJECT_CREATED, new EncryptedQueueDestination(this.queue), {
      prefix: INCOMING_PREFIX,
    });
    acknowledgeBucketNotificationsHandler(Stack.of(this));

    this.logGroup = new logs.LogGroup(this, 'ParserLogs', {
      retention: props.logRetention ?? logs.RetentionDays.ONE_YEAR,
      removalPolicy,
    });
    // An explicit role instead of the default one: the managed
    // AWSLambdaBasicExecutionRole may write to any log group of the account.
    this.role = new iam.Role(this, 'ParserRole', {
      assumedBy: new iam.ServicePrincipal('lambda.amazonaws.com'),
      description: 'Conference report parser',
    });
    this.logGroup.grantWrite(this.role);

    this.parser = new nodejs.NodejsFunction(this, 'Parser', {
      description: 'Parses uploaded conference reports, stores the records and notifies the offices',
      entry: props.entry ?? path.join(PROJECT_ROOT, 'functions', 'parse-report.ts'),
      handler: 'handler',
      projectRoot: PROJECT_ROOT,
      depsLockFilePath: path.join(PROJECT_ROOT, 'package-lock.json'),
      runtime: PARSER_RUNTIME,
      architecture: lambda.Architecture.ARM_64,
      memorySize: props.memorySize ?? 1024,
      timeout,
      reservedConcurrentExecutions: reservedConcurrency,
      tracing: lambda.Tracing.ACTIVE,
      role: this.role,
      logGroup: this.logGroup,
      environment: {
        POWERTOOLS_SERVICE_NAME: PARSER_SERVICE_NAME,
        POWERTOOLS_METRICS_NAMESPACE: METRICS_NAMESPACE,
        POWERTOOLS_LOG_LEVEL: props.logLevel ?? 'INFO',
        ...parserConfigEnvironment(props.provinceConfig),
      },
      bundling: {
        format: nodejs.OutputFormat.CJS,
        target: PARSER_BUNDLE_TARGET,
        minify: true,
        charset: nodejs.Charset.UTF8,
        esbuildArgs: PARSER_ESBUILD_ARGS,
        sourceMap: true,
        forceDockerBundling: false,
        externalModules: ['@aws-sdk/*', ...LAZY_MODULES],
        commandHooks: withDecodeWorker(parserBundleHooks(props.provinceConfig), PROJECT_ROOT, PARSER_BUNDLE_TARGET),
      },
    });
    Validations.of(this.parser).acknowledge({
      id: 'Serverless-LambdaDLQ',
      reason:
        'The parser is only invoked synchronously by its SQS event source; messages it cannot process go to the ingest dead-letter queue.',
    });

    bindTable(this.parser, props.table, props.key);
    bindTopic(this.parser, ENV.notificationsTopicArn, props.reportsTopic, props.key);
    bindTopic(this.parser, ENV.operationsTopicArn, props.operationsTopic, props.key);
    grantBucketPrefixes(this.parser, props.bucket, props.key, {
      readPrefix: INCOMING_PREFIX,
      writePrefix: QUARANTINE_PREFIX,
    });

    // The mapping is declared directly, not through `SqsEventSource`, whose grant adds an
    // unconditioned `kms:Decrypt`; the consumption grant above it keeps `kms:ViaService`.
    grantQueueConsumption(this.parser, this.queue, props.key);
    const mapping = this.parser.addEventSourceMapping('IngestQueueMapping', {
      eventSourceArn: this.queue.queueArn,
      batchSize,
      maxBatchingWindow,
      reportBatchItemFailures: true,
      // Equal to the reserved concurrency: the poller never invokes more parsers than
      // may run, so throttling cannot push healthy messages towards the DLQ.
      maxConcurrency: reservedConcurrency,
    });
    Validations.of(mapping).acknowledge({
      id: 'Serverless-LambdaEventSourceMappingDestination',
      reason:
        'SQS event source mappings support no on-failure destination; the ingest queue redrives failed messages to its dead-letter queue.',
    });

    const defaultPolicy = this.role.node.tryFindChild('DefaultPolicy');
    const bucketLogicalId = Stack.of(this).resolve((props.bucket.node.defaultChild as s3.CfnBucket | undefined)?.logicalId) as string;
    if (defaultPolicy !== undefined) {
      Validations.of(defaultPolicy).acknowledge(
        {
          id: 'AwsSolutions-IAM5[Resource::*]',
          reason: 'X-Ray PutTraceSegments and PutTelemetryRecords (active tracing) support no resource-level permissions.',
        },
        {
          id: `AwsSolutions-IAM5[Resource::<${bucketLogicalId}.Arn>/${INCOMING_PREFIX}*]`,
          reason: 'Object-level access limited to the incoming/ prefix; upload keys are not known in advance.',
        },
        {
          id: `AwsSolutions-IAM5[Resource::<${bucketLogicalId}.Arn>/${QUARANTINE_PREFIX}*]`,
          reason: 'Write access limited to the quarantine/ prefix; quarantined keys mirror the upload keys.',
        },
      );
    }
  }
}

/** Shell-safe single quoting: the paths come from the machine that synthesizes. */
const shellQuote = (value: string): string => `'${value.replace(/'/g, `'\\''`)}'`;

/**
 * Adds the decode worker to the asset: a second bundle, `decode-worker.js` next to the
 * handler, which the parser starts in a worker thread for each file (see
 * `shared/app/decode-isolation.ts`). Like the handler, it loads the lazy decoders from the
 * asset's `node_modules`.
 */
export function withDecodeWorker(hooks: nodejs.ICommandHooks, projectRoot: string, target: string): nodejs.ICommandHooks {
  const esbuild = path.join(projectRoot, 'node_modules', '.bin', 'esbuild');
  return {
    beforeBundling: (inputDir, outputDir) => hooks.beforeBundling(inputDir, outputDir),
    beforeInstall: (inputDir, outputDir) => hooks.beforeInstall(inputDir, outputDir),
    afterBundling: (inputDir, outputDir) => [
      ...hooks.afterBundling(inputDir, outputDir),
      [
        shellQuote(esbuild),
        shellQuote(path.join(projectRoot, 'shared', 'app', 'decode-worker.ts')),
        '--bundle',
        '--platform=node',
        '--format=cjs',
        `--target=${target}`,
        '--minify',
        '--legal-comments=none',
        '--log-level=error',
        "--external:'@aws-sdk/*'",
        ...LAZY_MODULES.map((name) => `--external:${shellQuote(name)}`),
        `--outfile=${shellQuote(path.posix.join(outputDir, DECODE_WORKER_BUNDLE))}`,
      ].join(' '),
    ],
  };
}

/**
 * The config the parser normalizes against: the province and its units, which
 * normalization and the audience attribute need. Offices (and with them subscriber
 * addresses and phone numbers) stay out: SNS filter policies deliver to them.
 */
export function parserConfigJson(config: ProvinceConfig): string {
  return JSON.stringify({ province: config.province, units: config.units, offices: [] });
}

/** The parser's config file inside its bundle, when the environment cannot hold the config. */
export const BUNDLED_CONFIG_FILE = 'province-config.json';
/** Where Lambda unpacks a function's code (LAMBDA_TASK_ROOT). */
export const LAMBDA_TASK_ROOT = '/var/task';

/**
 * How the parser receives its config. Lambda caps the whole environment at 4 KB: a config
 * that fits {@link PROVINCE_CONFIG_ENV_BUDGET_BYTES} travels in `PROVINCE_CONFIG_JSON`
 * (a dozen district-level units take about 2 KB); a larger one (Hải Phòng's 126 units
 * take about 18 KB) is written into the bundle and named by `PROVINCE_CONFIG_FILE`.
 */
export function parserConfigEnvironment(config: ProvinceConfig): Record<string, string> {
  const json = parserConfigJson(config);
  if (Buffer.byteLength(json, 'utf8') <= PROVINCE_CONFIG_ENV_BUDGET_BYTES) return { [ENV.provinceConfigJson]: json };
  return { [ENV.provinceConfigFile]: path.posix.join(LAMBDA_TASK_ROOT, BUNDLED_CONFIG_FILE) };
}

/**
 * Bundling hooks of the parser: the lazy decoders, the gazetteer's data files and the
 * normalizer's language packs (read on first use from `gazetteer-data/` and
 * `normalizer-packs/` beside the handler) and the config file.
 */
export function parserBundleHooks(config: ProvinceConfig): nodejs.ICommandHooks {
  const lazy = lazyModuleHooks({ projectRoot: PROJECT_ROOT, target: PARSER_BUNDLE_TARGET });
  const dataDir = path.join(PROJECT_ROOT, 'shared', 'domain', 'gazetteer', 'data');
  const packsDir = path.join(PROJECT_ROOT, 'shared', 'domain', 'normalizer', 'packs');
  return {
    beforeBundling: () => [],
    beforeInstall: () => [],
    afterBundling: (inputDir: string, outputDir: string) => {
      const bundledData = path.posix.join(outputDir, BUNDLED_DATA_DIR);
      const bundledPacks = path.posix.join(outputDir, BUNDLED_PACKS_DIR);
      return [
        ...lazy.afterBundling(inputDir, outputDir),
        `mkdir -p ${quote(bundledData)}`,
        ...DATA_FILES.map((file) => `cp ${quote(path.join(dataDir, file))} ${quote(path.posix.join(bundledData, file))}`),
        `mkdir -p ${quote(bundledPacks)}`,
        ...PACK_FILES.map((file) => `cp ${quote(path.join(packsDir, file))} ${quote(path.posix.join(bundledPacks, file))}`),
        `printf '%s' ${quote(parserConfigJson(config))} > ${quote(path.posix.join(outputDir, BUNDLED_CONFIG_FILE))}`,
      ];
    },
  };
}

/**
 * S3 notifications into the encrypted ingest queue. Unlike `SqsDestination`, the grant
 * stays in the queue policy: that one also adds a key-policy statement conditioned on
 * the bucket ARN, which makes the key depend on the bucket it encrypts (a cycle). The
 * key policy lets S3 use the key (see `createDataKey`).
 */
class EncryptedQueueDestination implements s3.IBucketNotificationDestination {
  constructor(private readonly queue: sqs.Queue) {}

  bind(scope: Construct, bucket: s3.IBucketRef): s3.BucketNotificationDestinationConfig {
    const { policyDependable } = this.queue.addToResourcePolicy(
      new iam.PolicyStatement({
        sid: 'AllowUploadNotifications',
        principals: [new iam.ServicePrincipal('s3.amazonaws.com')],
        actions: ['sqs:SendMessage', 'sqs:GetQueueAttributes', 'sqs:GetQueueUrl'],
        resources: [this.queue.queueArn],
        conditions: {
          ArnLike: { 'aws:SourceArn': bucket.bucketRef.bucketArn },
          StringEquals: { 'aws:SourceAccount': Stack.of(scope).account },
        },
      }),
    );
    return {
      arn: this.queue.queueArn,
      type: s3.BucketNotificationDestinationType.QUEUE,
      // S3 checks the permission when the notification is configured.
      dependencies: policyDependable ? [policyDependable] : undefined,
    };
  }
}

/**
 * S3 event notifications are configured by a handler function that aws-cdk-lib adds
 * once per stack; its role is not configurable.
 */
function acknowledgeBucketNotificationsHandler(stack: Stack): void {
  const handler = stack.node.tryFindChild('BucketNotificationsHandler050a0587b7544547bf325f094a3db834');
  if (handler === undefined) return;
  Validations.of(handler).acknowledge({
    id: 'AwsSolutions-IAM4[Policy::arn:<AWS::Partition>:iam::aws:policy/service-role/AWSLambdaBasicExecutionRole]',
    reason:
      'CDK-owned handler that applies the bucket notification configuration at deploy time; aws-cdk-lib defines its role.',
  });
}
