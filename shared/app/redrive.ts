import { parseS3Notification } from '../domain/s3-event';

/**
 * Moving messages from the ingest dead-letter queue back to the ingest queue, after the
 * cause of their failures is fixed. Receive, send, delete, in that order: a crash in
 * between leaves a message in both queues (processed twice, which the parser tolerates),
 * never in neither.
 */

export interface QueueMessage {
  readonly id: string;
  readonly receiptHandle: string;
  readonly body: string;
  /** Message attributes to carry over, as SQS returns them. */
  readonly attributes?: Readonly<Record<string, unknown>>;
  /** Times the message was received so far (the dead-letter queue counts too). */
  readonly receiveCount?: number;
}

/** The two queues, as the use case needs them; the CLI implements this over SQS. */
export interface RedriveQueues {
  /** Receives up to `max` messages from the dead-letter queue, hiding them for `hideSeconds`. */
  receive(max: number, hideSeconds: number): Promise<QueueMessage[]>;
  /** Sends to the ingest queue; returns the ids that were NOT accepted. */
  send(messages: readonly QueueMessage[]): Promise<Set<string>>;
  /** Deletes from the dead-letter queue; returns the ids that were NOT deleted. */
  remove(messages: readonly QueueMessage[]): Promise<Set<string>>;
  /** Makes messages visible again at once (after a dry run). */
  release(messages: readonly QueueMessage[]): Promise<void>;
}

export interface RedriveOptions {
  readonly dryRun?: boolean;
  /** Stop after this many messages (default: until the queue is empty). */
  readonly max?: number;
  /** Seconds a received message stays hidden while it is being moved or shown. */
  readonly hideSeconds?: number;
  readonly onMessage?: (message: QueueMessage, outcome: MessageOutcome) => void;
}

export type MessageOutcome = 'moved' | 'would-move' | 'send-failed' | 'delete-failed';

export interface RedriveResult {
  readonly moved: number;
  /** With dryRun: how many would move. */
  readonly wouldMove: number;
  /** Not accepted by the ingest queue: still in the dead-letter queue, visible again later. */
  readonly sendFailed: number;
  /** Sent but not deleted: they reappear in the dead-letter queue and would be sent twice. */
  readonly deleteFailed: number;
  readonly messages: readonly { readonly id: string; readonly outcome: MessageOutcome; readonly summary: string }[];
}

/** One line saying what a dead-lettered message is about (usually an S3 upload). */
export function describeMessage(body: string): string {
  try {
    const notification = parseS3Notification(body);
    if (notification.kind === 'objects-created') return notification.objects.map((object) => `s3://${object.bucket}/${object.key}`).join(', ');
    if (notification.kind === 'test-event') return 'S3 test event';
    return `not an upload (${notification.reason})`;
  } catch {
    return `not JSON: ${body.slice(0, 60)}`;
  }
}

/**
 * Moves every message (or `max`) from the dead-letter queue to the ingest queue. A dry
 * run receives them to list them, then releases them untouched.
 */
export async function redrive(queues: RedriveQueues, options: RedriveOptions = {}): Promise<RedriveResult> {
  const max = options.max ?? Number.POSITIVE_INFINITY;
  // Long enough that a message cannot come round again while this run is still going.
  const hideSeconds = options.hideSeconds ?? (options.dryRun ? 60 : 120);
  const seen = new Set<string>();
  const held: QueueMessage[] = [];
  const report: { id: string; outcome: MessageOutcome; summary: string }[] = [];
  const record = (message: QueueMessage, outcome: MessageOutcome) => {
    report.push({ id: message.id, outcome, summary: describeMessage(message.body) });
    options.onMessage?.(message, outcome);
  };
  try {
    while (report.length < max) {
      const received = await queues.receive(Math.min(10, max - report.length), hideSeconds);
      // A message seen before is back because a send or delete failed: this run is done with it.
      const fresh = received.filter((message) => !seen.has(message.id));
      if (fresh.length === 0) break;
      for (const message of fresh) seen.add(message.id);
      if (options.dryRun) {
        held.push(...fresh);
        for (const message of fresh) record(message, 'would-move');
        continue;
      }
      const notSent = await queues.send(fresh);
      const sent = fresh.filter((message) => !notSent.has(message.id));
      const notDeleted = sent.length ? await queues.remove(sent) : new Set<string>();
      for (const message of fresh) {
        record(message, notSent.has(message.id) ? 'send-failed' : notDeleted.has(message.id) ? 'delete-failed' : 'moved');
      }
    }
  } finally {
    if (held.length) await queues.release(held);
  }
  const count = (outcome: MessageOutcome) => report.filter((entry) => entry.outcome === outcome).length;
  return {
    moved: count('moved') + count('delete-failed'),
    wouldMove: count('would-move'),
    sendFailed: count('send-failed'),
    deleteFailed: count('delete-failed'),
    messages: report,
  };
}
