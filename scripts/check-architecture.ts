/**
 * Checks the layering of the code base from its import statements (type-only imports
 * included, since they tie modules together just as much):
 *
 * - shared/domain is pure: it imports neither adapters, app, local, cli, functions nor
 *   infra, nor the AWS SDK, Powertools or node modules with side effects on the world;
 * - shared/app (use cases) imports no adapters, local, cli, functions or infra, and no AWS SDK;
 * - shared/adapters import no app wiring, local, cli, functions or infra;
 * - functions/ import no local, cli or infra;
 * - there is no import cycle anywhere.
 *
 *   node bin/run-ts.cjs scripts/check-architecture.ts [ROOT]   # exit 1 and a list on violations
 */
import { runScript, scriptInvocation } from './script-command';
import { UsageError } from '../shared/errors';
import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';

export interface ArchitectureProblem {
  readonly kind: 'layer' | 'cycle';
  readonly message: string;
}

const SOURCE_DIRS = ['shared', 'functions', 'infra', 'bench', 'scripts'];

interface LayerRule {
  readonly layer: string;
  readonly forbiddenDirs: readonly string[];
  readonly forbiddenPackages: RegExp | null;
}

const LAYER_RULES: readonly LayerRule[] = [
  {
    layer: 'shared/domain',
    forbiddenDirs: ['shared/adapters', 'shared/app', 'shared/local', 'shared/cli', 'functions', 'infra'],
    forbiddenPackages: /^(@aws-sdk\/|@aws-lambda-powertools\/|aws-cdk-lib|node:(child_process|net|http|https|dgram|cluster))/,
  },
  {
    layer: 'shared/app',
    forbiddenDirs: ['shared/adapters', 'shared/local', 'shared/cli', 'functions', 'infra'],
    forbiddenPackages: /^(@aws-sdk\/|aws-cdk-lib)/,
  },
  { layer: 'shared/adapters', forbiddenDirs: ['shared/local', 'shared/cli', 'functions', 'infra'], forbiddenPackages: /^aws-cdk-lib/ },
  { layer: 'functions', forbiddenDirs: ['shared/local', 'shared/cli', 'infra'], forbiddenPackages: /^aws-cdk-lib/ },
];

// `import x from '...'`, `import type {...} from '...'`, `export ... from '...'`,
// `import('...')` and `require('...')`, each on one or more lines.
const IMPORT_PATTERN = /(?:^|[\s;])(?:import|export)\s[^'";]*?from\s*['"]([^'"]+)['"]|(?:^|[\s;])import\s*['"]([^'"]+)['"]|\b(?:import|require)\(\s*['"]([^'"]+)['"]\s*\)/g;

function sourceFiles(root: string): string[] {
  const files: string[] = [];
  const walk = (dir: string): void => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      if (entry.name === 'node_modules' || entry.name.startsWith('.')) continue;
      const full = path.join(dir, entry.name);
      if (entry.isDirectory()) walk(full);
      else if (entry.name.endsWith('.ts') && !entry.name.endsWith('.d.ts')) files.push(full);
    }
  };
  for (const dir of SOURCE_DIRS) if (existsSync(path.join(root, dir))) walk(path.join(root, dir));
  return files.sort();
}

/** What a file imports: resolved repository files and bare package names. */
export function importsOf(file: string, text: string): { files: string[]; packages: string[] } {
  const files: string[] = [];
  const packages: string[] = [];
  const withoutComments = text.replace(/\/\*[\s\S]*?\*\//g, '').replace(/(^|[^:'"`])\/\/.*$/gm, '$1');
  for (const match of withoutComments.matchAll(IMPORT_PATTERN)) {
    const specifier = match[1] ?? match[2] ?? match[3];
    if (!specifier) continue;
    if (!specifier.startsWith('.')) {
      packages.push(specifier);
      continue;
    }
    const base = path.resolve(path.dirname(file), specifier);
    const resolved = [`${base}.ts`, path.join(base, 'index.ts'), base].find((candidate) => existsSync(candidate) && statSync(candidate).isFile());
    if (resolved && resolved.endsWith('.ts')) files.push(resolved);
  }
  return { files, packages };
}

function within(root: string, file: string, dir: string): boolean {
  const relative = path.relative(path.join(root, dir), file);
  return !relative.startsWith('..') && !path.isAbsolute(relative);
}

/** Every layering violation and every import cycle under `root`. */
export function checkArchitecture(root: string): ArchitectureProblem[] {
  const problems: ArchitectureProblem[] = [];
  const graph = new Map<string, string[]>();
  const name = (file: string): string => path.relative(root, file);
  for (const file of sourceFiles(root)) {
    const { files, packages } = importsOf(file, readFileSync(file, 'utf8'));
    graph.set(file, files);
    for (const rule of LAYER_RULES) {
      if (!within(root, file, rule.layer)) continue;
      for (const target of files) {
        const dir = rule.forbiddenDirs.find((forbidden) => within(root, target, forbidden));
        if (dir) problems.push({ kind: 'layer', message: `${name(file)} imports ${name(target)}: ${rule.layer} must not depend on ${dir}` });
      }
      for (const pkg of packages) {
        if (rule.forbiddenPackages?.test(pkg)) problems.push({ kind: 'layer', message: `${name(file)} imports ${pkg}: ${rule.layer} must not depend on it` });
      }
    }
  }
  // Cycles: depth-first search, each cycle reported once by its smallest rotation.
  const state = new Map<string, 'open' | 'done'>();
  const stack: string[] = [];
  const seen = new Set<string>();
  const visit = (file: string): void => {
    state.set(file, 'open');
    stack.push(file);
    for (const next of graph.get(file) ?? []) {
      if (state.get(next) === 'open') {
        const cycle = stack.slice(stack.indexOf(next)).map(name);
        const start = cycle.indexOf([...cycle].sort()[0]!);
        const key = [...cycle.slice(start), ...cycle.slice(0, start)].join(' -> ');
        if (!seen.has(key)) {
          seen.add(key);
          problems.push({ kind: 'cycle', message: `import cycle: ${key} -> ${cycle[start]}` });
        }
      } else if (!state.has(next)) {
        visit(next);
      }
    }
    stack.pop();
    state.set(file, 'done');
  };
  for (const file of graph.keys()) if (!state.has(file)) visit(file);
  return problems;
}

if (process.argv[1] && path.resolve(process.argv[1]) === path.resolve(__filename)) {
  runScript(__filename, {
    usage: `${scriptInvocation(__filename)} [ROOT]`,
    description: 'Checks the layering of the code base under ROOT (default: this repository) from its import statements; lists every violation and cycle and exits 1 when there is one.',
    options: {},
    examples: [scriptInvocation(__filename)],
    run: async (_values, positionals) => {
      if (positionals.length > 1) throw new UsageError('give at most one ROOT directory');
      const root = path.resolve(positionals[0] ?? path.join(__dirname, '..'));
      if (!existsSync(root)) throw new UsageError(`no such directory: ${root}`);
      const problems = checkArchitecture(root);
      if (problems.length === 0) {
        console.log('architecture: layers and imports are clean (no cycle)');
        return 0;
      }
      for (const problem of problems) console.error(`architecture: ${problem.message}`);
      console.error(`architecture: ${problems.length} problem(s)`);
      return 1;
    },
  });
}
