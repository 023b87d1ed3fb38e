import * as path from 'node:path';
import { CfnOutput, Duration, NestedStack, RemovalPolicy, Stack, Validations } from 'aws-cdk-lib';
import * as apigateway from 'aws-cdk-lib/aws-apigateway';
import * as apigwv2 from 'aws-cdk-lib/aws-apigatewayv2';
import { HttpLambdaIntegration } from 'aws-cdk-lib/aws-apigatewayv2-integrations';
import type * as acm from 'aws-cdk-lib/aws-certificatemanager';
import * as cloudwatch from 'aws-cdk-lib/aws-cloudwatch';
import * as actions from 'aws-cdk-lib/aws-cloudwatch-actions';
import * as cognito from 'aws-cdk-lib/aws-cognito';
import type * as dynamodb from 'aws-cdk-lib/aws-dynamodb';
import * as iam from 'aws-cdk-lib/aws-iam';
import type * as kms from 'aws-cdk-lib/aws-kms';
import * as lambda from 'aws-cdk-lib/aws-lambda';
import * as nodejs from 'aws-cdk-lib/aws-lambda-nodejs';
import * as logs from 'aws-cdk-lib/aws-logs';
import { LambdaDestination } from 'aws-cdk-lib/aws-logs-destinations';
import type * as s3 from 'aws-cdk-lib/aws-s3';
import * as sns from 'aws-cdk-lib/aws-sns';
import { Construct } from 'constructs';
import { deliveryEndpointsOf } from '../../shared/app/portal/delivery';
import { DELIVERY_SERVICE_NAME, PORTAL_ENV, PORTAL_SERVICE_NAME, PORTAL_STACK_OUTPUTS, portalOfficesJson } from '../../shared/app/portal/settings';
import { officesOf, type ProvinceConfig } from '../../shared/config/province-config';
import { ENV, INCOMING_PREFIX, TABLE_DESIGN } from '../../shared/config/runtime-env';
import { ConfigError } from '../../shared/errors';
import { grantKeyUse } from './bindings';
import { deadLetterQueue } from './secure-defaults';
import { LAMBDA_TASK_ROOT, PARSER_BUNDLE_TARGET, PARSER_RUNTIME, PROJECT_ROOT } from './ingest';
import { quote } from './lazy-modules';

/** Lambda's whole environment is 4 KB; the province, units and offices get this share of it. */
const CONFIG_ENV_BUDGET_BYTES = 3 * 1024;
/** Up to this many offices keep their user-pool groups in the main stack (small provinces deploy as before). */
const GROUPS_IN_MAIN_STACK = 150;
/** Groups per nested stack beyond that: well under CloudFormation's 500 resources. */
const GROUPS_PER_NESTED_STACK = 400;

/**
 * The province and its units as the portal needs them: names and the time zone, without
 * the aliases the parser reads text with.
 */
export function portalConfigJson(config: ProvinceConfig): string {
  return JSON.stringify({
    province: config.province,
    units: config.units.map((unit) => ({ id: unit.id, kind: unit.kind, name: unit.name, nameVi: unit.nameVi })),
    offices: [],
  });
}

interface BundledSetting {
  /** Variable holding the JSON when it fits the environment. */
  readonly inline: string;
  /** Variable naming the file of the bundle that holds it otherwise. */
  readonly file: string;
  readonly fileName: string;
  readonly json: string;
}

/**
 * The environment for a few JSON settings: all inline while they fit
 * {@link CONFIG_ENV_BUDGET_BYTES}, else each written into the bundle (`/var/task/NAME`) by
 * bundling hooks and named by its file variable.
 */
function settingsInEnvironmentOrBundle(settings: readonly BundledSetting[]): { environment: Record<string, string>; commandHooks?: nodejs.ICommandHooks } {
  const bytes = settings.reduce((total, setting) => total + Buffer.byteLength(setting.json, 'utf8'), 0);
  if (bytes <= CONFIG_ENV_BUDGET_BYTES) return { environment: Object.fromEntries(settings.map((setting) => [setting.inline, setting.json])) };
  return {
    environment: Object.fromEntries(settings.map((setting) => [setting.file, path.posix.join(LAMBDA_TASK_ROOT, setting.fileName)])),
    commandHooks: {
      beforeBundling: () => [],
      beforeInstall: () => [],
      afterBundling: (_inputDir: string, outputDir: string) =>
        settings.map((setting) => `printf '%s' ${quote(setting.json)} > ${quote(path.posix.join(outputDir, setting.fileName))}`),
    },
  };
}

