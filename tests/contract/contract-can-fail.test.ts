import type { UploadedObject } from '../../shared/domain/s3-event';
import { MemoryPublishLeases, MemoryUploadLedger, memoryReportPorts } from '../support/fakes';
import { contractFailures, type PortsFactory } from './contract';
import { publishLeasesContract } from './publish-leases.contract';
import { uploadLedgerContract } from './upload-ledger.contract';

/** A lease that never keeps anyone out: two workers would publish the same version. */
class LeakingLeases extends MemoryPublishLeases {
  override async acquirePublishLease(reportId: string, version: number, now: Date, leaseMs: number): Promise<'acquired' | 'already-notified' | 'held'> {
    const report = this.table.reports.get(reportId);
    if (report) report.publishLease = null;
    return super.acquirePublishLease(reportId, version, now, leaseMs);
  }
}

/** A ledger that forgets finished events: every redelivery is processed again. */
class ForgetfulLedger extends MemoryUploadLedger {
  override async beginUpload(object: UploadedObject, now: string): Promise<'begun' | 'stale' | 'done'> {
    const outcome = await super.beginUpload(object, now);
    return outcome === 'done' ? 'begun' : outcome;
  }
}

const withLeases: PortsFactory = async () => {
  const ports = memoryReportPorts();
  return { ...ports, leases: new LeakingLeases(ports.reports.table) };
};

const withLedger: PortsFactory = async () => ({ ...memoryReportPorts(), uploads: new ForgetfulLedger() });

describe('the port contracts catch a broken implementation', () => {
  it('a lease that leaks fails the lease contract where workers must be kept out', async () => {
    expect(await contractFailures(publishLeasesContract, withLeases)).toEqual([
      'one worker takes the lease; another is kept out while it runs',
      'of two workers asking at once, exactly one gets the lease',
      'a lease that ran out may be taken over',
      'a released lease may be taken at once; releasing another version changes nothing',
    ]);
  });

  it('a ledger that forgets finished events fails the ledger contract on redeliveries', async () => {
    expect(await contractFailures(uploadLedgerContract, withLedger)).toEqual([
      'a redelivered event that was finished is done, and its final state is kept',
      'an event without a sequencer is known by its eTag',
    ]);
  });

  it('the faithful fakes fail none of it', async () => {
    const ports = async () => memoryReportPorts();
    expect(await contractFailures(publishLeasesContract, ports)).toEqual([]);
    expect(await contractFailures(uploadLedgerContract, ports)).toEqual([]);
  });
});
