import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { OfficeInbox } from '../../shared/local/office-inbox';
import { cliJson, runCli } from '../support/cli-process';
import { ROOT, eventually, fixture, startPipelineProcess, type PipelineProcess } from '../support/pipeline-process';

jest.setTimeout(180_000);


interface UploadJson {
  uploads: { key: string; status: string; reportId: string | null; reason: string | null; detail: string | null }[];
}
interface HeldJson {
  reportId: string;
  title: string;
  reasons: { code: string; message: string }[];
  wouldBe: { audience: string[]; provinceWide: boolean; offices: string[] } | null;
}
interface OutcomeJson {
  action: string;
  version: number;
  by: string;
  notificationId: string | null;
  offices: string[];
  changes: { field: string; from: string | null; to: string | null }[];
}

describe('reviewing held reports from the CLI against a local run', () => {
  let pipeline: PipelineProcess;
  let stateFile: string;
  let inbox: OfficeInbox;
  let heldId = '';

  beforeAll(async () => {
    await runCli(['--help'], null);
    pipeline = await startPipelineProcess();
    stateFile = join(mkdtempSync(join(tmpdir(), 'reports-review-')), 'endpoint.json');
    writeFileSync(stateFile, JSON.stringify(pipeline.info));
    inbox = new OfficeInbox(pipeline.clients.sqs, pipeline.info.resources.officeQueues);
    inbox.start();
  });

  afterAll(async () => {
    await inbox?.stop();
    await pipeline?.stop();
  });

  /** Waits for every expected office, then long enough that a wrong delivery would show. */
  async function recipients(notificationId: string, expected: readonly string[]): Promise<string[]> {
    await eventually(async () => (expected.every((office) => inbox.recipientsOf(notificationId).includes(office)) ? true : null), 30_000, notificationId);
    await new Promise((resolve) => setTimeout(resolve, 2000));
    return inbox.recipientsOf(notificationId);
  }

  it('holds a report that names no province, and says why in the upload summary', async () => {
    const result = await runCli(['upload', fixture('routing', 'no-province.en.txt'), '--json'], stateFile);
    expect(result.code).toBe(0);
    const [upload] = cliJson<UploadJson>(result).uploads;
    expect(upload).toMatchObject({ status: 'held', reason: 'no-province' });
    expect(upload?.detail).toContain('the text does not say which province the report is about');
    heldId = upload?.reportId ?? '';
    expect(heldId).toMatch(/^r-[0-9a-f]{20}$/);
  });

  it('lists it for review with the reason, the title and where it would go', async () => {
    const result = await runCli(['review', '--json'], stateFile);
    expect(result.code).toBe(0);
    const held = cliJson<HeldJson[]>(result).find((row) => row.reportId === heldId);
    expect(held).toMatchObject({ title: 'Party Committee reviews the first half of the year', wouldBe: { provinceWide: false, offices: ['province-archive'] } });
    expect(held?.reasons.map((reason) => reason.code)).toEqual(['no-province']);
    const table = await runCli(['review'], stateFile);
    expect(table.stdout.split('\n')[0]).toMatch(/^HELD AT\s+REPORT\s+WHY\s+WOULD GO TO\s+TITLE$/);
    expect(table.stdout).toContain(heldId);
  });

  it('shows each routing field and the decision', async () => {
    const result = await runCli(['show', heldId], stateFile);
    expect(result.code).toBe(0);
    expect(result.stdout).toContain('HELD for review');
    expect(result.stdout).toMatch(/no-province: the text does not say which province/);
    expect(result.stdout).toMatch(/^ {2}Organizer {2}Standing Committee of the Party Committee/m);
    expect(result.stdout).toContain('Concerns   no office (held for review)');
  });

  it('publishes a correction to the corrected offices only, marked with who corrected what', async () => {
    const result = await runCli(
      ['correct', heldId, '--province', 'Hai Duong', '--scope', 'district', '--district', 'kinh-mon', '--organizer', 'Standing Committee of Kinh Mon Town Party Committee', '--by', 'e2e-operator', '--json'],
      stateFile,
    );
    expect(result.code).toBe(0);
    const outcome = cliJson<OutcomeJson>(result);
    expect(outcome).toMatchObject({ action: 'corrected', version: 2, by: 'e2e-operator', notificationId: `${heldId}:v2`, offices: ['kinh-mon', 'province-archive'] });
    expect(outcome.changes).toContainEqual({ field: 'districts', from: null, to: 'kinh-mon' });
    expect(await recipients(`${heldId}:v2`, outcome.offices)).toEqual(['kinh-mon', 'province-archive']);
    const review = cliJson<HeldJson[]>(await runCli(['review', '--json'], stateFile));
    expect(review.map((row) => row.reportId)).not.toContain(heldId);
    const show = await runCli(['show', heldId], stateFile);
    expect(show.stdout).toMatch(/Corrected {2}by e2e-operator/);
  });

  it('sends a correction of a notified report as an update to the old and the new offices', async () => {
    const result = await runCli(['correct', heldId, '--district', 'gia-loc', '--organizer-unit', 'gia-loc', '--json'], stateFile);
    expect(result.code).toBe(0);
    const outcome = cliJson<OutcomeJson>(result);
    expect(outcome.version).toBe(3);
    expect(await recipients(`${heldId}:v3`, ['gia-loc', 'kinh-mon', 'province-archive'])).toEqual(['gia-loc', 'kinh-mon', 'province-archive']);
    expect(inbox.received.find((notice) => notice.notificationId === `${heldId}:v3`)?.type).toBe('report.updated');
  });

  it('rejects a held upload with a reason; nobody is told and it is listed as rejected', async () => {
    const upload = cliJson<UploadJson>(await runCli(['upload', fixture('routing', 'hello-world.txt'), '--json'], stateFile)).uploads[0];
    expect(upload?.status).toBe('held');
    const id = upload?.reportId ?? '';
    const missingReason = await runCli(['reject', id], stateFile);
    expect(missingReason.code).toBe(2);
    expect(missingReason.stderr).toContain('--reason is required');
    const result = await runCli(['reject', id, '--reason', 'a test upload', '--json'], stateFile);
    expect(result.code).toBe(0);
    expect(cliJson<OutcomeJson>(result)).toMatchObject({ action: 'rejected', notificationId: null, offices: [] });
    const listed = cliJson<{ reportId: string; status: string }[]>(await runCli(['list', '--status', 'rejected', '--json'], stateFile));
    expect(listed.map((row) => row.reportId)).toContain(id);
    expect(inbox.received.filter((notice) => notice.reportId === id)).toEqual([]);
  });

  it('says clearly what is wrong', async () => {
    const notAnId = await runCli(['approve', 'incoming/x.txt'], stateFile);
    expect(notAnId.code).toBe(2);
    expect(notAnId.stderr).toContain('is not a report id');
    const unknown = await runCli(['approve', 'r-00000000000000000000'], stateFile);
    expect(unknown.code).toBe(1);
    expect(unknown.stderr).toContain('no report r-00000000000000000000');
    const notHeld = await runCli(['approve', heldId], stateFile);
    expect(notHeld.code).toBe(1);
    expect(notHeld.stderr).toMatch(/it is notified, not held/);
    const badUnit = await runCli(['correct', heldId, '--district', 'atlantis'], stateFile);
    expect(badUnit.code).toBe(2);
    expect(badUnit.stderr).toContain('unknown unit "atlantis"');
    const nothing = await runCli(['correct', heldId], stateFile);
    expect(nothing.code).toBe(2);
    expect(nothing.stderr).toContain('nothing to correct');
    for (const command of ['review', 'approve', 'correct', 'reject']) {
      const help = await runCli([command, '--help'], null);
      expect({ command, code: help.code }).toEqual({ command, code: 0 });
      expect(help.stdout).toMatch(new RegExp(`^usage: reports ${command}`));
      expect(help.stdout).toContain('--json');
    }
  });
});

