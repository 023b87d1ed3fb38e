import { timingSafeEqual } from 'node:crypto';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { Readable } from 'node:stream';
import { Logger } from '@aws-lambda-powertools/logger';
import { GetObjectCommand, S3Client } from '@aws-sdk/client-s3';
import { getSignedUrl } from '@aws-sdk/s3-request-presigner';
import type { APIGatewayProxyEventV2, APIGatewayProxyStructuredResultV2 } from 'aws-lambda';
import type { AwsClients } from '../adapters/aws-clients';
import { DEFAULT_DOWNLOAD_EXPIRY_SECONDS, PORTAL_SERVICE_NAME, type PortalSettings } from '../app/portal/settings';
import type { Log } from '../app/ports';
import { officesOf, type ProvinceConfig } from '../config/province-config';
import { describeError } from '../errors';
import { createPortalHandler } from '../../functions/portal';
import { powertoolsLog } from '../../functions/parser-dependencies';
import { createPortalHttp } from '../../functions/portal-dependencies';
import { addLocalUser, generatePassword, startLocalIdentity, type LocalIdentity } from './local-identity';

/**
 * The portal on this machine: a loopback HTTP server that turns each request into the
 * API Gateway HTTP API (payload 2.0) event the Lambda receives, calls the same handler,
 * and writes its result back.
 */

export type PortalHandler = (event: APIGatewayProxyEventV2) => Promise<APIGatewayProxyStructuredResultV2>;

export interface RunningServer {
  readonly url: string;
  close(): Promise<void>;
}

async function listen(server: Server, port: number): Promise<string> {
  await new Promise<void>((resolve, reject) => {
    const onError = (error: NodeJS.ErrnoException) => {
      // A busy preferred port falls back to a free one, as the emulators do.
      if (error.code === 'EADDRINUSE' && port !== 0) {
        server.listen(0, '127.0.0.1', () => resolve());
        return;
      }
      reject(error);
    };
    server.once('error', onError);
    server.listen(port, '127.0.0.1', () => {
      server.off('error', onError);
      resolve();
    });
  });
  const address = server.address();
  return `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}`;
}

async function bodyOf(request: IncomingMessage, limit: number): Promise<Buffer> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of request) {
    size += (chunk as Buffer).length;
    if (size > limit) throw new Error('request body too large');
    chunks.push(chunk as Buffer);
  }
  return Buffer.concat(chunks);
}

/** The payload 2.0 event API Gateway would build for this request. */
export function httpApiEventOf(request: IncomingMessage, body: Buffer): APIGatewayProxyEventV2 {
  const url = new URL(request.url ?? '/', 'http://127.0.0.1');
  const headers: Record<string, string> = {};
  for (const [name, value] of Object.entries(request.headers)) {
    if (name === 'cookie' || value === undefined) continue;
    headers[name] = Array.isArray(value) ? value.join(',') : value;
  }
  const cookies = (request.headers.cookie ?? '')
    .split(';')
    .map((part) => part.trim())
    .filter(Boolean);
  const method = request.method ?? 'GET';
  const now = new Date();
  return {
    version: '2.0',
    routeKey: '$default',
    rawPath: url.pathname,
    rawQueryString: url.search.slice(1),
    ...(cookies.length ? { cookies } : {}),
    headers,
    requestContext: {
      accountId: '000000000000',
      apiId: 'local',
      domainName: headers.host ?? '127.0.0.1',
      domainPrefix: 'local',
      http: { method, path: url.pathname, protocol: 'HTTP/1.1', sourceIp: request.socket.remoteAddress ?? '127.0.0.1', userAgent: headers['user-agent'] ?? '' },
      requestId: `local-${now.getTime()}`,
      routeKey: '$default',
      stage: '$default',
      time: now.toUTCString(),
      timeEpoch: now.getTime(),
    },
    ...(body.length ? { body: body.toString('base64'), isBase64Encoded: true } : { isBase64Encoded: false }),
  };
}

