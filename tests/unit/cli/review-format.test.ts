import type { HeldReport, ReportDetail } from '../../../shared/adapters/report-queries';
import { applyCorrection } from '../../../shared/app/review';
import { formatHeldTable, heldJson } from '../../../shared/cli/commands/review';
import { formatReportDetail } from '../../../shared/cli/commands/show';
import { formatOutcome, officesReached } from '../../../shared/cli/review-support';
import { loadProvinceConfig } from '../../../shared/config/province-config';
import type { NormalizedReport } from '../../../shared/domain/record';
import { UsageError } from '../../../shared/errors';
import { sampleRecord } from '../../support/sample-record';

const config = loadProvinceConfig();

const record: NormalizedReport = sampleRecord({
  districts: ['gia-loc', 'thanh-ha'],
  evidence: {
    eventDate: [{ start: 3, end: 20, quote: 'morning of March 8' }],
    organizer: [{ start: 25, end: 57, quote: 'Gia Loc District Party Committee' }],
    province: [{ start: 90, end: 99, quote: 'Hai Duong' }],
    scope: [{ start: 33, end: 41, quote: 'District' }],
    districts: { 'gia-loc': [{ start: 25, end: 32, quote: 'Gia Loc' }], 'thanh-ha': [] },
  },
  confidence: { language: 0.99, genre: 0.98, eventDate: 0.97, organizer: 0.93, province: 0.9, scope: 0.91, districts: 0.55, people: 0.9, documents: 1, awards: 1 },
});

const detail: ReportDetail = {
  reportId: record.reportId,
  status: 'held',
  version: 1,
  notifiedVersion: 0,
  createdAt: '2024-03-08T01:00:00.000Z',
  updatedAt: '2024-03-08T01:00:00.000Z',
  lastMessageId: null,
  sources: ['s3://b/incoming/a.txt'],
  history: [{ status: 'held', version: 1, at: '2024-03-08T01:00:01.000Z', reasons: ['low-confidence'] }],
  versions: [],
  record,
  decision: {
    action: 'hold',
    audience: ['gia-loc'],
    provinceWide: false,
    reasons: [{ code: 'low-confidence', field: 'districts', message: 'unsure of the units named (confidence 0.55, needs 0.6)' }],
  },
};

describe('reports show: routing', () => {
  const text = formatReportDetail(detail, config);

  it('shows the decision with its reasons and where the report would go', () => {
    expect(text).toContain('Decision   HELD for review (would go to: gia-loc)');
    expect(text).toContain('- low-confidence: unsure of the units named (confidence 0.55, needs 0.6)');
    expect(text).toContain('Concerns   no office (held for review)');
  });

  it('shows each routing field with the words it was read from and its confidence', () => {
    expect(text).toContain('Organizer  Gia Loc District Party Committee  (confidence 0.93)  from "Gia Loc District Party Committee" @25');
    expect(text).toContain('Date       2024-03-08  (confidence 0.97)  from "morning of March 8" @3');
    expect(text).toContain('Province   Hai Duong  (confidence 0.90)  from "Hai Duong" @90');
    expect(text).toMatch(/Gia Loc District \(gia-loc\) {2}from "Gia Loc" @25/);
    expect(text).toMatch(/Thanh Ha District \(thanh-ha\) {2}\(no mention found in the text\)/);
    expect(text).toContain('held v1  (low-confidence)');
  });
});

describe('reports review', () => {
  const row: HeldReport = { reportId: record.reportId, version: 1, heldAt: '2024-03-08T01:00:01.000Z', card: { ...record }, decision: detail.decision ?? null, sources: detail.sources };

  it('lists why, where it would go and the title', () => {
    const table = formatHeldTable([row]);
    expect(table.split('\n')[0]).toMatch(/^HELD AT\s+REPORT\s+WHY\s+WOULD GO TO\s+TITLE$/);
    expect(table).toMatch(/2024-03-08 01:00:01Z\s+r-0123456789abcdef0123\s+low-confidence\s+units: gia-loc\s+Gia Loc reviews party building/);
    expect(formatHeldTable([])).toBe('No reports are held for review.');
  });

  it('names the offices it would reach in JSON', () => {
    expect(heldJson(row, config).wouldBe).toEqual({ audience: ['gia-loc'], provinceWide: false, offices: ['gia-loc', 'province-archive'] });
    expect(officesReached([], config)).toEqual(['province-archive']);
  });
});

describe('applyCorrection', () => {
  const meta = { by: 'lan', at: '2024-03-09T00:00:00.000Z', basedOn: 1 };

  it('sets the fields given, records what changed, and trusts the fields named', () => {
    const corrected = applyCorrection(record, { districts: ['nam-sach'], eventDate: '2024-03-07' }, config, meta);
    expect(corrected).toMatchObject({ organizerUnit: 'nam-sach', districts: ['nam-sach'], event: { date: '2024-03-07' } });
    expect(corrected.correction).toMatchObject({ by: 'lan', basedOn: 1, fields: expect.arrayContaining(['districts', 'eventDate', 'organizerUnit']) });
    expect(corrected.correction?.changes).toEqual([
      { field: 'organizerUnit', from: 'gia-loc', to: 'nam-sach' },
      { field: 'districts', from: 'gia-loc, thanh-ha', to: 'nam-sach' },
      { field: 'eventDate', from: '2024-03-08', to: '2024-03-07' },
    ]);
  });

  it('writes the configured province by its name and clears the unit of a province-wide correction', () => {
    const corrected = applyCorrection(record, { province: 'hải dương', scope: 'province' }, config, meta);
    expect(corrected).toMatchObject({ province: 'Hai Duong', scope: 'province', organizerUnit: null });
  });

  it('refuses unknown units, a unit-level scope without a unit and an empty correction', () => {
    expect(() => applyCorrection(record, { districts: ['atlantis'] }, config, meta)).toThrow(UsageError);
    expect(() => applyCorrection({ ...record, organizerUnit: null }, { scope: 'commune' }, config, meta)).toThrow(/needs the unit that held the event/);
    expect(() => applyCorrection(record, {}, config, meta)).toThrow(/nothing to correct/);
  });

  it('says what an approve, correct or reject did', () => {
    const text = formatOutcome(
      { reportId: record.reportId, version: 2, action: 'corrected', by: 'lan', at: meta.at, decision: { ...detail.decision!, action: 'publish' }, notificationId: `${record.reportId}:v2`, audience: ['gia-loc'], changes: [{ field: 'eventDate', from: null, to: '2024-03-07' }] },
      config,
    );
    expect(text.split('\n')).toEqual([
      `corrected ${record.reportId} v2 by lan at ${meta.at}`,
      '  eventDate: - -> 2024-03-07',
      `  notice ${record.reportId}:v2 -> 2 office(s): gia-loc, province-archive`,
    ]);
  });
});
