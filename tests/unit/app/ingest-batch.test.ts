import { handleIngestBatch } from '../../../shared/app/ingest-batch';
import type { ProcessUploadDeps } from '../../../shared/app/process-upload';
import { processUpload } from '../../../shared/app/process-upload';
import { buildS3EventBody } from '../../../shared/domain/s3-event';
import { ConcurrentProcessingError, TransientDependencyError } from '../../../shared/errors';

jest.mock('../../../shared/app/process-upload', () => ({ processUpload: jest.fn() }));
const processUploadMock = processUpload as jest.MockedFunction<typeof processUpload>;

function recordingLog() {
  const entries: { level: string; message: string }[] = [];
  const at = (level: string) => (message: string) => entries.push({ level, message });
  return { entries, log: { debug: at('debug'), info: at('info'), warn: at('warn'), error: at('error') } };
}

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
