import * as z from 'zod';
import type { ProvinceConfig } from '../../config/province-config';
import { ENV, jsonSetting, provinceConfigFromEnvironment } from '../../config/runtime-env';
import { ConfigError } from '../../errors';
import { formatZodIssues } from '../../zod-issues';

/**
 * Environment of the portal function. The CDK construct sets these names and the
 * handler reads them once at start-up. The table, the province config and the emulator
 * endpoints use the parser's names ({@link ENV}).
 */
export const PORTAL_ENV = {
  /** Public origin of the portal, e.g. https://reports.example.org (no trailing slash). */
  baseUrl: 'PORTAL_BASE_URL',
  /** Origin of the sign-in domain: `/oauth2/authorize`, `/oauth2/token` and `/logout` live under it. */
  authDomainUrl: 'PORTAL_AUTH_DOMAIN_URL',
  clientId: 'PORTAL_CLIENT_ID',
  /** Cognito user pool whose access tokens are accepted (AWS). */
  userPoolId: 'PORTAL_USER_POOL_ID',
  /** Development only: issuer and JWKS of the local identity provider, instead of a user pool. */
  tokenIssuer: 'PORTAL_TOKEN_ISSUER',
  jwksUri: 'PORTAL_JWKS_URI',
  /** S3 endpoint that presigned download links point at, when it is not the regional one (local run). */
  downloadEndpoint: 'PORTAL_DOWNLOAD_ENDPOINT',
  downloadExpirySeconds: 'PORTAL_DOWNLOAD_EXPIRY_SECONDS',
  /**
   * The offices as JSON `[{id, name, level, unit}]`, without their endpoints: the portal
   * needs who may read what, not where notices go (and the environment holds 4 KB).
   * With it, the province config's own offices are ignored.
   */
  officesJson: 'PORTAL_OFFICES_JSON',
  /** The same offices in a file of the bundle, for a config too large for the environment. */
  officesFile: 'PORTAL_OFFICES_FILE',
  /** The SQS and HTTPS endpoints of the offices as JSON `[{officeId, endpoint}]` (delivery receipts). */
  deliveryEndpointsJson: 'PORTAL_DELIVERY_ENDPOINTS_JSON',
  /** The same endpoints in a file of the bundle, for a config too large for the environment. */
  deliveryEndpointsFile: 'PORTAL_DELIVERY_ENDPOINTS_FILE',
} as const;

/** Powertools service name of the delivery-receipts function. */
export const DELIVERY_SERVICE_NAME = 'report-delivery-receipts';

/** One office as the portal's environment carries it. */
const portalOfficeSchema = z.object({
  id: z.string().min(1),
  name: z.string().min(1),
  level: z.enum(['unit', 'province']),
  unit: z.string().min(1).nullable(),
});

/** The offices of a config in the form {@link PORTAL_ENV.officesJson} carries. */
export function portalOfficesJson(config: ProvinceConfig): string {
  return JSON.stringify(
    config.offices.map((office) => ({ id: office.id, name: office.name, level: office.level, unit: office.level === 'province' ? null : (office.unit ?? office.id) })),
  );
}

/** Powertools service name of the portal function. */
export const PORTAL_SERVICE_NAME = 'report-portal';

/** Lifetime of a download link when the environment names none. */
export const DEFAULT_DOWNLOAD_EXPIRY_SECONDS = 60;

