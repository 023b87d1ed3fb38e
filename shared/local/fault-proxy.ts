import { createServer, request as httpRequest, type IncomingHttpHeaders, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { seededRandom as seeded } from '../seeded-random';

/**
 * A loopback HTTP proxy between the parser and the emulators that makes a chosen fraction
 * of DynamoDB and SNS Publish requests fail, lose their answer, or stall, so reliability
 * tests can watch the use case recover. S3 and SQS requests always pass untouched.
 *
 * Control API (same port):
 *   POST /__faults        {"seed":7,"dynamodb":{"rate":0.25,"mode":"error"},"sns":[...]}
 *                         replaces the fault plan; `{}` turns every fault off;
 *                         `"resetStats": true` also zeroes the counters
 *   GET  /__faults        the current plan
 *   GET  /__faults/stats  request and fault counts, and a log of each fault injected
 *
 * Decisions come from a seeded generator drawn once per DynamoDB/SNS request, so a plan
 * with the same seed makes the same sequence of decisions; which request gets which
 * decision still depends on the order concurrent requests arrive in.
 */

export type FaultService = 'dynamodb' | 'sns';
/**
 * - `error`: answered with a 5xx at once; the emulator never sees the request.
 * - `lost-response`: forwarded and carried out, then answered with a 5xx, as when a
 *   connection drops after the service acted (the client cannot tell it happened).
 * - `stall`: forwarded after `stallMs`.
 */
export type FaultMode = 'error' | 'lost-response' | 'stall';

export interface FaultRule {
  /** Fraction of matching requests this rule takes, 0..1. */
  readonly rate: number;
  readonly mode: FaultMode;
  /** Status of `error` and `lost-response` answers (default 500). */
  readonly status?: 500 | 503;
  /** Delay of `stall` (default 1000 ms). */
  readonly stallMs?: number;
  /** Only these operations (`PutItem`, `UpdateItem`, `Publish`...); default all. */
  readonly operations?: readonly string[];
}

export interface FaultPlan {
  readonly seed?: number;
  readonly dynamodb?: FaultRule | readonly FaultRule[] | null;
  readonly sns?: FaultRule | readonly FaultRule[] | null;
}

/** One fault injected, with what identifies the request it hit. */
export interface FaultRecord {
  readonly at: string;
  readonly service: FaultService;
  readonly operation: string;
  readonly mode: FaultMode;
  /** DynamoDB: the item's partition key; SNS: the `notificationId` message attribute. */
  readonly subject: string | null;
  /** DynamoDB UpdateItem: the update expression (tells a lease from a mark-notified write). */
  readonly expression: string | null;
}

export interface FaultStats {
  readonly requests: Record<FaultService | 'other', number>;
  readonly injected: Record<FaultService, Record<FaultMode, number>>;
  readonly faults: readonly FaultRecord[];
}

export interface FaultProxy {
  /** Endpoint the parser uses for S3, SQS and SNS. */
  readonly endpoint: string;
  /** Endpoint the parser uses for DynamoDB (the same port: requests are told apart by their target). */
  readonly dynamoEndpoint: string;
  /** Base URL of the control API. */
  readonly controlUrl: string;
  setPlan(plan: FaultPlan, resetStats?: boolean): void;
  stats(): FaultStats;
  close(): Promise<void>;
}

export interface FaultProxyOptions {
  /** Upstream for S3, SQS and SNS. */
  readonly endpoint: string;
  /** Upstream for DynamoDB. */
  readonly dynamoEndpoint: string;
  readonly port?: number;
}

const MAX_RECORDS = 20_000;

interface Classified {
  readonly service: FaultService | 'other';
  readonly operation: string;
  readonly subject: string | null;
  readonly expression: string | null;
  readonly upstream: string;
}

function header(headers: IncomingHttpHeaders, name: string): string {
  const value = headers[name];
  return Array.isArray(value) ? (value[0] ?? '') : (value ?? '');
}

function dynamoSubject(body: Buffer): { subject: string | null; expression: string | null } {
  try {
    const parsed = JSON.parse(body.toString('utf8')) as { Key?: { pk?: { S?: string } }; Item?: { pk?: { S?: string } }; UpdateExpression?: string };
    return {
      subject: parsed.Key?.pk?.S ?? parsed.Item?.pk?.S ?? null,
      expression: typeof parsed.UpdateExpression === 'string' ? parsed.UpdateExpression.slice(0, 200) : null,
    };
  } catch {
    return { subject: null, expression: null };
  }
}

/** The `notificationId` attribute of a query-protocol Publish. */
function snsQuerySubject(form: URLSearchParams): string | null {
  for (const [name, value] of form) {
    const match = /^MessageAttributes\.entry\.(\d+)\.Name$/.exec(name);
    if (match && value === 'notificationId') return form.get(`MessageAttributes.entry.${match[1]}.Value.StringValue`);
  }
  return null;
}

function snsJsonSubject(body: Buffer): string | null {
  try {
    const parsed = JSON.parse(body.toString('utf8')) as { MessageAttributes?: Record<string, { StringValue?: string }> };
    return parsed.MessageAttributes?.notificationId?.StringValue ?? null;
  } catch {
    return null;
  }
}

function classify(request: IncomingMessage, body: Buffer, options: FaultProxyOptions): Classified {
  const target = header(request.headers, 'x-amz-target');
  if (target.startsWith('DynamoDB_')) {
    return { service: 'dynamodb', operation: target.split('.').pop() ?? target, ...dynamoSubject(body), upstream: options.dynamoEndpoint };
  }
  if (target.startsWith('AmazonSNS') || target.startsWith('AmazonSimpleNotificationService')) {
    const operation = target.split('.').pop() ?? target;
    return { service: operation === 'Publish' ? 'sns' : 'other', operation, subject: snsJsonSubject(body), expression: null, upstream: options.endpoint };
  }
  if (request.method === 'POST' && header(request.headers, 'content-type').includes('application/x-www-form-urlencoded')) {
    const form = new URLSearchParams(body.toString('utf8'));
    const action = form.get('Action') ?? '';
    // SQS's query protocol has no Publish; a Publish with a TopicArn or TargetArn is SNS.
    if (action === 'Publish' && (form.has('TopicArn') || form.has('TargetArn'))) {
      return { service: 'sns', operation: action, subject: snsQuerySubject(form), expression: null, upstream: options.endpoint };
    }
    return { service: 'other', operation: action, subject: null, expression: null, upstream: options.endpoint };
  }
  return { service: 'other', operation: request.method ?? '', subject: null, expression: null, upstream: options.endpoint };
}

function errorAnswer(service: FaultService, status: 500 | 503): { headers: Record<string, string>; body: string } {
  const code = status === 503 ? 'ServiceUnavailable' : 'InternalFailure';
  if (service === 'dynamodb') {
    return {
      headers: { 'content-type': 'application/x-amz-json-1.0', 'x-amzn-errortype': code },
      body: JSON.stringify({ __type: `com.amazon.coral.service#${code}`, message: 'fault injected by the local fault proxy' }),
    };
  }
  return {
    headers: { 'content-type': 'text/xml' },
    body: `<ErrorResponse><Error><Type>Receiver</Type><Code>${code}</Code><Message>fault injected by the local fault proxy</Message></Error><RequestId>fault-proxy</RequestId></ErrorResponse>`,
  };
}

function rulesOf(value: FaultRule | readonly FaultRule[] | null | undefined): readonly FaultRule[] {
  if (!value) return [];
  return Array.isArray(value) ? value : [value as FaultRule];
}

function validatePlan(raw: unknown): FaultPlan {
  if (typeof raw !== 'object' || raw === null) throw new Error('the plan must be a JSON object');
  const plan = raw as Record<string, unknown>;
  for (const service of ['dynamodb', 'sns'] as const) {
    const rules = plan[service];
    if (rules === undefined || rules === null) continue;
    for (const rule of Array.isArray(rules) ? rules : [rules]) {
      const candidate = rule as Partial<FaultRule>;
      if (typeof candidate.rate !== 'number' || candidate.rate < 0 || candidate.rate > 1) throw new Error(`${service}: rate must be a number in 0..1`);
      if (!['error', 'lost-response', 'stall'].includes(String(candidate.mode))) throw new Error(`${service}: mode must be error, lost-response or stall`);
    }
  }
  if (plan.seed !== undefined && typeof plan.seed !== 'number') throw new Error('seed must be a number');
  return plan as FaultPlan;
}

function emptyStats(): { requests: FaultStats['requests']; injected: FaultStats['injected']; faults: FaultRecord[] } {
  const modes = (): Record<FaultMode, number> => ({ error: 0, 'lost-response': 0, stall: 0 });
  return { requests: { dynamodb: 0, sns: 0, other: 0 }, injected: { dynamodb: modes(), sns: modes() }, faults: [] };
}

/** Starts the proxy on 127.0.0.1 (a free port unless one is given). */
export async function startFaultProxy(options: FaultProxyOptions): Promise<FaultProxy> {
  let plan: FaultPlan = {};
  let random = seeded(1);
  let counters = emptyStats();

  const setPlan = (next: FaultPlan, resetStats = false): void => {
    plan = next;
    random = seeded(next.seed ?? 1);
    if (resetStats) counters = emptyStats();
  };

  const decide = (service: FaultService, operation: string): FaultRule | null => {
    const rules = rulesOf(plan[service]).filter((rule) => !rule.operations || rule.operations.includes(operation));
    if (rules.length === 0) return null;
    const draw = random();
    let cumulative = 0;
    for (const rule of rules) {
      cumulative += rule.rate;
      if (draw < cumulative) return rule;
    }
    return null;
  };

  const forward = (request: IncomingMessage, body: Buffer, upstream: string): Promise<IncomingMessage> =>
    new Promise((resolve, reject) => {
      const target = new URL(request.url ?? '/', upstream);
      const headers = { ...request.headers, 'content-length': String(body.byteLength) };
      delete headers['transfer-encoding'];
      const outgoing = httpRequest(
        { hostname: target.hostname, port: target.port, path: `${target.pathname}${target.search}`, method: request.method, headers },
        resolve,
      );
      outgoing.on('error', reject);
      outgoing.end(body);
    });

  const answerError = (response: ServerResponse, service: FaultService, status: 500 | 503): void => {
    const answer = errorAnswer(service, status);
    response.writeHead(status, { ...answer.headers, 'content-length': String(Buffer.byteLength(answer.body)) });
    response.end(answer.body);
  };

  const control = async (request: IncomingMessage, body: Buffer, response: ServerResponse): Promise<void> => {
    const path = (request.url ?? '').split('?')[0];
    const reply = (status: number, value: unknown) => {
      const text = JSON.stringify(value);
      response.writeHead(status, { 'content-type': 'application/json', 'content-length': String(Buffer.byteLength(text)) });
      response.end(text);
    };
    if (path === '/__faults/stats' && request.method === 'GET') return reply(200, counters);
    if (path === '/__faults' && request.method === 'GET') return reply(200, plan);
    if (path === '/__faults' && request.method === 'POST') {
      try {
        const raw = JSON.parse(body.toString('utf8') || '{}') as Record<string, unknown>;
        setPlan(validatePlan(raw), raw.resetStats === true);
        return reply(200, plan);
      } catch (error) {
        return reply(400, { error: (error as Error).message });
      }
    }
    return reply(404, { error: 'unknown control path' });
  };

  const handle = async (request: IncomingMessage, response: ServerResponse): Promise<void> => {
    const chunks: Buffer[] = [];
    for await (const chunk of request) chunks.push(chunk as Buffer);
    const body = Buffer.concat(chunks);
    if ((request.url ?? '').startsWith('/__faults')) return control(request, body, response);

    const classified = classify(request, body, options);
    counters.requests[classified.service] += 1;
    const rule = classified.service === 'other' ? null : decide(classified.service, classified.operation);
    if (rule && classified.service !== 'other') {
      counters.injected[classified.service][rule.mode] += 1;
      if (counters.faults.length < MAX_RECORDS) {
        counters.faults.push({
          at: new Date().toISOString(),
          service: classified.service,
          operation: classified.operation,
          mode: rule.mode,
          subject: classified.subject,
          expression: classified.expression,
        });
      }
      if (rule.mode === 'error') return answerError(response, classified.service, rule.status ?? 500);
      if (rule.mode === 'stall') await new Promise((resolve) => setTimeout(resolve, rule.stallMs ?? 1000));
    }
    const upstream = await forward(request, body, classified.upstream);
    if (rule?.mode === 'lost-response' && classified.service !== 'other') {
      // The emulator has acted; only its answer is lost.
      upstream.resume();
      await new Promise((resolve) => upstream.once('end', resolve));
      return answerError(response, classified.service, rule.status ?? 500);
    }
    response.writeHead(upstream.statusCode ?? 502, upstream.headers);
    upstream.pipe(response);
  };

  const server: Server = createServer((request, response) => {
    handle(request, response).catch((error: unknown) => {
      if (response.headersSent) {
        response.destroy();
        return;
      }
      const text = `fault proxy could not reach the emulator: ${(error as Error).message}`;
      response.writeHead(502, { 'content-type': 'text/plain', 'content-length': String(Buffer.byteLength(text)) });
      response.end(text);
    });
  });
  server.keepAliveTimeout = 5000;
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, '127.0.0.1', () => resolve());
  });
  const { port } = server.address() as AddressInfo;
  const url = `http://127.0.0.1:${port}`;
  return {
    endpoint: url,
    dynamoEndpoint: url,
    controlUrl: `${url}/__faults`,
    setPlan,
    stats: () => counters,
    close: () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  };
}
