import type { ProvinceConfig } from '../config/province-config';
import { STACK_OUTPUTS } from '../config/runtime-env';
import { ConfigError } from '../errors';
import { subscriptionPlan, type FilterPolicy } from '../domain/routing';
import { flattenTemplates, referencedId, type FlatResource, type FlatTemplate, type StackTemplates } from './stack-template';

/**
 * What the local run creates, read from the stack's synthesized template: the bucket and
 * its notification configuration, the queues with their redrive policies, the topics, the
 * office subscriptions with filter policy, scope and redrive policy, the table with its
 * keys and indexes, and the event source mapping of the parser. Whatever the local run
 * does differently is listed, with its reason, in {@link LOCAL_DIFFERENCES}.
 */

export interface LocalDifference {
  /** The resource type concerned; absent for a difference of behaviour. */
  readonly resourceType?: string;
  /** Properties of that type the local run does not apply; absent: the whole resource is not created. */
  readonly properties?: readonly string[];
  readonly what: string;
  readonly reason: string;
}

/**
 * Every way the local run differs from the template, in one place. The provisioning
 * skips exactly these, and the parity test compares everything else (and fails on a
 * template property that is neither provisioned nor listed here).
 */
export const LOCAL_DIFFERENCES: readonly LocalDifference[] = [
  {
    resourceType: 'AWS::KMS::Key',
    what: 'no customer-managed key (nor its alias)',
    reason: 'the emulators have no KMS; encryption at rest protects nothing on a developer machine',
  },
  { resourceType: 'AWS::KMS::Alias', what: 'no key alias', reason: 'there is no key' },
  {
    resourceType: 'AWS::SQS::Queue',
    properties: ['KmsMasterKeyId', 'KmsDataKeyReusePeriodSeconds'],
    what: 'queues are not encrypted',
    reason: 'no KMS locally',
  },
  { resourceType: 'AWS::SNS::Topic', properties: ['KmsMasterKeyId'], what: 'topics are not encrypted', reason: 'no KMS locally' },
  {
    resourceType: 'AWS::DynamoDB::Table',
    properties: ['SSESpecification', 'PointInTimeRecoverySpecification', 'DeletionProtectionEnabled'],
    what: 'the table has no KMS encryption, point-in-time recovery or deletion protection',
    reason: 'dynalite and moto emulate none of them, and a local table lives as long as the run',
  },
  {
    resourceType: 'AWS::S3::Bucket',
    properties: ['BucketEncryption', 'LifecycleConfiguration', 'LoggingConfiguration', 'OwnershipControls', 'PublicAccessBlockConfiguration', 'Tags'],
    what: 'the bucket has no encryption, lifecycle rules, access logging, ownership controls, public access block or tags',
    reason: 'no KMS locally; rules counted in days and access controls have no effect within a local run',
  },
  {
    resourceType: 'AWS::S3::Bucket',
    properties: ['VersioningConfiguration'],
    what: 'versioning is applied on moto only',
    reason: 'fauxqs has no versioning API; the parser then sees no versionId, as it handles for unversioned buckets',
  },
  {
    what: 'no server access log bucket',
    reason: 'nothing reads access logs locally; the bucket that the upload bucket logs to is not created',
  },
  {
    resourceType: 'Custom::S3AutoDeleteObjects',
    what: 'no auto-delete custom resource',
    reason: 'a CloudFormation deployment helper; the emulators are discarded with the run',
  },
  {
    resourceType: 'Custom::S3BucketNotifications',
    properties: ['ServiceToken', 'Managed', 'SkipDestinationValidation'],
    what: 'the notification configuration is applied directly (moto) or by the S3 bridge (embedded), not by a deployment handler',
    reason: 'these properties only steer the CloudFormation handler that applies the configuration in AWS',
  },
  { resourceType: 'AWS::S3::BucketPolicy', what: 'no bucket policy', reason: 'IAM is not enforced by the emulators' },
  {
    resourceType: 'AWS::SQS::QueuePolicy',
    what: 'no queue policies; on moto the ingest queue gets only the statement that lets S3 send to it',
    reason: 'IAM is not enforced by the emulators, and TLS-only conditions cannot hold on a loopback HTTP endpoint',
  },
  { resourceType: 'AWS::SNS::TopicPolicy', what: 'no topic policies', reason: 'IAM is not enforced by the emulators' },
  { resourceType: 'AWS::IAM::Role', what: 'no IAM roles', reason: 'IAM is not enforced by the emulators' },
  { resourceType: 'AWS::IAM::Policy', what: 'no IAM policies', reason: 'IAM is not enforced by the emulators' },
  { resourceType: 'AWS::IAM::ManagedPolicy', what: 'no managed policies', reason: 'IAM is not enforced by the emulators' },
  {
    resourceType: 'AWS::Lambda::Function',
    what: 'the parser runs in the local process, behind a Lambda-like SQS event source',
    reason: 'no Lambda emulator; the same handler is called with the same events',
  },
  {
    resourceType: 'AWS::Lambda::EventSourceMapping',
    properties: ['EventSourceArn', 'FunctionName'],
    what: 'the mapping drives the local event source (batch size, window, concurrency, partial failures)',
    reason: 'the queue and the function are the local ones',
  },
  { resourceType: 'AWS::Lambda::Permission', what: 'no Lambda permissions', reason: 'IAM is not enforced locally' },
  { resourceType: 'AWS::Logs::LogGroup', what: 'no log groups', reason: 'the parser logs to the terminal' },
  { resourceType: 'AWS::CloudWatch::Alarm', what: 'no alarms', reason: 'the emulators have no CloudWatch metrics to alarm on' },
  { resourceType: 'AWS::CloudWatch::Dashboard', what: 'no dashboard', reason: 'no CloudWatch locally' },
  { resourceType: 'AWS::CDK::Metadata', what: 'no CDK metadata', reason: 'deployment bookkeeping' },
  {
    resourceType: 'AWS::SNS::Subscription',
    properties: ['Protocol', 'Endpoint'],
    what: "each office's subscriptions become one SQS subscription to a local queue per office, with the template's filter policy, scope and redrive policy",
    reason: "e-mail, SMS and HTTPS cannot be delivered locally, and an office's own queue lives in its account; all endpoints of an office share one filter policy, so one queue shows what the office receives",
  },
  {
    what: 'on the embedded backend, the office subscriptions are held and matched by the SNS bridge (bridges.ts)',
    reason: 'fauxqs matches no String.Array attribute and ignores MessageStructure json, so it would deliver the wrong notices',
  },
  {
    what: 'the operations topic gets a local queue subscribed to it',
    reason: "it stands in for the operators' e-mail (the template subscribes addresses only when they are given at deploy time)",
  },
  ...['AWS::Cognito::UserPool', 'AWS::Cognito::UserPoolClient', 'AWS::Cognito::UserPoolDomain', 'AWS::Cognito::UserPoolGroup'].map((resourceType) => ({
    resourceType,
    what: 'no Cognito user pool: the local identity provider (shared/local/local-identity.ts) issues the same kind of signed tokens, one account per office',
    reason: "the embedded emulators have no Cognito, and moto's has no hosted sign-in pages; moto's user pools are tested on their own (portal-accounts)",
  })),
  ...['AWS::ApiGatewayV2::Api', 'AWS::ApiGatewayV2::Integration', 'AWS::ApiGatewayV2::Route', 'AWS::ApiGatewayV2::Stage', 'AWS::ApiGatewayV2::DomainName', 'AWS::ApiGatewayV2::ApiMapping'].map((resourceType) => ({
    resourceType,
    what: "no HTTP API: the portal's handler is served by a local HTTP server (shared/local/portal-server.ts)",
    reason: 'no API Gateway emulator; the server hands the handler the same HTTP API (v2) events',
  })),
  {
    resourceType: 'AWS::Lambda::EventInvokeConfig',
    what: 'no asynchronous invocation settings',
    reason: 'the delivery-receipts function is invoked by CloudWatch Logs in AWS; locally deliveries are recorded as office queues receive notices',
  },
  {
    resourceType: 'AWS::Logs::SubscriptionFilter',
    what: 'no log subscription filter',
    reason: "SNS delivery-status logs exist only in AWS; locally a receipt's `delivered` is recorded when the office queue receives the notice",
  },
  {
    resourceType: 'AWS::SNS::Topic',
    properties: ['DeliveryStatusLogging'],
    what: 'no delivery-status logging on the reports topic',
    reason: 'the emulators write no delivery logs; the local run records deliveries from the office queues instead',
  },
  {
    what: 'the local resources have generated names (`reports-<random>-<role>`)',
    reason: 'several runs may share one emulator; each name is mapped from its logical id (LocalResources.logicalIds)',
  },
  {
    what:
      'under fault injection (the reliability tests) the ingest visibility timeout is the batching window plus 5 s, and REPORTS_LOCAL_VISIBILITY_TIMEOUT=SECONDS sets what is added to the window for a test run',
    reason:
      "a retried message (an injected fault, or a copy of a report whose notice another worker is publishing) reappears only after the visibility timeout; tests need that within their deadline, not after the stack's 185 s",
  },
];

