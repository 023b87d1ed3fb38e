import { Duration } from 'aws-cdk-lib';
import * as cloudwatch from 'aws-cdk-lib/aws-cloudwatch';
import * as actions from 'aws-cdk-lib/aws-cloudwatch-actions';
import type * as lambda from 'aws-cdk-lib/aws-lambda';
import type * as sns from 'aws-cdk-lib/aws-sns';
import type * as sqs from 'aws-cdk-lib/aws-sqs';
import { Construct } from 'constructs';

export interface MonitoringProps {
  /** Where alarms (and their recovery) are announced. */
  readonly operationsTopic: sns.ITopic;
  readonly reportsTopic: sns.ITopic;
  readonly ingestQueue: sqs.IQueue;
  readonly ingestDeadLetterQueue: sqs.IQueue;
  readonly subscriptionsDeadLetterQueue: sqs.IQueue;
  readonly parser: lambda.IFunction;
  /**
   * An upload waiting longer than this means the parser is not keeping up or not running.
   * @default Duration.minutes(15)
   */
  readonly maxIngestAge?: Duration;
  /** @default 'ConferenceReports-<stack name>' */
  readonly dashboardName?: string;
}

/**
 * Alarms that tell operations a report may be stuck or lost, all sent to the operations
 * topic, and one dashboard of the whole flow.
 */
export class Monitoring extends Construct {
  public readonly alarms: readonly cloudwatch.Alarm[];
  public readonly dashboard: cloudwatch.Dashboard;

  constructor(scope: Construct, id: string, props: MonitoringProps) {
    super(scope, id);
    const period = Duration.minutes(5);
    const maxIngestAge = props.maxIngestAge ?? Duration.minutes(15);

    const ingestDlqVisible = props.ingestDeadLetterQueue.metricApproximateNumberOfMessagesVisible({ period, statistic: 'Maximum' });
    const subscriptionsDlqVisible = props.subscriptionsDeadLetterQueue.metricApproximateNumberOfMessagesVisible({
      period,
      statistic: 'Maximum',
    });
    const parserErrors = props.parser.metricErrors({ period, statistic: 'Sum' });
    const parserThrottles = props.parser.metricThrottles({ period, statistic: 'Sum' });
    const oldestIngest = props.ingestQueue.metricApproximateAgeOfOldestMessage({ period, statistic: 'Maximum' });
    const deliveriesFailed = props.reportsTopic.metricNumberOfNotificationsFailed({ period, statistic: 'Sum' });
    const deliveriesLost = props.reportsTopic.metric('NumberOfNotificationsFailedToRedriveToDlq', { period, statistic: 'Sum' });

    const atLeastOne = (
      alarmId: string,
      metric: cloudwatch.Metric,
      description: string,
    ): cloudwatch.Alarm =>
      metric.createAlarm(this, alarmId, {
        alarmDescription: description,
        threshold: 1,
        evaluationPeriods: 1,
        comparisonOperator: cloudwatch.ComparisonOperator.GREATER_THAN_OR_EQUAL_TO_THRESHOLD,
        treatMissingData: cloudwatch.TreatMissingData.NOT_BREACHING,
      });

    const alarms = [
      atLeastOne(
        'IngestDeadLetters',
        ingestDlqVisible,
        'Uploads failed processing repeatedly and wait in the ingest dead-letter queue. See docs/deploy.md, "Alarms".',
      ),
      atLeastOne(
        'SubscriptionDeadLetters',
        subscriptionsDlqVisible,
        'Notices SNS could not deliver to an office wait in the subscriptions dead-letter queue.',
      ),
      atLeastOne('ParserErrors', parserErrors, 'Parser invocations failed as a whole (crash, timeout, out of memory).'),
      atLeastOne('ParserThrottles', parserThrottles, 'Parser invocations were throttled.'),
      oldestIngest.createAlarm(this, 'IngestBacklogAge', {
        alarmDescription: `An upload has waited more than ${maxIngestAge.toHumanString()} for the parser.`,
        threshold: maxIngestAge.toSeconds(),
        evaluationPeriods: 1,
        comparisonOperator: cloudwatch.ComparisonOperator.GREATER_THAN_OR_EQUAL_TO_THRESHOLD,
        treatMissingData: cloudwatch.TreatMissingData.NOT_BREACHING,
      }),
      atLeastOne('NotificationsFailed', deliveriesFailed, 'SNS failed to deliver report notices to an office endpoint.'),
      atLeastOne(
        'NotificationsLost',
        deliveriesLost,
        'SNS could neither deliver a notice nor move it to the subscriptions dead-letter queue: it is lost.',
      ),
    ];
    const notify = new actions.SnsAction(props.operationsTopic);
    for (const alarm of alarms) {
      alarm.addAlarmAction(notify);
      alarm.addOkAction(notify);
    }
    this.alarms = alarms;

    this.dashboard = new cloudwatch.Dashboard(this, 'Dashboard', {
      dashboardName: props.dashboardName,
      defaultInterval: Duration.days(1),
    });
    this.dashboard.addWidgets(
      new cloudwatch.GraphWidget({
        title: 'Ingest queue',
        left: [
          props.ingestQueue.metricNumberOfMessagesSent({ period, label: 'Uploads queued' }),
          props.ingestQueue.metricApproximateNumberOfMessagesVisible({ period, label: 'Waiting' }),
        ],
        right: [oldestIngest.with({ label: 'Oldest (s)' })],
      }),
      new cloudwatch.GraphWidget({
        title: 'Parser',
        left: [
          props.parser.metricInvocations({ period, label: 'Invocations' }),
          parserErrors.with({ label: 'Errors' }),
          parserThrottles.with({ label: 'Throttles' }),
        ],
        right: [props.parser.metricDuration({ period, statistic: 'p95', label: 'Duration p95 (ms)' })],
      }),
      new cloudwatch.GraphWidget({
        title: 'Notices',
        left: [
          props.reportsTopic.metricNumberOfMessagesPublished({ period, label: 'Published' }),
          props.reportsTopic.metricNumberOfNotificationsDelivered({ period, label: 'Delivered' }),
          deliveriesFailed.with({ label: 'Failed' }),
          deliveriesLost.with({ label: 'Lost' }),
        ],
      }),
      new cloudwatch.GraphWidget({
        title: 'Dead letters',
        left: [ingestDlqVisible.with({ label: 'Ingest' }), subscriptionsDlqVisible.with({ label: 'Subscriptions' })],
      }),
      new cloudwatch.AlarmStatusWidget({ title: 'Alarms', alarms, width: 24 }),
    );
  }
}
