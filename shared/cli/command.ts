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

/** One flag of a command, declared once: parsed from it and shown in the help from it. */
export interface OptionSpec {
  readonly type: 'string' | 'boolean';
  /** A one-letter alias: `-x`. */
  readonly short?: string;
  /** The value's placeholder in the help (`--limit N`); string flags only. */
  readonly value?: string;
  /** What it does; line breaks are kept, each line aligned under the first. */
  readonly description: string;
  /** Applied when the flag is absent, and shown in the help. */
  readonly default?: string | boolean;
  /** The heading it is listed under (default "Options"). */
  readonly group?: string;
  /** May be given several times; the values come as a list. */
  readonly multiple?: boolean;
}

export type OptionSpecs = Readonly<Record<string, OptionSpec>>;

/** The parsed flags of a declaration: a string or boolean per flag, undefined when absent. */
export type FlagValues<O extends OptionSpecs> = {
  -readonly [K in keyof O]: O[K]['type'] extends 'boolean'
    ? boolean | undefined
    : O[K] extends { readonly multiple: true }
      ? string[] | undefined
      : string | undefined;
};

export interface CommandDefinition<O extends OptionSpecs> {
  readonly name: string;
  readonly summary: string;
  /** The usage line(s), without the "usage: " prefix: `reports list [filters] [--json]`. */
  readonly usage: string | readonly string[];
  /** What the command does, as paragraphs. */
  readonly description: string;
  readonly options: O;
  /** Further help text after the options (formats, notes), each a titled block or free text. */
  readonly sections?: readonly string[];
  /** The exit codes line; every command has 0 (done), 1 (failed) and 2 (wrong usage). */
  readonly exitCodes?: string;
  readonly examples: readonly string[];
  /** Whether the command takes positional arguments (default true: it checks them itself). */
  readonly positionals?: boolean;
  run(values: FlagValues<O>, positionals: string[]): Promise<number>;
}

const HELP_OPTION: OptionSpec = { type: 'boolean', short: 'h', description: 'show this help' };
const DEFAULT_GROUP = 'Options';
const EXIT_CODES = 'Exit codes: 0 done, 1 the command failed (the message says why), 2 wrong usage.';

function optionLabel(name: string, spec: OptionSpec): string {
  const flag = spec.short ? `-${spec.short}, --${name}` : `--${name}`;
  return spec.type === 'string' ? `${flag} ${spec.value ?? 'VALUE'}` : flag;
}

/**
 * The option list: grouped under their headings, aligned; `withHelp` adds -h, --help to
 * the "Options" group (a command's help has it, a shared block of options does not).
 */
export function renderOptions(options: OptionSpecs, withHelp = true): string {
  const entries: [string, OptionSpec][] = [...Object.entries(options)];
  const groups = new Map<string, [string, OptionSpec][]>();
  for (const entry of entries) {
    const group = entry[1].group ?? DEFAULT_GROUP;
    groups.set(group, [...(groups.get(group) ?? []), entry]);
  }
  if (withHelp) groups.set(DEFAULT_GROUP, [...(groups.get(DEFAULT_GROUP) ?? []), ['help', HELP_OPTION]]);
  const labels = [...groups.values()].flat().map(([name, spec]) => optionLabel(name, spec));
  const width = Math.max(17, ...labels.map((label) => label.length)) + 2;
  const blocks = [...groups].map(([title, list]) => {
    const lines = list.flatMap(([name, spec]) => {
      const shownDefault = spec.default === undefined || spec.type === 'boolean' ? '' : ` (default ${String(spec.default)})`;
      const [head = '', ...rest] = `${spec.description}${shownDefault}`.split('\n');
      return [`  ${optionLabel(name, spec).padEnd(width)}${head}`, ...rest.map((line) => `  ${' '.repeat(width)}${line}`)];
    });
    return [`${title}:`, ...lines].join('\n');
  });
  return blocks.join('\n\n');
}

/** The whole help text of a declared command. */
export function renderHelp<O extends OptionSpecs>(definition: CommandDefinition<O>): string {
  const usage = (typeof definition.usage === 'string' ? [definition.usage] : definition.usage).map((line, index) =>
    index === 0 ? `usage: ${line}` : `       ${line}`,
  );
  const examples = definition.examples.length === 1 ? ['Example:'] : ['Examples:'];
  return [
    usage.join('\n'),
    definition.description.trim(),
    renderOptions(definition.options),
    ...(definition.sections ?? []).map((section) => section.trim()),
    definition.exitCodes ?? EXIT_CODES,
    [...examples, ...definition.examples.map((example) => `  ${example}`)].join('\n'),
  ].join('\n\n');
}

/**
 * A command from one declaration: its help is rendered from it and its flags parsed from
 * it (strictly, with the did-you-mean errors of {@link parseFlags}).
 */
export function defineCommand<O extends OptionSpecs>(definition: CommandDefinition<O>): Command {
  const parseOptions: Options = {};
  for (const [name, spec] of Object.entries(definition.options)) {
    parseOptions[name] = {
      type: spec.type,
      ...(spec.short ? { short: spec.short } : {}),
      ...(spec.multiple ? { multiple: true } : {}),
      ...(spec.default !== undefined ? { default: spec.default } : {}),
    } as Options[string];
  }
  const help = renderHelp(definition);
  return {
    name: definition.name,
    summary: definition.summary,
    help,
    run: async (argv) => {
      const { values, positionals } = parseFlags(argv, parseOptions, definition.positionals ?? true);
      const declared: Record<string, unknown> = {};
      for (const name of Object.keys(definition.options)) declared[name] = (values as Record<string, unknown>)[name];
      return definition.run(declared as FlagValues<O>, positionals);
    },
  };
}
