import { type Contract, uploadOf } from './contract';

const NOW = '2024-03-09T01:00:00.000Z';
const LATER = '2024-03-09T01:05:00.000Z';

/** What every UploadLedger does (shared/app/ports.ts). */
export const uploadLedgerContract: Contract = [
  {
    name: 'begins a new upload as received',
    check: async ({ uploads }) => {
      expect(await uploads.getUpload('uploads', 'incoming/a.txt')).toBeNull();
      expect(await uploads.beginUpload(uploadOf('incoming/a.txt'), NOW)).toBe('begun');
      expect(await uploads.getUpload('uploads', 'incoming/a.txt')).toMatchObject({
        bucket: 'uploads',
        key: 'incoming/a.txt',
        status: 'received',
        reportId: null,
        decoding: null,
        updatedAt: NOW,
      });
    },
  },
  {
    name: 'a redelivered event that was finished is done, and its final state is kept',
    check: async ({ uploads }) => {
      const upload = uploadOf('incoming/a.txt');
      await uploads.beginUpload(upload, NOW);
      await uploads.finishUpload(upload, { status: 'stored', reportId: 'r-1', contentHash: 'h1' }, NOW);
      expect(await uploads.beginUpload(upload, LATER)).toBe('done');
      expect(await uploads.getUpload('uploads', 'incoming/a.txt')).toMatchObject({ status: 'stored', reportId: 'r-1', updatedAt: NOW });
    },
  },
  {
    name: 'a redelivered event that did not finish begins again',
    check: async ({ uploads }) => {
      const upload = uploadOf('incoming/a.txt');
      await uploads.beginUpload(upload, NOW);
      await uploads.finishUpload(upload, { status: 'parsed', reportId: 'r-1', contentHash: 'h1' }, NOW);
      expect(await uploads.beginUpload(upload, LATER)).toBe('begun');
      expect(await uploads.getUpload('uploads', 'incoming/a.txt')).toMatchObject({ status: 'received', reportId: 'r-1', contentHash: 'h1' });
    },
  },
  {
    name: 'an event older than one already seen for the key is stale, comparing sequencers as numbers',
    check: async ({ uploads }) => {
      // FF < 100 as hex numbers, though not as strings.
      expect(await uploads.beginUpload(uploadOf('incoming/a.txt', { sequencer: 'FF' }), NOW)).toBe('begun');
      expect(await uploads.beginUpload(uploadOf('incoming/a.txt', { sequencer: '100' }), NOW)).toBe('begun');
      expect(await uploads.beginUpload(uploadOf('incoming/a.txt', { sequencer: 'FF' }), LATER)).toBe('stale');
      expect(await uploads.beginUpload(uploadOf('incoming/b.txt', { sequencer: '01' }), NOW)).toBe('begun');
    },
  },
  {
    name: 'an event without a sequencer is known by its eTag',
    check: async ({ uploads }) => {
      const first = uploadOf('incoming/a.txt', { sequencer: null, eTag: 'e1' });
      await uploads.beginUpload(first, NOW);
      await uploads.finishUpload(first, { status: 'stored', reportId: 'r-1' }, NOW);
      expect(await uploads.beginUpload(first, LATER)).toBe('done');
      expect(await uploads.beginUpload(uploadOf('incoming/a.txt', { sequencer: null, eTag: 'e2' }), LATER)).toBe('begun');
    },
  },
  {
    name: 'finishing an event leaves a later write of the key that began meanwhile alone',
    check: async ({ uploads }) => {
      const older = uploadOf('incoming/a.txt', { sequencer: '01' });
      const newer = uploadOf('incoming/a.txt', { sequencer: '02' });
      await uploads.beginUpload(older, NOW);
      await uploads.beginUpload(newer, NOW);
      await uploads.finishUpload(older, { status: 'stored', reportId: 'r-old' }, LATER);
      expect(await uploads.getUpload('uploads', 'incoming/a.txt')).toMatchObject({ status: 'received', reportId: null });
      await uploads.finishUpload(newer, { status: 'duplicate', reportId: 'r-new' }, LATER);
      expect(await uploads.getUpload('uploads', 'incoming/a.txt')).toMatchObject({ status: 'duplicate', reportId: 'r-new' });
    },
  },
  {
    name: 'finishing sets the fields given and keeps the others',
    check: async ({ uploads }) => {
      const upload = uploadOf('incoming/a.txt');
      await uploads.beginUpload(upload, NOW);
      await uploads.finishUpload(upload, { status: 'parsed', reportId: 'r-1', contentHash: 'h1' }, NOW);
      await uploads.finishUpload(upload, { status: 'failed', reason: 'corrupt-pdf', detail: 'damaged', quarantineKey: 'quarantine/a.txt' }, LATER);
      expect(await uploads.getUpload('uploads', 'incoming/a.txt')).toMatchObject({
        status: 'failed',
        reportId: 'r-1',
        contentHash: 'h1',
        reason: 'corrupt-pdf',
        detail: 'damaged',
        quarantineKey: 'quarantine/a.txt',
        updatedAt: LATER,
      });
    },
  },
  {
    name: 'marks the attempt reading the file only while the upload is received',
    check: async ({ uploads }) => {
      const upload = uploadOf('incoming/a.txt');
      await uploads.markDecoding(upload, '0A', NOW, 0);
      expect(await uploads.getUpload('uploads', 'incoming/a.txt')).toBeNull();
      await uploads.beginUpload(upload, NOW);
      await uploads.markDecoding(upload, '0A', NOW, 0);
      expect((await uploads.getUpload('uploads', 'incoming/a.txt'))?.decoding).toEqual({ attempt: '0A', since: NOW, deaths: 0 });
      // The same event read again after its first attempt died: the count of deaths is kept.
      await uploads.markDecoding(upload, '0A', LATER, 1);
      expect((await uploads.getUpload('uploads', 'incoming/a.txt'))?.decoding).toEqual({ attempt: '0A', since: LATER, deaths: 1 });
      await uploads.finishUpload(upload, { status: 'parsed', reportId: 'r-1' }, NOW);
      await uploads.markDecoding(upload, '0B', LATER, 0);
      expect((await uploads.getUpload('uploads', 'incoming/a.txt'))?.decoding).toEqual({ attempt: '0A', since: LATER, deaths: 1 });
    },
  },
  {
    name: 'recording a failure, twice, leaves the upload as it was',
    check: async ({ uploads }) => {
      const upload = uploadOf('incoming/a.txt');
      await uploads.beginUpload(upload, NOW);
      const failure = { object: upload, reason: 'corrupt-pdf', detail: 'damaged', quarantineKey: 'quarantine/a.txt' };
      await uploads.recordFailure(failure, NOW);
      await uploads.recordFailure(failure, LATER);
      expect(await uploads.getUpload('uploads', 'incoming/a.txt')).toMatchObject({ status: 'received', reason: null });
    },
  },
];
