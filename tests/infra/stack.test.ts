import { Match, type Template } from 'aws-cdk-lib/assertions';
import { ENV, INCOMING_PREFIX, QUARANTINE_PREFIX, TABLE_DESIGN } from '../../shared/config/runtime-env';
import { loadProvinceConfig } from '../../shared/config/province-config';
import { subscriptionPlan } from '../../shared/domain/routing';
import { OUTPUTS } from '../../infra/stack';
import { DEFAULT_CONFIG_FILE, synthesized } from './synth';

type Resources = Record<string, { Type: string; Properties: Record<string, unknown>; DeletionPolicy?: string; UpdateReplacePolicy?: string }>;

const dev = (): Template => synthesized('dev').template;
const prod = (): Template => synthesized('prod').template;

/** The logical ID of the only resource of a type (looked up, never hard-coded). */
function onlyResourceId(template: Template, type: string, props?: Record<string, unknown>): string {
  const ids = Object.keys(template.findResources(type, props ? { Properties: props } : undefined));
  expect(ids).toHaveLength(1);
  return ids[0] as string;
}

const keyArn = (template: Template) => ({ 'Fn::GetAtt': [onlyResourceId(template, 'AWS::KMS::Key'), 'Arn'] });

function reportsBucketId(template: Template): string {
  return onlyResourceId(template, 'AWS::S3::Bucket', { VersioningConfiguration: Match.anyValue(), LoggingConfiguration: Match.anyValue() });
}

function parserId(template: Template): string {
  // The portal's function is a Node.js function with tracing too; the parser says what it does.
  return onlyResourceId(template, 'AWS::Lambda::Function', { Runtime: Match.stringLikeRegexp('^nodejs'), TracingConfig: Match.anyValue(), Description: Match.stringLikeRegexp('^Parses uploaded') });
}

/** The log group the parser function writes to (the portal has its own). */
function parserLogGroupId(template: Template): string {
  const fn = (template.findResources('AWS::Lambda::Function') as Resources)[parserId(template)];
  const ref = (fn?.Properties.LoggingConfig as { LogGroup?: { Ref?: string } } | undefined)?.LogGroup?.Ref;
  expect(ref).toEqual(expect.any(String));
  return ref as string;
}

function queueIdsByRole(template: Template): { ingest: string; ingestDlq: string; subscriptionsDlq: string } {
  const queues = template.findResources('AWS::SQS::Queue') as Resources;
  const ingest = Object.entries(queues).find(([, queue]) => queue.Properties.RedrivePolicy !== undefined);
  expect(ingest).toBeDefined();
  const [ingestId, ingestQueue] = ingest as [string, Resources[string]];
  const redrive = ingestQueue.Properties.RedrivePolicy as { deadLetterTargetArn: { 'Fn::GetAtt': [string, string] } };
  const ingestDlq = redrive.deadLetterTargetArn['Fn::GetAtt'][0];
  const subscriptions = template.findResources('AWS::SNS::Subscription') as Resources;
  const subscriptionDlqs = new Set(
    Object.values(subscriptions).map(
      (sub) => (sub.Properties.RedrivePolicy as { deadLetterTargetArn: { 'Fn::GetAtt': [string, string] } }).deadLetterTargetArn['Fn::GetAtt'][0],
    ),
  );
  expect(subscriptionDlqs.size).toBe(1);
  return { ingest: ingestId, ingestDlq, subscriptionsDlq: [...subscriptionDlqs][0] as string };
}

