import { Logger } from '@aws-lambda-powertools/logger';
import type { APIGatewayProxyEventV2, APIGatewayProxyStructuredResultV2, Context } from 'aws-lambda';
import { createAwsClients } from '../shared/adapters/aws-clients';
import type { PortalHttp } from '../shared/app/portal/http';
import { PORTAL_SERVICE_NAME, readPortalSettings } from '../shared/app/portal/settings';
import { powertoolsLog } from './parser-dependencies';
import { createPortalHttp } from './portal-dependencies';

export type PortalHandler = (event: APIGatewayProxyEventV2, context?: Context) => Promise<APIGatewayProxyStructuredResultV2>;

export interface PortalHandlerDependencies {
  /** Starts the portal (it fetches the token keys, so it is asynchronous). */
  readonly startPortal: () => Promise<PortalHttp>;
  /** Attaches the invocation to the log lines that follow. */
  readonly addContext?: (context: Context) => void;
}

/** HTTP API (payload 2.0) request -> the portal's pages and actions. */
export function createPortalHandler(deps: PortalHandlerDependencies): PortalHandler {
  let portal: Promise<PortalHttp> | null = null;
  return async (event, context) => {
    if (context) deps.addContext?.(context);
    // A failed start-up (JWKS unreachable) is retried on the next request, not cached.
    portal ??= deps.startPortal().catch((error: unknown) => {
      portal = null;
      throw error;
    });
    return (await portal).handle(event);
  };
}

/** The Lambda's dependencies, from its validated environment. */
function lambdaDependencies(): PortalHandlerDependencies {
  const logger = new Logger({ serviceName: PORTAL_SERVICE_NAME });
  const settings = readPortalSettings(process.env);
  const clients = createAwsClients({
    ...(settings.awsEndpoint ? { endpoint: settings.awsEndpoint } : {}),
    ...(settings.dynamoEndpoint ? { dynamoEndpoint: settings.dynamoEndpoint } : {}),
  });
  return {
    startPortal: () => createPortalHttp(settings, clients, powertoolsLog(logger)),
    addContext: (context) => logger.addContext(context),
  };
}

// Built once per execution environment, at its first invocation.
let lambdaHandler: PortalHandler | null = null;

/** The Lambda entry (the stack points at this export). */
export async function handler(event: APIGatewayProxyEventV2, context?: Context): Promise<APIGatewayProxyStructuredResultV2> {
  lambdaHandler ??= createPortalHandler(lambdaDependencies());
  return lambdaHandler(event, context);
}
