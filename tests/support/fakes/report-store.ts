import type { NewVersion, ReportState, ReportStore, SourceRef, StoredVersion } from '../../../shared/app/ports';
import type { NormalizedReport } from '../../../shared/domain/record';
import { cardOf } from '../../../shared/domain/record-card';
import type { DecisionSummary } from '../../../shared/domain/routing-decision';
import { ConcurrentProcessingError } from '../../../shared/errors';
import { interleave, MemoryReportTable, sourceString, stored } from './report-table';

/** ReportStore in memory, over a table it may share with the lease and review fakes. */
export class MemoryReportStore implements ReportStore {
  constructor(readonly table: MemoryReportTable = new MemoryReportTable()) {}

  async claimContent(contentHash: string, candidateReportId: string): Promise<string> {
    const owner = this.table.contentClaims.get(contentHash);
    if (owner !== undefined) return owner;
    this.table.contentClaims.set(contentHash, candidateReportId);
    return candidateReportId;
  }

  async getReport(reportId: string): Promise<ReportState | null> {
    return this.table.state(reportId);
  }

  async getVersion(reportId: string, version: number): Promise<NormalizedReport | null> {
    return (await this.getStoredVersion(reportId, version))?.record ?? null;
  }

  async getStoredVersion(reportId: string, version: number): Promise<StoredVersion | null> {
    const item = this.table.versionItem(reportId, version);
    if (!item) return null;
    return stored({ record: item.record, concerns: item.concerns, ...(item.decision ? { decision: item.decision } : {}) });
  }

  async saveVersion(input: NewVersion): Promise<void> {
    const { record, version, previousVersion, source, now } = input;
    const { reportId } = record;
    const previous = previousVersion > 0 ? this.table.versionItem(reportId, previousVersion) : null;
    const concerns = input.keepPreviousConcerns && previous ? previous.concerns : [...input.concerns];
    await interleave();
    // The version item first, once: a second writer of the same version keeps the first one's.
    if (!this.table.versionItem(reportId, version)) {
      this.table.putVersionItem(reportId, version, stored({ record, concerns, ...(input.decision ? { decision: input.decision } : {}), source, createdAt: now }));
    }
    await interleave();
    const current = this.table.reports.get(reportId);
    const latest = previousVersion === 0 ? current === undefined : current?.version === previousVersion;
    if (!latest) {
      if (current?.versionsByHash[record.contentHash] !== version) {
        throw new ConcurrentProcessingError(`report ${reportId} moved on while v${version} was being stored`);
      }
      // Another upload of the same content stored this version first; this key is a source too.
      await this.addSource(reportId, source, now);
      return;
    }
    this.table.reports.set(reportId, {
      reportId,
      version,
      status: 'stored',
      card: stored(cardOf(record)),
      versionsByHash: { ...(previousVersion === 0 ? {} : current?.versionsByHash), [record.contentHash]: version },
      notifiedVersion: current?.notifiedVersion ?? null,
      heldVersion: current?.heldVersion ?? null,
      holdAnnouncedVersion: current?.holdAnnouncedVersion ?? null,
      decision: input.decision ? stored(input.decision) : null,
      sources: new Set([...(current?.sources ?? []), sourceString(source)]),
      publishLease: current?.publishLease ?? null,
      lastMessageId: current?.lastMessageId ?? null,
      createdAt: current?.createdAt ?? now,
      updatedAt: now,
    });
  }

  async addSource(reportId: string, source: SourceRef, _now: string): Promise<void> {
    const current = this.table.reports.get(reportId);
    if (!current) throw new ConcurrentProcessingError(`report ${reportId} is not stored yet`);
    current.sources.add(sourceString(source));
  }

  async setConcerns(reportId: string, version: number, concerns: readonly string[], decision: DecisionSummary, _now: string): Promise<void> {
    const item = this.table.versionItem(reportId, version);
    if (!item) throw new ConcurrentProcessingError(`report ${reportId} has no version ${version}`);
    // The version's own item changes first, as in the table; the report's decision only while it is the latest.
    item.concerns = [...concerns];
    item.decision = stored(decision);
    await interleave();
    const current = this.table.reports.get(reportId);
    if (current?.version !== version) throw new ConcurrentProcessingError(`report ${reportId} moved on from version ${version}`);
    current.decision = stored(decision);
  }
}
