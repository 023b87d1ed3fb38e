import type { ProvinceConfig } from '../config/province-config';
import { DEFAULT_DECODE_LIMITS, type DecodeLimits } from '../domain/decode';
import { normalizeReport } from '../domain/normalizer';
import { formatNotice, type NoticeEvent } from '../domain/notification';
import { normalizedReportSchema, type NormalizedReport, type ReportSource } from '../domain/record';
import { diffReports } from '../domain/record-diff';
import { localDateOf } from '../domain/reference-date';
import { routingAttributes } from '../domain/routing';
import { decideRouting, describeReasons, reasonCodes, summarizeDecision, type DecisionSummary, type RoutingReason } from '../domain/routing-decision';
import { assessText, type TextAssessment } from '../domain/text-assessment';
import { truncateCodePoints, wellFormedStrings } from '../domain/truncate';
import type { UploadedObject } from '../domain/s3-event';
import {
  ConcurrentProcessingError,
  RecordValidationError,
  SourceMissingError,
  TransientDependencyError,
  UnprocessableReportError,
} from '../errors';
import { formatZodIssues } from '../zod-issues';
import { decodeDeadlineMs, inProcessDecoder, type DocumentDecoder } from './decode-isolation';
import type { FetchedObject, Log, Metrics, NoticePublisher, ObjectStore, PublishLeases, ReportState, ReportStore, ReviewQueue, UploadLedger, UploadState } from './ports';

export interface ProcessUploadDeps {
  readonly objects: ObjectStore;
  readonly uploads: UploadLedger;
  readonly reports: ReportStore;
  readonly leases: PublishLeases;
  readonly reviews: ReviewQueue;
  readonly publisher: NoticePublisher;
  readonly log: Log;
  readonly metrics: Metrics;
  readonly config: ProvinceConfig;
  readonly decodeLimits?: Partial<DecodeLimits>;
  /** Decodes the bytes; the parser isolates this in a worker. @default in the calling thread */
  readonly decoder?: DocumentDecoder;
  /** Time left in this invocation (Lambda's `getRemainingTimeInMillis`); the decode deadline follows it. */
  readonly remainingTimeMs?: () => number;
  readonly clock?: () => Date;
  /** Where an office reads the full record. */
  readonly recordLocation: (reportId: string) => string;
  /** How long one worker may hold the right to publish a version before another may take over. */
  readonly publishLeaseMs?: number;
}

export type UploadOutcome =
  | { readonly status: 'notified'; readonly reportId: string; readonly version: number; readonly notificationId: string; readonly audience: readonly string[] }
  /** Stored but not sent: the routing decision holds it for an operator's review. */
  | { readonly status: 'held'; readonly reportId: string; readonly version: number; readonly reasons: readonly RoutingReason[] }
  /** Same content as a report already notified (another key, or a repeated event). */
  | { readonly status: 'duplicate'; readonly reportId: string; readonly version: number }
  /** An older version of a key whose newer version is already stored. */
  | { readonly status: 'superseded'; readonly reportId: string; readonly version: number }
  /** A later write of the same key was already processed (events out of order). */
  | { readonly status: 'stale' }
  /** This very event was already processed to the end (SQS or S3 delivered it again). */
  | { readonly status: 'already-processed' }
  | { readonly status: 'missing' }
  | { readonly status: 'failed'; readonly reason: string; readonly detail: string; readonly quarantineKey: string | null };

const DEFAULT_LEASE_MS = 60_000;
/** DynamoDB items stop at 400 KB; a record is trimmed well below that. */
const MAX_RECORD_JSON_BYTES = 300 * 1024;

function sourceFormatOf(record: NormalizedReport): string {
  return record.source?.format ?? 'unknown';
}

/** Keeps a pathological record storable: long lists are cut, and the cut is said in `warnings`. */
function fitForStorage(record: NormalizedReport): NormalizedReport {
  if (Buffer.byteLength(JSON.stringify(record), 'utf8') <= MAX_RECORD_JSON_BYTES) return record;
  const trimmed: NormalizedReport = {
    ...record,
    summary: truncateCodePoints(record.summary, 2000),
    tasks: record.tasks.slice(0, 100).map((task) => truncateCodePoints(task, 1000)),
    people: record.people.slice(0, 300),
    documents: record.documents.slice(0, 300),
    awards: record.awards.slice(0, 100),
    warnings: [...record.warnings.slice(0, 50), 'record trimmed to fit storage: lists cut to their first entries'],
  };
  return trimmed;
}