/** The ingest visibility timeout under fault injection (see LOCAL_DIFFERENCES). */
export const FAULT_INJECTION_VISIBILITY_TIMEOUT_SECONDS = 5;

/** Environment variable that shortens the ingest visibility timeout for a test run (see LOCAL_DIFFERENCES). */
export const VISIBILITY_TIMEOUT_ENV = 'REPORTS_LOCAL_VISIBILITY_TIMEOUT';

/**
 * The ingest visibility timeout that replaces the template's, or undefined to keep it:
 * the environment variable, else the fault-injection value when faults are injected.
 */
export function ingestVisibilityOverride(env: NodeJS.ProcessEnv, faultInjection: boolean): number | undefined {
  const value = env[VISIBILITY_TIMEOUT_ENV];
  if (value !== undefined && value !== '') {
    const seconds = Number(value);
    // SQS accepts 0 to 43,200 seconds (12 hours).
    if (!Number.isInteger(seconds) || seconds < 0 || seconds > 43_200) {
      throw new ConfigError(`${VISIBILITY_TIMEOUT_ENV} must be a whole number of seconds from 0 to 43200, got "${value}"`);
    }
    return seconds;
  }
  return faultInjection ? FAULT_INJECTION_VISIBILITY_TIMEOUT_SECONDS : undefined;
}

