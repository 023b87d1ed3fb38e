import { BatchGetCommand, QueryCommand, UpdateCommand, type DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import type { NoticeLookup } from '../app/portal/delivery';
import type { Receipt, ReceiptEvent, ReceiptStore } from '../app/portal/ports';
import { TABLE_DESIGN } from '../config/runtime-env';
import { TransientDependencyError } from '../errors';
import { keys } from './dynamo-report-repository';

/**
 * Receipts live in the report's own partition, one item per office and version:
 * `pk = REPORT#id, sk = RECEIPT#office#V#000001`, with the first time each event
 * happened. A report's receipts are one Query on its partition; an office's receipts for
 * a list of reports are one BatchGetItem. Receipt items carry no `lookupPk`, so they
 * never appear on the `lookup` index.
 */

type Item = Record<string, unknown>;

const FIELD: Record<ReceiptEvent, string> = { delivered: 'deliveredAt', opened: 'openedAt', acknowledged: 'acknowledgedAt' };

export function receiptSortKey(officeId: string, version: number): string {
  return `RECEIPT#${officeId}#${keys.version(version)}`;
}

const text = (value: unknown): string | null => (typeof value === 'string' ? value : null);

function receiptOf(item: Item): Receipt {
  return {
    reportId: String(item.reportId ?? ''),
    version: Number(item.version ?? 0),
    officeId: String(item.officeId ?? ''),
    deliveredAt: text(item.deliveredAt),
    openedAt: text(item.openedAt),
    acknowledgedAt: text(item.acknowledgedAt),
  };
}

export class DynamoReceiptStore implements ReceiptStore {
  constructor(
    private readonly dynamo: DynamoDBDocumentClient,
    private readonly tableName: string,
  ) {}

  async record(event: ReceiptEvent, key: { reportId: string; version: number; officeId: string }, at: string): Promise<void> {
    const field = FIELD[event];
    await this.dynamo.send(
      new UpdateCommand({
        TableName: this.tableName,
        Key: { pk: keys.report(key.reportId), sk: receiptSortKey(key.officeId, key.version) },
        // if_not_exists keeps the first time: opening a report twice does not move "opened".
        UpdateExpression: 'SET #reportId = :reportId, #version = :version, #officeId = :officeId, #field = if_not_exists(#field, :at)',
        ExpressionAttributeNames: { '#reportId': 'reportId', '#version': 'version', '#officeId': 'officeId', '#field': field },
        ExpressionAttributeValues: { ':reportId': key.reportId, ':version': key.version, ':officeId': key.officeId, ':at': at },
      }),
    );
  }

  async forReport(reportId: string): Promise<Receipt[]> {
    const receipts: Receipt[] = [];
    let startKey: Record<string, unknown> | undefined;
    do {
      const page = await this.dynamo.send(
        new QueryCommand({
          TableName: this.tableName,
          KeyConditionExpression: '#pk = :pk AND begins_with(#sk, :prefix)',
          ExpressionAttributeNames: { '#pk': 'pk', '#sk': 'sk' },
          ExpressionAttributeValues: { ':pk': keys.report(reportId), ':prefix': 'RECEIPT#' },
          ...(startKey ? { ExclusiveStartKey: startKey } : {}),
        }),
      );
      receipts.push(...(page.Items ?? []).map(receiptOf));
      startKey = page.LastEvaluatedKey;
    } while (startKey);
    return receipts;
  }

  async forOffice(officeId: string, versions: readonly { reportId: string; version: number }[]): Promise<Receipt[]> {
    const unique = [...new Map(versions.map((entry) => [`${entry.reportId}:${entry.version}`, entry])).values()];
    const found: Receipt[] = [];
    for (let start = 0; start < unique.length; start += 100) {
      let pending: Record<string, unknown>[] | undefined = unique
        .slice(start, start + 100)
        .map((entry) => ({ pk: keys.report(entry.reportId), sk: receiptSortKey(officeId, entry.version) }));
      for (let attempt = 0; pending && pending.length > 0; attempt++) {
        if (attempt === 6) throw new TransientDependencyError('dynamodb', 'receipt keys left unprocessed after 6 attempts');
        const request: Record<string, unknown>[] = pending;
        const response = await this.dynamo.send(new BatchGetCommand({ RequestItems: { [this.tableName]: { Keys: request } } }));
        found.push(...(response.Responses?.[this.tableName] ?? []).map(receiptOf));
        pending = response.UnprocessedKeys?.[this.tableName]?.Keys;
        if (pending?.length) await new Promise((resolve) => setTimeout(resolve, 50 * 2 ** attempt));
      }
    }
    return found;
  }
}

/**
 * Finds the report version of an SNS message id. A report's META item records each
 * publish in its history (`messageId`, `version`) and sits on the `lookup` index under
 * its status, sorted by its last change, so the reports changed shortly after the publish
 * are one Query per status (no Scan, no index of message ids).
 */
export class DynamoNoticeLookup implements NoticeLookup {
  constructor(
    private readonly dynamo: DynamoDBDocumentClient,
    private readonly tableName: string,
    /** How long after a publish a report may still have changed status (a later version stored or held). */
    private readonly windowMs = 15 * 60_000,
  ) {}

  async findNotice(messageId: string, publishedAt: string): Promise<{ reportId: string; version: number } | null> {
    const from = new Date(new Date(publishedAt).getTime() - 60_000).toISOString();
    const to = new Date(new Date(publishedAt).getTime() + this.windowMs).toISOString();
    const { name, partitionKey, sortKey } = TABLE_DESIGN.lookupIndex;
    for (const status of ['notified', 'stored', 'held']) {
      let startKey: Record<string, unknown> | undefined;
      do {
        const page = await this.dynamo.send(
          new QueryCommand({
            TableName: this.tableName,
            IndexName: name,
            KeyConditionExpression: '#lpk = :lpk AND #lsk BETWEEN :from AND :to',
            ProjectionExpression: '#reportId, #history',
            ExpressionAttributeNames: { '#lpk': partitionKey, '#lsk': sortKey, '#reportId': 'reportId', '#history': 'history' },
            ExpressionAttributeValues: { ':lpk': keys.status(status), ':from': from, ':to': `${to}~` },
            ...(startKey ? { ExclusiveStartKey: startKey } : {}),
          }),
        );
        for (const item of page.Items ?? []) {
          const history = Array.isArray(item.history) ? (item.history as Item[]) : [];
          const event = history.find((entry) => entry.messageId === messageId);
          if (event && typeof event.version === 'number') return { reportId: String(item.reportId), version: event.version };
        }
        startKey = page.LastEvaluatedKey;
      } while (startKey);
    }
    return null;
  }
}
