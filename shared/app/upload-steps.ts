import type { ProvinceConfig } from '../config/province-config';
import type { DecodedDocument } from '../domain/decode';
import { DEFAULT_DECODE_LIMITS, type DecodeLimits } from '../domain/decode/limits';
import { normalizeReport } from '../domain/normalizer';
import type { NormalizedReport, ReportSource } from '../domain/record';
import { checkRecord } from '../domain/record-check';
import { localDateOf } from '../domain/reference-date';
import { decideRouting, describeReasons, reasonCodes, summarizeDecision, type DecisionSummary, type RoutingReason } from '../domain/routing-decision';
import { assessText, type TextAssessment } from '../domain/text-assessment';
import { truncateCodePoints, wellFormedStrings } from '../domain/truncate';
import type { UploadedObject } from '../domain/s3-event';
import { ConcurrentProcessingError, RecordValidationError, SourceMissingError, UnprocessableReportError } from '../errors';
import { formatZodIssues } from '../zod-issues';
import { decodeDeadlineMs, type DocumentDecoder } from './decode-isolation';
import type { FetchedObject, Log, ObjectStore, ReportState, ReviewQueue, UploadLedger, UploadState } from './ports';
import { publishVersion, type PublishDeps } from './publish-version';

/**
 * The steps of processing one upload (shared/app/process-upload.ts runs them in order):
 * begin, read, decode, normalize, identify, store (or join) the version, decide, hold or
 * publish, finish. A step that settles the upload returns `Finished` with its outcome;
 * otherwise it returns what the next step needs.
 */

