import { CreateTableCommand, DescribeTableCommand, DynamoDBClient, type CreateTableCommandInput } from '@aws-sdk/client-dynamodb';
import {
  CreateBucketCommand,
  PutBucketNotificationConfigurationCommand,
  PutBucketVersioningCommand,
  type Event as S3EventName,
  type FilterRule,
} from '@aws-sdk/client-s3';
import { CreateTopicCommand, SubscribeCommand } from '@aws-sdk/client-sns';
import { CreateQueueCommand, GetQueueAttributesCommand, SetQueueAttributesCommand } from '@aws-sdk/client-sqs';
import type { AwsClients } from '../adapters/aws-clients';
import { TABLE_DESIGN } from '../config/runtime-env';
import type { FilterPolicy } from '../domain/routing';
import type { Backend } from './emulators';
import type { FilterPolicyScope, LocalPlan, PlannedEventSource, PlannedQueue, PlannedTable } from './local-plan';

/**
 * Creates on an emulator the resources of the stack's template, as interpreted by
 * {@link LocalPlan} (which lists every deliberate difference), under generated names.
 */
export interface LocalResources {
  readonly bucket: string;
  readonly tableName: string;
  readonly ingestQueueUrl: string;
  readonly ingestDeadLetterQueueUrl: string;
  readonly subscriptionsDeadLetterQueueUrl: string;
  readonly reportsTopicArn: string;
  readonly operationsTopicArn: string;
  /** Queue receiving the operations topic (stands in for the operators' e-mail). */
  readonly operationsQueueUrl: string;
  /** One queue per office: stands in for its e-mail, SMS and HTTPS endpoints. */
  readonly officeQueues: readonly OfficeQueue[];
  /** Subscriptions the emulator cannot filter itself and the bridge must deliver (embedded backend). */
  readonly bridgedSubscriptions: readonly BridgedSubscription[];
  /** S3 notifications the emulator cannot send itself and the bridge must send (embedded backend). */
  readonly bridgedNotifications: readonly BridgedNotification[];
  /** The template's event source mapping of the parser, which the local event source follows. */
  readonly eventSource: PlannedEventSource;
  /** The local resource standing in for each logical id of the template. */
  readonly logicalIds: Readonly<Record<string, LocalResourceName>>;
}

export interface OfficeQueue {
  readonly officeId: string;
  readonly queueUrl: string;
  readonly queueArn: string;
  readonly filterPolicy: FilterPolicy;
}

export interface BridgedSubscription {
  readonly officeId: string;
  readonly topicArn: string;
  readonly queueUrl: string;
  readonly filterPolicy: FilterPolicy;
  readonly filterPolicyScope: FilterPolicyScope;
  /**
   * The template's subscription dead-letter queue. The bridge's deliveries go to a local
   * queue and cannot fail as an endpoint's can, so nothing is ever moved there.
   */
  readonly deadLetterTargetArn: string | null;
}

export interface BridgedNotification {
  readonly bucket: string;
  readonly queueUrl: string;
  readonly events: readonly string[];
  readonly prefix: string | null;
  readonly suffix: string | null;
}

export type LocalResourceName =
  | { readonly kind: 'bucket' | 'table'; readonly name: string }
  | { readonly kind: 'queue'; readonly name: string; readonly url: string; readonly arn: string }
  | { readonly kind: 'topic'; readonly name: string; readonly arn: string }
  /** A template subscription, stood in for by the subscription of its office's local queue. */
  | { readonly kind: 'subscription'; readonly officeId: string; readonly queueUrl: string; readonly subscriptionArn: string | null };

