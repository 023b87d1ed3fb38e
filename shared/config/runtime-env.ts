import * as z from 'zod';
import { ConfigError } from '../errors';
import { DEFAULT_DECODE_LIMITS } from '../domain/decode';
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

const positiveInt = z.coerce.number().int().positive();

const parserEnvSchema = z.object({
  [ENV.tableName]: z.string().min(1),
  [ENV.notificationsTopicArn]: z.string().min(1),
  [ENV.operationsTopicArn]: z.string().min(1),
  [ENV.recordLinkTemplate]: z.string().optional(),
  [ENV.awsEndpoint]: z.url().optional(),
  [ENV.dynamoEndpoint]: z.url().optional(),
  [ENV.maxObjectBytes]: positiveInt.default(DEFAULT_DECODE_LIMITS.maxBytes),
  [ENV.maxDecompressedBytes]: positiveInt.default(DEFAULT_DECODE_LIMITS.maxDecompressedBytes),
  [ENV.maxPdfPages]: positiveInt.default(DEFAULT_DECODE_LIMITS.maxPdfPages),
  [ENV.decodeTimeBudgetMs]: positiveInt.default(DEFAULT_DECODE_LIMITS.timeBudgetMs),
});

export interface ParserSettings {
  readonly tableName: string;
  readonly notificationsTopicArn: string;
  readonly operationsTopicArn: string;
  readonly recordLinkTemplate: string | null;
  readonly awsEndpoint: string | null;
  readonly dynamoEndpoint: string | null;
  readonly province: ProvinceConfig;
  readonly decodeLimits: typeof DEFAULT_DECODE_LIMITS;
}

/** Reads and validates the parser's environment; throws {@link ConfigError} naming every problem. */
export function readParserSettings(env: NodeJS.ProcessEnv = process.env): ParserSettings {
  const parsed = parserEnvSchema.safeParse(env);
  if (!parsed.success) {
    throw new ConfigError(
      'parser environment is invalid',
      parsed.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`),
    );
  }
  const values = parsed.data;
  const inline = env[ENV.provinceConfigJson];
  const file = env[ENV.provinceConfigFile];
  let province: ProvinceConfig;
  if (inline) {
    let raw: unknown;
    try {
      raw = JSON.parse(inline);
    } catch (cause) {
      throw new ConfigError(`${ENV.provinceConfigJson} is not valid JSON: ${(cause as Error).message}`);
    }
    province = parseProvinceConfig(raw, ENV.provinceConfigJson);
  } else if (file) {
    province = loadProvinceConfig(file);
  } else {
    throw new ConfigError(`set ${ENV.provinceConfigJson} or ${ENV.provinceConfigFile}`);
  }
  return {
    tableName: values[ENV.tableName],
    notificationsTopicArn: values[ENV.notificationsTopicArn],
    operationsTopicArn: values[ENV.operationsTopicArn],
    recordLinkTemplate: values[ENV.recordLinkTemplate] ?? null,
    awsEndpoint: values[ENV.awsEndpoint] ?? null,
    dynamoEndpoint: values[ENV.dynamoEndpoint] ?? null,
    province,
    decodeLimits: {
      maxBytes: values[ENV.maxObjectBytes],
      maxDecompressedBytes: values[ENV.maxDecompressedBytes],
      maxPdfPages: values[ENV.maxPdfPages],
      timeBudgetMs: values[ENV.decodeTimeBudgetMs],
    },
  };
}