export interface ProcessUploadDeps extends PublishDeps {
  readonly objects: ObjectStore;
  readonly uploads: UploadLedger;
  readonly reviews: ReviewQueue;
  readonly log: Log;
  readonly decodeLimits?: Partial<DecodeLimits>;
  /**
   * Decodes the bytes: the parser isolates this in a worker (`IsolatedDecoder`), tests decode
   * in the calling thread (`inProcessDecoder`). No default, so that the handler's bundle does
   * not carry the format decoders its worker already has.
   */
  readonly decoder: DocumentDecoder;
  /** Time left in this invocation (Lambda's `getRemainingTimeInMillis`); the decode deadline follows it. */
  readonly remainingTimeMs?: () => number;
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

/** One attempt at one upload: the event, what it runs with, and when it began. */
export interface UploadRun {
  readonly object: UploadedObject;
  readonly deps: ProcessUploadDeps;
  readonly clock: () => Date;
  readonly now: Date;
  readonly nowIso: string;
}

/** The upload is settled: nothing more happens to it in this attempt. */
export interface Finished {
  readonly finished: UploadOutcome;
}

export function isFinished<T extends object>(result: T | Finished): result is Finished {
  return 'finished' in result;
}

function finished(outcome: UploadOutcome): Finished {
  return { finished: outcome };
}

export function startRun(object: UploadedObject, deps: ProcessUploadDeps): UploadRun {
  const clock = deps.clock ?? (() => new Date());
  const now = clock();
  return { object, deps, clock, now, nowIso: now.toISOString() };
}

function logContext(run: UploadRun): Record<string, unknown> {
  return { bucket: run.object.bucket, key: run.object.key, versionId: run.object.versionId };
}

// --- begin ---------------------------------------------------------------------------

/** Records the upload as received, unless this event is stale or was processed to the end; returns the key's state before it. */
export async function begin(run: UploadRun): Promise<Finished | { readonly previous: UploadState | null }> {
  const { object, deps } = run;
  const previous = await deps.uploads.getUpload(object.bucket, object.key);
  const begun = await deps.uploads.beginUpload(object, run.nowIso);
  if (begun === 'done') {
    deps.log.info('redelivered upload event already processed', { ...logContext(run), sequencer: object.sequencer });
    deps.metrics.count('ReportsDuplicate');
    return finished({ status: 'already-processed' });
  }
  if (begun === 'stale') {
    deps.log.info('stale upload event skipped', { ...logContext(run), sequencer: object.sequencer });
    deps.metrics.count('UploadsStale');
    return finished({ status: 'stale' });
  }
  return { previous };
}

// --- read ----------------------------------------------------------------------------

/** What a live attempt may spend between its decode deadline and leaving `received`. */
const DEAD_ATTEMPT_MARGIN_MS = 60_000;

/**
 * Attempts of one event that may die while reading its file before the file is failed. One
 * death alone does not prove the file poisonous: a batch whose other files used up the
 * function's time, or a host that was slow, ends an attempt the same way. A second death
 * of the same event does, and it still comes before the queue's last receive.
 */
export const DEAD_ATTEMPTS_BEFORE_FAILING = 2;

/** The fetched file, and how many earlier attempts of this event died while reading it. */
export interface ReadUpload extends FetchedObject {
  readonly deadAttempts: number;
}

/** Identifies one event of a key across its redeliveries. */
function attemptMarkerOf(object: UploadedObject): string {
  return object.sequencer ?? object.versionId ?? object.eTag ?? 'unversioned';
}

/**
 * How many attempts of this event have died while reading the file, counting the one the
 * mark was left by: an attempt marked as reading it longer ago than a live attempt can be
 * (its decode deadline, then normalizing, then the write that moves it on) died there, the
 * function or the process with it. A younger mark may be a redelivery being handled right
 * now by another worker: only the deaths before it count. In Lambda the next receive comes
 * after the visibility timeout (six function timeouts), well past this age.
 */
function deadAttemptsOf(upload: UploadState | null, attempt: string, now: Date, maxLiveAgeMs: number): number {
  const mark = upload?.decoding;
  if (!mark || upload.status !== 'received' || mark.attempt !== attempt) return 0;
  return now.getTime() - Date.parse(mark.since) > maxLiveAgeMs ? mark.deaths + 1 : mark.deaths;
}

/**
 * Reads the uploaded file, refusing one that crashed an earlier attempt, one larger than
 * the limit, and an overwritten version; a deleted file settles as missing.
 */
export async function read(run: UploadRun, previous: UploadState | null): Promise<Finished | ReadUpload> {
  const { object, deps } = run;
  const decodeBudgetMs = deps.decodeLimits?.timeBudgetMs ?? DEFAULT_DECODE_LIMITS.timeBudgetMs;
  const deadAttempts = deadAttemptsOf(previous, attemptMarkerOf(object), run.now, decodeBudgetMs + DEAD_ATTEMPT_MARGIN_MS);
  if (deadAttempts >= DEAD_ATTEMPTS_BEFORE_FAILING) {
    // A poison message: retrying would crash the function again and end in the dead-letter queue unrecorded.
    return fail(
      run,
      'decode-crashed',
      `${deadAttempts} attempts to read this file never finished (the function crashed or ran out of time while reading it); the file is not retried`,
    );
  }
  if (deadAttempts > 0) {
    deps.log.warn('an earlier attempt died while reading this file; reading it once more', { ...logContext(run), deadAttempts });
    deps.metrics.count('DecodeAttemptsDied');
  }

  const maxBytes = deps.decodeLimits?.maxBytes ?? DEFAULT_DECODE_LIMITS.maxBytes;
  if (object.size !== null && object.size > maxBytes) {
    // Refused before download: a Lambda must not pull a huge object into memory to learn it is too big.
    return fail(run, 'too-large', `the file has ${object.size} bytes; the limit is ${maxBytes}`);
  }

  let fetched: FetchedObject;
  try {
    fetched = await deps.objects.fetch(object.bucket, object.key, { maxBytes, expectedVersionId: object.versionId });
  } catch (error) {
    if (error instanceof UnprocessableReportError) return fail(run, error.reason, error.detail);
    if (!(error instanceof SourceMissingError)) throw error;
    deps.log.warn('uploaded object no longer exists', logContext(run));
    deps.metrics.count('SourcesMissing');
    await deps.uploads.finishUpload(object, { status: 'missing', reason: 'missing', detail: error.message }, run.nowIso);
    return finished({ status: 'missing' });
  }

  if (object.versionId && fetched.versionId && fetched.versionId !== object.versionId) {
    // The key was written again since this event: that write has its own event and wins.
    deps.log.info('upload overwritten before processing; its newer version will be processed', { ...logContext(run), current: fetched.versionId });
    deps.metrics.count('UploadsStale');
    await deps.uploads.finishUpload(object, { status: 'superseded' }, run.nowIso);
    return finished({ status: 'stale' });
  }
  return { ...fetched, deadAttempts };
}

// --- decode and normalize ------------------------------------------------------------

export interface ParsedUpload {
  readonly record: NormalizedReport;
  readonly assessment: TextAssessment;
}

/** Decodes the file's bytes to text (in the decoder's isolation), marking the attempt as reading it first. */
export async function decode(run: UploadRun, fetched: ReadUpload): Promise<DecodedDocument> {
  const { object, deps } = run;
  const limits: DecodeLimits = { ...DEFAULT_DECODE_LIMITS, ...deps.decodeLimits };
  return deps.decoder.decode(fetched.bytes, {
    fileName: object.key,
    limits,
    deadlineMs: () => decodeDeadlineMs(limits.timeBudgetMs, deps.remainingTimeMs?.()),
    onStart: () => deps.uploads.markDecoding(object, attemptMarkerOf(object), run.clock().toISOString(), fetched.deadAttempts),
  });
}

/**
 * Turns the text into a checked record, read against the day the office received it.
 * @throws RecordValidationError when the record breaks the schema (a normalizer bug).
 */
export function normalize(run: UploadRun, fetched: FetchedObject, decoded: DecodedDocument): ParsedUpload {
  const { object, deps } = run;
  const source: ReportSource = {
    bucket: object.bucket,
    key: object.key,
    versionId: fetched.versionId,
    size: fetched.size,
    format: decoded.format,
    encoding: decoded.encoding,
    ...(decoded.pageAddress ? { pageAddress: decoded.pageAddress } : {}),
  };
  // The day the office received it when the uploader said so (an archive), else the upload day.
  const referenceDate = fetched.receivedOn ?? localDateOf(fetched.lastModified, deps.config.province.timeZone);
  // A cut made by code units anywhere upstream must not leave half a character: DynamoDB refuses the write.
  const record = wellFormedStrings(normalizeReport(decoded.text, { referenceDate, config: deps.config, source }));
  const checked = checkRecord(record);
  if (!checked.success) {
    throw new RecordValidationError(formatZodIssues(checked.error, { root: 'record' }));
  }
  deps.log.debug('report parsed', { key: object.key, reportId: record.reportId, format: record.source?.format ?? 'unknown' });
  return { record: checked.data, assessment: assessText(decoded.text, deps.config) };
}

/** Runs `parse`; a file that cannot become a report fails (quarantined, recorded, announced) instead of being retried. */
export async function unlessUnreadable(run: UploadRun, parse: () => Promise<ParsedUpload>): Promise<Finished | ParsedUpload> {
  try {
    return await parse();
  } catch (error) {
    if (error instanceof UnprocessableReportError) return fail(run, error.reason, error.detail);
    if (error instanceof RecordValidationError) return fail(run, 'invalid-record', error.message);
    throw error;
  }
}

// --- identify ------------------------------------------------------------------------

export interface UploadIdentity {
  readonly reportId: string;
  /** The key held other content before: this upload may be the next version of the key's report. */
  readonly keyChanged: boolean;
  /** The key's content before was its report's latest version: the report follows this key's file. */
  readonly followsKey: boolean;
}

/**
 * Which report the content is. The same content is one report whatever its key; new
 * content under a known key is the next version of that key's report. A key continues its
 * report only while the report follows this key's file: the key's content before is the
 * report's latest version. Of two keys merged by equal content, the first to change
 * continues the report and the other is split off once its content diverges. (Whose upload
 * happened to store the shared version, when both raced to, does not matter.)
 */
export async function identify(run: UploadRun, previous: UploadState | null, record: NormalizedReport): Promise<UploadIdentity> {
  const { object, deps } = run;
  const keyChanged = previous?.reportId != null && previous.contentHash !== record.contentHash;
  const followed = keyChanged ? await deps.reports.getReport(previous.reportId as string) : null;
  const followsKey = followed !== null && previous?.contentHash != null && followed.versionsByHash[previous.contentHash] === followed.version;
  const candidateId = followed && followsKey ? followed.reportId : record.reportId;
  const reportId = await deps.reports.claimContent(record.contentHash, candidateId);
  // Recorded before storing, so a later version of this key finds its report even if this attempt dies.
  await deps.uploads.finishUpload(object, { status: 'parsed', reportId, contentHash: record.contentHash }, run.nowIso);
  return { reportId, keyChanged, followsKey };
}

// --- decide --------------------------------------------------------------------------

/** The routing decision on a record, with what the text itself says (language, genre). */
export function decide(record: NormalizedReport, assessment: TextAssessment, config: ProvinceConfig): DecisionSummary {
  return summarizeDecision(decideRouting(record, config, { text: assessment }));
}

// --- store the version ---------------------------------------------------------------

/** DynamoDB items stop at 400 KB; a record is trimmed well below that. */
const MAX_RECORD_JSON_BYTES = 300 * 1024;

/** Keeps a pathological record storable: long lists are cut, and the cut is said in `warnings`. */
function fitForStorage(record: NormalizedReport): NormalizedReport {
  if (Buffer.byteLength(JSON.stringify(record), 'utf8') <= MAX_RECORD_JSON_BYTES) return record;
  return {
    ...record,
    summary: truncateCodePoints(record.summary, 2000),
    tasks: record.tasks.slice(0, 100).map((task) => truncateCodePoints(task, 1000)),
    people: record.people.slice(0, 300),
    documents: record.documents.slice(0, 300),
    awards: record.awards.slice(0, 100),
    warnings: [...record.warnings.slice(0, 50), 'record trimmed to fit storage: lists cut to their first entries'],
  };
}

/** The version of the report this upload's content is, once stored. */
export interface PlacedVersion {
  readonly reportId: string;
  readonly state: ReportState;
  readonly version: number;
  /** The record as stored by this upload, or as parsed when the version was stored before. */
  readonly record: NormalizedReport;
  /** The decision made on storing it; null when the version was stored before. */
  readonly decision: DecisionSummary | null;
  /** This upload stored the version (rather than finding it stored). */
  readonly storedHere: boolean;
}

/**
 * Stores the content as the next version of its report, deciding on it first (the units
 * it is indexed under follow the decision); or, when the report has that content already,
 * adds this file as one of its sources.
 * @throws ConcurrentProcessingError on a lost race with another writer of the report.
 */
export async function storeVersion(run: UploadRun, identity: UploadIdentity, parsed: ParsedUpload, fetched: FetchedObject): Promise<PlacedVersion> {
  const { object, deps } = run;
  const { reportId } = identity;
  const source = { bucket: object.bucket, key: object.key, versionId: fetched.versionId };
  const before = await deps.reports.getReport(reportId);
  const known = before?.versionsByHash[parsed.record.contentHash];
  // The office's file went back to earlier content (v1, v2, then v1 again): that is the
  // report's content now, so it is the next version, not an old one.
  const restored = known !== undefined && before !== null && identity.keyChanged && identity.followsKey && known < before.version;
  if (known !== undefined && !restored) {
    await deps.reports.addSource(reportId, source, run.nowIso);
    if (!before) throw new ConcurrentProcessingError(`report ${reportId} vanished after it was stored`);
    return { reportId, state: before, version: known, record: parsed.record, decision: null, storedHere: false };
  }

  const version = (before?.version ?? 0) + 1;
  const record = fitForStorage({ ...parsed.record, reportId });
  const decision = decide(record, parsed.assessment, deps.config);
  await deps.reports.saveVersion({
    record,
    version,
    previousVersion: before?.version ?? 0,
    source,
    // A held version concerns no new unit until an operator releases it; the units that
    // were told of an earlier version keep it in their listings.
    concerns: decision.action === 'publish' ? decision.audience : [],
    keepPreviousConcerns: decision.action === 'hold' && (before?.notifiedVersion ?? 0) > 0,
    decision,
    now: run.nowIso,
  });
  deps.metrics.count('ReportsParsed');
  deps.log.info('report stored', { ...logContext(run), reportId, version, contentHash: record.contentHash, routing: decision.action });
  const state = await deps.reports.getReport(reportId);
  if (!state) throw new ConcurrentProcessingError(`report ${reportId} vanished after it was stored`);
  return { reportId, state, version, record, decision, storedHere: true };
}

/** A version the report moved on from while this upload was processed settles as superseded. */
export async function unlessSuperseded(run: UploadRun, placed: PlacedVersion): Promise<Finished | PlacedVersion> {
  if (placed.state.version <= placed.version) return placed;
  await run.deps.uploads.finishUpload(run.object, { status: 'superseded', reportId: placed.reportId, contentHash: placed.record.contentHash }, run.nowIso);
  return finished({ status: 'superseded', reportId: placed.reportId, version: placed.version });
}

/**
 * The decision on the version: the one made on storing it, else (it was stored before, by
 * another key or an earlier attempt) one made on it as stored, which is the operator's
 * correction when there is one. A version already notified settles as a duplicate.
 */
export async function decisionOn(run: UploadRun, placed: PlacedVersion, assessment: TextAssessment): Promise<Finished | DecisionSummary> {
  if (placed.decision !== null) return placed.decision;
  const { reportId } = placed;
  if (placed.state.notifiedVersion >= placed.version) return finishDuplicate(run, reportId, placed.version, placed.record.contentHash);
  const stored = (await run.deps.reports.getVersion(reportId, placed.version)) ?? placed.record;
  return decide(stored, assessment, run.deps.config);
}

// --- hold or publish -----------------------------------------------------------------

/**
 * Keeps a version from every office: stored with its reasons, listed for review, and
 * announced once on the operations topic. A later upload of the same held content is a
 * duplicate of it. `ownHold`: this upload stored the version (or is resuming the attempt
 * that did), so the hold and its announcement are its own.
 */
export async function hold(run: UploadRun, placed: PlacedVersion, decision: DecisionSummary, ownHold: boolean): Promise<UploadOutcome> {
  const { object, deps } = run;
  const { state, version, record } = placed;
  const { reportId } = state;
  const result = await deps.reviews.holdReport(reportId, version, decision, run.nowIso);
  if (result === 'notified') return (await finishDuplicate(run, reportId, version, record.contentHash)).finished;
  if (result === 'moved-on') {
    await deps.uploads.finishUpload(object, { status: 'superseded', reportId, contentHash: record.contentHash }, run.nowIso);
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
      at: run.nowIso,
    });
    await deps.reviews.markHoldAnnounced(reportId, version, run.nowIso);
  }
  if (result === 'already-held' && !ownHold) return (await finishDuplicate(run, reportId, version, record.contentHash)).finished;
  await deps.uploads.finishUpload(
    object,
    { status: 'held', reportId, contentHash: record.contentHash, reason: reasonCodes(decision.reasons).join(','), detail: describeReasons(decision.reasons) },
    run.nowIso,
  );
  deps.metrics.count('ReportsHeld');
  deps.log.info('report held for review', { bucket: object.bucket, key: object.key, reportId, version, reasons: reasonCodes(decision.reasons) });
  return { status: 'held', reportId, version, reasons: decision.reasons };
}

