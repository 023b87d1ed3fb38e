import { createHash, randomBytes } from 'node:crypto';
import type { APIGatewayProxyEventV2, APIGatewayProxyStructuredResultV2 } from 'aws-lambda';
import { PORTAL_CSS, renderInboxPage, renderMessagePage, renderReportPage, type PageChrome } from '../../domain/portal/pages';
import { portalLanguageOf, type PortalLanguage } from '../../domain/portal/labels';
import { describeError } from '../../errors';
import type { Log } from '../ports';
import { AccessDeniedError } from './errors';
import type { InboxFilter, PortalService, Viewer } from './portal-service';
import { TokenExchangeError, TokenRefusedError, type IdentityProvider, type TokenVerifier } from './ports';

/**
 * The portal's HTTP side: maps API Gateway HTTP API (payload 2.0) requests to the use
 * cases and their results to pages. It knows sessions and forms; what an office may read
 * is decided by {@link PortalService}, never here.
 *
 * Sessions: the browser signs in with the identity provider (authorization code flow
 * with PKCE), the portal keeps the access token in an HttpOnly, SameSite=Lax cookie and
 * verifies it on every request with aws-jwt-verify. Pages are plain links and forms, so
 * the portal needs no JavaScript; state-changing forms are POSTs whose Origin must be the
 * portal's own.
 */

export interface PortalHttpDeps {
  readonly service: PortalService;
  readonly verifier: TokenVerifier;
  readonly identity: IdentityProvider;
  /** Public origin of the portal, e.g. https://portal.example.org (no trailing slash). */
  readonly baseUrl: string;
  readonly timeZone: string;
  readonly log: Log;
}

type Result = APIGatewayProxyStructuredResultV2;

const SESSION_COOKIE = 'portal_session';
const SIGN_IN_COOKIE = 'portal_signin';
const LANGUAGE_COOKIE = 'portal_lang';
const REPORT_PATH = /^\/reports\/([^/]+)$/;
const ORIGINAL_PATH = /^\/reports\/([^/]+)\/original$/;
const ACKNOWLEDGE_PATH = /^\/reports\/([^/]+)\/acknowledge$/;
const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

function base64url(bytes: Buffer): string {
  return bytes.toString('base64url');
}

function cookiesOf(event: APIGatewayProxyEventV2): Map<string, string> {
  const jar = new Map<string, string>();
  for (const cookie of event.cookies ?? []) {
    const index = cookie.indexOf('=');
    if (index > 0) jar.set(cookie.slice(0, index).trim(), cookie.slice(index + 1).trim());
  }
  return jar;
}

/** A path on this site: starts with one slash, no scheme, no backslash tricks. */
function localPath(value: string | undefined | null, fallback = '/inbox'): string {
  if (!value || !value.startsWith('/') || value.startsWith('//') || value.includes('\\')) return fallback;
  return value;
}

function formOf(event: APIGatewayProxyEventV2): URLSearchParams {
  const body = event.body ?? '';
  return new URLSearchParams(event.isBase64Encoded ? Buffer.from(body, 'base64').toString('utf8') : body);
}

function versionParam(value: string | undefined | null): number | null {
  if (value === undefined || value === null || value === '') return null;
  return /^[1-9]\d{0,5}$/.test(value) ? Number(value) : -1;
}

export class PortalHttp {
  private readonly secure: boolean;
  private readonly formAction: string;

  constructor(private readonly deps: PortalHttpDeps) {
    this.secure = deps.baseUrl.startsWith('https://');
    // Sign-out posts to the portal, which redirects to the provider: both origins may end a form.
    this.formAction = `'self' ${new URL(deps.identity.logoutUrl).origin}`;
  }

