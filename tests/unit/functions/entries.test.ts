import type { Context } from 'aws-lambda';
import { createParseReportHandler } from '../../../functions/parse-report';
import { ENV } from '../../../shared/config/runtime-env';
import type { ProcessUploadDeps } from '../../../shared/app/process-upload';
import { processUpload } from '../../../shared/app/process-upload';
import { buildS3EventBody } from '../../../shared/domain/s3-event';
import { TransientDependencyError } from '../../../shared/errors';
import { recordingLog } from '../../support/recording-log';

jest.mock('../../../shared/app/process-upload', () => ({ processUpload: jest.fn() }));
const processUploadMock = processUpload as jest.MockedFunction<typeof processUpload>;

const body = buildS3EventBody([{ bucket: 'b', key: 'incoming/a.txt', size: 4, eTag: 'e', sequencer: '01', eventTime: '2024-01-01T00:00:00.000Z' }]);
const context = { awsRequestId: 'req-1', getRemainingTimeInMillis: () => 12_345 } as unknown as Context;

describe('createParseReportHandler', () => {
  it('runs the batch on the dependencies it is given, with the invocation context, and flushes metrics once', async () => {
    processUploadMock.mockRejectedValueOnce(new TransientDependencyError('dynamodb', 'DynamoDB throttled'));
    const { entries, log } = recordingLog();
    const contexts: Context[] = [];
    let flushes = 0;
    const handler = createParseReportHandler({
      upload: { log } as unknown as ProcessUploadDeps,
      log,
      addContext: (received) => contexts.push(received),
      flushMetrics: () => flushes++,
    });
    const result = await handler({ Records: [{ messageId: 'm1', body }] } as never, context);
    expect(result).toEqual({ batchItemFailures: [{ itemIdentifier: 'm1' }] });
    expect(contexts).toEqual([context]);
    expect(flushes).toBe(1);
    // The use case received the given dependencies and this invocation's remaining time.
    const deps = processUploadMock.mock.calls[0]?.[1] as ProcessUploadDeps & { remainingTimeMs: () => number };
    expect(deps.log).toBe(log);
    expect(deps.remainingTimeMs()).toBe(12_345);
    expect(entries.map((entry) => `${entry.level}: ${entry.message}`)).toContain('info: ingest batch done');
  });

  it('loads without reading its environment: the Lambda export builds its dependencies on first invocation', async () => {
    const saved = process.env[ENV.tableName];
    delete process.env[ENV.tableName];
    try {
      const entry = await import('../../../functions/parse-report');
      await expect(entry.handler({ Records: [] } as never, context)).rejects.toThrow(/parser environment is invalid/);
    } finally {
      if (saved !== undefined) process.env[ENV.tableName] = saved;
    }
  });
});
