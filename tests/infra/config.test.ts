import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { Match, Template } from 'aws-cdk-lib/assertions';
import * as sns from 'aws-cdk-lib/aws-sns';
import { Stack } from 'aws-cdk-lib';
import { ENV } from '../../shared/config/runtime-env';
import { ConfigError } from '../../shared/errors';
import { toSubscriptionFilters } from '../../infra/constructs/notifications';
import { buildTestApp, DEFAULT_CONFIG_FILE, REPO_ROOT } from './synth';

interface EditableConfig {
  province: Record<string, unknown>;
  units: Record<string, unknown>[];
  offices: { id: string; name: string; level?: string; unit?: string; endpoints: { protocol: string; endpoint: string }[] }[];
}

const dir = mkdtempSync(path.join(tmpdir(), 'reports-infra-config-'));
let written = 0;

/** Writes a variant of the default config and returns its path. */
function configWith(edit: (config: EditableConfig) => void): string {
  const config = JSON.parse(readFileSync(DEFAULT_CONFIG_FILE, 'utf8')) as EditableConfig;
  edit(config);
  const file = path.join(dir, `config-${++written}.json`);
  writeFileSync(file, JSON.stringify(config));
  return file;
}

const office = (config: EditableConfig, id: string) => {
  const found = config.offices.find((entry) => entry.id === id);
  if (!found) throw new Error(`no office ${id} in the default config`);
  return found;
};

describe('config validation at synth', () => {
  it.each([
    ['an unknown protocol', (c: EditableConfig) => void (office(c, 'nam-sach').endpoints = [{ protocol: 'fax', endpoint: '+84912345678' }]), /offices\[\d+\]\.endpoints\[0\]\.protocol/],
    ['a malformed e-mail address', (c: EditableConfig) => void (office(c, 'nam-sach').endpoints = [{ protocol: 'email', endpoint: 'nam-sach.example.org' }]), /is not an e-mail address/],
    ['a malformed phone number', (c: EditableConfig) => void (office(c, 'nam-sach').endpoints = [{ protocol: 'sms', endpoint: '0912 345 678' }]), /E\.164/],
    ['a plain-http endpoint', (c: EditableConfig) => void (office(c, 'nam-sach').endpoints = [{ protocol: 'https', endpoint: 'http://example.org/hook' }]), /https:\/\/ URL/],
    ['a duplicate office id', (c: EditableConfig) => void c.offices.push({ ...office(c, 'nam-sach') }), /duplicate office id "nam-sach"/],
    ['an office of an unknown unit', (c: EditableConfig) => void (office(c, 'nam-sach').unit = 'atlantis'), /unknown unit "atlantis"/],
  ])('refuses %s with a ConfigError naming the problem', (_case, edit, message) => {
    const config = configWith(edit);
    let error: unknown;
    try {
      buildTestApp({ config });
    } catch (caught) {
      error = caught;
    }
    expect(error).toBeInstanceOf(ConfigError);
    expect((error as ConfigError).message).toMatch(/invalid province config/);
    expect((error as ConfigError).message).toMatch(message);
  });

  it.each([
    ['credentials in an https endpoint', true, {}, /offices\.nam-sach\.endpoints\[0\]: /],
    ['an operations address that is not an e-mail address', false, { operationsEmails: 'oncall at example.org' }, /operationsEmails\[0\]: "oncall at example\.org" is not an e-mail address/],
  ])('refuses %s before any construct exists, naming the entry', (_case, withCredentials, context, message) => {
    const config = withCredentials
      ? configWith((c) => void (office(c, 'nam-sach').endpoints = [{ protocol: 'https', endpoint: 'https://user:secret@hooks.example.org/in' }]))
      : DEFAULT_CONFIG_FILE;
    expect(() => buildTestApp({ config, context })).toThrow(message);
  });

  it('refuses a missing config file', () => {
    expect(() => buildTestApp({ config: path.join(dir, 'missing.json') })).toThrow(/cannot read province config/);
  });

  it('refuses an unknown stage', () => {
    expect(() => buildTestApp({ context: { stage: 'staging' } })).toThrow(ConfigError);
  });

  it('ships units and aliases too large for the parser environment in the bundle instead', () => {
    const config = configWith((c) => {
      for (const unit of c.units) unit.aliases = Array.from({ length: 20 }, (_, i) => `${String(unit.id)} alias number ${i}`);
    });
    const template = Template.fromStack(buildTestApp({ config }).stack);
    const parser = Object.values(template.findResources('AWS::Lambda::Function', { Properties: { TracingConfig: { Mode: 'Active' } } }))[0] as {
      Properties: { Environment: { Variables: Record<string, unknown> } };
    };
    expect(parser.Properties.Environment.Variables).toEqual(
      expect.objectContaining({ [ENV.provinceConfigFile]: '/var/task/province-config.json' }),
    );
    expect(parser.Properties.Environment.Variables).not.toHaveProperty(ENV.provinceConfigJson);
  });

  it('refuses a filter-policy quota that is no positive whole number', () => {
    expect(() => buildTestApp({ context: { filterPoliciesPerTopic: 'lots' } })).toThrow(/context "filterPoliciesPerTopic" must be a positive whole number/);
  });

  it('makes `cdk synth` fail with the config problem and no stack trace', () => {
    const config = configWith((c) => void (office(c, 'nam-sach').endpoints = [{ protocol: 'email', endpoint: 'not-an-address' }]));
    const result = spawnSync(process.execPath, [path.join(REPO_ROOT, 'bin', 'run-ts.cjs'), 'infra/app.ts'], {
      cwd: REPO_ROOT,
      encoding: 'utf8',
      env: {
        ...process.env,
        CDK_CONTEXT_JSON: JSON.stringify({ config, 'aws:cdk:bundling-stacks': [] }),
        CDK_OUTDIR: path.join(dir, 'cdk.out'),
      },
    });
    expect(result.status).toBe(1);
    expect(result.stderr).toMatch(/cannot synthesize: invalid province config/);
    expect(result.stderr).toMatch(/is not an e-mail address/);
    expect(result.stderr).not.toMatch(/\n\s+at /);
  });
});

