import { ChangeMessageVisibilityCommand, SQSClient } from '@aws-sdk/client-sqs';
import { mockClient } from 'aws-sdk-client-mock';
import { SqsRedelivery, queueUrlOfArn, queueUrlOfRecord } from '../../../shared/adapters/sqs-redelivery';
import { ReportsError } from '../../../shared/errors';

describe('the queue URL of an SQS ARN', () => {
  it('is the regional endpoint of the partition', () => {
    expect(queueUrlOfArn('arn:aws:sqs:ap-southeast-1:123456789012:reports-ingest')).toBe('https://sqs.ap-southeast-1.amazonaws.com/123456789012/reports-ingest');
    expect(queueUrlOfArn('arn:aws-cn:sqs:cn-north-1:123456789012:q')).toBe('https://sqs.cn-north-1.amazonaws.com.cn/123456789012/q');
  });

  it('is refused for an ARN of another service or a malformed one', () => {
    expect(() => queueUrlOfArn('arn:aws:sns:ap-southeast-1:123456789012:topic')).toThrow(ReportsError);
    expect(() => queueUrlOfArn('reports-ingest')).toThrow(ReportsError);
    expect(() => queueUrlOfRecord({ messageId: 'm', body: '' })).toThrow(/names no event source/);
  });
});

describe('bringing a message back early', () => {
  const sqs = mockClient(SQSClient);
  afterEach(() => sqs.reset());

  it('sets the visibility of the received copy on the queue it came from', async () => {
    sqs.on(ChangeMessageVisibilityCommand).resolves({});
    const redelivery = new SqsRedelivery(new SQSClient({ region: 'ap-southeast-1' }), queueUrlOfRecord);
    await redelivery.redeliverAfter({ messageId: 'm1', body: '{}', receiptHandle: 'rh-1', eventSourceARN: 'arn:aws:sqs:ap-southeast-1:123456789012:ingest' }, 10.4);
    expect(sqs.commandCalls(ChangeMessageVisibilityCommand).map((call) => call.args[0].input)).toEqual([
      { QueueUrl: 'https://sqs.ap-southeast-1.amazonaws.com/123456789012/ingest', ReceiptHandle: 'rh-1', VisibilityTimeout: 10 },
    ]);
  });

  it('refuses a message without a receipt handle instead of sending a request that cannot work', async () => {
    const redelivery = new SqsRedelivery(new SQSClient({ region: 'ap-southeast-1' }), () => 'http://localhost/000000000000/ingest');
    await expect(redelivery.redeliverAfter({ messageId: 'm2', body: '{}' }, 5)).rejects.toThrow(/no receipt handle/);
    expect(sqs.commandCalls(ChangeMessageVisibilityCommand)).toHaveLength(0);
  });

  it('takes a client given as a function only when it brings a message back', async () => {
    sqs.on(ChangeMessageVisibilityCommand).resolves({});
    const made: SQSClient[] = [];
    const redelivery = new SqsRedelivery(() => {
      const client = new SQSClient({ region: 'ap-southeast-1' });
      made.push(client);
      return client;
    }, queueUrlOfRecord);
    expect(made).toHaveLength(0);
    await redelivery.redeliverAfter({ messageId: 'm3', body: '{}', receiptHandle: 'rh-3', eventSourceARN: 'arn:aws:sqs:ap-southeast-1:123456789012:ingest' }, 0);
    expect(made).toHaveLength(1);
    expect(sqs.commandCalls(ChangeMessageVisibilityCommand).map((call) => call.args[0].input.ReceiptHandle)).toEqual(['rh-3']);
  });
});
