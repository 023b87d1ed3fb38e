import { createHash, generateKeyPairSync, randomBytes, randomUUID, scryptSync, sign, timingSafeEqual, type KeyObject } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { dirname } from 'node:path';
import { escapeHtml } from '../domain/portal/html';
import type { OfficeAccount, OfficeAccounts } from '../app/portal/ports';
import { ReportsError } from '../errors';

/**
 * DEVELOPMENT ONLY. A local identity provider that stands in for the Cognito user pool in
 * the local run: the same authorization code flow with PKCE, the same endpoints
 * (`/oauth2/authorize`, `/oauth2/token`, `/logout`, `/.well-known/jwks.json`) and access
 * tokens shaped like Cognito's (`sub`, `cognito:groups`, `client_id`, `token_use`), signed
 * RS256 with a key made when it starts. The portal verifies them with aws-jwt-verify
 * exactly as it verifies Cognito's. Accounts live in a JSON file that `reports users`
 * edits; passwords are stored as scrypt hashes. Never expose it beyond loopback.
 */

export interface LocalUser {
  readonly email: string;
  readonly office: string;
  readonly sub: string;
  /** `scrypt$<salt>$<hash>`, base64url. */
  readonly passwordHash: string;
  readonly createdAt: string;
}

export class LocalIdentityError extends ReportsError {}

interface UsersFile {
  readonly users: LocalUser[];
}

function readUsers(file: string): LocalUser[] {
  if (!existsSync(file)) return [];
  const parsed = JSON.parse(readFileSync(file, 'utf8')) as Partial<UsersFile>;
  return Array.isArray(parsed.users) ? parsed.users : [];
}

function writeUsers(file: string, users: readonly LocalUser[]): void {
  mkdirSync(dirname(file), { recursive: true });
  const temporary = `${file}.${process.pid}.tmp`;
  writeFileSync(temporary, `${JSON.stringify({ users }, null, 2)}\n`, { mode: 0o600 });
  renameSync(temporary, file);
}

function hashPassword(password: string): string {
  const salt = randomBytes(16);
  return `scrypt$${salt.toString('base64url')}$${scryptSync(password, salt, 32).toString('base64url')}`;
}

function passwordMatches(password: string, stored: string): boolean {
  const [scheme, salt, hash] = stored.split('$');
  if (scheme !== 'scrypt' || !salt || !hash) return false;
  const expected = Buffer.from(hash, 'base64url');
  const actual = scryptSync(password, Buffer.from(salt, 'base64url'), expected.length);
  return timingSafeEqual(expected, actual);
}

/** A password that meets the user pool's policy (12+ characters, upper, lower, digit, symbol). */
export function generatePassword(): string {
  return `${randomBytes(9).toString('base64url')}-Aa1`;
}

/** Adds an account (or replaces its password and office); returns the password to hand over. */
export function addLocalUser(file: string, input: { email: string; office: string; password?: string }, now = new Date()): { user: LocalUser; password: string } {
  const email = input.email.trim().toLowerCase();
  const password = input.password ?? generatePassword();
  const users = readUsers(file);
  const existing = users.find((user) => user.email === email);
  const user: LocalUser = { email, office: input.office, sub: existing?.sub ?? randomUUID(), passwordHash: hashPassword(password), createdAt: existing?.createdAt ?? now.toISOString() };
  writeUsers(file, [...users.filter((entry) => entry.email !== email), user]);
  return { user, password };
}

/** Removes an account; false when there was none with this e-mail (in this office, when given). */
export function removeLocalUser(file: string, email: string, office?: string): boolean {
  const wanted = email.trim().toLowerCase();
  const users = readUsers(file);
  const kept = users.filter((user) => !(user.email === wanted && (office === undefined || user.office === office)));
  if (kept.length === users.length) return false;
  writeUsers(file, kept);
  return true;
}

export function listLocalUsers(file: string, office?: string): LocalUser[] {
  return readUsers(file)
    .filter((user) => office === undefined || user.office === office)
    .sort((a, b) => a.office.localeCompare(b.office) || a.email.localeCompare(b.email));
}

export interface LocalIdentityOptions {
  readonly usersFile: string;
  readonly clientId: string;
  /** Redirect URIs the client may use (callback and sign-out landing). */
  readonly redirectUris: readonly string[];
  readonly port?: number;
  /** Access token lifetime (default one hour, as Cognito's default). */
  readonly tokenTtlSeconds?: number;
  readonly clock?: () => Date;
}

export interface LocalIdentity {
  readonly issuer: string;
  readonly authorizeUrl: string;
  readonly tokenUrl: string;
  readonly logoutUrl: string;
  readonly jwksUri: string;
  readonly jwks: { keys: Record<string, unknown>[] };
  readonly clientId: string;
  /** Adds redirect URIs once the client's address is known. */
  allowRedirects(uris: readonly string[]): void;
  /** Signs a token with the provider's key (tests: expired or foreign-group tokens). */
  issueToken(claims: { sub: string; groups: readonly string[]; username: string }, ttlSeconds?: number): string;
  close(): Promise<void>;
}

