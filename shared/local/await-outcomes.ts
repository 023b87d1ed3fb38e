import type { ReportStore, UploadLedger, UploadState } from '../app/ports';
import { FINAL_UPLOAD_STATUSES } from '../app/ports';
import { officesOf, type ProvinceConfig } from '../config/province-config';
import { notificationIdOf } from '../domain/notification';
import { recipientsOf } from '../domain/routing';
import type { OfficeInbox } from './office-inbox';

/** What happened to one upload, as the `--once` summary reports it. */
export interface UploadSummary {
  readonly key: string;
  readonly reportId: string | null;
  readonly status: string;
  readonly scope: string | null;
  readonly districts: readonly string[];
  /** The province the report is of, and whether the decision sends it to every unit. */
  readonly province: string | null;
  readonly provinceWide: boolean;
  /** Offices whose queue actually received the notice. */
  readonly notified: readonly string[];
  /** Offices the routing rule assigns (for comparison). */
  readonly expected: readonly string[];
  readonly notificationId: string | null;
  readonly reason: string | null;
  readonly detail: string | null;
  /** For a held upload: the reasons, as codes and in plain words. */
  readonly reasons: readonly { readonly code: string; readonly message: string }[];
  /** For a duplicate upload: the report it repeats, and the key that first brought it in this run. */
  readonly duplicateOf: { readonly reportId: string; readonly key: string | null } | null;
}

const TERMINAL = FINAL_UPLOAD_STATUSES;

async function waitFor<T>(probe: () => Promise<T | null>, deadline: number, pauseMs = 100): Promise<T | null> {
  for (;;) {
    const value = await probe();
    if (value !== null) return value;
    if (Date.now() > deadline) return null;
    await new Promise((resolve) => setTimeout(resolve, pauseMs));
  }
}

/**
 * Waits until each upload reached a final state and every office the routing rule names
 * received its notice (or the deadline passes), then a short grace period so a delivery
 * to a wrong office would show too.
 */
export async function awaitOutcomes(input: {
  keys: readonly string[];
  bucket: string;
  uploads: Pick<UploadLedger, 'getUpload'>;
  reports: Pick<ReportStore, 'getReport'>;
  inbox: OfficeInbox;
  config: ProvinceConfig;
  timeoutMs: number;
  graceMs?: number;
  onProgress?: (done: number, total: number) => void;
}): Promise<UploadSummary[]> {
  const deadline = Date.now() + input.timeoutMs;
  const summaries: UploadSummary[] = [];
  let done = 0;
  for (const key of input.keys) {
    const upload = await waitFor<UploadState>(async () => {
      const state = await input.uploads.getUpload(input.bucket, key);
      return state && TERMINAL.has(state.status) ? state : null;
    }, deadline);
    done++;
    input.onProgress?.(done, input.keys.length);
    if (!upload) {
      summaries.push({
        key,
        reportId: null,
        status: 'timeout',
        scope: null,
        districts: [],
        province: null,
        provinceWide: false,
        notified: [],
        expected: [],
        notificationId: null,
        reason: 'timeout',
        detail: 'no final state before the deadline',
        reasons: [],
        duplicateOf: null,
      });
      continue;
    }
    const report = upload.reportId ? await input.reports.getReport(upload.reportId) : null;
    const version = report?.versionsByHash[upload.contentHash ?? ''] ?? report?.version ?? null;
    // Only the upload that caused a notice owns it: a duplicate or a held upload caused none.
    const ownsNotice = upload.status === 'stored';
    const notificationId = ownsNotice && report && version ? notificationIdOf(report.reportId, version) : null;
    const decided = report?.decision?.action === 'publish' ? report.decision.audience : null;
    const expected =
      ownsNotice && report
        ? (decided ? officesFor(decided, input.config) : recipientsOf(report.card, input.config).map((office) => office.id)).sort()
        : [];
    if (notificationId) {
      await waitFor(async () => (expected.every((office) => input.inbox.recipientsOf(notificationId).includes(office)) ? true : null), deadline);
    }
    const first = upload.status === 'duplicate' ? summaries.find((earlier) => earlier.reportId === upload.reportId && earlier.status !== 'duplicate') : undefined;
    summaries.push({
      key,
      reportId: upload.reportId,
      status: upload.status === 'stored' ? (report && version && report.notifiedVersion >= version ? 'notified' : 'stored') : upload.status,
      scope: report?.card.scope ?? null,
      districts: report?.card.districts ?? [],
      province: report?.card.province ?? null,
      provinceWide: report?.decision?.provinceWide ?? false,
      notified: [],
      expected,
      notificationId,
      reason: upload.reason,
      detail: upload.detail,
      reasons: upload.status === 'held' ? (report?.decision?.reasons ?? []).map(({ code, message }) => ({ code, message })) : [],
      duplicateOf: upload.status === 'duplicate' && upload.reportId ? { reportId: upload.reportId, key: first?.key ?? null } : null,
    });
  }
  await new Promise((resolve) => setTimeout(resolve, input.graceMs ?? 1500));
  return summaries.map((summary) => ({
    ...summary,
    notified: summary.notificationId ? input.inbox.recipientsOf(summary.notificationId) : [],
  }));
}

/** Offices an audience reaches: its units' offices and every province-level office. */
function officesFor(audience: readonly string[], config: ProvinceConfig): string[] {
  const units = new Set(audience);
  return officesOf(config)
    .filter((office) => office.level === 'province' || units.has(office.unit ?? ''))
    .map((office) => office.id);
}

/** Each distinct notice an office received, in the order it arrived: "r-...:v1". */
export function noticesPerOffice(inbox: Pick<OfficeInbox, 'received'>, officeIds: readonly string[]): Map<string, string[]> {
  const perOffice = new Map<string, string[]>(officeIds.map((id) => [id, []]));
  for (const notice of inbox.received) {
    const list = perOffice.get(notice.officeId);
    if (list && !list.includes(notice.notificationId)) list.push(notice.notificationId);
  }
  return perOffice;
}
