import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import { AwsSolutionsChecks, ServerlessChecks } from 'cdk-nag';
import { Annotations, Match } from 'aws-cdk-lib/assertions';
import type { PolicyValidationPluginReport } from 'aws-cdk-lib';
import { buildTestApp } from './synth';
import type { StageName } from '../../infra/stage';

function findings(report: PolicyValidationPluginReport): string[] {
  return report.violations.flatMap((violation) =>
    violation.violatingResources.map((resource) => `${violation.ruleName} at ${resource.constructPath ?? '?'}`),
  );
}

describe.each<StageName>(['dev', 'prod'])('cdk-nag on the %s stack', (stage) => {
  it('synthesizes with the AwsSolutions and Serverless packs and leaves no unacknowledged finding', () => {
    const { app, stack } = buildTestApp({ stage });
    // The packs registered by the app fail synthesis on any finding.
    const assembly = app.synth();
    const report = JSON.parse(readFileSync(path.join(assembly.directory, 'validation-report.json'), 'utf8')) as {
      pluginReports: { pluginName: string; violations: unknown[] }[];
    };
    // Includes CloudFormation's own template checks (e.g. circular dependencies).
    expect(report.pluginReports.filter((plugin) => plugin.violations.length > 0)).toEqual([]);
    const unacknowledged = [new AwsSolutionsChecks(), new ServerlessChecks()].flatMap((pack) =>
      findings(pack.validateScope(app)),
    );
    expect(unacknowledged).toEqual([]);
    expect(Annotations.fromStack(stack).findError('*', Match.anyValue())).toEqual([]);
    expect(Annotations.fromStack(stack).findWarning('*', Match.anyValue())).toEqual([]);
  });
});
