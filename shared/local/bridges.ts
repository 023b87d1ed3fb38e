import { randomUUID } from 'node:crypto';
import { HeadObjectCommand } from '@aws-sdk/client-s3';
import { SendMessageCommand } from '@aws-sdk/client-sqs';
import type { AwsClients } from '../adapters/aws-clients';
import type { Log } from '../app/ports';
import { matchesFilterPolicy, type MessageAttributes, type MessageAttributeValue } from '../domain/routing';
import { buildS3EventBody } from '../domain/s3-event';
import { describeError } from '../errors';
import type { RunningEmulators } from './emulators';
import type { BridgedNotification, BridgedSubscription, LocalResources } from './provision';

/**
 * The two features the embedded emulator lacks, bridged in the smallest faithful way:
 *
 * 1. S3 event notifications: each upload that matches a queue configuration of the
 *    template (event type, prefix and suffix filters) becomes the same `ObjectCreated:Put`
 *    event S3 sends (form-encoded key, size, eTag, increasing sequencer), delivered to
 *    that configuration's queue; an `s3:TestEvent` is sent first, as S3 does when
 *    notifications are configured.
 * 2. String.Array filter policies: each publish to a topic is matched against the filter
 *    policy (in its scope) of every office subscription of that topic with the product's
 *    own evaluator and delivered to the office queue in the SNS envelope (using the `sqs`
 *    entry of a `MessageStructure: json` message, which the emulator would ignore).
 *
 * The moto backend needs neither: the integration suite runs there too, so the bridge's
 * behaviour is checked against a faithful SNS and S3.
 */
