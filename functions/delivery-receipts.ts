import { gunzipSync } from 'node:zlib';
import { Logger } from '@aws-lambda-powertools/logger';
import type { CloudWatchLogsDecodedData, CloudWatchLogsEvent, Context } from 'aws-lambda';
import { createAwsClients } from '../shared/adapters/aws-clients';
import { DynamoNoticeLookup, DynamoReceiptStore } from '../shared/adapters/receipts';
import { parseDeliveryStatus, recordDeliveryStatuses, type DeliveryDeps, type DeliveryEndpoints, type DeliveryStatus } from '../shared/app/portal/delivery';
import { DELIVERY_SERVICE_NAME, PORTAL_ENV } from '../shared/app/portal/settings';
import { ENV, jsonSetting } from '../shared/config/runtime-env';
import { ConfigError } from '../shared/errors';
import { powertoolsLog } from './parser-dependencies';

export type DeliveryReceiptsHandler = (event: CloudWatchLogsEvent, context?: Context) => Promise<void>;

export interface DeliveryReceiptsDependencies {
  readonly recording: DeliveryDeps;
  /** Attaches the invocation to the log lines that follow. */
  readonly addContext?: (context: Context) => void;
}

/** SNS delivery-status log events (via a subscription filter) -> `delivered` receipts. */
export function createDeliveryReceiptsHandler(deps: DeliveryReceiptsDependencies): DeliveryReceiptsHandler {
  return async (event, context) => {
    if (context) deps.addContext?.(context);
    const data = JSON.parse(gunzipSync(Buffer.from(event.awslogs.data, 'base64')).toString('utf8')) as CloudWatchLogsDecodedData;
    const statuses = data.logEvents.map((entry) => parseDeliveryStatus(entry.message)).filter((status): status is DeliveryStatus => status !== null);
    const result = await recordDeliveryStatuses(statuses, deps.recording);
    deps.recording.log.info('delivery statuses recorded', { events: data.logEvents.length, ...result });
  };
}

/** The Lambda's dependencies, from its environment. */
function lambdaDependencies(): DeliveryReceiptsDependencies {
  const logger = new Logger({ serviceName: DELIVERY_SERVICE_NAME });
  const tableName = process.env[ENV.tableName];
  const endpointsJson = jsonSetting(process.env, PORTAL_ENV.deliveryEndpointsJson, PORTAL_ENV.deliveryEndpointsFile);
  if (!tableName || !endpointsJson) throw new ConfigError(`set ${ENV.tableName} and ${PORTAL_ENV.deliveryEndpointsJson}`);
  const clients = createAwsClients();
  return {
    recording: {
      lookup: new DynamoNoticeLookup(clients.dynamo, tableName),
      receipts: new DynamoReceiptStore(clients.dynamo, tableName),
      endpoints: JSON.parse(endpointsJson) as DeliveryEndpoints,
      log: powertoolsLog(logger),
    },
    addContext: (context) => logger.addContext(context),
  };
}

// Built once per execution environment, at its first invocation.
let lambdaHandler: DeliveryReceiptsHandler | null = null;

/** The Lambda entry (the stack points at this export). */
export async function handler(event: CloudWatchLogsEvent, context?: Context): Promise<void> {
  lambdaHandler ??= createDeliveryReceiptsHandler(lambdaDependencies());
  return lambdaHandler(event, context);
}
