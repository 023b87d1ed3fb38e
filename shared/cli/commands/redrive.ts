import {
  ChangeMessageVisibilityBatchCommand,
  DeleteMessageBatchCommand,
  GetQueueAttributesCommand,
  ReceiveMessageCommand,
  SendMessageBatchCommand,
  type MessageAttributeValue,
  type SQSClient,
} from '@aws-sdk/client-sqs';
import { redrive, type QueueMessage, type RedriveQueues } from '../../app/redrive';
import { UsageError } from '../../errors';
import { defineCommand, type FlagValues, type OptionSpecs } from '../command';
import { Progress } from '../progress';
import { TARGET_OPTION_SPECS, closeTarget, intFlag, onTarget, resolveTarget } from '../target';

const OPTIONS = {
  'dry-run': { type: 'boolean', description: 'list what would move and leave every message where it is' },
  max: { type: 'string', value: 'N', description: 'move at most N messages (default: all)' },
  json: {
    type: 'boolean',
    description: `print {"moved","wouldMove","sendFailed","deleteFailed",
"messages":[{"id","outcome","summary"}]} on stdout`,
  },
  ...TARGET_OPTION_SPECS,
} as const satisfies OptionSpecs;

/** {@link RedriveQueues} over SQS: batches of ten, as SQS allows. */
export function sqsRedriveQueues(sqs: SQSClient, deadLetterQueueUrl: string, ingestQueueUrl: string): RedriveQueues {
  return {
    async receive(max, hideSeconds) {
      const response = await sqs.send(
        new ReceiveMessageCommand({
          QueueUrl: deadLetterQueueUrl,
          MaxNumberOfMessages: Math.max(1, Math.min(10, max)),
          VisibilityTimeout: hideSeconds,
          WaitTimeSeconds: 1,
          MessageAttributeNames: ['All'],
          MessageSystemAttributeNames: ['ApproximateReceiveCount'],
        }),
      );
      return (response.Messages ?? []).map((message) => ({
        id: message.MessageId ?? '',
        receiptHandle: message.ReceiptHandle ?? '',
        body: message.Body ?? '',
        ...(message.MessageAttributes ? { attributes: message.MessageAttributes } : {}),
        receiveCount: Number(message.Attributes?.ApproximateReceiveCount ?? 0),
      }));
    },
    async send(messages) {
      const byEntry = new Map(messages.map((message, index) => [`m${index}`, message]));
      const response = await sqs.send(
        new SendMessageBatchCommand({
          QueueUrl: ingestQueueUrl,
          Entries: [...byEntry].map(([id, message]) => ({
            Id: id,
            MessageBody: message.body,
            ...(message.attributes && Object.keys(message.attributes).length
              ? { MessageAttributes: message.attributes as Record<string, MessageAttributeValue> }
              : {}),
          })),
        }),
      );
      return new Set((response.Failed ?? []).map((entry) => byEntry.get(entry.Id ?? '')?.id ?? ''));
    },
    async remove(messages) {
      const byEntry = new Map(messages.map((message, index) => [`m${index}`, message]));
      const response = await sqs.send(
        new DeleteMessageBatchCommand({
          QueueUrl: deadLetterQueueUrl,
          Entries: [...byEntry].map(([id, message]) => ({ Id: id, ReceiptHandle: message.receiptHandle })),
        }),
      );
      return new Set((response.Failed ?? []).map((entry) => byEntry.get(entry.Id ?? '')?.id ?? ''));
    },
    async release(messages) {
      for (let start = 0; start < messages.length; start += 10) {
        const chunk = messages.slice(start, start + 10);
        await sqs.send(
          new ChangeMessageVisibilityBatchCommand({
            QueueUrl: deadLetterQueueUrl,
            Entries: chunk.map((message, index) => ({ Id: `m${index}`, ReceiptHandle: message.receiptHandle, VisibilityTimeout: 0 })),
          }),
        );
      }
    },
  };
}

async function run(values: FlagValues<typeof OPTIONS>, positionals: string[]): Promise<number> {
  if (positionals.length > 0) throw new UsageError(`unexpected argument "${positionals[0]}"`);
  const max = values.max === undefined ? undefined : intFlag(values.max, '--max', 0, { min: 1 });
  const dryRun = Boolean(values['dry-run']);
  const target = await resolveTarget(values);
  try {
    const { sqs } = target.clients;
    const attributes = await onTarget(target, 'read the dead-letter queue', () =>
      sqs.send(new GetQueueAttributesCommand({ QueueUrl: target.ingestDlqUrl, AttributeNames: ['ApproximateNumberOfMessages'] })),
    );
    const waiting = Number(attributes.Attributes?.ApproximateNumberOfMessages ?? 0);
    const progress = new Progress(process.stderr, dryRun ? 'Reading' : 'Redriving', Math.max(1, Math.min(waiting, max ?? waiting)));
    const result = await onTarget(target, 'redrive', () =>
      redrive(sqsRedriveQueues(sqs, target.ingestDlqUrl, target.ingestQueueUrl), {
        dryRun,
        ...(max !== undefined ? { max } : {}),
        onMessage: (message: QueueMessage, outcome) => progress.tick(`${outcome} ${message.id}`),
      }),
    );
    progress.finish();
    if (values.json) {
      process.stdout.write(`${JSON.stringify(result)}\n`);
    } else if (result.messages.length === 0) {
      console.log('The ingest dead-letter queue is empty: nothing to redrive.');
    } else {
      for (const message of result.messages) console.log(`${message.outcome.padEnd(13)} ${message.id}  ${message.summary}`);
      console.log(
        dryRun
          ? `\n${result.wouldMove} message(s) would move from the ingest dead-letter queue to the ingest queue; run without --dry-run to move them.`
          : `\nMoved ${result.moved} message(s) from the ingest dead-letter queue to the ingest queue.` +
              (result.sendFailed ? ` ${result.sendFailed} could not be sent and stay in the dead-letter queue.` : '') +
              (result.deleteFailed ? ` ${result.deleteFailed} were sent but not deleted: they will show again in the dead-letter queue.` : ''),
      );
    }
    return result.sendFailed || result.deleteFailed ? 1 : 0;
  } finally {
    closeTarget(target);
  }
}

export const redriveCommand = defineCommand({
  name: 'redrive',
  summary: 'move messages from the ingest dead-letter queue back to the ingest queue',
  usage: 'reports redrive [--dry-run] [--max N] [--json]',
  description: `Moves the messages of the ingest dead-letter queue (uploads the parser failed on
repeatedly, e.g. during an outage) back to the ingest queue, so the parser tries them
again. Each message is received, sent to the ingest queue, then deleted from the
dead-letter queue. Fix the cause first: a message that fails again returns to the
dead-letter queue after the queue's maximum receive count.`,
  options: OPTIONS,
  exitCodes: 'Exit codes: 0 all moved (or listed), 1 some message could not be moved, 2 wrong usage.',
  examples: ['reports redrive --dry-run && reports redrive'],
  run,
});
