import type { Office, ProvinceConfig } from '../../config/province-config';
import { foldName } from '../../domain/fold';
import type { NormalizedReport } from '../../domain/record';
import { diffReports, type ReportChange } from '../../domain/record-diff';
import type { Log } from '../ports';
import { chooseVersion, officeOfGroups, readableVersions, READABLE_STATUSES } from './authorize';
import { AccessDeniedError } from './errors';
import type { DownloadSigner, InboxCandidate, PortalReports, Receipt, ReceiptStore, VersionSummary } from './ports';

/**
 * The portal's use cases: an office's inbox, a report's page, the original file, the
 * acknowledgement. Every one decides access through {@link readableVersions} before it
 * reads anything else, and every refusal is logged with the office and the reason only.
 */

export interface PortalDeps {
  readonly reports: PortalReports;
  readonly receipts: ReceiptStore;
  readonly signer: DownloadSigner;
  readonly config: ProvinceConfig;
  readonly log: Log;
  readonly clock?: () => Date;
  /** Lifetime of a download link (default 60 s): long enough to start the download, too short to pass around. */
  readonly downloadExpirySeconds?: number;
}

/** The signed-in account as the use cases see it: an opaque subject and its office. */
export interface Viewer {
  readonly subject: string;
  readonly office: Office;
}

export interface InboxFilter {
  readonly from?: string;
  readonly to?: string;
  readonly document?: string;
  /** Words looked for in the title and organizer, case- and diacritics-insensitive. */
  readonly text?: string;
}

export interface InboxRow extends InboxCandidate {
  readonly unread: boolean;
  readonly acknowledged: boolean;
}

export interface InboxView {
  readonly office: Office;
  readonly filter: InboxFilter;
  readonly rows: readonly InboxRow[];
}

export interface ReportView {
  readonly office: Office;
  readonly record: NormalizedReport;
  readonly version: number;
  readonly latestVersion: number;
  readonly versions: readonly { readonly version: number; readonly createdAt: string }[];
  /** Differences from the previous version this office may read; empty for the first. */
  readonly changes: readonly ReportChange[];
  readonly previousVersion: number | null;
  readonly receipt: Receipt | null;
  readonly hasOriginal: boolean;
}

const INBOX_LIMIT = 50;
const REPORT_ID = /^r-[0-9a-f]{20}$/;

/** A report id fit for a log line: a guessed id may be anything, so anything else is not echoed. */
function loggableId(reportId: string): string {
  return REPORT_ID.test(reportId) ? reportId : '(malformed)';
}

function fileNameOf(key: string): string {
  const last = key.split('/').pop() ?? 'report';
  return last || 'report';
}

export class PortalService {
  private readonly clock: () => Date;

  constructor(private readonly deps: PortalDeps) {
    this.clock = deps.clock ?? (() => new Date());
  }

  /** The viewer of a verified token's subject and groups; refuses an account in no office group or in several. */
  viewerOf(subject: string, groups: readonly string[]): Viewer {
    try {
      return { subject, office: officeOfGroups(groups, this.deps.config) };
    } catch (error) {
      if (error instanceof AccessDeniedError) this.deps.log.warn('portal account refused', { reason: error.reason, groupCount: groups.length });
      throw error;
    }
  }

  async inbox(viewer: Viewer, filter: InboxFilter): Promise<InboxView> {
    const text = filter.text ? foldName(filter.text) : '';
    const candidates = await this.deps.reports.inbox({
      unit: viewer.office.level === 'province' ? null : (viewer.office.unit ?? viewer.office.id),
      ...(filter.document ? { document: filter.document } : {}),
      ...(filter.from ? { from: filter.from } : {}),
      ...(filter.to ? { to: filter.to } : {}),
      // A text filter is checked after the query, so it reads further.
      limit: text ? INBOX_LIMIT * 10 : INBOX_LIMIT,
    });
    const visible = candidates
      .filter((row) => READABLE_STATUSES.has(row.status))
      .filter((row) => !text || foldName(`${row.title} ${row.organizer ?? ''}`).includes(text))
      .slice(0, INBOX_LIMIT);
    const receipts = await this.deps.receipts.forOffice(
      viewer.office.id,
      visible.map((row) => ({ reportId: row.reportId, version: row.version })),
    );
    const byKey = new Map(receipts.map((receipt) => [`${receipt.reportId}:${receipt.version}`, receipt]));
    const rows = visible.map((row) => {
      const receipt = byKey.get(`${row.reportId}:${row.version}`);
      return { ...row, unread: !receipt?.openedAt, acknowledged: Boolean(receipt?.acknowledgedAt) };
    });
    return { office: viewer.office, filter, rows };
  }

