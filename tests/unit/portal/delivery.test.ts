import { createAwsClients } from '../../../shared/adapters/aws-clients';
import { DynamoReportRepository } from '../../../shared/adapters/dynamo-report-repository';
import { DynamoNoticeLookup, DynamoReceiptStore } from '../../../shared/adapters/receipts';
import { deliveryEndpointsOf, parseDeliveryStatus, recordDeliveryStatuses } from '../../../shared/app/portal/delivery';
import type { Log } from '../../../shared/app/ports';
import { loadProvinceConfig } from '../../../shared/config/province-config';
import { audienceOf } from '../../../shared/domain/routing';
import { createReportsTable } from '../../../shared/local/provision';
import { useDynalite } from '../../support/dynalite';
import { sampleRecord } from '../../support/portal-memory';
import { ROOT } from '../../support/pipeline-process';

const dynamoEndpoint = useDynalite();
const base = loadProvinceConfig(`${ROOT}/config/hai-duong.json`);
const QUEUE = 'arn:aws:sqs:ap-southeast-1:123456789012:gia-loc-notices';
const HOOK = 'https://tuky.example.vn/notices';
// The same config with one office receiving by SQS and one by HTTPS.
const config = {
  ...base,
  offices: base.offices.map((office) =>
    office.id === 'gia-loc'
      ? { ...office, endpoints: [...office.endpoints, { protocol: 'sqs' as const, endpoint: QUEUE }] }
      : office.id === 'tu-ky'
        ? { ...office, endpoints: [{ protocol: 'https' as const, endpoint: HOOK }] }
        : office,
  ),
};

/** A delivery-status log line as SNS writes it for an SQS or HTTPS endpoint. */
function logLine(messageId: string, destination: string, status = 'SUCCESS', timestamp = '2024-03-08 02:00:05.120'): string {
  return JSON.stringify({
    notification: { messageMD5Sum: 'x', messageId, topicArn: 'arn:aws:sns:ap-southeast-1:123456789012:reports', timestamp },
    delivery: { deliveryId: 'd', destination, providerResponse: '{}', dwellTimeMs: 80, attempts: 1, statusCode: 200 },
    status,
  });
}

describe('delivered receipts from SNS delivery-status logs', () => {
  const warnings: Record<string, unknown>[] = [];
  const log: Log = { debug: () => undefined, info: () => undefined, warn: (_m, fields) => void warnings.push(fields ?? {}), error: () => undefined };

  it('reads the endpoints that report delivery, and no e-mail address or phone number', () => {
    expect(deliveryEndpointsOf(config)).toEqual([
      { officeId: 'gia-loc', endpoint: QUEUE },
      { officeId: 'tu-ky', endpoint: HOOK },
    ]);
  });

  it('parses a log line, its time in UTC and the dwell time', () => {
    expect(parseDeliveryStatus(logLine('m-1', QUEUE))).toEqual({
      messageId: 'm-1',
      destination: QUEUE,
      status: 'SUCCESS',
      publishedAt: '2024-03-08T02:00:05.120Z',
      deliveredAt: '2024-03-08T02:00:05.200Z',
    });
    expect(parseDeliveryStatus('not json')).toBeNull();
    expect(parseDeliveryStatus('{"status":"SUCCESS"}')).toBeNull();
  });

  it('records delivered for the office of the endpoint and the version of the message, by key reads only', async () => {
    const table = 'delivery-receipts';
    await createReportsTable({ dynamoEndpoint: dynamoEndpoint() }, table);
    const { dynamo } = createAwsClients({ endpoint: dynamoEndpoint(), maxAttempts: 1 });
    const repository = new DynamoReportRepository(dynamo, table);
    const record = sampleRecord(`${ROOT}/samples/gia-loc-2024-03-08-party-building-review.en.txt`, config);
    await repository.saveVersion({
      record,
      version: 1,
      previousVersion: 0,
      source: { bucket: 'b', key: 'incoming/x.txt', versionId: null },
      concerns: audienceOf(record, config),
      now: '2024-03-08T02:00:00.000Z',
    });
    await repository.markNotified(record.reportId, 1, 'm-1', '2024-03-08T02:00:05.000Z');
    const receipts = new DynamoReceiptStore(dynamo, table);
    const result = await recordDeliveryStatuses(
      [
        parseDeliveryStatus(logLine('m-1', QUEUE)),
        parseDeliveryStatus(logLine('m-1', HOOK)),
        parseDeliveryStatus(logLine('m-1', HOOK, 'FAILURE')),
        parseDeliveryStatus(logLine('m-unknown', QUEUE)),
        parseDeliveryStatus(logLine('m-1', 'arn:aws:sqs:ap-southeast-1:123456789012:someone-else')),
      ].filter((status) => status !== null),
      { lookup: new DynamoNoticeLookup(dynamo, table), receipts, endpoints: deliveryEndpointsOf(config), log },
    );
    expect(result).toEqual({ recorded: 2, unattributed: 2 });
    const rows = (await receipts.forReport(record.reportId)).map((receipt) => [receipt.officeId, receipt.version, receipt.deliveredAt]);
    expect(rows).toEqual([
      ['gia-loc', 1, '2024-03-08T02:00:05.200Z'],
      ['tu-ky', 1, '2024-03-08T02:00:05.200Z'],
    ]);
    expect(warnings).toEqual([
      { messageId: 'm-unknown', reason: 'unknown message' },
      { messageId: 'm-1', reason: 'unknown endpoint' },
    ]);
  });
});
