import { DescribeTableCommand } from '@aws-sdk/client-dynamodb';
import { GetBucketNotificationConfigurationCommand } from '@aws-sdk/client-s3';
import { GetSubscriptionAttributesCommand, GetTopicAttributesCommand, ListSubscriptionsByTopicCommand } from '@aws-sdk/client-sns';
import { GetQueueAttributesCommand } from '@aws-sdk/client-sqs';
import type { AwsClients } from '../../shared/adapters/aws-clients';
import type { Backend } from '../../shared/local/emulators';
import type { EventSourceSettings } from '../../shared/local/event-source';
import { APPLIED_PROPERTIES, isSkippedResourceType, skippedPropertiesOf } from '../../shared/local/local-plan';
import type { LocalResources } from '../../shared/local/provision';
import { flattenTemplates, referencedId, type FlatResource, type StackTemplates } from '../../shared/local/stack-template';

/**
 * Reads back what the emulators hold (queue attributes, subscriptions and their filter
 * policies, table keys and indexes, the bucket's notification configuration, the event
 * source's settings) and compares it with the stack's template, property by property.
 * The template is read here on its own terms (CloudFormation properties and their
 * documented defaults), not through the plan the local run provisioned from, so a
 * mistake in that interpretation shows up as a drift too.
 */

export interface Drift {
  /** Logical id of the template's resource. */
  readonly resource: string;
  readonly property: string;
  readonly template: unknown;
  readonly local: unknown;
}

export function formatDrift(drift: Drift): string {
  return `${drift.resource} ${drift.property}: template ${JSON.stringify(drift.template)}, local ${JSON.stringify(drift.local)}`;
}

interface LocalSubscription {
  readonly topicArn: string;
  readonly protocol: string;
  readonly endpoint: string;
  readonly filterPolicy: unknown;
  readonly filterPolicyScope: string;
  readonly redriveTargetArn: string | null;
}

interface LocalNotification {
  readonly queueArn: string;
  readonly events: readonly string[];
  readonly prefix: string | null;
  readonly suffix: string | null;
}

/** What the emulators hold, read through their APIs (and, for what the embedded emulator cannot hold, from the bridges' tables). */
export interface LocalState {
  readonly queues: Readonly<Record<string, Readonly<Record<string, string>>>>;
  readonly topics: Readonly<Record<string, Readonly<Record<string, string>>>>;
  readonly subscriptions: readonly LocalSubscription[];
  readonly table: {
    readonly keySchema: unknown;
    readonly attributeDefinitions: unknown;
    readonly indexes: Readonly<Record<string, { keySchema: unknown; projectionType: string | null }>>;
  };
  readonly notifications: readonly LocalNotification[];
  readonly eventSource: EventSourceSettings;
}

