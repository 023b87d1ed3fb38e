import type { FetchedObject, FetchOptions, Log, Metrics, NoticePublisher, ObjectStore } from '../../shared/app/ports';
import type { FormattedNotice } from '../../shared/domain/notification';
import type { MessageAttributes } from '../../shared/domain/routing';
import { SourceMissingError, TransientDependencyError, UnprocessableReportError } from '../../shared/errors';

/** S3 stand-in for use-case tests: objects by key, quarantine copies recorded. */
export class MemoryObjectStore implements ObjectStore {
  readonly objects = new Map<string, { bytes: Uint8Array; lastModified: Date; versionId: string | null }>();
  readonly quarantined: { key: string; reason: string }[] = [];
  fetches = 0;

  put(key: string, text: string | Uint8Array, lastModified = new Date('2024-01-12T03:00:00Z'), versionId: string | null = null): void {
    this.objects.set(key, { bytes: typeof text === 'string' ? new TextEncoder().encode(text) : text, lastModified, versionId });
  }

  async fetch(bucket: string, key: string, options: FetchOptions = {}): Promise<FetchedObject> {
    this.fetches++;
    const object = this.objects.get(key);
    if (!object) throw new SourceMissingError(bucket, key);
    if (object.bytes.byteLength > (options.maxBytes ?? Number.POSITIVE_INFINITY)) {
      throw new UnprocessableReportError('too-large', `the file has more than ${options.maxBytes} bytes`);
    }
    return { bytes: object.bytes, size: object.bytes.byteLength, versionId: object.versionId, eTag: null, lastModified: object.lastModified };
  }

  async quarantine(_bucket: string, key: string, _versionId: string | null, reason: string): Promise<string> {
    this.quarantined.push({ key, reason });
    return `quarantine/${key.replace(/^incoming\//, '')}`;
  }
}

/** SNS stand-in: records publishes; can be told to fail the next N calls. */
export class MemoryPublisher implements NoticePublisher {
  readonly notices: { notice: FormattedNotice; attributes: MessageAttributes }[] = [];
  readonly operations: { subject: string; message: Record<string, unknown> }[] = [];
  failNext = 0;

  async publishNotice(notice: FormattedNotice, attributes: MessageAttributes): Promise<string> {
    if (this.failNext > 0) {
      this.failNext--;
      throw new TransientDependencyError('sns', 'injected failure');
    }
    this.notices.push({ notice, attributes });
    return `msg-${this.notices.length}`;
  }

  async publishOperations(subject: string, message: Record<string, unknown>): Promise<void> {
    this.operations.push({ subject, message });
  }
}

export const silentLog: Log = { debug: () => undefined, info: () => undefined, warn: () => undefined, error: () => undefined };

export class CountingMetrics implements Metrics {
  readonly counts = new Map<string, number>();
  count(name: string, value = 1): void {
    this.counts.set(name, (this.counts.get(name) ?? 0) + value);
  }
}