  async handle(event: APIGatewayProxyEventV2): Promise<Result> {
    const method = event.requestContext.http.method.toUpperCase();
    const path = event.rawPath || '/';
    const query = new URLSearchParams(event.rawQueryString ?? '');
    const cookies = cookiesOf(event);
    const lang = portalLanguageOf(cookies.get(LANGUAGE_COOKIE));
    const here = `${path}${event.rawQueryString ? `?${event.rawQueryString}` : ''}`;
    let officeName: string | null = null;
    const chrome = (name: string | null): PageChrome => ({ lang, path: here, officeName: name, timeZone: this.deps.timeZone });
    try {
      if (method === 'GET' && path === '/assets/portal.css') {
        return { statusCode: 200, headers: { 'content-type': 'text/css; charset=utf-8', 'cache-control': 'public, max-age=3600', 'x-content-type-options': 'nosniff' }, body: PORTAL_CSS };
      }
      if (method === 'GET' && path === '/') return this.redirect('/inbox');
      if (method === 'GET' && path === '/signin') return this.startSignIn(localPath(query.get('next')));
      if (method === 'GET' && path === '/auth/callback') return await this.finishSignIn(query, cookies, chrome(null));
      if (method === 'GET' && path === '/signed-out') return this.page(200, renderMessagePage(chrome(null), 'signed-out'));
      if (method === 'GET' && path === '/lang') return this.switchLanguage(query);
      if (method === 'POST' && path === '/signout') {
        if (!this.sameOrigin(event)) return this.page(403, renderMessagePage(chrome(null), 'error'));
        return this.signOut();
      }
      const viewer = await this.viewerOf(cookies);
      if (!viewer) {
        if (method === 'GET') return this.redirect(`/signin?next=${encodeURIComponent(here)}`, [this.clearCookie(SESSION_COOKIE)]);
        return this.page(401, renderMessagePage(chrome(null), 'sign-in'), [this.clearCookie(SESSION_COOKIE)]);
      }
      officeName = viewer.office.name;
      const signedIn = chrome(officeName);
      if (method === 'GET' && path === '/inbox') return await this.inbox(viewer, query, signedIn);
      let match = REPORT_PATH.exec(path);
      if (method === 'GET' && match) return await this.report(viewer, decodeURIComponent(match[1] ?? ''), query, signedIn);
      match = ORIGINAL_PATH.exec(path);
      if (method === 'GET' && match) return await this.original(viewer, decodeURIComponent(match[1] ?? ''), query);
      match = ACKNOWLEDGE_PATH.exec(path);
      if (method === 'POST' && match) {
        if (!this.sameOrigin(event)) return this.page(403, renderMessagePage(signedIn, 'error'));
        return await this.acknowledge(viewer, decodeURIComponent(match[1] ?? ''), formOf(event));
      }
      return this.page(404, renderMessagePage(signedIn, 'not-found'));
    } catch (error) {
      if (error instanceof AccessDeniedError) return this.page(404, renderMessagePage(chrome(officeName), 'not-found'));
      this.deps.log.error('portal request failed', { method, path: path.slice(0, 200), error: describeError(error) });
      return this.page(500, renderMessagePage(chrome(officeName), 'error'));
    }
  }

  /** The signed-in viewer, or null (no cookie, or a token the verifier refuses: tampered, expired, foreign). */
  private async viewerOf(cookies: Map<string, string>): Promise<Viewer | null> {
    const token = cookies.get(SESSION_COOKIE);
    if (!token) return null;
    let subject: string;
    let groups: readonly string[];
    try {
      ({ subject, groups } = await this.deps.verifier.verify(token));
    } catch (error) {
      if (!(error instanceof TokenRefusedError)) throw error;
      // Why (expired, bad signature, foreign issuer), never the token itself.
      this.deps.log.warn('portal session refused', { reason: error.reason });
      return null;
    }
    try {
      return this.deps.service.viewerOf(subject, groups);
    } catch (error) {
      if (error instanceof AccessDeniedError) return null;
      throw error;
    }
  }

  private async inbox(viewer: Viewer, query: URLSearchParams, chrome: PageChrome): Promise<Result> {
    const date = (name: string) => {
      const value = query.get(name)?.trim();
      return value && ISO_DATE.test(value) ? value : undefined;
    };
    const words = (name: string, max: number) => {
      const value = query.get(name)?.trim();
      return value ? value.slice(0, max) : undefined;
    };
    const candidate: Record<string, string | undefined> = { from: date('from'), to: date('to'), document: words('document', 60), text: words('q', 100) };
    const filter = Object.fromEntries(Object.entries(candidate).filter(([, value]) => value !== undefined)) as InboxFilter;
    const view = await this.deps.service.inbox(viewer, filter);
    return this.page(200, renderInboxPage({ chrome, filter, rows: view.rows }));
  }

  private async report(viewer: Viewer, reportId: string, query: URLSearchParams, chrome: PageChrome): Promise<Result> {
    const version = versionParam(query.get('v'));
    const view = await this.deps.service.report(viewer, reportId, version);
    return this.page(
      200,
      renderReportPage({
        chrome,
        record: view.record,
        version: view.version,
        latestVersion: view.latestVersion,
        versions: view.versions,
        changes: view.changes,
        previousVersion: view.previousVersion,
        receipt: view.receipt,
        hasOriginal: view.hasOriginal,
        justAcknowledged: query.get('ack') === '1' && Boolean(view.receipt?.acknowledgedAt),
      }),
    );
  }

  private async original(viewer: Viewer, reportId: string, query: URLSearchParams): Promise<Result> {
    const url = await this.deps.service.download(viewer, reportId, versionParam(query.get('v')));
    return { statusCode: 303, headers: { ...this.securityHeaders(), location: url }, body: '' };
  }

  private async acknowledge(viewer: Viewer, reportId: string, form: URLSearchParams): Promise<Result> {
    const version = await this.deps.service.acknowledge(viewer, reportId, versionParam(form.get('v')));
    return this.redirect(`/reports/${encodeURIComponent(reportId)}?v=${version}&ack=1`);
  }

  private startSignIn(next: string): Result {
    const state = base64url(randomBytes(24));
    const verifier = base64url(randomBytes(32));
    const challenge = base64url(createHash('sha256').update(verifier).digest());
    const url = new URL(this.deps.identity.authorizeUrl);
    url.search = new URLSearchParams({
      response_type: 'code',
      client_id: this.deps.identity.clientId,
      redirect_uri: this.callbackUrl(),
      scope: 'openid',
      state,
      code_challenge: challenge,
      code_challenge_method: 'S256',
    }).toString();
    const value = base64url(Buffer.from(JSON.stringify({ state, verifier, next })));
    return this.redirect(url.toString(), [this.cookie(SIGN_IN_COOKIE, value, 600)]);
  }

