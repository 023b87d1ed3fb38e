import type { SQSClient } from '@aws-sdk/client-sqs';
import type { IngestMessage, IngestRedelivery } from '../app/ingest-batch';
import { ReportsError } from '../errors';

/**
 * The queue URL of an SQS queue ARN (`arn:PARTITION:sqs:REGION:ACCOUNT:NAME`), in the form
 * the SQS endpoint of that partition serves.
 */
export function queueUrlOfArn(arn: string): string {
  const parts = arn.split(':');
  if (parts.length !== 6 || parts[0] !== 'arn' || parts[2] !== 'sqs' || !parts[3] || !parts[4] || !parts[5]) {
    throw new ReportsError(`not an SQS queue ARN: ${arn}`);
  }
  const [, partition, , region, account, name] = parts;
  const domain = partition === 'aws-cn' ? 'amazonaws.com.cn' : 'amazonaws.com';
  return `https://sqs.${region}.${domain}/${account}/${name}`;
}

/**
 * Sets a received message's visibility timeout, so that it comes back after the given delay.
 * The client may be given as a function: the SQS package (about a third of the parser's
 * cold start when loaded) is then loaded at the first redelivery, which most execution
 * environments never make.
 */
export class SqsRedelivery implements IngestRedelivery {
  constructor(
    private readonly sqs: SQSClient | (() => SQSClient),
    /** The URL of the queue the message came from. */
    private readonly queueUrlOf: (message: IngestMessage) => string,
  ) {}

  async redeliverAfter(message: IngestMessage, delaySeconds: number): Promise<void> {
    if (!message.receiptHandle) throw new ReportsError(`message ${message.messageId} has no receipt handle`);
    const { ChangeMessageVisibilityCommand } = require('@aws-sdk/client-sqs') as typeof import('@aws-sdk/client-sqs');
    const client = typeof this.sqs === 'function' ? this.sqs() : this.sqs;
    await client.send(
      new ChangeMessageVisibilityCommand({
        QueueUrl: this.queueUrlOf(message),
        ReceiptHandle: message.receiptHandle,
        VisibilityTimeout: Math.max(0, Math.round(delaySeconds)),
      }),
    );
  }
}

/** The Lambda's case: the queue is named by the record's event source ARN. */
export function queueUrlOfRecord(message: IngestMessage): string {
  if (!message.eventSourceARN) throw new ReportsError(`message ${message.messageId} names no event source`);
  return queueUrlOfArn(message.eventSourceARN);
}
