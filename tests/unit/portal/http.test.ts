import { createHash } from 'node:crypto';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { APIGatewayProxyEventV2, APIGatewayProxyStructuredResultV2 } from 'aws-lambda';
import { jwksTokenVerifier, oauthProvider } from '../../../shared/adapters/identity';
import { PortalHttp } from '../../../shared/app/portal/http';
import { PortalService } from '../../../shared/app/portal/portal-service';
import type { Log } from '../../../shared/app/ports';
import { loadProvinceConfig } from '../../../shared/config/province-config';
import { addLocalUser, startLocalIdentity, type LocalIdentity } from '../../../shared/local/local-identity';
import { MemoryPortalReports, MemoryReceipts, RecordingSigner, sampleRecord } from '../../support/portal-memory';
import { ROOT } from '../../support/pipeline-process';

const config = loadProvinceConfig(`${ROOT}/config/hai-duong.json`);
const BASE = 'http://127.0.0.1:9999';
const CLIENT = 'portal-test';

interface Logged {
  readonly message: string;
  readonly fields: Record<string, unknown>;
}

function event(method: string, path: string, options: { cookies?: string[]; origin?: string; body?: string } = {}): APIGatewayProxyEventV2 {
  const [rawPath = '/', rawQueryString = ''] = path.split('?');
  return {
    version: '2.0',
    routeKey: '$default',
    rawPath,
    rawQueryString,
    ...(options.cookies ? { cookies: options.cookies } : {}),
    headers: options.origin ? { origin: options.origin } : {},
    requestContext: {
      accountId: '1',
      apiId: 'api',
      domainName: '127.0.0.1',
      domainPrefix: '127',
      http: { method, path: rawPath, protocol: 'HTTP/1.1', sourceIp: '127.0.0.1', userAgent: 'test' },
      requestId: 'r',
      routeKey: '$default',
      stage: '$default',
      time: '',
      timeEpoch: 0,
    },
    isBase64Encoded: false,
    ...(options.body !== undefined ? { body: options.body } : {}),
  };
}

function cookieValue(result: APIGatewayProxyStructuredResultV2, name: string): string | null {
  const cookie = (result.cookies ?? []).find((entry) => entry.startsWith(`${name}=`));
  return cookie ? (cookie.split(';')[0] ?? '').slice(name.length + 1) : null;
}

