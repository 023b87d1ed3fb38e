import { ReceiveMessageCommand, type Message } from '@aws-sdk/client-sqs';
import type { SQSClient } from '@aws-sdk/client-sqs';
import type { Context, SQSBatchResponse, SQSEvent, SQSRecord } from 'aws-lambda';
import type { Log } from '../app/ports';
import { PARSER_SERVICE_NAME } from '../config/runtime-env';
import { describeError } from '../errors';
import { deleteMessages } from './receive-batch';

export type SqsHandler = (event: SQSEvent, context: Context) => Promise<SQSBatchResponse | void>;

export interface EventSourceOptions {
  readonly sqs: SQSClient;
  readonly queueUrl: string;
  readonly queueArn: string;
  readonly handler: SqsHandler;
  readonly log: Log;
  /** Messages per invocation at most (the mapping's BatchSize). @default 10 */
  readonly batchSize?: number;
  /**
   * How long a poller keeps gathering messages into a batch that is not full yet (the
   * mapping's MaximumBatchingWindowInSeconds). @default 0
   */
  readonly maxBatchingWindowMs?: number;
  /**
   * Honour the `batchItemFailures` the handler returns (ReportBatchItemFailures). Without
   * it Lambda ignores the list and deletes the whole batch. @default true
   */
  readonly reportBatchItemFailures?: boolean;
  /** Parallel pollers, like Lambda's concurrent invocations (the mapping's MaximumConcurrency). */
  readonly concurrency?: number;
  readonly waitTimeSeconds?: number;
  readonly region?: string;
}

export interface EventSourceSettings {
  readonly batchSize: number;
  readonly maxBatchingWindowMs: number;
  readonly concurrency: number;
  readonly reportBatchItemFailures: boolean;
}

function toRecord(message: Message, queueArn: string, region: string): SQSRecord {
  const attributes = message.Attributes ?? {};
  return {
    messageId: message.MessageId ?? '',
    receiptHandle: message.ReceiptHandle ?? '',
    body: message.Body ?? '',
    attributes: {
      ApproximateReceiveCount: attributes.ApproximateReceiveCount ?? '1',
      SentTimestamp: attributes.SentTimestamp ?? String(Date.now()),
      SenderId: attributes.SenderId ?? 'local',
      ApproximateFirstReceiveTimestamp: attributes.ApproximateFirstReceiveTimestamp ?? String(Date.now()),
    },
    messageAttributes: {},
    md5OfBody: message.MD5OfBody ?? '',
    eventSource: 'aws:sqs',
    eventSourceARN: queueArn,
    awsRegion: region,
  };
}

function lambdaContext(name: string): Context {
  const deadline = Date.now() + 30_000;
  return {
    callbackWaitsForEmptyEventLoop: false,
    functionName: name,
    functionVersion: '$LATEST',
    invokedFunctionArn: `arn:aws:lambda:local:000000000000:function:${name}`,
    memoryLimitInMB: '1024',
    awsRequestId: `${Date.now().toString(16)}-${Math.random().toString(16).slice(2)}`,
    logGroupName: `/aws/lambda/${name}`,
    logStreamName: 'local',
    getRemainingTimeInMillis: () => Math.max(0, deadline - Date.now()),
    done: () => undefined,
    fail: () => undefined,
    succeed: () => undefined,
  };
}

/**
 * Behaves like Lambda's SQS event source: receives batches, invokes the handler, deletes
 * the messages it did not report as failed, and leaves failures to reappear after the
 * visibility timeout (and, past maxReceiveCount, to be moved to the dead-letter queue by
 * the queue's redrive policy).
 */
export class SqsEventSource {
  private running = false;
  private readonly loops: Promise<void>[] = [];
  private busy = 0;
  invocations = 0;

  constructor(private readonly options: EventSourceOptions) {}

