import { CreateTableCommand, DescribeTableCommand, DynamoDBClient } from '@aws-sdk/client-dynamodb';
import {
  CreateBucketCommand,
  PutBucketNotificationConfigurationCommand,
  PutBucketVersioningCommand,
} from '@aws-sdk/client-s3';
import { CreateTopicCommand, SubscribeCommand } from '@aws-sdk/client-sns';
import { CreateQueueCommand, GetQueueAttributesCommand, SetQueueAttributesCommand } from '@aws-sdk/client-sqs';
import type { AwsClients } from '../adapters/aws-clients';
import type { ProvinceConfig } from '../config/province-config';
import { INCOMING_PREFIX, TABLE_DESIGN } from '../config/runtime-env';
import { subscriptionPlan, type FilterPolicy } from '../domain/routing';
import type { Backend } from './emulators';

/**
 * Creates on an emulator the same resources the CDK stack creates in AWS, from the same
 * config and the same subscription plan.
 */
export interface LocalResources {
  readonly bucket: string;
  readonly tableName: string;
  readonly ingestQueueUrl: string;
  readonly ingestDeadLetterQueueUrl: string;
  readonly reportsTopicArn: string;
  readonly operationsTopicArn: string;
  /** Queue receiving the operations topic (stands in for the operators' e-mail). */
  readonly operationsQueueUrl: string;
  /** One queue per office: stands in for its e-mail, SMS and HTTPS endpoints. */
  readonly officeQueues: readonly { readonly officeId: string; readonly queueUrl: string; readonly queueArn: string; readonly filterPolicy: FilterPolicy }[];
  /** Subscriptions the emulator cannot filter itself and the bridge must deliver. */
  readonly bridgedSubscriptions: readonly { readonly queueUrl: string; readonly filterPolicy: FilterPolicy; readonly officeId: string }[];
}

export interface ProvisionOptions {
  readonly clients: AwsClients;
  readonly dynamoEndpoint: string;
  readonly backend: Backend;
  readonly config: ProvinceConfig;
  /** Name prefix, unique per run so several runs can share one emulator. */
  readonly prefix: string;
  readonly region?: string;
  /** Seconds a received ingest message stays invisible (Lambda: six times the function timeout). */
  readonly visibilityTimeoutSeconds?: number;
  /** Receives before a message moves to the dead-letter queue. */
  readonly maxReceiveCount?: number;
}

async function createQueue(clients: AwsClients, name: string, attributes: Record<string, string> = {}) {
  const created = await clients.sqs.send(new CreateQueueCommand({ QueueName: name, Attributes: attributes }));
  const queueUrl = created.QueueUrl;
  if (!queueUrl) throw new Error(`queue ${name} has no URL`);
  const described = await clients.sqs.send(new GetQueueAttributesCommand({ QueueUrl: queueUrl, AttributeNames: ['QueueArn'] }));
  const queueArn = described.Attributes?.QueueArn;
  if (!queueArn) throw new Error(`queue ${name} has no ARN`);
  return { queueUrl, queueArn };
}