  private async finishSignIn(query: URLSearchParams, cookies: Map<string, string>, chrome: PageChrome): Promise<Result> {
    const pending = cookies.get(SIGN_IN_COOKIE);
    let saved: { state?: unknown; verifier?: unknown; next?: unknown } = {};
    try {
      saved = pending ? (JSON.parse(Buffer.from(pending, 'base64url').toString('utf8')) as typeof saved) : {};
    } catch {
      saved = {};
    }
    const code = query.get('code');
    if (!code || typeof saved.state !== 'string' || saved.state !== query.get('state') || typeof saved.verifier !== 'string') {
      this.deps.log.warn('portal sign-in refused', { reason: 'state mismatch or no code' });
      return this.page(400, renderMessagePage(chrome, 'sign-in'), [this.clearCookie(SIGN_IN_COOKIE)]);
    }
    let tokens: { accessToken: string; expiresIn: number };
    try {
      tokens = await this.deps.identity.exchangeCode({ code, codeVerifier: saved.verifier, redirectUri: this.callbackUrl() });
    } catch (error) {
      // A code used twice, expired, or exchanged with the wrong verifier: start again.
      if (!(error instanceof TokenExchangeError)) throw error;
      this.deps.log.warn('portal sign-in refused', { reason: 'code exchange refused' });
      return this.page(400, renderMessagePage(chrome, 'sign-in'), [this.clearCookie(SIGN_IN_COOKIE)]);
    }
    // Verified before it becomes a session, so a bad token never reaches a cookie.
    try {
      const claims = await this.deps.verifier.verify(tokens.accessToken);
      this.deps.service.viewerOf(claims.subject, claims.groups);
    } catch (error) {
      if (!(error instanceof TokenRefusedError) && !(error instanceof AccessDeniedError)) throw error;
      this.deps.log.warn('portal sign-in refused', { reason: error instanceof TokenRefusedError ? error.reason : error.reason });
      return this.page(403, renderMessagePage(chrome, 'sign-in'), [this.clearCookie(SIGN_IN_COOKIE)]);
    }
    const next = localPath(typeof saved.next === 'string' ? saved.next : null);
    return this.redirect(next, [this.cookie(SESSION_COOKIE, tokens.accessToken, tokens.expiresIn), this.clearCookie(SIGN_IN_COOKIE)]);
  }

  private signOut(): Result {
    const url = new URL(this.deps.identity.logoutUrl);
    url.search = new URLSearchParams({ client_id: this.deps.identity.clientId, logout_uri: `${this.deps.baseUrl}/signed-out` }).toString();
    return this.redirect(url.toString(), [this.clearCookie(SESSION_COOKIE)], 303);
  }

  private switchLanguage(query: URLSearchParams): Result {
    const lang: PortalLanguage = portalLanguageOf(query.get('to'));
    return this.redirect(localPath(query.get('back')), [this.cookie(LANGUAGE_COOKIE, lang, 365 * 24 * 3600)]);
  }

  private callbackUrl(): string {
    return `${this.deps.baseUrl}/auth/callback`;
  }

  /** A form post must come from the portal's own pages (the SameSite cookie is the first guard, this the second). */
  private sameOrigin(event: APIGatewayProxyEventV2): boolean {
    const origin = event.headers?.origin ?? event.headers?.Origin;
    const same = origin === new URL(this.deps.baseUrl).origin;
    if (!same) this.deps.log.warn('portal form refused', { reason: origin ? 'foreign origin' : 'no origin' });
    return same;
  }

  private cookie(name: string, value: string, maxAgeSeconds: number): string {
    return `${name}=${value}; Path=/; HttpOnly; SameSite=Lax; Max-Age=${Math.max(0, Math.floor(maxAgeSeconds))}${this.secure ? '; Secure' : ''}`;
  }

  private clearCookie(name: string): string {
    return this.cookie(name, '', 0);
  }

  private securityHeaders(): Record<string, string> {
    return {
      'content-security-policy': `default-src 'none'; style-src 'self'; img-src 'self'; form-action ${this.formAction}; frame-ancestors 'none'; base-uri 'none'`,
      'x-content-type-options': 'nosniff',
      // Not no-referrer: with it browsers send `Origin: null` on form posts, and the origin check needs the real one.
      'referrer-policy': 'same-origin',
      'x-frame-options': 'DENY',
      'cache-control': 'no-store',
      ...(this.secure ? { 'strict-transport-security': 'max-age=31536000; includeSubDomains' } : {}),
    };
  }

  private page(statusCode: number, body: string, cookies: string[] = []): Result {
    return { statusCode, headers: { ...this.securityHeaders(), 'content-type': 'text/html; charset=utf-8' }, cookies, body };
  }

  private redirect(location: string, cookies: string[] = [], statusCode = 302): Result {
    return { statusCode, headers: { ...this.securityHeaders(), location }, cookies, body: '' };
  }
}

