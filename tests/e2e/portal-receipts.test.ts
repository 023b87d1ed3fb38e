import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { LocalEndpointInfo } from '../../shared/local/local-pipeline';
import { ROOT, eventually } from '../support/pipeline-process';

jest.setTimeout(180_000);

const SAMPLE = `${ROOT}/samples/gia-loc-2024-03-08-party-building-review.en.txt`;

interface CliResult {
  readonly code: number;
  readonly stdout: string;
  readonly stderr: string;
}

function cli(args: readonly string[], stateFile: string): Promise<CliResult> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [join(ROOT, 'bin/reports.cjs'), ...args, '--state-file', stateFile], { cwd: ROOT, stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    child.on('error', reject);
    child.on('close', (code) => resolve({ code: code ?? -1, stdout, stderr }));
  });
}

/** A browser without a browser: follows the portal's redirects by hand and keeps its cookies. */
class CookieClient {
  private readonly jar = new Map<string, string>();

  async request(url: string, init: { method?: string; body?: URLSearchParams; origin?: string } = {}): Promise<Response> {
    const target = new URL(url);
    const cookie = [...this.jar].filter(([key]) => key.startsWith(`${target.origin}|`)).map(([key, value]) => `${key.split('|')[1]}=${value}`).join('; ');
    const response = await fetch(url, {
      method: init.method ?? 'GET',
      redirect: 'manual',
      headers: { ...(cookie ? { cookie } : {}), ...(init.origin ? { origin: init.origin } : {}) },
      ...(init.body ? { body: init.body } : {}),
    });
    for (const setCookie of response.headers.getSetCookie()) {
      const [pair = ''] = setCookie.split(';');
      const index = pair.indexOf('=');
      this.jar.set(`${target.origin}|${pair.slice(0, index)}`, pair.slice(index + 1));
    }
    return response;
  }

  /** Follows redirects from `url`; returns the last response and its URL. */
  async follow(url: string): Promise<{ response: Response; url: string }> {
    let current = url;
    for (let hop = 0; hop < 10; hop++) {
      const response = await this.request(current);
      const location = response.headers.get('location');
      if (response.status < 300 || response.status >= 400 || !location) return { response, url: current };
      current = new URL(location, current).toString();
    }
    throw new Error('too many redirects');
  }
}

/** Signs in at the local identity provider's form, as an office would. */
async function signIn(client: CookieClient, pageUrl: string, email: string, password: string): Promise<Response> {
  const { url: formUrl } = await client.follow(pageUrl);
  const form = new URLSearchParams(new URL(formUrl).searchParams);
  form.set('email', email);
  form.set('password', password);
  const posted = await client.request(new URL(formUrl).origin + new URL(formUrl).pathname, { method: 'POST', body: form });
  expect(posted.status).toBe(302);
  return (await client.follow(String(posted.headers.get('location')))).response;
}

