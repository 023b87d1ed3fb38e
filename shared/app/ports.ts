import type { FormattedNotice } from '../domain/notification';
import type { NormalizedReport, ReportCard, ReportSource } from '../domain/record';
import type { MessageAttributes } from '../domain/routing';
import type { DecisionSummary } from '../domain/routing-decision';
import type { UploadedObject } from '../domain/s3-event';

/**
 * The small interfaces the use cases depend on. Adapters in shared/adapters implement
 * them with the AWS SDK; tests may implement them in memory.
 */

export interface FetchedObject {
  readonly bytes: Uint8Array;
  readonly size: number;
  readonly versionId: string | null;
  readonly eTag: string | null;
  readonly lastModified: Date;
  /**
   * The day the office received the report, when the uploader stated it (object metadata
   * `received-on`, YYYY-MM-DD): an archive uploaded years later is read against the day it
   * arrived, not the upload day.
   */
  readonly receivedOn?: string | null;
}

export interface FetchOptions {
  /** Bytes read at most. @default no limit */
  readonly maxBytes?: number;
  /** The version the event announced; another current version is not read. */
  readonly expectedVersionId?: string | null;
}

export interface ObjectStore {
  /**
   * Reads the current version of the object: an upload deleted (or overwritten) before it
   * was processed must not be processed from an old version.
   * At most `maxBytes` are read, whatever the event or the object's header claimed; a
   * current version other than `expectedVersionId` is returned without its bytes.
   * @throws SourceMissingError when the object no longer exists.
   * @throws UnprocessableReportError (`too-large`) when it has more than `maxBytes`.
   */
  fetch(bucket: string, key: string, options?: FetchOptions): Promise<FetchedObject>;
  /** Copies the object under the quarantine prefix; returns the quarantine key. */
  quarantine(bucket: string, key: string, versionId: string | null, reason: string): Promise<string>;
}

/**
 * Life of a report record (its latest version): stored, then notified; or stored, then
 * held for review, then notified (approved or corrected) or rejected.
 */
export type ReportStatus = 'stored' | 'notified' | 'held' | 'rejected';
/**
 * Life of one upload (one write of one key): `received` -> `parsed` (normalized, its
 * report known) -> one final state.
 */
export type UploadStatus = 'received' | 'parsed' | 'stored' | 'held' | 'duplicate' | 'superseded' | 'failed' | 'missing';

/** States an upload ends in: nothing more will happen to it. */
export const FINAL_UPLOAD_STATUSES: ReadonlySet<string> = new Set<UploadStatus>(['stored', 'held', 'duplicate', 'superseded', 'failed', 'missing']);

export interface SourceRef {
  readonly bucket: string;
  readonly key: string;
  readonly versionId: string | null;
}

/** The current state of a report (its latest version). */
export interface ReportState {
  readonly reportId: string;
  readonly version: number;
  readonly status: ReportStatus;
  /** The latest version in brief; the full record is read with getVersion. */
  readonly card: ReportCard;
  /** contentHash -> version for every version stored. */
  readonly versionsByHash: Readonly<Record<string, number>>;
  readonly notifiedVersion: number;
  /** The latest version held for review (0: none); a held version is never published unless reviewed. */
  readonly heldVersion: number;
  /** The latest held version announced on the operations topic. */
  readonly holdAnnouncedVersion: number;
  /** The routing decision on the latest version, when one was made. */
  readonly decision: DecisionSummary | null;
  readonly sources: readonly string[];
  readonly createdAt: string;
  readonly updatedAt: string;
}

export interface UploadState {
  readonly bucket: string;
  readonly key: string;
  readonly status: UploadStatus;
  readonly reportId: string | null;
  readonly contentHash: string | null;
  readonly sequencer: string | null;
  readonly reason: string | null;
  readonly detail: string | null;
  readonly quarantineKey: string | null;
  readonly updatedAt: string;
  /**
   * Set when an attempt starts reading the file (see `markDecoding`): which event (its
   * attempt marker), when, and how many earlier attempts of that event had died while
   * reading it. Still set on a later receive of that event, with the upload unfinished, it
   * means that attempt died while reading the file.
   */
  readonly decoding: { readonly attempt: string; readonly since: string; readonly deaths: number } | null;
}

