import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { loadProvinceConfig } from '../../../shared/config/province-config';
import { notificationMatches } from '../../../shared/local/bridges';
import { APPLIED_PROPERTIES, ingestVisibilityOverride, LOCAL_DIFFERENCES, planFromTemplates, skippedPropertiesOf } from '../../../shared/local/local-plan';
import { loadStackTemplates, templateCacheKey, type CfnResource, type StackTemplates } from '../../../shared/local/stack-template';

jest.setTimeout(120_000);

const ROOT = path.resolve(__dirname, '../../..');
const CONFIG = path.join(ROOT, 'config', 'hai-duong.json');
const config = loadProvinceConfig(CONFIG);

/**
 * The stack with its office subscriptions moved into a nested stack, the way CDK writes
 * it: the topic and the dead-letter queue of the parent reach the nested template as
 * parameters that the parent's AWS::CloudFormation::Stack passes in.
 */
function withSubscriptionsNested(templates: StackTemplates): StackTemplates {
  const parent = JSON.parse(JSON.stringify(templates.template)) as { Resources: Record<string, CfnResource> };
  const nestedResources: Record<string, CfnResource> = {};
  const parameters: Record<string, unknown> = {};
  const asParameter = (value: unknown): unknown => {
    const record = value as { Ref?: string; 'Fn::GetAtt'?: [string, string] };
    const name = record.Ref ? `referenceto${record.Ref}Ref` : `referenceto${record['Fn::GetAtt']?.[0]}Arn`;
    parameters[name] = value;
    return { Ref: name };
  };
  for (const [id, resource] of Object.entries(parent.Resources)) {
    if (resource.Type !== 'AWS::SNS::Subscription') continue;
    const properties = { ...resource.Properties } as Record<string, unknown>;
    properties.TopicArn = asParameter(properties.TopicArn);
    const redrive = properties.RedrivePolicy as { deadLetterTargetArn: unknown };
    properties.RedrivePolicy = { deadLetterTargetArn: asParameter(redrive.deadLetterTargetArn) };
    nestedResources[id] = { Type: resource.Type, Properties: properties };
    delete parent.Resources[id];
  }
  parent.Resources.OfficesNestedStack = { Type: 'AWS::CloudFormation::Stack', Properties: { Parameters: parameters, TemplateURL: 'nested' } };
  return {
    template: parent,
    nested: { OfficesNestedStack: { template: { Resources: nestedResources, Parameters: Object.fromEntries(Object.keys(parameters).map((name) => [name, { Type: 'String' }])) }, nested: {} } },
  };
}

describe('the local plan read from the stack template', () => {
  const templates = loadStackTemplates({ configPath: CONFIG }).templates;
  const plan = planFromTemplates(templates, config);

  it("takes the ingest queue's visibility timeout, retention and redrive policy from the stack", () => {
    const ingest = plan.queues.find((queue) => queue.role === 'ingest');
    expect(ingest?.attributes).toEqual({ VisibilityTimeout: '185', MessageRetentionPeriod: '1209600' });
    const deadLetter = plan.queues.find((queue) => queue.role === 'ingestDeadLetter');
    expect(ingest?.redrive).toEqual({ deadLetterLogicalId: deadLetter?.logicalId, maxReceiveCount: 5 });
    // Created before the queue that redrives to it.
    expect(plan.queues.indexOf(deadLetter!)).toBeLessThan(plan.queues.indexOf(ingest!));
  });

  it("runs the event source as the stack's mapping says", () => {
    expect(plan.eventSource).toEqual(
      expect.objectContaining({ batchSize: 10, maxBatchingWindowSeconds: 5, maximumConcurrency: 10, reportBatchItemFailures: true }),
    );
  });

  it('gives every office one subscription with its filter policy and the subscriptions dead-letter queue', () => {
    const deadLetter = plan.queues.find((queue) => queue.role === 'subscriptionsDeadLetter');
    expect(plan.officeSubscriptions.map((office) => office.officeId).sort()).toEqual(config.offices.map((office) => office.id).sort());
    expect(plan.officeSubscriptions.find((office) => office.officeId === 'nam-sach')).toEqual(
      expect.objectContaining({ filterPolicy: { audience: ['nam-sach'] }, filterPolicyScope: 'MessageAttributes', deadLetterLogicalId: deadLetter?.logicalId }),
    );
  });

  it('reads the upload notification with its prefix filter and target queue', () => {
    const ingest = plan.queues.find((queue) => queue.role === 'ingest');
    expect(plan.notifications).toEqual([
      { bucketLogicalId: plan.bucket.logicalId, queueLogicalId: ingest?.logicalId, events: ['s3:ObjectCreated:*'], prefix: 'incoming/', suffix: null },
    ]);
  });

  it('reads subscriptions that live in a nested stack like those of the parent', () => {
    const nested = planFromTemplates(withSubscriptionsNested(templates), config);
    const comparable = (subscriptions: typeof plan.officeSubscriptions) =>
      subscriptions.map(({ subscriptionLogicalIds, ...rest }) => ({ ...rest, count: subscriptionLogicalIds.length }));
    expect(comparable(nested.officeSubscriptions)).toEqual(comparable(plan.officeSubscriptions));
    expect(nested.officeSubscriptions[0]?.subscriptionLogicalIds[0]).toMatch(/^OfficesNestedStack\./);
  });

  it('refuses a subscription of an endpoint no office of the config has', () => {
    const stranger = JSON.parse(JSON.stringify(templates)) as StackTemplates;
    const subscription = Object.values(stranger.template.Resources ?? {}).find((resource) => resource.Type === 'AWS::SNS::Subscription');
    (subscription?.Properties as Record<string, unknown>).Endpoint = 'someone@example.net';
    expect(() => planFromTemplates(stranger, config)).toThrow(/someone@example.net\) belongs to no office/);
  });

  it('gives a reason for every local difference', () => {
    for (const difference of LOCAL_DIFFERENCES) expect(difference.reason.length).toBeGreaterThan(10);
  });
});

