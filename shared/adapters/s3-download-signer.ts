import { GetObjectCommand, type S3Client } from '@aws-sdk/client-s3';
import { getSignedUrl } from '@aws-sdk/s3-request-presigner';
import type { DownloadSigner } from '../app/portal/ports';
import type { SourceRef } from '../app/ports';

/** Presigned GetObject of one object version, offered as a download under its original name. */
export class S3DownloadSigner implements DownloadSigner {
  constructor(
    private readonly s3: S3Client,
    private readonly clock: () => Date = () => new Date(),
  ) {}

  async presign(source: SourceRef, fileName: string, expiresInSeconds: number): Promise<string> {
    // RFC 6266: an ASCII fallback name plus the UTF-8 name, so Vietnamese file names survive.
    const ascii = fileName.normalize('NFD').replace(/[^\x20-\x7E]/g, '').replace(/["\\]/g, '_') || 'report';
    const disposition = `attachment; filename="${ascii}"; filename*=UTF-8''${encodeURIComponent(fileName)}`;
    return getSignedUrl(
      this.s3,
      new GetObjectCommand({
        Bucket: source.bucket,
        Key: source.key,
        // Exactly the stored version: a later overwrite of the key is not what the office was told about.
        ...(source.versionId ? { VersionId: source.versionId } : {}),
        ResponseContentDisposition: disposition,
      }),
      { expiresIn: expiresInSeconds, signingDate: this.clock() },
    );
  }
}
