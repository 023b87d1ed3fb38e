import { Match } from 'aws-cdk-lib/assertions';
import { PORTAL_ENV, PORTAL_STACK_OUTPUTS } from '../../shared/app/portal/settings';
import { loadProvinceConfig } from '../../shared/config/province-config';
import { ENV } from '../../shared/config/runtime-env';
import { DEFAULT_CONFIG_FILE, synthesized } from './synth';

const config = loadProvinceConfig(DEFAULT_CONFIG_FILE);

describe('the office portal in the stack', () => {
  const { template } = synthesized('prod');

  it('keeps office accounts in a user pool without self sign-up, with a strong password policy and optional MFA', () => {
    template.hasResourceProperties('AWS::Cognito::UserPool', {
      AdminCreateUserConfig: Match.objectLike({ AllowAdminCreateUserOnly: true }),
      Policies: { PasswordPolicy: Match.objectLike({ MinimumLength: 12, RequireLowercase: true, RequireUppercase: true, RequireNumbers: true, RequireSymbols: true }) },
      MfaConfiguration: 'OPTIONAL',
      EnabledMfas: ['SOFTWARE_TOKEN_MFA'],
      UsernameAttributes: ['email'],
      UserPoolAddOns: { AdvancedSecurityMode: 'ENFORCED' },
      DeletionProtection: 'ACTIVE',
    });
  });

  it('has one group per office of the config', () => {
    const groups = template.findResources('AWS::Cognito::UserPoolGroup');
    const names = Object.values(groups).map((group) => (group.Properties as { GroupName: string }).GroupName).sort();
    expect(names).toEqual(config.offices.map((office) => office.id).sort());
  });

  it('signs in with the authorization code flow only, back to the portal', () => {
    template.hasResourceProperties('AWS::Cognito::UserPoolClient', {
      AllowedOAuthFlows: ['code'],
      AllowedOAuthFlowsUserPoolClient: true,
      GenerateSecret: false,
      CallbackURLs: [Match.objectLike({ 'Fn::Join': Match.arrayWith([Match.arrayWith(['/auth/callback'])]) })],
    });
  });

  it('serves the API with access logs, throttling and no CORS', () => {
    template.hasResourceProperties('AWS::ApiGatewayV2::Stage', {
      StageName: '$default',
      AutoDeploy: true,
      DefaultRouteSettings: { ThrottlingRateLimit: 20, ThrottlingBurstLimit: 40 },
      AccessLogSettings: { DestinationArn: Match.anyValue(), Format: Match.stringLikeRegexp('"requestId":"\\$context.requestId"') },
    });
    const apis = Object.values(template.findResources('AWS::ApiGatewayV2::Api'));
    expect(apis).toHaveLength(1);
    expect((apis[0]?.Properties as Record<string, unknown>).CorsConfiguration).toBeUndefined();
    const format = JSON.stringify(template.findResources('AWS::ApiGatewayV2::Stage'));
    expect(format).not.toContain('sourceIp');
    const routes = Object.values(template.findResources('AWS::ApiGatewayV2::Route')).map((route) => (route.Properties as { RouteKey: string }).RouteKey).sort();
    expect(routes).toEqual(['GET /', 'GET /{proxy+}', 'POST /{proxy+}']);
  });

  it('gives the portal function the user pool, the sign-in domain and only the reads and receipt writes it needs', () => {
    template.hasResourceProperties('AWS::Lambda::Function', {
      Environment: {
        Variables: Match.objectLike({
          [PORTAL_ENV.userPoolId]: Match.anyValue(),
          [PORTAL_ENV.clientId]: Match.anyValue(),
          [PORTAL_ENV.authDomainUrl]: Match.anyValue(),
          [PORTAL_ENV.officesJson]: Match.stringLikeRegexp('"id":"province-archive","name":"[^"]+","level":"province","unit":null'),
        }),
      },
    });
    template.hasResourceProperties('AWS::IAM::Policy', {
      PolicyDocument: {
        Statement: Match.arrayWith([
          Match.objectLike({ Sid: 'ReadReportsWriteReceipts', Action: Match.arrayWith(['dynamodb:BatchGetItem', 'dynamodb:GetItem', 'dynamodb:Query', 'dynamodb:UpdateItem']) }),
          Match.objectLike({ Sid: 'ReadOriginals', Action: Match.arrayWith(['s3:GetObject', 's3:GetObjectVersion']) }),
        ]),
      },
    });
    const statements = Object.values(template.findResources('AWS::IAM::Policy')).flatMap(
      (policy) => (policy.Properties as { PolicyDocument: { Statement: { Sid?: string; Action: string | string[] }[] } }).PolicyDocument.Statement,
    );
    const receipts = statements.find((statement) => statement.Sid === 'ReadReportsWriteReceipts');
    expect([receipts?.Action].flat().sort()).toEqual(['dynamodb:BatchGetItem', 'dynamodb:GetItem', 'dynamodb:Query', 'dynamodb:UpdateItem']);
  });

  it('keeps the portal environment within the 4 KB Lambda allows', () => {
    const functions = Object.values(template.findResources('AWS::Lambda::Function', { Properties: { Description: Match.stringLikeRegexp('^Serves the office portal') } }));
    expect(functions).toHaveLength(1);
    const variables = (functions[0]?.Properties as { Environment: { Variables: Record<string, unknown> } }).Environment.Variables;
    // Unresolved references (pool id, client id, URLs) are counted at 256 bytes each, above their deployed length.
    const size = Object.entries(variables).reduce((total, [name, value]) => total + Buffer.byteLength(name) + (typeof value === 'string' ? Buffer.byteLength(value) : 256), 0);
    expect(size).toBeLessThanOrEqual(4096);
  });

  it("points the parser's notice links at the portal's report pages", () => {
    template.hasResourceProperties('AWS::Lambda::Function', {
      Environment: { Variables: Match.objectLike({ [ENV.recordLinkTemplate]: Match.objectLike({ 'Fn::Join': Match.arrayWith([Match.arrayWith(['/reports/{reportId}'])]) }) }) },
    });
  });

  it('logs SQS and HTTPS deliveries of the reports topic and turns the successful ones into receipts', () => {
    template.hasResourceProperties('AWS::SNS::Topic', {
      DeliveryStatusLogging: Match.arrayWith([
        Match.objectLike({ Protocol: 'sqs', SuccessFeedbackSampleRate: '100' }),
        Match.objectLike({ Protocol: 'http/s', SuccessFeedbackSampleRate: '100' }),
      ]),
    });
    template.hasResourceProperties('AWS::Logs::SubscriptionFilter', { FilterPattern: '{ $.status = "SUCCESS" }' });
    template.hasResourceProperties('AWS::Lambda::Function', {
      Description: Match.stringLikeRegexp('^Records delivered receipts'),
      DeadLetterConfig: { TargetArn: Match.anyValue() },
      Environment: { Variables: Match.objectLike({ [PORTAL_ENV.deliveryEndpointsJson]: '[]' }) },
    });
  });

  it('outputs the portal URL, the user pool and the sign-in domain', () => {
    for (const name of Object.values(PORTAL_STACK_OUTPUTS)) template.hasOutput(name, { Value: Match.anyValue() });
  });
});
