import { ConcurrentProcessingError } from '../../shared/errors';
import { type Contract, decisionOf, thrownBy, versionOf } from './contract';

const NOW = '2024-03-09T01:00:00.000Z';
const LATER = '2024-03-09T01:05:00.000Z';

/** What every ReviewQueue does (shared/app/ports.ts); reports are stored and published through the other ports of the same table. */
export const reviewQueueContract: Contract = [
  {
    name: 'holds the latest version once, with its decision',
    check: async ({ reports, reviews }) => {
      await reports.saveVersion(versionOf('r-1', 1, 'h1', { concerns: [] }));
      expect(await reviews.holdReport('r-1', 1, decisionOf('hold'), LATER)).toBe('held');
      expect(await reports.getReport('r-1')).toMatchObject({ status: 'held', heldVersion: 1, decision: decisionOf('hold'), updatedAt: LATER });
      expect(await reviews.holdReport('r-1', 1, decisionOf('hold'), LATER)).toBe('already-held');
    },
  },
  {
    name: 'a version published meanwhile is not held',
    check: async ({ reports, leases, reviews }) => {
      await reports.saveVersion(versionOf('r-1', 1, 'h1'));
      await leases.markNotified('r-1', 1, 'msg-1', NOW);
      expect(await reviews.holdReport('r-1', 1, decisionOf('hold'), LATER)).toBe('notified');
      expect((await reports.getReport('r-1'))?.status).toBe('notified');
    },
  },
  {
    name: 'a version the report moved on from is not held',
    check: async ({ reports, reviews }) => {
      await reports.saveVersion(versionOf('r-1', 1, 'h1'));
      await reports.saveVersion(versionOf('r-1', 2, 'h2'));
      expect(await reviews.holdReport('r-1', 1, decisionOf('hold'), LATER)).toBe('moved-on');
      expect(await reports.getReport('r-1')).toMatchObject({ status: 'stored', heldVersion: 0 });
    },
  },
  {
    name: 'a report not stored cannot be held',
    check: async ({ reviews }) => {
      expect(await thrownBy(() => reviews.holdReport('r-1', 1, decisionOf('hold'), NOW))).toBeInstanceOf(ConcurrentProcessingError);
    },
  },
  {
    name: 'records the announcement of a hold; an older one does not undo it',
    check: async ({ reports, reviews }) => {
      await reports.saveVersion(versionOf('r-1', 1, 'h1'));
      await reviews.holdReport('r-1', 1, decisionOf('hold'), NOW);
      await reviews.markHoldAnnounced('r-1', 1, NOW);
      expect((await reports.getReport('r-1'))?.holdAnnouncedVersion).toBe(1);
      await reports.saveVersion(versionOf('r-1', 2, 'h2'));
      await reviews.holdReport('r-1', 2, decisionOf('hold'), LATER);
      await reviews.markHoldAnnounced('r-1', 2, LATER);
      await reviews.markHoldAnnounced('r-1', 1, LATER);
      expect((await reports.getReport('r-1'))?.holdAnnouncedVersion).toBe(2);
    },
  },
  {
    name: 'recording the announcement of a report not stored leaves no report behind',
    check: async ({ reports, reviews }) => {
      await reviews.markHoldAnnounced('r-1', 1, NOW);
      expect(await reports.getReport('r-1')).toBeNull();
    },
  },
  {
    name: 'a rejection closes a held version, once; a rejected hold is not reopened',
    check: async ({ reports, reviews }) => {
      await reports.saveVersion(versionOf('r-1', 1, 'h1'));
      await reviews.holdReport('r-1', 1, decisionOf('hold'), NOW);
      await reviews.recordReview('r-1', { action: 'rejected', version: 1, by: 'operator', at: LATER, reason: 'not ours' });
      expect(await reports.getReport('r-1')).toMatchObject({ status: 'rejected', updatedAt: LATER });
      expect(await thrownBy(() => reviews.recordReview('r-1', { action: 'rejected', version: 1, by: 'operator', at: LATER }))).toBeInstanceOf(
        ConcurrentProcessingError,
      );
      expect(await reviews.holdReport('r-1', 1, decisionOf('hold'), LATER)).toBe('already-held');
      expect((await reports.getReport('r-1'))?.status).toBe('rejected');
    },
  },
  {
    name: 'only a held version, and only the latest, can be rejected',
    check: async ({ reports, reviews }) => {
      await reports.saveVersion(versionOf('r-1', 1, 'h1'));
      expect(await thrownBy(() => reviews.recordReview('r-1', { action: 'rejected', version: 1, by: 'operator', at: LATER }))).toBeInstanceOf(
        ConcurrentProcessingError,
      );
      await reviews.holdReport('r-1', 1, decisionOf('hold'), NOW);
      expect(await thrownBy(() => reviews.recordReview('r-1', { action: 'rejected', version: 2, by: 'operator', at: LATER }))).toBeInstanceOf(
        ConcurrentProcessingError,
      );
      expect((await reports.getReport('r-1'))?.status).toBe('held');
    },
  },
  {
    name: 'an approval is recorded on a stored report and leaves publishing to the publish path',
    check: async ({ reports, reviews }) => {
      expect(await thrownBy(() => reviews.recordReview('r-1', { action: 'approved', version: 1, by: 'operator', at: LATER }))).toBeInstanceOf(
        ConcurrentProcessingError,
      );
      await reports.saveVersion(versionOf('r-1', 1, 'h1'));
      await reviews.holdReport('r-1', 1, decisionOf('hold'), NOW);
      await reviews.recordReview('r-1', { action: 'approved', version: 1, by: 'operator', at: LATER });
      expect(await reports.getReport('r-1')).toMatchObject({ status: 'held', heldVersion: 1, updatedAt: NOW });
    },
  },
];