export async function readLocalState(input: {
  readonly clients: AwsClients;
  readonly backend: Backend;
  readonly resources: LocalResources;
  readonly eventSource: EventSourceSettings;
}): Promise<LocalState> {
  const { clients, resources } = input;
  const names = Object.values(resources.logicalIds);
  const queues: Record<string, Record<string, string>> = {};
  const topics: Record<string, Record<string, string>> = {};
  const queueUrls = new Set([
    ...names.flatMap((name) => (name.kind === 'queue' ? [name.url] : [])),
    ...resources.officeQueues.map((queue) => queue.queueUrl),
    resources.operationsQueueUrl,
  ]);
  for (const url of queueUrls) {
    const attributes = (await clients.sqs.send(new GetQueueAttributesCommand({ QueueUrl: url, AttributeNames: ['All'] }))).Attributes ?? {};
    queues[url] = attributes;
  }
  const subscriptions: LocalSubscription[] = [];
  for (const name of names) {
    if (name.kind !== 'topic') continue;
    topics[name.arn] = (await clients.sns.send(new GetTopicAttributesCommand({ TopicArn: name.arn }))).Attributes ?? {};
    const listed = (await clients.sns.send(new ListSubscriptionsByTopicCommand({ TopicArn: name.arn }))).Subscriptions ?? [];
    for (const subscription of listed) {
      const attributes =
        (await clients.sns.send(new GetSubscriptionAttributesCommand({ SubscriptionArn: subscription.SubscriptionArn ?? '' }))).Attributes ?? {};
      subscriptions.push({
        topicArn: name.arn,
        protocol: subscription.Protocol ?? '',
        endpoint: subscription.Endpoint ?? '',
        filterPolicy: attributes.FilterPolicy ? (JSON.parse(attributes.FilterPolicy) as unknown) : null,
        filterPolicyScope: attributes.FilterPolicyScope ?? 'MessageAttributes',
        redriveTargetArn: attributes.RedrivePolicy ? ((JSON.parse(attributes.RedrivePolicy) as { deadLetterTargetArn?: string }).deadLetterTargetArn ?? null) : null,
      });
    }
  }
  // The embedded emulator cannot filter String.Array attributes: the bridge holds the
  // office subscriptions (and delivers them); the moto backend holds them itself.
  const arnOfQueue = (url: string): string => queues[url]?.QueueArn ?? `unknown queue ${url}`;
  for (const bridged of resources.bridgedSubscriptions) {
    subscriptions.push({
      topicArn: bridged.topicArn,
      protocol: 'sqs',
      endpoint: arnOfQueue(bridged.queueUrl),
      filterPolicy: bridged.filterPolicy,
      filterPolicyScope: bridged.filterPolicyScope,
      redriveTargetArn: bridged.deadLetterTargetArn,
    });
  }

  const tableName = resources.tableName;
  const described = (await clients.dynamo.send(new DescribeTableCommand({ TableName: tableName }))).Table;
  const table: LocalState['table'] = {
    keySchema: described?.KeySchema ?? [],
    attributeDefinitions: described?.AttributeDefinitions ?? [],
    indexes: Object.fromEntries(
      (described?.GlobalSecondaryIndexes ?? []).map((index) => [
        index.IndexName ?? '',
        { keySchema: index.KeySchema ?? [], projectionType: index.Projection?.ProjectionType ?? null },
      ]),
    ),
  };

  let notifications: LocalNotification[];
  if (input.backend === 'moto') {
    const configuration = await clients.s3.send(new GetBucketNotificationConfigurationCommand({ Bucket: resources.bucket }));
    notifications = (configuration.QueueConfigurations ?? []).map((entry) => {
      const rules = entry.Filter?.Key?.FilterRules ?? [];
      const rule = (name: string) => rules.find((candidate) => candidate.Name?.toLowerCase() === name)?.Value ?? null;
      return { queueArn: entry.QueueArn ?? '', events: entry.Events ?? [], prefix: rule('prefix'), suffix: rule('suffix') };
    });
  } else {
    // fauxqs has no notification configuration: the S3 bridge holds it (and sends the events).
    notifications = resources.bridgedNotifications.map((entry) => ({
      queueArn: arnOfQueue(entry.queueUrl),
      events: entry.events,
      prefix: entry.prefix,
      suffix: entry.suffix,
    }));
  }
  return { queues, topics, subscriptions, table, notifications, eventSource: input.eventSource };
}

// ------------------------------------------------------------- comparison

/** CloudFormation's defaults of the queue attributes the stack may leave out. */
const QUEUE_DEFAULTS: Readonly<Record<string, string>> = {
  VisibilityTimeout: '30',
  MessageRetentionPeriod: '345600',
  DelaySeconds: '0',
  ReceiveMessageWaitTimeSeconds: '0',
};

/** Key order and object prototypes aside, the same JSON value. */
function isDeepStrictEqual(a: unknown, b: unknown): boolean {
  const canonical = (value: unknown): unknown => {
    if (Array.isArray(value)) return value.map(canonical);
    if (typeof value !== 'object' || value === null) return value;
    return Object.fromEntries(Object.entries(value).sort(([x], [y]) => x.localeCompare(y)).map(([key, inner]) => [key, canonical(inner)]));
  };
  return JSON.stringify(canonical(a)) === JSON.stringify(canonical(b));
}

const record = (value: unknown): Record<string, unknown> => (typeof value === 'object' && value !== null ? (value as Record<string, unknown>) : {});

const sortedBy = <T>(items: readonly T[], key: (item: T) => string): T[] => [...items].sort((a, b) => key(a).localeCompare(key(b)));