describe('the portal over HTTP', () => {
  let identity: LocalIdentity;
  let otherIdentity: LocalIdentity;
  let http: PortalHttp;
  let logged: Logged[];
  let receipts: MemoryReceipts;
  let districtId: string;
  const usersFile = join(mkdtempSync(join(tmpdir(), 'portal-http-')), 'users.json');

  const tokenOf = (officeId: string, ttlSeconds?: number) => identity.issueToken({ sub: `sub-${officeId}`, groups: [officeId], username: `${officeId}@offices.local` }, ttlSeconds);
  const session = (token: string) => [`portal_session=${token}`];

  beforeAll(async () => {
    identity = await startLocalIdentity({ usersFile, clientId: CLIENT, redirectUris: [`${BASE}/auth/callback`, `${BASE}/signed-out`] });
    otherIdentity = await startLocalIdentity({ usersFile, clientId: CLIENT, redirectUris: [] });
    addLocalUser(usersFile, { email: 'gia-loc@offices.local', office: 'gia-loc', password: 'Sample-password-1' });
    const reports = new MemoryPortalReports();
    districtId = reports.add(sampleRecord(`${ROOT}/samples/gia-loc-2024-03-08-party-building-review.en.txt`, config), config).reportId;
    receipts = new MemoryReceipts();
    logged = [];
    const write = (message: string, fields: Record<string, unknown> = {}) => void logged.push({ message, fields });
    const log: Log = { debug: write, info: write, warn: write, error: write };
    http = new PortalHttp({
      service: new PortalService({ reports, receipts, signer: new RecordingSigner(), config, log }),
      verifier: jwksTokenVerifier({ issuer: identity.issuer, clientId: CLIENT, jwksUri: identity.jwksUri }),
      identity: oauthProvider({ authorizeUrl: identity.authorizeUrl, tokenUrl: identity.tokenUrl, logoutUrl: identity.logoutUrl, clientId: CLIENT }),
      baseUrl: BASE,
      timeZone: 'Asia/Ho_Chi_Minh',
      log,
    });
  });

  afterAll(async () => {
    await identity?.close();
    await otherIdentity?.close();
  });

  beforeEach(() => {
    logged.length = 0;
  });

  it('sends a visitor without a session to sign in, and back to the page afterwards', async () => {
    const result = await http.handle(event('GET', `/reports/${districtId}`));
    expect(result.statusCode).toBe(302);
    expect(result.headers?.location).toBe(`/signin?next=${encodeURIComponent(`/reports/${districtId}`)}`);
  });

  it('signs in through the authorization code flow with PKCE and keeps the token in an HttpOnly cookie', async () => {
    const start = await http.handle(event('GET', `/signin?next=${encodeURIComponent(`/reports/${districtId}`)}`));
    const authorize = new URL(String(start.headers?.location));
    expect(`${authorize.origin}${authorize.pathname}`).toBe(identity.authorizeUrl);
    expect(authorize.searchParams.get('code_challenge_method')).toBe('S256');
    const pending = cookieValue(start, 'portal_signin') ?? '';
    expect(start.cookies?.[0]).toMatch(/HttpOnly; SameSite=Lax/);

    const form = new URLSearchParams(authorize.searchParams);
    form.set('email', 'gia-loc@offices.local');
    form.set('password', 'Sample-password-1');
    const signedIn = await fetch(identity.authorizeUrl, { method: 'POST', body: form, redirect: 'manual' });
    const callback = new URL(String(signedIn.headers.get('location')));
    const finish = await http.handle(event('GET', `/auth/callback?${callback.searchParams.toString()}`, { cookies: [`portal_signin=${pending}`] }));
    expect(finish.statusCode).toBe(302);
    expect(finish.headers?.location).toBe(`/reports/${districtId}`);
    const token = cookieValue(finish, 'portal_session') ?? '';
    const page = await http.handle(event('GET', `/reports/${districtId}`, { cookies: session(token) }));
    expect(page.statusCode).toBe(200);
    expect(page.body).toContain('Gia Loc District reviews Party building work');
  });

  it('refuses a callback whose state does not match the one it sent', async () => {
    const start = await http.handle(event('GET', '/signin'));
    const pending = cookieValue(start, 'portal_signin') ?? '';
    const result = await http.handle(event('GET', '/auth/callback?code=x&state=forged', { cookies: [`portal_signin=${pending}`] }));
    expect(result.statusCode).toBe(400);
    expect(cookieValue(result, 'portal_session')).toBeNull();
  });

  it('refuses a code the provider will not exchange (used twice) with the sign-in page', async () => {
    const start = await http.handle(event('GET', '/signin'));
    const authorize = new URL(String(start.headers?.location));
    const pending = cookieValue(start, 'portal_signin') ?? '';
    const form = new URLSearchParams(authorize.searchParams);
    form.set('email', 'gia-loc@offices.local');
    form.set('password', 'Sample-password-1');
    const signedIn = await fetch(identity.authorizeUrl, { method: 'POST', body: form, redirect: 'manual' });
    const query = new URL(String(signedIn.headers.get('location'))).searchParams.toString();
    expect((await http.handle(event('GET', `/auth/callback?${query}`, { cookies: [`portal_signin=${pending}`] }))).statusCode).toBe(302);
    const replay = await http.handle(event('GET', `/auth/callback?${query}`, { cookies: [`portal_signin=${pending}`] }));
    expect(replay.statusCode).toBe(400);
    expect(cookieValue(replay, 'portal_session')).toBeNull();
    expect(logged).toContainEqual({ message: 'portal sign-in refused', fields: { reason: 'code exchange refused' } });
  });

  it.each([
    ['expired', () => tokenOf('gia-loc', -60), 'expired'],
    [
      'tampered',
      () => {
        const [header, , signature] = tokenOf('tu-ky').split('.');
        const payload = Buffer.from(JSON.stringify({ sub: 'x', 'cognito:groups': ['gia-loc'], iss: identity.issuer, client_id: CLIENT, token_use: 'access', exp: 4102444800, iat: 1 })).toString('base64url');
        return `${header}.${payload}.${signature}`;
      },
      'bad signature',
    ],
    ['foreign', () => otherIdentity.issueToken({ sub: 'x', groups: ['gia-loc'], username: 'x' }), 'unknown signing key'],
  ])('treats a %s token as no session and logs why without the token', async (_kind, make, reason) => {
    const token = make();
    const result = await http.handle(event('GET', `/reports/${districtId}`, { cookies: session(token) }));
    expect(result.statusCode).toBe(302);
    expect(String(result.headers?.location)).toMatch(/^\/signin\?next=/);
    expect(cookieValue(result, 'portal_session')).toBe('');
    expect(logged).toEqual([{ message: 'portal session refused', fields: { reason } }]);
    expect(JSON.stringify(logged)).not.toContain(token.slice(-20));
  });

  it("answers another office's report exactly as a report that does not exist", async () => {
    const token = tokenOf('nam-sach');
    const foreign = await http.handle(event('GET', `/reports/${districtId}`, { cookies: session(token) }));
    const missing = await http.handle(event('GET', '/reports/r-0123456789abcdef0123', { cookies: session(token) }));
    expect(foreign.statusCode).toBe(404);
    expect(missing.statusCode).toBe(404);
    // The same page word for word, but for the id in the language link.
    expect(foreign.body?.replaceAll(districtId, 'ID')).toBe(missing.body?.replaceAll('r-0123456789abcdef0123', 'ID'));
    const download = await http.handle(event('GET', `/reports/${districtId}/original?v=1`, { cookies: session(token) }));
    expect(download.statusCode).toBe(404);
    expect(download.headers?.location).toBeUndefined();
  });

  it('redirects a permitted download to a link valid for a minute', async () => {
    const result = await http.handle(event('GET', `/reports/${districtId}/original?v=1`, { cookies: session(tokenOf('tu-ky')) }));
    expect(result.statusCode).toBe(303);
    expect(result.headers?.location).toBe('https://s3.example/uploads/incoming/report.txt?versionId=v-1&X-Amz-Expires=60');
  });

  it('acknowledges only a form posted from the portal itself', async () => {
    const token = tokenOf('gia-loc');
    const forged = await http.handle(event('POST', `/reports/${districtId}/acknowledge`, { cookies: session(token), origin: 'https://evil.example', body: 'v=1' }));
    expect(forged.statusCode).toBe(403);
    expect((await receipts.forReport(districtId)).map((receipt) => receipt.acknowledgedAt)).toEqual([null]);
    const posted = await http.handle(event('POST', `/reports/${districtId}/acknowledge`, { cookies: session(token), origin: BASE, body: 'v=1' }));
    expect(posted.statusCode).toBe(302);
    expect(posted.headers?.location).toBe(`/reports/${districtId}?v=1&ack=1`);
    expect((await receipts.forReport(districtId))[0]?.acknowledgedAt).toEqual(expect.any(String));
  });

  it('sends protective headers and signs out at the provider too', async () => {
    const page = await http.handle(event('GET', '/inbox', { cookies: session(tokenOf('gia-loc')) }));
    expect(page.headers).toMatchObject({ 'x-content-type-options': 'nosniff', 'cache-control': 'no-store', 'x-frame-options': 'DENY' });
    expect(String(page.headers?.['content-security-policy'])).toContain("default-src 'none'");
    const out = await http.handle(event('POST', '/signout', { cookies: session(tokenOf('gia-loc')), origin: BASE }));
    expect(out.statusCode).toBe(303);
    const logout = new URL(String(out.headers?.location));
    expect(`${logout.origin}${logout.pathname}`).toBe(identity.logoutUrl);
    expect(logout.searchParams.get('logout_uri')).toBe(`${BASE}/signed-out`);
    expect(cookieValue(out, 'portal_session')).toBe('');
  });

  it('speaks Vietnamese by default and English when asked', async () => {
    const token = tokenOf('gia-loc');
    const vi = await http.handle(event('GET', '/inbox', { cookies: session(token) }));
    expect(vi.body).toContain('<html lang="vi">');
    expect(vi.body).toContain('Hộp thư báo cáo');
    const switched = await http.handle(event('GET', '/lang?to=en&back=%2Finbox'));
    expect(switched.headers?.location).toBe('/inbox');
    const en = await http.handle(event('GET', '/inbox', { cookies: [...session(token), `portal_lang=${cookieValue(switched, 'portal_lang')}`] }));
    expect(en.body).toContain('<html lang="en">');
    expect(en.body).toContain('Report inbox');
    const offsite = await http.handle(event('GET', '/lang?to=en&back=%2F%2Fevil.example'));
    expect(offsite.headers?.location).toBe('/inbox');
  });

  it('hashes the PKCE verifier as RFC 7636 says', () => {
    // The local provider and Cognito compare BASE64URL(SHA256(verifier)) with the challenge.
    expect(createHash('sha256').update('dBjftJeZ4CVP-mB92K27uhbUJU1p1r_wW1gFWFOEjXk').digest('base64url')).toBe('E9Melhoa2OwvFrEMTJguCHaoeK1t8URWbuGJSstw-cM');
  });
});
