import { spawn } from 'node:child_process';
import { join } from 'node:path';
import { ROOT } from './pipeline-process';

export interface CliResult {
  readonly code: number;
  readonly stdout: string;
  readonly stderr: string;
}

/** The environment of a `reports` run: the caller's, with the state file it names (or none). */
export function cliEnvironment(stateFile: string | null): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = { ...process.env };
  delete env.REPORTS_STATE_FILE;
  if (stateFile) env.REPORTS_STATE_FILE = stateFile;
  return env;
}

/**
 * Runs `reports ...` to its end as a user would, against the local run named by `stateFile`.
 * A run that outlives `timeoutMs` is killed and fails the test with everything it printed.
 */
export function runCli(args: readonly string[], stateFile: string | null, timeoutMs = 120_000): Promise<CliResult> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [join(ROOT, 'bin/reports.cjs'), ...args], { cwd: ROOT, env: cliEnvironment(stateFile), stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    const timer = setTimeout(() => {
      child.kill('SIGKILL');
      reject(new Error(`reports ${args.join(' ')} did not finish in ${timeoutMs} ms\n${stdout}\n${stderr}`));
    }, timeoutMs);
    child.on('error', reject);
    child.on('close', (code) => {
      clearTimeout(timer);
      resolve({ code: code ?? -1, stdout, stderr });
    });
  });
}

/** The run's standard output as JSON; a run that printed something else fails with its output. */
export function cliJson<T>(result: CliResult): T {
  try {
    return JSON.parse(result.stdout) as T;
  } catch {
    throw new Error(`not JSON (exit ${result.code}):\n${result.stdout}\n${result.stderr}`);
  }
}
