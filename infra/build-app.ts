import * as path from 'node:path';
import { type App, Validations } from 'aws-cdk-lib';
import { AwsSolutionsChecks, ServerlessChecks } from 'cdk-nag';
import { assertDeployable } from '../shared/config/config-checks';
import { loadProvinceConfig } from '../shared/config/province-config';
import { subscriptionPlan } from '../shared/domain/routing';
import { ConfigError } from '../shared/errors';
import { DEFAULT_FILTER_POLICIES_PER_TOPIC, assertSubscriptionLayout } from './constructs/notifications';
import { ConferenceReportsStack } from './stack';
import { stageSettings } from './stage';

/** Context keys the app reads (`-c stage=prod -c config=config/my-province.json`). */
export const CONTEXT = {
  stage: 'stage',
  config: 'config',
  /** Comma-separated e-mail addresses subscribed to the operations topic. */
  operationsEmails: 'operationsEmails',
  /** The account's SNS quota of filter policies per topic, when raised above the default 200. */
  filterPoliciesPerTopic: 'filterPoliciesPerTopic',
} as const;

export const DEFAULT_STAGE = 'dev';
export const DEFAULT_CONFIG = 'config/hai-duong.json';

function contextString(app: App, key: string, fallback: string): string {
  const value: unknown = app.node.tryGetContext(key);
  if (value === undefined || value === null || value === '') return fallback;
  if (typeof value !== 'string') throw new ConfigError(`context "${key}" must be a string`);
  return value;
}

/** A positive whole number from the context (`-c key=250` arrives as a string). */
function contextCount(app: App, key: string, fallback: number): number {
  const value: unknown = app.node.tryGetContext(key);
  if (value === undefined || value === null || value === '') return fallback;
  const count = typeof value === 'number' ? value : Number(value);
  if (!Number.isInteger(count) || count < 1) throw new ConfigError(`context "${key}" must be a positive whole number, not ${JSON.stringify(value)}`);
  return count;
}

/**
 * Builds the stack of the stage and config named in the app's context, after
 * validating the config exactly as the parser will (and the SNS limits on the office
 * filter policies), and registers the cdk-nag rule packs. Throws {@link ConfigError}
 * when the context or the config is invalid.
 */
export function buildApp(app: App): ConferenceReportsStack {
  const stage = stageSettings(contextString(app, CONTEXT.stage, DEFAULT_STAGE));
  const configPath = path.resolve(contextString(app, CONTEXT.config, DEFAULT_CONFIG));
  const provinceConfig = loadProvinceConfig(configPath);
  const subscriptions = subscriptionPlan(provinceConfig);
  const filterPoliciesPerTopic = contextCount(app, CONTEXT.filterPoliciesPerTopic, DEFAULT_FILTER_POLICIES_PER_TOPIC);
  // Before any construct exists: what CloudFormation or SNS would refuse fails here, by office.
  assertSubscriptionLayout(subscriptions, filterPoliciesPerTopic);
  const operationsEmails = contextString(app, CONTEXT.operationsEmails, '')
    .split(',')
    .map((email) => email.trim())
    .filter((email) => email.length > 0);
  // Endpoints shared by two offices, credentials in URLs, malformed operations addresses.
  assertDeployable(provinceConfig, { operationsEmails });

  const stack = new ConferenceReportsStack(app, `ConferenceReports-${stage.name}`, {
    description: `Conference reports pipeline (${stage.name}, ${provinceConfig.province.name})`,
    stage,
    provinceConfig,
    subscriptions,
    operationsEmails,
    filterPoliciesPerTopic,
    tags: { project: 'conference-reports', stage: stage.name, province: provinceConfig.province.id },
  });
  Validations.of(app).addPlugins(new AwsSolutionsChecks(app), new ServerlessChecks(app));
  return stack;
}
