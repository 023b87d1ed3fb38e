import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { FailedUploadRow, ReportDetail, ReportRow } from '../../../shared/adapters/report-queries';
import { formatFailedTable } from '../../../shared/cli/commands/failed';
import { describePlan, formatReportTable, resolveDistrict } from '../../../shared/cli/commands/list';
import { formatOffices, officeViews } from '../../../shared/cli/commands/offices';
import { formatReportDetail, wrap } from '../../../shared/cli/commands/show';
import { allSucceeded, formatUploadSummary, keyCollisions, type FileOutcome } from '../../../shared/cli/commands/upload';
import { formatNoticeLine } from '../../../shared/cli/commands/watch';
import { main } from '../../../shared/cli/main';
import { planQuery } from '../../../shared/adapters/report-queries';
import { loadProvinceConfig } from '../../../shared/config/province-config';
import { ROOT } from '../../support/pipeline-process';
import { sampleRecord } from '../../support/sample-record';

const config = loadProvinceConfig(join(ROOT, 'config/hai-duong.json'));

/** Runs `reports ARGS` in-process and captures what it prints. */
async function reports(...args: string[]): Promise<{ code: number; out: string; err: string }> {
  const out: string[] = [];
  const err: string[] = [];
  const log = jest.spyOn(console, 'log').mockImplementation((...parts: unknown[]) => void out.push(parts.join(' ')));
  const error = jest.spyOn(console, 'error').mockImplementation((...parts: unknown[]) => void err.push(parts.join(' ')));
  const write = jest.spyOn(process.stdout, 'write').mockImplementation((chunk: string | Uint8Array) => (out.push(String(chunk)), true));
  try {
    return { code: await main(args), out: out.join('\n'), err: err.join('\n') };
  } finally {
    log.mockRestore();
    error.mockRestore();
    write.mockRestore();
  }
}

describe('reports commands: arguments', () => {
  const previous = process.env.REPORTS_STATE_FILE;
  const dir = mkdtempSync(join(tmpdir(), 'reports-cli-unit-'));
  const deadState = join(dir, 'endpoint.json');
  beforeAll(() => {
    writeFileSync(deadState, JSON.stringify({ endpoint: 'http://127.0.0.1:1', dynamoEndpoint: 'http://127.0.0.1:1', pid: 2 ** 22 + 4321, resources: { bucket: 'b', tableName: 't' } }));
    process.env.REPORTS_STATE_FILE = deadState;
  });
  afterAll(() => {
    if (previous === undefined) delete process.env.REPORTS_STATE_FILE;
    else process.env.REPORTS_STATE_FILE = previous;
  });

  it.each(['upload', 'list', 'show', 'failed', 'redrive', 'offices', 'watch', 'users'])('%s --help prints usage and an example', async (name) => {
    const result = await reports(name, '--help');
    expect(result.code).toBe(0);
    expect(result.out).toMatch(new RegExp(`^usage: reports ${name}`));
    expect(result.out).toMatch(/Example/);
  });

  it('lists the new commands in the overview', async () => {
    const { out } = await reports('--help');
    for (const name of ['upload', 'list', 'show', 'failed', 'redrive', 'offices', 'watch', 'users', 'parse', 'local']) expect(out).toMatch(new RegExp(`^  ${name} `, 'm'));
  });

  it.each([
    [['upload'], /name at least one FILE or DIR/],
    [['upload', 'no-such-folder'], /no such file or folder: no-such-folder/],
    [['upload', 'samples', '--concurrency', '0'], /--concurrency must be a whole number from 1 to 64/],
    [['upload', 'samples', '--no-wait', '--timeout', '5'], /--timeout .* does not go with --no-wait/],
    [['list', '--from', '2024-02-30'], /--from must be a date YYYY-MM-DD/],
    [['list', '--from', '2024-05-01', '--to', '2024-04-01'], /--from 2024-05-01 is after --to 2024-04-01/],
    [['list', '--status', 'done'], /--status must be one of stored, notified, held, rejected, failed/],
    [['list', '--status', 'failed', '--district', 'gia-loc'], /failed uploads, which have no district/],
    [['list', 'gia-loc'], /unexpected argument "gia-loc"/],
    [['list', '--limit', 'many'], /--limit must be a whole number/],
    [['list', '--bogus'], /unknown option --bogus/],
    [['list', '--region', 'eu-west-1'], /--region and --profile go with --stack/],
    [['show'], /missing report ID/],
    [['show', 'a', 'b'], /expected one ID, got 2/],
    [['redrive', '--max', '0'], /--max must be a whole number/],
    [['watch', '--count', '0'], /--count must be a whole number/],
    [['list', '--unacknowledged'], /--unacknowledged and --office ID go together/],
    [['list', '--unacknowledged', '--office', 'gia-loc', '--district', 'gia-loc'], /--unacknowledged takes --from, --to and --document only/],
    [['users'], /say what to do: reports users add\|remove\|list/],
    [['users', 'add', '--office', 'gia-loc'], /--email ADDRESS is required/],
    [['users', 'add', '--office', 'gia-loc', '--email', 'not-an-address'], /--email must be an e-mail address/],
    [['users', 'list', '--stack', 'S', '--user-pool', 'eu-west-1_abc'], /--stack and --user-pool name the same thing/],
  ])('reports %j is a usage error (exit 2)', async (args, message) => {
    const result = await reports(...(args as string[]));
    expect(result.code).toBe(2);
    expect(result.err).toMatch(message);
    expect(result.err).toContain('usage: reports');
  });

  it.each([['list'], ['failed'], ['show', 'r-00000000000000000000'], ['redrive'], ['watch'], ['upload', 'samples'], ['users', 'list']])(
    'reports %j without a running pipeline exits 1 saying how to start one',
    async (...args) => {
      const result = await reports(...args);
      expect(result.code).toBe(1);
      expect(result.err).toMatch(/is no longer running\. Start it with `npm start`/);
      expect(result.err).not.toContain('usage:');
    },
  );

  it('lists offices without a pipeline, and fails with exit 1 on a bad config', async () => {
    const ok = await reports('offices', '--json');
    expect(ok.code).toBe(0);
    expect(JSON.parse(ok.out)).toMatchObject({ province: 'hai-duong' });
    const bad = join(dir, 'bad.json');
    writeFileSync(bad, '{"province":{}}');
    const result = await reports('offices', '--config', bad);
    expect(result.code).toBe(1);
    expect(result.err).toMatch(/invalid province config/);
  });
});

