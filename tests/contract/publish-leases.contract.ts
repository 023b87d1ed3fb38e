import { type Contract, versionOf } from './contract';

const T0 = new Date('2024-03-09T01:00:00.000Z');
const at = (ms: number) => new Date(T0.getTime() + ms);

/** What every PublishLeases does (shared/app/ports.ts); reports are stored through the ReportStore of the same table. */
export const publishLeasesContract: Contract = [
  {
    name: 'one worker takes the lease; another is kept out while it runs',
    check: async ({ reports, leases }) => {
      await reports.saveVersion(versionOf('r-1', 1, 'h1'));
      expect(await leases.acquirePublishLease('r-1', 1, T0, 60_000)).toBe('acquired');
      expect(await leases.acquirePublishLease('r-1', 1, at(1), 60_000)).toBe('held');
      expect(await leases.acquirePublishLease('r-1', 1, at(59_000), 60_000)).toBe('held');
    },
  },
  {
    name: 'of two workers asking at once, exactly one gets the lease',
    check: async ({ reports, leases }) => {
      await reports.saveVersion(versionOf('r-1', 1, 'h1'));
      const answers = await Promise.all([leases.acquirePublishLease('r-1', 1, T0, 60_000), leases.acquirePublishLease('r-1', 1, T0, 60_000)]);
      expect([...answers].sort()).toEqual(['acquired', 'held']);
    },
  },
  {
    name: 'a lease that ran out may be taken over',
    check: async ({ reports, leases }) => {
      await reports.saveVersion(versionOf('r-1', 1, 'h1'));
      expect(await leases.acquirePublishLease('r-1', 1, T0, 1_000)).toBe('acquired');
      expect(await leases.acquirePublishLease('r-1', 1, at(999), 1_000)).toBe('held');
      expect(await leases.acquirePublishLease('r-1', 1, at(1_001), 1_000)).toBe('acquired');
      expect(await leases.acquirePublishLease('r-1', 1, at(1_500), 1_000)).toBe('held');
    },
  },
  {
    name: 'a released lease may be taken at once; releasing another version changes nothing',
    check: async ({ reports, leases }) => {
      await reports.saveVersion(versionOf('r-1', 1, 'h1'));
      await leases.acquirePublishLease('r-1', 1, T0, 60_000);
      await leases.releasePublishLease('r-1', 2);
      expect(await leases.acquirePublishLease('r-1', 1, at(1), 60_000)).toBe('held');
      await leases.releasePublishLease('r-1', 1);
      expect(await leases.acquirePublishLease('r-1', 1, at(2), 60_000)).toBe('acquired');
    },
  },
  {
    name: 'a published version is notified, its lease ended, and never leased again',
    check: async ({ reports, leases }) => {
      await reports.saveVersion(versionOf('r-1', 1, 'h1'));
      await leases.acquirePublishLease('r-1', 1, T0, 60_000);
      await leases.markNotified('r-1', 1, 'msg-1', at(5).toISOString());
      expect(await reports.getReport('r-1')).toMatchObject({ status: 'notified', notifiedVersion: 1, updatedAt: at(5).toISOString() });
      expect(await leases.acquirePublishLease('r-1', 1, at(10), 60_000)).toBe('already-notified');
      // The lease ended with the publish: the next version need not wait for it.
      await reports.saveVersion(versionOf('r-1', 2, 'h2'));
      expect(await leases.acquirePublishLease('r-1', 2, at(10), 60_000)).toBe('acquired');
    },
  },
  {
    name: 'a later version once notified, an earlier one is already notified and its record changes nothing',
    check: async ({ reports, leases }) => {
      await reports.saveVersion(versionOf('r-1', 1, 'h1'));
      await reports.saveVersion(versionOf('r-1', 2, 'h2'));
      await leases.markNotified('r-1', 2, 'msg-2', at(5).toISOString());
      await leases.markNotified('r-1', 1, 'msg-1', at(6).toISOString());
      expect(await reports.getReport('r-1')).toMatchObject({ notifiedVersion: 2, updatedAt: at(5).toISOString() });
      expect(await leases.acquirePublishLease('r-1', 1, at(10), 60_000)).toBe('already-notified');
    },
  },
  {
    name: 'a report not stored cannot be leased',
    check: async ({ leases }) => {
      expect(await leases.acquirePublishLease('r-1', 1, T0, 60_000)).toBe('held');
    },
  },
  {
    name: 'recording the publish of a report not stored leaves no report behind',
    check: async ({ reports, leases }) => {
      await leases.markNotified('r-1', 1, 'msg-1', T0.toISOString());
      expect(await reports.getReport('r-1')).toBeNull();
      expect(await leases.acquirePublishLease('r-1', 1, T0, 60_000)).toBe('held');
    },
  },
];