export interface FailedUpload {
  readonly object: UploadedObject;
  readonly reason: string;
  readonly detail: string;
  readonly quarantineKey: string | null;
}

/** What an upload ended as, with what is known about it by then. */
export interface UploadFinish {
  readonly status: UploadStatus;
  readonly reportId?: string;
  readonly contentHash?: string;
  readonly reason?: string;
  readonly detail?: string;
  readonly quarantineKey?: string;
}

/** One version of a report to store. */
export interface NewVersion {
  readonly record: NormalizedReport;
  readonly version: number;
  readonly previousVersion: number;
  readonly source: SourceRef;
  /** Unit ids the version concerns (indexed for "reports concerning unit X"): its audience, none while held. */
  readonly concerns: readonly string[];
  /** The routing decision on this version. */
  readonly decision?: DecisionSummary;
  /**
   * Index the version under the previous version's units instead of `concerns`: a held
   * version of a report already sent leaves the offices' listings as they were told.
   */
  readonly keepPreviousConcerns?: boolean;
  readonly now: string;
}

/** A stored version with the units it was indexed under (the offices it concerns). */
export interface StoredVersion {
  readonly record: NormalizedReport;
  readonly concerns: readonly string[];
  /** The routing decision on the version; absent on versions stored before decisions were kept. */
  readonly decision?: DecisionSummary;
}

/** What an operator did to a report under review. */
export interface ReviewEvent {
  readonly action: 'approved' | 'corrected' | 'rejected';
  readonly version: number;
  readonly by: string;
  readonly at: string;
  readonly reason?: string;
}

/*
 * The reports table seen through the ports its use cases need. One DynamoDB table (and
 * one adapter class) holds them all; each use case declares only the ports it calls, and
 * tests give it in-memory fakes of the same contracts (tests/contract).
 */

/** What an upload's life is (one write of one key): begun, marked while its file is read, finished, failed. */
export interface UploadLedger {
  /**
   * Records that an upload was received. `stale`: a later write of the same key (larger
   * S3 sequencer) was already seen. `done`: this very event was already processed to the
   * end (a redelivery); its final state is kept. An event without a sequencer is known by
   * its eTag: the same eTag once finished is `done`, another eTag begins again.
   */
  beginUpload(object: UploadedObject, now: string): Promise<'begun' | 'stale' | 'done'>;
  getUpload(bucket: string, key: string): Promise<UploadState | null>;
  /** Sets the upload's state; a later write of the key (another sequencer) that began meanwhile wins, silently. */
  finishUpload(object: UploadedObject, outcome: UploadFinish, now: string): Promise<void>;
  /**
   * Records that this event's attempt starts reading the file, after `deaths` earlier
   * attempts of it died while reading: a crash or timeout of the function leaves the mark
   * behind, and a later receive reads the file once more or fails it instead of crashing
   * again. Only while the upload is `received`; otherwise nothing happens.
   */
  markDecoding(object: UploadedObject, attempt: string, now: string, deaths: number): Promise<void>;
  /** Keeps a failed upload (one item per failed version of a key) for the operators' listing. */
  recordFailure(failure: FailedUpload, now: string): Promise<void>;
}

/** Reports, their versions and the content each version was read from. */
export interface ReportStore {
  /** Claims a content hash for a report; returns the owner (the caller's candidate if it was free). */
  claimContent(contentHash: string, candidateReportId: string): Promise<string>;
  getReport(reportId: string): Promise<ReportState | null>;
  /** The record of one stored version, or null. */
  getVersion(reportId: string, version: number): Promise<NormalizedReport | null>;
  /** A stored version with the units it concerns, or null. */
  getStoredVersion(reportId: string, version: number): Promise<StoredVersion | null>;
  /**
   * Stores `record` as `version` of its report, if `previousVersion` is still the latest.
   * Idempotent: storing a version that is already there succeeds (and adds the source).
   * @throws ConcurrentProcessingError on a lost race (another writer moved the report on).
   */
  saveVersion(input: NewVersion): Promise<void>;
  /**
   * Adds a file the report's content was also read from.
   * @throws ConcurrentProcessingError when the report is not stored (yet).
   */
  addSource(reportId: string, source: SourceRef, now: string): Promise<void>;
  /**
   * Sets the units a stored version concerns (its index items), e.g. when an operator approves it.
   * @throws ConcurrentProcessingError when there is no such version, or the report moved on from it.
   */
  setConcerns(reportId: string, version: number, concerns: readonly string[], decision: DecisionSummary, now: string): Promise<void>;
}