/** Serves the portal handler on a loopback port (0: any free one). */
export async function startPortalServer(options: { handler: () => PortalHandler; port?: number; log: Log }): Promise<RunningServer> {
  const server = createServer((request, response) => {
    void (async () => {
      try {
        const body = await bodyOf(request, 64 * 1024);
        const result = await options.handler()(httpApiEventOf(request, body));
        const headers: Record<string, string | string[]> = {};
        for (const [name, value] of Object.entries(result.headers ?? {})) headers[name] = String(value);
        if (result.cookies?.length) headers['set-cookie'] = result.cookies;
        response.writeHead(result.statusCode ?? 200, headers);
        response.end(result.isBase64Encoded ? Buffer.from(result.body ?? '', 'base64') : (result.body ?? ''));
      } catch (error) {
        options.log.error('local portal request failed', { error: describeError(error) });
        if (!response.headersSent) response.writeHead(500, { 'content-type': 'text/plain' });
        response.end('internal error');
      }
    })();
  });
  const url = await listen(server, options.port ?? 0);
  return { url, close: () => new Promise<void>((resolve) => server.close(() => resolve())) };
}

function s3Error(response: ServerResponse, status: number, code: string, message: string): void {
  response.writeHead(status, { 'content-type': 'application/xml' });
  response.end(`<?xml version="1.0" encoding="UTF-8"?>\n<Error><Code>${code}</Code><Message>${message}</Message></Error>`);
}

/** `20240111T010203Z` -> Date. */
function amzDate(value: string): Date | null {
  const match = /^(\d{4})(\d{2})(\d{2})T(\d{2})(\d{2})(\d{2})Z$/.exec(value);
  return match ? new Date(Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3]), Number(match[4]), Number(match[5]), Number(match[6]))) : null;
}

/**
 * Stands in for S3's handling of presigned GetObject URLs, which the emulators do not
 * enforce: the link's signature is recomputed with the SDK's own presigner from the same
 * request and signing time and compared, a link past `X-Amz-Expires` is refused with
 * S3's `AccessDenied`, and a valid one streams exactly the object version it names, with
 * the `response-content-disposition` it was signed with. Development only.
 */
export async function startDownloadGate(options: {
  /** The emulator the objects are read from. */
  readonly s3: S3Client;
  readonly region: string;
  readonly port?: number;
  readonly log: Log;
  readonly clock?: () => Date;
}): Promise<RunningServer> {
  const clock = options.clock ?? (() => new Date());
  let signer: S3Client | null = null;
  let url = '';
  const signerClient = (): S3Client =>
    (signer ??= new S3Client({ region: options.region, endpoint: url, forcePathStyle: true, credentials: { accessKeyId: 'local', secretAccessKey: 'local' } }));
  const handle = async (request: IncomingMessage, response: ServerResponse): Promise<void> => {
    const requestUrl = new URL(request.url ?? '/', url);
    const query = requestUrl.searchParams;
    const [bucket, ...keyParts] = requestUrl.pathname.slice(1).split('/');
    const key = keyParts.map((part) => decodeURIComponent(part)).join('/');
    const signature = query.get('X-Amz-Signature') ?? '';
    const signedAt = amzDate(query.get('X-Amz-Date') ?? '');
    const expires = Number(query.get('X-Amz-Expires') ?? NaN);
    if (request.method !== 'GET' || !bucket || !key || !signature || !signedAt || !Number.isInteger(expires)) {
      return s3Error(response, 403, 'AccessDenied', 'Request is not a presigned GetObject');
    }
    const versionId = query.get('versionId');
    const disposition = query.get('response-content-disposition');
    const expected = new URL(
      await getSignedUrl(
        signerClient(),
        new GetObjectCommand({ Bucket: bucket, Key: key, ...(versionId ? { VersionId: versionId } : {}), ...(disposition ? { ResponseContentDisposition: disposition } : {}) }),
        { expiresIn: expires, signingDate: signedAt },
      ),
    ).searchParams.get('X-Amz-Signature') ?? '';
    if (expected.length !== signature.length || !timingSafeEqual(Buffer.from(expected), Buffer.from(signature))) {
      options.log.warn('download refused', { reason: 'signature does not match' });
      return s3Error(response, 403, 'SignatureDoesNotMatch', 'The request signature we calculated does not match the signature you provided.');
    }
    if (clock().getTime() > signedAt.getTime() + expires * 1000) {
      options.log.warn('download refused', { reason: 'link expired' });
      return s3Error(response, 403, 'AccessDenied', 'Request has expired');
    }
    const object = await options.s3.send(new GetObjectCommand({ Bucket: bucket, Key: key, ...(versionId ? { VersionId: versionId } : {}) }));
    response.writeHead(200, {
      'content-type': object.ContentType ?? 'application/octet-stream',
      ...(object.ContentLength !== undefined ? { 'content-length': String(object.ContentLength) } : {}),
      ...(disposition ? { 'content-disposition': disposition } : {}),
      'cache-control': 'no-store',
    });
    const body = object.Body as Readable | undefined;
    if (!body) return void response.end();
    body.pipe(response);
  };
  const server = createServer((request, response) => {
    handle(request, response).catch((error: unknown) => {
      options.log.warn('download failed', { error: describeError(error) });
      if (!response.headersSent) s3Error(response, 404, 'NoSuchKey', 'The specified key does not exist.');
      else response.end();
    });
  });
  url = await listen(server, options.port ?? 0);
  return { url, close: () => new Promise<void>((resolve) => server.close(() => resolve())) };
}