/** Resource types of which the local run creates nothing. */
export function isSkippedResourceType(type: string): boolean {
  return LOCAL_DIFFERENCES.some((difference) => difference.resourceType === type && difference.properties === undefined);
}

/** Properties of a resource type that the local run deliberately does not apply. */
export function skippedPropertiesOf(type: string): ReadonlySet<string> {
  return new Set(LOCAL_DIFFERENCES.filter((difference) => difference.resourceType === type).flatMap((difference) => difference.properties ?? []));
}

/** The properties the local run applies, by resource type (the parity test compares these). */
export const APPLIED_PROPERTIES: Readonly<Record<string, readonly string[]>> = {
  'AWS::S3::Bucket': ['VersioningConfiguration', 'NotificationConfiguration'],
  'Custom::S3BucketNotifications': ['BucketName', 'NotificationConfiguration'],
  'AWS::SQS::Queue': ['VisibilityTimeout', 'MessageRetentionPeriod', 'RedrivePolicy', 'DelaySeconds', 'MaximumMessageSize', 'ReceiveMessageWaitTimeSeconds'],
  'AWS::SNS::Topic': ['DisplayName'],
  'AWS::SNS::Subscription': ['TopicArn', 'FilterPolicy', 'FilterPolicyScope', 'RedrivePolicy'],
  'AWS::DynamoDB::Table': ['AttributeDefinitions', 'KeySchema', 'GlobalSecondaryIndexes', 'BillingMode'],
  'AWS::Lambda::EventSourceMapping': ['BatchSize', 'MaximumBatchingWindowInSeconds', 'ScalingConfig', 'FunctionResponseTypes'],
};

// ------------------------------------------------------------- the plan

/** What a resource is for in the local run (from the stack outputs that name it). */
export type QueueRole = 'ingest' | 'ingestDeadLetter' | 'subscriptionsDeadLetter' | 'other';
export type TopicRole = 'reports' | 'operations' | 'other';

export interface PlannedQueue {
  readonly logicalId: string;
  readonly role: QueueRole;
  /** SQS attributes as the API takes them (RedrivePolicy resolved at provisioning). */
  readonly attributes: Readonly<Record<string, string>>;
  readonly redrive: { readonly deadLetterLogicalId: string; readonly maxReceiveCount: number } | null;
}

