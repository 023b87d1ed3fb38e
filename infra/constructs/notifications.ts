import { createHash } from 'node:crypto';
import { type RemovalPolicy, Stack, Validations } from 'aws-cdk-lib';
import * as iam from 'aws-cdk-lib/aws-iam';
import type * as kms from 'aws-cdk-lib/aws-kms';
import * as sns from 'aws-cdk-lib/aws-sns';
import * as subs from 'aws-cdk-lib/aws-sns-subscriptions';
import * as sqs from 'aws-cdk-lib/aws-sqs';
import { Construct } from 'constructs';
import type { FilterCondition, FilterPolicy, SubscriptionPlan } from '../../shared/domain/routing';
import { deadLetterQueue, secureTopic } from './secure-defaults';

export interface NotificationsProps {
  /** Customer-managed key of the topics and the subscriptions' dead-letter queue. */
  readonly key: kms.IKey;
  /** Every office subscription with its filter policy, from `subscriptionPlan(config)`. */
  readonly subscriptions: readonly SubscriptionPlan[];
  /**
   * E-mail addresses subscribed to the operations topic (alarms, quarantined files).
   * @default - none; subscribe an on-call address or chat integration after deploying
   */
  readonly operationsEmails?: readonly string[];
  /** @default RemovalPolicy.RETAIN */
  readonly removalPolicy?: RemovalPolicy;
}

/**
 * The report notices and who receives them: one subscription per office endpoint with
 * the office's filter policy, an operations topic, and one dead-letter queue that keeps
 * every notice SNS could not deliver.
 */
export class Notifications extends Construct {
  public readonly reportsTopic: sns.Topic;
  public readonly operationsTopic: sns.Topic;
  public readonly deadLetterQueue: sqs.Queue;
  /** The office subscriptions, in the order of the plan. */
  public readonly subscriptions: readonly sns.Subscription[];

  constructor(scope: Construct, id: string, props: NotificationsProps) {
    super(scope, id);
    this.reportsTopic = secureTopic(this, 'ReportsTopic', { key: props.key, displayName: 'Conference reports' });
    this.operationsTopic = secureTopic(this, 'OperationsTopic', {
      key: props.key,
      displayName: 'Conference reports operations',
    });
    // Alarms publish as the CloudWatch service, which a topic policy must let in.
    this.operationsTopic.addToResourcePolicy(
      new iam.PolicyStatement({
        sid: 'AllowAlarmsOfThisAccount',
        principals: [new iam.ServicePrincipal('cloudwatch.amazonaws.com')],
        actions: ['sns:Publish'],
        resources: [this.operationsTopic.topicArn],
        conditions: { StringEquals: { 'aws:SourceAccount': Stack.of(this).account } },
      }),
    );

    this.deadLetterQueue = deadLetterQueue(this, 'DeadLetterQueue', {
      key: props.key,
      removalPolicy: props.removalPolicy,
      purpose: 'the office and operations subscriptions',
    });
    Validations.of(this.deadLetterQueue).acknowledge({
      id: 'AwsSolutions-SQS3',
      reason:
        'This queue is the dead-letter queue of the SNS subscriptions (their RedrivePolicy), which the rule only recognises for SQS redrive policies.',
    });

    this.subscriptions = props.subscriptions.map((plan) =>
      this.reportsTopic.addSubscription(withDeadLetterQueue(this.subscriberOf(plan), this.deadLetterQueue)),
    );
    for (const email of props.operationsEmails ?? []) {
      this.operationsTopic.addSubscription(new subs.EmailSubscription(email, { deadLetterQueue: this.deadLetterQueue }));
    }
  }

  private subscriberOf(plan: SubscriptionPlan): sns.ITopicSubscription {
    const options = { filterPolicy: toSubscriptionFilters(plan.filterPolicy), deadLetterQueue: this.deadLetterQueue };
    switch (plan.protocol) {
      case 'email':
        return new subs.EmailSubscription(plan.endpoint, options);
      case 'sms':
        return new subs.SmsSubscription(plan.endpoint, options);
      case 'https':
        return new subs.UrlSubscription(plan.endpoint, { ...options, protocol: sns.SubscriptionProtocol.HTTPS });
      case 'sqs': {
        // The office owns the queue: its queue policy (and key policy, if encrypted)
        // must allow this topic to send; see docs/deploy.md.
        const queue = sqs.Queue.fromQueueArn(this, `OfficeQueue-${plan.officeId}-${shortHash(plan.endpoint)}`, plan.endpoint);
        return new subs.SqsSubscription(queue, options);
      }
    }
  }
}

/**
 * Makes sure a subscriber carries the dead-letter queue: `SmsSubscription` accepts the
 * option but does not pass it on, and SNS supports a redrive policy for SMS too.
 */
function withDeadLetterQueue(subscriber: sns.ITopicSubscription, deadLetterQueue: sqs.IQueue): sns.ITopicSubscription {
  return {
    bind: (topic) => {
      const config = subscriber.bind(topic);
      return config.deadLetterQueue ? config : { ...config, deadLetterQueue };
    },
  };
}

/** Converts a plan's filter policy into the filters `aws-sns` expects, key by key. */
export function toSubscriptionFilters(policy: FilterPolicy): Record<string, sns.SubscriptionFilter> {
  return Object.fromEntries(Object.entries(policy).map(([attribute, conditions]) => [attribute, toFilter(conditions)]));
}

function toFilter(conditions: readonly FilterCondition[]): sns.SubscriptionFilter {
  const allowlist = conditions.filter((condition): condition is string => typeof condition === 'string');
  const parts: sns.SubscriptionFilter[] = [];
  if (allowlist.length > 0) parts.push(sns.SubscriptionFilter.stringFilter({ allowlist }));
  for (const condition of conditions) {
    if (typeof condition === 'string') continue;
    parts.push(condition.exists ? sns.SubscriptionFilter.existsFilter() : sns.SubscriptionFilter.notExistsFilter());
  }
  const [only] = parts;
  if (parts.length === 1 && only !== undefined) return only;
  return new sns.SubscriptionFilter(parts.flatMap((part) => part.conditions));
}

/** A short stable suffix, so adding or reordering endpoints keeps the other logical IDs. */
export function shortHash(text: string): string {
  return createHash('sha256').update(text).digest('hex').slice(0, 8);
}