describe('the S3 notification bridge filter', () => {
  const notification = { bucket: 'b', queueUrl: 'q', events: ['s3:ObjectCreated:*'], prefix: 'incoming/', suffix: '.txt' };

  it('matches the bucket, prefix, suffix and event type of the configuration', () => {
    expect(notificationMatches(notification, 'b', 'incoming/a.txt', 's3:ObjectCreated:Put')).toBe(true);
    expect(notificationMatches(notification, 'b', 'quarantine/a.txt', 's3:ObjectCreated:Put')).toBe(false);
    expect(notificationMatches(notification, 'b', 'incoming/a.pdf', 's3:ObjectCreated:Put')).toBe(false);
    expect(notificationMatches(notification, 'other', 'incoming/a.txt', 's3:ObjectCreated:Put')).toBe(false);
    expect(notificationMatches({ ...notification, events: ['s3:ObjectRemoved:*'] }, 'b', 'incoming/a.txt', 's3:ObjectCreated:Put')).toBe(false);
  });
});

describe('the template cache key', () => {
  it('changes with the config and the stage, and only with them here', () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'template-key-'));
    const same = path.join(dir, 'same.json');
    const changed = path.join(dir, 'changed.json');
    const text = readFileSync(CONFIG, 'utf8');
    writeFileSync(same, text);
    writeFileSync(changed, text.replace('"Hai Duong"', '"Hai Duong Province"'));
    const key = templateCacheKey({ configPath: CONFIG });
    expect(templateCacheKey({ configPath: same })).toBe(key);
    expect(templateCacheKey({ configPath: changed })).not.toBe(key);
    expect(templateCacheKey({ configPath: CONFIG, stage: 'prod' })).not.toBe(key);
  });
});

describe('the ingest visibility timeout of the local run', () => {
  it("keeps the template's unless faults are injected or a test run sets it", () => {
    expect(ingestVisibilityOverride({}, false)).toBeUndefined();
    expect(ingestVisibilityOverride({}, true)).toBe(5);
    expect(ingestVisibilityOverride({ REPORTS_LOCAL_VISIBILITY_TIMEOUT: '12' }, false)).toBe(12);
    expect(() => ingestVisibilityOverride({ REPORTS_LOCAL_VISIBILITY_TIMEOUT: 'soon' }, false)).toThrow(/whole number of seconds/);
  });
});

describe('an office with endpoints of every protocol', () => {
  const dir = mkdtempSync(path.join(tmpdir(), 'every-protocol-'));
  const configPath = path.join(dir, 'config.json');
  const raw = JSON.parse(readFileSync(CONFIG, 'utf8')) as { offices: { id: string; endpoints: unknown[] }[] };
  const namSach = raw.offices.find((office) => office.id === 'nam-sach');
  if (!namSach) throw new Error('the default config has no nam-sach office');
  namSach.endpoints = [
    { protocol: 'email', endpoint: 'reports.nam-sach@example.org' },
    { protocol: 'sms', endpoint: '+84912345678' },
    { protocol: 'https', endpoint: 'https://nam-sach.example.org/reports' },
    // In another region and account: the subscription then carries a Region property.
    { protocol: 'sqs', endpoint: 'arn:aws:sqs:ap-southeast-1:210987654321:nam-sach-reports' },
  ];
  writeFileSync(configPath, JSON.stringify(raw));
  const templates = loadStackTemplates({ configPath, cacheDir: dir }).templates;

  it('gets one local subscription standing in for all four, with their common filter policy', () => {
    const plan = planFromTemplates(templates, loadProvinceConfig(configPath));
    const office = plan.officeSubscriptions.find((entry) => entry.officeId === 'nam-sach');
    expect(office?.subscriptionLogicalIds).toHaveLength(4);
    expect(office?.filterPolicy).toEqual({ audience: ['nam-sach'] });
  });

  it('has only subscription properties the local run applies or lists as a difference', () => {
    const known = new Set([...(APPLIED_PROPERTIES['AWS::SNS::Subscription'] ?? []), ...skippedPropertiesOf('AWS::SNS::Subscription')]);
    const properties = Object.values(templates.template.Resources ?? {})
      .filter((resource) => resource.Type === 'AWS::SNS::Subscription')
      .flatMap((resource) => Object.keys(resource.Properties ?? {}));
    expect(properties.filter((property) => !known.has(property))).toEqual([]);
  });
});