/**
 * Processes one uploaded object end to end: read, decode, normalize, store, notify.
 * Every step is idempotent, so a redelivered or duplicated event converges on one stored
 * record and one notification. Throws only for failures a retry can fix.
 */
export async function processUpload(object: UploadedObject, deps: ProcessUploadDeps): Promise<UploadOutcome> {
  const clock = deps.clock ?? (() => new Date());
  const now = clock();
  const nowIso = now.toISOString();
  const context = { bucket: object.bucket, key: object.key, versionId: object.versionId };

  const previousUpload = await deps.uploads.getUpload(object.bucket, object.key);
  const begun = await deps.uploads.beginUpload(object, nowIso);
  if (begun === 'done') {
    deps.log.info('redelivered upload event already processed', { ...context, sequencer: object.sequencer });
    deps.metrics.count('ReportsDuplicate');
    return { status: 'already-processed' };
  }
  if (begun === 'stale') {
    deps.log.info('stale upload event skipped', { ...context, sequencer: object.sequencer });
    deps.metrics.count('UploadsStale');
    return { status: 'stale' };
  }

  const attempt = attemptMarkerOf(object);
  const decodeBudgetMs = deps.decodeLimits?.timeBudgetMs ?? DEFAULT_DECODE_LIMITS.timeBudgetMs;
  if (previousUpload && diedWhileDecoding(previousUpload, attempt, now, decodeBudgetMs + DEAD_ATTEMPT_MARGIN_MS)) {
    // A poison message: retrying would crash the function again and end in the dead-letter queue unrecorded.
    return fail(
      object,
      'decode-crashed',
      'an earlier attempt to read this file never finished (the function crashed or ran out of time while reading it); the file is not retried',
      deps,
      nowIso,
    );
  }

  const maxBytes = deps.decodeLimits?.maxBytes ?? DEFAULT_DECODE_LIMITS.maxBytes;
  if (object.size !== null && object.size > maxBytes) {
    // Refused before download: a Lambda must not pull a huge object into memory to learn it is too big.
    return fail(object, 'too-large', `the file has ${object.size} bytes; the limit is ${maxBytes}`, deps, nowIso);
  }

  let fetched: FetchedObject;
  try {
    fetched = await deps.objects.fetch(object.bucket, object.key, { maxBytes, expectedVersionId: object.versionId });
  } catch (error) {
    if (error instanceof UnprocessableReportError) return fail(object, error.reason, error.detail, deps, nowIso);
    if (!(error instanceof SourceMissingError)) throw error;
    deps.log.warn('uploaded object no longer exists', context);
    deps.metrics.count('SourcesMissing');
    await deps.uploads.finishUpload(object, { status: 'missing', reason: 'missing', detail: error.message }, nowIso);
    return { status: 'missing' };
  }

  if (object.versionId && fetched.versionId && fetched.versionId !== object.versionId) {
    // The key was written again since this event: that write has its own event and wins.
    deps.log.info('upload overwritten before processing; its newer version will be processed', { ...context, current: fetched.versionId });
    deps.metrics.count('UploadsStale');
    await deps.uploads.finishUpload(object, { status: 'superseded' }, nowIso);
    return { status: 'stale' };
  }

  let record: NormalizedReport;
  let assessment: TextAssessment;
  try {
    ({ record, assessment } = await parseUpload(object, fetched, deps, () => deps.uploads.markDecoding(object, attempt, clock().toISOString())));
  } catch (error) {
    if (!(error instanceof UnprocessableReportError) && !(error instanceof RecordValidationError)) throw error;
    const reason = error instanceof UnprocessableReportError ? error.reason : 'invalid-record';
    const detail = error instanceof UnprocessableReportError ? error.detail : error.message;
    return fail(object, reason, detail, deps, nowIso);
  }

  // Identity: the same content is one report whatever its key; new content under a known
  // key is the next version of that key's report.
  // A key continues its report only while that report follows this key's file (its latest
  // version came from here); a key merged into another key's report by equal content is
  // split off again once its content diverges.
  const keyChanged = previousUpload?.reportId != null && previousUpload.contentHash !== record.contentHash;
  const followed = keyChanged ? await deps.reports.getReport(previousUpload.reportId as string) : null;
  const candidateId = followed && followed.latestSource === sourceStringOf(object) ? followed.reportId : record.reportId;
  const reportId = await deps.reports.claimContent(record.contentHash, candidateId);
  // Recorded before storing, so a later version of this key finds its report even if this attempt dies.
  await deps.uploads.finishUpload(object, { status: 'parsed', reportId, contentHash: record.contentHash }, nowIso);
  const source = { bucket: object.bucket, key: object.key, versionId: fetched.versionId };
  let state = await deps.reports.getReport(reportId);
  let version = state?.versionsByHash[record.contentHash];
  let decision: DecisionSummary | null = null;
  // The office's file went back to earlier content (v1, v2, then v1 again): that is the
  // report's content now, so it is the next version, not an old one.
  const restored = version !== undefined && state !== null && keyChanged && version < state.version && state.latestSource === sourceStringOf(object);
  const storedHere = version === undefined || restored;
  if (version === undefined || restored) {
    version = (state?.version ?? 0) + 1;
    const stored = fitForStorage({ ...record, reportId });
    decision = summarizeDecision(decideRouting(stored, deps.config, { text: assessment }));
    await deps.reports.saveVersion({
      record: stored,
      version,
      previousVersion: state?.version ?? 0,
      source,
      // A held version concerns no new unit until an operator releases it; the units that
      // were told of an earlier version keep it in their listings.
      concerns: decision.action === 'publish' ? decision.audience : [],
      keepPreviousConcerns: decision.action === 'hold' && (state?.notifiedVersion ?? 0) > 0,
      decision,
      now: nowIso,
    });
    deps.metrics.count('ReportsParsed');
    deps.log.info('report stored', { ...context, reportId, version, contentHash: record.contentHash, routing: decision.action });
    record = stored;
    state = await deps.reports.getReport(reportId);
  } else {
    await deps.reports.addSource(reportId, source, nowIso);
  }
  if (!state) throw new ConcurrentProcessingError(`report ${reportId} vanished after it was stored`);

  if (state.version > version) {
    await deps.uploads.finishUpload(object, { status: 'superseded', reportId, contentHash: record.contentHash }, nowIso);
    return { status: 'superseded', reportId, version };
  }

  if (decision === null) {
    if (state.notifiedVersion >= version) return duplicate(object, reportId, version, record.contentHash, deps, nowIso);
    // The version was stored before (another key, or an earlier attempt): decide on it as
    // stored, which is the operator's correction when there is one.
    const stored = (await deps.reports.getVersion(reportId, version)) ?? record;
    decision = summarizeDecision(decideRouting(stored, deps.config, { text: assessment }));
  }

  if (decision.action === 'hold') {
    // Resuming this very upload (an earlier attempt stored the version and died) is still its hold.
    const resuming = previousUpload?.status === 'parsed' && previousUpload.contentHash === record.contentHash;
    return hold(object, state, version, record, decision, storedHere || resuming, deps, nowIso);
  }

  const outcome = await publishVersion({ reportId, version, record, audience: decision.audience, notifiedVersion: state.notifiedVersion }, deps);
  if (outcome === 'already-notified') return duplicate(object, reportId, version, record.contentHash, deps, nowIso);
  await deps.uploads.finishUpload(object, { status: 'stored', reportId, contentHash: record.contentHash }, nowIso);
  deps.log.info('report notified', { ...context, reportId, version, notificationId: outcome.notificationId, audience: outcome.audience });
  return { status: 'notified', reportId, version, notificationId: outcome.notificationId, audience: outcome.audience };
}

