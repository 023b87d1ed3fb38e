import { Logger } from '@aws-lambda-powertools/logger';
import type { APIGatewayProxyEventV2, APIGatewayProxyStructuredResultV2, Context } from 'aws-lambda';
import { createAwsClients } from '../shared/adapters/aws-clients';
import { powertoolsLog } from './parser-dependencies';
import type { PortalHttp } from '../shared/app/portal/http';
import { createPortalHttp } from './portal-dependencies';
import { PORTAL_SERVICE_NAME, readPortalSettings } from '../shared/app/portal/settings';

// Built once per execution environment, not per invocation.
const logger = new Logger({ serviceName: PORTAL_SERVICE_NAME });
const settings = readPortalSettings();
const clients = createAwsClients({
  ...(settings.awsEndpoint ? { endpoint: settings.awsEndpoint } : {}),
  ...(settings.dynamoEndpoint ? { dynamoEndpoint: settings.dynamoEndpoint } : {}),
});
let portal: Promise<PortalHttp> | null = null;

/** HTTP API (payload 2.0) request -> the portal's pages and actions. */
export async function handler(event: APIGatewayProxyEventV2, context?: Context): Promise<APIGatewayProxyStructuredResultV2> {
  if (context) logger.addContext(context);
  // A failed start-up (JWKS unreachable) is retried on the next request, not cached.
  portal ??= createPortalHttp(settings, clients, powertoolsLog(logger)).catch((error: unknown) => {
    portal = null;
    throw error;
  });
  return (await portal).handle(event);
}
