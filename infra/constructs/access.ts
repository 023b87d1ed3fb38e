import { Stack, Validations } from 'aws-cdk-lib';
import * as iam from 'aws-cdk-lib/aws-iam';
import type * as kms from 'aws-cdk-lib/aws-kms';
import type * as s3 from 'aws-cdk-lib/aws-s3';
import type * as sns from 'aws-cdk-lib/aws-sns';
import type * as sqs from 'aws-cdk-lib/aws-sqs';
import type * as cognito from 'aws-cdk-lib/aws-cognito';
import type * as dynamodb from 'aws-cdk-lib/aws-dynamodb';
import { Construct } from 'constructs';
import { INCOMING_PREFIX, QUARANTINE_PREFIX } from '../../shared/config/runtime-env';

export interface AccessPoliciesProps {
  readonly bucket: s3.IBucket;
  readonly table: dynamodb.ITable;
  readonly key: kms.IKey;
  readonly reportsTopic: sns.ITopic;
  readonly operationsTopic: sns.ITopic;
  readonly ingestQueue: sqs.IQueue;
  readonly deadLetterQueues: readonly sqs.IQueue[];
  /** The office accounts' pool, managed by operators with `reports users`. */
  readonly userPool?: cognito.IUserPool;
}

/**
 * Managed policies for the people who use a deployed stack, attached by the account's
 * administrators to their own users, groups or roles (the stack creates no principals):
 *
 * - **uploader**: put reports under `incoming/` (and encrypt them with the stack's key,
 *   which SSE-KMS uploads need);
 * - **operator**: what every `reports` command with `--stack` calls: find the stack's
 *   outputs, query and review records, read quarantined files, redrive dead letters,
 *   publish the notice of an approved or corrected record, add and remove office
 *   accounts in the portal's user pool.
 */
export class AccessPolicies extends Construct {
  public readonly uploaderPolicy: iam.ManagedPolicy;
  public readonly operatorPolicy: iam.ManagedPolicy;

  constructor(scope: Construct, id: string, props: AccessPoliciesProps) {
    super(scope, id);
    const stack = Stack.of(this);
    // The key may be used only through the services that hold the stack's data, never directly.
    const viaServices = (...services: string[]) => ({
      StringEquals: { 'kms:ViaService': services.map((service) => `${service}.${stack.region}.amazonaws.com`) },
    });

    this.uploaderPolicy = new iam.ManagedPolicy(this, 'Uploader', {
      description: 'Upload conference reports under incoming/ of the reports bucket',
      statements: [
        new iam.PolicyStatement({
          sid: 'PutReports',
          actions: ['s3:PutObject', 's3:AbortMultipartUpload'],
          resources: [props.bucket.arnForObjects(`${INCOMING_PREFIX}*`)],
        }),
        new iam.PolicyStatement({
          sid: 'EncryptUploads',
          actions: ['kms:GenerateDataKey'],
          resources: [props.key.keyArn],
          conditions: viaServices('s3'),
        }),
      ],
    });

    this.operatorPolicy = new iam.ManagedPolicy(this, 'Operator', {
      description: 'Run the reports CLI against the stack: list, show, review, redrive, failed',
      statements: [
        new iam.PolicyStatement({
          sid: 'FindStack',
          actions: ['cloudformation:DescribeStacks'],
          resources: [stack.stackId],
        }),
        new iam.PolicyStatement({
          sid: 'ReadAndReviewRecords',
          actions: ['dynamodb:GetItem', 'dynamodb:Query', 'dynamodb:BatchGetItem', 'dynamodb:PutItem', 'dynamodb:UpdateItem', 'dynamodb:BatchWriteItem'],
          resources: [props.table.tableArn, `${props.table.tableArn}/index/*`],
        }),
        new iam.PolicyStatement({
          sid: 'ReadUploadsAndQuarantine',
          actions: ['s3:GetObject', 's3:GetObjectVersion'],
          resources: [props.bucket.arnForObjects(`${INCOMING_PREFIX}*`), props.bucket.arnForObjects(`${QUARANTINE_PREFIX}*`)],
        }),
        new iam.PolicyStatement({
          sid: 'RedriveDeadLetters',
          actions: ['sqs:ReceiveMessage', 'sqs:DeleteMessage', 'sqs:GetQueueAttributes', 'sqs:ChangeMessageVisibility'],
          resources: props.deadLetterQueues.map((queue) => queue.queueArn),
        }),
        new iam.PolicyStatement({
          sid: 'ResendToIngest',
          actions: ['sqs:SendMessage', 'sqs:GetQueueAttributes'],
          resources: [props.ingestQueue.queueArn],
        }),
        new iam.PolicyStatement({
          sid: 'PublishReviewedRecords',
          actions: ['sns:Publish'],
          resources: [props.reportsTopic.topicArn, props.operationsTopic.topicArn],
        }),
        ...(props.userPool
          ? [
              new iam.PolicyStatement({
                sid: 'ManageOfficeAccounts',
                actions: [
                  'cognito-idp:AdminCreateUser',
                  'cognito-idp:AdminGetUser',
                  'cognito-idp:AdminDeleteUser',
                  'cognito-idp:AdminAddUserToGroup',
                  'cognito-idp:AdminRemoveUserFromGroup',
                  'cognito-idp:AdminListGroupsForUser',
                  'cognito-idp:ListUsersInGroup',
                ],
                resources: [props.userPool.userPoolArn],
              }),
            ]
          : []),
        new iam.PolicyStatement({
          sid: 'UseDataKey',
          actions: ['kms:Decrypt', 'kms:GenerateDataKey'],
          resources: [props.key.keyArn],
          conditions: viaServices('s3', 'sqs', 'sns', 'dynamodb'),
        }),
      ],
    });

    const bucketLogicalId = stack.resolve((props.bucket.node.defaultChild as s3.CfnBucket | undefined)?.logicalId) as string;
    const tableLogicalId = stack.resolve((props.table.node.defaultChild as dynamodb.CfnTable | undefined)?.logicalId) as string;
    Validations.of(this.uploaderPolicy).acknowledge({
      id: `AwsSolutions-IAM5[Resource::<${bucketLogicalId}.Arn>/${INCOMING_PREFIX}*]`,
      reason: 'Uploaders choose their file names; access is limited to the incoming/ prefix.',
    });
    Validations.of(this.operatorPolicy).acknowledge(
      {
        id: `AwsSolutions-IAM5[Resource::<${bucketLogicalId}.Arn>/${INCOMING_PREFIX}*]`,
        reason: 'Operators read the upload a record came from; keys are not known in advance.',
      },
      {
        id: `AwsSolutions-IAM5[Resource::<${bucketLogicalId}.Arn>/${QUARANTINE_PREFIX}*]`,
        reason: 'Operators read quarantined files to investigate them; keys mirror the upload keys.',
      },
      {
        id: `AwsSolutions-IAM5[Resource::<${tableLogicalId}.Arn>/index/*]`,
        reason: 'The CLI queries the table\'s own secondary indexes, all of which serve its listings.',
      },
    );
  }
}
