import { createAwsClients } from '../../shared/adapters/aws-clients';
import { DynamoReportRepository } from '../../shared/adapters/dynamo-report-repository';
import { loadProvinceConfig } from '../../shared/config/province-config';
import { normalizeReport } from '../../shared/domain/normalizer';
import { createReportsTable } from '../../shared/local/provision';
import { generateReports } from '../support/report-factory';
import { useNativePackages } from '../unit/decode/support/native-packages';
import { useDynalite } from '../support/dynalite';

useNativePackages();

/**
 * Defects the fault run exposed, each pinned by the smallest reproduction. `it.failing`
 * keeps the suite green while a defect stands and turns red once it is fixed, so the
 * marker is removed together with the defect.
 */

const config = loadProvinceConfig();
const dynamoEndpoint = useDynalite();

describe('report sources', () => {
  // Two uploads of the same content under different keys both find no report yet, so both
  // call saveVersion(version 1, previousVersion 0); the second META update fails its
  // `attribute_not_exists(pk)` condition and must still record its key as a source.
  it('lists both keys when two uploads of the same content store version 1 at the same time', async () => {
    await createReportsTable({ dynamoEndpoint: dynamoEndpoint() }, 'findings-sources');
    const repository = new DynamoReportRepository(createAwsClients({ endpoint: dynamoEndpoint(), maxAttempts: 1 }).dynamo, 'findings-sources');
    const [report] = generateReports(config, 1, 7);
    const record = normalizeReport(report?.text ?? '', { referenceDate: '2024-06-01', config });
    const save = (key: string) =>
      repository.saveVersion({
        record,
        version: 1,
        previousVersion: 0,
        source: { bucket: 'uploads', key, versionId: null },
        concerns: record.districts,
        now: '2024-06-01T00:00:00.000Z',
      });

    await save('incoming/a.txt');
    await save('incoming/b.txt');

    const stored = await repository.getReport(record.reportId);
    expect(stored?.sources).toEqual(['s3://uploads/incoming/a.txt', 's3://uploads/incoming/b.txt']);
  });
});

describe('decoding deeply nested HTML', () => {
  // Extraction walks subtrees, so its cost grew with depth (30,000 nested cells took 5 s,
  // synchronously, out of reach of the time budget); such pages are now refused up front.
  it('refuses 30,000 nested table cells as too complex, within one second', async () => {
    const { decodeDocument } = await import('../../shared/domain/decode');
    const html = `<!DOCTYPE html><html><body>${'<table><tr><td>'.repeat(30_000)}Hội nghị tổng kết</body></html>`;
    const started = performance.now();
    await expect(decodeDocument(Buffer.from(html, 'utf8'), { fileName: 'page.html' })).rejects.toMatchObject({ reason: 'too-complex' });
    expect(performance.now() - started).toBeLessThan(1000);
  });
});
