import { describeMessage, redrive, type QueueMessage, type RedriveQueues } from '../../../shared/app/redrive';
import { buildS3EventBody } from '../../../shared/domain/s3-event';

/** Two in-memory queues with SQS's visibility rule: a received message is hidden until deleted or released. */
class FakeQueues implements RedriveQueues {
  readonly ingest: QueueMessage[] = [];
  readonly hidden = new Set<string>();
  readonly failSend = new Set<string>();
  readonly failDelete = new Set<string>();
  receives = 0;

  constructor(public deadLetters: QueueMessage[]) {}

  async receive(max: number): Promise<QueueMessage[]> {
    this.receives++;
    const visible = this.deadLetters.filter((message) => !this.hidden.has(message.id)).slice(0, max);
    for (const message of visible) this.hidden.add(message.id);
    return visible;
  }
  async send(messages: readonly QueueMessage[]): Promise<Set<string>> {
    for (const message of messages) if (!this.failSend.has(message.id)) this.ingest.push(message);
    return new Set(messages.filter((message) => this.failSend.has(message.id)).map((message) => message.id));
  }
  async remove(messages: readonly QueueMessage[]): Promise<Set<string>> {
    const failed = new Set(messages.filter((message) => this.failDelete.has(message.id)).map((message) => message.id));
    this.deadLetters = this.deadLetters.filter((message) => failed.has(message.id) || !messages.some((gone) => gone.id === message.id));
    return failed;
  }
  async release(messages: readonly QueueMessage[]): Promise<void> {
    for (const message of messages) this.hidden.delete(message.id);
  }
}

const upload = (n: number): QueueMessage => ({
  id: `m${n}`,
  receiptHandle: `h${n}`,
  body: buildS3EventBody([{ bucket: 'b', key: `incoming/r ${n}.txt`, size: 1, eTag: 'e', sequencer: '01', eventTime: '2024-01-01T00:00:00Z' }]),
});

describe('redrive of the ingest dead-letter queue', () => {
  it('moves every message to the ingest queue and deletes it from the dead-letter queue', async () => {
    const queues = new FakeQueues(Array.from({ length: 23 }, (_, n) => upload(n)));
    const seen: string[] = [];
    const result = await redrive(queues, { onMessage: (message, outcome) => seen.push(`${message.id}:${outcome}`) });
    expect(result).toMatchObject({ moved: 23, wouldMove: 0, sendFailed: 0, deleteFailed: 0 });
    expect(queues.ingest.map((message) => message.id)).toHaveLength(23);
    expect(queues.deadLetters).toEqual([]);
    expect(seen).toHaveLength(23);
    expect(result.messages[0]?.summary).toBe('s3://b/incoming/r 0.txt');
  });

  it('moves nothing on a dry run and leaves every message visible again', async () => {
    const queues = new FakeQueues([upload(1), upload(2)]);
    const result = await redrive(queues, { dryRun: true });
    expect(result).toMatchObject({ moved: 0, wouldMove: 2 });
    expect(queues.ingest).toEqual([]);
    expect(queues.deadLetters).toHaveLength(2);
    expect(queues.hidden.size).toBe(0);
  });

  it('keeps a message the ingest queue refused in the dead-letter queue, and does not delete it', async () => {
    const queues = new FakeQueues([upload(1), upload(2)]);
    queues.failSend.add('m2');
    const result = await redrive(queues);
    expect(result).toMatchObject({ moved: 1, sendFailed: 1 });
    expect(queues.deadLetters.map((message) => message.id)).toEqual(['m2']);
  });

  it('reports a message sent but not deleted, which would otherwise be sent twice unnoticed', async () => {
    const queues = new FakeQueues([upload(1)]);
    queues.failDelete.add('m1');
    const result = await redrive(queues);
    expect(result).toMatchObject({ moved: 1, deleteFailed: 1 });
    expect(result.messages[0]?.outcome).toBe('delete-failed');
  });

  it('stops after --max messages', async () => {
    const queues = new FakeQueues(Array.from({ length: 15 }, (_, n) => upload(n)));
    const result = await redrive(queues, { max: 12 });
    expect(result.moved).toBe(12);
    expect(queues.deadLetters).toHaveLength(3);
  });

  it('ends when only messages it already handled come back', async () => {
    const queues = new FakeQueues([upload(1)]);
    queues.failSend.add('m1');
    // The failed message becomes visible again at once: the run must not loop on it.
    queues.receive = async (max: number) => queues.deadLetters.slice(0, max);
    const result = await redrive(queues);
    expect(result.sendFailed).toBe(1);
  });

  it('describes messages that are not uploads', () => {
    expect(describeMessage('{"Event":"s3:TestEvent","Bucket":"b"}')).toBe('S3 test event');
    expect(describeMessage('garbage')).toBe('not JSON: garbage');
    expect(describeMessage('{"hello":1}')).toBe('not an upload (message has no Records)');
  });
});