  /** The report as the office may read it; records that the office opened this version. */
  async report(viewer: Viewer, reportId: string, requestedVersion: number | null): Promise<ReportView> {
    const { readable, versions } = await this.authorize(viewer, reportId, requestedVersion, 'open report');
    const version = this.pick(viewer, reportId, readable, requestedVersion, 'open report');
    const index = readable.indexOf(version);
    const previousVersion = index > 0 ? (readable[index - 1] as number) : null;
    const [record, previous] = await Promise.all([
      this.deps.reports.getRecord(reportId, version),
      previousVersion === null ? Promise.resolve(null) : this.deps.reports.getRecord(reportId, previousVersion),
    ]);
    if (!record) throw this.refuse(viewer, reportId, 'open report', new AccessDeniedError('unknown-report'));
    const key = { reportId, version, officeId: viewer.office.id };
    await this.deps.receipts.record('opened', key, this.clock().toISOString());
    const receipt = (await this.deps.receipts.forOffice(viewer.office.id, [{ reportId, version }]))[0] ?? null;
    const summary = versions.find((entry) => entry.version === version);
    return {
      office: viewer.office,
      record,
      version,
      latestVersion: readable[readable.length - 1] as number,
      versions: readable.map((number) => ({ version: number, createdAt: versions.find((entry) => entry.version === number)?.createdAt ?? '' })),
      changes: previous ? diffReports(previous, record) : [],
      previousVersion,
      receipt,
      hasOriginal: Boolean(summary?.source),
    };
  }

  /** A short-lived link to exactly the stored object version of the report version. */
  async download(viewer: Viewer, reportId: string, requestedVersion: number | null): Promise<string> {
    const { readable, versions } = await this.authorize(viewer, reportId, requestedVersion, 'download');
    const version = this.pick(viewer, reportId, readable, requestedVersion, 'download');
    const source = versions.find((entry) => entry.version === version)?.source;
    if (!source) throw this.refuse(viewer, reportId, 'download', new AccessDeniedError('no-source'));
    const url = await this.deps.signer.presign(source, fileNameOf(source.key), this.deps.downloadExpirySeconds ?? 60);
    this.deps.log.info('portal download issued', { officeId: viewer.office.id, reportId, version });
    return url;
  }

  async acknowledge(viewer: Viewer, reportId: string, requestedVersion: number | null): Promise<number> {
    const { readable } = await this.authorize(viewer, reportId, requestedVersion, 'acknowledge');
    const version = this.pick(viewer, reportId, readable, requestedVersion, 'acknowledge');
    await this.deps.receipts.record('acknowledged', { reportId, version, officeId: viewer.office.id }, this.clock().toISOString());
    this.deps.log.info('portal report acknowledged', { officeId: viewer.office.id, reportId, version });
    return version;
  }

  private async authorize(
    viewer: Viewer,
    reportId: string,
    requestedVersion: number | null,
    action: string,
  ): Promise<{ readable: number[]; versions: VersionSummary[] }> {
    if (!REPORT_ID.test(reportId)) throw this.refuse(viewer, reportId, action, new AccessDeniedError('unknown-report'));
    const state = await this.deps.reports.getState(reportId);
    const versions = state ? await this.deps.reports.listVersions(reportId) : [];
    try {
      return { readable: readableVersions(viewer.office, state, versions), versions };
    } catch (error) {
      if (error instanceof AccessDeniedError) throw this.refuse(viewer, reportId, action, error, requestedVersion);
      throw error;
    }
  }

  private pick(viewer: Viewer, reportId: string, readable: readonly number[], requested: number | null, action: string): number {
    try {
      return chooseVersion(readable, requested);
    } catch (error) {
      if (error instanceof AccessDeniedError) throw this.refuse(viewer, reportId, action, error, requested);
      throw error;
    }
  }

  private refuse(viewer: Viewer, reportId: string, action: string, error: AccessDeniedError, version: number | null = null): AccessDeniedError {
    // The office id and the reason only: no e-mail address, no token, no subject.
    this.deps.log.warn('portal request refused', { action, reason: error.reason, officeId: viewer.office.id, reportId: loggableId(reportId), version });
    return error;
  }
}
