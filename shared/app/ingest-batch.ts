import { INCOMING_PREFIX } from '../config/runtime-env';
import { parseS3Notification } from '../domain/s3-event';
import { ConcurrentProcessingError, describeError } from '../errors';
import { processUpload, type ProcessUploadDeps, type UploadOutcome } from './process-upload';

/** The part of an SQS record the ingest needs (Lambda's SQSRecord satisfies it). */
export interface IngestMessage {
  readonly messageId: string;
  readonly body: string;
  /** Needed to bring the message back early; absent where the source has none. */
  readonly receiptHandle?: string;
  readonly eventSourceARN?: string;
  readonly attributes?: { readonly ApproximateReceiveCount?: string };
}

/**
 * Brings a failed message back before the queue's visibility timeout. The timeout is sized
 * for the slowest decode (minutes), which is far too long for a copy that only waited for
 * another worker to finish the same report.
 */
export interface IngestRedelivery {
  redeliverAfter(message: IngestMessage, delaySeconds: number): Promise<void>;
}

/** First delay after a concurrent-processing failure; doubled on each receive, up to the cap. */
export const CONCURRENT_RETRY_BASE_SECONDS = 5;
export const CONCURRENT_RETRY_MAX_SECONDS = 60;

/** How long a message that met a concurrent worker waits before its next receive. */
export function concurrentRetryDelaySeconds(receiveCount: number): number {
  const attempt = Number.isFinite(receiveCount) && receiveCount >= 1 ? Math.floor(receiveCount) : 1;
  return Math.min(CONCURRENT_RETRY_MAX_SECONDS, CONCURRENT_RETRY_BASE_SECONDS * 2 ** Math.min(attempt - 1, 10));
}

export interface IngestBatchOptions {
  readonly redelivery?: IngestRedelivery;
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
export async function handleIngestBatch(
  messages: readonly IngestMessage[],
  deps: ProcessUploadDeps,
  options: IngestBatchOptions = {},
): Promise<IngestBatchResult> {
  // A message fails when one of its objects did: by meeting another worker, or otherwise.
  const concurrentFailures = new Set<string>();
  const otherFailures = new Set<string>();
  const outcomes: IngestBatchResult['outcomes'] = [];
  await Promise.all(
    messages.map(async (message) => {
      let notification;
      try {
        notification = parseS3Notification(message.body);
      } catch (error) {
        // Not JSON: retried, then dead-lettered, where the alarm makes a person look at it.
        deps.log.error('ingest message is not an S3 event', { messageId: message.messageId, error: describeError(error) });
        otherFailures.add(message.messageId);
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
            concurrentFailures.add(message.messageId);
            continue;
          }
          deps.log.error('upload processing failed; will be retried', {
            messageId: message.messageId,
            bucket: object.bucket,
            key: object.key,
            errorName: error instanceof Error ? error.name : 'unknown',
            error: describeError(error),
          });
          otherFailures.add(message.messageId);
        }
      }
    }),
  );
  await redeliverSoon(messages, concurrentFailures, otherFailures, deps, options.redelivery);
  const failures = new Set([...otherFailures, ...concurrentFailures]);
  return { batchItemFailures: [...failures].map((itemIdentifier) => ({ itemIdentifier })), outcomes };
}

/**
 * Shortens the wait of messages whose only failure was meeting another worker. A message that
 * also failed for another reason keeps the full visibility timeout (the slow path may need it);
 * a failed call only costs the wait, so it is logged and the message still fails.
 */
async function redeliverSoon(
  messages: readonly IngestMessage[],
  concurrent: ReadonlySet<string>,
  otherFailures: ReadonlySet<string>,
  deps: ProcessUploadDeps,
  redelivery: IngestRedelivery | undefined,
): Promise<void> {
  if (!redelivery || concurrent.size === 0) return;
  await Promise.all(
    messages
      .filter((message) => concurrent.has(message.messageId) && !otherFailures.has(message.messageId))
      .map(async (message) => {
        const delaySeconds = concurrentRetryDelaySeconds(Number(message.attributes?.ApproximateReceiveCount ?? '1'));
        try {
          await redelivery.redeliverAfter(message, delaySeconds);
        } catch (error) {
          deps.log.warn('could not shorten the retry wait; the message returns after the visibility timeout', {
            messageId: message.messageId,
            error: describeError(error),
          });
        }
      }),
  );
}
