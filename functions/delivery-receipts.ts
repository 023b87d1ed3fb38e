import { gunzipSync } from 'node:zlib';
import { Logger } from '@aws-lambda-powertools/logger';
import type { CloudWatchLogsDecodedData, CloudWatchLogsEvent, Context } from 'aws-lambda';
import { createAwsClients } from '../shared/adapters/aws-clients';
import { DynamoNoticeLookup, DynamoReceiptStore } from '../shared/adapters/receipts';
import { parseDeliveryStatus, recordDeliveryStatuses, type DeliveryEndpoints, type DeliveryStatus } from '../shared/app/portal/delivery';
import { DELIVERY_SERVICE_NAME, PORTAL_ENV } from '../shared/app/portal/settings';
import { powertoolsLog } from '../shared/app/parser-runtime';
import { ENV, jsonSetting } from '../shared/config/runtime-env';
import { ConfigError } from '../shared/errors';

// Built once per execution environment, not per invocation.
const logger = new Logger({ serviceName: DELIVERY_SERVICE_NAME });
const tableName = process.env[ENV.tableName];
const endpointsJson = jsonSetting(process.env, PORTAL_ENV.deliveryEndpointsJson, PORTAL_ENV.deliveryEndpointsFile);
if (!tableName || !endpointsJson) throw new ConfigError(`set ${ENV.tableName} and ${PORTAL_ENV.deliveryEndpointsJson}`);
const endpoints = JSON.parse(endpointsJson) as DeliveryEndpoints;
const clients = createAwsClients();
const deps = {
  lookup: new DynamoNoticeLookup(clients.dynamo, tableName),
  receipts: new DynamoReceiptStore(clients.dynamo, tableName),
  endpoints,
  log: powertoolsLog(logger),
};

/** SNS delivery-status log events (via a subscription filter) -> `delivered` receipts. */
export async function handler(event: CloudWatchLogsEvent, context?: Context): Promise<void> {
  if (context) logger.addContext(context);
  const data = JSON.parse(gunzipSync(Buffer.from(event.awslogs.data, 'base64')).toString('utf8')) as CloudWatchLogsDecodedData;
  const statuses = data.logEvents.map((entry) => parseDeliveryStatus(entry.message)).filter((status): status is DeliveryStatus => status !== null);
  const result = await recordDeliveryStatuses(statuses, deps);
  logger.info('delivery statuses recorded', { events: data.logEvents.length, ...result });
}