describe('encryption at rest', () => {
  it('uses one customer-managed key with rotation', () => {
    dev().resourceCountIs('AWS::KMS::Key', 1);
    dev().hasResourceProperties('AWS::KMS::Key', { EnableKeyRotation: true });
  });

  it('encrypts the report bucket with the key and a bucket key', () => {
    const template = dev();
    template.hasResourceProperties('AWS::S3::Bucket', {
      LoggingConfiguration: Match.anyValue(),
      BucketEncryption: {
        ServerSideEncryptionConfiguration: [
          { BucketKeyEnabled: true, ServerSideEncryptionByDefault: { SSEAlgorithm: 'aws:kms', KMSMasterKeyID: keyArn(template) } },
        ],
      },
    });
  });

  it('encrypts the access log bucket with SSE-S3, the only encryption S3 log delivery accepts', () => {
    dev().hasResourceProperties('AWS::S3::Bucket', {
      LoggingConfiguration: Match.absent(),
      BucketEncryption: { ServerSideEncryptionConfiguration: [{ ServerSideEncryptionByDefault: { SSEAlgorithm: 'AES256' } }] },
    });
  });

  it('encrypts every queue with the key', () => {
    const template = dev();
    const queues = template.findResources('AWS::SQS::Queue') as Resources;
    // Ingest queue and DLQ, subscriptions DLQ, the delivery receipts' DLQ.
    expect(Object.keys(queues)).toHaveLength(4);
    for (const queue of Object.values(queues)) expect(queue.Properties.KmsMasterKeyId).toEqual(keyArn(template));
  });

  it('encrypts both topics with the key', () => {
    const template = dev();
    const topics = template.findResources('AWS::SNS::Topic') as Resources;
    expect(Object.keys(topics)).toHaveLength(2);
    for (const topic of Object.values(topics)) expect(topic.Properties.KmsMasterKeyId).toEqual(keyArn(template));
  });

  it('encrypts the table with the key', () => {
    const template = dev();
    template.hasResourceProperties('AWS::DynamoDB::Table', {
      SSESpecification: { SSEEnabled: true, SSEType: 'KMS', KMSMasterKeyId: keyArn(template) },
    });
  });

  it('lets S3, SNS and CloudWatch use the key for the queues and topics they write to', () => {
    const statements = (Object.values(dev().findResources('AWS::KMS::Key')) as Resources[string][]).flatMap(
      (key) => (key.Properties.KeyPolicy as { Statement: { Principal?: { Service?: string | string[] }; Action: string | string[] }[] }).Statement,
    );
    const servicesAllowed = (action: string) =>
      statements
        .filter((statement) => ([] as string[]).concat(statement.Action).some((a) => a === action || (a.endsWith('*') && action.startsWith(a.slice(0, -1)))))
        .flatMap((statement) => ([] as string[]).concat(statement.Principal?.Service ?? []));
    for (const service of ['s3.amazonaws.com', 'sns.amazonaws.com', 'cloudwatch.amazonaws.com']) {
      expect(servicesAllowed('kms:Decrypt')).toContain(service);
      expect(servicesAllowed('kms:GenerateDataKey')).toContain(service);
    }
  });
});

describe('encryption in transit', () => {
  const denyInsecure = Match.objectLike({ Effect: 'Deny', Condition: { Bool: { 'aws:SecureTransport': 'false' } } });

  it('denies non-TLS requests on every bucket', () => {
    const template = dev();
    template.resourceCountIs('AWS::S3::BucketPolicy', 2);
    template.allResourcesProperties('AWS::S3::BucketPolicy', { PolicyDocument: { Statement: Match.arrayWith([denyInsecure]) } });
  });

  it('denies non-TLS requests on every queue', () => {
    const template = dev();
    const queues = Object.keys(template.findResources('AWS::SQS::Queue'));
    for (const queue of queues) {
      template.hasResourceProperties('AWS::SQS::QueuePolicy', {
        Queues: [{ Ref: queue }],
        PolicyDocument: { Statement: Match.arrayWith([denyInsecure]) },
      });
    }
  });

  it('denies non-TLS publishing on both topics', () => {
    const template = dev();
    for (const topic of Object.keys(template.findResources('AWS::SNS::Topic'))) {
      template.hasResourceProperties('AWS::SNS::TopicPolicy', {
        Topics: [{ Ref: topic }],
        PolicyDocument: {
          Statement: Match.arrayWith([
            Match.objectLike({ Effect: 'Deny', Action: 'sns:Publish', Condition: { Bool: { 'aws:SecureTransport': 'false' } } }),
          ]),
        },
      });
    }
  });
});

