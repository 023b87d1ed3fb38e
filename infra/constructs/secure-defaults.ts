import { Duration, RemovalPolicy, Stack, Validations } from 'aws-cdk-lib';
import * as iam from 'aws-cdk-lib/aws-iam';
import * as kms from 'aws-cdk-lib/aws-kms';
import * as s3 from 'aws-cdk-lib/aws-s3';
import * as sns from 'aws-cdk-lib/aws-sns';
import * as sqs from 'aws-cdk-lib/aws-sqs';
import type { Construct } from 'constructs';

/**
 * The secure defaults of every resource of the stack, in one place: customer-managed
 * encryption, TLS-only access, no public access. Constructs build their resources
 * through these helpers instead of repeating (and forgetting) the settings.
 */

/** The longest retention SQS offers: a dead letter must survive a long weekend and more. */
export const DEAD_LETTER_RETENTION = Duration.days(14);

export interface DataKeyProps {
  /** @default RemovalPolicy.RETAIN */
  readonly removalPolicy?: RemovalPolicy;
  /** Alias without the `alias/` prefix, e.g. `conference-reports-prod`. */
  readonly alias: string;
}

/**
 * The customer-managed key for the bucket, queues, topics and table. AWS services that
 * write into those resources on the stack's behalf need the key too: S3 (event
 * notifications into the ingest queue), SNS (dead-lettering undeliverable notices into
 * the encrypted DLQ) and CloudWatch (alarm notifications into the encrypted operations
 * topic).
 */
export function createDataKey(scope: Construct, id: string, props: DataKeyProps): kms.Key {
  const key = new kms.Key(scope, id, {
    description: 'Encrypts conference report uploads, queues, topics and records',
    alias: props.alias,
    enableKeyRotation: true,
    removalPolicy: props.removalPolicy ?? RemovalPolicy.RETAIN,
  });
  const account = Stack.of(scope).account;
  key.addToResourcePolicy(
    new iam.PolicyStatement({
      sid: 'AllowServicesOfThisAccountToUseTheKey',
      principals: [new iam.ServicePrincipal('sns.amazonaws.com'), new iam.ServicePrincipal('cloudwatch.amazonaws.com')],
      actions: ['kms:Decrypt', 'kms:GenerateDataKey*'],
      resources: ['*'],
      // Only on behalf of resources of this account (confused-deputy protection). A
      // SourceArn condition would reference topics and alarms that depend on the key.
      conditions: { StringEquals: { 'aws:SourceAccount': account } },
    }),
  );
  key.addToResourcePolicy(
    new iam.PolicyStatement({
      sid: 'AllowS3EventNotificationsIntoEncryptedQueues',
      principals: [new iam.ServicePrincipal('s3.amazonaws.com')],
      actions: ['kms:Decrypt', 'kms:GenerateDataKey'],
      resources: ['*'],
      // The form AWS documents for S3 notifications into SSE-KMS queues. Which bucket
      // may send is decided by the queue policy (source bucket ARN and account); a
      // bucket condition here would make the key depend on the bucket it encrypts, the
      // account does not (confused-deputy protection).
      conditions: { StringEquals: { 'aws:SourceAccount': account } },
    }),
  );
  return key;
}

export interface SecureQueueProps {
  readonly key: kms.IKey;
  /** @default RemovalPolicy.RETAIN */
  readonly removalPolicy?: RemovalPolicy;
  /** @default 4 days (the SQS default) */
  readonly retentionPeriod?: Duration;
  /** @default 30 seconds (the SQS default) */
  readonly visibilityTimeout?: Duration;
  /** @default - none: the queue is itself a dead-letter queue */
  readonly deadLetterQueue?: sqs.DeadLetterQueue;
}

/** An SQS queue encrypted with the data key that refuses non-TLS requests. */
export function secureQueue(scope: Construct, id: string, props: SecureQueueProps): sqs.Queue {
  return new sqs.Queue(scope, id, {
    encryption: sqs.QueueEncryption.KMS,
    encryptionMasterKey: props.key,
    // Fewer KMS calls (and cost) per message; five minutes is the SQS default upper bound.
    dataKeyReuse: Duration.minutes(5),
    enforceSSL: true,
    retentionPeriod: props.retentionPeriod,
    visibilityTimeout: props.visibilityTimeout,
    deadLetterQueue: props.deadLetterQueue,
    removalPolicy: props.removalPolicy ?? RemovalPolicy.RETAIN,
  });
}

export interface SecureTopicProps {
  readonly key: kms.IKey;
  readonly displayName: string;
}

/**
 * A dead-letter queue: encrypted, TLS-only, keeping messages as long as SQS allows. It
 * has no dead-letter queue of its own, which the rule packs flag.
 */
export function deadLetterQueue(
  scope: Construct,
  id: string,
  props: { readonly key: kms.IKey; readonly removalPolicy?: RemovalPolicy; readonly purpose: string },
): sqs.Queue {
  const queue = secureQueue(scope, id, {
    key: props.key,
    retentionPeriod: DEAD_LETTER_RETENTION,
    removalPolicy: props.removalPolicy,
  });
  Validations.of(queue).acknowledge({
    id: 'Serverless-SQSRedrivePolicy',
    reason: `This queue is itself the dead-letter queue of ${props.purpose}; a dead-letter queue of a dead-letter queue would only move the problem.`,
  });
  return queue;
}

/** An SNS topic encrypted with the data key whose policy refuses non-TLS publishing. */
export function secureTopic(scope: Construct, id: string, props: SecureTopicProps): sns.Topic {
  return new sns.Topic(scope, id, {
    displayName: props.displayName,
    masterKey: props.key,
    enforceSSL: true,
  });
}

/** Settings every bucket of the stack shares. */
export const SECURE_BUCKET_DEFAULTS = {
  blockPublicAccess: s3.BlockPublicAccess.BLOCK_ALL,
  enforceSSL: true,
  minimumTLSVersion: 1.2,
  objectOwnership: s3.ObjectOwnership.BUCKET_OWNER_ENFORCED,
} as const satisfies s3.BucketProps;