export interface PortalProps {
  readonly table: dynamodb.ITable;
  /** The upload bucket: the portal links offices to the original of each version. */
  readonly bucket: s3.IBucket;
  /** Customer-managed key of the table and the bucket. */
  readonly key: kms.IKey;
  /** The validated province config: one user pool group per office. */
  readonly provinceConfig: ProvinceConfig;
  /**
   * Prefix of the Cognito sign-in domain (`<prefix>.auth.<region>.amazoncognito.com`); it
   * must be unique in the region.
   * @default `conference-reports-<stack name hash>`
   */
  readonly signInDomainPrefix?: string;
  /**
   * The portal's own domain name with its ACM certificate (in the stack's region). With
   * it the default execute-api endpoint is switched off, so the portal has one address.
   * @default - the API's execute-api URL
   */
  readonly domain?: { readonly domainName: string; readonly certificate: acm.ICertificate };
  /**
   * Where the invitation e-mails come from: an SES-verified address. Cognito's own
   * sender is limited to 50 messages a day, enough for a province's offices.
   * @default - Cognito's default sender
   */
  readonly invitationEmail?: { readonly fromEmail: string; readonly fromName?: string; readonly sesRegion?: string };
  /** Requests per second across the portal, and the burst above it. @default 20 and 40 */
  readonly throttle?: { readonly rateLimit: number; readonly burstLimit: number };
  /** @default RemovalPolicy.RETAIN */
  readonly removalPolicy?: RemovalPolicy;
  /** @default logs.RetentionDays.ONE_YEAR */
  readonly logRetention?: logs.RetentionDays;
  /** @default 'INFO' */
  readonly logLevel?: 'DEBUG' | 'INFO' | 'WARN' | 'ERROR';
  /** @default functions/portal.ts of this repository */
  readonly entry?: string;
  /**
   * The reports topic: with it, SNS logs every delivery to an SQS or HTTPS endpoint and a
   * function turns the successful ones into `delivered` receipts (e-mail reports none).
   * @default - no delivered receipts in AWS
   */
  readonly reportsTopic?: sns.Topic;
  /** @default functions/delivery-receipts.ts of this repository */
  readonly deliveryEntry?: string;
  /**
   * Where the portal's alarms go (portal function errors, delivery events parked in the
   * dead-letter queue), when they fire and when they recover.
   * @default - no alarms
   */
  readonly operationsTopic?: sns.ITopic;
}

/** The invitation an office receives, in Vietnamese then English; Cognito fills in {username} and {####}. */
const INVITATION = {
  subject: 'Tài khoản cổng báo cáo hội nghị / Conference reports portal account',
  body: (portalUrl: string) =>
    [
      'Đơn vị của bạn đã được cấp tài khoản trên cổng báo cáo hội nghị.',
      `Địa chỉ: ${portalUrl}`,
      'Tên đăng nhập: {username}',
      'Mật khẩu tạm thời: {####}',
      'Bạn sẽ được yêu cầu đổi mật khẩu ở lần đăng nhập đầu tiên.',
      '',
      'Your office has an account on the conference reports portal.',
      `Address: ${portalUrl}`,
      'User name: {username}',
      'Temporary password: {####}',
      'You will be asked to choose a new password when you first sign in.',
    ].join('<br>'),
};

/**
 * The office portal: a Cognito user pool with one group per office (accounts created by
 * operators only, strong passwords, optional TOTP MFA, threat protection), its hosted
 * sign-in domain, and an HTTP API in front of one function that serves the pages.
 *
 * The browser carries the session as an HttpOnly cookie, which an API Gateway JWT
 * authorizer cannot read (it takes a bare token from a header), so the function verifies
 * every request's token with aws-jwt-verify against the user pool. The API has no CORS
 * configuration (no other origin may call it), throttles the stage, writes access logs
 * without personal data, and is served over HTTPS only (HTTP APIs have no plain HTTP
 * listener; a custom domain uses the TLS 1.2 policy).
 */
