import { ReportsError, UsageError, describeError } from '../errors';
import type { CommandEntry } from './command';
import { commands } from './commands';

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
    'Run `reports COMMAND --help` for the options of one command.',
  ].join('\n');
}

/** Entry point of the `reports` command; resolves to the exit code. */
export async function main(argv: string[]): Promise<number> {
  const [name, ...rest] = argv;
  if (name === undefined || name === '--help' || name === '-h' || name === 'help') {
    console.log(overview());
    return name === undefined ? 2 : 0;
  }
  const entry: CommandEntry | undefined = commands.find((candidate) => candidate.name === name);
  if (!entry) {
    console.error(`reports: unknown command "${name}"\n\n${overview()}`);
    return 2;
  }
  const command = entry.load();
  if (rest.includes('--help') || rest.includes('-h')) {
    console.log(command.help);
    return 0;
  }
  try {
    return await command.run(rest);
  } catch (error) {
    if (error instanceof UsageError) {
      console.error(`reports ${command.name}: ${error.message}\n\n${command.help}`);
      return 2;
    }
    if (error instanceof ReportsError) {
      console.error(`reports ${command.name}: ${error.message}`);
      return 1;
    }
    console.error(`reports ${command.name}: unexpected error: ${describeError(error)}`);
    if (process.env.REPORTS_DEBUG) console.error(error);
    return 1;
  }
}
