import { createHash } from 'node:crypto';
import { NestedStack, type RemovalPolicy, Stack, Validations } from 'aws-cdk-lib';
import * as iam from 'aws-cdk-lib/aws-iam';
import type * as kms from 'aws-cdk-lib/aws-kms';
import * as sns from 'aws-cdk-lib/aws-sns';
import * as subs from 'aws-cdk-lib/aws-sns-subscriptions';
import * as sqs from 'aws-cdk-lib/aws-sqs';
import { Construct } from 'constructs';
import type { FilterCondition, FilterPolicy, SubscriptionPlan } from '../../shared/domain/routing';
import { ConfigError } from '../../shared/errors';
import { deadLetterQueue, secureTopic } from './secure-defaults';

/**
 * Limits of the subscription layout. CloudFormation allows 500 resources per stack
 * (template and nested stacks alike); each office endpoint is one AWS::SNS::Subscription.
 */
export const SUBSCRIPTION_LAYOUT = {
  /**
   * Up to this many subscriptions stay in the main stack beside its ~40 other resources,
   * so small provinces deploy (and update) exactly as before.
   */
  inlineSubscriptions: 200,
  /** Beyond that, offices are spread over nested stacks of this many offices each, in config order. */
  officesPerNestedStack: 100,
  /** Subscriptions one nested stack may hold: its resource limit with room to spare. */
  subscriptionsPerNestedStack: 450,
  /** CloudFormation's resource limit per stack. */
  resourcesPerStack: 500,
} as const;

/**
 * SNS quota on subscription filter policies per topic (AWS default; raised through
 * Service Quotas). Every office subscription carries a filter policy.
 */
export const DEFAULT_FILTER_POLICIES_PER_TOPIC = 200;

/** The offices of one nested stack, or of the main stack when `nested` is false. */
export interface SubscriptionGroup {
  readonly nested: boolean;
  readonly officeIds: readonly string[];
  readonly subscriptions: readonly SubscriptionPlan[];
}

/** Groups the plan's subscriptions by office, in plan order, and the offices into stacks. */
export function subscriptionGroups(plan: readonly SubscriptionPlan[]): SubscriptionGroup[] {
  const byOffice = new Map<string, SubscriptionPlan[]>();
  for (const entry of plan) byOffice.set(entry.officeId, [...(byOffice.get(entry.officeId) ?? []), entry]);
  if (plan.length <= SUBSCRIPTION_LAYOUT.inlineSubscriptions) {
    return [{ nested: false, officeIds: [...byOffice.keys()], subscriptions: plan }];
  }
  const offices = [...byOffice.entries()];
  const groups: SubscriptionGroup[] = [];
  for (let start = 0; start < offices.length; start += SUBSCRIPTION_LAYOUT.officesPerNestedStack) {
    const chunk = offices.slice(start, start + SUBSCRIPTION_LAYOUT.officesPerNestedStack);
    groups.push({ nested: true, officeIds: chunk.map(([id]) => id), subscriptions: chunk.flatMap(([, entries]) => entries) });
  }
  return groups;
}

/**
 * What CloudFormation or SNS would refuse about the subscriptions, found before synth:
 * one address subscribed for two offices, a nested stack over its resource share
 * (naming its offices), or more filter policies on the reports topic than the SNS quota
 * (naming the first office past it). Empty when the layout deploys.
 */
