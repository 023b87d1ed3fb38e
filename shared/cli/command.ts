import { parseArgs, type ParseArgsConfig } from 'node:util';
import { UsageError } from '../errors';

/** One `reports` sub-command. */
export interface Command {
  readonly name: string;
  /** One line for `reports --help`. */
  readonly summary: string;
  /** Full help text shown by `reports NAME --help`. */
  readonly help: string;
  /** Runs the command; resolves to the process exit code. */
  run(argv: string[]): Promise<number>;
}

/** A command as the registry lists it: loaded only when run, so start-up stays light. */
export interface CommandEntry {
  readonly name: string;
  readonly summary: string;
  load(): Command;
}

type Options = NonNullable<ParseArgsConfig['options']>;

/**
 * Parses flags strictly: an unknown flag or a missing value is a {@link UsageError}
 * that names the flag, rather than being ignored.
 */
export function parseFlags<O extends Options>(argv: string[], options: O, allowPositionals = true) {
  try {
    return parseArgs({ args: argv, options: { ...options, help: { type: 'boolean', short: 'h' } }, allowPositionals, strict: true });
  } catch (error) {
    throw new UsageError((error as Error).message.replace(/^TypeError \[[A-Z_]+\]: /, ''));
  }
}

/** Reads a YYYY-MM-DD flag, rejecting impossible dates. */
export function isoDateFlag(value: string | undefined, flag: string): string | undefined {
  if (value === undefined) return undefined;
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  const date = match ? new Date(Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3]))) : null;
  if (!date || date.toISOString().slice(0, 10) !== value) {
    throw new UsageError(`${flag} must be a date YYYY-MM-DD, got "${value}"`);
  }
  return value;
}
