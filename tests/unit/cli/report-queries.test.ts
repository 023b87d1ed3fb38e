import { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { BatchGetCommand, DynamoDBDocumentClient, QueryCommand, ScanCommand } from '@aws-sdk/lib-dynamodb';
import { mockClient } from 'aws-sdk-client-mock';
import { ReportQueries, planQuery } from '../../../shared/adapters/report-queries';

const dynamo = mockClient(DynamoDBDocumentClient);
const client = DynamoDBDocumentClient.from(new DynamoDBClient({ region: 'us-east-1' }));
const queries = new ReportQueries(client, 'reports');

const meta = (id: string, date: string, status = 'notified') => ({
  pk: `REPORT#${id}`,
  sk: 'META',
  reportId: id,
  status,
  version: 1,
  updatedAt: `2024-06-01T00:00:0${id.slice(-1)}Z`,
  card: { title: `Report ${id}`, event: { date }, scope: 'district', organizer: null, districts: ['gia-loc'] },
});

describe('query plan', () => {
  it('queries a document before a person, a person before a district, a district before a status', () => {
    expect(planQuery({ document: '35-ct/tw', person: 'A', district: 'gia-loc', status: 'stored' })).toMatchObject({
      key: 'document',
      lookupPks: ['DOC#35-CT/TW'],
      inMemory: ['person', 'district', 'status'],
    });
    expect(planQuery({ person: 'Trần Đức Thắng', district: 'gia-loc' })).toMatchObject({ key: 'person', lookupPks: ['PERSON#tran duc thang'], inMemory: ['district'] });
    expect(planQuery({ district: 'gia-loc', status: 'notified' })).toMatchObject({ key: 'district', lookupPks: ['UNIT#gia-loc'], inMemory: ['status'] });
    expect(planQuery({ status: 'stored' })).toMatchObject({ key: 'status', lookupPks: ['STATUS#stored'], inMemory: [] });
    expect(planQuery({})).toMatchObject({ key: 'all', lookupPks: ['STATUS#stored', 'STATUS#notified', 'STATUS#held', 'STATUS#rejected'] });
  });

  it('puts date bounds on the event-date sort key, leaving undated reports out', () => {
    expect(planQuery({ district: 'x', from: '2024-01-01', to: '2024-03-31' }).range).toEqual({ low: '2024-01-01#', high: '2024-03-31#~' });
    expect(planQuery({ district: 'x', to: '2024-03-31' }).range).toEqual({ low: '0001-01-01#', high: '2024-03-31#~' });
    expect(planQuery({ district: 'x' }).range).toBeNull();
  });

  it('checks the event date in memory for status keys, whose sort key is the update time', () => {
    expect(planQuery({ status: 'notified', from: '2024-01-01' })).toMatchObject({ range: null, inMemory: ['event date'] });
  });
});

describe('report queries', () => {
  beforeEach(() => dynamo.reset());

  it('serves a district and date listing from the lookup index, page by page, never a scan', async () => {
    dynamo
      .on(QueryCommand)
      .resolvesOnce({ Items: [{ reportId: 'r-2' }], LastEvaluatedKey: { pk: 'x' } })
      .resolvesOnce({ Items: [{ reportId: 'r-1' }] });
    dynamo.on(BatchGetCommand).resolves({ Responses: { reports: [meta('r-1', '2024-02-01'), meta('r-2', '2024-03-01')] } });
    const listing = await queries.listReports({ district: 'gia-loc', from: '2024-01-01', to: '2024-12-31' });
    expect(listing.rows.map((row) => row.reportId)).toEqual(['r-2', 'r-1']);
    expect(listing.rows[0]).toMatchObject({ eventDate: '2024-03-01', status: 'notified', title: 'Report r-2', districts: ['gia-loc'] });
    const calls = dynamo.commandCalls(QueryCommand);
    expect(calls).toHaveLength(2);
    expect(calls[0]!.args[0].input).toMatchObject({
      IndexName: 'lookup',
      KeyConditionExpression: '#lpk = :lpk AND #lsk BETWEEN :low AND :high',
      ExpressionAttributeValues: { ':lpk': 'UNIT#gia-loc', ':low': '2024-01-01#', ':high': '2024-12-31#~' },
      ScanIndexForward: false,
    });
    expect(calls[1]!.args[0].input.ExclusiveStartKey).toEqual({ pk: 'x' });
    expect(dynamo.commandCalls(ScanCommand)).toHaveLength(0);
  });

  it('drops hits that lack the index item of another filter or have another status', async () => {
    dynamo.on(QueryCommand).resolves({ Items: [{ reportId: 'r-1' }, { reportId: 'r-2' }, { reportId: 'r-3' }] });
    dynamo.on(BatchGetCommand).resolves({
      Responses: {
        reports: [
          meta('r-1', '2024-01-01'),
          { pk: 'REPORT#r-1', sk: 'UNIT#gia-loc' },
          meta('r-2', '2024-01-01'),
          meta('r-3', '2024-01-01', 'stored'),
          { pk: 'REPORT#r-3', sk: 'UNIT#gia-loc' },
        ],
      },
    });
    const listing = await queries.listReports({ document: '35-CT/TW', district: 'gia-loc', status: 'notified' });
    expect(listing.rows.map((row) => row.reportId)).toEqual(['r-1']);
    const keys = dynamo.commandCalls(BatchGetCommand)[0]!.args[0].input.RequestItems?.reports?.Keys;
    expect(keys).toContainEqual({ pk: 'REPORT#r-2', sk: 'UNIT#gia-loc' });
  });

  it('retries keys DynamoDB left unprocessed', async () => {
    dynamo.on(QueryCommand).resolves({ Items: [{ reportId: 'r-1' }] });
    dynamo
      .on(BatchGetCommand)
      .resolvesOnce({ Responses: { reports: [] }, UnprocessedKeys: { reports: { Keys: [{ pk: 'REPORT#r-1', sk: 'META' }] } } })
      .resolvesOnce({ Responses: { reports: [meta('r-1', '2024-01-01')] } });
    expect((await queries.listReports({ person: 'x' })).rows).toHaveLength(1);
  });

  it('stops at the limit and says more were left', async () => {
    dynamo.on(QueryCommand).resolves({ Items: [{ reportId: 'r-1' }, { reportId: 'r-2' }, { reportId: 'r-3' }] });
    dynamo.on(BatchGetCommand).resolves({ Responses: { reports: [meta('r-1', '2024-01-01'), meta('r-2', '2024-01-01'), meta('r-3', '2024-01-01')] } });
    const listing = await queries.listReports({ district: 'gia-loc', limit: 2 });
    expect(listing.rows).toHaveLength(2);
    expect(listing.truncated).toBe(true);
  });

  it('lists every report from the status keys, most recently changed first', async () => {
    dynamo.on(QueryCommand, { ExpressionAttributeValues: { ':lpk': 'STATUS#stored' } }).resolves({ Items: [meta('r-1', '2024-01-01', 'stored')] });
    dynamo.on(QueryCommand, { ExpressionAttributeValues: { ':lpk': 'STATUS#notified' } }).resolves({ Items: [meta('r-2', '2023-01-01'), meta('r-0', '2024-05-01')] });
    dynamo.on(QueryCommand, { ExpressionAttributeValues: { ':lpk': 'STATUS#held' } }).resolves({ Items: [meta('r-3', '2024-02-01', 'held')] });
    dynamo.on(QueryCommand, { ExpressionAttributeValues: { ':lpk': 'STATUS#rejected' } }).resolves({ Items: [] });
    const listing = await queries.listReports({ from: '2024-01-01' });
    expect(listing.rows.map((row) => row.reportId)).toEqual(['r-3', 'r-1', 'r-0']);
  });

  it('lists failed uploads from STATUS#failed with the dates on the failure time', async () => {
    dynamo.on(QueryCommand).resolves({
      Items: [{ bucket: 'b', key: 'incoming/x.pdf', reason: 'corrupt-pdf', detail: 'damaged', quarantineKey: 'quarantine/x.pdf', failedAt: '2024-05-02T10:00:00.000Z', size: 10 }],
    });
    const { rows } = await queries.listFailed({ from: '2024-05-01', to: '2024-05-31' });
    expect(rows).toEqual([
      { bucket: 'b', key: 'incoming/x.pdf', reason: 'corrupt-pdf', detail: 'damaged', quarantineKey: 'quarantine/x.pdf', failedAt: '2024-05-02T10:00:00.000Z', size: 10, versionId: null },
    ]);
    expect(dynamo.commandCalls(QueryCommand)[0]!.args[0].input.ExpressionAttributeValues).toEqual({ ':lpk': 'STATUS#failed', ':low': '2024-05-01', ':high': '2024-05-31~' });
  });
});
