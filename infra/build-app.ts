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
  /** Parser memory in MB (128-10240); the decode limits follow it. Default 1024. */
  parserMemoryMb: 'parserMemoryMb',
  /** Parser timeout in seconds (10-900); the ingest visibility timeout follows it. Default 30. */
  parserTimeoutSeconds: 'parserTimeoutSeconds',
  /** Link the notices end with, `https://...{reportId}...`. Default: the portal's report page. */
  recordLinkTemplate: 'recordLinkTemplate',
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

/** Lambda's own bounds on memory and on a timeout that SQS event sources allow. */
const PARSER_MEMORY_MB = { min: 128, max: 10_240 } as const;
const PARSER_TIMEOUT_SECONDS = { min: 10, max: 900 } as const;

/** The deployer's parser settings from the context, every problem reported at once. */
export function parserSettingsOf(app: App): { memoryMb?: number; timeoutSeconds?: number; recordLinkTemplate?: string } {
  const problems: string[] = [];
  const bounded = (key: string, bounds: { min: number; max: number }): number | undefined => {
    const value: unknown = app.node.tryGetContext(key);
    if (value === undefined || value === null || value === '') return undefined;
    const number = typeof value === 'number' ? value : Number(value);
    if (!Number.isInteger(number) || number < bounds.min || number > bounds.max) {
      problems.push(`context "${key}" must be a whole number from ${bounds.min} to ${bounds.max}, not ${JSON.stringify(value)}`);
      return undefined;
    }
    return number;
  };
  const memoryMb = bounded(CONTEXT.parserMemoryMb, PARSER_MEMORY_MB);
  const timeoutSeconds = bounded(CONTEXT.parserTimeoutSeconds, PARSER_TIMEOUT_SECONDS);
  const link = app.node.tryGetContext(CONTEXT.recordLinkTemplate) as unknown;
  let recordLinkTemplate: string | undefined;
  if (link !== undefined && link !== null && link !== '') {
    if (typeof link !== 'string' || !/^https:\/\/[^\s]+$/.test(link) || !link.includes('{reportId}')) {
      problems.push(`context "${CONTEXT.recordLinkTemplate}" must be an https:// URL containing {reportId}, not ${JSON.stringify(link)}`);
    } else {
      recordLinkTemplate = link;
    }
  }
  if (problems.length) throw new ConfigError('invalid parser settings', problems);
  return {
    ...(memoryMb !== undefined ? { memoryMb } : {}),
    ...(timeoutSeconds !== undefined ? { timeoutSeconds } : {}),
    ...(recordLinkTemplate !== undefined ? { recordLinkTemplate } : {}),
  };
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
  const parser = parserSettingsOf(app);

  const stack = new ConferenceReportsStack(app, `ConferenceReports-${stage.name}`, {
    description: `Conference reports pipeline (${stage.name}, ${provinceConfig.province.name})`,
    stage,
    provinceConfig,
    subscriptions,
    operationsEmails,
    filterPoliciesPerTopic,
    parser,
    tags: { project: 'conference-reports', stage: stage.name, province: provinceConfig.province.id },
  });
  Validations.of(app).addPlugins(new AwsSolutionsChecks(app), new ServerlessChecks(app));
  return stack;
}
