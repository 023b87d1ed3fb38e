import * as path from 'node:path';
import { App } from 'aws-cdk-lib';
import { Template } from 'aws-cdk-lib/assertions';
import { buildApp } from '../../infra/build-app';
import { cdkJsonContext } from '../../infra/synth-template';
import type { ConferenceReportsStack } from '../../infra/stack';
import type { StageName } from '../../infra/stage';

export const REPO_ROOT = path.resolve(__dirname, '..', '..');
export const DEFAULT_CONFIG_FILE = path.join(REPO_ROOT, 'config', 'hai-duong.json');

/** The feature flags and defaults of cdk.json, so tests synthesize what `cdk synth` does. */
export const CDK_JSON_CONTEXT = cdkJsonContext(REPO_ROOT);

export interface Synthesized {
  readonly app: App;
  readonly stack: ConferenceReportsStack;
  readonly template: Template;
}

/**
 * Builds the app as `cdk synth` would, without bundling the parser (tests that are not
 * about bundling stay fast and independent of the function code).
 */
export function buildTestApp(options: {
  readonly stage?: StageName;
  readonly config?: string;
  readonly context?: Record<string, unknown>;
  readonly bundle?: boolean;
} = {}): { readonly app: App; readonly stack: ConferenceReportsStack } {
  const app = new App({
    context: {
      ...CDK_JSON_CONTEXT,
      stage: options.stage ?? 'dev',
      config: options.config ?? DEFAULT_CONFIG_FILE,
      ...(options.bundle ? {} : { 'aws:cdk:bundling-stacks': [] }),
      ...options.context,
    },
  });
  const stack = buildApp(app);
  return { app, stack };
}

const cache = new Map<StageName, Synthesized>();

/** The synthesized default stack of a stage, built once per test file. */
export function synthesized(stage: StageName): Synthesized {
  const cached = cache.get(stage);
  if (cached) return cached;
  const { app, stack } = buildTestApp({ stage });
  const result = { app, stack, template: Template.fromStack(stack) };
  cache.set(stage, result);
  return result;
}
