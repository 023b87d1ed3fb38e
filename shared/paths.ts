import { existsSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';

/**
 * The repository root, found by walking up from this module to the directory holding
 * cdk.json: the same answer whether the code runs from its sources or from the CLI
 * bundle in dist/. Falls back to the working directory (e.g. inside a Lambda bundle,
 * where nothing reads repository files).
 */
function findRoot(): string {
  let dir = __dirname;
  for (let depth = 0; depth < 6; depth++) {
    if (existsSync(join(dir, 'cdk.json')) && existsSync(join(dir, 'package.json'))) return dir;
    const parent = dirname(dir);
    if (parent === dir) break;
    dir = parent;
  }
  return process.cwd();
}

export const REPO_ROOT = findRoot();

/** A path inside the repository. */
export function repoPath(...parts: string[]): string {
  return resolve(REPO_ROOT, ...parts);
}

/**
 * Default endpoints file of the local run: `reports local` writes it, the other commands
 * read it. Kept here so neither side loads the other's dependencies to know it.
 */
export const DEFAULT_STATE_FILE = repoPath('.local', 'endpoint.json');

/** Environment variable naming another endpoints file (tests, several local runs). */
export const STATE_FILE_ENV = 'REPORTS_STATE_FILE';

/** The endpoints file: the flag, else the environment variable, else the default. */
export function stateFilePath(flag: string | undefined, env: NodeJS.ProcessEnv = process.env): string {
  return resolve(flag ?? env[STATE_FILE_ENV] ?? DEFAULT_STATE_FILE);
}