export interface PlannedTopic {
  readonly logicalId: string;
  readonly role: TopicRole;
  readonly displayName: string | null;
}

export type FilterPolicyScope = 'MessageAttributes' | 'MessageBody';

export interface PlannedOfficeSubscription {
  readonly officeId: string;
  readonly topicLogicalId: string;
  readonly filterPolicy: FilterPolicy;
  readonly filterPolicyScope: FilterPolicyScope;
  readonly deadLetterLogicalId: string | null;
  /** The template's subscriptions this local one stands in for. */
  readonly subscriptionLogicalIds: readonly string[];
}

export interface PlannedNotification {
  readonly bucketLogicalId: string;
  readonly queueLogicalId: string;
  readonly events: readonly string[];
  readonly prefix: string | null;
  readonly suffix: string | null;
}

export interface PlannedTable {
  readonly logicalId: string;
  readonly attributeDefinitions: readonly { AttributeName: string; AttributeType: string }[];
  readonly keySchema: readonly { AttributeName: string; KeyType: string }[];
  readonly globalSecondaryIndexes: readonly {
    IndexName: string;
    KeySchema: { AttributeName: string; KeyType: string }[];
    Projection: { ProjectionType?: string; NonKeyAttributes?: string[] };
  }[];
  readonly billingMode: string;
}

export interface PlannedEventSource {
  readonly queueLogicalId: string;
  readonly batchSize: number;
  readonly maxBatchingWindowSeconds: number;
  /** Parallel invocations at most (ScalingConfig.MaximumConcurrency). */
  readonly maximumConcurrency: number;
  /** ReportBatchItemFailures: a returned `batchItemFailures` list is honoured (else ignored, as Lambda does). */
  readonly reportBatchItemFailures: boolean;
}

export interface LocalPlan {
  readonly bucket: { readonly logicalId: string; readonly versioned: boolean };
  readonly table: PlannedTable;
  /** In creation order: every dead-letter queue before the queues that redrive to it. */
  readonly queues: readonly PlannedQueue[];
  readonly topics: readonly PlannedTopic[];
  readonly officeSubscriptions: readonly PlannedOfficeSubscription[];
  /** Dead-letter queue of the operations topic's subscriptions in the template, if any. */
  readonly operationsDeadLetterLogicalId: string | null;
  readonly notifications: readonly PlannedNotification[];
  readonly eventSource: PlannedEventSource;
}

const SQS_DEFAULTS = { batchSize: 10, maxBatchingWindowSeconds: 0 } as const;

function ofType(flat: FlatTemplate, type: string): FlatResource[] {
  return [...flat.resources.values()].filter((resource) => resource.type === type);
}

function outputTarget(flat: FlatTemplate, output: string): string {
  const id = referencedId(flat.outputs[output]);
  if (!id || !flat.resources.has(id)) throw new ConfigError(`the stack template has no output ${output} naming one of its resources`);
  return id;
}

const asRecord = (value: unknown): Record<string, unknown> => (typeof value === 'object' && value !== null && !Array.isArray(value) ? (value as Record<string, unknown>) : {});
const asArray = (value: unknown): unknown[] => (Array.isArray(value) ? value : []);

/** Interprets the stack's templates (nested stacks included) for the local run of `config`. */
export function planFromTemplates(templates: StackTemplates, config: ProvinceConfig): LocalPlan {
  return planFromFlatTemplate(flattenTemplates(templates), config);
}

