import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { App, type CfnElement, NestedStack, Stack } from 'aws-cdk-lib';
import type { IConstruct } from 'constructs';
import { REPO_ROOT } from '../shared/paths';
import { buildApp } from './build-app';
import type { StageName } from './stage';

/** Repository root: cdk.json is read from here. */
const ROOT = REPO_ROOT;

/** The feature flags and defaults of cdk.json, so an in-process synth equals `cdk synth`. */
export function cdkJsonContext(root: string = ROOT): Record<string, unknown> {
  return (JSON.parse(readFileSync(path.join(root, 'cdk.json'), 'utf8')) as { context: Record<string, unknown> }).context;
}

/** A CloudFormation template as synthesized (only the parts the local run reads are typed). */
export interface CfnTemplate {
  readonly Resources?: Record<string, CfnResource>;
  readonly Outputs?: Record<string, { readonly Value: unknown }>;
  readonly Parameters?: Record<string, unknown>;
}

export interface CfnResource {
  readonly Type: string;
  readonly Properties?: Record<string, unknown>;
}

/** A stack's template with the templates of its nested stacks, by the logical id of their AWS::CloudFormation::Stack. */
export interface StackTemplates {
  readonly template: CfnTemplate;
  readonly nested: Readonly<Record<string, StackTemplates>>;
}

export interface SynthesizeOptions {
  /** Config file of the province (absolute, or relative to the working directory). */
  readonly configPath: string;
  /** @default 'dev' */
  readonly stage?: StageName;
  /** Extra app context (tests). */
  readonly context?: Record<string, unknown>;
}

/**
 * Synthesizes the stack of a config in this process, exactly as `cdk synth` would but
 * without bundling the parser (context `aws:cdk:bundling-stacks: []`): the template is
 * what the local run provisions from, and bundling would only cost time.
 */
export function synthesizeStackTemplates(options: SynthesizeOptions): StackTemplates {
  const outdir = mkdtempSync(path.join(tmpdir(), 'reports-synth-'));
  try {
    const app = new App({
      outdir,
      context: {
        ...cdkJsonContext(),
        stage: options.stage ?? 'dev',
        config: path.resolve(options.configPath),
        'aws:cdk:bundling-stacks': [],
        ...options.context,
      },
    });
    const stack = buildApp(app);
    const assembly = app.synth();
    const readTemplates = (scope: Stack, template: CfnTemplate): StackTemplates => {
      const nested: Record<string, StackTemplates> = {};
      for (const child of nestedStacksOf(scope)) {
        const resource = child.nestedStackResource;
        if (!resource) continue;
        const logicalId = scope.resolve((resource as CfnElement).logicalId) as string;
        const file = path.join(assembly.directory, child.templateFile);
        nested[logicalId] = readTemplates(child, JSON.parse(readFileSync(file, 'utf8')) as CfnTemplate);
      }
      return { template, nested };
    };
    return readTemplates(stack, assembly.getStackArtifact(stack.artifactId).template as CfnTemplate);
  } finally {
    rmSync(outdir, { recursive: true, force: true });
  }
}

/** The nested stacks whose parent is `scope` (not those nested deeper). */
function nestedStacksOf(scope: Stack): NestedStack[] {
  return scope.node
    .findAll()
    .filter((construct: IConstruct): construct is NestedStack => NestedStack.isNestedStack(construct))
    .filter((nested) => nested !== scope && Stack.of(nested.node.scope as IConstruct) === scope);
}
