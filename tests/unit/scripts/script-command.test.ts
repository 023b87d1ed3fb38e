import { spawnSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { directoryArguments, integerFlag } from '../../../scripts/script-command';
import { UsageError } from '../../../shared/errors';

const root = path.resolve(__dirname, '../../..');

/** The scripts that are commands (run on their own), not modules other scripts import. */
const commandScripts = readdirSync(path.join(root, 'scripts'))
  .filter((name) => name.endsWith('.ts') && readFileSync(path.join(root, 'scripts', name), 'utf8').includes('runScript(__filename'))
  .sort();

function runScriptFile(name: string, args: string[]) {
  return spawnSync(process.execPath, [path.join(root, 'bin/run-ts.cjs'), path.join('scripts', name), ...args], { cwd: root, encoding: 'utf8' });
}

describe('script command line', () => {
  it('declares every runnable script through runScript', () => {
    expect(commandScripts).toEqual(expect.arrayContaining(['fuzz.ts', 'generate-attack-corpus.ts', 'generate-places.ts', 'calibrate-confidence.ts']));
  });

  it.each(commandScripts)('%s prints its help and exits 0 on --help, exits 2 naming an unknown option', (name) => {
    const help = runScriptFile(name, ['--help']);
    expect(help.status).toBe(0);
    expect(help.stdout).toContain(`usage: node bin/run-ts.cjs scripts/${name}`);
    expect(help.stdout).toContain('-h, --help');
    const wrong = runScriptFile(name, ['--no-such-flag']);
    expect(wrong.status).toBe(2);
    expect(wrong.stderr).toContain('unknown option --no-such-flag');
    expect(wrong.stderr).toContain(`Run \`node bin/run-ts.cjs scripts/${name} --help\``);
  });

  it('refuses a missing directory and a malformed number with a usage error', () => {
    expect(() => directoryArguments([])).toThrow(UsageError);
    expect(() => directoryArguments([path.join(root, 'no-such-dir')])).toThrow(/no such directory/);
    expect(directoryArguments([path.join(root, 'scripts')])).toEqual([path.join(root, 'scripts')]);
    expect(integerFlag(undefined, '--runs', 7)).toBe(7);
    expect(integerFlag('12', '--runs', 7)).toBe(12);
    expect(() => integerFlag('1e3', '--runs', 7)).toThrow(/--runs must be a whole number/);
    expect(() => integerFlag('0', '--runs', 7, 1)).toThrow(/>= 1/);
  });
});