describe('the report bucket', () => {
  it('blocks all public access on both buckets', () => {
    dev().allResourcesProperties('AWS::S3::Bucket', {
      PublicAccessBlockConfiguration: { BlockPublicAcls: true, BlockPublicPolicy: true, IgnorePublicAcls: true, RestrictPublicBuckets: true },
    });
  });

  it('is versioned and logs access to the access log bucket', () => {
    const template = dev();
    const logBucket = onlyResourceId(template, 'AWS::S3::Bucket', { LoggingConfiguration: Match.absent() });
    template.hasResourceProperties('AWS::S3::Bucket', {
      VersioningConfiguration: { Status: 'Enabled' },
      LoggingConfiguration: { DestinationBucketName: { Ref: logBucket } },
    });
  });

  it.each([
    ['dev', 7, 30],
    ['prod', 90, 365],
  ] as const)('expires noncurrent versions and quarantined files in %s', (stage, noncurrentDays, quarantineDays) => {
    synthesized(stage).template.hasResourceProperties('AWS::S3::Bucket', {
      LoggingConfiguration: Match.anyValue(),
      LifecycleConfiguration: {
        Rules: Match.arrayWith([
          Match.objectLike({ Status: 'Enabled', NoncurrentVersionExpiration: { NoncurrentDays: noncurrentDays } }),
          Match.objectLike({ Status: 'Enabled', Prefix: QUARANTINE_PREFIX, ExpirationInDays: quarantineDays }),
        ]),
      },
    });
  });

  it('sends ObjectCreated notifications for incoming/ to the ingest queue only', () => {
    const template = dev();
    const { ingest } = queueIdsByRole(template);
    template.hasResourceProperties('Custom::S3BucketNotifications', {
      BucketName: { Ref: reportsBucketId(template) },
      NotificationConfiguration: {
        QueueConfigurations: [
          {
            Events: ['s3:ObjectCreated:*'],
            Filter: { Key: { FilterRules: [{ Name: 'prefix', Value: INCOMING_PREFIX }] } },
            QueueArn: { 'Fn::GetAtt': [ingest, 'Arn'] },
          },
        ],
      },
    });
    template.hasResourceProperties('AWS::SQS::QueuePolicy', {
      Queues: [{ Ref: ingest }],
      PolicyDocument: {
        Statement: Match.arrayWith([
          Match.objectLike({
            Effect: 'Allow',
            Principal: { Service: 's3.amazonaws.com' },
            Action: Match.arrayWith(['sqs:SendMessage']),
            Condition: Match.objectLike({ ArnLike: { 'aws:SourceArn': { 'Fn::GetAtt': [reportsBucketId(template), 'Arn'] } } }),
          }),
        ]),
      },
    });
  });
});

describe('the records table', () => {
  it('has the shared key design, the lookup index and point-in-time recovery', () => {
    dev().hasResourceProperties('AWS::DynamoDB::Table', {
      KeySchema: [
        { AttributeName: TABLE_DESIGN.partitionKey, KeyType: 'HASH' },
        { AttributeName: TABLE_DESIGN.sortKey, KeyType: 'RANGE' },
      ],
      GlobalSecondaryIndexes: [
        Match.objectLike({
          IndexName: TABLE_DESIGN.lookupIndex.name,
          KeySchema: [
            { AttributeName: TABLE_DESIGN.lookupIndex.partitionKey, KeyType: 'HASH' },
            { AttributeName: TABLE_DESIGN.lookupIndex.sortKey, KeyType: 'RANGE' },
          ],
        }),
      ],
      PointInTimeRecoverySpecification: { PointInTimeRecoveryEnabled: true },
    });
  });

  it('is deletion-protected in prod only', () => {
    prod().hasResourceProperties('AWS::DynamoDB::Table', { DeletionProtectionEnabled: true });
    dev().hasResourceProperties('AWS::DynamoDB::Table', { DeletionProtectionEnabled: false });
  });
});

describe('removal behaviour per stage', () => {
  const stateful = ['AWS::S3::Bucket', 'AWS::DynamoDB::Table', 'AWS::KMS::Key', 'AWS::SQS::Queue', 'AWS::Logs::LogGroup'];

  it.each(stateful)('retains every %s of prod when the stack is deleted', (type) => {
    const resources = prod().findResources(type) as Resources;
    expect(Object.keys(resources).length).toBeGreaterThan(0);
    for (const resource of Object.values(resources)) {
      expect(resource.DeletionPolicy).toBe('Retain');
      expect(resource.UpdateReplacePolicy).toBe('Retain');
    }
  });

  it.each(stateful)('deletes every %s of dev with the stack', (type) => {
    const resources = Object.values(dev().findResources(type) as Resources);
    expect(resources.length).toBeGreaterThan(0);
    for (const resource of resources) expect(resource.DeletionPolicy).toBe('Delete');
  });

  it('empties the dev buckets on deletion and never the prod ones', () => {
    dev().resourceCountIs('Custom::S3AutoDeleteObjects', 2);
    prod().resourceCountIs('Custom::S3AutoDeleteObjects', 0);
  });
});

