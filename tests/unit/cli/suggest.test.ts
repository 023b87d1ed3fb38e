import { parseFlags } from '../../../shared/cli/command';
import { main, usageLines } from '../../../shared/cli/main';
import { closest, didYouMean, editDistance } from '../../../shared/domain/suggest';
import { resolveDistrict } from '../../../shared/cli/commands/list';
import { loadProvinceConfig } from '../../../shared/config/province-config';
import { UsageError } from '../../../shared/errors';

describe('did you mean', () => {
  it('counts a swap of neighbours as one edit', () => {
    expect(editDistance('lsit', 'list')).toBe(1);
    expect(editDistance('offce', 'office')).toBe(1);
    expect(editDistance('', 'abc')).toBe(3);
  });

  it('suggests the closest word only when it is plausibly a typo', () => {
    expect(closest('lsit', ['parse', 'list', 'show'])).toBe('list');
    expect(closest('namsach', ['nam-sach', 'gia-loc'])).toBe('nam-sach');
    expect(closest('deploy', ['parse', 'list', 'show'])).toBeUndefined();
    expect(didYouMean('shwo', ['show'])).toBe(' (did you mean "show"?)');
  });

  it('names the option meant when a flag is mistyped', () => {
    expect(() => parseFlags(['--offce', 'x'], { office: { type: 'string' } })).toThrow(new UsageError('unknown option --offce (did you mean --office?)'));
  });

  it('says a flag needs a value instead of the parser\'s own words', () => {
    expect(() => parseFlags(['--max', '--json'], { max: { type: 'string' }, json: { type: 'boolean' } })).toThrow(/^--max needs a value, but the next argument is an option/);
    expect(() => parseFlags(['--max'], { max: { type: 'string' } })).toThrow(new UsageError('--max needs a value'));
  });

  it('suggests a unit id for a mistyped district', () => {
    expect(() => resolveDistrict('namsach', loadProvinceConfig())).toThrow(/unknown district "namsach" \(did you mean "nam-sach"\?\)/);
  });
});

describe('reports entry point', () => {
  let out: string[];
  let err: string[];
  beforeEach(() => {
    out = [];
    err = [];
    jest.spyOn(console, 'log').mockImplementation((line: string) => void out.push(line));
    jest.spyOn(console, 'error').mockImplementation((line: string) => void err.push(line));
  });
  afterEach(() => jest.restoreAllMocks());

  it('suggests the command meant and exits 2', async () => {
    await expect(main(['lsit'])).resolves.toBe(2);
    expect(err.join('\n')).toMatch(/unknown command "lsit" \(did you mean "list"\?\)/);
    expect(err.join('\n').split('\n').length).toBeLessThan(4);
  });

  it('prints one command\'s help for `help COMMAND`', async () => {
    await expect(main(['help', 'score'])).resolves.toBe(0);
    expect(out.join('\n')).toMatch(/^usage: reports score DIR/);
  });

  it('prints the version', async () => {
    await expect(main(['--version'])).resolves.toBe(0);
    expect(out[0]).toMatch(/^conference-reports \d+\.\d+\.\d+$/);
  });

  it('answers a usage error with the usage line, not the whole help', async () => {
    await expect(main(['score'])).resolves.toBe(2);
    const text = err.join('\n');
    expect(text).toMatch(/^reports score: missing DIR\n\nusage: reports score DIR/);
    expect(text).toMatch(/Run `reports score --help` for every option\.$/);
    expect(text).not.toMatch(/Exit codes/);
  });

  it('takes the usage lines up to the first blank line', () => {
    expect(usageLines({ name: 'x', summary: '', help: 'usage: a\n   b\n\nmore', run: async () => 0 })).toBe('usage: a\n   b');
  });
});
