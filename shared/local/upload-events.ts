import type { UploadLedger, UploadState } from '../app/ports';
import { FINAL_UPLOAD_STATUSES } from '../app/ports';
import { INCOMING_PREFIX, QUARANTINE_PREFIX } from '../config/runtime-env';

/**
 * What the long local run says about each upload, one readable line per event. Held and
 * failed uploads are announced on the operations topic (see the run's operations drain);
 * this covers what no topic announces: stored and duplicate uploads, and objects the
 * pipeline ignores because they are not under `incoming/`.
 */

/** Why an object of the run's bucket is not processed, or null when it is (or is the pipeline's own). */
export function ignoredUploadReason(key: string): string | null {
  if (key.startsWith(INCOMING_PREFIX) || key.startsWith(QUARANTINE_PREFIX)) return null;
  return `only keys under ${INCOMING_PREFIX} are processed`;
}

/** The warning printed for an object the pipeline ignores. */
export function ignoredUploadLine(bucket: string, key: string): string | null {
  const reason = ignoredUploadReason(key);
  return reason === null ? null : `ignored s3://${bucket}/${key}: ${reason}`;
}

/** The line for an upload that reached a final state; null for those the operations topic announces. */
export function uploadOutcomeLine(upload: UploadState): string | null {
  switch (upload.status) {
    case 'stored':
      return `stored    ${upload.key} as ${upload.reportId ?? '?'}`;
    case 'duplicate':
      return `duplicate ${upload.key}: same content as ${upload.reportId ?? '?'}, no notice of its own`;
    case 'superseded':
      return `superseded ${upload.key}: a newer upload of the same key was processed instead`;
    case 'missing':
      return `missing   ${upload.key}: the object was gone before it could be read`;
    default:
      // held and failed come from the operations topic, with their reasons.
      return null;
  }
}

/**
 * Follows uploads until each reaches a final state and reports it once. An upload counts
 * only with a state written after it was seen, so re-uploading a key reports again.
 */
export class UploadFollower {
  private readonly watched = new Map<string, number>();
  private timer: NodeJS.Timeout | null = null;
  private polling = false;

  constructor(
    private readonly uploads: Pick<UploadLedger, 'getUpload'>,
    private readonly bucket: string,
    private readonly report: (upload: UploadState) => void,
    private readonly pollMs = 300,
  ) {}

  follow(key: string, seenAt = Date.now()): void {
    // One second of slack: the parser's clock and the watcher's are the same machine's, but
    // the state's timestamp is taken when processing starts, which may precede the event.
    this.watched.set(key, seenAt - 1000);
    this.timer ??= setInterval(() => void this.poll(), this.pollMs);
    this.timer.unref();
  }

  stop(): void {
    if (this.timer) clearInterval(this.timer);
    this.timer = null;
  }

  private async poll(): Promise<void> {
    if (this.polling) return;
    this.polling = true;
    try {
      for (const [key, since] of [...this.watched]) {
        const upload = await this.uploads.getUpload(this.bucket, key).catch(() => null);
        if (!upload || !FINAL_UPLOAD_STATUSES.has(upload.status) || Date.parse(upload.updatedAt) < since) continue;
        if (this.watched.get(key) === since) this.watched.delete(key);
        this.report(upload);
      }
      if (this.watched.size === 0) this.stop();
    } finally {
      this.polling = false;
    }
  }
}
