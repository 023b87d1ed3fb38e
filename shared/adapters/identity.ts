import { CognitoJwtVerifier, JwtVerifier } from 'aws-jwt-verify';
import {
  CognitoJwtInvalidClientIdError,
  CognitoJwtInvalidTokenUseError,
  JwtExpiredError,
  JwtInvalidIssuerError,
  JwtInvalidSignatureAlgorithmError,
  JwtInvalidSignatureError,
  JwtParseError,
  KidNotFoundInJwksError,
} from 'aws-jwt-verify/error';
import type { Fetcher } from 'aws-jwt-verify/https';
import { SimpleJwksCache } from 'aws-jwt-verify/jwk';
import { TokenExchangeError, TokenRefusedError, type IdentityProvider, type TokenVerifier, type VerifiedToken } from '../app/portal/ports';

/**
 * Token verification and the OAuth 2.0 code exchange. Tokens are only ever verified by
 * aws-jwt-verify (signature against the provider's JWKS, issuer, expiry, token use,
 * client id): the portal never decodes a token itself.
 */


function groupsOf(payload: Record<string, unknown>): string[] {
  const groups = payload['cognito:groups'];
  return Array.isArray(groups) ? groups.map(String) : [];
}

/** Why the library refused a token, in words fit for a log line (class names do not survive minification). */
function refusalOf(error: unknown): TokenRefusedError {
  const reason =
    error instanceof JwtExpiredError
      ? 'expired'
      : error instanceof JwtInvalidSignatureError || error instanceof JwtInvalidSignatureAlgorithmError
        ? 'bad signature'
        : error instanceof KidNotFoundInJwksError
          ? 'unknown signing key'
          : error instanceof JwtInvalidIssuerError
            ? 'foreign issuer'
            : error instanceof CognitoJwtInvalidClientIdError || error instanceof CognitoJwtInvalidTokenUseError
              ? 'wrong client or token use'
              : error instanceof JwtParseError
                ? 'malformed'
                : 'invalid';
  return new TokenRefusedError(reason, { cause: error });
}

async function verifying(verify: () => Promise<unknown>): Promise<VerifiedToken> {
  let payload: unknown;
  try {
    payload = await verify();
  } catch (error) {
    throw refusalOf(error);
  }
  return verified(payload as Record<string, unknown>);
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
  return { verify: (token) => verifying(() => verifier.verify(token)) };
}

/**
 * Reads one JWKS over plain HTTP (the library's own fetcher speaks only HTTPS). It
 * fetches nothing but the URI it was made for.
 */
function loopbackJwksFetcher(jwksUri: string): Fetcher {
  return {
    fetch: async (uri) => {
      if (uri !== jwksUri) throw new Error(`refusing to fetch ${uri}`);
      const response = await fetch(uri);
      if (!response.ok) throw new Error(`JWKS answered ${response.status}`);
      return response.arrayBuffer();
    },
  };
}

/**
 * Access tokens of any issuer that signs Cognito-shaped access tokens with RSA keys (the
 * local development identity provider, which serves its JWKS over plain HTTP).
 */
export function jwksTokenVerifier(options: { issuer: string; clientId: string; jwksUri: string }): TokenVerifier {
  const verifier = JwtVerifier.create(
    {
      issuer: options.issuer,
      // Cognito access tokens carry no `aud`; the client is checked through `client_id` instead.
      audience: null,
      jwksUri: options.jwksUri,
      customJwtCheck: ({ payload }) => {
        // The same checks CognitoJwtVerifier makes, with its error classes.
        if (payload.token_use !== 'access') throw new CognitoJwtInvalidTokenUseError('not an access token', payload.token_use, ['access']);
        if (payload.client_id !== options.clientId) throw new CognitoJwtInvalidClientIdError('token of another client', payload.client_id, options.clientId);
      },
    },
    { jwksCache: new SimpleJwksCache({ fetcher: loopbackJwksFetcher(options.jwksUri) }) },
  );
  return { verify: (token) => verifying(() => verifier.verify(token)) };
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