describe('reports commands: formatting', () => {
  const row: ReportRow = {
    reportId: 'r-0123456789abcdef0123',
    eventDate: '2024-03-08',
    title: 'Gia Loc District Party Committee reviews party building',
    status: 'notified',
    version: 2,
    scope: 'district',
    organizer: 'Gia Loc District Party Committee',
    districts: ['gia-loc', 'tu-ky'],
    updatedAt: '2024-03-09T00:00:00Z',
  };

  it('prints a report listing as a table, with province-wide reports concerning all units', () => {
    const table = formatReportTable([row, { ...row, reportId: 'r-1', eventDate: null, scope: 'province', districts: [] }]).split('\n');
    expect(table[0]).toMatch(/^DATE\s+REPORT\s+STATUS\s+SCOPE\s+UNITS\s+TITLE$/);
    expect(table[1]).toMatch(/^2024-03-08\s+r-0123456789abcdef0123\s+notified v2\s+district\s+gia-loc,tu-ky\s+Gia Loc/);
    expect(table[2]).toMatch(/^\?\s+r-1\s+notified v2\s+province\s+all\s/);
    expect(formatReportTable([])).toBe('No reports match.');
  });

  it('explains which key served a listing', () => {
    expect(describePlan(planQuery({ document: '35-CT/TW', district: 'gia-loc', from: '2024-01-01' }))).toBe(
      'Query lookup index: lookupPk = DOC#35-CT/TW lookupSk between "2024-01-01#" and "9999-12-31#~"; checked per report: district',
    );
  });

  it('accepts a district by id, name or alias, and lists the ids for an unknown one', () => {
    expect(resolveDistrict('gia-loc', config)).toBe('gia-loc');
    expect(resolveDistrict('Gia Lộc', config)).toBe('gia-loc');
    expect(resolveDistrict('huyen gia loc', config)).toBe('gia-loc');
    expect(() => resolveDistrict('atlantis', config)).toThrow(/unknown district "atlantis"; units: hai-duong-city, chi-linh/);
    expect(resolveDistrict('anything', undefined)).toBe('anything');
  });

  it('prints failed uploads with reason, detail, quarantine key and time', () => {
    const failed: FailedUploadRow = {
      bucket: 'b',
      key: 'incoming/broken.pdf',
      reason: 'corrupt-pdf',
      detail: 'the PDF is damaged',
      quarantineKey: 'quarantine/broken.pdf',
      failedAt: '2024-05-02T10:00:00.123Z',
      size: 10,
      versionId: null,
    };
    const lines = formatFailedTable([failed]).split('\n');
    expect(lines[1]).toBe('2024-05-02 10:00:00Z  incoming/broken.pdf  corrupt-pdf  the PDF is damaged  quarantine/broken.pdf');
    expect(formatFailedTable([])).toBe('No failed uploads.');
  });

  it('summarizes uploads and fails the run when one failed or timed out', () => {
    const outcome = (key: string, status: FileOutcome['status'], extra: Partial<FileOutcome> = {}): FileOutcome => ({
      file: `/x/${key}`,
      key: `incoming/${key}`,
      status,
      reportId: null,
      reason: null,
      detail: null,
      quarantineKey: null,
      ...extra,
    });
    const outcomes = [
      outcome('a.txt', 'stored', { reportId: 'r-a' }),
      outcome('b.txt', 'duplicate', { reportId: 'r-a' }),
      outcome('c.pdf', 'failed', { reason: 'corrupt-pdf', detail: 'damaged' }),
    ];
    const summary = formatUploadSummary(outcomes);
    expect(summary).toMatch(/^failed\s+incoming\/c\.pdf\s+corrupt-pdf: damaged$/m);
    expect(summary.split('\n').at(-1)).toBe('3 file(s): 1 stored, 1 duplicate, 1 failed');
    expect(allSucceeded(outcomes)).toBe(false);
    expect(allSucceeded(outcomes.slice(0, 2))).toBe(true);
    expect(allSucceeded([outcome('d.txt', 'timeout')])).toBe(false);
  });

  it('refuses two files that would land on the same key', () => {
    expect(keyCollisions(['/a/report.txt', '/b/report.txt', '/b/other.txt'])).toEqual(['incoming/report.txt (/a/report.txt, /b/report.txt)']);
  });

  it('shows a report with every section a reader needs', () => {
    const detail: ReportDetail = {
      reportId: 'r-0123456789abcdef0123',
      status: 'notified',
      version: 2,
      notifiedVersion: 2,
      createdAt: '2024-03-08T01:00:00.000Z',
      updatedAt: '2024-03-09T01:00:00.000Z',
      lastMessageId: 'm-2',
      sources: ['s3://b/incoming/a.txt'],
      history: [
        { status: 'stored', version: 1, at: '2024-03-08T01:00:00.000Z', source: 's3://b/incoming/a.txt' },
        { status: 'notified', version: 1, at: '2024-03-08T01:00:01.000Z', messageId: 'm-1' },
      ],
      versions: [{ version: 1, createdAt: '2024-03-08T01:00:00.000Z', contentHash: 'ab'.repeat(32), source: 's3://b/incoming/a.txt' }],
      record: sampleRecord({
        districts: ['gia-loc', 'tu-ky'],
        people: [{ name: 'Nguyen Van A', roles: ['Secretary', 'Chairman'] }],
        documents: [{ code: '35-CT/TW', type: 'directive', date: '2019-05-30', number: '35', issuer: 'TW', issuerName: 'Politburo' }],
        awards: [{ count: 3, recipient: 'collective', award: 'certificate of merit' }],
        tasks: ['Strengthen inspection'],
        topics: ['party-building'],
        warnings: ['no time of day'],
      }),
    };
    const text = formatReportDetail(detail, config);
    expect(text.split('\n')[0]).toBe('Gia Loc reviews party building');
    expect(text).toContain('Date       2024-03-08 morning, conference');
    expect(text).toContain('Concerns   Gia Loc District (gia-loc), Tu Ky District (tu-ky)');
    expect(text).toContain('Nguyen Van A - Secretary; Chairman');
    expect(text).toContain('35-CT/TW  directive  2019-05-30  Politburo');
    expect(text).toContain('3 x certificate of merit (collective)');
    expect(text).toContain('- Strengthen inspection');
    expect(text).toContain('! no time of day');
    expect(text).toMatch(/v1 {2}2024-03-08 01:00:00Z {2}s3:\/\/b\/incoming\/a\.txt {2}sha256 abababababab/);
    expect(text).toContain('2024-03-08 01:00:01Z  notified v1  message m-1');
  });

  it('wraps prose at word boundaries', () => {
    expect(wrap('one two three four', 9)).toEqual(['one two', 'three', 'four']);
  });

  it('prints one line per notice', () => {
    const line = formatNoticeLine({
      officeId: 'gia-loc',
      notificationId: 'r-1:v2',
      reportId: 'r-1',
      version: 2,
      type: 'report.updated',
      title: 'A\ntitle',
      audience: ['gia-loc'],
      notice: {},
      receivedAt: new Date('2024-03-08T09:15:00Z'),
    });
    expect(line).toBe('09:15:00  gia-loc            updated r-1:v2  A title');
  });

  it('shows every office with its endpoints and the filter policy of its subscriptions', () => {
    const views = officeViews(config);
    expect(views.find((view) => view.id === 'gia-loc')).toMatchObject({ level: 'unit', unit: 'gia-loc', filterPolicy: { audience: ['gia-loc'] } });
    expect(views.find((view) => view.level === 'province')?.filterPolicy).toEqual({ province: ['hai-duong'] });
    const text = formatOffices(config, views);
    expect(text.split('\n')[0]).toMatch(/^Hai Duong \(hai-duong\): \d+ offices, \d+ subscriptions$/);
    expect(text).toMatch(/^gia-loc\s+.*\{"audience":\["gia-loc"\]\}$/m);
  });
});
