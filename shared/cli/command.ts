import { parseArgs, type ParseArgsConfig } from 'node:util';
import { UsageError } from '../errors';
import { didYouMean } from '../domain/suggest';

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
 * that names the flag (and the flag probably meant), rather than being ignored.
 */
export function parseFlags<O extends Options>(argv: string[], options: O, allowPositionals = true) {
  try {
    return parseArgs({ args: argv, options: { ...options, help: { type: 'boolean', short: 'h' } }, allowPositionals, strict: true });
  } catch (error) {
    throw new UsageError(flagProblem(error, Object.keys(options)));
  }
}

/** A parse error of node:util's parseArgs, said in the product's words. */
function flagProblem(error: unknown, known: readonly string[]): string {
  const code = (error as NodeJS.ErrnoException).code;
  const message = error instanceof Error ? error.message : String(error);
  const option = /Option '(-[-\w]+)|option '(-[-\w]+)|'(-[-\w]+)'/.exec(message);
  const flag = option?.[1] ?? option?.[2] ?? option?.[3] ?? '';
  const flags = known.map((name) => `--${name}`);
  switch (code) {
    case 'ERR_PARSE_ARGS_UNKNOWN_OPTION':
      return `unknown option ${flag}${didYouMean(flag, flags, (word) => word)}`;
    case 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE':
      if (/ambiguous/.test(message)) return `${flag} needs a value, but the next argument is an option (write ${flag}=VALUE for a value that starts with "-")`;
      if (/missing/.test(message)) return `${flag} needs a value`;
      return `${flag} does not take a value`;
    case 'ERR_PARSE_ARGS_UNEXPECTED_POSITIONAL': {
      const argument = /argument '([^']*)'/.exec(message)?.[1];
      return `unexpected argument${argument === undefined ? '' : ` "${argument}"`}: this command takes options only`;
    }
    default:
      return message.replace(/^TypeError \[[A-Z_]+\]: /, '');
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
