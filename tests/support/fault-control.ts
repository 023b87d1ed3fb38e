import { ScanCommand, type DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import { DeleteMessageCommand, ReceiveMessageCommand, SendMessageCommand, type SQSClient } from '@aws-sdk/client-sqs';
import type { FaultPlan, FaultStats } from '../../shared/local/fault-proxy';

/** Replaces the fault plan of a running fault proxy (`{}` turns faults off). */
export async function setFaults(controlUrl: string, plan: FaultPlan & { resetStats?: boolean }): Promise<void> {
  const response = await fetch(controlUrl, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(plan) });
  if (!response.ok) throw new Error(`fault proxy refused the plan: ${response.status} ${await response.text()}`);
}

export async function faultStats(controlUrl: string): Promise<FaultStats> {
  const response = await fetch(`${controlUrl}/stats`);
  if (!response.ok) throw new Error(`fault proxy stats: ${response.status}`);
  return (await response.json()) as FaultStats;
}

/**
 * What an operator does with a dead-letter queue once the cause is fixed: move every
 * message back to the source queue. Returns how many moved.
 */
export async function redriveDeadLetters(sqs: SQSClient, deadLetterQueueUrl: string, sourceQueueUrl: string): Promise<number> {
  let moved = 0;
  for (;;) {
    const response = await sqs.send(new ReceiveMessageCommand({ QueueUrl: deadLetterQueueUrl, MaxNumberOfMessages: 10, WaitTimeSeconds: 0 }));
    const messages = response.Messages ?? [];
    if (messages.length === 0) return moved;
    for (const message of messages) {
      await sqs.send(new SendMessageCommand({ QueueUrl: sourceQueueUrl, MessageBody: message.Body ?? '' }));
      await sqs.send(new DeleteMessageCommand({ QueueUrl: deadLetterQueueUrl, ReceiptHandle: message.ReceiptHandle ?? '' }));
      moved++;
    }
  }
}

/** Every item of a table whose sort key is `sk` (a full scan: test tables are small). */
export async function scanBySortKey(dynamo: DynamoDBDocumentClient, tableName: string, sk: string): Promise<Record<string, unknown>[]> {
  const items: Record<string, unknown>[] = [];
  let start: Record<string, unknown> | undefined;
  do {
    const page = await dynamo.send(
      new ScanCommand({
        TableName: tableName,
        FilterExpression: '#sk = :sk',
        ExpressionAttributeNames: { '#sk': 'sk' },
        ExpressionAttributeValues: { ':sk': sk },
        ...(start ? { ExclusiveStartKey: start } : {}),
      }),
    );
    items.push(...(page.Items ?? []));
    start = page.LastEvaluatedKey;
  } while (start);
  return items;
}

/** Drains a queue of SNS envelopes (the operations topic's) and returns the parsed messages. */
export async function drainEnvelopes(sqs: SQSClient, queueUrl: string): Promise<Record<string, unknown>[]> {
  const bodies: Record<string, unknown>[] = [];
  for (;;) {
    const response = await sqs.send(new ReceiveMessageCommand({ QueueUrl: queueUrl, MaxNumberOfMessages: 10, WaitTimeSeconds: 0 }));
    const messages = response.Messages ?? [];
    if (messages.length === 0) return bodies;
    for (const message of messages) {
      try {
        const envelope = JSON.parse(message.Body ?? '{}') as { Message?: string };
        bodies.push(JSON.parse(envelope.Message ?? '{}') as Record<string, unknown>);
      } catch {
        bodies.push({ unreadable: message.Body ?? '' });
      }
      await sqs.send(new DeleteMessageCommand({ QueueUrl: queueUrl, ReceiptHandle: message.ReceiptHandle ?? '' }));
    }
  }
}