interface PendingCode {
  readonly user: LocalUser;
  readonly challenge: string;
  readonly redirectUri: string;
  readonly expiresAt: number;
}

function base64urlJson(value: unknown): string {
  return Buffer.from(JSON.stringify(value)).toString('base64url');
}

async function readBody(request: IncomingMessage): Promise<URLSearchParams> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of request) {
    size += (chunk as Buffer).length;
    if (size > 16 * 1024) throw new LocalIdentityError('request body too large');
    chunks.push(chunk as Buffer);
  }
  return new URLSearchParams(Buffer.concat(chunks).toString('utf8'));
}

function signInPage(params: URLSearchParams, error: boolean): string {
  const hidden = ['response_type', 'client_id', 'redirect_uri', 'state', 'code_challenge', 'code_challenge_method', 'scope']
    .map((name) => `<input type="hidden" name="${name}" value="${escapeHtml(params.get(name) ?? '')}">`)
    .join('\n');
  return `<!doctype html>
<html lang="vi">
<head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>Đăng nhập / Sign in - local identity provider</title>
<style>body{font:1rem/1.5 system-ui,sans-serif;max-width:28rem;margin:2rem auto;padding:0 1rem;color:#1a1a1a}label{display:block;font-weight:600;margin-top:1rem}input{font:inherit;width:100%;padding:.4rem;border:1px solid #767676}button{margin-top:1.25rem;font:inherit;padding:.5rem 1.2rem;background:#0b4f8a;color:#fff;border:0}.error{border-left:4px solid #b00020;padding:.5rem 1rem;background:#fdecee}.dev{color:#4a4a4a;font-size:.9rem}</style>
</head>
<body><main>
<h1>Đăng nhập <span lang="en">/ Sign in</span></h1>
<p class="dev" lang="en">Local identity provider for development only.</p>
${error ? '<p class="error" role="alert">Sai thư điện tử hoặc mật khẩu. <span lang="en">Wrong e-mail or password.</span></p>' : ''}
<form method="post" action="/oauth2/authorize">
${hidden}
<label for="email">Thư điện tử <span lang="en">/ E-mail</span></label>
<input id="email" name="email" type="email" autocomplete="username" required>
<label for="password">Mật khẩu <span lang="en">/ Password</span></label>
<input id="password" name="password" type="password" autocomplete="current-password" required>
<button type="submit">Đăng nhập <span lang="en">/ Sign in</span></button>
</form>
</main></body></html>
`;
}