async function duplicate(
  object: UploadedObject,
  reportId: string,
  version: number,
  contentHash: string,
  deps: ProcessUploadDeps,
  nowIso: string,
): Promise<UploadOutcome> {
  deps.metrics.count('ReportsDuplicate');
  deps.log.info('duplicate upload: report already handled', { bucket: object.bucket, key: object.key, reportId, version });
  await deps.uploads.finishUpload(object, { status: 'duplicate', reportId, contentHash }, nowIso);
  return { status: 'duplicate', reportId, version };
}

/**
 * Keeps a version from every office: stored with its reasons, listed for review, and
 * announced once on the operations topic. A later upload of the same held content is a
 * duplicate of it.
 */
async function hold(
  object: UploadedObject,
  state: ReportState,
  version: number,
  record: NormalizedReport,
  decision: DecisionSummary,
  ownHold: boolean,
  deps: ProcessUploadDeps,
  nowIso: string,
): Promise<UploadOutcome> {
  const { reportId } = state;
  const result = await deps.reviews.holdReport(reportId, version, decision, nowIso);
  if (result === 'notified') return duplicate(object, reportId, version, record.contentHash, deps, nowIso);
  if (result === 'moved-on') {
    await deps.uploads.finishUpload(object, { status: 'superseded', reportId, contentHash: record.contentHash }, nowIso);
    return { status: 'superseded', reportId, version };
  }
  // The upload that held the version announces it (again on its own retry, until the
  // announcement is recorded: a crash repeats it, never loses it). A concurrent upload of
  // the same content leaves it to that upload, so operators hear of a hold once.
  const announcer = result === 'held' || ownHold;
  const announced = !announcer ? version : result === 'already-held' ? ((await deps.reports.getReport(reportId))?.holdAnnouncedVersion ?? 0) : state.holdAnnouncedVersion;
  if (announced < version) {
    await deps.publisher.publishOperations(`Report held for review: ${reasonCodes(decision.reasons).join(', ')}`, {
      type: 'report.held',
      reportId,
      version,
      title: record.title.slice(0, 300),
      bucket: object.bucket,
      key: object.key,
      reasons: decision.reasons,
      wouldBe: { audience: decision.audience, provinceWide: decision.provinceWide },
      review: `reports review; reports show ${reportId}; reports approve|correct|reject ${reportId}`,
      at: nowIso,
    });
    await deps.reviews.markHoldAnnounced(reportId, version, nowIso);
  }
  if (result === 'already-held' && !ownHold) return duplicate(object, reportId, version, record.contentHash, deps, nowIso);
  await deps.uploads.finishUpload(
    object,
    { status: 'held', reportId, contentHash: record.contentHash, reason: reasonCodes(decision.reasons).join(','), detail: describeReasons(decision.reasons) },
    nowIso,
  );
  deps.metrics.count('ReportsHeld');
  deps.log.info('report held for review', { bucket: object.bucket, key: object.key, reportId, version, reasons: reasonCodes(decision.reasons) });
  return { status: 'held', reportId, version, reasons: decision.reasons };
}

