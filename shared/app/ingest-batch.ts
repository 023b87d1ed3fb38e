import { INCOMING_PREFIX } from '../config/runtime-env';
import { parseS3Notification } from '../domain/s3-event';
import { ConcurrentProcessingError, describeError } from '../errors';
import { processUpload, type ProcessUploadDeps, type UploadOutcome } from './process-upload';

/** The part of an SQS record the ingest needs (Lambda's SQSRecord satisfies it). */
export interface IngestMessage {
  readonly messageId: string;
  readonly body: string;
}

export interface IngestBatchResult {
  /** Messages to redeliver (Lambda `batchItemFailures`). */
  readonly batchItemFailures: { itemIdentifier: string }[];
  readonly outcomes: { messageId: string; key: string; outcome: UploadOutcome }[];
}

/**
 * Processes every message of an ingest batch and reports failures per message: one bad
 * message never makes the others retry, and no message is dropped unreported.
 */
export async function handleIngestBatch(messages: readonly IngestMessage[], deps: ProcessUploadDeps): Promise<IngestBatchResult> {
  const failures = new Set<string>();
  const outcomes: IngestBatchResult['outcomes'] = [];
  await Promise.all(
    messages.map(async (message) => {
      let notification;
      try {
        notification = parseS3Notification(message.body);
      } catch (error) {
        // Not JSON: retried, then dead-lettered, where the alarm makes a person look at it.
        deps.log.error('ingest message is not an S3 event', { messageId: message.messageId, error: describeError(error) });
        failures.add(message.messageId);
        return;
      }
      if (notification.kind === 'test-event') {
        deps.log.info('S3 test event received', { messageId: message.messageId, bucket: notification.bucket });
        return;
      }
      if (notification.kind === 'ignored') {
        deps.log.warn('ingest message ignored', { messageId: message.messageId, reason: notification.reason });
        return;
      }
      for (const object of notification.objects) {
        if (!object.key.startsWith(INCOMING_PREFIX)) {
          deps.log.warn('object outside the incoming prefix ignored', { bucket: object.bucket, key: object.key });
          continue;
        }
        try {
          const outcome = await processUpload(object, deps);
          outcomes.push({ messageId: message.messageId, key: object.key, outcome });
        } catch (error) {
          if (error instanceof ConcurrentProcessingError) {
            // Another worker has the same content or version in hand (a duplicate upload
            // arriving together with its original): the retry settles it as a duplicate.
            deps.log.info('upload is being processed by another worker; will be retried', {
              messageId: message.messageId,
              bucket: object.bucket,
              key: object.key,
              detail: describeError(error),
            });
            failures.add(message.messageId);
            continue;
          }
          deps.log.error('upload processing failed; will be retried', {
            messageId: message.messageId,
            bucket: object.bucket,
            key: object.key,
            errorName: error instanceof Error ? error.name : 'unknown',
            error: describeError(error),
          });
          failures.add(message.messageId);
        }
      }
    }),
  );
  return { batchItemFailures: [...failures].map((itemIdentifier) => ({ itemIdentifier })), outcomes };
}
