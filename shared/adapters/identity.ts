import { CognitoJwtVerifier, JwtVerifier } from 'aws-jwt-verify';
import type { IdentityProvider, TokenVerifier, VerifiedToken } from '../app/portal/ports';
import { ReportsError } from '../errors';

/**
 * Token verification and the OAuth 2.0 code exchange. Tokens are only ever verified by
 * aws-jwt-verify (signature against the provider's JWKS, issuer, expiry, token use,
 * client id): the portal never decodes a token itself.
 */

/** The identity provider answered the code exchange with an error or nonsense. */
export class TokenExchangeError extends ReportsError {}

function groupsOf(payload: Record<string, unknown>): string[] {
  const groups = payload['cognito:groups'];
  return Array.isArray(groups) ? groups.map(String) : [];
}

function verified(payload: Record<string, unknown>): VerifiedToken {
  return { subject: String(payload.sub ?? ''), groups: groupsOf(payload), expiresAt: Number(payload.exp ?? 0) };
}

/**
 * Access tokens of an Amazon Cognito user pool app client. The JWKS is fetched from
 * Cognito and cached; `jwks` hands it in instead (an emulator serving it over HTTP).
 */
export function cognitoTokenVerifier(options: { userPoolId: string; clientId: string; jwks?: { keys: Record<string, unknown>[] } }): TokenVerifier {
  const verifier = CognitoJwtVerifier.create({ userPoolId: options.userPoolId, tokenUse: 'access', clientId: options.clientId });
  if (options.jwks) verifier.cacheJwks(options.jwks as unknown as Parameters<typeof verifier.cacheJwks>[0]);
  return { verify: async (token) => verified((await verifier.verify(token)) as unknown as Record<string, unknown>) };
}

/**
 * Access tokens of any issuer that signs Cognito-shaped access tokens with RSA keys
 * (the local development identity provider). The JWKS is handed in, because the local
 * provider serves it over plain HTTP and the library fetches only over HTTPS.
 */
export function jwksTokenVerifier(options: { issuer: string; clientId: string; jwksUri: string; jwks: { keys: Record<string, unknown>[] } }): TokenVerifier {
  const verifier = JwtVerifier.create({
    issuer: options.issuer,
    // Cognito access tokens carry no `aud`; the client is checked through `client_id` instead.
    audience: null,
    jwksUri: options.jwksUri,
    customJwtCheck: ({ payload }) => {
      if (payload.token_use !== 'access') throw new Error('not an access token');
      if (payload.client_id !== options.clientId) throw new Error('token of another client');
    },
  });
  verifier.cacheJwks(options.jwks as unknown as Parameters<typeof verifier.cacheJwks>[0]);
  return { verify: async (token) => verified((await verifier.verify(token)) as unknown as Record<string, unknown>) };
}

/** An OAuth 2.0 provider with a public client (no secret; PKCE protects the code). */
export function oauthProvider(options: { authorizeUrl: string; tokenUrl: string; logoutUrl: string; clientId: string }): IdentityProvider {
  return {
    authorizeUrl: options.authorizeUrl,
    logoutUrl: options.logoutUrl,
    clientId: options.clientId,
    exchangeCode: async ({ code, codeVerifier, redirectUri }) => {
      const response = await fetch(options.tokenUrl, {
        method: 'POST',
        headers: { 'content-type': 'application/x-www-form-urlencoded' },
        body: new URLSearchParams({ grant_type: 'authorization_code', client_id: options.clientId, code, code_verifier: codeVerifier, redirect_uri: redirectUri }),
      });
      const body = (await response.json().catch(() => ({}))) as { access_token?: unknown; expires_in?: unknown; error?: unknown };
      if (!response.ok || typeof body.access_token !== 'string') {
        throw new TokenExchangeError(`code exchange refused (${response.status} ${typeof body.error === 'string' ? body.error : 'no error code'})`);
      }
      return { accessToken: body.access_token, expiresIn: typeof body.expires_in === 'number' ? body.expires_in : 3600 };
    },
  };
}
