import { CopyObjectCommand, GetObjectCommand, S3ServiceException, type S3Client } from '@aws-sdk/client-s3';
import { INCOMING_PREFIX, QUARANTINE_PREFIX } from '../config/runtime-env';
import { SourceMissingError, TransientDependencyError } from '../errors';
import type { FetchedObject, ObjectStore } from '../app/ports';

const MISSING = new Set(['NoSuchKey', 'NoSuchVersion', 'NotFound', 'NoSuchBucket']);

/** Quarantine key for an upload: same relative path under the quarantine prefix. */
export function quarantineKeyOf(key: string): string {
  return `${QUARANTINE_PREFIX}${key.startsWith(INCOMING_PREFIX) ? key.slice(INCOMING_PREFIX.length) : key}`;
}

/** Reads uploads from S3 and copies undecodable ones to the quarantine prefix. */
export class S3ObjectStore implements ObjectStore {
  constructor(private readonly s3: S3Client) {}

  async fetch(bucket: string, key: string): Promise<FetchedObject> {
    try {
      const response = await this.s3.send(new GetObjectCommand({ Bucket: bucket, Key: key }));
      if (!response.Body) throw new TransientDependencyError('s3', `GetObject returned no body for ${key}`);
      const bytes = await response.Body.transformToByteArray();
      return {
        bytes,
        size: bytes.byteLength,
        versionId: response.VersionId ?? null,
        eTag: response.ETag ?? null,
        lastModified: response.LastModified ?? new Date(),
      };
    } catch (error) {
      if (error instanceof S3ServiceException && MISSING.has(error.name)) throw new SourceMissingError(bucket, key);
      if (error instanceof TransientDependencyError) throw error;
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
          // Metadata is ASCII-only in S3; the reason code is.
          Metadata: { 'quarantine-reason': reason.replace(/[^\x20-\x7E]/g, '?'), 'source-key': encodeURIComponent(key) },
        }),
      );
      return target;
    } catch (error) {
      if (error instanceof S3ServiceException && MISSING.has(error.name)) throw new SourceMissingError(bucket, key);
      throw new TransientDependencyError('s3', `cannot quarantine s3://${bucket}/${key}: ${(error as Error).message}`, { cause: error });
    }
  }
}
