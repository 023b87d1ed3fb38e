import { ConcurrentProcessingError } from '../../shared/errors';
import { type Contract, decisionOf, recordOf, thrownBy, versionOf } from './contract';

const NOW = '2024-03-09T01:00:00.000Z';
const LATER = '2024-03-09T01:05:00.000Z';

/** What every ReportStore does (shared/app/ports.ts). */
export const reportStoreContract: Contract = [
  {
    name: 'the first claim of a content hash wins; later candidates learn the owner',
    check: async ({ reports }) => {
      expect(await reports.claimContent('h1', 'r-1')).toBe('r-1');
      expect(await reports.claimContent('h1', 'r-2')).toBe('r-1');
      expect(await reports.claimContent('h2', 'r-2')).toBe('r-2');
    },
  },
  {
    name: 'stores a first version as the report, stored, read from its file',
    check: async ({ reports }) => {
      expect(await reports.getReport('r-1')).toBeNull();
      await reports.saveVersion(versionOf('r-1', 1, 'h1', { decision: decisionOf('publish'), now: NOW }));
      expect(await reports.getReport('r-1')).toEqual({
        reportId: 'r-1',
        version: 1,
        status: 'stored',
        card: expect.objectContaining({ reportId: 'r-1', title: recordOf('r-1', 'h1').title }),
        versionsByHash: { h1: 1 },
        notifiedVersion: 0,
        heldVersion: 0,
        holdAnnouncedVersion: 0,
        decision: decisionOf('publish'),
        sources: ['s3://uploads/incoming/a.txt'],
        createdAt: NOW,
        updatedAt: NOW,
      });
    },
  },
  {
    name: 'reads a stored version back with the units it concerns and its decision',
    check: async ({ reports }) => {
      await reports.saveVersion(versionOf('r-1', 1, 'h1', { concerns: ['gia-loc', 'tu-ky'], decision: decisionOf('publish', ['gia-loc', 'tu-ky']) }));
      await reports.saveVersion(versionOf('r-2', 1, 'h2'));
      expect(await reports.getVersion('r-1', 1)).toEqual(recordOf('r-1', 'h1'));
      expect(await reports.getStoredVersion('r-1', 1)).toEqual({
        record: recordOf('r-1', 'h1'),
        concerns: ['gia-loc', 'tu-ky'],
        decision: decisionOf('publish', ['gia-loc', 'tu-ky']),
      });
      expect((await reports.getStoredVersion('r-2', 1))?.decision).toBeUndefined();
      expect(await reports.getVersion('r-1', 2)).toBeNull();
      expect(await reports.getStoredVersion('r-3', 1)).toBeNull();
    },
  },
  {
    name: 'storing a version that is already there succeeds and adds its file as a source',
    check: async ({ reports }) => {
      await reports.saveVersion(versionOf('r-1', 1, 'h1', { key: 'incoming/a.txt' }));
      await reports.saveVersion(versionOf('r-1', 1, 'h1', { key: 'incoming/b.txt', now: LATER }));
      const state = await reports.getReport('r-1');
      expect(state).toMatchObject({ version: 1, versionsByHash: { h1: 1 } });
      expect(state?.sources).toEqual(['s3://uploads/incoming/a.txt', 's3://uploads/incoming/b.txt']);
    },
  },
  {
    name: 'a next version keeps the earlier ones and becomes the latest',
    check: async ({ reports }) => {
      await reports.saveVersion(versionOf('r-1', 1, 'h1', { key: 'incoming/a.txt', now: NOW }));
      await reports.saveVersion(versionOf('r-1', 2, 'h2', { key: 'incoming/b.txt', now: LATER }));
      expect(await reports.getReport('r-1')).toMatchObject({
        version: 2,
        status: 'stored',
        versionsByHash: { h1: 1, h2: 2 },
        createdAt: NOW,
        updatedAt: LATER,
      });
      expect((await reports.getVersion('r-1', 1))?.contentHash).toBe('h1');
    },
  },
  {
    name: 'a writer that lost the race to the next version is told so, and the winner stays',
    check: async ({ reports }) => {
      await reports.saveVersion(versionOf('r-1', 1, 'h1'));
      await reports.saveVersion(versionOf('r-1', 2, 'h2'));
      expect(await thrownBy(() => reports.saveVersion(versionOf('r-1', 2, 'h3', { key: 'incoming/c.txt' })))).toBeInstanceOf(ConcurrentProcessingError);
      expect(await thrownBy(() => reports.saveVersion(versionOf('r-1', 1, 'h4', { previousVersion: 0 })))).toBeInstanceOf(ConcurrentProcessingError);
      expect(await reports.getReport('r-1')).toMatchObject({ version: 2, versionsByHash: { h1: 1, h2: 2 } });
      expect((await reports.getVersion('r-1', 2))?.contentHash).toBe('h2');
    },
  },
  {
    name: 'of two writers storing the same content at once, both succeed and both files are sources',
    check: async ({ reports }) => {
      await Promise.all([
        reports.saveVersion(versionOf('r-1', 1, 'h1', { key: 'incoming/a.txt' })),
        reports.saveVersion(versionOf('r-1', 1, 'h1', { key: 'incoming/b.txt' })),
      ]);
      expect(await reports.getReport('r-1')).toMatchObject({
        version: 1,
        versionsByHash: { h1: 1 },
        sources: ['s3://uploads/incoming/a.txt', 's3://uploads/incoming/b.txt'],
      });
    },
  },
  {
    name: 'of two writers storing different content as the same next version at once, one wins and the other is told so',
    check: async ({ reports }) => {
      await reports.saveVersion(versionOf('r-1', 1, 'h1'));
      const results = await Promise.allSettled([
        reports.saveVersion(versionOf('r-1', 2, 'h2', { key: 'incoming/a.txt' })),
        reports.saveVersion(versionOf('r-1', 2, 'h3', { key: 'incoming/a.txt' })),
      ]);
      const lost = results.filter((result): result is PromiseRejectedResult => result.status === 'rejected');
      expect(lost).toHaveLength(1);
      expect(lost[0]?.reason).toBeInstanceOf(ConcurrentProcessingError);
      const state = await reports.getReport('r-1');
      expect(state?.version).toBe(2);
      const winner = results[0]?.status === 'fulfilled' ? 'h2' : 'h3';
      expect(state?.versionsByHash).toEqual({ h1: 1, [winner]: 2 });
    },
  },
  {
    name: 'a version may keep the units of the previous one instead of its own',
    check: async ({ reports }) => {
      await reports.saveVersion(versionOf('r-1', 1, 'h1', { concerns: ['gia-loc'] }));
      await reports.saveVersion(versionOf('r-1', 2, 'h2', { concerns: [], keepPreviousConcerns: true }));
      await reports.saveVersion(versionOf('r-1', 3, 'h3', { concerns: [] }));
      expect((await reports.getStoredVersion('r-1', 2))?.concerns).toEqual(['gia-loc']);
      expect((await reports.getStoredVersion('r-1', 3))?.concerns).toEqual([]);
    },
  },
  {
    name: 'adds a source to a stored report only',
    check: async ({ reports }) => {
      expect(await thrownBy(() => reports.addSource('r-1', { bucket: 'uploads', key: 'incoming/b.txt', versionId: null }, NOW))).toBeInstanceOf(
        ConcurrentProcessingError,
      );
      await reports.saveVersion(versionOf('r-1', 1, 'h1'));
      await reports.addSource('r-1', { bucket: 'uploads', key: 'incoming/b.txt', versionId: null }, LATER);
      expect(await reports.getReport('r-1')).toMatchObject({
        version: 1,
        sources: ['s3://uploads/incoming/a.txt', 's3://uploads/incoming/b.txt'],
      });
    },
  },
  {
    name: "sets a version's units and the report's decision while it is the latest",
    check: async ({ reports }) => {
      await reports.saveVersion(versionOf('r-1', 1, 'h1', { concerns: [], decision: decisionOf('hold') }));
      await reports.setConcerns('r-1', 1, ['gia-loc', 'tu-ky'], decisionOf('publish', ['gia-loc', 'tu-ky']), LATER);
      expect((await reports.getStoredVersion('r-1', 1))?.concerns).toEqual(['gia-loc', 'tu-ky']);
      expect((await reports.getReport('r-1'))?.decision).toEqual(decisionOf('publish', ['gia-loc', 'tu-ky']));
      expect(await thrownBy(() => reports.setConcerns('r-1', 2, ['gia-loc'], decisionOf('publish'), LATER))).toBeInstanceOf(ConcurrentProcessingError);
      await reports.saveVersion(versionOf('r-1', 2, 'h2'));
      expect(await thrownBy(() => reports.setConcerns('r-1', 1, ['tu-ky'], decisionOf('publish', ['tu-ky']), LATER))).toBeInstanceOf(
        ConcurrentProcessingError,
      );
      expect((await reports.getReport('r-1'))?.decision).toBeNull();
    },
  },
];
