import type { FailedUpload, UploadFinish, UploadLedger, UploadState, UploadStatus } from '../../../shared/app/ports';
import type { UploadedObject } from '../../../shared/domain/s3-event';
import { stored } from './report-table';

interface UploadItem {
  bucket: string;
  key: string;
  status: UploadStatus;
  /** Left-padded upper-case hex, so that string order is S3's sequencer order. */
  sequencer: string | null;
  /** The eTag of the last event that had no sequencer. */
  eventETag: string | null;
  reportId: string | null;
  contentHash: string | null;
  reason: string | null;
  detail: string | null;
  quarantineKey: string | null;
  updatedAt: string;
  decoding: { attempt: string; since: string; deaths: number } | null;
}

function padSequencer(sequencer: string): string {
  return sequencer.toUpperCase().padStart(32, '0');
}

const UNFINISHED: ReadonlySet<UploadStatus> = new Set(['received', 'parsed']);

/** UploadLedger in memory: one item per key, one failure record per failed version of a key. */
export class MemoryUploadLedger implements UploadLedger {
  readonly uploads = new Map<string, UploadItem>();
  /** Failed uploads by `bucket/key#version`, as operators list them. */
  readonly failures = new Map<string, FailedUpload & { readonly at: string }>();

  async beginUpload(object: UploadedObject, now: string): Promise<'begun' | 'stale' | 'done'> {
    const id = `${object.bucket}/${object.key}`;
    const current = this.uploads.get(id);
    const sequencer = object.sequencer ? padSequencer(object.sequencer) : null;
    // Without a sequencer the event is known by its eTag: the same eTag once finished is done.
    const eTag = sequencer ? null : object.eTag;
    const unfinished = current !== undefined && UNFINISHED.has(current.status);
    if (sequencer && current?.sequencer) {
      const later = current.sequencer < sequencer;
      const resumable = current.sequencer === sequencer && unfinished;
      if (!later && !resumable) return current.sequencer === sequencer ? 'done' : 'stale';
    } else if (eTag && current?.eventETag === eTag && !unfinished) {
      return 'done';
    }
    this.uploads.set(id, {
      bucket: object.bucket,
      key: object.key,
      sequencer: current?.sequencer ?? null,
      eventETag: current?.eventETag ?? null,
      reportId: current?.reportId ?? null,
      contentHash: current?.contentHash ?? null,
      reason: current?.reason ?? null,
      detail: current?.detail ?? null,
      quarantineKey: current?.quarantineKey ?? null,
      decoding: current?.decoding ?? null,
      ...(sequencer ? { sequencer } : {}),
      ...(eTag ? { eventETag: eTag } : {}),
      status: 'received',
      updatedAt: now,
    });
    return 'begun';
  }

  async getUpload(bucket: string, key: string): Promise<UploadState | null> {
    const item = this.uploads.get(`${bucket}/${key}`);
    if (!item) return null;
    const { eventETag: _eventETag, ...state } = item;
    return stored(state);
  }

  async finishUpload(object: UploadedObject, outcome: UploadFinish, now: string): Promise<void> {
    const id = `${object.bucket}/${object.key}`;
    const current = this.uploads.get(id);
    const sequencer = object.sequencer ? padSequencer(object.sequencer) : null;
    // A later write of the key may have started meanwhile; its outcome wins.
    if (sequencer && current?.sequencer && current.sequencer !== sequencer) return;
    const base: UploadItem = current ?? {
      bucket: object.bucket,
      key: object.key,
      status: outcome.status,
      sequencer: null,
      eventETag: null,
      reportId: null,
      contentHash: null,
      reason: null,
      detail: null,
      quarantineKey: null,
      updatedAt: now,
      decoding: null,
    };
    this.uploads.set(id, {
      ...base,
      status: outcome.status,
      updatedAt: now,
      reportId: outcome.reportId ?? base.reportId,
      contentHash: outcome.contentHash ?? base.contentHash,
      reason: outcome.reason ?? base.reason,
      detail: outcome.detail ?? base.detail,
      quarantineKey: outcome.quarantineKey ?? base.quarantineKey,
    });
  }

  async markDecoding(object: UploadedObject, attempt: string, now: string, deaths: number): Promise<void> {
    const current = this.uploads.get(`${object.bucket}/${object.key}`);
    // Only while received: a later write of the key took the item over and marks its own attempt.
    if (current?.status !== 'received') return;
    current.decoding = { attempt, since: now, deaths };
  }

  async recordFailure(failure: FailedUpload, now: string): Promise<void> {
    const { object } = failure;
    const version = object.versionId ?? object.sequencer ?? object.eTag ?? now;
    this.failures.set(`${object.bucket}/${object.key}#${version}`, { ...stored(failure), at: now });
  }
}