export function subscriptionLayoutProblems(
  plan: readonly SubscriptionPlan[],
  filterPoliciesPerTopic: number = DEFAULT_FILTER_POLICIES_PER_TOPIC,
): string[] {
  const problems: string[] = [];
  // SNS keeps one subscription per topic, protocol and endpoint: a second office on the
  // same address would fail the deployment and could not have a filter policy of its own.
  const seen = new Map<string, string>();
  for (const entry of plan) {
    // E-mail addresses compare without case; URLs, numbers and ARNs exactly.
    const key = `${entry.protocol}:${entry.protocol === 'email' ? entry.endpoint.toLowerCase() : entry.endpoint}`;
    const first = seen.get(key);
    if (first === undefined) seen.set(key, entry.officeId);
    else {
      problems.push(
        `office "${entry.officeId}": ${entry.protocol} endpoint "${entry.endpoint}" is already subscribed for office "${first}"; ` +
          'SNS subscribes an address once per topic (give each office its own address)',
      );
    }
  }
  for (const [index, group] of subscriptionGroups(plan).entries()) {
    if (group.nested && group.subscriptions.length > SUBSCRIPTION_LAYOUT.subscriptionsPerNestedStack) {
      problems.push(
        `offices ${group.officeIds[0]} to ${group.officeIds[group.officeIds.length - 1]} (nested stack ${index + 1}) have ` +
          `${group.subscriptions.length} endpoints; a nested stack holds ${SUBSCRIPTION_LAYOUT.subscriptionsPerNestedStack} ` +
          `(${SUBSCRIPTION_LAYOUT.officesPerNestedStack} offices of at most 4 endpoints each): give these offices fewer endpoints`,
      );
    }
  }
  const filtered = plan.filter((entry) => Object.keys(entry.filterPolicy).length > 0);
  if (filtered.length > filterPoliciesPerTopic) {
    const first = filtered[filterPoliciesPerTopic];
    problems.push(
      `${filtered.length} office endpoints need a filter policy on the reports topic; SNS allows ${filterPoliciesPerTopic} per topic ` +
        `(subscription ${filterPoliciesPerTopic + 1}, of office "${first?.officeId}", and every later one would fail): raise the quota "Filter policies per topic" ` +
        `in Service Quotas and pass it with -c filterPoliciesPerTopic=N`,
    );
  }
  return problems;
}

/** Throws {@link ConfigError} listing every {@link subscriptionLayoutProblems} problem. */
export function assertSubscriptionLayout(plan: readonly SubscriptionPlan[], filterPoliciesPerTopic?: number): void {
  const problems = subscriptionLayoutProblems(plan, filterPoliciesPerTopic);
  if (problems.length > 0) throw new ConfigError('offices cannot be deployed', problems);
}

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
  /**
   * The account's SNS quota of filter policies per topic.
   * @default DEFAULT_FILTER_POLICIES_PER_TOPIC (200, the AWS default)
   */
  readonly filterPoliciesPerTopic?: number;
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
  /** Nested stacks holding the office subscriptions; empty when they fit the main stack. */
  public readonly officeStacks: readonly NestedStack[];

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

    assertSubscriptionLayout(props.subscriptions, props.filterPoliciesPerTopic);
    const officeStacks: NestedStack[] = [];
    const subscriptions: sns.Subscription[] = [];
    for (const [index, group] of subscriptionGroups(props.subscriptions).entries()) {
      let nested: NestedStack | undefined;
      if (group.nested) {
        nested = new NestedStack(this, `Offices${index + 1}`, {
          description: `Office subscriptions ${group.officeIds[0]} to ${group.officeIds[group.officeIds.length - 1]}`,
        });
        officeStacks.push(nested);
      }
      for (const plan of group.subscriptions) subscriptions.push(this.subscribe(nested ?? this, plan));
    }
    this.subscriptions = subscriptions;
    this.officeStacks = officeStacks;
    for (const email of props.operationsEmails ?? []) {
      this.operationsTopic.addSubscription(new subs.EmailSubscription(email, { deadLetterQueue: this.deadLetterQueue }));
    }
  }

  /**
   * One office subscription in `scope`: the main stack's construct, or a nested stack.
   * The construct id is the one `Topic.addSubscription` gives, so subscriptions kept in
   * the main stack keep their logical ids.
   */
  private subscribe(scope: Construct, plan: SubscriptionPlan): sns.Subscription {
    const subscriber = withDeadLetterQueue(this.subscriberOf(scope, plan), this.deadLetterQueue);
    if (scope === this) return this.reportsTopic.addSubscription(subscriber);
    // What Topic.addSubscription does, with the nested stack as the default scope.
    const config = subscriber.bind(this.reportsTopic);
    const subscription = new sns.Subscription(config.subscriberScope ?? scope, config.subscriberId, {
      topic: this.reportsTopic,
      ...config,
    });
    if (config.subscriptionDependency !== undefined) subscription.node.addDependency(config.subscriptionDependency);
    return subscription;
  }

  private subscriberOf(scope: Construct, plan: SubscriptionPlan): sns.ITopicSubscription {
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
        const queue = sqs.Queue.fromQueueArn(scope, `OfficeQueue-${plan.officeId}-${shortHash(plan.endpoint)}`, plan.endpoint);
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
