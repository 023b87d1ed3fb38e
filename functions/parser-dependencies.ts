import type { Logger } from '@aws-lambda-powertools/logger';
import { MetricUnit, type Metrics as PowertoolsMetrics } from '@aws-lambda-powertools/metrics';
import type { AwsClients } from '../shared/adapters/aws-clients';
import { DynamoReportRepository } from '../shared/adapters/dynamo-report-repository';
import { S3ObjectStore } from '../shared/adapters/s3-object-store';
import { SnsNoticePublisher } from '../shared/adapters/sns-publisher';
import type { ParserSettings } from '../shared/config/runtime-env';
import { decoderHeapMb } from '../shared/domain/decode/limits';
import { IsolatedDecoder } from '../shared/app/decode-isolation';
import { reportTablePorts, type Log, type Metrics } from '../shared/app/ports';
import type { ProcessUploadDeps } from '../shared/app/process-upload';

/** Adapts Powertools' Logger to the use cases' structured log. */
export function powertoolsLog(logger: Logger): Log {
  return {
    debug: (message, fields) => logger.debug(message, fields ?? {}),
    info: (message, fields) => logger.info(message, fields ?? {}),
    warn: (message, fields) => logger.warn(message, fields ?? {}),
    error: (message, fields) => logger.error(message, fields ?? {}),
  };
}

/** Adapts Powertools' Metrics to the use cases' counters. */
export function powertoolsMetrics(metrics: PowertoolsMetrics): Metrics {
  return { count: (name, value = 1) => metrics.addMetric(name, MetricUnit.Count, value) };
}

/** Where an office reads the full record: the configured link, or the table key. */
export function recordLocator(settings: ParserSettings): (reportId: string) => string {
  return (reportId) =>
    settings.recordLinkTemplate
      ? settings.recordLinkTemplate.replace('{reportId}', encodeURIComponent(reportId))
      : `dynamodb://${settings.tableName}/REPORT%23${reportId}`;
}

/**
 * Wires the parser's adapters once from validated settings. The caller builds the clients
 * (from the same settings), so it can instrument them for tracing first.
 */
export function createParserDeps(settings: ParserSettings, log: Log, metrics: Metrics, clients: AwsClients): ProcessUploadDeps {
  return {
    objects: new S3ObjectStore(clients.s3),
    ...reportTablePorts(new DynamoReportRepository(clients.dynamo, settings.tableName)),
    publisher: new SnsNoticePublisher(clients.sns, settings.notificationsTopicArn, settings.operationsTopicArn),
    log,
    metrics,
    config: settings.province,
    decodeLimits: settings.decodeLimits,
    decoder: new IsolatedDecoder({ heapMb: decoderHeapMb(settings.memoryMb) }),
    recordLocation: recordLocator(settings),
  };
}