const schema = z
  .object({
    [ENV.tableName]: z.string().min(1),
    [PORTAL_ENV.baseUrl]: z.url().transform((value) => value.replace(/\/+$/, '')),
    [PORTAL_ENV.authDomainUrl]: z.url().transform((value) => value.replace(/\/+$/, '')),
    [PORTAL_ENV.clientId]: z.string().min(1),
    [PORTAL_ENV.userPoolId]: z.string().regex(/^[\w-]+_[0-9a-zA-Z]+$/).optional(),
    [PORTAL_ENV.tokenIssuer]: z.url().optional(),
    [PORTAL_ENV.jwksUri]: z.url().optional(),
    [PORTAL_ENV.downloadEndpoint]: z.url().optional(),
    [PORTAL_ENV.downloadExpirySeconds]: z.coerce.number().int().min(10).max(900).default(DEFAULT_DOWNLOAD_EXPIRY_SECONDS),
    [ENV.awsEndpoint]: z.url().optional(),
    [ENV.dynamoEndpoint]: z.url().optional(),
  })
  .refine((env) => Boolean(env[PORTAL_ENV.userPoolId]) !== Boolean(env[PORTAL_ENV.tokenIssuer] && env[PORTAL_ENV.jwksUri]), {
    message: `set either ${PORTAL_ENV.userPoolId} or both ${PORTAL_ENV.tokenIssuer} and ${PORTAL_ENV.jwksUri}`,
  });

export type TokenSource = { readonly kind: 'cognito'; readonly userPoolId: string } | { readonly kind: 'jwks'; readonly issuer: string; readonly jwksUri: string };

export interface PortalSettings {
  readonly tableName: string;
  readonly baseUrl: string;
  readonly authDomainUrl: string;
  readonly clientId: string;
  readonly tokens: TokenSource;
  readonly downloadEndpoint: string | null;
  readonly downloadExpirySeconds: number;
  readonly awsEndpoint: string | null;
  readonly dynamoEndpoint: string | null;
  readonly province: ProvinceConfig;
}

/** Reads and validates the portal's environment; throws {@link ConfigError} naming every problem. */
export function readPortalSettings(env: NodeJS.ProcessEnv = process.env): PortalSettings {
  const parsed = schema.safeParse(env);
  if (!parsed.success) {
    throw new ConfigError('portal environment is invalid', formatZodIssues(parsed.error, { root: 'environment' }));
  }
  const values = parsed.data;
  let province = provinceConfigFromEnvironment(env);
  const officesJson = jsonSetting(env, PORTAL_ENV.officesJson, PORTAL_ENV.officesFile);
  if (officesJson) {
    let raw: unknown;
    try {
      raw = JSON.parse(officesJson);
    } catch (cause) {
      throw new ConfigError(`${PORTAL_ENV.officesJson} is not valid JSON: ${(cause as Error).message}`);
    }
    const offices = z.array(portalOfficeSchema).safeParse(raw);
    if (!offices.success) throw new ConfigError(`${PORTAL_ENV.officesJson} is invalid`, formatZodIssues(offices.error));
    // Endpoints stay out of the portal's environment; it never sends notices.
    province = {
      ...province,
      offices: offices.data.map((office) => ({ id: office.id, name: office.name, level: office.level, ...(office.unit ? { unit: office.unit } : {}), endpoints: [] })),
    };
  }
  const userPoolId = values[PORTAL_ENV.userPoolId];
  return {
    tableName: values[ENV.tableName],
    baseUrl: values[PORTAL_ENV.baseUrl],
    authDomainUrl: values[PORTAL_ENV.authDomainUrl],
    clientId: values[PORTAL_ENV.clientId],
    tokens: userPoolId
      ? { kind: 'cognito', userPoolId }
      : { kind: 'jwks', issuer: values[PORTAL_ENV.tokenIssuer] ?? '', jwksUri: values[PORTAL_ENV.jwksUri] ?? '' },
    downloadEndpoint: values[PORTAL_ENV.downloadEndpoint] ?? null,
    downloadExpirySeconds: values[PORTAL_ENV.downloadExpirySeconds],
    awsEndpoint: values[ENV.awsEndpoint] ?? null,
    dynamoEndpoint: values[ENV.dynamoEndpoint] ?? null,
    province,
  };
}

/** Stack outputs of the portal: the CLI finds the user pool of a deployed stack through them. */
export const PORTAL_STACK_OUTPUTS = {
  portalUrl: 'PortalUrl',
  userPoolId: 'PortalUserPoolId',
  signInDomain: 'PortalSignInDomain',
} as const;
