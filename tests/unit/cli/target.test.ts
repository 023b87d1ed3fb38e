import { CloudFormationClient, DescribeStacksCommand } from '@aws-sdk/client-cloudformation';
import { mockClient } from 'aws-sdk-client-mock';
import { ReportsError, UsageError } from '../../../shared/errors';
import { awsClientsFor, closeTarget, intFlag, resolveTarget, type Target } from '../../../shared/cli/target';
import { STACK_OUTPUTS } from '../../../shared/config/runtime-env';

const cloudFormation = mockClient(CloudFormationClient);

const endpointInfo = {
  backend: 'embedded',
  endpoint: 'http://127.0.0.1:4566',
  dynamoEndpoint: 'http://127.0.0.1:4567',
  region: 'us-east-1',
  configPath: 'config/hai-duong.json',
  pid: 4242,
  resources: {
    bucket: 'b',
    tableName: 't',
    ingestQueueUrl: 'http://q/ingest',
    ingestDeadLetterQueueUrl: 'http://q/dlq',
    reportsTopicArn: 'arn:reports',
    operationsTopicArn: 'arn:ops',
    operationsQueueUrl: 'http://q/ops',
    officeQueues: [{ officeId: 'gia-loc', queueUrl: 'http://q/gia-loc', queueArn: 'arn:q', filterPolicy: { audience: ['gia-loc'] } }],
    bridgedSubscriptions: [],
  },
};

const stackOutputs = Object.values(STACK_OUTPUTS).map((key) => ({ OutputKey: key, OutputValue: `value-of-${key}` }));

describe('target resolution', () => {
  let resolved: Target | undefined;
  beforeEach(() => cloudFormation.reset());
  afterEach(() => {
    if (resolved) closeTarget(resolved);
    resolved = undefined;
  });

  it('reads the local run from the state file named by the flag, then the environment', async () => {
    const read: string[] = [];
    const deps = { env: { REPORTS_STATE_FILE: '/env/endpoint.json' }, readFile: (path: string) => (read.push(path), JSON.stringify(endpointInfo)), isAlive: () => true };
    resolved = await resolveTarget({}, deps);
    expect(read).toEqual(['/env/endpoint.json']);
    expect(resolved).toMatchObject({ kind: 'local', bucket: 'b', tableName: 't', ingestQueueUrl: 'http://q/ingest', ingestDlqUrl: 'http://q/dlq' });
    expect(resolved.officeQueues).toEqual([{ officeId: 'gia-loc', queueUrl: 'http://q/gia-loc' }]);
    expect(resolved.config?.province.id).toBe('hai-duong');
    closeTarget(resolved);
    resolved = await resolveTarget({ 'state-file': '/flag/endpoint.json' }, deps);
    expect(read[1]).toBe('/flag/endpoint.json');
  });

  it('says to start the pipeline when there is no state file', async () => {
    const deps = { env: {}, readFile: () => { throw new Error('ENOENT'); } };
    await expect(resolveTarget({ 'state-file': '/nowhere.json' }, deps)).rejects.toThrow(/npm start.*reports local --headless.*--stack/);
  });

  it('says the run is gone when the process that wrote the file is dead', async () => {
    const deps = { env: {}, readFile: () => JSON.stringify(endpointInfo), isAlive: () => false };
    const failure = resolveTarget({}, deps);
    await expect(failure).rejects.toBeInstanceOf(ReportsError);
    await expect(failure).rejects.toThrow(/pid 4242\) is no longer running/);
  });

  it('rejects a file that is not an endpoints file', async () => {
    await expect(resolveTarget({}, { env: {}, readFile: () => '{"hello":1}', isAlive: () => true })).rejects.toThrow(/not an endpoints file/);
    await expect(resolveTarget({}, { env: {}, readFile: () => 'not json', isAlive: () => true })).rejects.toThrow(/not an endpoints file/);
  });

  it('treats --region or --profile without --stack, and --state-file with it, as usage errors', async () => {
    await expect(resolveTarget({ region: 'eu-west-1' })).rejects.toBeInstanceOf(UsageError);
    await expect(resolveTarget({ profile: 'ops' })).rejects.toBeInstanceOf(UsageError);
    await expect(resolveTarget({ stack: 'S', 'state-file': 'x' })).rejects.toBeInstanceOf(UsageError);
    await expect(resolveTarget({ stack: ' ' })).rejects.toBeInstanceOf(UsageError);
  });

  it('finds a deployed stack\'s resources in its CloudFormation outputs, in the stack\'s region', async () => {
    cloudFormation.on(DescribeStacksCommand, { StackName: 'ConferenceReports-dev' }).resolves({
      Stacks: [
        {
          StackName: 'ConferenceReports-dev',
          StackId: 'arn:aws:cloudformation:ap-southeast-1:123456789012:stack/ConferenceReports-dev/abc',
          CreationTime: new Date(),
          StackStatus: 'CREATE_COMPLETE',
          Outputs: stackOutputs,
        },
      ],
    });
    const options: { region?: string; profile?: string }[] = [];
    resolved = await resolveTarget(
      { stack: 'ConferenceReports-dev', profile: 'ops' },
      { stackClients: (o) => (options.push(o), awsClientsFor(o)) },
    );
    expect(resolved).toMatchObject({
      kind: 'stack',
      bucket: 'value-of-BucketName',
      tableName: 'value-of-TableName',
      ingestQueueUrl: 'value-of-IngestQueueUrl',
      ingestDlqUrl: 'value-of-IngestDeadLetterQueueUrl',
      reportsTopicArn: 'value-of-ReportsTopicArn',
      subscriptionsDlqUrl: 'value-of-SubscriptionsDeadLetterQueueUrl',
    });
    expect(resolved.officeQueues).toBeUndefined();
    expect(options).toEqual([{ profile: 'ops', region: 'ap-southeast-1' }]);
  });

  it('names the stack when it does not exist or lacks the outputs', async () => {
    cloudFormation.on(DescribeStacksCommand).rejects(Object.assign(new Error('Stack with id Nope does not exist'), { name: 'ValidationError' }));
    await expect(resolveTarget({ stack: 'Nope', region: 'eu-west-1' })).rejects.toThrow('stack Nope does not exist in eu-west-1');
    cloudFormation.reset();
    cloudFormation.on(DescribeStacksCommand).resolves({ Stacks: [{ StackName: 'Other', CreationTime: new Date(), StackStatus: 'CREATE_COMPLETE', Outputs: [] }] });
    await expect(resolveTarget({ stack: 'Other', region: 'eu-west-1' })).rejects.toThrow(/has no output BucketName, TableName/);
  });
});

describe('integer flags', () => {
  it('accepts whole numbers within bounds and names the flag otherwise', () => {
    expect(intFlag(undefined, '--limit', 50)).toBe(50);
    expect(intFlag('7', '--limit', 50)).toBe(7);
    expect(() => intFlag('0', '--limit', 50)).toThrow('--limit must be a whole number of at least 1, got "0"');
    expect(() => intFlag('2.5', '--concurrency', 4, { max: 64 })).toThrow('--concurrency must be a whole number from 1 to 64');
    expect(() => intFlag('abc', '--limit', 50)).toThrow(UsageError);
  });
});
