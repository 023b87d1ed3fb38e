import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, readdirSync, renameSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import type { CfnTemplate, StackTemplates } from '../../infra/synth-template';
import { REPO_ROOT } from '../paths';

/**
 * The synthesized CloudFormation template of the stack, which the local run provisions
 * from. Synthesizing takes seconds (aws-cdk-lib and the cdk-nag packs), so the result is
 * cached under `.local/templates/<hash>.json`, keyed by everything the synth reads: the
 * infra sources and the modules they import, cdk.json, the lock file (the aws-cdk-lib
 * version), the config file and the stage. A cached start never loads aws-cdk-lib.
 */

export type { CfnResource, CfnTemplate, StackTemplates } from '../../infra/synth-template';

export interface TemplateSource {
  readonly configPath: string;
  /** @default 'dev' */
  readonly stage?: 'dev' | 'prod';
  /** @default `.local/templates` of the repository */
  readonly cacheDir?: string;
}

export interface LoadedTemplates {
  readonly templates: StackTemplates;
  readonly cacheKey: string;
  /** True when the template came from the cache (no synth). */
  readonly cached: boolean;
  readonly file: string;
}

export const TEMPLATE_CACHE_DIR = join(REPO_ROOT, '.local', 'templates');

const IMPORT_PATTERN = /(?:^|[\s;])(?:import|export)\s[^'";]*?from\s*['"](\.[^'"]+)['"]|\b(?:import|require)\(\s*['"](\.[^'"]+)['"]\s*\)/g;

/** The repository's TypeScript files that `entry` imports, directly or not (itself included). */
function sourceClosure(entry: string): string[] {
  const seen = new Set<string>();
  const pending = [entry];
  while (pending.length > 0) {
    const file = pending.pop() as string;
    if (seen.has(file)) continue;
    seen.add(file);
    const text = readFileSync(file, 'utf8');
    for (const match of text.matchAll(IMPORT_PATTERN)) {
      const base = resolve(dirname(file), match[1] ?? match[2] ?? '');
      const found = [`${base}.ts`, join(base, 'index.ts')].find((candidate) => existsSync(candidate) && statSync(candidate).isFile());
      if (found) pending.push(found);
    }
  }
  return [...seen].sort();
}

/** Every infra source, plus what they import from the rest of the repository. */
function synthInputs(root: string): string[] {
  const infra = join(root, 'infra');
  const entries = readdirSync(infra, { recursive: true, encoding: 'utf8' })
    .filter((name) => name.endsWith('.ts'))
    .map((name) => join(infra, name));
  const files = new Set<string>();
  for (const entry of entries) for (const file of sourceClosure(entry)) files.add(file);
  files.add(join(root, 'cdk.json'));
  files.add(join(root, 'package-lock.json'));
  return [...files].sort();
}

/** The cache key of a config's template: a hash of every input of the synth. */
export function templateCacheKey(source: TemplateSource, root: string = REPO_ROOT): string {
  const hash = createHash('sha256');
  hash.update(`stage=${source.stage ?? 'dev'}\n`);
  for (const file of synthInputs(root)) {
    hash.update(`${relative(root, file)}\n`);
    hash.update(readFileSync(file));
  }
  hash.update('config\n');
  hash.update(readFileSync(resolve(source.configPath)));
  return hash.digest('hex').slice(0, 32);
}

/** The stack's templates for a config: from the cache, else synthesized in this process (and cached). */
export function loadStackTemplates(source: TemplateSource): LoadedTemplates {
  const cacheKey = templateCacheKey(source);
  const file = join(source.cacheDir ?? TEMPLATE_CACHE_DIR, `${cacheKey}.json`);
  if (existsSync(file)) {
    return { templates: JSON.parse(readFileSync(file, 'utf8')) as StackTemplates, cacheKey, cached: true, file };
  }
  // Loaded only on a cache miss: aws-cdk-lib alone takes seconds to load. require, not
  // import(): the TypeScript runners of the scripts and the CLI bundle both resolve it.
  const { synthesizeStackTemplates } = require('../../infra/synth-template') as typeof import('../../infra/synth-template');
  const templates = synthesizeStackTemplates({ configPath: source.configPath, stage: source.stage ?? 'dev' });
  mkdirSync(dirname(file), { recursive: true });
  // Written aside and renamed, so a concurrent start never reads half a file.
  const partial = `${file}.${process.pid}.tmp`;
  writeFileSync(partial, JSON.stringify(templates));
  renameSync(partial, file);
  return { templates, cacheKey, cached: false, file };
}

// ------------------------------------------------------------- one flat view of nested stacks

export interface FlatResource {
  /** Logical id, prefixed with the logical ids of the nested stacks it lives in (`Nested.Id`). */
  readonly id: string;
  readonly type: string;
  /** Properties with `Ref` and `Fn::GetAtt` rewritten to flat ids, across stack boundaries. */
  readonly properties: Record<string, unknown>;
}

export interface FlatTemplate {
  readonly resources: ReadonlyMap<string, FlatResource>;
  /** The root stack's outputs, resolved like the properties. */
  readonly outputs: Readonly<Record<string, unknown>>;
}

type Json = unknown;

/**
 * One view of a stack and its nested stacks (AWS::CloudFormation::Stack), so that a
 * subscription defined in a nested stack and the topic it references in the parent are
 * read the same way as if both were in one template: a nested template's parameters are
 * replaced by the values its parent passes in, and `Fn::GetAtt [Nested, Outputs.X]` by
 * the nested stack's output.
 */
export function flattenTemplates(root: StackTemplates): FlatTemplate {
  const resources = new Map<string, FlatResource>();
  const outputs = flattenStack(root, '', {}, resources);
  return { resources, outputs };
}

function flattenStack(
  stack: StackTemplates,
  prefix: string,
  parameters: Readonly<Record<string, Json>>,
  into: Map<string, FlatResource>,
): Record<string, Json> {
  const template: CfnTemplate = stack.template;
  const local = new Set(Object.keys(template.Resources ?? {}));
  const nestedOutputs = new Map<string, Record<string, Json>>();
  const rewrite = (value: Json): Json => {
    if (Array.isArray(value)) return value.map(rewrite);
    if (typeof value !== 'object' || value === null) return value;
    const entries = Object.entries(value as Record<string, Json>);
    if (entries.length === 1) {
      const [[key, argument]] = entries as [[string, Json]];
      if (key === 'Ref' && typeof argument === 'string') {
        if (argument in parameters) return parameters[argument];
        if (local.has(argument)) return { Ref: `${prefix}${argument}` };
        return value;
      }
      if (key === 'Fn::GetAtt' && Array.isArray(argument) && typeof argument[0] === 'string' && typeof argument[1] === 'string') {
        const [target, attribute] = argument as [string, string];
        const outputsOfNested = nestedOutputs.get(target);
        if (outputsOfNested && attribute.startsWith('Outputs.')) return outputsOfNested[attribute.slice('Outputs.'.length)] ?? value;
        if (local.has(target)) return { 'Fn::GetAtt': [`${prefix}${target}`, attribute] };
        return value;
      }
    }
    return Object.fromEntries(entries.map(([key, inner]) => [key, rewrite(inner)]));
  };
  // Nested stacks first: their outputs may be referenced by this stack's resources.
  for (const [id, resource] of Object.entries(template.Resources ?? {})) {
    const nested = stack.nested[id];
    if (resource.Type !== 'AWS::CloudFormation::Stack' || !nested) continue;
    const passed = (rewrite(resource.Properties?.Parameters ?? {}) ?? {}) as Record<string, Json>;
    nestedOutputs.set(id, flattenStack(nested, `${prefix}${id}.`, passed, into));
  }
  for (const [id, resource] of Object.entries(template.Resources ?? {})) {
    if (resource.Type === 'AWS::CloudFormation::Stack' && stack.nested[id]) continue;
    const flatId = `${prefix}${id}`;
    into.set(flatId, { id: flatId, type: resource.Type, properties: (rewrite(resource.Properties ?? {}) ?? {}) as Record<string, unknown> });
  }
  return Object.fromEntries(Object.entries(template.Outputs ?? {}).map(([name, output]) => [name, rewrite(output.Value)]));
}

/** The flat id a `{Ref}` or `{Fn::GetAtt: [id, ...]}` points to, or null. */
export function referencedId(value: unknown): string | null {
  if (typeof value !== 'object' || value === null) return null;
  const record = value as Record<string, unknown>;
  if (typeof record.Ref === 'string') return record.Ref;
  const getAtt = record['Fn::GetAtt'];
  if (Array.isArray(getAtt) && typeof getAtt[0] === 'string') return getAtt[0];
  return null;
}
