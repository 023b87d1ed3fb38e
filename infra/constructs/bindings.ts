import { Aws } from 'aws-cdk-lib';
import * as iam from 'aws-cdk-lib/aws-iam';
import type * as dynamodb from 'aws-cdk-lib/aws-dynamodb';
import type * as kms from 'aws-cdk-lib/aws-kms';
import type * as lambda from 'aws-cdk-lib/aws-lambda';
import type * as s3 from 'aws-cdk-lib/aws-s3';
import type * as sns from 'aws-cdk-lib/aws-sns';
import type * as sqs from 'aws-cdk-lib/aws-sqs';
import { ENV } from '../../shared/config/runtime-env';

/**
 * A function's environment variable and the permission it implies, set in one call so
 * they cannot drift apart. Each grant lists exact actions on exact resources; the
 * broad `grant*` helpers of aws-cdk-lib add wildcard actions (`s3:List*`,
 * `kms:ReEncrypt*`, `dynamodb:Scan`) the parser does not need.
 */

/**
 * The DynamoDB actions the parser calls (see `shared/adapters/dynamo-report-repository.ts`):
 * single-item reads and conditional writes, and batch puts of the lookup items. No query,
 * scan or delete: the CLI reads the lookup index with its own credentials.
 */
export const PARSER_TABLE_ACTIONS = ['dynamodb:GetItem', 'dynamodb:PutItem', 'dynamodb:UpdateItem', 'dynamodb:BatchWriteItem'] as const;

/** Reads and writes of the records table, exactly the calls the parser makes. */
export function bindTable(fn: lambda.Function, table: dynamodb.ITable, key: kms.IKey): void {
  fn.addEnvironment(ENV.tableName, table.tableName);
  fn.addToRolePolicy(
    new iam.PolicyStatement({
      sid: 'ReadWriteRecords',
      actions: [...PARSER_TABLE_ACTIONS],
      resources: [table.tableArn],
    }),
  );
  grantKeyUse(fn, key);
}

/** Publishing to a topic whose ARN the function reads from `envName`. */
export function bindTopic(fn: lambda.Function, envName: string, topic: sns.ITopic, key: kms.IKey): void {
  fn.addEnvironment(envName, topic.topicArn);
  fn.addToRolePolicy(new iam.PolicyStatement({ actions: ['sns:Publish'], resources: [topic.topicArn] }));
  grantKeyUse(fn, key);
}

/**
 * Reading uploads under `readPrefix` and copying objects into `writePrefix`. Tagging
 * permissions are there because CopyObject carries the source object's tags over.
 */
export function grantBucketPrefixes(
  fn: lambda.Function,
  bucket: s3.IBucket,
  key: kms.IKey,
  prefixes: { readonly readPrefix: string; readonly writePrefix: string },
): void {
  fn.addToRolePolicy(
    new iam.PolicyStatement({
      sid: 'ReadUploads',
      actions: ['s3:GetObject', 's3:GetObjectVersion', 's3:GetObjectTagging', 's3:GetObjectVersionTagging'],
      resources: [bucket.arnForObjects(`${prefixes.readPrefix}*`)],
    }),
  );
  // Without ListBucket, S3 answers a read of a deleted upload with 403 instead of 404, and
  // the parser could not tell "the object is gone" (record it, do not retry) from a
  // permission fault. S3 makes that 404-or-403 decision without a prefix in the request
  // context, so a prefix condition would defeat the grant: listing key names is allowed.
  fn.addToRolePolicy(
    new iam.PolicyStatement({
      sid: 'ListUploads',
      actions: ['s3:ListBucket'],
      resources: [bucket.bucketArn],
    }),
  );
  fn.addToRolePolicy(
    new iam.PolicyStatement({
      sid: 'WriteQuarantine',
      actions: ['s3:PutObject', 's3:PutObjectTagging'],
      resources: [bucket.arnForObjects(`${prefixes.writePrefix}*`)],
    }),
  );
  grantKeyUse(fn, key);
}

/** The services through which the parser uses the data key; nothing else may use it with the parser's role. */
export const KEY_VIA_SERVICES = ['s3', 'sqs', 'sns', 'dynamodb'] as const;

/**
 * Data-plane use of the data key: decrypting what S3, SQS and DynamoDB return, and data
 * keys for what S3, SNS and DynamoDB store, only through those services (`kms:ViaService`):
 * the role cannot decrypt with the key directly. Added once however many bindings need it.
 */
export function grantKeyUse(fn: lambda.Function, key: kms.IKey): void {
  const granted = grantedKeys.get(fn) ?? new Set<kms.IKey>();
  if (granted.has(key)) return;
  granted.add(key);
  grantedKeys.set(fn, granted);
  fn.addToRolePolicy(
    new iam.PolicyStatement({
      sid: 'UseDataKey',
      actions: ['kms:Decrypt', 'kms:Encrypt', 'kms:GenerateDataKey', 'kms:DescribeKey'],
      resources: [key.keyArn],
      conditions: { StringEquals: { 'kms:ViaService': KEY_VIA_SERVICES.map((service) => `${service}.${Aws.REGION}.${Aws.URL_SUFFIX}`) } },
    }),
  );
}

/**
 * Consuming a queue: the actions Lambda's event source mapping calls with the function's
 * role. Written here instead of `queue.grantConsumeMessages`, which also grants
 * `kms:Decrypt` on the queue's key without a `kms:ViaService` condition.
 */
export function grantQueueConsumption(fn: lambda.Function, queue: sqs.IQueue, key: kms.IKey): void {
  fn.addToRolePolicy(
    new iam.PolicyStatement({
      sid: 'ConsumeIngestQueue',
      actions: ['sqs:ReceiveMessage', 'sqs:ChangeMessageVisibility', 'sqs:GetQueueUrl', 'sqs:DeleteMessage', 'sqs:GetQueueAttributes'],
      resources: [queue.queueArn],
    }),
  );
  grantKeyUse(fn, key);
}

const grantedKeys = new WeakMap<lambda.Function, Set<kms.IKey>>();
