import { isFinalStateOf } from '../../../shared/cli/commands/upload';

const at = (iso: string) => Date.parse(iso);

describe('which upload state belongs to the write just made', () => {
  // S3's Last-Modified is whole seconds: the write at 12:00:01.5 reads as 12:00:01.
  const upload = { notBefore: at('2024-06-01T12:00:01.000Z') - 1000, earlierReceivedAt: at('2024-06-01T12:00:00.800Z') };

  it('is not the earlier write of the key, final in the same second', () => {
    expect(isFinalStateOf(upload, { status: 'stored', receivedAt: '2024-06-01T12:00:00.800Z' })).toBe(false);
  });

  it('is a final state taken up after the earlier write', () => {
    expect(isFinalStateOf(upload, { status: 'duplicate', receivedAt: '2024-06-01T12:00:01.700Z' })).toBe(true);
  });

  it('is not a state still in progress, nor one without a receive time', () => {
    expect(isFinalStateOf(upload, { status: 'received', receivedAt: '2024-06-01T12:00:01.700Z' })).toBe(false);
    expect(isFinalStateOf(upload, { status: 'stored', receivedAt: null })).toBe(false);
    expect(isFinalStateOf(upload, null)).toBe(false);
  });

  it('for a key never uploaded before, is any final state not older than the write', () => {
    const first = { notBefore: at('2024-06-01T12:00:00.000Z'), earlierReceivedAt: null };
    expect(isFinalStateOf(first, { status: 'stored', receivedAt: '2024-06-01T12:00:00.300Z' })).toBe(true);
    expect(isFinalStateOf(first, { status: 'stored', receivedAt: '2024-06-01T11:59:58.000Z' })).toBe(false);
  });
});