describe('ingest queue and parser', () => {
  it('moves a message to the ingest dead-letter queue after 5 receives; dead letters keep 14 days', () => {
    const template = dev();
    const { ingest, ingestDlq } = queueIdsByRole(template);
    const queues = template.findResources('AWS::SQS::Queue') as Resources;
    expect(queues[ingest]?.Properties.RedrivePolicy).toEqual({ deadLetterTargetArn: { 'Fn::GetAtt': [ingestDlq, 'Arn'] }, maxReceiveCount: 5 });
    expect(queues[ingestDlq]?.Properties.MessageRetentionPeriod).toBe(14 * 24 * 3600);
  });

  it('keeps messages invisible at least six times the function timeout', () => {
    const template = dev();
    const { ingest } = queueIdsByRole(template);
    const visibility = (template.findResources('AWS::SQS::Queue') as Resources)[ingest]?.Properties.VisibilityTimeout as number;
    const timeout = (template.findResources('AWS::Lambda::Function') as Resources)[parserId(template)]?.Properties.Timeout as number;
    expect(timeout).toBe(30);
    expect(visibility).toBeGreaterThanOrEqual(6 * timeout);
  });

  it('runs the parser on Node.js 24, ARM64, 1024 MB, 30 s, bounded concurrency and active tracing', () => {
    dev().hasResourceProperties('AWS::Lambda::Function', {
      Runtime: 'nodejs24.x',
      Architectures: ['arm64'],
      MemorySize: 1024,
      Timeout: 30,
      ReservedConcurrentExecutions: 10,
      TracingConfig: { Mode: 'Active' },
      Handler: 'index.handler',
    });
  });

  it('gives the parser its table, topics, validated config and Powertools settings', () => {
    const template = dev();
    const topicIds = Object.keys(template.findResources('AWS::SNS::Topic'));
    const config = loadProvinceConfig(DEFAULT_CONFIG_FILE);
    const variables = (template.findResources('AWS::Lambda::Function') as Resources)[parserId(template)]?.Properties
      .Environment as { Variables: Record<string, unknown> };
    expect(variables.Variables).toEqual(
      expect.objectContaining({
        [ENV.tableName]: { Ref: onlyResourceId(template, 'AWS::DynamoDB::Table') },
        [ENV.notificationsTopicArn]: { Ref: expect.stringMatching(/Reports/) },
        [ENV.operationsTopicArn]: { Ref: expect.stringMatching(/Operations/) },
        POWERTOOLS_SERVICE_NAME: expect.any(String),
        POWERTOOLS_METRICS_NAMESPACE: 'ConferenceReports',
        POWERTOOLS_LOG_LEVEL: 'DEBUG',
      }),
    );
    expect(topicIds).toEqual(
      expect.arrayContaining([
        (variables.Variables[ENV.notificationsTopicArn] as { Ref: string }).Ref,
        (variables.Variables[ENV.operationsTopicArn] as { Ref: string }).Ref,
      ]),
    );
    const inlined = JSON.parse(variables.Variables[ENV.provinceConfigJson] as string) as { province: { id: string }; units: { id: string }[] };
    expect(inlined.province.id).toBe(config.province.id);
    expect(inlined.units.map((unit) => unit.id)).toEqual(config.units.map((unit) => unit.id));
    prod().hasResourceProperties('AWS::Lambda::Function', {
      Environment: { Variables: Match.objectLike({ POWERTOOLS_LOG_LEVEL: 'INFO' }) },
    });
  });

  it('keeps the parser environment within the 4 KB Lambda allows', () => {
    const template = dev();
    const variables = (template.findResources('AWS::Lambda::Function') as Resources)[parserId(template)]?.Properties
      .Environment as { Variables: Record<string, unknown> };
    // Unresolved references are counted at their longest deployed form.
    const size = Object.entries(variables.Variables).reduce(
      (total, [name, value]) => total + Buffer.byteLength(name) + (typeof value === 'string' ? Buffer.byteLength(value) : 256),
      0,
    );
    expect(size).toBeLessThanOrEqual(4096);
  });

  it('consumes the ingest queue in batches of 10 with per-message failures', () => {
    const template = dev();
    const { ingest } = queueIdsByRole(template);
    template.hasResourceProperties('AWS::Lambda::EventSourceMapping', {
      EventSourceArn: { 'Fn::GetAtt': [ingest, 'Arn'] },
      FunctionName: { Ref: parserId(template) },
      BatchSize: 10,
      MaximumBatchingWindowInSeconds: 5,
      FunctionResponseTypes: ['ReportBatchItemFailures'],
      ScalingConfig: { MaximumConcurrency: 10 },
    });
  });

  it('keeps parser logs in their own log group with a retention', () => {
    for (const [template, days] of [[dev(), 14], [prod(), 365]] as const) {
      const logGroup = parserLogGroupId(template);
      expect((template.findResources('AWS::Logs::LogGroup') as Resources)[logGroup]?.Properties.RetentionInDays).toBe(days);
      const users = Object.values(template.findResources('AWS::Lambda::Function') as Resources).filter(
        (fn) => JSON.stringify((fn.Properties.LoggingConfig as { LogGroup?: unknown } | undefined)?.LogGroup) === JSON.stringify({ Ref: logGroup }),
      );
      expect(users).toHaveLength(1);
    }
  });
});

