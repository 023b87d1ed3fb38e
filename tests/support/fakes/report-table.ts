import type { ReportState, ReportStatus, SourceRef } from '../../../shared/app/ports';
import type { NormalizedReport, ReportCard } from '../../../shared/domain/record';
import type { DecisionSummary } from '../../../shared/domain/routing-decision';

/**
 * The items the report ports share, kept in memory: one report item (its latest version,
 * status, lease and hold marks), one item per stored version, one claim per content hash.
 * The DynamoDB adapter keeps the same items in one table; the fakes of ReportStore,
 * PublishLeases and ReviewQueue are views over one MemoryReportTable, as the adapter's
 * ports are views over one table.
 */

export interface ReportItem {
  reportId: string;
  version: number;
  status: ReportStatus;
  card: ReportCard;
  versionsByHash: Record<string, number>;
  notifiedVersion: number | null;
  heldVersion: number | null;
  holdAnnouncedVersion: number | null;
  decision: DecisionSummary | null;
  sources: Set<string>;
  publishLease: { version: number; until: number } | null;
  lastMessageId: string | null;
  createdAt: string;
  updatedAt: string;
}

export interface VersionItem {
  record: NormalizedReport;
  concerns: string[];
  decision?: DecisionSummary;
  source: SourceRef;
  createdAt: string;
}

/** What a value becomes once written and read back: a copy, without undefined fields (the adapter removes them). */
export function stored<T>(value: T): T {
  return JSON.parse(JSON.stringify(value)) as T;
}

/**
 * Lets other calls run between the steps of a call, as they can between the adapter's
 * requests. It waits for `setImmediate`, which a test with fake timers must leave real.
 */
export function interleave(): Promise<void> {
  return new Promise((resolve) => setImmediate(resolve));
}

export function sourceString(source: SourceRef): string {
  return `s3://${source.bucket}/${source.key}`;
}

export class MemoryReportTable {
  readonly reports = new Map<string, ReportItem>();
  readonly versions = new Map<string, VersionItem>();
  readonly contentClaims = new Map<string, string>();

  versionItem(reportId: string, version: number): VersionItem | null {
    return this.versions.get(`${reportId}#${version}`) ?? null;
  }

  putVersionItem(reportId: string, version: number, item: VersionItem): void {
    this.versions.set(`${reportId}#${version}`, item);
  }

  state(reportId: string): ReportState | null {
    const item = this.reports.get(reportId);
    if (!item) return null;
    return stored({
      reportId: item.reportId,
      version: item.version,
      status: item.status,
      card: item.card,
      versionsByHash: item.versionsByHash,
      notifiedVersion: item.notifiedVersion ?? 0,
      heldVersion: item.heldVersion ?? 0,
      holdAnnouncedVersion: item.holdAnnouncedVersion ?? 0,
      decision: item.decision,
      sources: [...item.sources].sort(),
      createdAt: item.createdAt,
      updatedAt: item.updatedAt,
    });
  }
}
