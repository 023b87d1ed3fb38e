import { CfnOutput, Duration, Stack, type StackProps } from 'aws-cdk-lib';
import type { Construct } from 'constructs';
import { ENV, STACK_OUTPUTS } from '../shared/config/runtime-env';
import type { ProvinceConfig } from '../shared/config/province-config';
import type { SubscriptionPlan } from '../shared/domain/routing';
import { AccessPolicies } from './constructs/access';
import { Ingest } from './constructs/ingest';
import { Monitoring } from './constructs/monitoring';
import { Notifications } from './constructs/notifications';
import { Portal } from './constructs/portal';
import { createDataKey } from './constructs/secure-defaults';
import { Storage } from './constructs/storage';
import type { StageSettings } from './stage';

export interface ConferenceReportsStackProps extends StackProps {
  readonly stage: StageSettings;
  /** The validated province config. */
  readonly provinceConfig: ProvinceConfig;
  /** Office subscriptions, from `subscriptionPlan(provinceConfig)`. */
  readonly subscriptions: readonly SubscriptionPlan[];
  /** @default - no operations subscriber */
  readonly operationsEmails?: readonly string[];
  /** The account's SNS quota of filter policies per topic. @default 200 (the AWS default) */
  readonly filterPoliciesPerTopic?: number;
  /** Parser entry file. @default functions/parse-report.ts */
  readonly parserEntry?: string;
  /** Portal entry file. @default functions/portal.ts */
  readonly portalEntry?: string;
  /** The deployer's parser settings (CDK context). @default 1024 MB, 30 s, links to the portal */
  readonly parser?: { readonly memoryMb?: number; readonly timeoutSeconds?: number; readonly recordLinkTemplate?: string };
}

/** Names of the stack outputs (shared with the CLI, which finds resources through them). */
export const OUTPUTS = STACK_OUTPUTS;

/** The whole pipeline of one stage: upload bucket to office notifications. */
export class ConferenceReportsStack extends Stack {
  public readonly storage: Storage;
  public readonly notifications: Notifications;
  public readonly ingest: Ingest;
  public readonly monitoring: Monitoring;
  public readonly access: AccessPolicies;
  public readonly portal: Portal;

  constructor(scope: Construct, id: string, props: ConferenceReportsStackProps) {
    super(scope, id, props);
    const { stage } = props;
    const key = createDataKey(this, 'DataKey', {
      alias: `conference-reports-${stage.name}`,
      removalPolicy: stage.removalPolicy,
    });

    this.storage = new Storage(this, 'Storage', {
      key,
      removalPolicy: stage.removalPolicy,
      autoDeleteObjects: stage.autoDeleteObjects,
      deletionProtection: stage.deletionProtection,
      noncurrentVersionExpiration: stage.noncurrentVersionExpiration,
      quarantineRetention: stage.quarantineRetention,
      accessLogRetention: stage.accessLogRetention,
    });

    this.notifications = new Notifications(this, 'Notifications', {
      key,
      subscriptions: props.subscriptions,
      operationsEmails: props.operationsEmails,
      removalPolicy: stage.removalPolicy,
      filterPoliciesPerTopic: props.filterPoliciesPerTopic,
    });

    this.ingest = new Ingest(this, 'Ingest', {
      bucket: this.storage.bucket,
      table: this.storage.table,
      reportsTopic: this.notifications.reportsTopic,
      operationsTopic: this.notifications.operationsTopic,
      key,
      provinceConfig: props.provinceConfig,
      removalPolicy: stage.removalPolicy,
      logRetention: stage.logRetention,
      logLevel: stage.name === 'prod' ? 'INFO' : 'DEBUG',
      entry: props.parserEntry,
      ...(props.parser?.memoryMb !== undefined ? { memorySize: props.parser.memoryMb } : {}),
      ...(props.parser?.timeoutSeconds !== undefined ? { timeout: Duration.seconds(props.parser.timeoutSeconds) } : {}),
    });

    this.portal = new Portal(this, 'Portal', {
      table: this.storage.table,
      bucket: this.storage.bucket,
      key,
      provinceConfig: props.provinceConfig,
      removalPolicy: stage.removalPolicy,
      logRetention: stage.logRetention,
      logLevel: stage.name === 'prod' ? 'INFO' : 'DEBUG',
      entry: props.portalEntry,
      reportsTopic: this.notifications.reportsTopic,
      operationsTopic: this.notifications.operationsTopic,
    });
    // Every notice links to the report's page on the portal.
    this.ingest.parser.addEnvironment(ENV.recordLinkTemplate, props.parser?.recordLinkTemplate ?? `${this.portal.url}/reports/{reportId}`);

    this.monitoring = new Monitoring(this, 'Monitoring', {
      operationsTopic: this.notifications.operationsTopic,
      reportsTopic: this.notifications.reportsTopic,
      ingestQueue: this.ingest.queue,
      ingestDeadLetterQueue: this.ingest.deadLetterQueue,
      subscriptionsDeadLetterQueue: this.notifications.deadLetterQueue,
      parser: this.ingest.parser,
      dashboardName: `${this.stackName}-${this.region}`,
    });

    this.access = new AccessPolicies(this, 'Access', {
      bucket: this.storage.bucket,
      table: this.storage.table,
      key,
      reportsTopic: this.notifications.reportsTopic,
      operationsTopic: this.notifications.operationsTopic,
      ingestQueue: this.ingest.queue,
      deadLetterQueues: [this.ingest.deadLetterQueue, this.notifications.deadLetterQueue],
      userPool: this.portal.userPool,
    });

    const output = (id: string, value: string, description: string): void => {
      new CfnOutput(this, id, { value, description });
    };
    output(OUTPUTS.bucketName, this.storage.bucket.bucketName, 'Upload bucket: put reports under incoming/');
    output(OUTPUTS.tableName, this.storage.table.tableName, `Records table (the parser's ${ENV.tableName})`);
    output(OUTPUTS.reportsTopicArn, this.notifications.reportsTopic.topicArn, 'Report notices for the offices');
    output(OUTPUTS.operationsTopicArn, this.notifications.operationsTopic.topicArn, 'Alarms and quarantined uploads');
    output(OUTPUTS.ingestQueueUrl, this.ingest.queue.queueUrl, 'Upload notifications waiting for the parser');
    output(OUTPUTS.ingestDeadLetterQueueUrl, this.ingest.deadLetterQueue.queueUrl, 'Uploads that failed repeatedly');
    output(
      OUTPUTS.subscriptionsDeadLetterQueueUrl,
      this.notifications.deadLetterQueue.queueUrl,
      'Notices SNS could not deliver to an office',
    );
    output(OUTPUTS.parserFunctionName, this.ingest.parser.functionName, 'Parser function');
    output(OUTPUTS.dashboardName, this.monitoring.dashboard.dashboardName, 'CloudWatch dashboard');
    output(OUTPUTS.dataKeyArn, key.keyArn, 'KMS key of the bucket, queues, topics and table');
    output(OUTPUTS.uploaderPolicyArn, this.access.uploaderPolicy.managedPolicyArn, 'Attach to the users or roles that upload reports');
    output(OUTPUTS.operatorPolicyArn, this.access.operatorPolicy.managedPolicyArn, 'Attach to the users or roles that run the reports CLI with --stack');
  }
}
