import { defineCommand, parseFlags, renderOptions, type Command } from '../../../shared/cli/command';
import { commands } from '../../../shared/cli/commands';
import { usageLines } from '../../../shared/cli/main';
import { UsageError } from '../../../shared/errors';

function example(seen: { values?: unknown; positionals?: string[] }): Command {
  return defineCommand({
    name: 'demo',
    summary: 'a demo',
    usage: ['reports demo FILE [--limit N]', '             [--json]'],
    description: 'Does a demo.',
    options: {
      limit: { type: 'string', value: 'N', description: 'at most N\nof them', default: '5' },
      json: { type: 'boolean', short: 'j', description: 'print JSON' },
      stack: { type: 'string', value: 'NAME', description: 'a stack', group: 'Where' },
    },
    examples: ['reports demo a.txt', 'reports demo b.txt --json'],
    async run(values, positionals) {
      seen.values = values;
      seen.positionals = positionals;
      return 0;
    },
  });
}

describe('a command declared once', () => {
  it('renders usage, description, the aligned option groups with --help, exit codes and examples', () => {
    const help = example({}).help;
    expect(help).toBe(
      [
        'usage: reports demo FILE [--limit N]',
        '                    [--json]',
        '',
        'Does a demo.',
        '',
        'Options:',
        '  --limit N          at most N',
        '                     of them (default 5)',
        '  -j, --json         print JSON',
        '  -h, --help         show this help',
        '',
        'Where:',
        '  --stack NAME       a stack',
        '',
        'Exit codes: 0 done, 1 the command failed (the message says why), 2 wrong usage.',
        '',
        'Examples:',
        '  reports demo a.txt',
        '  reports demo b.txt --json',
      ].join('\n'),
    );
    expect(usageLines(example({}))).toBe('usage: reports demo FILE [--limit N]\n                    [--json]');
  });

  it('parses the declared flags, applying defaults and short names', async () => {
    const seen: { values?: unknown; positionals?: string[] } = {};
    await example(seen).run(['a.txt', '-j']);
    expect(seen.values).toEqual({ limit: '5', json: true, stack: undefined });
    expect(seen.positionals).toEqual(['a.txt']);
  });

  it('rejects an unknown flag with a did-you-mean, as parseFlags does', async () => {
    await expect(example({}).run(['--limt', '3'])).rejects.toThrow(new UsageError('unknown option --limt (did you mean --limit?)'));
    expect(() => parseFlags(['--limt'], { limit: { type: 'string' } })).toThrow('unknown option --limt (did you mean --limit?)');
  });

  it('lists a shared block of options without --help', () => {
    expect(renderOptions({ region: { type: 'string', value: 'R', description: 'the region', group: 'Where' } }, false)).toBe('Where:\n  --region R         the region');
  });

  it('gives every registered command a help that starts with its usage and lists --help', () => {
    for (const entry of commands) {
      const { help } = entry.load();
      expect(help.startsWith(`usage: reports ${entry.name}`)).toBe(true);
      expect(help).toContain('  -h, --help');
    }
  });
});