/** Every difference between the template and the local state that LOCAL_DIFFERENCES does not explain. */
export function compareWithTemplate(templates: StackTemplates, resources: LocalResources, state: LocalState): Drift[] {
  const flat = flattenTemplates(templates);
  const { logicalIds } = resources;
  const explained = new Set<LocalSubscription>();
  const drifts: Drift[] = [];
  const drift = (resource: string, property: string, template: unknown, local: unknown): void => {
    drifts.push({ resource, property, template, local });
  };
  const queueOf = (id: string | null) => {
    const name = id ? logicalIds[id] : undefined;
    return name?.kind === 'queue' ? name : null;
  };
  const topicOf = (id: string | null) => {
    const name = id ? logicalIds[id] : undefined;
    return name?.kind === 'topic' ? name : null;
  };
  // The upload bucket's server access log bucket is not created (see LOCAL_DIFFERENCES).
  const logBuckets = new Set(
    [...flat.resources.values()]
      .filter((resource) => resource.type === 'AWS::S3::Bucket')
      .map((resource) => referencedId(record(resource.properties.LoggingConfiguration).DestinationBucketName))
      .filter((id): id is string => id !== null),
  );

  for (const resource of flat.resources.values()) {
    if (isSkippedResourceType(resource.type)) continue;
    const applied = APPLIED_PROPERTIES[resource.type];
    if (!applied) {
      drift(resource.id, 'Type', resource.type, 'neither provisioned locally nor listed in LOCAL_DIFFERENCES');
      continue;
    }
    const skipped = skippedPropertiesOf(resource.type);
    for (const property of Object.keys(resource.properties)) {
      if (!applied.includes(property) && !skipped.has(property)) {
        drift(resource.id, property, resource.properties[property], 'neither provisioned locally nor listed in LOCAL_DIFFERENCES');
      }
    }
    compareResource(resource);
  }

  function compareResource(resource: FlatResource): void {
    const props = resource.properties;
    switch (resource.type) {
      case 'AWS::SQS::Queue': {
        const queue = queueOf(resource.id);
        if (!queue) return drift(resource.id, 'queue', 'exists', 'missing');
        const attributes = state.queues[queue.url] ?? {};
        for (const [name, fallback] of Object.entries(QUEUE_DEFAULTS)) {
          const expected = props[name] === undefined ? fallback : String(props[name]);
          if (attributes[name] !== expected) drift(resource.id, name, expected, attributes[name] ?? null);
        }
        if (props.MaximumMessageSize !== undefined && attributes.MaximumMessageSize !== String(props.MaximumMessageSize)) {
          drift(resource.id, 'MaximumMessageSize', String(props.MaximumMessageSize), attributes.MaximumMessageSize ?? null);
        }
        const redrive = record(props.RedrivePolicy);
        const expected = props.RedrivePolicy === undefined
          ? null
          : { deadLetterTargetArn: queueOf(referencedId(redrive.deadLetterTargetArn))?.arn ?? 'a queue of the template', maxReceiveCount: Number(redrive.maxReceiveCount) };
        const localRedrive = attributes.RedrivePolicy ? record(JSON.parse(attributes.RedrivePolicy)) : null;
        const local = localRedrive ? { deadLetterTargetArn: localRedrive.deadLetterTargetArn, maxReceiveCount: Number(localRedrive.maxReceiveCount) } : null;
        if (!isDeepStrictEqual(expected, local)) drift(resource.id, 'RedrivePolicy', expected, local);
        return;
      }
      case 'AWS::SNS::Topic': {
        const topic = topicOf(resource.id);
        if (!topic) return drift(resource.id, 'topic', 'exists', 'missing');
        const displayName = state.topics[topic.arn]?.DisplayName ?? '';
        if ((props.DisplayName ?? '') !== displayName) drift(resource.id, 'DisplayName', props.DisplayName ?? '', displayName);
        return;
      }
      case 'AWS::SNS::Subscription': {
        const name = logicalIds[resource.id];
        const topic = topicOf(referencedId(props.TopicArn));
        if (!topic) return drift(resource.id, 'TopicArn', props.TopicArn, 'no local topic');
        if (name?.kind !== 'subscription') return drift(resource.id, 'subscription', 'exists', 'no local subscription stands in for it');
        const queueArn = state.queues[name.queueUrl]?.QueueArn;
        const local = state.subscriptions.find((candidate) => candidate.topicArn === topic.arn && candidate.protocol === 'sqs' && candidate.endpoint === queueArn);
        if (!local) return drift(resource.id, 'subscription', `sqs to the queue of office ${name.officeId}`, 'missing');
        explained.add(local);
        if (!isDeepStrictEqual(props.FilterPolicy ?? null, local.filterPolicy)) drift(resource.id, 'FilterPolicy', props.FilterPolicy ?? null, local.filterPolicy);
        const scope = props.FilterPolicyScope ?? 'MessageAttributes';
        if (scope !== local.filterPolicyScope) drift(resource.id, 'FilterPolicyScope', scope, local.filterPolicyScope);
        const target = props.RedrivePolicy === undefined ? null : (queueOf(referencedId(record(props.RedrivePolicy).deadLetterTargetArn))?.arn ?? 'a queue of the template');
        if (target !== local.redriveTargetArn) drift(resource.id, 'RedrivePolicy.deadLetterTargetArn', target, local.redriveTargetArn);
        return;
      }
      case 'AWS::DynamoDB::Table': {
        if (logicalIds[resource.id]?.kind !== 'table') return drift(resource.id, 'table', 'exists', 'missing');
        const byName = (items: unknown): unknown[] => sortedBy(Array.isArray(items) ? items : [], (item) => String(record(item).AttributeName));
        if (!isDeepStrictEqual(props.KeySchema, state.table.keySchema)) drift(resource.id, 'KeySchema', props.KeySchema, state.table.keySchema);
        if (!isDeepStrictEqual(byName(props.AttributeDefinitions), byName(state.table.attributeDefinitions))) {
          drift(resource.id, 'AttributeDefinitions', props.AttributeDefinitions, state.table.attributeDefinitions);
        }
        const expectedIndexes = Object.fromEntries(
          (Array.isArray(props.GlobalSecondaryIndexes) ? props.GlobalSecondaryIndexes : []).map((index) => {
            const entry = record(index);
            return [String(entry.IndexName), { keySchema: entry.KeySchema, projectionType: record(entry.Projection).ProjectionType ?? null }];
          }),
        );
        if (!isDeepStrictEqual(expectedIndexes, state.table.indexes)) drift(resource.id, 'GlobalSecondaryIndexes', expectedIndexes, state.table.indexes);
        return;
      }
      case 'AWS::S3::Bucket': {
        if (logBuckets.has(resource.id)) return;
        if (logicalIds[resource.id]?.kind !== 'bucket') return drift(resource.id, 'bucket', 'exists', 'missing');
        return;
      }
      case 'Custom::S3BucketNotifications': {
        const expected = (Array.isArray(record(props.NotificationConfiguration).QueueConfigurations) ? (record(props.NotificationConfiguration).QueueConfigurations as unknown[]) : []).map(
          (entry): LocalNotification => {
            const configuration = record(entry);
            const rules = (record(record(configuration.Filter).Key).FilterRules as unknown[] | undefined) ?? [];
            const rule = (name: string) => {
              const value = rules.map(record).find((candidate) => String(candidate.Name).toLowerCase() === name)?.Value;
              return typeof value === 'string' ? value : null;
            };
            return {
              queueArn: queueOf(referencedId(configuration.QueueArn))?.arn ?? 'a queue of the template',
              events: [...((configuration.Events as string[] | undefined) ?? [])].sort(),
              prefix: rule('prefix'),
              suffix: rule('suffix'),
            };
          },
        );
        const local = state.notifications.map((entry) => ({ ...entry, events: [...entry.events].sort() }));
        const key = (entry: LocalNotification) => JSON.stringify(entry);
        if (!isDeepStrictEqual(sortedBy(expected, key), sortedBy(local, key))) drift(resource.id, 'NotificationConfiguration.QueueConfigurations', expected, local);
        return;
      }
      case 'AWS::Lambda::EventSourceMapping': {
        const expected = {
          batchSize: Number(props.BatchSize ?? 10),
          maxBatchingWindowMs: Number(props.MaximumBatchingWindowInSeconds ?? 0) * 1000,
          concurrency: Number(record(props.ScalingConfig).MaximumConcurrency ?? Number.NaN),
          reportBatchItemFailures: Array.isArray(props.FunctionResponseTypes) && props.FunctionResponseTypes.includes('ReportBatchItemFailures'),
        };
        for (const [name, value] of Object.entries(expected)) {
          const local = state.eventSource[name as keyof EventSourceSettings];
          if (value !== local) drift(resource.id, name, value, local);
        }
        return;
      }
    }
  }
  // The operations queue stands in for the operators' e-mail (see LOCAL_DIFFERENCES).
  const operationsQueueArn = state.queues[resources.operationsQueueUrl]?.QueueArn;
  for (const local of state.subscriptions) {
    if (explained.has(local)) continue;
    if (local.topicArn === resources.operationsTopicArn && local.endpoint === operationsQueueArn) continue;
    drift('(none)', 'subscription', 'absent', local);
  }
  return drifts;
}
