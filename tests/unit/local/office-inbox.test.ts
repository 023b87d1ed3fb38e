import { DeleteMessageBatchCommand, ReceiveMessageCommand, SQSClient } from '@aws-sdk/client-sqs';
import { mockClient } from 'aws-sdk-client-mock';
import { MAX_LONG_POLLS, OfficeInbox } from '../../../shared/local/office-inbox';

const sqs = new SQSClient({ region: 'ap-southeast-1', credentials: { accessKeyId: 'x', secretAccessKey: 'x' } });
const mock = mockClient(sqs);

/** Office queues that each hold one notice, delivered once; counts the receives in flight. */
function officeQueues(count: number) {
  const queues = Array.from({ length: count }, (_, i) => ({ officeId: `office-${i + 1}`, queueUrl: `https://sqs.local/q${i + 1}` }));
  const pending = new Set(queues.map((queue) => queue.queueUrl));
  let inFlight = 0;
  let maxInFlight = 0;
  const waits = new Set<number>();
  mock.on(ReceiveMessageCommand).callsFake(async (input: { QueueUrl: string; WaitTimeSeconds: number }) => {
    inFlight++;
    maxInFlight = Math.max(maxInFlight, inFlight);
    waits.add(input.WaitTimeSeconds);
    await new Promise((resolve) => setTimeout(resolve, 5));
    inFlight--;
    if (!pending.delete(input.QueueUrl)) return { Messages: [] };
    const body = JSON.stringify({ Message: JSON.stringify({ notificationId: `n-${input.QueueUrl}`, reportId: 'r-1', version: 1, type: 'report.created' }) });
    return { Messages: [{ Body: body, ReceiptHandle: 'h' }] };
  });
  mock.on(DeleteMessageBatchCommand).resolves({});
  return { queues, stats: () => ({ maxInFlight, waits: [...waits].sort() }) };
}

async function drain(inbox: OfficeInbox, expected: number): Promise<void> {
  inbox.start();
  const deadline = Date.now() + 5000;
  while (inbox.received.length < expected && Date.now() < deadline) await new Promise((resolve) => setTimeout(resolve, 10));
  await inbox.stop();
}

describe('OfficeInbox', () => {
  beforeEach(() => mock.reset());

  it('long-polls each queue on its own when there are few', async () => {
    const { queues, stats } = officeQueues(5);
    const inbox = new OfficeInbox(sqs, queues);
    await drain(inbox, 5);
    expect(inbox.received.map((notice) => notice.officeId).sort()).toEqual(queues.map((queue) => queue.officeId).sort());
    expect(stats().waits).toEqual([1]);
  });

  it('holds at most MAX_LONG_POLLS receives at once for 115 offices, and still drains every queue', async () => {
    const { queues, stats } = officeQueues(115);
    const inbox = new OfficeInbox(sqs, queues);
    await drain(inbox, 115);
    expect(new Set(inbox.received.map((notice) => notice.officeId)).size).toBe(115);
    expect(stats().maxInFlight).toBeLessThanOrEqual(MAX_LONG_POLLS);
    expect(stats().waits).toEqual([0]);
  });
});
