import type { Template } from 'aws-cdk-lib/assertions';
import { OUTPUTS } from '../../infra/stack';
import { synthesized } from './synth';

type Statement = { Sid?: string; Action: string | string[]; Resource: unknown; Condition?: Record<string, Record<string, unknown>> };
type PolicyResource = { Properties: { Description?: string; PolicyDocument: { Statement: Statement[] } } };

function policyDescribed(template: Template, pattern: RegExp): Statement[] {
  const policies = Object.values(template.findResources('AWS::IAM::ManagedPolicy') as Record<string, PolicyResource>).filter((policy) =>
    pattern.test(policy.Properties.Description ?? ''),
  );
  expect(policies).toHaveLength(1);
  return policies[0]!.Properties.PolicyDocument.Statement;
}

const actionsOf = (statements: readonly Statement[]): string[] =>
  statements.flatMap((statement) => (Array.isArray(statement.Action) ? statement.Action : [statement.Action])).sort();

describe('access policies for uploaders and operators', () => {
  const { template } = synthesized('dev');

  it('lets an uploader put objects under incoming/ only, encrypting through S3 with the stack key', () => {
    const statements = policyDescribed(template, /^Upload conference reports/);
    expect(actionsOf(statements)).toEqual(['kms:GenerateDataKey', 's3:AbortMultipartUpload', 's3:PutObject']);
    const put = statements.find((statement) => statement.Sid === 'PutReports');
    expect(JSON.stringify(put?.Resource)).toMatch(/\/incoming\/\*"/);
    const kms = statements.find((statement) => statement.Sid === 'EncryptUploads');
    expect(JSON.stringify(kms?.Condition)).toMatch(/kms:ViaService.*s3\./);
  });

  it('gives operators what the CLI calls and nothing that deletes records', () => {
    const actions = actionsOf(policyDescribed(template, /^Run the reports CLI/));
    expect(actions).toEqual(
      expect.arrayContaining(['cloudformation:DescribeStacks', 'dynamodb:Query', 'dynamodb:GetItem', 'sqs:ReceiveMessage', 'sqs:SendMessage', 'sns:Publish', 'kms:Decrypt', 'cognito-idp:AdminCreateUser', 'cognito-idp:ListUsersInGroup']),
    );
    expect(actions.filter((action) => /Delete(Item|Table)|Scan|\*/.test(action))).toEqual([]);
  });

  it('names the key and both policies in the stack outputs', () => {
    const outputs = template.toJSON().Outputs as Record<string, unknown>;
    for (const name of [OUTPUTS.dataKeyArn, OUTPUTS.uploaderPolicyArn, OUTPUTS.operatorPolicyArn]) expect(outputs[name]).toBeDefined();
  });
});
