import { DeleteMessageBatchCommand, ReceiveMessageCommand, type Message, type SQSClient } from '@aws-sdk/client-sqs';

/**
 * Receives one batch of up to ten messages, hands each to `onMessage` and deletes the
 * batch (the local consumers of notices and operations events read each message once,
 * like an e-mail inbox); returns how many messages arrived. SQS errors propagate.
 */
export async function receiveAndDelete(
  sqs: SQSClient,
  queueUrl: string,
  waitSeconds: number,
  onMessage: (message: Message) => void,
): Promise<number> {
  const response = await sqs.send(new ReceiveMessageCommand({ QueueUrl: queueUrl, MaxNumberOfMessages: 10, WaitTimeSeconds: waitSeconds }));
  const messages = response.Messages ?? [];
  for (const message of messages) onMessage(message);
  await deleteMessages(sqs, queueUrl, messages);
  return messages.length;
}

/** Deletes received messages, ten per DeleteMessageBatch call (its limit); SQS errors propagate. */
export async function deleteMessages(sqs: SQSClient, queueUrl: string, messages: readonly Message[]): Promise<void> {
  for (let start = 0; start < messages.length; start += 10) {
    const chunk = messages.slice(start, start + 10);
    await sqs.send(
      new DeleteMessageBatchCommand({
        QueueUrl: queueUrl,
        Entries: chunk.map((message, index) => ({ Id: String(index), ReceiptHandle: message.ReceiptHandle ?? '' })),
      }),
    );
  }
}