export function planFromFlatTemplate(flat: FlatTemplate, config: ProvinceConfig): LocalPlan {
  const bucketId = outputTarget(flat, STACK_OUTPUTS.bucketName);
  const tableId = outputTarget(flat, STACK_OUTPUTS.tableName);
  const roles = new Map<string, QueueRole | TopicRole>([
    [outputTarget(flat, STACK_OUTPUTS.ingestQueueUrl), 'ingest'],
    [outputTarget(flat, STACK_OUTPUTS.ingestDeadLetterQueueUrl), 'ingestDeadLetter'],
    [outputTarget(flat, STACK_OUTPUTS.subscriptionsDeadLetterQueueUrl), 'subscriptionsDeadLetter'],
    [outputTarget(flat, STACK_OUTPUTS.reportsTopicArn), 'reports'],
    [outputTarget(flat, STACK_OUTPUTS.operationsTopicArn), 'operations'],
  ]);

  const bucketResource = flat.resources.get(bucketId) as FlatResource;
  const versioned = asRecord(bucketResource.properties.VersioningConfiguration).Status === 'Enabled';

  const tableProps = (flat.resources.get(tableId) as FlatResource).properties;
  const table: PlannedTable = {
    logicalId: tableId,
    attributeDefinitions: asArray(tableProps.AttributeDefinitions) as PlannedTable['attributeDefinitions'],
    keySchema: asArray(tableProps.KeySchema) as PlannedTable['keySchema'],
    globalSecondaryIndexes: asArray(tableProps.GlobalSecondaryIndexes) as PlannedTable['globalSecondaryIndexes'],
    billingMode: typeof tableProps.BillingMode === 'string' ? tableProps.BillingMode : 'PROVISIONED',
  };

  const queues = orderQueues(
    ofType(flat, 'AWS::SQS::Queue').map((resource): PlannedQueue => {
      const props = resource.properties;
      const attributes: Record<string, string> = {};
      for (const name of ['VisibilityTimeout', 'MessageRetentionPeriod', 'DelaySeconds', 'MaximumMessageSize', 'ReceiveMessageWaitTimeSeconds']) {
        if (props[name] !== undefined) attributes[name] = String(props[name]);
      }
      const redrive = asRecord(props.RedrivePolicy);
      const deadLetterLogicalId = referencedId(redrive.deadLetterTargetArn);
      return {
        logicalId: resource.id,
        role: (roles.get(resource.id) as QueueRole | undefined) ?? 'other',
        attributes,
        redrive: deadLetterLogicalId ? { deadLetterLogicalId, maxReceiveCount: Number(redrive.maxReceiveCount) } : null,
      };
    }),
  );

  const topics = ofType(flat, 'AWS::SNS::Topic').map((resource): PlannedTopic => ({
    logicalId: resource.id,
    role: (roles.get(resource.id) as TopicRole | undefined) ?? 'other',
    displayName: typeof resource.properties.DisplayName === 'string' ? resource.properties.DisplayName : null,
  }));
  const topicRole = (id: string | null): TopicRole | null => (id ? (topics.find((topic) => topic.logicalId === id)?.role ?? null) : null);

  // Office of each endpoint, from the config (the template knows endpoints, not offices).
  const officeOf = new Map(subscriptionPlan(config).map((plan) => [`${plan.protocol} ${plan.endpoint}`, plan.officeId]));
  const byOffice = new Map<string, PlannedOfficeSubscription>();
  let operationsDeadLetterLogicalId: string | null = null;
  for (const resource of ofType(flat, 'AWS::SNS::Subscription')) {
    const props = resource.properties;
    const topicId = referencedId(props.TopicArn);
    const deadLetterLogicalId = referencedId(asRecord(props.RedrivePolicy).deadLetterTargetArn);
    if (topicRole(topicId) === 'operations') {
      operationsDeadLetterLogicalId = deadLetterLogicalId;
      continue;
    }
    const officeId = officeOf.get(`${String(props.Protocol)} ${String(props.Endpoint)}`);
    if (!officeId || !topicId) {
      throw new ConfigError(`subscription ${resource.id} of the stack template (${String(props.Protocol)} ${String(props.Endpoint)}) belongs to no office of the config`);
    }
    const planned: PlannedOfficeSubscription = {
      officeId,
      topicLogicalId: topicId,
      filterPolicy: asRecord(props.FilterPolicy) as FilterPolicy,
      filterPolicyScope: props.FilterPolicyScope === 'MessageBody' ? 'MessageBody' : 'MessageAttributes',
      deadLetterLogicalId,
      subscriptionLogicalIds: [resource.id],
    };
    const known = byOffice.get(officeId);
    if (!known) {
      byOffice.set(officeId, planned);
      continue;
    }
    // One local queue per office is faithful only while all its endpoints filter alike.
    const same = (a: PlannedOfficeSubscription, b: PlannedOfficeSubscription) =>
      JSON.stringify([a.topicLogicalId, a.filterPolicy, a.filterPolicyScope, a.deadLetterLogicalId]) ===
      JSON.stringify([b.topicLogicalId, b.filterPolicy, b.filterPolicyScope, b.deadLetterLogicalId]);
    if (!same(known, planned)) {
      throw new ConfigError(`the subscriptions of office ${officeId} differ in topic, filter policy, scope or dead-letter queue; one local queue cannot stand in for them`);
    }
    byOffice.set(officeId, { ...known, subscriptionLogicalIds: [...known.subscriptionLogicalIds, resource.id] });
  }

  const notifications: PlannedNotification[] = [];
  const readNotificationConfiguration = (bucketLogicalId: string | null, configuration: unknown) => {
    if (!bucketLogicalId) return;
    for (const entry of asArray(asRecord(configuration).QueueConfigurations)) {
      const queueConfiguration = asRecord(entry);
      const queueLogicalId = referencedId(queueConfiguration.QueueArn);
      if (!queueLogicalId) continue;
      const rules = asArray(asRecord(asRecord(asRecord(queueConfiguration.Filter).Key)).FilterRules).map(asRecord);
      const rule = (name: string) => {
        const value = rules.find((candidate) => String(candidate.Name).toLowerCase() === name)?.Value;
        return typeof value === 'string' ? value : null;
      };
      notifications.push({
        bucketLogicalId,
        queueLogicalId,
        events: asArray(queueConfiguration.Events).map(String),
        prefix: rule('prefix'),
        suffix: rule('suffix'),
      });
    }
  };
  // CDK applies notifications through a custom resource; a template may also set them on the bucket.
  for (const resource of ofType(flat, 'Custom::S3BucketNotifications')) {
    readNotificationConfiguration(referencedId(resource.properties.BucketName), resource.properties.NotificationConfiguration);
  }
  for (const resource of ofType(flat, 'AWS::S3::Bucket')) readNotificationConfiguration(resource.id, resource.properties.NotificationConfiguration);

  const ingestId = outputTarget(flat, STACK_OUTPUTS.ingestQueueUrl);
  const mapping = ofType(flat, 'AWS::Lambda::EventSourceMapping').find((resource) => referencedId(resource.properties.EventSourceArn) === ingestId);
  if (!mapping) throw new ConfigError('the stack template has no event source mapping on the ingest queue');
  const mappingProps = mapping.properties;
  const maximumConcurrency = Number(asRecord(mappingProps.ScalingConfig).MaximumConcurrency ?? NaN);
  const eventSource: PlannedEventSource = {
    queueLogicalId: ingestId,
    batchSize: Number(mappingProps.BatchSize ?? SQS_DEFAULTS.batchSize),
    maxBatchingWindowSeconds: Number(mappingProps.MaximumBatchingWindowInSeconds ?? SQS_DEFAULTS.maxBatchingWindowSeconds),
    // Without a bound Lambda scales out far beyond what one local process can run; the
    // SQS minimum of 2 is then used (and the stack always sets one).
    maximumConcurrency: Number.isFinite(maximumConcurrency) ? maximumConcurrency : 2,
    reportBatchItemFailures: asArray(mappingProps.FunctionResponseTypes).includes('ReportBatchItemFailures'),
  };

  return {
    bucket: { logicalId: bucketId, versioned },
    table,
    queues,
    topics,
    officeSubscriptions: [...byOffice.values()],
    operationsDeadLetterLogicalId,
    notifications,
    eventSource,
  };
}

/** Dead-letter queues first, so a redrive policy can name the ARN of an existing queue. */
function orderQueues(queues: readonly PlannedQueue[]): PlannedQueue[] {
  const ordered: PlannedQueue[] = [];
  const placed = new Set<string>();
  const place = (queue: PlannedQueue, path: readonly string[]): void => {
    if (placed.has(queue.logicalId)) return;
    if (path.includes(queue.logicalId)) throw new ConfigError(`the redrive policies of queues ${path.join(', ')} form a cycle`);
    const target = queue.redrive ? queues.find((candidate) => candidate.logicalId === queue.redrive?.deadLetterLogicalId) : undefined;
    if (queue.redrive && !target) throw new ConfigError(`queue ${queue.logicalId} redrives to ${queue.redrive.deadLetterLogicalId}, which is not a queue of the template`);
    if (target) place(target, [...path, queue.logicalId]);
    placed.add(queue.logicalId);
    ordered.push(queue);
  };
  for (const queue of queues) place(queue, []);
  return ordered;
}
