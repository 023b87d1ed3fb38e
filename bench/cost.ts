import type { NormalizerResults } from './normalizer';
import type { PipelineResults } from './pipeline';
import { round } from './stats';

/**
 * AWS cost per million reports, from what the benchmark measured: the normalizer's CPU
 * time, the AWS calls the handler made per report, the batch size the event source
 * achieved, the bytes logged, and the deliveries the routing produced.
 */

/** us-east-1 list prices (USD), without free tiers. */
export const PRICES = {
  takenOn: '2025-06-01',
  region: 'us-east-1',
  source: 'AWS public pricing pages (aws.amazon.com/<service>/pricing), list prices without free tier',
  lambdaArmPerGbSecond: 0.0000133334,
  lambdaPerRequest: 0.2 / 1e6,
  sqsPerRequest: 0.4 / 1e6,
  snsPublishPerRequest: 0.5 / 1e6,
  snsDelivery: { email: 2 / 1e5, https: 0.6 / 1e6, sqs: 0, lambda: 0 } as Record<string, number>,
  dynamoPerWru: 0.625 / 1e6,
  dynamoPerRru: 0.125 / 1e6,
  s3PerPut: 0.005 / 1e3,
  s3PerGet: 0.0004 / 1e3,
  logsPerGbIngested: 0.5,
  xrayPerTraceRecorded: 5 / 1e6,
} as const;

/** Assumptions the measurements cannot give. */
export const ASSUMPTIONS = {
  /** Lambda gives one full vCPU at 1,769 MB and a proportional share below. */
  fullVcpuMb: 1769,
  /** In-region round trip of one S3/DynamoDB/SNS call as the handler waits on it. */
  awsCallLatencyMs: 8,
  /** START, END and REPORT lines plus one Powertools EMF metrics line per invocation. */
  platformLogBytesPerInvocation: 900,
  /** X-Ray's default sampling: the first request each second and 5% of the rest. */
  xraySampledShare: 0.05,
} as const;

export interface CostLine {
  readonly item: string;
  readonly quantityPerReport: number;
  readonly unit: string;
  readonly unitPrice: number;
  readonly usdPerMillion: number;
}

export interface CostResults {
  readonly usdPerMillionReports: number;
  readonly lines: readonly CostLine[];
  readonly inputs: {
    readonly memoryMb: number;
    readonly normalizerMeanMs: number;
    readonly cpuMsPerReport: number;
    readonly ioWaitMsPerReport: number;
    readonly billedMsPerReport: number;
    readonly reportsPerInvocation: number;
    readonly handlerAwsCallsPerReport: number;
  };
  readonly prices: typeof PRICES;
  readonly assumptions: typeof ASSUMPTIONS;
}

/** The stack's default (infra/constructs/ingest.ts `memorySize ?? 1024`). */
export const PARSER_MEMORY_MB = 1024;

