import { readFileSync } from 'node:fs';
import { CloudFormationClient, DescribeStacksCommand } from '@aws-sdk/client-cloudformation';
import { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { S3Client } from '@aws-sdk/client-s3';
import { SNSClient } from '@aws-sdk/client-sns';
import { SQSClient } from '@aws-sdk/client-sqs';
import { DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import { createAwsClients, type AwsClients } from '../adapters/aws-clients';
import { loadProvinceConfig, type ProvinceConfig } from '../config/province-config';
import { STACK_OUTPUTS } from '../config/runtime-env';
import { ReportsError, UsageError, describeError } from '../errors';
import type { LocalEndpointInfo } from '../local/local-pipeline';
import { STATE_FILE_ENV, stateFilePath } from '../paths';
import { renderOptions, type OptionSpecs } from './command';

/**
 * Where the `reports` commands find the pipeline: the local run (its endpoints file) or
 * a deployed stack (its CloudFormation outputs). Both end as one {@link Target}.
 */

export { STATE_FILE_ENV };

const REQUIRED_OUTPUTS = [
  STACK_OUTPUTS.bucketName,
  STACK_OUTPUTS.tableName,
  STACK_OUTPUTS.ingestQueueUrl,
  STACK_OUTPUTS.ingestDeadLetterQueueUrl,
] as const;

export interface OfficeQueue {
  readonly officeId: string;
  readonly queueUrl: string;
}

export interface Target {
  readonly kind: 'local' | 'stack';
  /** For messages: "the local run (pid 123)" or "stack ConferenceReports-dev (eu-west-1)". */
  readonly description: string;
  readonly clients: AwsClients;
  readonly bucket: string;
  readonly tableName: string;
  readonly ingestQueueUrl: string;
  readonly ingestDlqUrl: string;
  readonly reportsTopicArn?: string;
  readonly operationsTopicArn?: string;
  readonly subscriptionsDlqUrl?: string;
  /** The province config the pipeline runs with, when the CLI can know it (local run). */
  readonly config?: ProvinceConfig;
  /** Office stand-in queues; only the local run has them. */
  readonly officeQueues?: readonly OfficeQueue[];
  /** The local run prints the notices itself, consuming the office queues (`npm start`). */
  readonly displaysNotices?: boolean;
}

const TARGET_GROUP = 'Where the pipeline is (default: the local run of `npm start` or `reports local --headless`)';

/** Flags every command that talks to the pipeline accepts, declared once for parsing and help. */
export const TARGET_OPTION_SPECS = {
  'state-file': {
    type: 'string',
    value: 'FILE',
    description: `endpoints file of a local run (default .local/endpoint.json,\nor $${STATE_FILE_ENV})`,
    group: TARGET_GROUP,
  },
  stack: { type: 'string', value: 'NAME', description: 'a deployed stack: resources come from its CloudFormation outputs', group: TARGET_GROUP },
  region: { type: 'string', value: 'R', description: "region of the stack (default: AWS_REGION or the profile's region)", group: TARGET_GROUP },
  profile: { type: 'string', value: 'P', description: 'AWS profile for credentials (default: the default credential chain)', group: TARGET_GROUP },
} as const satisfies OptionSpecs;

/** The same flags for commands that call {@link parseFlags} themselves. */
export const TARGET_OPTIONS = {
  stack: { type: 'string' },
  region: { type: 'string' },
  profile: { type: 'string' },
  'state-file': { type: 'string' },
} as const;

/** Their help block, for commands that write their help by hand. */
export const TARGET_HELP = renderOptions(TARGET_OPTION_SPECS, false);

export interface TargetFlags {
  readonly stack?: string | undefined;
  readonly region?: string | undefined;
  readonly profile?: string | undefined;
  readonly 'state-file'?: string | undefined;
}

/** Seams for tests; production uses the real file system, process table and AWS. */
export interface TargetDeps {
  readonly env?: NodeJS.ProcessEnv;
  readonly readFile?: (path: string) => string;
  readonly isAlive?: (pid: number) => boolean;
  readonly cloudFormation?: (options: { region?: string; profile?: string }) => CloudFormationClient;
  readonly stackClients?: (options: { region?: string; profile?: string }) => AwsClients;
}

/** True when a process with this id exists (EPERM means it exists but is not ours). */
export function processIsAlive(pid: number): boolean {
  if (!Number.isInteger(pid) || pid <= 0) return false;
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

const NO_LOCAL_RUN = 'Start it with `npm start` (or `reports local --headless`) in another terminal, or pass --stack NAME for a deployed stack.';

function isEndpointInfo(value: unknown): value is LocalEndpointInfo {
  if (typeof value !== 'object' || value === null) return false;
  const info = value as Partial<LocalEndpointInfo>;
  return (
    typeof info.endpoint === 'string' &&
    typeof info.dynamoEndpoint === 'string' &&
    typeof info.pid === 'number' &&
    typeof info.resources === 'object' &&
    info.resources !== null &&
    typeof info.resources.bucket === 'string' &&
    typeof info.resources.tableName === 'string'
  );
}

/** Reads the local run's endpoints file; throws a {@link ReportsError} saying how to start one. */
export function readLocalEndpoint(path: string, deps: TargetDeps = {}): LocalEndpointInfo {
  const read = deps.readFile ?? ((file: string) => readFileSync(file, 'utf8'));
  let text: string;
  try {
    text = read(path);
  } catch {
    throw new ReportsError(`no local pipeline is running (${path} does not exist). ${NO_LOCAL_RUN}`);
  }
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch {
    throw new ReportsError(`${path} is not an endpoints file written by \`reports local\`. ${NO_LOCAL_RUN}`);
  }
  if (!isEndpointInfo(parsed)) throw new ReportsError(`${path} is not an endpoints file written by \`reports local\`. ${NO_LOCAL_RUN}`);
  const alive = deps.isAlive ?? processIsAlive;
  if (!alive(parsed.pid)) {
    throw new ReportsError(`the local pipeline that wrote ${path} (pid ${parsed.pid}) is no longer running. ${NO_LOCAL_RUN}`);
  }
  return parsed;
}

function localTarget(flags: TargetFlags, deps: TargetDeps): Target {
  const env = deps.env ?? process.env;
  const path = stateFilePath(flags['state-file'], env);
  const info = readLocalEndpoint(path, deps);
  let config: ProvinceConfig | undefined;
  try {
    config = loadProvinceConfig(info.configPath);
  } catch {
    // The config only enriches the output (office names); the pipeline itself is reachable.
    config = undefined;
  }
  const { resources } = info;
  return {
    kind: 'local',
    description: `the local run (pid ${info.pid}, ${info.endpoint})`,
    clients: createAwsClients({ region: info.region, endpoint: info.endpoint, dynamoEndpoint: info.dynamoEndpoint }),
    bucket: resources.bucket,
    tableName: resources.tableName,
    ingestQueueUrl: resources.ingestQueueUrl,
    ingestDlqUrl: resources.ingestDeadLetterQueueUrl,
    reportsTopicArn: resources.reportsTopicArn,
    operationsTopicArn: resources.operationsTopicArn,
    ...(config ? { config } : {}),
    officeQueues: resources.officeQueues.map(({ officeId, queueUrl }) => ({ officeId, queueUrl })),
    ...(info.displaysNotices ? { displaysNotices: true } : {}),
  };
}

function sdkOptions(flags: TargetFlags): { region?: string; profile?: string } {
  return { ...(flags.region ? { region: flags.region } : {}), ...(flags.profile ? { profile: flags.profile } : {}) };
}

/** SDK clients for AWS itself: default credential chain, optionally a named profile. */
export function awsClientsFor(options: { region?: string; profile?: string }): AwsClients {
  return {
    s3: new S3Client(options),
    dynamo: DynamoDBDocumentClient.from(new DynamoDBClient(options), {
      marshallOptions: { removeUndefinedValues: true, convertEmptyValues: false },
    }),
    sns: new SNSClient(options),
    sqs: new SQSClient(options),
  };
}

async function stackTarget(flags: TargetFlags & { stack: string }, deps: TargetDeps): Promise<Target> {
  const options = sdkOptions(flags);
  const cloudFormation = (deps.cloudFormation ?? ((o) => new CloudFormationClient(o)))(options);
  let outputs: Map<string, string>;
  let region: string | undefined;
  try {
    const response = await cloudFormation.send(new DescribeStacksCommand({ StackName: flags.stack }));
    const stack = response.Stacks?.[0];
    if (!stack) throw new ReportsError(`stack ${flags.stack} not found`);
    outputs = new Map((stack.Outputs ?? []).flatMap((output) => (output.OutputKey && output.OutputValue ? [[output.OutputKey, output.OutputValue]] : [])));
    region = /^arn:aws[a-z-]*:cloudformation:([a-z0-9-]+):/.exec(stack.StackId ?? '')?.[1];
  } catch (error) {
    if (error instanceof ReportsError) throw error;
    const message = describeError(error);
    if (/region is missing/i.test(message)) {
      throw new ReportsError('no AWS region for --stack: pass --region, set AWS_REGION, or use a profile that has a region', { cause: error });
    }
    if (/does not exist/i.test(message)) {
      throw new ReportsError(`stack ${flags.stack} does not exist${flags.region ? ` in ${flags.region}` : ''} (check --stack and --region)`, { cause: error });
    }
    throw new ReportsError(`cannot describe stack ${flags.stack}: ${message}`, { cause: error });
  } finally {
    cloudFormation.destroy();
  }
  const missing = REQUIRED_OUTPUTS.filter((key) => !outputs.has(key));
  if (missing.length) {
    throw new ReportsError(`stack ${flags.stack} has no output ${missing.join(', ')}: is it a conference reports stack?`);
  }
  const output = (key: string) => outputs.get(key) ?? '';
  const optional = (key: string) => outputs.get(key);
  const reportsTopicArn = optional(STACK_OUTPUTS.reportsTopicArn);
  const operationsTopicArn = optional(STACK_OUTPUTS.operationsTopicArn);
  const subscriptionsDlqUrl = optional(STACK_OUTPUTS.subscriptionsDeadLetterQueueUrl);
  // Resources live in the stack's region, whatever the profile's default says.
  const clientOptions = { ...options, ...(region && !options.region ? { region } : {}) };
  return {
    kind: 'stack',
    description: `stack ${flags.stack}${clientOptions.region ? ` (${clientOptions.region})` : ''}`,
    clients: (deps.stackClients ?? awsClientsFor)(clientOptions),
    bucket: output(STACK_OUTPUTS.bucketName),
    tableName: output(STACK_OUTPUTS.tableName),
    ingestQueueUrl: output(STACK_OUTPUTS.ingestQueueUrl),
    ingestDlqUrl: output(STACK_OUTPUTS.ingestDeadLetterQueueUrl),
    ...(reportsTopicArn ? { reportsTopicArn } : {}),
    ...(operationsTopicArn ? { operationsTopicArn } : {}),
    ...(subscriptionsDlqUrl ? { subscriptionsDlqUrl } : {}),
  };
}

/**
 * Resolves the pipeline the command talks to.
 * @throws UsageError for contradictory flags; ReportsError when the pipeline cannot be found.
 */
export async function resolveTarget(flags: TargetFlags, deps: TargetDeps = {}): Promise<Target> {
  const { stack } = flags;
  if (stack !== undefined) {
    if (stack.trim() === '') throw new UsageError('--stack needs a stack name');
    if (flags['state-file'] !== undefined) throw new UsageError('--state-file is for the local run; it does not go with --stack');
    return stackTarget({ ...flags, stack }, deps);
  }
  if (flags.region !== undefined || flags.profile !== undefined) {
    throw new UsageError('--region and --profile go with --stack NAME (the local run needs neither)');
  }
  return localTarget(flags, deps);
}

/**
 * Runs one call against the pipeline and turns SDK failures into a {@link ReportsError}
 * that says which pipeline was unreachable, instead of an SDK stack trace.
 */
export async function onTarget<T>(target: Target, what: string, action: () => Promise<T>): Promise<T> {
  try {
    return await action();
  } catch (error) {
    if (error instanceof ReportsError) throw error;
    const message = describeError(error);
    const unreachable = /ECONNREFUSED|ECONNRESET|socket hang up|EHOSTUNREACH/i.test(`${message} ${(error as { code?: string }).code ?? ''}`);
    if (unreachable && target.kind === 'local') {
      throw new ReportsError(`cannot reach ${target.description} to ${what}: is it still running? ${NO_LOCAL_RUN}`, { cause: error });
    }
    throw new ReportsError(`${what} failed on ${target.description}: ${message}`, { cause: error });
  }
}

/** Releases the SDK clients' sockets so the process can exit promptly. */
export function closeTarget(target: Target): void {
  target.clients.s3.destroy();
  // The document client's destroy() leaves the wrapped client's sockets open.
  target.clients.dynamo.config.requestHandler.destroy?.();
  target.clients.sns.destroy();
  target.clients.sqs.destroy();
}

/** Reads an integer flag within bounds; a {@link UsageError} names the flag otherwise. */
export function intFlag(value: string | undefined, flag: string, fallback: number, bounds: { min?: number; max?: number } = {}): number {
  if (value === undefined) return fallback;
  const min = bounds.min ?? 1;
  const number = /^-?\d+$/.test(value.trim()) ? Number(value) : Number.NaN;
  if (!Number.isSafeInteger(number) || number < min || (bounds.max !== undefined && number > bounds.max)) {
    const range = bounds.max !== undefined ? `from ${min} to ${bounds.max}` : `of at least ${min}`;
    throw new UsageError(`${flag} must be a whole number ${range}, got "${value}"`);
  }
  return number;
}