describe('the --once summary of the local run', () => {
  const dir = mkdtempSync(join(tmpdir(), 'reports-once-'));
  const sample = join(ROOT, 'samples', 'gia-loc-2024-03-08-party-building-review.en.txt');

  beforeAll(() => {
    writeFileSync(join(dir, 'a-gia-loc.txt'), readFileSync(sample));
    writeFileSync(join(dir, 'b-gia-loc-copy.txt'), readFileSync(sample));
    writeFileSync(join(dir, 'c-hello.txt'), 'hello world\n');
  });

  it('says what each upload caused: a held upload with its reasons, a duplicate with no offices of its own', async () => {
    const result = await runCli(['local', '--once', '--json', dir, '--state-file', join(dir, 'state.json')], null, 170_000);
    expect(result.code).toBe(0);
    const { reports } = cliJson<{ reports: { key: string; reportId: string; status: string; notified: string[]; reasons?: { code: string }[]; duplicateOf?: string }[] }>(result);
    const byKey = new Map(reports.map((report) => [report.key, report]));
    const first = byKey.get('incoming/a-gia-loc.txt');
    expect(first).toMatchObject({ status: 'notified', notified: ['gia-loc', 'province-archive', 'tu-ky'] });
    expect(byKey.get('incoming/b-gia-loc-copy.txt')).toMatchObject({ status: 'duplicate', notified: [], duplicateOf: first?.reportId });
    const held = byKey.get('incoming/c-hello.txt');
    expect(held).toMatchObject({ status: 'held', notified: [] });
    expect(held?.reasons?.map((reason) => reason.code)).toEqual(expect.arrayContaining(['no-province', 'not-a-report']));
  });

  it('lists each notice an office received once, per office', async () => {
    const result = await runCli(['local', '--once', dir, '--state-file', join(dir, 'state-text.json')], null, 170_000);
    expect(result.code).toBe(0);
    const perOffice = result.stdout.slice(result.stdout.indexOf('Per office:'));
    const line = (office: string) => perOffice.split('\n').find((candidate) => candidate.trim().startsWith(`${office} `))?.trim() ?? '';
    expect(line('gia-loc')).toMatch(/^gia-loc\s+r-[0-9a-f]{20}:v1$/);
    expect(line('province-archive')).toMatch(/^province-archive\s+r-[0-9a-f]{20}:v1$/);
    expect(line('nam-sach')).toMatch(/^nam-sach\s+-$/);
    expect(result.stdout).toMatch(/incoming\/b-gia-loc-copy\.txt\n {2}status: {3}duplicate of r-[0-9a-f]{20}, uploaded as incoming\/a-gia-loc\.txt: no notice of its own/);
    expect(result.stdout).toMatch(/incoming\/c-hello\.txt\n {2}status: {3}held for review \(sent to no office\)\n {4}- no-province: /);
  });
});