export async function startBridges(
  emulators: RunningEmulators,
  clients: AwsClients,
  resources: LocalResources,
  log: Log,
): Promise<{ pending(): Promise<void> }> {
  if (emulators.backend !== 'embedded') return { pending: async () => undefined };
  const inFlight = new Set<Promise<void>>();
  let sequence = 0;
  const track = (work: Promise<void>) => {
    inFlight.add(work);
    void work.finally(() => inFlight.delete(work));
  };

  const notifications: readonly BridgedNotification[] = resources.bridgedNotifications;
  const subscriptions: readonly BridgedSubscription[] = resources.bridgedSubscriptions;
  for (const queueUrl of new Set(notifications.map((notification) => notification.queueUrl))) {
    await clients.sqs.send(
      new SendMessageCommand({
        QueueUrl: queueUrl,
        MessageBody: JSON.stringify({
          Service: 'Amazon S3',
          Event: 's3:TestEvent',
          Time: new Date().toISOString(),
          Bucket: resources.bucket,
          RequestId: randomUUID(),
          HostId: 'local',
        }),
      }),
    );
  }

  emulators.onEvent((event) => {
    if (event.service === 's3') {
      const targets = notifications.filter((notification) => notificationMatches(notification, event.bucket, event.key, PUT_EVENT));
      if (targets.length === 0) return;
      // Taken when the upload is seen, so later writes of a key always carry a larger sequencer.
      sequence += 1;
      const sequencer = sequence.toString(16).toUpperCase().padStart(16, '0');
      const eventTime = new Date().toISOString();
      track(
        (async () => {
          try {
            const head = await clients.s3.send(new HeadObjectCommand({ Bucket: event.bucket, Key: event.key }));
            const body = buildS3EventBody([
              { bucket: event.bucket, key: event.key, size: head.ContentLength ?? 0, eTag: (head.ETag ?? '').replace(/"/g, ''), sequencer, eventTime },
            ]);
            for (const queueUrl of new Set(targets.map((target) => target.queueUrl))) {
              await clients.sqs.send(new SendMessageCommand({ QueueUrl: queueUrl, MessageBody: body }));
            }
          } catch (error) {
            // S3 itself does not notify for an object that is gone; neither does the bridge.
            log.warn('S3 notification bridge could not deliver an event', { key: event.key, error: describeError(error) });
          }
        })(),
      );
      return;
    }
    const ofTopic = subscriptions.filter((subscription) => subscription.topicArn === event.topicArn);
    if (ofTopic.length === 0) return;
    const attributes: Record<string, MessageAttributeValue> = {};
    const envelopeAttributes: Record<string, { Type: string; Value: string }> = {};
    for (const [name, value] of Object.entries(event.messageAttributes)) {
      if (value.StringValue === undefined) continue;
      envelopeAttributes[name] = { Type: value.DataType, Value: value.StringValue };
      if (value.DataType === 'String' || value.DataType === 'String.Array') {
        attributes[name] = { DataType: value.DataType, StringValue: value.StringValue };
      }
    }
    const routed: MessageAttributes = attributes;
    const message = sqsMessageOf(event.body);
    for (const subscription of ofTopic) {
      const matchedOn = subscription.filterPolicyScope === 'MessageBody' ? bodyAttributesOf(message) : routed;
      if (!matchesFilterPolicy(subscription.filterPolicy, matchedOn)) continue;
      const envelope = {
        Type: 'Notification',
        MessageId: event.messageId,
        TopicArn: event.topicArn,
        Message: message,
        Timestamp: new Date().toISOString(),
        SignatureVersion: '1',
        MessageAttributes: envelopeAttributes,
      };
      track(
        clients.sqs
          .send(new SendMessageCommand({ QueueUrl: subscription.queueUrl, MessageBody: jsonForEmulatedSqs(envelope) }))
          .then(() => undefined)
          .catch((error: unknown) => log.error('SNS filter bridge could not deliver', { office: subscription.officeId, error: describeError(error) })),
      );
    }
  });

  return {
    pending: async () => {
      while (inFlight.size > 0) await Promise.all([...inFlight]);
    },
  };
}

/**
 * JSON with every character outside the BMP written as its `\\uXXXX\\uXXXX` escape. The
 * embedded SQS refuses such characters (real SQS accepts them), which would lose every
 * notice with an emoji or a rare Han character; the escapes parse back to the very same
 * text, so the office reads what SNS would have delivered.
 */
export function jsonForEmulatedSqs(value: unknown): string {
  return JSON.stringify(value).replace(/[\u{10000}-\u{10FFFF}]/gu, (character) =>
    Array.from({ length: character.length }, (_, index) => `\\u${character.charCodeAt(index).toString(16).padStart(4, '0')}`).join(''),
  );
}

/** The one event the embedded emulator reports: an object written by PutObject. */
const PUT_EVENT = 's3:ObjectCreated:Put';

/** Whether S3 would notify this queue configuration of an event (type, prefix and suffix filters). */
export function notificationMatches(notification: BridgedNotification, bucket: string, key: string, eventName: string): boolean {
  if (notification.bucket !== bucket) return false;
  if (notification.prefix !== null && !key.startsWith(notification.prefix)) return false;
  if (notification.suffix !== null && !key.endsWith(notification.suffix)) return false;
  return notification.events.some((pattern) => (pattern.endsWith('*') ? eventName.startsWith(pattern.slice(0, -1)) : pattern === eventName));
}

/**
 * A filter policy of scope MessageBody matches the message's top-level JSON fields;
 * strings and lists of strings are matched like String and String.Array attributes.
 */
function bodyAttributesOf(message: string): MessageAttributes {
  const attributes: Record<string, MessageAttributeValue> = {};
  try {
    const parsed: unknown = JSON.parse(message);
    if (typeof parsed !== 'object' || parsed === null) return attributes;
    for (const [name, value] of Object.entries(parsed)) {
      if (typeof value === 'string') attributes[name] = { DataType: 'String', StringValue: value };
      else if (Array.isArray(value) && value.every((item) => typeof item === 'string')) {
        attributes[name] = { DataType: 'String.Array', StringValue: JSON.stringify(value) };
      }
    }
  } catch {
    // not JSON: no field matches
  }
  return attributes;
}

/** With `MessageStructure: json`, SNS delivers the `sqs` entry (else `default`) to queues. */
function sqsMessageOf(body: string): string {
  try {
    const parsed: unknown = JSON.parse(body);
    if (typeof parsed === 'object' && parsed !== null && 'default' in parsed) {
      const structure = parsed as Record<string, unknown>;
      const chosen = structure.sqs ?? structure.default;
      if (typeof chosen === 'string') return chosen;
    }
  } catch {
    // a plain-text message
  }
  return body;
}