describe('receipts end to end against the local run', () => {
  let child: ChildProcess;
  let stateFile: string;
  let info: LocalEndpointInfo;
  let output = '';

  beforeAll(async () => {
    stateFile = join(mkdtempSync(join(tmpdir(), 'reports-receipts-')), 'endpoint.json');
    child = spawn(process.execPath, [join(ROOT, 'bin/reports.cjs'), 'local', '--no-samples', '--port', '0', '--portal-port', '0', '--state-file', stateFile], {
      cwd: ROOT,
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    child.stdout?.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.stderr?.on('data', (chunk: Buffer) => (output += chunk.toString()));
    await eventually(async () => (existsSync(stateFile) && output.includes('Office portal:') ? true : null), 60_000, `the local run:\n${output}`);
    info = JSON.parse(readFileSync(stateFile, 'utf8')) as LocalEndpointInfo;
  });

  afterAll(async () => {
    if (child && child.exitCode === null) {
      const exited = new Promise((resolve) => child.once('exit', resolve));
      child.kill('SIGTERM');
      await exited;
    }
  });

  it('prints the portal and how to sign in as each office', () => {
    expect(output).toContain(`Office portal: ${info.portal?.url}`);
    expect(output).toMatch(/gia-loc\s+gia-loc@offices\.local/);
    expect(output).toContain(`the password ${info.portal?.password}`);
  });

  it('shows delivered, opened and acknowledged per office, and what an office has not acknowledged', async () => {
    const uploaded = await cli(['upload', SAMPLE, '--json'], stateFile);
    expect(uploaded.code).toBe(0);
    const reportId = (JSON.parse(uploaded.stdout) as { uploads: { reportId: string }[] }).uploads[0]?.reportId ?? '';
    expect(reportId).toMatch(/^r-[0-9a-f]{20}$/);

    type Row = { officeId: string; version: number; deliveredAt: string | null; openedAt: string | null; acknowledgedAt: string | null };
    const receipts = async (): Promise<Row[]> => (JSON.parse((await cli(['show', reportId, '--json'], stateFile)).stdout) as { receipts: Row[] }).receipts;
    const delivered = await eventually(async () => {
      const rows = await receipts();
      return rows.length === 3 && rows.every((row) => row.deliveredAt) ? rows : null;
    }, 30_000, 'delivery receipts');
    expect(delivered.map((row) => [row.officeId, row.version, row.openedAt, row.acknowledgedAt])).toEqual([
      ['gia-loc', 1, null, null],
      ['province-archive', 1, null, null],
      ['tu-ky', 1, null, null],
    ]);

    const portal = info.portal;
    if (!portal) throw new Error('no portal');
    const client = new CookieClient();
    const page = await signIn(client, `${portal.url}/reports/${reportId}`, 'gia-loc@offices.local', portal.password);
    expect(page.status).toBe(200);
    const acknowledged = await client.request(`${portal.url}/reports/${reportId}/acknowledge`, { method: 'POST', body: new URLSearchParams({ v: '1' }), origin: portal.url });
    expect(acknowledged.status).toBe(302);

    const shown = await cli(['show', reportId], stateFile);
    expect(shown.stdout).toMatch(/Receipts \(per office and version/);
    const line = (office: string) => shown.stdout.split('\n').find((text) => text.trim().startsWith(`${office} `)) ?? '';
    expect(line('gia-loc')).toMatch(/^\s+gia-loc\s+v1\s+\d{4}-\d{2}-\d{2} \S+\s+\d{4}-\d{2}-\d{2} \S+\s+\d{4}-\d{2}-\d{2} \S+$/);
    expect(line('tu-ky')).toMatch(/^\s+tu-ky\s+v1\s+\d{4}-\d{2}-\d{2} \S+\s+-\s+-$/);

    const pending = async (office: string) => (JSON.parse((await cli(['list', '--unacknowledged', '--office', office, '--json'], stateFile)).stdout) as { reportId: string }[]).map((row) => row.reportId);
    expect(await pending('gia-loc')).toEqual([]);
    expect(await pending('tu-ky')).toEqual([reportId]);
    expect(await pending('province-archive')).toEqual([reportId]);
    expect(await pending('nam-sach')).toEqual([]);
  });

  it('adds an office account that can then sign in, and removes it', async () => {
    const added = await cli(['users', 'add', '--office', 'tu-ky', '--email', 'van.thu@tuky.example.vn', '--json'], stateFile);
    expect(added.code).toBe(0);
    const { temporaryPassword } = JSON.parse(added.stdout) as { temporaryPassword: string };
    const portal = info.portal;
    if (!portal) throw new Error('no portal');
    const inbox = await signIn(new CookieClient(), `${portal.url}/inbox`, 'van.thu@tuky.example.vn', temporaryPassword);
    expect(await inbox.text()).toContain('Tu Ky');
    const listed = await cli(['users', 'list', '--office', 'tu-ky'], stateFile);
    expect(listed.stdout).toContain('van.thu@tuky.example.vn');
    expect((await cli(['users', 'remove', '--office', 'tu-ky', '--email', 'van.thu@tuky.example.vn'], stateFile)).code).toBe(0);
    expect((await cli(['users', 'list', '--office', 'tu-ky'], stateFile)).stdout).not.toContain('van.thu@tuky.example.vn');
  });
});
