/**
 * Decoding of S3 event notifications as they arrive in an SQS message body.
 * Pure: no SDK types, so the same code serves the Lambda, the local run and tests.
 */

/** One object an S3 event says was created. */
export interface UploadedObject {
  readonly bucket: string;
  /** The object key, URL-decoded (S3 sends `+` for a space and percent-encodes unicode). */
  readonly key: string;
  readonly versionId: string | null;
  readonly eTag: string | null;
  readonly size: number | null;
  /** Orders events for the same key: a larger sequencer is a later write. */
  readonly sequencer: string | null;
  readonly eventTime: string | null;
}

export type S3Notification =
  | { readonly kind: 'test-event'; readonly bucket: string | null }
  | { readonly kind: 'objects-created'; readonly objects: readonly UploadedObject[] }
  /** A message that is not an S3 notification (or carries only non-creation events). */
  | { readonly kind: 'ignored'; readonly reason: string };

/** Decodes an S3 object key from an event: `+` is a space, the rest is percent-encoding. */
export function decodeS3Key(encoded: string): string {
  const spaced = encoded.replace(/\+/g, ' ');
  try {
    return decodeURIComponent(spaced);
  } catch {
    // A key with a literal `%` that is not an escape: S3 would have encoded it, so this only
    // happens with hand-made events; keep the text rather than fail the record.
    return spaced;
  }
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function stringField(source: Record<string, unknown> | undefined, name: string): string | null {
  const value = source?.[name];
  return typeof value === 'string' && value.length > 0 ? value : null;
}

/**
 * Parses an SQS message body holding an S3 event notification. S3 sends an
 * `s3:TestEvent` (no `Records`) when notifications are configured; an SNS envelope
 * around the event (`Message` field) is unwrapped.
 * @throws SyntaxError when the body is not JSON.
 */
export function parseS3Notification(body: string): S3Notification {
  let parsed: unknown = JSON.parse(body);
  if (isRecord(parsed) && parsed.Type === 'Notification' && typeof parsed.Message === 'string') {
    parsed = JSON.parse(parsed.Message);
  }
  if (!isRecord(parsed)) return { kind: 'ignored', reason: 'message is not a JSON object' };
  if (parsed.Event === 's3:TestEvent') return { kind: 'test-event', bucket: stringField(parsed, 'Bucket') };
  if (!Array.isArray(parsed.Records)) return { kind: 'ignored', reason: 'message has no Records' };

  const objects: UploadedObject[] = [];
  for (const record of parsed.Records) {
    if (!isRecord(record)) continue;
    const eventName = stringField(record, 'eventName') ?? '';
    if (stringField(record, 'eventSource') !== 'aws:s3' || !eventName.startsWith('ObjectCreated:')) continue;
    const s3 = isRecord(record.s3) ? record.s3 : undefined;
    const bucket = isRecord(s3?.bucket) ? stringField(s3.bucket, 'name') : null;
    const object = isRecord(s3?.object) ? s3.object : undefined;
    const key = stringField(object, 'key');
    if (!bucket || !key || !object) continue;
    const size = object.size;
    objects.push({
      bucket,
      key: decodeS3Key(key),
      versionId: stringField(object, 'versionId'),
      eTag: stringField(object, 'eTag'),
      size: typeof size === 'number' ? size : null,
      sequencer: stringField(object, 'sequencer'),
      eventTime: stringField(record, 'eventTime'),
    });
  }
  if (objects.length === 0) return { kind: 'ignored', reason: 'no ObjectCreated records' };
  return { kind: 'objects-created', objects };
}

/**
 * Compares two S3 sequencers. AWS: compare as hexadecimal after left-padding the
 * shorter one with zeros. Returns a negative number when `a` is earlier.
 */
export function compareSequencers(a: string, b: string): number {
  const width = Math.max(a.length, b.length);
  const left = a.toUpperCase().padStart(width, '0');
  const right = b.toUpperCase().padStart(width, '0');
  return left < right ? -1 : left > right ? 1 : 0;
}

/** Builds the S3 event notification body S3 itself sends (used by the local bridge and tests). */
export function buildS3EventBody(
  objects: readonly {
    bucket: string;
    key: string;
    size: number;
    eTag: string;
    versionId?: string | null;
    sequencer: string;
    eventTime: string;
  }[],
  region = 'us-east-1',
): string {
  return JSON.stringify({
    Records: objects.map((object) => ({
      eventVersion: '2.1',
      eventSource: 'aws:s3',
      awsRegion: region,
      eventTime: object.eventTime,
      eventName: 'ObjectCreated:Put',
      userIdentity: { principalId: 'local' },
      requestParameters: { sourceIPAddress: '127.0.0.1' },
      responseElements: {},
      s3: {
        s3SchemaVersion: '1.0',
        configurationId: 'incoming-uploads',
        bucket: { name: object.bucket, ownerIdentity: { principalId: 'local' }, arn: `arn:aws:s3:::${object.bucket}` },
        object: {
          // S3 form-encodes keys in events: spaces as `+`, everything else percent-encoded.
          key: encodeURIComponent(object.key).replace(/%20/g, '+').replace(/%2F/gi, '/'),
          size: object.size,
          eTag: object.eTag,
          ...(object.versionId ? { versionId: object.versionId } : {}),
          sequencer: object.sequencer,
        },
      },
    })),
  });
}
