import { Match, type Template } from 'aws-cdk-lib/assertions';
import { synthesized } from './synth';

type Resources = Record<string, { Type: string; Properties: Record<string, unknown> }>;
interface Statement {
  readonly Effect: string;
  readonly Action: string | string[];
  readonly Resource: unknown;
  readonly Condition?: Record<string, Record<string, unknown>>;
  readonly Principal?: { Service?: string | string[] };
}

const template = (): Template => synthesized('dev').template;
const actionsOf = (statement: Statement): string[] => ([] as string[]).concat(statement.Action);

function parserStatements(source: Template): Statement[] {
  const functions = source.findResources('AWS::Lambda::Function', { Properties: { TracingConfig: Match.anyValue(), Runtime: Match.stringLikeRegexp('^nodejs'), Description: Match.stringLikeRegexp('^Parses uploaded') } }) as Resources;
  expect(Object.keys(functions)).toHaveLength(1);
  const parser = Object.values(functions)[0];
  const roleId = (parser?.Properties.Role as { 'Fn::GetAtt': [string, string] })['Fn::GetAtt'][0];
  const policies = source.findResources('AWS::IAM::Policy', { Properties: { Roles: [{ Ref: roleId }] } }) as Resources;
  return Object.values(policies).flatMap((policy) => (policy.Properties.PolicyDocument as { Statement: Statement[] }).Statement);
}

describe('parser least privilege', () => {
  it('holds exactly the actions the parser calls', () => {
    const actions = [...new Set(parserStatements(template()).flatMap(actionsOf))].sort();
    expect(actions).toEqual([
      'dynamodb:BatchWriteItem',
      'dynamodb:GetItem',
      'dynamodb:PutItem',
      'dynamodb:UpdateItem',
      'kms:Decrypt',
      'kms:DescribeKey',
      'kms:Encrypt',
      'kms:GenerateDataKey',
      'logs:CreateLogStream',
      'logs:PutLogEvents',
      's3:GetObject',
      's3:GetObjectTagging',
      's3:GetObjectVersion',
      's3:GetObjectVersionTagging',
      's3:ListBucket',
      's3:PutObject',
      's3:PutObjectTagging',
      'sns:Publish',
      'sqs:ChangeMessageVisibility',
      'sqs:DeleteMessage',
      'sqs:GetQueueAttributes',
      'sqs:GetQueueUrl',
      'sqs:ReceiveMessage',
      'xray:PutTelemetryRecords',
      'xray:PutTraceSegments',
    ]);
  });

  it('uses the data key only through S3, SQS, SNS and DynamoDB', () => {
    const kms = parserStatements(template()).filter((statement) => actionsOf(statement).some((action) => action.startsWith('kms:')));
    expect(kms).toHaveLength(1);
    const via = JSON.stringify(kms[0]?.Condition?.StringEquals?.['kms:ViaService']);
    for (const service of ['s3', 'sqs', 'sns', 'dynamodb']) expect(via).toContain(`"${service}."`);
  });

  it('allows the key to AWS services only on behalf of this account', () => {
    const keys = Object.values(template().findResources('AWS::KMS::Key')) as Resources[string][];
    const statements = keys.flatMap((key) => (key.Properties.KeyPolicy as { Statement: Statement[] }).Statement);
    const services = statements.filter((statement) => statement.Principal?.Service !== undefined);
    expect(services.length).toBeGreaterThan(0);
    for (const statement of services) expect(statement.Condition?.StringEquals?.['aws:SourceAccount']).toEqual({ Ref: 'AWS::AccountId' });
  });

  it('still consumes the ingest queue through an event source mapping that reports item failures', () => {
    template().hasResourceProperties('AWS::Lambda::EventSourceMapping', {
      FunctionResponseTypes: ['ReportBatchItemFailures'],
      BatchSize: 10,
      ScalingConfig: { MaximumConcurrency: 10 },
    });
  });
});