export function costModel(input: {
  normalizer: NormalizerResults['normalizer'];
  pipeline: PipelineResults;
  memoryMb?: number;
}): CostResults {
  const memoryMb = input.memoryMb ?? PARSER_MEMORY_MB;
  const run = input.pipeline.parser;
  const calls = run.handlerCallsPerReport;
  const platform = run.platformCallsPerReport;
  const get = (record: Record<string, number>, key: string): number => record[key] ?? 0;
  const sumWhere = (record: Record<string, number>, test: (key: string) => boolean): number =>
    Object.entries(record).reduce((sum, [key, value]) => (test(key) ? sum + value : sum), 0);

  const reportsPerInvocation = run.invocations > 0 ? run.uploads / run.invocations : 1;
  const invocationsPerReport = 1 / reportsPerInvocation;
  const handlerAwsCalls = sumWhere(calls, (key) => !key.includes(' '));
  // CPU time stretches by the share of a vCPU the memory setting buys; waiting on AWS
  // overlaps across the messages of a batch, which run concurrently.
  // The normalizer's CPU time when measured (on a loaded machine its wall clock also counts other processes' turns).
  const normalizerMs = input.normalizer.meanCpuMs ?? input.normalizer.meanMs;
  const cpuMs = normalizerMs * Math.max(1, ASSUMPTIONS.fullVcpuMb / memoryMb);
  const ioMs = (handlerAwsCalls * ASSUMPTIONS.awsCallLatencyMs) / reportsPerInvocation;
  const billedMs = cpuMs + ioMs;
  const gbSeconds = (memoryMb / 1024) * (billedMs / 1000);

  // One receive and one batch delete per invocation; polls that straddle the measured
  // window make the counted receives a little noisy, the invocation count is exact.
  const sqsRequests = get(platform, 'SQS.SendMessage') + 2 * invocationsPerReport;
  const snsPublishes = get(calls, 'SNS.Publish') * input.pipeline.snsRequestsPerPublish;
  const logBytes = run.logBytesPerReport + ASSUMPTIONS.platformLogBytesPerInvocation * invocationsPerReport;

  const lines: CostLine[] = [];
  const add = (item: string, quantityPerReport: number, unit: string, unitPrice: number): void => {
    lines.push({ item, quantityPerReport: round(quantityPerReport, 4), unit, unitPrice, usdPerMillion: round(quantityPerReport * unitPrice * 1e6, 4) });
  };
  add(`Lambda compute (arm64, ${memoryMb} MB)`, gbSeconds, 'GB-s', PRICES.lambdaArmPerGbSecond);
  add('Lambda requests', invocationsPerReport, 'invocation', PRICES.lambdaPerRequest);
  add('SQS requests (S3 notification, event source receive + delete)', sqsRequests, 'request', PRICES.sqsPerRequest);
  add('SNS publishes', snsPublishes, '64 KB request', PRICES.snsPublishPerRequest);
  for (const [protocol, n] of Object.entries(input.pipeline.deliveriesByProtocolPerReport)) {
    const price = PRICES.snsDelivery[protocol];
    add(`SNS deliveries (${protocol})`, n, 'delivery', price ?? Number.NaN);
  }
  add('DynamoDB writes (table)', get(calls, 'DynamoDB WRU'), 'WRU', PRICES.dynamoPerWru);
  add('DynamoDB writes (lookup index, estimated)', get(calls, 'DynamoDB WRU (lookup index, estimated)'), 'WRU', PRICES.dynamoPerWru);
  add('DynamoDB reads (strongly consistent)', get(calls, 'DynamoDB RRU'), 'RRU', PRICES.dynamoPerRru);
  add('S3 PUT (the upload)', get(platform, 'S3.PutObject'), 'request', PRICES.s3PerPut);
  add('S3 GET (the parser reads it)', get(calls, 'S3.GetObject'), 'request', PRICES.s3PerGet);
  add('CloudWatch Logs ingestion', logBytes / 1e3, 'KB', PRICES.logsPerGbIngested / 1e6);
  add('X-Ray traces (sampled)', invocationsPerReport * ASSUMPTIONS.xraySampledShare, 'trace', PRICES.xrayPerTraceRecorded);

  const total = lines.reduce((sum, line) => sum + (Number.isFinite(line.usdPerMillion) ? line.usdPerMillion : 0), 0);
  return {
    usdPerMillionReports: round(total, 2),
    lines,
    inputs: {
      memoryMb,
      normalizerMeanMs: normalizerMs,
      cpuMsPerReport: round(cpuMs, 3),
      ioWaitMsPerReport: round(ioMs, 3),
      billedMsPerReport: round(billedMs, 3),
      reportsPerInvocation: round(reportsPerInvocation, 3),
      handlerAwsCallsPerReport: round(handlerAwsCalls, 3),
    },
    prices: PRICES,
    assumptions: ASSUMPTIONS,
  };
}
