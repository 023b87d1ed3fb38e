import { buildS3EventBody, compareSequencers, decodeS3Key, parseS3Notification } from '../../../shared/domain/s3-event';

describe('S3 event decoding', () => {
  it('turns + into spaces and percent-escapes into unicode', () => {
    expect(decodeS3Key('incoming/B%C3%A1o+c%C3%A1o+h%E1%BB%99i+ngh%E1%BB%8B.txt')).toBe('incoming/Báo cáo hội nghị.txt');
    expect(decodeS3Key('incoming/a%2Bb.txt')).toBe('incoming/a+b.txt');
  });

  it('keeps a key with a stray percent sign rather than failing', () => {
    expect(decodeS3Key('incoming/100%.txt')).toBe('incoming/100%.txt');
  });

  it('recognises the s3:TestEvent S3 sends when notifications are configured', () => {
    const body = JSON.stringify({ Service: 'Amazon S3', Event: 's3:TestEvent', Bucket: 'uploads', Time: '2024-01-01T00:00:00Z' });
    expect(parseS3Notification(body)).toEqual({ kind: 'test-event', bucket: 'uploads' });
  });

  it('round-trips the event body the local bridge builds, including awkward keys', () => {
    const key = 'incoming/Báo cáo + tổng kết (2024).txt';
    const body = buildS3EventBody([{ bucket: 'b', key, size: 10, eTag: 'abc', sequencer: '0A', eventTime: '2024-01-12T01:00:00Z' }]);
    expect(JSON.parse(body).Records[0].s3.object.key).not.toContain(' ');
    const parsed = parseS3Notification(body);
    expect(parsed).toMatchObject({ kind: 'objects-created', objects: [{ bucket: 'b', key, size: 10, eTag: 'abc', sequencer: '0A' }] });
  });

  it('unwraps an SNS envelope around an S3 event', () => {
    const inner = buildS3EventBody([{ bucket: 'b', key: 'incoming/a.txt', size: 1, eTag: 'e', sequencer: '01', eventTime: 't' }]);
    const parsed = parseS3Notification(JSON.stringify({ Type: 'Notification', Message: inner }));
    expect(parsed.kind).toBe('objects-created');
  });

  it('ignores removal events and messages without records', () => {
    const removal = JSON.stringify({ Records: [{ eventSource: 'aws:s3', eventName: 'ObjectRemoved:Delete', s3: { bucket: { name: 'b' }, object: { key: 'k' } } }] });
    expect(parseS3Notification(removal).kind).toBe('ignored');
    expect(parseS3Notification('{"hello":1}').kind).toBe('ignored');
  });

  it('throws on a body that is not JSON, so the message is retried and dead-lettered', () => {
    expect(() => parseS3Notification('not json')).toThrow(SyntaxError);
  });

  it('orders sequencers of different lengths as hexadecimal numbers', () => {
    expect(compareSequencers('0F', '10')).toBeLessThan(0);
    expect(compareSequencers('F', '0010')).toBeLessThan(0);
    expect(compareSequencers('00A', 'a')).toBe(0);
  });
});
