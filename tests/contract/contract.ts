import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { createAwsClients } from '../../shared/adapters/aws-clients';
import { DynamoReportRepository } from '../../shared/adapters/dynamo-report-repository';
import { reportTablePorts, type NewVersion, type ReportTablePorts } from '../../shared/app/ports';
import { loadProvinceConfig } from '../../shared/config/province-config';
import { normalizeReport } from '../../shared/domain/normalizer';
import type { NormalizedReport } from '../../shared/domain/record';
import type { DecisionSummary } from '../../shared/domain/routing-decision';
import type { UploadedObject } from '../../shared/domain/s3-event';
import { createReportsTable } from '../../shared/local/provision';
import { useDynalite } from '../support/dynalite';
import { memoryReportPorts } from '../support/fakes';

/**
 * A port's contract: named checks, each given fresh ports of one table, each failing by
 * throwing. `describeContract` runs them as tests; `contractFailures` runs them and
 * returns the names of those that fail, so a test can show that a broken implementation
 * does fail the contract.
 */

export interface ContractCase {
  readonly name: string;
  readonly check: (ports: ReportTablePorts) => Promise<void>;
}

export type Contract = readonly ContractCase[];

/** Fresh, empty ports of one table. */
export type PortsFactory = () => Promise<ReportTablePorts>;

export function describeContract(title: string, contract: Contract, ports: PortsFactory): void {
  describe(title, () => {
    for (const contractCase of contract) {
      it(contractCase.name, async () => contractCase.check(await ports()));
    }
  });
}

/** Names of the checks the ports fail. */
export async function contractFailures(contract: Contract, ports: PortsFactory): Promise<string[]> {
  const failed: string[] = [];
  for (const contractCase of contract) {
    try {
      await contractCase.check(await ports());
    } catch {
      failed.push(contractCase.name);
    }
  }
  return failed;
}

export const memoryPorts: PortsFactory = async () => memoryReportPorts();

/** The DynamoDB adapter on dynalite, a new table for each call; call it at the top of a test file. */
export function useDynamoPorts(): PortsFactory {
  const endpoint = useDynalite();
  let tables = 0;
  return async () => {
    const tableName = `contract-${++tables}`;
    await createReportsTable({ dynamoEndpoint: endpoint() }, tableName);
    return reportTablePorts(new DynamoReportRepository(createAwsClients({ endpoint: endpoint(), maxAttempts: 1 }).dynamo, tableName));
  };
}

const config = loadProvinceConfig();
const SAMPLE = readFileSync(join(__dirname, '..', '..', 'samples', 'gia-loc-2024-03-08-party-building-review.en.txt'), 'utf8');
const BASE_RECORD = normalizeReport(SAMPLE, { referenceDate: '2024-03-09', config });

/** A valid record of report `reportId` with content `contentHash`. */
export function recordOf(reportId: string, contentHash: string): NormalizedReport {
  return { ...BASE_RECORD, reportId, contentHash, title: `${BASE_RECORD.title} (${contentHash})` };
}

export function decisionOf(action: DecisionSummary['action'], audience: readonly string[] = ['gia-loc']): DecisionSummary {
  return {
    action,
    audience: [...audience],
    provinceWide: false,
    reasons: action === 'hold' ? [{ code: 'no-organizer', field: 'organizer', message: 'no organizer was found' }] : [],
  };
}

/** A version to store: `version` of `reportId`, with content `contentHash`, read from `key`. */
export function versionOf(
  reportId: string,
  version: number,
  contentHash: string,
  options: { key?: string; previousVersion?: number; concerns?: readonly string[]; decision?: DecisionSummary; keepPreviousConcerns?: boolean; now?: string } = {},
): NewVersion {
  return {
    record: recordOf(reportId, contentHash),
    version,
    previousVersion: options.previousVersion ?? version - 1,
    source: { bucket: 'uploads', key: options.key ?? 'incoming/a.txt', versionId: null },
    concerns: options.concerns ?? ['gia-loc'],
    ...(options.decision ? { decision: options.decision } : {}),
    ...(options.keepPreviousConcerns ? { keepPreviousConcerns: true } : {}),
    now: options.now ?? '2024-03-09T01:00:00.000Z',
  };
}

/** An S3 event of `key`. */
export function uploadOf(key: string, overrides: Partial<UploadedObject> = {}): UploadedObject {
  return { bucket: 'uploads', key, versionId: null, eTag: null, size: 100, sequencer: '0A', eventTime: null, ...overrides };
}

/** Resolves to the error `action` throws, or fails when it throws none. */
export async function thrownBy(action: () => Promise<unknown>): Promise<unknown> {
  try {
    await action();
  } catch (error) {
    return error;
  }
  throw new Error('expected the call to throw');
}