export interface ProvisionOptions {
  readonly clients: AwsClients;
  readonly dynamoEndpoint: string;
  readonly backend: Backend;
  readonly plan: LocalPlan;
  /** Name prefix, unique per run so several runs can share one emulator. */
  readonly prefix: string;
  readonly region?: string;
  /** Replaces the template's ingest visibility timeout (fault injection only; see LOCAL_DIFFERENCES). */
  readonly ingestVisibilityTimeoutSeconds?: number;
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

/**
 * Creates a table of the repository's design (TABLE_DESIGN) alone, for tests that need
 * only the table; the local run creates its table from the template.
 */
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


/** Creates a table with the key schema, attributes and indexes the template gives it. */
async function createTable(options: { dynamoEndpoint: string; region?: string }, tableName: string, table: PlannedTable): Promise<void> {
  const dynamo = new DynamoDBClient({
    region: options.region ?? 'us-east-1',
    endpoint: options.dynamoEndpoint,
    credentials: { accessKeyId: 'local', secretAccessKey: 'local' },
  });
  const provisioned = table.billingMode === 'PAY_PER_REQUEST' ? {} : { ProvisionedThroughput: { ReadCapacityUnits: 5, WriteCapacityUnits: 5 } };
  const input: CreateTableCommandInput = {
    TableName: tableName,
    BillingMode: table.billingMode === 'PAY_PER_REQUEST' ? 'PAY_PER_REQUEST' : 'PROVISIONED',
    AttributeDefinitions: table.attributeDefinitions.map((definition) => ({
      AttributeName: definition.AttributeName,
      AttributeType: definition.AttributeType as 'S' | 'N' | 'B',
    })),
    KeySchema: table.keySchema.map((key) => ({ AttributeName: key.AttributeName, KeyType: key.KeyType as 'HASH' | 'RANGE' })),
    ...provisioned,
    ...(table.globalSecondaryIndexes.length > 0
      ? {
          GlobalSecondaryIndexes: table.globalSecondaryIndexes.map((index) => ({
            IndexName: index.IndexName,
            KeySchema: index.KeySchema.map((key) => ({ AttributeName: key.AttributeName, KeyType: key.KeyType as 'HASH' | 'RANGE' })),
            Projection: {
              ProjectionType: (index.Projection.ProjectionType ?? 'ALL') as 'ALL' | 'KEYS_ONLY' | 'INCLUDE',
              ...(index.Projection.NonKeyAttributes ? { NonKeyAttributes: index.Projection.NonKeyAttributes } : {}),
            },
            ...provisioned,
          })),
        }
      : {}),
  };
  await dynamo.send(new CreateTableCommand(input));
  for (let attempt = 0; attempt < 100; attempt++) {
    const described = await dynamo.send(new DescribeTableCommand({ TableName: tableName }));
    if (described.Table?.TableStatus === 'ACTIVE') break;
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  dynamo.destroy();
}

/** SQS names: letters, digits, `-` and `_`, at most 80 characters. */
const nameOf = (prefix: string, suffix: string): string => `${prefix}-${suffix.replace(/[^A-Za-z0-9_-]+/g, '-')}`.slice(0, 80);

const QUEUE_NAMES: Record<PlannedQueue['role'], string | null> = {
  ingest: 'ingest',
  ingestDeadLetter: 'ingest-dlq',
  subscriptionsDeadLetter: 'subscriptions-dlq',
  other: null,
};

/** Creates the plan's resources on the emulator and returns their local names. */
export async function provisionLocalResources(options: ProvisionOptions): Promise<LocalResources> {
  const { clients, prefix, plan, backend } = options;
  const logicalIds: Record<string, LocalResourceName> = {};

  const bucket = `${prefix}-uploads`;
  await clients.s3.send(new CreateBucketCommand({ Bucket: bucket }));
  if (backend === 'moto' && plan.bucket.versioned) {
    await clients.s3.send(new PutBucketVersioningCommand({ Bucket: bucket, VersioningConfiguration: { Status: 'Enabled' } }));
  }
  logicalIds[plan.bucket.logicalId] = { kind: 'bucket', name: bucket };

  const tableName = `${prefix}-reports`;
  await createTable(options, tableName, plan.table);
  logicalIds[plan.table.logicalId] = { kind: 'table', name: tableName };

  const queues = new Map<string, { queueUrl: string; queueArn: string }>();
  for (const queue of plan.queues) {
    const name = nameOf(prefix, QUEUE_NAMES[queue.role] ?? queue.logicalId);
    const attributes: Record<string, string> = { ...queue.attributes };
    if (queue.role === 'ingest' && options.ingestVisibilityTimeoutSeconds !== undefined) {
      attributes.VisibilityTimeout = String(options.ingestVisibilityTimeoutSeconds);
    }
    if (queue.redrive) {
      const deadLetter = queues.get(queue.redrive.deadLetterLogicalId);
      if (!deadLetter) throw new Error(`dead-letter queue ${queue.redrive.deadLetterLogicalId} was not created before ${queue.logicalId}`);
      attributes.RedrivePolicy = JSON.stringify({ deadLetterTargetArn: deadLetter.queueArn, maxReceiveCount: queue.redrive.maxReceiveCount });
    }
    const created = await createQueue(clients, name, attributes);
    queues.set(queue.logicalId, created);
    logicalIds[queue.logicalId] = { kind: 'queue', name, url: created.queueUrl, arn: created.queueArn };
  }
  const queueOfRole = (role: PlannedQueue['role']) => {
    const planned = plan.queues.find((queue) => queue.role === role);
    const created = planned ? queues.get(planned.logicalId) : undefined;
    if (!created) throw new Error(`the plan has no ${role} queue`);
    return created;
  };

  const topics = new Map<string, string>();
  for (const topic of plan.topics) {
    const name = nameOf(prefix, topic.role === 'other' ? topic.logicalId : topic.role);
    const created = await clients.sns.send(
      new CreateTopicCommand({ Name: name, ...(topic.displayName !== null ? { Attributes: { DisplayName: topic.displayName } } : {}) }),
    );
    if (!created.TopicArn) throw new Error(`topic ${name} has no ARN`);
    topics.set(topic.logicalId, created.TopicArn);
    logicalIds[topic.logicalId] = { kind: 'topic', name, arn: created.TopicArn };
  }
  const topicOfRole = (role: 'reports' | 'operations'): string => {
    const planned = plan.topics.find((topic) => topic.role === role);
    const arn = planned ? topics.get(planned.logicalId) : undefined;
    if (!arn) throw new Error(`the plan has no ${role} topic`);
    return arn;
  };
  const deadLetterArn = (logicalId: string | null): string | null => (logicalId ? (queues.get(logicalId)?.queueArn ?? null) : null);
  const subscriptionAttributes = (filterPolicy: FilterPolicy | null, scope: FilterPolicyScope | null, deadLetter: string | null) => ({
    ...(filterPolicy ? { FilterPolicy: JSON.stringify(filterPolicy) } : {}),
    ...(scope ? { FilterPolicyScope: scope } : {}),
    ...(deadLetter ? { RedrivePolicy: JSON.stringify({ deadLetterTargetArn: deadLetter }) } : {}),
  });

  const operationsTopicArn = topicOfRole('operations');
  const operations = await createQueue(clients, `${prefix}-operations`);
  await clients.sns.send(
    new SubscribeCommand({
      TopicArn: operationsTopicArn,
      Protocol: 'sqs',
      Endpoint: operations.queueArn,
      Attributes: subscriptionAttributes(null, null, deadLetterArn(plan.operationsDeadLetterLogicalId)),
    }),
  );

  const officeQueues: OfficeQueue[] = [];
  const bridgedSubscriptions: BridgedSubscription[] = [];
  for (const office of plan.officeSubscriptions) {
    const queue = await createQueue(clients, nameOf(prefix, `office-${office.officeId}`));
    const topicArn = topics.get(office.topicLogicalId);
    if (!topicArn) throw new Error(`office ${office.officeId} subscribes to ${office.topicLogicalId}, which is not a topic of the template`);
    officeQueues.push({ officeId: office.officeId, ...queue, filterPolicy: office.filterPolicy });
    let subscriptionArn: string | null = null;
    if (backend === 'moto') {
      const subscribed = await clients.sns.send(
        new SubscribeCommand({
          TopicArn: topicArn,
          Protocol: 'sqs',
          Endpoint: queue.queueArn,
          Attributes: subscriptionAttributes(office.filterPolicy, office.filterPolicyScope, deadLetterArn(office.deadLetterLogicalId)),
          ReturnSubscriptionArn: true,
        }),
      );
      subscriptionArn = subscribed.SubscriptionArn ?? null;
    } else {
      bridgedSubscriptions.push({
        officeId: office.officeId,
        topicArn,
        queueUrl: queue.queueUrl,
        filterPolicy: office.filterPolicy,
        filterPolicyScope: office.filterPolicyScope,
        deadLetterTargetArn: deadLetterArn(office.deadLetterLogicalId),
      });
    }
    for (const logicalId of office.subscriptionLogicalIds) {
      logicalIds[logicalId] = { kind: 'subscription', officeId: office.officeId, queueUrl: queue.queueUrl, subscriptionArn };
    }
  }

  const bridgedNotifications: BridgedNotification[] = [];
  const notifications = plan.notifications.map((notification, index) => {
    const queue = queues.get(notification.queueLogicalId);
    if (!queue) throw new Error(`bucket notification ${index} targets ${notification.queueLogicalId}, which is not a queue of the template`);
    return { notification, queue, index };
  });
  if (backend === 'moto') {
    for (const { queue } of notifications) {
      await clients.sqs.send(
        new SetQueueAttributesCommand({
          QueueUrl: queue.queueUrl,
          Attributes: {
            Policy: JSON.stringify({
              Version: '2012-10-17',
              Statement: [
                {
                  Effect: 'Allow',
                  Principal: { Service: 's3.amazonaws.com' },
                  Action: 'sqs:SendMessage',
                  Resource: queue.queueArn,
                  Condition: { ArnLike: { 'aws:SourceArn': `arn:aws:s3:::${bucket}` } },
                },
              ],
            }),
          },
        }),
      );
    }
    if (notifications.length > 0) {
      await clients.s3.send(
        new PutBucketNotificationConfigurationCommand({
          Bucket: bucket,
          NotificationConfiguration: {
            QueueConfigurations: notifications.map(({ notification, queue, index }) => {
              const rules: FilterRule[] = [];
              if (notification.prefix !== null) rules.push({ Name: 'prefix', Value: notification.prefix });
              if (notification.suffix !== null) rules.push({ Name: 'suffix', Value: notification.suffix });
              return {
                Id: `notification-${index}`,
                QueueArn: queue.queueArn,
                Events: notification.events as S3EventName[],
                ...(rules.length > 0 ? { Filter: { Key: { FilterRules: rules } } } : {}),
              };
            }),
          },
        }),
      );
    }
  } else {
    for (const { notification, queue } of notifications) {
      bridgedNotifications.push({ bucket, queueUrl: queue.queueUrl, events: notification.events, prefix: notification.prefix, suffix: notification.suffix });
    }
  }

  const ingest = queueOfRole('ingest');
  return {
    bucket,
    tableName,
    ingestQueueUrl: ingest.queueUrl,
    ingestDeadLetterQueueUrl: queueOfRole('ingestDeadLetter').queueUrl,
    subscriptionsDeadLetterQueueUrl: queueOfRole('subscriptionsDeadLetter').queueUrl,
    reportsTopicArn: topicOfRole('reports'),
    operationsTopicArn,
    operationsQueueUrl: operations.queueUrl,
    officeQueues,
    bridgedSubscriptions,
    bridgedNotifications,
    eventSource: plan.eventSource,
    logicalIds,
  };
}