describe('parser permissions', () => {
  interface Statement {
    Effect: string;
    Action: string | string[];
    Resource: unknown;
    Sid?: string;
  }

  function parserStatements(template: Template): Statement[] {
    const fn = (template.findResources('AWS::Lambda::Function') as Resources)[parserId(template)];
    const roleId = (fn?.Properties.Role as { 'Fn::GetAtt': [string, string] })['Fn::GetAtt'][0];
    const policies = template.findResources('AWS::IAM::Policy', { Properties: { Roles: [{ Ref: roleId }] } }) as Resources;
    return Object.values(policies).flatMap((policy) => (policy.Properties.PolicyDocument as { Statement: Statement[] }).Statement);
  }
  const actionsOf = (statement: Statement): string[] => ([] as string[]).concat(statement.Action);
  const render = (value: unknown): string => JSON.stringify(value);

  it('has no managed policies', () => {
    const template = dev();
    const fn = (template.findResources('AWS::Lambda::Function') as Resources)[parserId(template)];
    const roleId = (fn?.Properties.Role as { 'Fn::GetAtt': [string, string] })['Fn::GetAtt'][0];
    expect((template.findResources('AWS::IAM::Role') as Resources)[roleId]?.Properties.ManagedPolicyArns).toBeUndefined();
  });

  it('allows only X-Ray on "*" and no wildcard actions', () => {
    for (const statement of parserStatements(dev())) {
      expect(statement.Effect).toBe('Allow');
      for (const action of actionsOf(statement)) expect(action).not.toContain('*');
      if (statement.Resource === '*') expect(actionsOf(statement).every((action) => action.startsWith('xray:'))).toBe(true);
    }
  });

  it('reads only incoming/ objects, writes only quarantine/ objects, and may only list key names', () => {
    const template = dev();
    const bucket = reportsBucketId(template);
    const s3Statements = parserStatements(template).filter((statement) => actionsOf(statement).some((action) => action.startsWith('s3:')));
    const byPrefix = (prefix: string) =>
      s3Statements.filter((statement) => render(statement.Resource) === render({ 'Fn::Join': ['', [{ 'Fn::GetAtt': [bucket, 'Arn'] }, `/${prefix}*`]] }));
    expect(s3Statements).toHaveLength(3);
    const bucketLevel = s3Statements.filter((statement) => render(statement.Resource) === render({ 'Fn::GetAtt': [bucket, 'Arn'] }));
    expect(bucketLevel.flatMap(actionsOf)).toEqual(['s3:ListBucket']);
    expect(byPrefix(INCOMING_PREFIX).flatMap(actionsOf).every((action) => action.startsWith('s3:Get'))).toBe(true);
    expect(byPrefix(QUARANTINE_PREFIX).flatMap(actionsOf).every((action) => action.startsWith('s3:Put'))).toBe(true);
    expect(byPrefix(INCOMING_PREFIX).flatMap(actionsOf)).toContain('s3:GetObject');
    expect(byPrefix(QUARANTINE_PREFIX).flatMap(actionsOf)).toContain('s3:PutObject');
  });

  it('reads and writes the table with exactly the calls the parser makes, and no index', () => {
    const template = dev();
    const table = onlyResourceId(template, 'AWS::DynamoDB::Table');
    const dynamo = parserStatements(template).filter((statement) => actionsOf(statement).some((action) => action.startsWith('dynamodb:')));
    expect(dynamo.map((statement) => render(statement.Resource))).toEqual([render({ 'Fn::GetAtt': [table, 'Arn'] })]);
    expect(dynamo.flatMap(actionsOf).sort()).toEqual(['dynamodb:BatchWriteItem', 'dynamodb:GetItem', 'dynamodb:PutItem', 'dynamodb:UpdateItem']);
  });

  it('publishes to exactly the two topics and uses only the data key', () => {
    const template = dev();
    const statements = parserStatements(template);
    const publish = statements.filter((statement) => actionsOf(statement).includes('sns:Publish'));
    const topics = Object.keys(template.findResources('AWS::SNS::Topic')).map((id) => render({ Ref: id }));
    expect(publish.flatMap((statement) => ([] as unknown[]).concat(statement.Resource)).map(render).sort()).toEqual(topics.sort());
    const kms = statements.filter((statement) => actionsOf(statement).some((action) => action.startsWith('kms:')));
    for (const statement of kms) expect(statement.Resource).toEqual(keyArn(template));
  });

  it('consumes only the ingest queue and writes only its own log group', () => {
    const template = dev();
    const { ingest } = queueIdsByRole(template);
    const statements = parserStatements(template);
    const sqsResources = statements.filter((s) => actionsOf(s).some((a) => a.startsWith('sqs:'))).map((s) => render(s.Resource));
    expect(sqsResources).toEqual([render({ 'Fn::GetAtt': [ingest, 'Arn'] })]);
    const logResources = statements.filter((s) => actionsOf(s).some((a) => a.startsWith('logs:'))).map((s) => render(s.Resource));
    expect(logResources).toEqual([render({ 'Fn::GetAtt': [parserLogGroupId(template), 'Arn'] })]);
  });
});

