import { CopyObjectCommand, GetObjectCommand, S3ServiceException, type S3Client } from '@aws-sdk/client-s3';
import { INCOMING_PREFIX, QUARANTINE_PREFIX } from '../config/runtime-env';
import { createHash } from 'node:crypto';
import type { Readable } from 'node:stream';
import { SourceMissingError, TransientDependencyError, UnprocessableReportError } from '../errors';
import type { FetchedObject, FetchOptions, ObjectStore } from '../app/ports';

const MISSING = new Set(['NoSuchKey', 'NoSuchVersion', 'NotFound', 'NoSuchBucket']);

/** S3 keys are at most 1024 bytes of UTF-8. */
export const MAX_KEY_BYTES = 1024;
/** User metadata is at most 2 KB in all; the encoded source key gets this share of it. */
export const MAX_SOURCE_KEY_METADATA_CHARS = 1024;

/**
 * Quarantine key for an upload: the same relative path under the quarantine prefix. The
 * prefix is longer than `incoming/`, so a key near S3's limit would not fit: such a path is
 * cut (on a character boundary) and made unique again with a hash of the whole key.
 */
export function quarantineKeyOf(key: string): string {
  const relative = key.startsWith(INCOMING_PREFIX) ? key.slice(INCOMING_PREFIX.length) : key;
  const whole = `${QUARANTINE_PREFIX}${relative}`;
  if (Buffer.byteLength(whole, 'utf8') <= MAX_KEY_BYTES) return whole;
  const hash = createHash('sha256').update(key, 'utf8').digest('hex').slice(0, 16);
  const extension = /\.[A-Za-z0-9]{1,8}$/u.exec(relative)?.[0] ?? '';
  const suffix = `~${hash}${extension}`;
  const room = MAX_KEY_BYTES - Buffer.byteLength(QUARANTINE_PREFIX + suffix, 'utf8');
  return `${QUARANTINE_PREFIX}${cutToUtf8Bytes(relative, room)}${suffix}`;
}

/** The longest start of `text` of at most `bytes` UTF-8 bytes, never splitting a character. */
function cutToUtf8Bytes(text: string, bytes: number): string {
  let used = 0;
  let out = '';
  for (const character of text) {
    const size = Buffer.byteLength(character, 'utf8');
    if (used + size > bytes) break;
    used += size;
    out += character;
  }
  return out;
}

/**
 * Metadata of a quarantined copy (ASCII only in S3). The source key is kept when its
 * encoded form fits the metadata limit; its hash always is, and the failure record in the
 * table holds the key in full either way.
 */
/** Object metadata naming the day the office received a report (see FetchedObject.receivedOn). */
export const RECEIVED_ON_METADATA = 'received-on';

/** A valid calendar day from the `received-on` metadata, else null (a bad value is ignored, not trusted). */
export function receivedOnOf(metadata: Record<string, string> | undefined): string | null {
  const value = metadata?.[RECEIVED_ON_METADATA]?.trim() ?? '';
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  if (!match) return null;
  const day = new Date(Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3])));
  return day.toISOString().slice(0, 10) === value ? value : null;
}

export function quarantineMetadata(key: string, reason: string): Record<string, string> {
  const encoded = encodeURIComponent(key);
  return {
    'quarantine-reason': reason.replace(/[^\x20-\x7E]/g, '?').slice(0, 100),
    'source-key-sha256': createHash('sha256').update(key, 'utf8').digest('hex'),
    ...(encoded.length <= MAX_SOURCE_KEY_METADATA_CHARS ? { 'source-key': encoded } : {}),
  };
}

function objectTooLarge(size: number, maxBytes: number): UnprocessableReportError {
  return new UnprocessableReportError('too-large', `the file has ${size} bytes or more; the limit is ${maxBytes}`);
}

/**
 * The body, but never more than `maxBytes` of it: the event's size and the header may not
 * describe the bytes that arrive (an overwrite in between, an emulator), so the stream
 * itself is cut off.
 */
async function readCapped(body: Readable, maxBytes: number): Promise<Uint8Array> {
  const chunks: Uint8Array[] = [];
  let length = 0;
  for await (const chunk of body as AsyncIterable<Uint8Array>) {
    length += chunk.byteLength;
    if (length > maxBytes) {
      body.destroy();
      throw objectTooLarge(length, maxBytes);
    }
    chunks.push(chunk);
  }
  return new Uint8Array(Buffer.concat(chunks, length));
}

/** Reads uploads from S3 and copies undecodable ones to the quarantine prefix. */
export class S3ObjectStore implements ObjectStore {
  constructor(private readonly s3: S3Client) {}

  async fetch(bucket: string, key: string, options: FetchOptions = {}): Promise<FetchedObject> {
    const maxBytes = options.maxBytes ?? Number.POSITIVE_INFINITY;
    try {
      const response = await this.s3.send(new GetObjectCommand({ Bucket: bucket, Key: key }));
      if (!response.Body) throw new TransientDependencyError('s3', `GetObject returned no body for ${key}`);
      const body = response.Body as unknown as Readable;
      const versionId = response.VersionId ?? null;
      if (options.expectedVersionId && versionId && versionId !== options.expectedVersionId) {
        // Overwritten since the event: not this upload's bytes, so not read at all.
        body.destroy();
        return { bytes: new Uint8Array(0), size: response.ContentLength ?? 0, versionId, eTag: response.ETag ?? null, lastModified: response.LastModified ?? new Date() };
      }
      if (response.ContentLength !== undefined && response.ContentLength > maxBytes) {
        body.destroy();
        throw objectTooLarge(response.ContentLength, maxBytes);
      }
      const bytes = await readCapped(body, maxBytes);
      return {
        bytes,
        size: bytes.byteLength,
        versionId,
        eTag: response.ETag ?? null,
        lastModified: response.LastModified ?? new Date(),
        receivedOn: receivedOnOf(response.Metadata),
      };
    } catch (error) {
      if (error instanceof S3ServiceException && MISSING.has(error.name)) throw new SourceMissingError(bucket, key);
      if (error instanceof TransientDependencyError || error instanceof UnprocessableReportError) throw error;
      throw new TransientDependencyError('s3', `cannot read s3://${bucket}/${key}: ${(error as Error).message}`, { cause: error });
    }
  }

  async quarantine(bucket: string, key: string, versionId: string | null, reason: string): Promise<string> {
    const target = quarantineKeyOf(key);
    const source = `${bucket}/${encodeURIComponent(key).replace(/%2F/g, '/')}${versionId ? `?versionId=${encodeURIComponent(versionId)}` : ''}`;
    try {
      await this.s3.send(
        new CopyObjectCommand({
          Bucket: bucket,
          Key: target,
          CopySource: source,
          MetadataDirective: 'REPLACE',
          Metadata: quarantineMetadata(key, reason),
        }),
      );
      return target;
    } catch (error) {
      if (error instanceof S3ServiceException && MISSING.has(error.name)) throw new SourceMissingError(bucket, key);
      throw new TransientDependencyError('s3', `cannot quarantine s3://${bucket}/${key}: ${(error as Error).message}`, { cause: error });
    }
  }
}