/** Starts the development identity provider on a loopback port. */
export async function startLocalIdentity(options: LocalIdentityOptions): Promise<LocalIdentity> {
  const clock = options.clock ?? (() => new Date());
  const { privateKey, publicKey } = generateKeyPairSync('rsa', { modulusLength: 2048 });
  const kid = createHash('sha256').update(publicKey.export({ type: 'spki', format: 'der' })).digest('base64url').slice(0, 16);
  const jwk = { ...(publicKey.export({ format: 'jwk' }) as Record<string, unknown>), kid, alg: 'RS256', use: 'sig' };
  const jwks = { keys: [jwk] };
  const redirects = new Set(options.redirectUris);
  const codes = new Map<string, PendingCode>();
  const ttl = options.tokenTtlSeconds ?? 3600;
  let issuer = '';

  const issueToken = (claims: { sub: string; groups: readonly string[]; username: string }, ttlSeconds = ttl, key: KeyObject = privateKey): string => {
    const now = Math.floor(clock().getTime() / 1000);
    const header = base64urlJson({ kid, alg: 'RS256' });
    const payload = base64urlJson({
      sub: claims.sub,
      'cognito:groups': claims.groups,
      iss: issuer,
      client_id: options.clientId,
      origin_jti: randomUUID(),
      token_use: 'access',
      scope: 'openid',
      auth_time: now,
      exp: now + ttlSeconds,
      iat: now,
      jti: randomUUID(),
      username: claims.username,
    });
    const signature = sign('sha256', Buffer.from(`${header}.${payload}`), key).toString('base64url');
    return `${header}.${payload}.${signature}`;
  };

  const send = (response: ServerResponse, status: number, headers: Record<string, string>, body = ''): void => {
    response.writeHead(status, { 'cache-control': 'no-store', 'x-content-type-options': 'nosniff', 'referrer-policy': 'no-referrer', ...headers });
    response.end(body);
  };
  const html = (response: ServerResponse, status: number, body: string) =>
    send(response, status, { 'content-type': 'text/html; charset=utf-8', 'content-security-policy': "default-src 'none'; style-src 'unsafe-inline'; form-action 'self' http://127.0.0.1:*; frame-ancestors 'none'" }, body);
  const json = (response: ServerResponse, status: number, body: unknown) => send(response, status, { 'content-type': 'application/json' }, JSON.stringify(body));

  const handle = async (request: IncomingMessage, response: ServerResponse): Promise<void> => {
    const url = new URL(request.url ?? '/', issuer);
    const method = request.method ?? 'GET';
    if (method === 'GET' && url.pathname === '/.well-known/jwks.json') return json(response, 200, jwks);
    if (url.pathname === '/oauth2/authorize') {
      const params = method === 'POST' ? await readBody(request) : url.searchParams;
      if (params.get('client_id') !== options.clientId || !redirects.has(params.get('redirect_uri') ?? '') || params.get('response_type') !== 'code') {
        return html(response, 400, '<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Bad request</title></head><body><main><h1>Unknown client or redirect URI</h1></main></body></html>');
      }
      if (params.get('code_challenge_method') !== 'S256' || !params.get('code_challenge')) return html(response, 400, signInPage(params, false));
      if (method === 'GET') return html(response, 200, signInPage(params, false));
      const email = (params.get('email') ?? '').trim().toLowerCase();
      const user = readUsers(options.usersFile).find((entry) => entry.email === email);
      if (!user || !passwordMatches(params.get('password') ?? '', user.passwordHash)) return html(response, 401, signInPage(params, true));
      const code = randomBytes(24).toString('base64url');
      codes.set(code, { user, challenge: params.get('code_challenge') ?? '', redirectUri: params.get('redirect_uri') ?? '', expiresAt: clock().getTime() + 60_000 });
      const target = new URL(params.get('redirect_uri') ?? '');
      target.searchParams.set('code', code);
      if (params.get('state')) target.searchParams.set('state', params.get('state') ?? '');
      return send(response, 302, { location: target.toString() });
    }
    if (method === 'POST' && url.pathname === '/oauth2/token') {
      const params = await readBody(request);
      const code = params.get('code') ?? '';
      const pending = codes.get(code);
      // A code is good once, for a minute, for the client and redirect it was issued to, with its PKCE verifier.
      codes.delete(code);
      const challenge = createHash('sha256').update(params.get('code_verifier') ?? '').digest('base64url');
      if (
        params.get('grant_type') !== 'authorization_code' ||
        params.get('client_id') !== options.clientId ||
        !pending ||
        pending.expiresAt < clock().getTime() ||
        pending.redirectUri !== params.get('redirect_uri') ||
        pending.challenge !== challenge
      ) {
        return json(response, 400, { error: 'invalid_grant' });
      }
      const current = readUsers(options.usersFile).find((entry) => entry.email === pending.user.email);
      if (!current) return json(response, 400, { error: 'invalid_grant' });
      const accessToken = issueToken({ sub: current.sub, groups: [current.office], username: current.email });
      return json(response, 200, { access_token: accessToken, token_type: 'Bearer', expires_in: ttl });
    }
    if (method === 'GET' && url.pathname === '/logout') {
      const target = url.searchParams.get('logout_uri') ?? '';
      if (url.searchParams.get('client_id') !== options.clientId || !redirects.has(target)) return json(response, 400, { error: 'invalid_request' });
      return send(response, 302, { location: target });
    }
    return json(response, 404, { error: 'not_found' });
  };

  const server: Server = createServer((request, response) => {
    handle(request, response).catch(() => {
      if (!response.headersSent) json(response, 500, { error: 'server_error' });
    });
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, '127.0.0.1', () => resolve());
  });
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : 0;
  issuer = `http://127.0.0.1:${port}`;
  return {
    issuer,
    authorizeUrl: `${issuer}/oauth2/authorize`,
    tokenUrl: `${issuer}/oauth2/token`,
    logoutUrl: `${issuer}/logout`,
    jwksUri: `${issuer}/.well-known/jwks.json`,
    jwks,
    clientId: options.clientId,
    allowRedirects: (uris) => uris.forEach((uri) => redirects.add(uri)),
    issueToken: (claims, ttlSeconds) => issueToken(claims, ttlSeconds),
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

/** The development provider's accounts behind the same interface as the user pool's. */
export class LocalOfficeAccounts implements OfficeAccounts {
  constructor(private readonly usersFile: string) {}

  async add(officeId: string, email: string): Promise<{ account: OfficeAccount; temporaryPassword: string | null }> {
    const { user, password } = addLocalUser(this.usersFile, { email, office: officeId });
    return { account: localAccount(user), temporaryPassword: password };
  }

  async remove(officeId: string, email: string): Promise<boolean> {
    return removeLocalUser(this.usersFile, email, officeId);
  }

  async list(officeIds: readonly string[]): Promise<OfficeAccount[]> {
    const wanted = new Set(officeIds);
    return listLocalUsers(this.usersFile).filter((user) => wanted.has(user.office)).map(localAccount);
  }
}

function localAccount(user: LocalUser): OfficeAccount {
  return { email: user.email, officeId: user.office, status: 'LOCAL', enabled: true, createdAt: user.createdAt };
}
