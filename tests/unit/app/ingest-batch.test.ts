import { CONCURRENT_RETRY_BASE_SECONDS, CONCURRENT_RETRY_MAX_SECONDS, concurrentRetryDelaySeconds, handleIngestBatch } from '../../../shared/app/ingest-batch';
import type { ProcessUploadDeps } from '../../../shared/app/process-upload';
import { processUpload } from '../../../shared/app/process-upload';
import { buildS3EventBody } from '../../../shared/domain/s3-event';
import { ConcurrentProcessingError, TransientDependencyError } from '../../../shared/errors';
import { recordingLog } from '../../support/recording-log';

jest.mock('../../../shared/app/process-upload', () => ({ processUpload: jest.fn() }));
const processUploadMock = processUpload as jest.MockedFunction<typeof processUpload>;

const body = buildS3EventBody([{ bucket: 'b', key: 'incoming/a.txt', size: 4, eTag: 'e', sequencer: '01', eventTime: '2024-01-01T00:00:00.000Z' }]);

describe('an ingest batch whose upload another worker is processing', () => {
  it('retries the message and logs it as an expected outcome, not an error', async () => {
    processUploadMock.mockRejectedValueOnce(new ConcurrentProcessingError('report r-1 v1 is being published by another worker'));
    const { entries, log } = recordingLog();
    const result = await handleIngestBatch([{ messageId: 'm1', body }], { log } as unknown as ProcessUploadDeps);
    expect(result.batchItemFailures).toEqual([{ itemIdentifier: 'm1' }]);
    expect(entries.map((entry) => entry.level)).toEqual(['info']);
  });

  it('still logs any other failure as an error', async () => {
    processUploadMock.mockRejectedValueOnce(new TransientDependencyError('dynamodb', 'DynamoDB throttled'));
    const { entries, log } = recordingLog();
    const result = await handleIngestBatch([{ messageId: 'm2', body }], { log } as unknown as ProcessUploadDeps);
    expect(result.batchItemFailures).toEqual([{ itemIdentifier: 'm2' }]);
    expect(entries.map((entry) => entry.level)).toEqual(['error']);
  });
});

describe('the retry wait of a message that met another worker', () => {
  function recordingRedelivery(fail = false) {
    const calls: { messageId: string; delaySeconds: number }[] = [];
    return {
      calls,
      redelivery: {
        redeliverAfter: async (message: { messageId: string }, delaySeconds: number) => {
          calls.push({ messageId: message.messageId, delaySeconds });
          if (fail) throw new Error('AccessDenied');
        },
      },
    };
  }

  it('is shortened to a few seconds, growing with each receive', async () => {
    processUploadMock.mockRejectedValue(new ConcurrentProcessingError('report r-1 v1 is being published by another worker'));
    const { log } = recordingLog();
    const { calls, redelivery } = recordingRedelivery();
    const messages = [
      { messageId: 'first', body, attributes: { ApproximateReceiveCount: '1' } },
      { messageId: 'third', body, attributes: { ApproximateReceiveCount: '3' } },
      { messageId: 'many', body, attributes: { ApproximateReceiveCount: '40' } },
    ];
    const result = await handleIngestBatch(messages, { log } as unknown as ProcessUploadDeps, { redelivery });
    processUploadMock.mockReset();
    expect(result.batchItemFailures.map((failure) => failure.itemIdentifier).sort()).toEqual(['first', 'many', 'third']);
    expect(calls.sort((a, b) => a.delaySeconds - b.delaySeconds)).toEqual([
      { messageId: 'first', delaySeconds: CONCURRENT_RETRY_BASE_SECONDS },
      { messageId: 'third', delaySeconds: CONCURRENT_RETRY_BASE_SECONDS * 4 },
      { messageId: 'many', delaySeconds: CONCURRENT_RETRY_MAX_SECONDS },
    ]);
  });

  it('keeps the full visibility timeout when the failure was of another kind', async () => {
    processUploadMock.mockRejectedValueOnce(new TransientDependencyError('dynamodb', 'DynamoDB throttled'));
    const { log } = recordingLog();
    const { calls, redelivery } = recordingRedelivery();
    const result = await handleIngestBatch([{ messageId: 'slow', body }], { log } as unknown as ProcessUploadDeps, { redelivery });
    expect(result.batchItemFailures).toEqual([{ itemIdentifier: 'slow' }]);
    expect(calls).toEqual([]);
  });

  it('still fails the message, with a warning, when the wait cannot be changed', async () => {
    processUploadMock.mockRejectedValueOnce(new ConcurrentProcessingError('content claimed by another worker'));
    const { entries, log } = recordingLog();
    const { calls, redelivery } = recordingRedelivery(true);
    const result = await handleIngestBatch([{ messageId: 'm3', body }], { log } as unknown as ProcessUploadDeps, { redelivery });
    expect(result.batchItemFailures).toEqual([{ itemIdentifier: 'm3' }]);
    expect(calls).toHaveLength(1);
    expect(entries.map((entry) => entry.level)).toEqual(['info', 'warn']);
  });

  it('grows from the base to the cap and never below the base', () => {
    expect(concurrentRetryDelaySeconds(0)).toBe(CONCURRENT_RETRY_BASE_SECONDS);
    expect(concurrentRetryDelaySeconds(Number.NaN)).toBe(CONCURRENT_RETRY_BASE_SECONDS);
    expect(concurrentRetryDelaySeconds(2)).toBe(CONCURRENT_RETRY_BASE_SECONDS * 2);
    expect(concurrentRetryDelaySeconds(1_000)).toBe(CONCURRENT_RETRY_MAX_SECONDS);
  });
});
