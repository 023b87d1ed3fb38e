import { Logger } from '@aws-lambda-powertools/logger';
import { Metrics } from '@aws-lambda-powertools/metrics';
import type { Tracer } from '@aws-lambda-powertools/tracer';
import type { Context, SQSBatchResponse, SQSEvent } from 'aws-lambda';
import { createAwsClients } from '../shared/adapters/aws-clients';
import { handleIngestBatch, type IngestRedelivery } from '../shared/app/ingest-batch';
import { SqsRedelivery, queueUrlOfRecord } from '../shared/adapters/sqs-redelivery';
import type { Log } from '../shared/app/ports';
import type { ProcessUploadDeps } from '../shared/app/process-upload';
import { PARSER_SERVICE_NAME, readParserSettings } from '../shared/config/runtime-env';
import { createParserDeps, powertoolsLog, powertoolsMetrics } from './parser-dependencies';

export type ParseReportHandler = (event: SQSEvent, context: Context) => Promise<SQSBatchResponse>;

/** What the parser's handler runs on: the use case's dependencies and where its own log goes. */
export interface ParseReportDependencies {
  readonly upload: ProcessUploadDeps;
  readonly log: Log;
  /** Brings back sooner a message that only met another worker processing the same report. */
  readonly redelivery?: IngestRedelivery;
  /** Attaches the invocation (request id, cold start) to the log lines that follow. */
  readonly addContext?: (context: Context) => void;
  /** Sends the metrics counted during an invocation, at its end. */
  readonly flushMetrics?: () => void;
}

/** SQS ingest queue -> one use case per S3 object -> per-message failures. */
export function createParseReportHandler(deps: ParseReportDependencies): ParseReportHandler {
  return async (event, context) => {
    deps.addContext?.(context);
    try {
      // The decode deadline follows the time this invocation has left.
      const result = await handleIngestBatch(event.Records, { ...deps.upload, remainingTimeMs: () => context.getRemainingTimeInMillis() }, {
        ...(deps.redelivery ? { redelivery: deps.redelivery } : {}),
      });
      deps.log.info('ingest batch done', {
        messages: event.Records.length,
        failures: result.batchItemFailures.length,
        outcomes: result.outcomes.map(({ key, outcome }) => ({ key, status: outcome.status })),
      });
      return { batchItemFailures: result.batchItemFailures };
    } finally {
      deps.flushMetrics?.();
    }
  };
}

/** The Lambda's dependencies, from its validated environment. */
function lambdaDependencies(): ParseReportDependencies {
  const settings = readParserSettings(process.env);
  const logger = new Logger({ serviceName: PARSER_SERVICE_NAME });
  const metrics = new Metrics({ serviceName: PARSER_SERVICE_NAME });
  // The tracer's X-Ray SDK turns on process-wide async hooks when merely loaded, so it is
  // loaded only where tracing is on.
  const tracer: Tracer | null =
    process.env.POWERTOOLS_TRACE_ENABLED === 'false'
      ? null
      : new (require('@aws-lambda-powertools/tracer') as typeof import('@aws-lambda-powertools/tracer')).Tracer({ serviceName: PARSER_SERVICE_NAME });
  const clients = createAwsClients({
    ...(settings.awsEndpoint ? { endpoint: settings.awsEndpoint } : {}),
    ...(settings.dynamoEndpoint ? { dynamoEndpoint: settings.dynamoEndpoint } : {}),
  });
  if (tracer) for (const client of [clients.s3, clients.dynamo, clients.sns]) tracer.captureAWSv3Client(client);
  const log = powertoolsLog(logger);
  return {
    upload: createParserDeps(settings, log, powertoolsMetrics(metrics), clients),
    log,
    redelivery: new SqsRedelivery(() => clients.sqs, queueUrlOfRecord),
    addContext: (context) => logger.addContext(context),
    // Publishing nothing makes Powertools warn on every empty batch.
    flushMetrics: () => {
      if (metrics.hasStoredMetrics()) metrics.publishStoredMetrics();
    },
  };
}

// Built once per execution environment, at its first invocation: loading the module
// (the local run does, for the factory) reads no environment.
let lambdaHandler: ParseReportHandler | null = null;

/** The Lambda entry (the stack points at this export). */
export async function handler(event: SQSEvent, context: Context): Promise<SQSBatchResponse> {
  lambdaHandler ??= createParseReportHandler(lambdaDependencies());
  return lambdaHandler(event, context);
}