/** What publishing one version needs; the use cases of ingest and review share it. */
export interface PublishRequest {
  readonly reportId: string;
  readonly version: number;
  /** The record as this worker has it; the stored version is read back and wins. */
  readonly record: NormalizedReport;
  /** Units the decision names for this version. */
  readonly audience: readonly string[];
  /** The last version the offices were told of (0: none): the one an update replaces when the previous was held. */
  readonly notifiedVersion: number;
}

export type PublishDeps = Pick<ProcessUploadDeps, 'reports' | 'leases' | 'publisher' | 'config' | 'clock' | 'recordLocation' | 'publishLeaseMs' | 'metrics'>;

/**
 * Publishes one version once: takes the publish lease, sends the notice (an update goes to
 * the offices of this version and of the last version they were told of), records it.
 * @throws ConcurrentProcessingError when another worker holds the lease.
 */
export async function publishVersion(
  request: PublishRequest,
  deps: PublishDeps,
): Promise<'already-notified' | { readonly notificationId: string; readonly audience: readonly string[] }> {
  const clock = deps.clock ?? (() => new Date());
  const { reportId, version } = request;
  const lease = await deps.leases.acquirePublishLease(reportId, version, clock(), deps.publishLeaseMs ?? DEFAULT_LEASE_MS);
  if (lease === 'already-notified') return 'already-notified';
  if (lease === 'held') {
    throw new ConcurrentProcessingError(`report ${reportId} v${version} is being published by another worker`);
  }

  // Read only by the worker that publishes: a duplicate or superseded upload never needs them.
  // The stored version is read back because a concurrent writer of the same content may have stored it.
  // The offices of the previous version are the units it was indexed under (its audience).
  // A held previous version reached nobody; the offices know the last one published.
  let previous = version > 1 ? await deps.reports.getStoredVersion(reportId, version - 1) : null;
  if (previous?.decision?.action === 'hold') {
    previous = request.notifiedVersion > 0 && request.notifiedVersion < version ? await deps.reports.getStoredVersion(reportId, request.notifiedVersion) : null;
  }
  const current = (await deps.reports.getVersion(reportId, version)) ?? request.record;
  const event: NoticeEvent = previous ? 'report.updated' : 'report.created';
  const audience = [...new Set([...request.audience, ...(previous?.concerns ?? [])])].sort();
  const notice = formatNotice({
    record: current,
    version,
    event,
    audience,
    changes: previous ? diffReports(previous.record, current) : [],
    location: deps.recordLocation(reportId),
    config: deps.config,
  });
  let messageId: string;
  try {
    messageId = await deps.publisher.publishNotice(notice, routingAttributes(audience, deps.config, event));
  } catch (error) {
    await deps.leases.releasePublishLease(reportId, version).catch(() => undefined);
    throw error;
  }
  // The one window for a repeated notice: SNS accepted the publish but this write is lost.
  // The write is retried here, beyond the SDK's own attempts, before that window can open.
  await withRetries(() => deps.leases.markNotified(reportId, version, messageId, clock().toISOString()), MARK_NOTIFIED_ATTEMPTS);
  deps.metrics.count('NotificationsPublished');
  return { notificationId: notice.notificationId, audience };
}