describe('subscriptions of every protocol', () => {
  const queueArn = 'arn:aws:sqs:ap-southeast-1:210987654321:nam-sach-reports';
  const config = configWith((c) => {
    office(c, 'nam-sach').endpoints = [
      { protocol: 'email', endpoint: 'reports.nam-sach@example.org' },
      { protocol: 'sms', endpoint: '+84912345678' },
      { protocol: 'https', endpoint: 'https://nam-sach.example.org/reports' },
      { protocol: 'sqs', endpoint: queueArn },
    ];
  });
  const template = (() => {
    const { stack } = buildTestApp({ config });
    return Template.fromStack(stack);
  })();

  it.each([
    ['email', 'reports.nam-sach@example.org'],
    ['sms', '+84912345678'],
    ['https', 'https://nam-sach.example.org/reports'],
    ['sqs', queueArn],
  ])('subscribes the %s endpoint with the office filter policy and the DLQ', (protocol, endpoint) => {
    template.hasResourceProperties('AWS::SNS::Subscription', {
      Protocol: protocol,
      Endpoint: endpoint,
      FilterPolicy: Match.exact({ audience: ['nam-sach'] }),
      RedrivePolicy: { deadLetterTargetArn: Match.anyValue() },
    });
  });

  it('leaves the policy of an office-owned queue to its owner', () => {
    const policies = JSON.stringify(template.findResources('AWS::SQS::QueuePolicy'));
    expect(policies).not.toContain(queueArn);
  });
});

describe('filter policy conversion', () => {
  const render = (policy: Parameters<typeof toSubscriptionFilters>[0]) => {
    const stack = new Stack();
    const topic = new sns.Topic(stack, 'Topic');
    topic.addSubscription({
      bind: () => ({
        subscriberId: 'probe',
        endpoint: 'ops@example.org',
        protocol: sns.SubscriptionProtocol.EMAIL,
        filterPolicy: toSubscriptionFilters(policy),
      }),
    });
    const subscriptions = Template.fromStack(stack).findResources('AWS::SNS::Subscription');
    return (Object.values(subscriptions)[0] as { Properties: { FilterPolicy: unknown } }).Properties.FilterPolicy;
  };

  it('keeps string allowlists as they are', () => {
    expect(render({ audience: ['nam-sach', 'tu-ky'] })).toEqual({ audience: ['nam-sach', 'tu-ky'] });
  });

  it('turns exists conditions into SNS exists filters, alone or with strings', () => {
    expect(render({ audience: [{ exists: true }] })).toEqual({ audience: [{ exists: true }] });
    expect(render({ audience: [{ exists: false }] })).toEqual({ audience: [{ exists: false }] });
    expect(render({ province: ['hai-duong'], audience: ['nam-sach', { exists: false }] })).toEqual({
      province: ['hai-duong'],
      audience: ['nam-sach', { exists: false }],
    });
  });
});

describe('parser settings from the CDK context', () => {
  it('sets memory, timeout (and with it the ingest visibility timeout) and the record link', () => {
    const { stack } = buildTestApp({ context: { parserMemoryMb: '2048', parserTimeoutSeconds: '60', recordLinkTemplate: 'https://reports.example.gov.vn/r/{reportId}' } });
    const template = Template.fromStack(stack);
    template.hasResourceProperties('AWS::Lambda::Function', {
      Description: Match.stringLikeRegexp('^Parses uploaded'),
      MemorySize: 2048,
      Timeout: 60,
      Environment: { Variables: Match.objectLike({ [ENV.recordLinkTemplate]: 'https://reports.example.gov.vn/r/{reportId}' }) },
    });
    template.hasResourceProperties('AWS::SQS::Queue', { VisibilityTimeout: 60 * 6 + 5 });
  });

  it('refuses out-of-range values and a link without {reportId}, all in one message', () => {
    let error: unknown;
    try {
      buildTestApp({ context: { parserMemoryMb: '64', parserTimeoutSeconds: 'long', recordLinkTemplate: 'http://x/{id}' } });
    } catch (caught) {
      error = caught;
    }
    expect(error).toBeInstanceOf(ConfigError);
    expect((error as ConfigError).issues).toEqual([
      expect.stringMatching(/^context "parserMemoryMb" must be a whole number from 128 to 10240/),
      expect.stringMatching(/^context "parserTimeoutSeconds" must be a whole number from 10 to 900/),
      expect.stringMatching(/^context "recordLinkTemplate" must be an https:\/\/ URL containing \{reportId\}/),
    ]);
  });
});