/** Creates the reports table with the stack's key schema and lookup index. */
export async function createReportsTable(options: { dynamoEndpoint: string; region?: string }, tableName: string): Promise<void> {
  const dynamo = new DynamoDBClient({
    region: options.region ?? 'us-east-1',
    endpoint: options.dynamoEndpoint,
    credentials: { accessKeyId: 'local', secretAccessKey: 'local' },
  });
  const { partitionKey, sortKey, lookupIndex } = TABLE_DESIGN;
  await dynamo.send(
    new CreateTableCommand({
      TableName: tableName,
      BillingMode: 'PAY_PER_REQUEST',
      AttributeDefinitions: [
        { AttributeName: partitionKey, AttributeType: 'S' },
        { AttributeName: sortKey, AttributeType: 'S' },
        { AttributeName: lookupIndex.partitionKey, AttributeType: 'S' },
        { AttributeName: lookupIndex.sortKey, AttributeType: 'S' },
      ],
      KeySchema: [
        { AttributeName: partitionKey, KeyType: 'HASH' },
        { AttributeName: sortKey, KeyType: 'RANGE' },
      ],
      GlobalSecondaryIndexes: [
        {
          IndexName: lookupIndex.name,
          KeySchema: [
            { AttributeName: lookupIndex.partitionKey, KeyType: 'HASH' },
            { AttributeName: lookupIndex.sortKey, KeyType: 'RANGE' },
          ],
          Projection: { ProjectionType: 'ALL' },
        },
      ],
    }),
  );
  for (let attempt = 0; attempt < 100; attempt++) {
    const described = await dynamo.send(new DescribeTableCommand({ TableName: tableName }));
    if (described.Table?.TableStatus === 'ACTIVE') break;
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  dynamo.destroy();
}

export async function provisionLocalResources(options: ProvisionOptions): Promise<LocalResources> {
  const { clients, prefix, config } = options;
  const bucket = `${prefix}-uploads`;
  const tableName = `${prefix}-reports`;
  await clients.s3.send(new CreateBucketCommand({ Bucket: bucket }));
  if (options.backend === 'moto') {
    await clients.s3.send(new PutBucketVersioningCommand({ Bucket: bucket, VersioningConfiguration: { Status: 'Enabled' } }));
  }
  await createReportsTable(options, tableName);

  const deadLetter = await createQueue(clients, `${prefix}-ingest-dlq`);
  const ingest = await createQueue(clients, `${prefix}-ingest`, {
    VisibilityTimeout: String(options.visibilityTimeoutSeconds ?? 5),
    RedrivePolicy: JSON.stringify({ deadLetterTargetArn: deadLetter.queueArn, maxReceiveCount: String(options.maxReceiveCount ?? 5) }),
  });
  const reportsTopicArn = (await clients.sns.send(new CreateTopicCommand({ Name: `${prefix}-reports` }))).TopicArn;
  const operationsTopicArn = (await clients.sns.send(new CreateTopicCommand({ Name: `${prefix}-operations` }))).TopicArn;
  if (!reportsTopicArn || !operationsTopicArn) throw new Error('topic creation returned no ARN');
  const operations = await createQueue(clients, `${prefix}-operations`);
  await clients.sns.send(new SubscribeCommand({ TopicArn: operationsTopicArn, Protocol: 'sqs', Endpoint: operations.queueArn }));

  // Every endpoint of an office shares one filter policy, so one queue per office stands in for all of them.
  const officeQueues: LocalResources['officeQueues'][number][] = [];
  const seen = new Set<string>();
  for (const plan of subscriptionPlan(config)) {
    if (seen.has(plan.officeId)) continue;
    seen.add(plan.officeId);
    const queue = await createQueue(clients, `${prefix}-office-${plan.officeId}`);
    officeQueues.push({ officeId: plan.officeId, ...queue, filterPolicy: plan.filterPolicy });
  }

  const bridgedSubscriptions: LocalResources['bridgedSubscriptions'][number][] = [];
  if (options.backend === 'moto') {
    for (const office of officeQueues) {
      await clients.sns.send(
        new SubscribeCommand({
          TopicArn: reportsTopicArn,
          Protocol: 'sqs',
          Endpoint: office.queueArn,
          Attributes: { FilterPolicy: JSON.stringify(office.filterPolicy), FilterPolicyScope: 'MessageAttributes' },
        }),
      );
    }
    await clients.sqs.send(
      new SetQueueAttributesCommand({
        QueueUrl: ingest.queueUrl,
        Attributes: {
          Policy: JSON.stringify({
            Version: '2012-10-17',
            Statement: [
              {
                Effect: 'Allow',
                Principal: { Service: 's3.amazonaws.com' },
                Action: 'sqs:SendMessage',
                Resource: ingest.queueArn,
                Condition: { ArnLike: { 'aws:SourceArn': `arn:aws:s3:::${bucket}` } },
              },
            ],
          }),
        },
      }),
    );
    await clients.s3.send(
      new PutBucketNotificationConfigurationCommand({
        Bucket: bucket,
        NotificationConfiguration: {
          QueueConfigurations: [
            {
              Id: 'incoming-uploads',
              QueueArn: ingest.queueArn,
              Events: ['s3:ObjectCreated:*'],
              Filter: { Key: { FilterRules: [{ Name: 'prefix', Value: INCOMING_PREFIX }] } },
            },
          ],
        },
      }),
    );
  } else {
    for (const office of officeQueues) {
      bridgedSubscriptions.push({ queueUrl: office.queueUrl, filterPolicy: office.filterPolicy, officeId: office.officeId });
    }
  }

  return {
    bucket,
    tableName,
    ingestQueueUrl: ingest.queueUrl,
    ingestDeadLetterQueueUrl: deadLetter.queueUrl,
    reportsTopicArn,
    operationsTopicArn,
    operationsQueueUrl: operations.queueUrl,
    officeQueues,
    bridgedSubscriptions,
  };
}
