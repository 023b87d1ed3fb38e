import type { SQSClient } from '@aws-sdk/client-sqs';
import { receiveAndDelete } from './receive-batch';

/** A notice as an office's SQS endpoint receives it. */
export interface ReceivedNotice {
  readonly officeId: string;
  readonly notificationId: string;
  readonly reportId: string;
  readonly version: number;
  readonly type: string;
  readonly title: string;
  readonly audience: readonly string[];
  /** The machine-readable notice (the `sqs` message of the publish). */
  readonly notice: Record<string, unknown>;
  readonly receivedAt: Date;
}

function parseNotice(officeId: string, body: string): ReceivedNotice | null {
  try {
    const envelope = JSON.parse(body) as { Message?: string };
    const notice = JSON.parse(envelope.Message ?? body) as Record<string, unknown>;
    if (typeof notice.notificationId !== 'string') return null;
    return {
      officeId,
      notificationId: notice.notificationId,
      reportId: String(notice.reportId),
      version: Number(notice.version),
      type: String(notice.type),
      title: String(notice.title ?? ''),
      audience: Array.isArray(notice.audience) ? notice.audience.map(String) : [],
      notice,
      receivedAt: new Date(),
    };
  } catch {
    return null;
  }
}

/**
 * Long polls held at once. The SDK's HTTP handler keeps 50 sockets per client, shared with
 * the pipeline's own requests; this leaves most of them free.
 */
export const MAX_LONG_POLLS = 20;

/** Drains office queues (the stand-ins for e-mail, SMS and HTTPS endpoints) and keeps what arrived. */
export class OfficeInbox {
  readonly received: ReceivedNotice[] = [];
  private readonly listeners: ((notice: ReceivedNotice) => void)[] = [];
  private running = false;
  private loops: Promise<void>[] = [];

  constructor(
    private readonly sqs: SQSClient,
    private readonly queues: readonly { officeId: string; queueUrl: string }[],
  ) {}

  onNotice(listener: (notice: ReceivedNotice) => void): void {
    this.listeners.push(listener);
  }

  start(): void {
    if (this.running) return;
    this.running = true;
    if (this.queues.length <= MAX_LONG_POLLS) {
      this.loops = this.queues.map((queue) => this.poll(queue.officeId, queue.queueUrl));
      return;
    }
    // One long poll per queue would hold one socket each: past the SDK's pool of 50 the
    // pipeline's own requests queue behind them (115 offices tripled the time a report
    // took to arrive). Beyond MAX_LONG_POLLS queues, a fixed number of loops take turns.
    const shards: { officeId: string; queueUrl: string }[][] = Array.from({ length: MAX_LONG_POLLS }, () => []);
    this.queues.forEach((queue, index) => shards[index % MAX_LONG_POLLS]?.push(queue));
    this.loops = shards.map((shard) => this.pollInTurn(shard));
  }

  async stop(): Promise<void> {
    this.running = false;
    await Promise.all(this.loops);
  }

  /** Offices that received a notification id. */
  recipientsOf(notificationId: string): string[] {
    return [...new Set(this.received.filter((notice) => notice.notificationId === notificationId).map((notice) => notice.officeId))].sort();
  }

  private async poll(officeId: string, queueUrl: string): Promise<void> {
    while (this.running) {
      try {
        await this.receive(officeId, queueUrl, 1);
      } catch {
        if (this.running) await new Promise((resolve) => setTimeout(resolve, 300));
      }
    }
  }

  /** Short polls over several queues in turn, resting briefly after a round that found nothing. */
  private async pollInTurn(queues: readonly { officeId: string; queueUrl: string }[]): Promise<void> {
    while (this.running) {
      let found = 0;
      for (const queue of queues) {
        if (!this.running) return;
        try {
          found += await this.receive(queue.officeId, queue.queueUrl, 0);
        } catch {
          // A queue that fails this round is tried again in the next.
        }
      }
      if (found === 0 && this.running) await new Promise((resolve) => setTimeout(resolve, 200));
    }
  }

  /** Receives and deletes one batch of a queue; returns how many messages arrived. */
  private receive(officeId: string, queueUrl: string, waitSeconds: number): Promise<number> {
    return receiveAndDelete(this.sqs, queueUrl, waitSeconds, (message) => {
      const notice = parseNotice(officeId, message.Body ?? '');
      if (!notice) return;
      this.received.push(notice);
      for (const listener of this.listeners) listener(notice);
    });
  }
}
