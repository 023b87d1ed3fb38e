import { readFileSync } from 'node:fs';
import type { DownloadSigner, InboxCandidate, InboxQuery, PortalReports, PortalReportState, Receipt, ReceiptEvent, ReceiptStore, VersionSummary } from '../../shared/app/portal/ports';
import type { SourceRef } from '../../shared/app/ports';
import type { ProvinceConfig } from '../../shared/config/province-config';
import { normalizeReport } from '../../shared/domain/normalizer';
import type { NormalizedReport } from '../../shared/domain/record';
import { cardOf } from '../../shared/domain/record-card';
import { audienceOf } from '../../shared/domain/routing';

/** The portal's ports in memory, for tests of the use cases and pages without emulators. */

export interface StoredReport {
  status: string;
  notifiedVersion: number;
  versions: { record: NormalizedReport; concerns: string[]; createdAt: string; source: SourceRef | null }[];
}

export class MemoryPortalReports implements PortalReports {
  readonly reports = new Map<string, StoredReport>();

  add(record: NormalizedReport, config: ProvinceConfig, options: { status?: string; notified?: boolean } = {}): NormalizedReport {
    const existing = this.reports.get(record.reportId);
    const version = { record, concerns: audienceOf(record, config), createdAt: '2024-03-08T02:00:00.000Z', source: { bucket: 'uploads', key: 'incoming/report.txt', versionId: 'v-1' } };
    const report = existing ?? { status: 'stored', notifiedVersion: 0, versions: [] };
    report.versions.push(version);
    if (options.notified ?? true) {
      report.status = 'notified';
      report.notifiedVersion = report.versions.length;
    } else {
      report.status = options.status ?? 'stored';
    }
    this.reports.set(record.reportId, report);
    return record;
  }

  async getState(reportId: string): Promise<PortalReportState | null> {
    const report = this.reports.get(reportId);
    const latest = report?.versions[report.versions.length - 1];
    if (!report || !latest) return null;
    return { reportId, status: report.status, version: report.versions.length, notifiedVersion: report.notifiedVersion, card: cardOf(latest.record) };
  }

  async listVersions(reportId: string): Promise<VersionSummary[]> {
    return (this.reports.get(reportId)?.versions ?? []).map((entry, index) => ({ version: index + 1, concerns: entry.concerns, createdAt: entry.createdAt, source: entry.source }));
  }

  async getRecord(reportId: string, version: number): Promise<NormalizedReport | null> {
    return this.reports.get(reportId)?.versions[version - 1]?.record ?? null;
  }

  async inbox(query: InboxQuery): Promise<InboxCandidate[]> {
    const rows: InboxCandidate[] = [];
    for (const [reportId, report] of this.reports) {
      const latest = report.versions[report.versions.length - 1];
      if (!latest) continue;
      if (query.unit !== null && !latest.concerns.includes(query.unit)) continue;
      const date = latest.record.event.date;
      if ((query.from && (!date || date < query.from)) || (query.to && (!date || date > query.to))) continue;
      if (query.document && !latest.record.documents.some((doc) => doc.code.toUpperCase() === query.document?.toUpperCase())) continue;
      rows.push({ reportId, status: report.status, version: report.versions.length, eventDate: date, title: latest.record.title, organizer: latest.record.organizer, scope: latest.record.scope, updatedAt: latest.createdAt });
    }
    return rows.slice(0, query.limit);
  }
}

export class MemoryReceipts implements ReceiptStore {
  readonly receipts = new Map<string, Receipt>();

  async record(event: ReceiptEvent, key: { reportId: string; version: number; officeId: string }, at: string): Promise<void> {
    const id = `${key.reportId}|${key.officeId}|${key.version}`;
    const current = this.receipts.get(id) ?? { ...key, deliveredAt: null, openedAt: null, acknowledgedAt: null };
    const field = event === 'delivered' ? 'deliveredAt' : event === 'opened' ? 'openedAt' : 'acknowledgedAt';
    this.receipts.set(id, { ...current, [field]: current[field] ?? at });
  }

  async forReport(reportId: string): Promise<Receipt[]> {
    return [...this.receipts.values()].filter((receipt) => receipt.reportId === reportId);
  }

  async forOffice(officeId: string, versions: readonly { reportId: string; version: number }[]): Promise<Receipt[]> {
    return versions.flatMap((entry) => {
      const receipt = this.receipts.get(`${entry.reportId}|${officeId}|${entry.version}`);
      return receipt ? [receipt] : [];
    });
  }
}

export class RecordingSigner implements DownloadSigner {
  readonly signed: { source: SourceRef; fileName: string; expiresInSeconds: number }[] = [];

  async presign(source: SourceRef, fileName: string, expiresInSeconds: number): Promise<string> {
    this.signed.push({ source, fileName, expiresInSeconds });
    return `https://s3.example/${source.bucket}/${source.key}?versionId=${source.versionId ?? ''}&X-Amz-Expires=${expiresInSeconds}`;
  }
}

/** A normalized record of a sample report, as the parser would store it. */
export function sampleRecord(file: string, config: ProvinceConfig): NormalizedReport {
  return normalizeReport(readFileSync(file, 'utf8'), { referenceDate: '2024-03-09', config });
}
