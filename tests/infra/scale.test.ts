import { readFileSync } from 'node:fs';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import type { App, PolicyValidationPluginReport, Stack } from 'aws-cdk-lib';
import { NestedStack } from 'aws-cdk-lib';
import { Template } from 'aws-cdk-lib/assertions';
import { AwsSolutionsChecks, ServerlessChecks } from 'cdk-nag';
import { loadProvinceConfig } from '../../shared/config/province-config';
import { ENV } from '../../shared/config/runtime-env';
import { subscriptionPlan } from '../../shared/domain/routing';
import { ConfigError } from '../../shared/errors';
import { PROVINCE_CONFIG_ENV_BUDGET_BYTES, parserConfigJson } from '../../infra/constructs/ingest';
import { SUBSCRIPTION_LAYOUT, subscriptionGroups, subscriptionLayoutProblems } from '../../infra/constructs/notifications';
import type { ConferenceReportsStack } from '../../infra/stack';
import { REPO_ROOT, buildTestApp } from './synth';

const HAI_PHONG = path.join(REPO_ROOT, 'config', 'hai-phong.json');
const dir = mkdtempSync(path.join(tmpdir(), 'reports-infra-scale-'));

/** A province of `count` communes, each with an office of three endpoints (e-mail, SMS, HTTPS). */
function generatedConfig(count: number, endpointsPerOffice = 3): string {
  const units = Array.from({ length: count }, (_, i) => ({
    id: `xa-${i + 1}`,
    kind: 'commune',
    name: `Commune ${i + 1}`,
    nameVi: `xã Số ${i + 1}`,
  }));
  const endpoint = (unit: string, index: number, n: number) =>
    [
      { protocol: 'email', endpoint: `van-phong.${n}@${unit}.example.gov.vn` },
      { protocol: 'sms', endpoint: `+849${String(10000000 + index * 10 + n).padStart(8, '0')}` },
      { protocol: 'https', endpoint: `https://${unit}.example.gov.vn/hooks/${n}` },
    ][n % 3];
  const offices = units.map((unit, index) => ({
    id: unit.id,
    name: `Office of ${unit.name}`,
    endpoints: Array.from({ length: endpointsPerOffice }, (_, n) => endpoint(unit.id, index, n)),
  }));
  const file = path.join(dir, `province-${count}x${endpointsPerOffice}.json`);
  writeFileSync(file, JSON.stringify({ province: { id: 'tinh-lon', name: 'Big Province', nameVi: 'tỉnh Lớn' }, units, offices }));
  return file;
}

type Resources = Record<string, { Type: string; Properties: Record<string, unknown> }>;
const resourcesOf = (stack: Stack): Resources => Template.fromStack(stack).toJSON().Resources as Resources;

function parserVariables(stack: ConferenceReportsStack): Record<string, unknown> {
  const parser = Object.values(resourcesOf(stack)).find(
    (resource) => resource.Type === 'AWS::Lambda::Function' && resource.Properties.TracingConfig !== undefined,
  );
  return (parser?.Properties.Environment as { Variables: Record<string, unknown> }).Variables;
}

/** Environment size as Lambda counts it; unresolved references at their longest deployed form. */
function environmentBytes(variables: Record<string, unknown>): number {
  return Object.entries(variables).reduce(
    (total, [name, value]) => total + Buffer.byteLength(name) + (typeof value === 'string' ? Buffer.byteLength(value) : 256),
    0,
  );
}

function nagFindings(app: App): string[] {
  const assembly = app.synth();
  const report = JSON.parse(readFileSync(path.join(assembly.directory, 'validation-report.json'), 'utf8')) as {
    pluginReports: { pluginName: string; violations: unknown[] }[];
  };
  const failing = report.pluginReports.filter((plugin) => plugin.violations.length > 0).map((plugin) => plugin.pluginName);
  const findings = [new AwsSolutionsChecks(), new ServerlessChecks()].flatMap((pack) =>
    (pack.validateScope(app) as PolicyValidationPluginReport).violations.map((violation) => violation.ruleName),
  );
  return [...failing, ...findings];
}

describe('config/hai-phong.json deploys', () => {
  const config = loadProvinceConfig(HAI_PHONG);
  const { app, stack } = buildTestApp({ config: HAI_PHONG });

  it('subscribes its 115 offices in the main stack, far from the resource limit', () => {
    const resources = resourcesOf(stack);
    const subscriptions = Object.values(resources).filter((resource) => resource.Type === 'AWS::SNS::Subscription');
    expect(subscriptions).toHaveLength(115);
    expect(stack.notifications.officeStacks).toEqual([]);
    expect(Object.keys(resources).length).toBeLessThan(SUBSCRIPTION_LAYOUT.resourcesPerStack);
    expect(subscriptions.find((sub) => sub.Properties.Endpoint === 'van-phong@xa-gia-loc.hai-phong.example.gov.vn')?.Properties.FilterPolicy).toEqual({
      audience: ['xa-gia-loc'],
    });
  });

  it('ships the config in the bundle: its units do not fit the parser environment', () => {
    expect(Buffer.byteLength(parserConfigJson(config))).toBeGreaterThan(PROVINCE_CONFIG_ENV_BUDGET_BYTES);
    const variables = parserVariables(stack);
    expect(variables[ENV.provinceConfigFile]).toBe('/var/task/province-config.json');
    expect(variables).not.toHaveProperty(ENV.provinceConfigJson);
    expect(environmentBytes(variables)).toBeLessThanOrEqual(4096);
  });

  it('leaves cdk-nag nothing to report', () => {
    expect(nagFindings(app)).toEqual([]);
  });
});

