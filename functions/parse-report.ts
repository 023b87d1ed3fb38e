import { Logger } from '@aws-lambda-powertools/logger';
import { Metrics } from '@aws-lambda-powertools/metrics';
import type { Tracer } from '@aws-lambda-powertools/tracer';
import type { Context, SQSBatchResponse, SQSEvent } from 'aws-lambda';
import { createAwsClients } from '../shared/adapters/aws-clients';
import { handleIngestBatch } from '../shared/app/ingest-batch';
import { createParserDeps, powertoolsLog, powertoolsMetrics } from '../shared/app/parser-runtime';
import { PARSER_SERVICE_NAME, readParserSettings } from '../shared/config/runtime-env';

// Built once per execution environment, not per invocation.
const logger = new Logger({ serviceName: PARSER_SERVICE_NAME });
const metrics = new Metrics({ serviceName: PARSER_SERVICE_NAME });
// The tracer's X-Ray SDK turns on process-wide async hooks when merely loaded, so it is
// loaded only where tracing is on (in Lambda), not in the local run or the benchmarks.
const tracer: Tracer | null =
  process.env.POWERTOOLS_TRACE_ENABLED === 'false'
    ? null
    : new (require('@aws-lambda-powertools/tracer') as typeof import('@aws-lambda-powertools/tracer')).Tracer({ serviceName: PARSER_SERVICE_NAME });
const settings = readParserSettings();
const clients = createAwsClients({
  ...(settings.awsEndpoint ? { endpoint: settings.awsEndpoint } : {}),
  ...(settings.dynamoEndpoint ? { dynamoEndpoint: settings.dynamoEndpoint } : {}),
});
if (tracer) for (const client of [clients.s3, clients.dynamo, clients.sns]) tracer.captureAWSv3Client(client);
const deps = createParserDeps(settings, powertoolsLog(logger), powertoolsMetrics(metrics), clients);

/** SQS ingest queue -> one use case per S3 object -> per-message failures. */
export async function handler(event: SQSEvent, context: Context): Promise<SQSBatchResponse> {
  logger.addContext(context);
  try {
    // The decode deadline follows the time this invocation has left.
    const result = await handleIngestBatch(event.Records, { ...deps, remainingTimeMs: () => context.getRemainingTimeInMillis() });
    logger.info('ingest batch done', {
      messages: event.Records.length,
      failures: result.batchItemFailures.length,
      outcomes: result.outcomes.map(({ key, outcome }) => ({ key, status: outcome.status })),
    });
    return { batchItemFailures: result.batchItemFailures };
  } finally {
    // Publishing nothing makes Powertools warn on every empty batch.
    if (metrics.hasStoredMetrics()) metrics.publishStoredMetrics();
  }
}