export class Portal extends Construct {
  public readonly userPool: cognito.UserPool;
  public readonly userPoolClient: cognito.UserPoolClient;
  public readonly signInDomain: cognito.UserPoolDomain;
  public readonly api: apigwv2.HttpApi;
  public readonly stage: apigwv2.HttpStage;
  public readonly handler: nodejs.NodejsFunction;
  public readonly accessLogs: logs.LogGroup;
  /** The portal's public origin, e.g. https://reports.example.org. */
  public readonly url: string;
  public readonly alarms: cloudwatch.Alarm[] = [];

  constructor(scope: Construct, id: string, props: PortalProps) {
    super(scope, id);
    const removalPolicy = props.removalPolicy ?? RemovalPolicy.RETAIN;
    const throttle = props.throttle ?? { rateLimit: 20, burstLimit: 40 };
    // Every problem at once, so one synth shows all that needs fixing.
    const problems: string[] = [];
    if (throttle.rateLimit <= 0 || throttle.burstLimit < throttle.rateLimit) {
      problems.push('throttle needs a positive rateLimit and a burstLimit at least as large');
    }
    const officesJson = portalOfficesJson(props.provinceConfig);
    const configJson = portalConfigJson(props.provinceConfig);
    if (problems.length > 0) throw new ConfigError('Portal: invalid props', problems);
    // Within Lambda's 4 KB the config travels in the environment, else in files of the bundle.
    const portalSettings = settingsInEnvironmentOrBundle([
      { inline: ENV.provinceConfigJson, file: ENV.provinceConfigFile, fileName: 'province-config.json', json: configJson },
      { inline: PORTAL_ENV.officesJson, file: PORTAL_ENV.officesFile, fileName: 'portal-offices.json', json: officesJson },
    ]);

    this.api = new apigwv2.HttpApi(this, 'Api', {
      description: 'Conference reports office portal',
      createDefaultStage: false,
      // One address: with a custom domain the execute-api URL is switched off.
      disableExecuteApiEndpoint: props.domain !== undefined,
    });
    this.url = props.domain ? `https://${props.domain.domainName}` : this.api.apiEndpoint;

    this.userPool = new cognito.UserPool(this, 'Offices', {
      userPoolName: `${Stack.of(this).stackName}-offices`,
      selfSignUpEnabled: false,
      signInAliases: { email: true },
      autoVerify: { email: true },
      standardAttributes: { email: { required: true, mutable: true } },
      passwordPolicy: {
        minLength: 12,
        requireLowercase: true,
        requireUppercase: true,
        requireDigits: true,
        requireSymbols: true,
        tempPasswordValidity: Duration.days(3),
      },
      mfa: cognito.Mfa.OPTIONAL,
      mfaSecondFactor: { otp: true, sms: false },
      accountRecovery: cognito.AccountRecovery.EMAIL_ONLY,
      featurePlan: cognito.FeaturePlan.PLUS,
      standardThreatProtectionMode: cognito.StandardThreatProtectionMode.FULL_FUNCTION,
      deletionProtection: removalPolicy === RemovalPolicy.RETAIN,
      removalPolicy,
      userInvitation: { emailSubject: INVITATION.subject, emailBody: INVITATION.body(this.url) },
      ...(props.invitationEmail
        ? {
            email: cognito.UserPoolEmail.withSES({
              fromEmail: props.invitationEmail.fromEmail,
              ...(props.invitationEmail.fromName ? { fromName: props.invitationEmail.fromName } : {}),
              ...(props.invitationEmail.sesRegion ? { sesRegion: props.invitationEmail.sesRegion } : {}),
            }),
          }
        : {}),
    });
    Validations.of(this.userPool).acknowledge({
      id: 'AwsSolutions-COG2',
      reason: 'MFA is optional by design: each office decides to add TOTP; accounts exist only when operators create them, and threat protection blocks risky sign-ins.',
    });
    // One group per office. A large province's groups go into nested stacks, as its
    // subscriptions do, so that the main stack stays far from CloudFormation's 500 resources.
    const offices = officesOf(props.provinceConfig);
    const groupScopes: Construct[] = [];
    if (offices.length <= GROUPS_IN_MAIN_STACK) {
      groupScopes.push(this);
    } else {
      for (let start = 0; start < offices.length; start += GROUPS_PER_NESTED_STACK) groupScopes.push(new NestedStack(this, `OfficeGroups${groupScopes.length + 1}`));
    }
    offices.forEach((office, index) => {
      const scope = groupScopes[groupScopes.length === 1 ? 0 : Math.floor(index / GROUPS_PER_NESTED_STACK)]!;
      new cognito.CfnUserPoolGroup(scope, `Group-${office.id}`, {
        userPoolId: this.userPool.userPoolId,
        groupName: office.id,
        description: office.name.slice(0, 2048),
      });
    });

    this.signInDomain = this.userPool.addDomain('SignIn', {
      cognitoDomain: { domainPrefix: props.signInDomainPrefix ?? `conference-reports-${Stack.of(this).node.addr.slice(0, 12)}` },
    });
    this.userPoolClient = this.userPool.addClient('PortalClient', {
      userPoolClientName: 'portal',
      generateSecret: false,
      authFlows: { userSrp: true },
      oAuth: {
        flows: { authorizationCodeGrant: true },
        scopes: [cognito.OAuthScope.OPENID],
        callbackUrls: [`${this.url}/auth/callback`],
        logoutUrls: [`${this.url}/signed-out`],
      },
      supportedIdentityProviders: [cognito.UserPoolClientIdentityProvider.COGNITO],
      preventUserExistenceErrors: true,
      accessTokenValidity: Duration.hours(1),
      idTokenValidity: Duration.hours(1),
      refreshTokenValidity: Duration.hours(12),
      enableTokenRevocation: true,
    });

    const logGroup = new logs.LogGroup(this, 'PortalLogs', { retention: props.logRetention ?? logs.RetentionDays.ONE_YEAR, removalPolicy });
    const role = new iam.Role(this, 'PortalRole', { assumedBy: new iam.ServicePrincipal('lambda.amazonaws.com'), description: 'Conference reports office portal' });
    logGroup.grantWrite(role);
    this.handler = new nodejs.NodejsFunction(this, 'Handler', {
      description: 'Serves the office portal: inbox, report pages, downloads, acknowledgements',
      entry: props.entry ?? path.join(PROJECT_ROOT, 'functions', 'portal.ts'),
      handler: 'handler',
      projectRoot: PROJECT_ROOT,
      depsLockFilePath: path.join(PROJECT_ROOT, 'package-lock.json'),
      runtime: PARSER_RUNTIME,
      architecture: lambda.Architecture.ARM_64,
      memorySize: 512,
      timeout: Duration.seconds(10),
      // A ceiling on what a flood of requests can cost, besides the stage's throttling.
      reservedConcurrentExecutions: 10,
      tracing: lambda.Tracing.ACTIVE,
      role,
      logGroup,
      environment: {
        POWERTOOLS_SERVICE_NAME: PORTAL_SERVICE_NAME,
        POWERTOOLS_LOG_LEVEL: props.logLevel ?? 'INFO',
        [ENV.tableName]: props.table.tableName,
        ...portalSettings.environment,
        [PORTAL_ENV.baseUrl]: this.url,
        [PORTAL_ENV.authDomainUrl]: this.signInDomain.baseUrl(),
        [PORTAL_ENV.clientId]: this.userPoolClient.userPoolClientId,
        [PORTAL_ENV.userPoolId]: this.userPool.userPoolId,
      },
      bundling: {
        format: nodejs.OutputFormat.CJS,
        target: PARSER_BUNDLE_TARGET,
        minify: true,
        sourceMap: true,
        forceDockerBundling: false,
        externalModules: ['@aws-sdk/*'],
        ...(portalSettings.commandHooks ? { commandHooks: portalSettings.commandHooks } : {}),
      },
    });
    Validations.of(this.handler).acknowledge({
      id: 'Serverless-LambdaDLQ',
      reason: 'The portal function is invoked synchronously by the HTTP API only; a failed request is answered, not retried, so there is nothing to dead-letter.',
    });

    // Reads of reports and receipts, receipt updates: exact actions on the table and its index.
    role.addToPolicy(
      new iam.PolicyStatement({
        sid: 'ReadReportsWriteReceipts',
        actions: ['dynamodb:GetItem', 'dynamodb:BatchGetItem', 'dynamodb:Query', 'dynamodb:UpdateItem'],
        resources: [props.table.tableArn],
      }),
    );
    role.addToPolicy(
      new iam.PolicyStatement({ sid: 'QueryLookupIndex', actions: ['dynamodb:Query'], resources: [`${props.table.tableArn}/index/${TABLE_DESIGN.lookupIndex.name}`] }),
    );
    // Presigned links are signed with the function's credentials, so it holds exactly the read they grant.
    role.addToPolicy(
      new iam.PolicyStatement({
        sid: 'ReadOriginals',
        actions: ['s3:GetObject', 's3:GetObjectVersion'],
        resources: [props.bucket.arnForObjects(`${INCOMING_PREFIX}*`)],
      }),
    );
    grantKeyUse(this.handler, props.key);

    this.accessLogs = new logs.LogGroup(this, 'AccessLogs', { retention: props.logRetention ?? logs.RetentionDays.ONE_YEAR, removalPolicy });
    this.stage = new apigwv2.HttpStage(this, 'Stage', {
      httpApi: this.api,
      stageName: '$default',
      autoDeploy: true,
      throttle,
      accessLogSettings: {
        destination: new apigwv2.LogGroupLogDestination(this.accessLogs),
        // No source IP, user agent or identity: which office read what is in the receipts.
        format: apigateway.AccessLogFormat.custom(
          JSON.stringify({
            requestId: '$context.requestId',
            time: '$context.requestTime',
            method: '$context.httpMethod',
            path: '$context.path',
            status: '$context.status',
            responseLength: '$context.responseLength',
            latencyMs: '$context.responseLatency',
            integrationError: '$context.integrationErrorMessage',
          }),
        ),
      },
      ...(props.domain
        ? {
            domainMapping: {
              domainName: new apigwv2.DomainName(this, 'Domain', {
                domainName: props.domain.domainName,
                certificate: props.domain.certificate,
                securityPolicy: apigwv2.SecurityPolicy.TLS_1_2,
              }),
            },
          }
        : {}),
    });

    const integration = new HttpLambdaIntegration('PortalIntegration', this.handler, { payloadFormatVersion: apigwv2.PayloadFormatVersion.VERSION_2_0 });
    const routes = [
      ...this.api.addRoutes({ path: '/', methods: [apigwv2.HttpMethod.GET], integration }),
      ...this.api.addRoutes({ path: '/{proxy+}', methods: [apigwv2.HttpMethod.GET, apigwv2.HttpMethod.POST], integration }),
    ];
    for (const route of routes) {
      Validations.of(route).acknowledge({
        id: 'AwsSolutions-APIG4',
        reason:
          'Browsers send the session as an HttpOnly cookie, which the JWT authorizer cannot read; the function verifies the Cognito access token of every request with aws-jwt-verify, and the sign-in pages must be reachable without one.',
      });
    }

    const policy = role.node.tryFindChild('DefaultPolicy');
    const bucketLogicalId = Stack.of(this).resolve((props.bucket.node.defaultChild as s3.CfnBucket | undefined)?.logicalId) as string;
    if (policy !== undefined) {
      Validations.of(policy).acknowledge(
        { id: 'AwsSolutions-IAM5[Resource::*]', reason: 'X-Ray PutTraceSegments and PutTelemetryRecords (active tracing) support no resource-level permissions.' },
        {
          id: `AwsSolutions-IAM5[Resource::<${bucketLogicalId}.Arn>/${INCOMING_PREFIX}*]`,
          reason: 'Read-only access to the incoming/ prefix: the originals offices download; their keys are not known in advance.',
        },
      );
    }

    if (props.reportsTopic) this.recordDeliveries(props, props.reportsTopic, removalPolicy);
    this.alarms.push(
      new cloudwatch.Alarm(this, 'PortalErrors', {
        alarmDescription: 'The portal function failed on requests (crash or timeout): offices see an error page.',
        metric: this.handler.metricErrors({ period: Duration.minutes(5), statistic: 'Sum' }),
        threshold: 1,
        evaluationPeriods: 1,
        comparisonOperator: cloudwatch.ComparisonOperator.GREATER_THAN_OR_EQUAL_TO_THRESHOLD,
        treatMissingData: cloudwatch.TreatMissingData.NOT_BREACHING,
      }),
    );
    if (props.operationsTopic) {
      const notify = new actions.SnsAction(props.operationsTopic);
      for (const alarm of this.alarms) {
        alarm.addAlarmAction(notify);
        alarm.addOkAction(notify);
      }
    }

    new CfnOutput(Stack.of(this), PORTAL_STACK_OUTPUTS.portalUrl, { value: this.url, description: 'Office portal: notices link to report pages here' });
    new CfnOutput(Stack.of(this), PORTAL_STACK_OUTPUTS.userPoolId, { value: this.userPool.userPoolId, description: 'Office accounts: reports users add --stack NAME ...' });
    new CfnOutput(Stack.of(this), PORTAL_STACK_OUTPUTS.signInDomain, { value: this.signInDomain.baseUrl(), description: 'Hosted sign-in of the office accounts' });
  }