describe('250 offices with 3 endpoints each', () => {
  const file = generatedConfig(250);
  const plan = subscriptionPlan(loadProvinceConfig(file));

  it('is refused by default: 750 filter policies exceed the SNS quota of 200 per topic', () => {
    let error: unknown;
    try {
      buildTestApp({ config: file });
    } catch (caught) {
      error = caught;
    }
    expect(error).toBeInstanceOf(ConfigError);
    expect((error as ConfigError).issues).toEqual([expect.stringMatching(/^750 office endpoints need a filter policy .* SNS allows 200 per topic .*office "xa-67"/)]);
  });

  describe('with the quota raised to 1000', () => {
    const { app, stack } = buildTestApp({ config: file, context: { filterPoliciesPerTopic: '1000' } });

    it('spreads the offices over nested stacks of 100, none near the resource limit', () => {
      const nested = stack.notifications.officeStacks;
      expect(nested).toHaveLength(3);
      const counts = nested.map((child) => Object.keys(resourcesOf(child)).length);
      expect(counts).toEqual([300, 300, 150]);
      expect(Object.keys(resourcesOf(stack)).length).toBeLessThan(100);
      // Three nested stacks of subscriptions and one of the portal's 250 office groups.
      expect(Object.values(resourcesOf(stack)).filter((resource) => resource.Type === 'AWS::CloudFormation::Stack')).toHaveLength(4);
    });

    it('hands the portal functions their config in files of their bundles, beyond the 4 KB environment', () => {
      const environments = Object.values(resourcesOf(stack))
        .filter((resource) => resource.Type === 'AWS::Lambda::Function')
        .map((resource) => ((resource.Properties as { Environment?: { Variables?: Record<string, unknown> } }).Environment?.Variables ?? {}));
      const portal = environments.find((variables) => 'PORTAL_OFFICES_FILE' in variables);
      expect(portal).toMatchObject({ [ENV.provinceConfigFile]: '/var/task/province-config.json', PORTAL_OFFICES_FILE: '/var/task/portal-offices.json' });
      expect(environments.some((variables) => 'PORTAL_DELIVERY_ENDPOINTS_FILE' in variables)).toBe(true);
      for (const variables of environments) expect(Buffer.byteLength(JSON.stringify(variables), 'utf8')).toBeLessThan(4096);
    });

    it('keeps one user-pool group per office, in a nested stack of its own', () => {
      const groupStacks = stack.node.findAll().filter((construct): construct is NestedStack => construct instanceof NestedStack && /OfficeGroups/.test(construct.node.id));
      expect(groupStacks).toHaveLength(1);
      const groups = Object.values(resourcesOf(groupStacks[0]!)).filter((resource) => resource.Type === 'AWS::Cognito::UserPoolGroup');
      expect(groups).toHaveLength(250);
    });

    it('subscribes every endpoint once with its office filter policy, the topic and the DLQ of the main stack', () => {
      const subscriptions = stack.notifications.officeStacks.flatMap((child) =>
        Object.values(resourcesOf(child)).filter((resource) => resource.Type === 'AWS::SNS::Subscription'),
      );
      expect(subscriptions).toHaveLength(750);
      const byEndpoint = new Map(subscriptions.map((sub) => [sub.Properties.Endpoint, sub.Properties]));
      for (const entry of plan) {
        const properties = byEndpoint.get(entry.endpoint);
        expect(properties?.FilterPolicy).toEqual(entry.filterPolicy);
        expect(properties?.Protocol).toBe(entry.protocol);
        // Topic and dead-letter queue live in the main stack and arrive as parameters.
        expect(properties?.TopicArn).toEqual({ Ref: expect.any(String) });
        expect(properties?.RedrivePolicy).toEqual({ deadLetterTargetArn: { Ref: expect.any(String) } });
      }
    });

    it('leaves cdk-nag nothing to report', () => {
      expect(nagFindings(app)).toEqual([]);
    });
  });
});

describe('subscription layout', () => {
  const planOf = (offices: number, endpoints: number) => subscriptionPlan(loadProvinceConfig(generatedConfig(offices, endpoints)));

  it('keeps up to 200 subscriptions in the main stack', () => {
    expect(subscriptionGroups(planOf(200, 1)).map((group) => group.nested)).toEqual([false]);
    expect(subscriptionGroups(planOf(67, 3)).map((group) => group.nested)).toEqual([true]);
  });

  it('keeps each office in one nested stack, in config order', () => {
    const groups = subscriptionGroups(planOf(230, 1));
    expect(groups.map((group) => [group.officeIds[0], group.officeIds.length])).toEqual([
      ['xa-1', 100],
      ['xa-101', 100],
      ['xa-201', 30],
    ]);
  });

  it('names the offices that share an address, which SNS would subscribe only once', () => {
    const plan = planOf(3, 1).map((entry) => (entry.officeId === 'xa-3' ? { ...entry, endpoint: 'VAN-PHONG.0@xa-1.example.gov.vn' } : entry));
    expect(subscriptionLayoutProblems(plan)).toEqual([
      'office "xa-3": email endpoint "VAN-PHONG.0@xa-1.example.gov.vn" is already subscribed for office "xa-1"; SNS subscribes an address once per topic (give each office its own address)',
    ]);
  });

  it('names the offices of a nested stack with more endpoints than it holds', () => {
    expect(subscriptionLayoutProblems(planOf(120, 5), 10_000)).toEqual([
      expect.stringMatching(/^offices xa-1 to xa-100 \(nested stack 1\) have 500 endpoints; a nested stack holds 450/),
    ]);
  });
});