/** Publishes the version to the audience the decision names, once; the upload that published it is stored. */
export async function publish(run: UploadRun, placed: PlacedVersion, decision: DecisionSummary): Promise<UploadOutcome> {
  const { object, deps } = run;
  const { reportId, version, record } = placed;
  const outcome = await publishVersion({ reportId, version, record, audience: decision.audience, notifiedVersion: placed.state.notifiedVersion }, deps);
  if (outcome === 'already-notified') return (await finishDuplicate(run, reportId, version, record.contentHash)).finished;
  await deps.uploads.finishUpload(object, { status: 'stored', reportId, contentHash: record.contentHash }, run.nowIso);
  deps.log.info('report notified', { ...logContext(run), reportId, version, notificationId: outcome.notificationId, audience: outcome.audience });
  return { status: 'notified', reportId, version, notificationId: outcome.notificationId, audience: outcome.audience };
}

// --- finish --------------------------------------------------------------------------

/** Settles the upload as a duplicate of a version already handled. */
async function finishDuplicate(run: UploadRun, reportId: string, version: number, contentHash: string): Promise<Finished> {
  const { object, deps } = run;
  deps.metrics.count('ReportsDuplicate');
  deps.log.info('duplicate upload: report already handled', { bucket: object.bucket, key: object.key, reportId, version });
  await deps.uploads.finishUpload(object, { status: 'duplicate', reportId, contentHash }, run.nowIso);
  return finished({ status: 'duplicate', reportId, version });
}

/** Settles an upload that can never become a report: quarantined, recorded, announced to operators. */
async function fail(run: UploadRun, reason: string, detail: string): Promise<Finished> {
  const { object, deps, nowIso } = run;
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
  return finished({ status: 'failed', reason, detail, quarantineKey });
}
