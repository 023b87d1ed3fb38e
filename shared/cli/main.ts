import { readFileSync } from 'node:fs';
import { ReportsError, UsageError, describeError } from '../errors';
import { repoPath } from '../paths';
import type { Command, CommandEntry } from './command';
import { commands } from './commands';
import { didYouMean } from '../domain/suggest';

function overview(): string {
  const width = Math.max(...commands.map((command) => command.name.length));
  const lines = commands.map((command) => `  ${command.name.padEnd(width)}  ${command.summary}`);
  return [
    'usage: reports COMMAND [OPTIONS]',
    '',
    'Conference reports: parse, upload, query and watch the report pipeline.',
    '',
    'Commands:',
    ...lines,
    '',
    'Run `reports COMMAND --help` (or `reports help COMMAND`) for the options of one command;',
    '`reports --version` prints the version.',
  ].join('\n');
}

function version(): string {
  try {
    const manifest = JSON.parse(readFileSync(repoPath('package.json'), 'utf8')) as { name?: string; version?: string };
    return `${manifest.name ?? 'reports'} ${manifest.version ?? 'unknown'}`;
  } catch {
    return 'reports (version unknown)';
  }
}

function findCommand(name: string): CommandEntry | undefined {
  return commands.find((candidate) => candidate.name === name);
}

function unknownCommand(name: string): string {
  return `reports: unknown command "${name}"${didYouMean(name, commands.map((command) => command.name))}\nRun \`reports --help\` for the list of commands.`;
}

/** The usage line(s) of a command's help: what to show beside a usage error instead of the whole help. */
export function usageLines(command: Command): string {
  const lines = command.help.split('\n');
  const end = lines.findIndex((line) => line.trim() === '');
  return (end < 0 ? lines : lines.slice(0, end)).join('\n');
}

/** Entry point of the `reports` command; resolves to the exit code. */
export async function main(argv: string[]): Promise<number> {
  const [name, ...rest] = argv;
  if (name === '--version' || name === '-V' || name === 'version') {
    console.log(version());
    return 0;
  }
  if (name === 'help' && rest[0] !== undefined) {
    const entry = findCommand(rest[0]);
    if (!entry) {
      console.error(unknownCommand(rest[0]));
      return 2;
    }
    console.log(entry.load().help);
    return 0;
  }
  if (name === undefined || name === '--help' || name === '-h' || name === 'help') {
    console.log(overview());
    return name === undefined ? 2 : 0;
  }
  const entry = findCommand(name);
  if (!entry) {
    console.error(unknownCommand(name));
    return 2;
  }
  const command = entry.load();
  return runCommand(command, rest, `reports ${command.name}`);
}

/**
 * Runs one command as the user typed it: `--help` shows its help, a usage error its usage
 * lines (exit 2), a product error its message (exit 1). `label` prefixes every message;
 * `invocation` is what the hint tells the user to type (`reports score`, a script's command).
 */
export async function runCommand(command: Command, argv: string[], label: string, invocation = label): Promise<number> {
  if (argv.includes('--help') || argv.includes('-h')) {
    console.log(command.help);
    return 0;
  }
  try {
    return await command.run(argv);
  } catch (error) {
    if (error instanceof UsageError) {
      console.error(`${label}: ${error.message}\n\n${usageLines(command)}\nRun \`${invocation} --help\` for every option.`);
      return 2;
    }
    if (error instanceof ReportsError) {
      console.error(`${label}: ${error.message}`);
      return 1;
    }
    console.error(`${label}: unexpected error: ${describeError(error)}`);
    if (process.env.REPORTS_DEBUG) console.error(error);
    return 1;
  }
}