  /** The settings this event source polls with (what the parity test compares with the mapping). */
  get settings(): EventSourceSettings {
    return {
      batchSize: this.options.batchSize ?? 10,
      maxBatchingWindowMs: this.options.maxBatchingWindowMs ?? 0,
      concurrency: this.options.concurrency ?? 2,
      reportBatchItemFailures: this.options.reportBatchItemFailures ?? true,
    };
  }

  start(): void {
    if (this.running) return;
    this.running = true;
    for (let index = 0; index < (this.options.concurrency ?? 2); index++) this.loops.push(this.poll());
  }

  /** True while a batch is being handled. */
  get active(): boolean {
    return this.busy > 0;
  }

  async stop(): Promise<void> {
    this.running = false;
    await Promise.all(this.loops);
    this.loops.length = 0;
  }

  /**
   * One batch as Lambda's poller gathers it: after the first messages arrive, it keeps
   * receiving until the batch is full or the batching window has passed.
   */
  private async receiveBatch(): Promise<Message[]> {
    const { sqs, queueUrl } = this.options;
    const batchSize = this.options.batchSize ?? 10;
    const windowMs = this.options.maxBatchingWindowMs ?? 0;
    const receive = async (max: number, waitTimeSeconds: number): Promise<Message[]> => {
      const response = await sqs.send(
        new ReceiveMessageCommand({ QueueUrl: queueUrl, MaxNumberOfMessages: max, WaitTimeSeconds: waitTimeSeconds, MessageSystemAttributeNames: ['All'] }),
      );
      return response.Messages ?? [];
    };
    const messages = await receive(Math.min(batchSize, 10), this.options.waitTimeSeconds ?? 1);
    if (messages.length === 0 || windowMs <= 0) return messages;
    const deadline = Date.now() + windowMs;
    while (this.running && messages.length < batchSize && Date.now() < deadline) {
      const waitSeconds = Math.min(1, Math.floor((deadline - Date.now()) / 1000));
      const more = await receive(Math.min(batchSize - messages.length, 10), waitSeconds);
      messages.push(...more);
      // A short poll (wait 0) that found nothing: pause briefly instead of spinning.
      if (more.length === 0 && waitSeconds === 0) await new Promise((resolve) => setTimeout(resolve, Math.min(50, Math.max(0, deadline - Date.now()))));
    }
    return messages;
  }

  private async poll(): Promise<void> {
    const { sqs, queueUrl, queueArn, handler, log } = this.options;
    const region = this.options.region ?? 'us-east-1';
    const reportBatchItemFailures = this.options.reportBatchItemFailures ?? true;
    while (this.running) {
      let messages: Message[] = [];
      try {
        messages = await this.receiveBatch();
      } catch (error) {
        if (!this.running) break;
        log.warn('event source could not receive', { error: describeError(error) });
        await new Promise((resolve) => setTimeout(resolve, 500));
        continue;
      }
      if (messages.length === 0) continue;
      this.busy++;
      try {
        const event: SQSEvent = { Records: messages.map((message) => toRecord(message, queueArn, region)) };
        let failed = new Set<string>();
        try {
          this.invocations++;
          const result = await handler(event, lambdaContext(PARSER_SERVICE_NAME));
          if (reportBatchItemFailures) failed = new Set((result?.batchItemFailures ?? []).map((failure) => failure.itemIdentifier));
        } catch (error) {
          // Lambda treats a thrown error as the whole batch failing.
          log.error('handler threw; the whole batch will be redelivered', { error: describeError(error) });
          failed = new Set(event.Records.map((record) => record.messageId));
        }
        const done = messages.filter((message) => !failed.has(message.MessageId ?? ''));
        // A message left undeleted comes back after its visibility timeout, like Lambda's.
        await deleteMessages(sqs, queueUrl, done).catch((error: unknown) =>
          log.warn('event source could not delete processed messages', { error: describeError(error) }),
        );
      } finally {
        this.busy--;
      }
    }
  }
}
