import { Readable } from 'node:stream';
import { CopyObjectCommand, GetObjectCommand, S3Client, type GetObjectCommandOutput } from '@aws-sdk/client-s3';
import { mockClient } from 'aws-sdk-client-mock';
import { MAX_KEY_BYTES, quarantineKeyOf, quarantineMetadata, receivedOnOf, S3ObjectStore } from '../../../shared/adapters/s3-object-store';

const s3 = mockClient(S3Client);
beforeEach(() => s3.reset());

/** A body that counts how much of it was read. */
function body(chunks: number, chunkBytes: number): { stream: Readable; read: () => number } {
  let read = 0;
  let sent = 0;
  const stream = new Readable({
    read() {
      if (sent >= chunks) return void this.push(null);
      sent++;
      read += chunkBytes;
      this.push(Buffer.alloc(chunkBytes, 0x61));
    },
  });
  return { stream, read: () => read };
}

function answer(stream: Readable, fields: Partial<GetObjectCommandOutput> = {}): void {
  s3.on(GetObjectCommand).resolves({ Body: stream as unknown as GetObjectCommandOutput['Body'], VersionId: 'v1', ...fields });
}

describe('S3ObjectStore.fetch', () => {
  it('reads the object when it fits the cap', async () => {
    const { stream } = body(4, 1024);
    answer(stream);
    const fetched = await new S3ObjectStore(new S3Client({})).fetch('b', 'incoming/a.txt', { maxBytes: 8192, expectedVersionId: 'v1' });
    expect(fetched).toMatchObject({ size: 4096, versionId: 'v1' });
  });

  it('cuts the stream off past the cap even when no length was announced', async () => {
    const { stream, read } = body(1000, 64 * 1024);
    answer(stream);
    await expect(new S3ObjectStore(new S3Client({})).fetch('b', 'incoming/a.txt', { maxBytes: 1024 * 1024 })).rejects.toMatchObject({ reason: 'too-large' });
    expect(read()).toBeLessThan(2 * 1024 * 1024);
  });

  it('refuses from the announced length without reading the body', async () => {
    const { stream, read } = body(1000, 64 * 1024);
    answer(stream, { ContentLength: 64 * 1024 * 1000 });
    await expect(new S3ObjectStore(new S3Client({})).fetch('b', 'incoming/a.txt', { maxBytes: 1024 * 1024 })).rejects.toMatchObject({ reason: 'too-large' });
    expect(read()).toBeLessThanOrEqual(64 * 1024);
  });

  it('passes on the day the office received the report, when the upload says so', async () => {
    answer(body(1, 16).stream, { Metadata: { 'received-on': '2024-05-16' } });
    expect(await new S3ObjectStore(new S3Client({})).fetch('b', 'incoming/a.txt')).toMatchObject({ receivedOn: '2024-05-16' });
  });

  it('ignores a received-on metadata value that is not a calendar day', () => {
    expect(receivedOnOf({ 'received-on': '2024-02-30' })).toBeNull();
    expect(receivedOnOf({ 'received-on': 'yesterday' })).toBeNull();
    expect(receivedOnOf(undefined)).toBeNull();
    expect(receivedOnOf({ 'received-on': ' 2024-02-29 ' })).toBe('2024-02-29');
  });

  it('does not read a version other than the one the event announced', async () => {
    const { stream, read } = body(1000, 64 * 1024);
    answer(stream, { VersionId: 'v2' });
    const fetched = await new S3ObjectStore(new S3Client({})).fetch('b', 'incoming/a.txt', { maxBytes: 1024 * 1024, expectedVersionId: 'v1' });
    expect(fetched).toMatchObject({ versionId: 'v2', bytes: new Uint8Array(0) });
    expect(read()).toBeLessThanOrEqual(64 * 1024);
  });
});

describe('quarantine', () => {
  /** A key of up to 1024 UTF-8 bytes: valid for an upload, too long once moved under quarantine/. */
  const longVietnamese = ((): string => {
    let key = 'incoming/';
    for (const character of 'Báo cáo tổng kết công tác xây dựng Đảng năm 2024 '.repeat(40)) {
      if (Buffer.byteLength(key + character + '.docx', 'utf8') > MAX_KEY_BYTES) break;
      key += character;
    }
    return `${key}${'x'.repeat(MAX_KEY_BYTES - Buffer.byteLength(`${key}.docx`, 'utf8'))}.docx`;
  })();

  it('keeps the relative path of an ordinary key', () => {
    expect(quarantineKeyOf('incoming/2024/báo-cáo.docx')).toBe('quarantine/2024/báo-cáo.docx');
  });

  it('fits a long Vietnamese key into the 1024-byte key limit, distinct per source and cut on characters', () => {
    expect(Buffer.byteLength(longVietnamese, 'utf8')).toBe(MAX_KEY_BYTES);
    const target = quarantineKeyOf(longVietnamese);
    expect(Buffer.byteLength(target, 'utf8')).toBeLessThanOrEqual(MAX_KEY_BYTES);
    expect(target).toMatch(/^quarantine\/Báo cáo/u);
    expect(target).toMatch(/~[0-9a-f]{16}\.docx$/u);
    expect(target).not.toMatch(/\uFFFD/u);
    expect(quarantineKeyOf(longVietnamese.replace('2024', '2025'))).not.toBe(target);
  });

  it('keeps metadata within S3 limits: ASCII, and the encoded key only when it fits', () => {
    const metadata = quarantineMetadata(longVietnamese, 'corrupt-docx');
    expect(metadata['source-key']).toBeUndefined();
    expect(metadata['source-key-sha256']).toMatch(/^[0-9a-f]{64}$/u);
    const total = Object.entries(metadata).reduce((sum, [name, value]) => sum + name.length + value.length, 0);
    expect(total).toBeLessThanOrEqual(2048);
    expect(quarantineMetadata('incoming/a b.txt', 'too-large')).toMatchObject({ 'source-key': 'incoming%2Fa%20b.txt' });
  });

  it('copies the upload under its quarantine key with that metadata', async () => {
    s3.on(CopyObjectCommand).resolves({});
    const target = await new S3ObjectStore(new S3Client({})).quarantine('b', longVietnamese, 'v1', 'too-slow');
    const input = s3.commandCalls(CopyObjectCommand)[0]?.args[0].input;
    expect(input).toMatchObject({ Key: target, Metadata: { 'quarantine-reason': 'too-slow' } });
    expect(input?.CopySource).toMatch(/\?versionId=v1$/u);
  });
});

describe('failure record of a long key', () => {
  it('keeps the index sort key within DynamoDB’s 1024 bytes, cut on characters and unique', async () => {
    const { fitRangeKey } = await import('../../../shared/adapters/dynamo-report-repository');
    const long = `2024-01-12T03:00:00.000Z#uploads/incoming/${'Báo cáo tổng kết '.repeat(80)}`;
    const fitted = fitRangeKey(long);
    expect(Buffer.byteLength(fitted, 'utf8')).toBeLessThanOrEqual(1024);
    expect(fitted.startsWith('2024-01-12T03:00:00.000Z#uploads/incoming/Báo cáo')).toBe(true);
    expect(fitted).not.toMatch(/\uFFFD/u);
    expect(fitRangeKey(`${long}x`)).not.toBe(fitted);
    expect(fitRangeKey('2024#uploads/incoming/a.txt')).toBe('2024#uploads/incoming/a.txt');
  });
});