/** Attempts at recording a publish before giving up (each with the SDK's own retries). */
const MARK_NOTIFIED_ATTEMPTS = 4;

async function withRetries<T>(action: () => Promise<T>, attempts: number): Promise<T> {
  for (let attempt = 1; ; attempt++) {
    try {
      return await action();
    } catch (error) {
      if (attempt >= attempts || !(error instanceof TransientDependencyError)) throw error;
      await new Promise((resolve) => setTimeout(resolve, 100 * 2 ** attempt));
    }
  }
}

function sourceStringOf(object: UploadedObject): string {
  return `s3://${object.bucket}/${object.key}`;
}

/** Identifies one event of a key across its redeliveries. */
function attemptMarkerOf(object: UploadedObject): string {
  return object.sequencer ?? object.versionId ?? object.eTag ?? 'unversioned';
}

/**
 * An attempt marked as reading the file longer ago than a live attempt can be (its decode
 * deadline, then normalizing, then the write that moves it on): the function or the
 * process died while reading it. A younger mark may be a redelivery being handled right
 * now by another worker. In Lambda the next receive comes after the visibility timeout
 * (six function timeouts), well past this age.
 */
function diedWhileDecoding(upload: UploadState, attempt: string, now: Date, maxLiveAgeMs: number): boolean {
  if (upload.status !== 'received' || upload.decoding?.attempt !== attempt) return false;
  return now.getTime() - Date.parse(upload.decoding.since) > maxLiveAgeMs;
}

/** What a live attempt may spend between its decode deadline and leaving `received`. */
const DEAD_ATTEMPT_MARGIN_MS = 60_000;

async function parseUpload(
  object: UploadedObject,
  fetched: FetchedObject,
  deps: ProcessUploadDeps,
  onDecodeStart: () => Promise<void>,
): Promise<{ record: NormalizedReport; assessment: TextAssessment }> {
  const limits: DecodeLimits = { ...DEFAULT_DECODE_LIMITS, ...deps.decodeLimits };
  const decoder = deps.decoder ?? inProcessDecoder;
  const decoded = await decoder.decode(fetched.bytes, {
    fileName: object.key,
    limits,
    deadlineMs: () => decodeDeadlineMs(limits.timeBudgetMs, deps.remainingTimeMs?.()),
    onStart: onDecodeStart,
  });
  const source: ReportSource = {
    bucket: object.bucket,
    key: object.key,
    versionId: fetched.versionId,
    size: fetched.size,
    format: decoded.format,
    encoding: decoded.encoding,
  };
  // The day the office received it when the uploader said so (an archive), else the upload day.
  const referenceDate = fetched.receivedOn ?? localDateOf(fetched.lastModified, deps.config.province.timeZone);
  // A cut made by code units anywhere upstream must not leave half a character: DynamoDB refuses the write.
  const record = wellFormedStrings(normalizeReport(decoded.text, { referenceDate, config: deps.config, source }));
  const checked = normalizedReportSchema.safeParse(record);
  if (!checked.success) {
    throw new RecordValidationError(formatZodIssues(checked.error, { root: 'record' }));
  }
  deps.log.debug('report parsed', { key: object.key, reportId: record.reportId, format: sourceFormatOf(record) });
  return { record: checked.data, assessment: assessText(decoded.text, deps.config) };
}

async function fail(
  object: UploadedObject,
  reason: string,
  detail: string,
  deps: ProcessUploadDeps,
  nowIso: string,
): Promise<UploadOutcome> {
  const quarantineKey = await deps.objects.quarantine(object.bucket, object.key, object.versionId, reason);
  await deps.uploads.recordFailure({ object, reason, detail, quarantineKey }, nowIso);
  await deps.publisher.publishOperations(`Report upload failed: ${reason}`, {
    type: 'upload.failed',
    bucket: object.bucket,
    key: object.key,
    versionId: object.versionId,
    reason,
    detail,
    quarantineKey,
    at: nowIso,
  });
  await deps.uploads.finishUpload(object, { status: 'failed', reason, detail, quarantineKey }, nowIso);
  deps.metrics.count('ReportsFailed');
  deps.log.warn('upload failed and was quarantined', { bucket: object.bucket, key: object.key, reason, detail, quarantineKey });
  return { status: 'failed', reason, detail, quarantineKey };
}