  /**
   * SNS delivery-status logging for the SQS and HTTPS subscriptions of the reports topic,
   * and the function that turns each successful delivery into a `delivered` receipt.
   */
  private recordDeliveries(props: PortalProps, topic: sns.Topic, removalPolicy: RemovalPolicy): void {
    const stack = Stack.of(this);
    // The log group SNS writes successful deliveries of this topic to; created here so it has a retention and a subscription.
    const statusLogs = new logs.LogGroup(this, 'DeliveryStatusLogs', {
      logGroupName: `sns/${stack.region}/${stack.account}/${topic.topicName}`,
      retention: props.logRetention ?? logs.RetentionDays.ONE_YEAR,
      removalPolicy,
    });
    const feedbackRole = new iam.Role(this, 'DeliveryStatusRole', { assumedBy: new iam.ServicePrincipal('sns.amazonaws.com'), description: 'SNS delivery-status logging of the reports topic' });
    feedbackRole.addToPolicy(
      new iam.PolicyStatement({
        actions: ['logs:CreateLogGroup', 'logs:CreateLogStream', 'logs:PutLogEvents', 'logs:PutMetricFilter', 'logs:PutRetentionPolicy'],
        // The success group above and the `/Failure` group SNS creates next to it.
        resources: [`arn:${stack.partition}:logs:${stack.region}:${stack.account}:log-group:sns/${stack.region}/${stack.account}/${topic.topicName}*`],
      }),
    );
    for (const protocol of [sns.LoggingProtocol.SQS, sns.LoggingProtocol.HTTP]) {
      topic.addLoggingConfig({ protocol, successFeedbackRole: feedbackRole, failureFeedbackRole: feedbackRole, successFeedbackSampleRate: 100 });
    }

    const logGroup = new logs.LogGroup(this, 'DeliveryReceiptsLogs', { retention: props.logRetention ?? logs.RetentionDays.ONE_YEAR, removalPolicy });
    const role = new iam.Role(this, 'DeliveryReceiptsRole', { assumedBy: new iam.ServicePrincipal('lambda.amazonaws.com'), description: 'Delivered receipts of the office portal' });
    logGroup.grantWrite(role);
    const failed = deadLetterQueue(this, 'DeliveryReceiptsDeadLetters', { key: props.key, removalPolicy, purpose: 'the delivery-receipts function' });
    const deliverySettings = settingsInEnvironmentOrBundle([
      { inline: PORTAL_ENV.deliveryEndpointsJson, file: PORTAL_ENV.deliveryEndpointsFile, fileName: 'delivery-endpoints.json', json: JSON.stringify(deliveryEndpointsOf(props.provinceConfig)) },
    ]);
    const fn = new nodejs.NodejsFunction(this, 'DeliveryReceipts', {
      description: 'Records delivered receipts from SNS delivery-status logs',
      entry: props.deliveryEntry ?? path.join(PROJECT_ROOT, 'functions', 'delivery-receipts.ts'),
      handler: 'handler',
      projectRoot: PROJECT_ROOT,
      depsLockFilePath: path.join(PROJECT_ROOT, 'package-lock.json'),
      runtime: PARSER_RUNTIME,
      architecture: lambda.Architecture.ARM_64,
      memorySize: 256,
      timeout: Duration.seconds(30),
      reservedConcurrentExecutions: 2,
      tracing: lambda.Tracing.ACTIVE,
      role,
      logGroup,
      // CloudWatch Logs invokes asynchronously: a batch that keeps failing is kept here.
      deadLetterQueue: failed,
      retryAttempts: 2,
      environment: {
        POWERTOOLS_SERVICE_NAME: DELIVERY_SERVICE_NAME,
        POWERTOOLS_LOG_LEVEL: props.logLevel ?? 'INFO',
        [ENV.tableName]: props.table.tableName,
        ...deliverySettings.environment,
      },
      bundling: {
        format: nodejs.OutputFormat.CJS,
        target: PARSER_BUNDLE_TARGET,
        minify: true,
        sourceMap: true,
        forceDockerBundling: false,
        externalModules: ['@aws-sdk/*'],
        ...(deliverySettings.commandHooks ? { commandHooks: deliverySettings.commandHooks } : {}),
      },
    });
    Validations.of(fn).acknowledge({
      id: 'Serverless-LambdaAsyncFailureDestination',
      reason: 'Events that fail every retry go to the dead-letter queue (DeadLetterConfig), which keeps the event itself for 14 days; an on-failure destination would only add a second copy.',
    });
    role.addToPolicy(new iam.PolicyStatement({ sid: 'WriteReceipts', actions: ['dynamodb:UpdateItem'], resources: [props.table.tableArn] }));
    role.addToPolicy(
      new iam.PolicyStatement({ sid: 'FindNotices', actions: ['dynamodb:Query'], resources: [`${props.table.tableArn}/index/${TABLE_DESIGN.lookupIndex.name}`] }),
    );
    grantKeyUse(fn, props.key);
    this.alarms.push(
      new cloudwatch.Alarm(this, 'DeliveryReceiptsDeadLettersAlarm', {
        alarmDescription: 'Delivery-status events the receipts function failed on are parked in its dead-letter queue: delivered receipts are missing.',
        metric: failed.metricApproximateNumberOfMessagesVisible({ period: Duration.minutes(5), statistic: 'Maximum' }),
        threshold: 1,
        evaluationPeriods: 1,
        comparisonOperator: cloudwatch.ComparisonOperator.GREATER_THAN_OR_EQUAL_TO_THRESHOLD,
        treatMissingData: cloudwatch.TreatMissingData.NOT_BREACHING,
      }),
    );
    new logs.SubscriptionFilter(this, 'Deliveries', {
      logGroup: statusLogs,
      destination: new LambdaDestination(fn),
      filterPattern: logs.FilterPattern.stringValue('$.status', '=', 'SUCCESS'),
    });
    const policy = role.node.tryFindChild('DefaultPolicy');
    if (policy !== undefined) {
      Validations.of(policy).acknowledge({ id: 'AwsSolutions-IAM5[Resource::*]', reason: 'X-Ray PutTraceSegments and PutTelemetryRecords (active tracing) support no resource-level permissions.' });
    }
    const feedbackPolicy = feedbackRole.node.tryFindChild('DefaultPolicy');
    if (feedbackPolicy !== undefined) {
      Validations.of(feedbackPolicy).acknowledge({
        id: `AwsSolutions-IAM5[Resource::arn:<AWS::Partition>:logs:<AWS::Region>:<AWS::AccountId>:log-group:sns/<AWS::Region>/<AWS::AccountId>/<${stack.resolve((topic.node.defaultChild as sns.CfnTopic).logicalId) as string}.TopicName>*]`,
        reason: 'SNS writes delivery status to the topic\'s own log groups, `<name>` and `<name>/Failure`, whose streams it names itself.',
      });
    }
  }
}
