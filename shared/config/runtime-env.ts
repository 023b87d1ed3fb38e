import { readFileSync } from 'node:fs';
import * as z from '../zod-mini';
import { formatZodIssues } from '../zod-issues';
import { ConfigError } from '../errors';
import { DEFAULT_MEMORY_MB, decodeLimitsForMemory, type DecodeLimits } from '../domain/decode/limits';
import { parseProvinceConfig, loadProvinceConfig, type ProvinceConfig } from './province-config';

/**
 * Environment variables of the parser function. The CDK stack sets them with these
 * names and the handler reads them once at start-up, so the two cannot drift apart.
 */
export const ENV = {
  tableName: 'REPORTS_TABLE_NAME',
  notificationsTopicArn: 'REPORTS_TOPIC_ARN',
  operationsTopicArn: 'OPERATIONS_TOPIC_ARN',
  /** The province config as JSON (the stack inlines it into the bundle at synth time). */
  provinceConfigJson: 'PROVINCE_CONFIG_JSON',
  /** Alternatively a path to the province config file (local run, tests). */
  provinceConfigFile: 'PROVINCE_CONFIG_FILE',
  /** Link offices follow to read a full record, e.g. a console or portal URL; `{reportId}` is replaced. */
  recordLinkTemplate: 'RECORD_LINK_TEMPLATE',
  /** Emulator endpoint for S3, SQS and SNS (local run and tests only; unset in AWS). */
  awsEndpoint: 'REPORTS_AWS_ENDPOINT',
  /** Emulator endpoint for DynamoDB when it differs from the one above. */
  dynamoEndpoint: 'REPORTS_DYNAMODB_ENDPOINT',
  maxObjectBytes: 'MAX_OBJECT_BYTES',
  maxDecompressedBytes: 'MAX_DECOMPRESSED_BYTES',
  maxPdfPages: 'MAX_PDF_PAGES',
  decodeTimeBudgetMs: 'DECODE_TIME_BUDGET_MS',
  /** Set by Lambda to the function's memory; the decode limits and the decoder's heap follow it. */
  memoryMb: 'AWS_LAMBDA_FUNCTION_MEMORY_SIZE',
} as const;

/**
 * Powertools service name of the parser (its logs, metrics and traces) and the metrics
 * namespace; the stack sets them in the function's environment, the handler names itself.
 */
export const PARSER_SERVICE_NAME = 'report-parser';
export const METRICS_NAMESPACE = 'ConferenceReports';

/**
 * Names of the stack outputs. The CDK stack declares them and the CLI finds a deployed
 * stack's resources through them, so they never change.
 */
export const STACK_OUTPUTS = {
  bucketName: 'BucketName',
  tableName: 'TableName',
  reportsTopicArn: 'ReportsTopicArn',
  operationsTopicArn: 'OperationsTopicArn',
  ingestQueueUrl: 'IngestQueueUrl',
  ingestDeadLetterQueueUrl: 'IngestDeadLetterQueueUrl',
  subscriptionsDeadLetterQueueUrl: 'SubscriptionsDeadLetterQueueUrl',
  parserFunctionName: 'ParserFunctionName',
  dashboardName: 'DashboardName',
  dataKeyArn: 'DataKeyArn',
  uploaderPolicyArn: 'UploaderPolicyArn',
  operatorPolicyArn: 'OperatorPolicyArn',
} as const;

/** Where uploads land, and where undecodable ones are copied. */
export const INCOMING_PREFIX = 'incoming/';
export const QUARANTINE_PREFIX = 'quarantine/';

/** DynamoDB layout shared by the stack, the repository adapter and the local run. */
export const TABLE_DESIGN = {
  partitionKey: 'pk',
  sortKey: 'sk',
  lookupIndex: { name: 'lookup', partitionKey: 'lookupPk', sortKey: 'lookupSk' },
} as const;

const positiveInt = z.coerce.number().check(z.int(), z.positive());

const decodeEnvSchema = z.object({
  [ENV.maxObjectBytes]: z.optional(positiveInt),
  [ENV.maxDecompressedBytes]: z.optional(positiveInt),
  [ENV.maxPdfPages]: z.optional(positiveInt),
  [ENV.decodeTimeBudgetMs]: z.optional(positiveInt),
  [ENV.memoryMb]: z._default(positiveInt, DEFAULT_MEMORY_MB),
});

const parserEnvSchema = z.extend(decodeEnvSchema, {
  [ENV.tableName]: z.string().check(z.minLength(1)),
  [ENV.notificationsTopicArn]: z.string().check(z.minLength(1)),
  [ENV.operationsTopicArn]: z.string().check(z.minLength(1)),
  [ENV.recordLinkTemplate]: z.optional(z.string()),
  [ENV.awsEndpoint]: z.optional(z.url()),
  [ENV.dynamoEndpoint]: z.optional(z.url()),
});