describe('office subscriptions', () => {
  const plan = subscriptionPlan(loadProvinceConfig(DEFAULT_CONFIG_FILE));

  it('creates one subscription per office endpoint', () => {
    dev().resourceCountIs('AWS::SNS::Subscription', plan.length);
  });

  it.each(plan.map((entry) => [entry.officeId, entry] as const))('subscribes %s with its exact filter policy and the DLQ', (_office, entry) => {
    const template = dev();
    const reportsTopic = onlyResourceId(template, 'AWS::SNS::Topic', { DisplayName: 'Conference reports' });
    const { subscriptionsDlq } = queueIdsByRole(template);
    template.hasResourceProperties('AWS::SNS::Subscription', {
      TopicArn: { Ref: reportsTopic },
      Protocol: entry.protocol,
      Endpoint: entry.endpoint,
      FilterPolicy: Match.exact(entry.filterPolicy),
      RedrivePolicy: { deadLetterTargetArn: { 'Fn::GetAtt': [subscriptionsDlq, 'Arn'] } },
    });
  });

  it('routes nam-sach reports to the nam-sach office and to no other office', () => {
    const subscriptions = Object.values(
      dev().findResources('AWS::SNS::Subscription', { Properties: { FilterPolicy: { audience: ['nam-sach'] } } }),
    ) as Resources[string][];
    expect(subscriptions.map((sub) => sub.Properties.Endpoint)).toEqual(['reports.nam-sach@example.org']);
  });

  it('lets the reports topic, and only it, dead-letter into the subscriptions DLQ', () => {
    const template = dev();
    const { subscriptionsDlq } = queueIdsByRole(template);
    const reportsTopic = onlyResourceId(template, 'AWS::SNS::Topic', { DisplayName: 'Conference reports' });
    template.hasResourceProperties('AWS::SQS::QueuePolicy', {
      Queues: [{ Ref: subscriptionsDlq }],
      PolicyDocument: {
        Statement: Match.arrayWith([
          {
            Effect: 'Allow',
            Principal: { Service: 'sns.amazonaws.com' },
            Action: 'sqs:SendMessage',
            Resource: { 'Fn::GetAtt': [subscriptionsDlq, 'Arn'] },
            Condition: { ArnEquals: { 'aws:SourceArn': { Ref: reportsTopic } } },
          },
        ]),
      },
    });
  });
});

