/**
 * The command line of the project's scripts, declared the way `reports` commands are: one
 * declaration gives the help (`--help`), strict flag parsing with a clear error for a wrong
 * flag or argument (exit 2), and the exit code of the run.
 */
import { existsSync, statSync } from 'node:fs';
import path from 'node:path';
import { defineCommand, type CommandDefinition, type OptionSpecs } from '../shared/cli/command';
import { runCommand } from '../shared/cli/main';
import { UsageError } from '../shared/errors';

export type ScriptDefinition<O extends OptionSpecs> = Omit<CommandDefinition<O>, 'name' | 'summary'>;

/** How a script is invoked, for its usage lines and messages. */
export function scriptInvocation(file: string): string {
  return `node bin/run-ts.cjs scripts/${path.basename(file)}`;
}

/** Runs the script declared by `definition` on the process arguments and sets the exit code. */
export function runScript<O extends OptionSpecs>(file: string, definition: ScriptDefinition<O>): void {
  const label = `scripts/${path.basename(file)}`;
  const command = defineCommand({ ...definition, name: label, summary: '' });
  void runCommand(command, process.argv.slice(2), label, scriptInvocation(file)).then((code) => {
    process.exitCode = code;
  });
}

/** The directories named on the command line: at least one, each existing. */
export function directoryArguments(positionals: readonly string[], what = 'directory of labelled reports'): string[] {
  if (positionals.length === 0) throw new UsageError(`give at least one ${what}`);
  for (const dir of positionals) {
    if (!existsSync(dir) || !statSync(dir).isDirectory()) throw new UsageError(`no such directory: ${dir}`);
  }
  return [...positionals];
}

/** A whole-number flag at least `min`, or `fallback` when absent. */
export function integerFlag(value: string | undefined, flag: string, fallback: number, min = 0): number {
  if (value === undefined) return fallback;
  const number = Number(value);
  if (!/^\d+$/.test(value) || !Number.isSafeInteger(number) || number < min) throw new UsageError(`${flag} must be a whole number >= ${min}, got "${value}"`);
  return number;
}