/** The decoder's part of the parser settings: the process's memory and the limits that follow it. */
export type DecodeSettings = Pick<ParserSettings, 'memoryMb' | 'decodeLimits'>;

/**
 * Reads the decode limits alone (the local run takes the operator's overrides, its other
 * settings being its own); throws {@link ConfigError} naming every problem.
 */
export function readDecodeSettings(env: NodeJS.ProcessEnv = process.env): DecodeSettings {
  const parsed = decodeEnvSchema.safeParse(env);
  if (!parsed.success) {
    throw new ConfigError(
      'parser environment is invalid',
      formatZodIssues(parsed.error, { root: 'environment' }),
    );
  }
  return decodeSettingsOf(parsed.data);
}

function decodeSettingsOf(values: z.infer<typeof decodeEnvSchema>): DecodeSettings {
  return {
    memoryMb: values[ENV.memoryMb],
    decodeLimits: withOverrides(decodeLimitsForMemory(values[ENV.memoryMb]), {
      maxBytes: values[ENV.maxObjectBytes],
      maxDecompressedBytes: values[ENV.maxDecompressedBytes],
      maxPdfPages: values[ENV.maxPdfPages],
      timeBudgetMs: values[ENV.decodeTimeBudgetMs],
    }),
  };
}

export interface ParserSettings {
  readonly tableName: string;
  readonly notificationsTopicArn: string;
  readonly operationsTopicArn: string;
  readonly recordLinkTemplate: string | null;
  readonly awsEndpoint: string | null;
  readonly dynamoEndpoint: string | null;
  readonly province: ProvinceConfig;
  /** Memory of the process (the function's memory in Lambda), which the decoder's heap cap follows. */
  readonly memoryMb: number;
  readonly decodeLimits: DecodeLimits;
}

/** Reads and validates the parser's environment; throws {@link ConfigError} naming every problem. */
/**
 * A JSON setting that travels in the environment while it fits Lambda's 4 KB, or else in a
 * file of the function's bundle named by a second variable: the text of whichever is set.
 */
export function jsonSetting(env: NodeJS.ProcessEnv, inlineName: string, fileName: string): string | undefined {
  const inline = env[inlineName];
  if (inline) return inline;
  const file = env[fileName];
  if (!file) return undefined;
  try {
    return readFileSync(file, 'utf8');
  } catch (cause) {
    throw new ConfigError(`${fileName}: cannot read ${file}: ${(cause as Error).message}`);
  }
}

/**
 * The province config a function was deployed with: inline in `PROVINCE_CONFIG_JSON`, or in
 * the bundle's file named by `PROVINCE_CONFIG_FILE` when it is too large for the environment.
 */
export function provinceConfigFromEnvironment(env: NodeJS.ProcessEnv): ProvinceConfig {
  const inline = env[ENV.provinceConfigJson];
  const file = env[ENV.provinceConfigFile];
  if (inline) {
    let raw: unknown;
    try {
      raw = JSON.parse(inline);
    } catch (cause) {
      throw new ConfigError(`${ENV.provinceConfigJson} is not valid JSON: ${(cause as Error).message}`);
    }
    return parseProvinceConfig(raw, ENV.provinceConfigJson);
  }
  if (file) return loadProvinceConfig(file);
  throw new ConfigError(`set ${ENV.provinceConfigJson} or ${ENV.provinceConfigFile}`);
}

export function readParserSettings(env: NodeJS.ProcessEnv = process.env): ParserSettings {
  const parsed = parserEnvSchema.safeParse(env);
  if (!parsed.success) {
    throw new ConfigError(
      'parser environment is invalid',
      formatZodIssues(parsed.error, { root: 'environment' }),
    );
  }
  const values = parsed.data;
  const province = provinceConfigFromEnvironment(env);
  return {
    tableName: values[ENV.tableName],
    notificationsTopicArn: values[ENV.notificationsTopicArn],
    operationsTopicArn: values[ENV.operationsTopicArn],
    recordLinkTemplate: values[ENV.recordLinkTemplate] ?? null,
    awsEndpoint: values[ENV.awsEndpoint] ?? null,
    dynamoEndpoint: values[ENV.dynamoEndpoint] ?? null,
    province,
    ...decodeSettingsOf(values),
  };
}

function withOverrides(limits: DecodeLimits, overrides: { readonly [K in keyof DecodeLimits]?: number | undefined }): DecodeLimits {
  const set = Object.fromEntries(Object.entries(overrides).filter(([, value]) => value !== undefined));
  return { ...limits, ...set };
}