/** The right to publish one version, taken by one worker at a time, and the record that it was published. */
export interface PublishLeases {
  /**
   * Takes the right to publish `version` for `leaseMs` from `now`: `already-notified` when
   * it (or a later version) was published, `held` while another worker's lease runs.
   */
  acquirePublishLease(reportId: string, version: number, now: Date, leaseMs: number): Promise<'acquired' | 'already-notified' | 'held'>;
  /** Gives the lease back after a publish that certainly failed, so a retry need not wait for it to expire. */
  releasePublishLease(reportId: string, version: number): Promise<void>;
  /** Records the publish (status `notified`) and ends the lease; an older version than the one notified, or a report not stored, changes nothing. */
  markNotified(reportId: string, version: number, messageId: string, now: string): Promise<void>;
}

/** Versions kept from the offices for an operator, and what the operator did with them. */
export interface ReviewQueue {
  /**
   * Marks `version` (the latest) held for review, listed under `STATUS#held`. `already-held`:
   * it was held before (or reviewed since); `notified`: it was published meanwhile;
   * `moved-on`: a later version was stored.
   * @throws ConcurrentProcessingError when the report is not stored (yet).
   */
  holdReport(reportId: string, version: number, decision: DecisionSummary, now: string): Promise<'held' | 'already-held' | 'notified' | 'moved-on'>;
  /** Records that the hold of `version` was announced on the operations topic; a report not stored changes nothing. */
  markHoldAnnounced(reportId: string, version: number, now: string): Promise<void>;
  /**
   * Records an operator's review in the report's history. `rejected` closes a held version
   * (listed under `STATUS#rejected`); it fails with ConcurrentProcessingError when the
   * version is no longer held.
   */
  recordReview(reportId: string, event: ReviewEvent): Promise<void>;
}

/** The four ports of the reports table, as the edge hands them to the use cases. */
export interface ReportTablePorts {
  readonly uploads: UploadLedger;
  readonly reports: ReportStore;
  readonly leases: PublishLeases;
  readonly reviews: ReviewQueue;
}

/** The ports of one object that implements them all (the DynamoDB adapter: one table). */
export function reportTablePorts(table: UploadLedger & ReportStore & PublishLeases & ReviewQueue): ReportTablePorts {
  return { uploads: table, reports: table, leases: table, reviews: table };
}

export interface NoticePublisher {
  /** Publishes a report notice to the offices' topic; returns the SNS message id. */
  publishNotice(notice: FormattedNotice, attributes: MessageAttributes): Promise<string>;
  /** Publishes a message for operators (failed uploads, reports held for review). */
  publishOperations(subject: string, message: Record<string, unknown>): Promise<void>;
}

/** Structured log: a static message plus fields. */
export interface Log {
  debug(message: string, fields?: Record<string, unknown>): void;
  info(message: string, fields?: Record<string, unknown>): void;
  warn(message: string, fields?: Record<string, unknown>): void;
  error(message: string, fields?: Record<string, unknown>): void;
}

/** Business metrics: counts only. */
export interface Metrics {
  count(
    name: 'ReportsParsed' | 'ReportsFailed' | 'ReportsDuplicate' | 'ReportsHeld' | 'NotificationsPublished' | 'UploadsStale' | 'SourcesMissing' | 'DecodeAttemptsDied',
    value?: number,
  ): void;
}

export type { ReportSource };