/** The portal of a local run: the portal server, its identity provider and download gate. */
export interface LocalPortal {
  readonly url: string;
  readonly identity: LocalIdentity;
  readonly downloadUrl: string;
  readonly usersFile: string;
  /** One account per office, all with the run's password (development only). */
  readonly accounts: readonly { readonly officeId: string; readonly email: string }[];
  readonly password: string;
  close(): Promise<void>;
}

/** The local client id of the portal at the development identity provider. */
export const LOCAL_PORTAL_CLIENT_ID = 'reports-portal-local';

/** The e-mail of the development account of an office. */
export function localAccountOf(officeId: string): string {
  return `${officeId}@offices.local`;
}

/**
 * Starts the portal for a local run. The handler is the Lambda's, built by its factory
 * (`functions/portal`) from this run's identity provider, download gate and table.
 */
export async function startLocalPortal(options: {
  readonly clients: AwsClients;
  readonly region: string;
  readonly config: ProvinceConfig;
  readonly tableName: string;
  readonly endpoint: string;
  readonly dynamoEndpoint: string;
  readonly usersFile: string;
  readonly port?: number;
  readonly downloadExpirySeconds?: number;
  readonly log: Log;
}): Promise<LocalPortal> {
  const gate = await startDownloadGate({ s3: options.clients.s3, region: options.region, log: options.log });
  // The Lambda's handler, built by its factory once the identity provider and the server's
  // address are known (before the first request can arrive: the server has no users yet).
  let lambdaHandler: PortalHandler | null = null;
  const portal = await startPortalServer({
    handler: () => {
      if (!lambdaHandler) throw new Error('the portal is still starting');
      return lambdaHandler;
    },
    ...(options.port !== undefined ? { port: options.port } : {}),
    log: options.log,
  });
  const identity = await startLocalIdentity({
    usersFile: options.usersFile,
    clientId: LOCAL_PORTAL_CLIENT_ID,
    redirectUris: [`${portal.url}/auth/callback`, `${portal.url}/signed-out`],
  });
  const password = generatePassword();
  const accounts = officesOf(options.config).map((office) => ({ officeId: office.id, email: localAccountOf(office.id) }));
  for (const account of accounts) addLocalUser(options.usersFile, { email: account.email, office: account.officeId, password });
  const settings: PortalSettings = {
    tableName: options.tableName,
    baseUrl: portal.url,
    authDomainUrl: identity.issuer,
    clientId: LOCAL_PORTAL_CLIENT_ID,
    tokens: { kind: 'jwks', issuer: identity.issuer, jwksUri: identity.jwksUri },
    // Download links point at the gate, which the browser reaches, not at the emulator.
    downloadEndpoint: gate.url,
    downloadExpirySeconds: options.downloadExpirySeconds ?? DEFAULT_DOWNLOAD_EXPIRY_SECONDS,
    awsEndpoint: options.endpoint,
    dynamoEndpoint: options.dynamoEndpoint,
    province: options.config,
  };
  const logger = new Logger({ serviceName: PORTAL_SERVICE_NAME, logLevel: 'WARN' });
  lambdaHandler = createPortalHandler({
    startPortal: () => createPortalHttp(settings, options.clients, powertoolsLog(logger)),
    addContext: (context) => logger.addContext(context),
  });
  return {
    url: portal.url,
    identity,
    downloadUrl: gate.url,
    usersFile: options.usersFile,
    accounts,
    password,
    close: async () => {
      await portal.close();
      await identity.close();
      await gate.close();
    },
  };
}