describe('operations', () => {
  const alarmsOn = (template: Template, metricName: string) =>
    Object.values(template.findResources('AWS::CloudWatch::Alarm', { Properties: { MetricName: metricName } })) as Resources[string][];

  it.each([
    // The ingest, subscriptions and delivery receipts' dead-letter queues.
    ['AWS/SQS', 'ApproximateNumberOfMessagesVisible', 3],
    // The parser and the portal.
    ['AWS/Lambda', 'Errors', 2],
    ['AWS/Lambda', 'Throttles', 1],
    ['AWS/SQS', 'ApproximateAgeOfOldestMessage', 1],
    ['AWS/SNS', 'NumberOfNotificationsFailed', 1],
    ['AWS/SNS', 'NumberOfNotificationsFailedToRedriveToDlq', 1],
  ] as const)('alarms on %s %s and notifies the operations topic', (namespace, metricName, count) => {
    const template = dev();
    const operationsTopic = onlyResourceId(template, 'AWS::SNS::Topic', { DisplayName: 'Conference reports operations' });
    const alarms = alarmsOn(template, metricName);
    expect(alarms).toHaveLength(count);
    for (const alarm of alarms) {
      expect(alarm.Properties.Namespace).toBe(namespace);
      expect(alarm.Properties.AlarmActions).toEqual([{ Ref: operationsTopic }]);
      expect(alarm.Properties.OKActions).toEqual([{ Ref: operationsTopic }]);
      expect(alarm.Properties.TreatMissingData).toBe('notBreaching');
    }
  });

  it('watches every dead-letter queue', () => {
    const template = dev();
    const { ingestDlq, subscriptionsDlq } = queueIdsByRole(template);
    const deliveryDlq = Object.keys(template.findResources('AWS::SQS::Queue')).filter((id) => id !== ingestDlq && id !== subscriptionsDlq && !(template.findResources('AWS::SQS::Queue') as Resources)[id]?.Properties.RedrivePolicy);
    expect(deliveryDlq).toHaveLength(1);
    const watched = alarmsOn(template, 'ApproximateNumberOfMessagesVisible').map((alarm) =>
      JSON.stringify(alarm.Properties.Dimensions),
    );
    expect(watched.sort()).toEqual(
      [ingestDlq, subscriptionsDlq, ...deliveryDlq].map((queue) => JSON.stringify([{ Name: 'QueueName', Value: { 'Fn::GetAtt': [queue, 'QueueName'] } }])).sort(),
    );
  });

  it('lets CloudWatch publish alarms to the operations topic', () => {
    const template = dev();
    const operationsTopic = onlyResourceId(template, 'AWS::SNS::Topic', { DisplayName: 'Conference reports operations' });
    template.hasResourceProperties('AWS::SNS::TopicPolicy', {
      Topics: [{ Ref: operationsTopic }],
      PolicyDocument: {
        Statement: Match.arrayWith([
          Match.objectLike({ Effect: 'Allow', Principal: { Service: 'cloudwatch.amazonaws.com' }, Action: 'sns:Publish' }),
        ]),
      },
    });
  });

  it('has a dashboard', () => {
    dev().resourceCountIs('AWS::CloudWatch::Dashboard', 1);
  });

  it('exports the outputs the CLI discovers resources by', () => {
    const outputs = dev().findOutputs('*');
    expect(Object.keys(outputs)).toEqual(expect.arrayContaining(Object.values(OUTPUTS)));
    expect(outputs[OUTPUTS.bucketName]?.Value).toEqual({ Ref: reportsBucketId(dev()) });
    expect(outputs[OUTPUTS.tableName]?.Value).toEqual({ Ref: onlyResourceId(dev(), 'AWS::DynamoDB::Table') });
    const { ingest, ingestDlq, subscriptionsDlq } = queueIdsByRole(dev());
    expect(outputs[OUTPUTS.ingestQueueUrl]?.Value).toEqual({ Ref: ingest });
    expect(outputs[OUTPUTS.ingestDeadLetterQueueUrl]?.Value).toEqual({ Ref: ingestDlq });
    expect(outputs[OUTPUTS.subscriptionsDeadLetterQueueUrl]?.Value).toEqual({ Ref: subscriptionsDlq });
  });
});
