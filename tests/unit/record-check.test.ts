import * as z from 'zod';
import { normalizedReportSchema } from '../../shared/domain/record';
import { checkRecord, recordCheckSchema } from '../../shared/domain/record-check';
import { formatZodIssues } from '../../shared/zod-issues';
import { sampleRecord } from '../support/sample-record';
import { CORPUS_DIR, OWN_FIXTURES_DIR, labelledReports, parse } from './normalizer/helpers';

/** The JSON Schema of a zod schema without its descriptions: what it accepts, nothing else. */
function constraintsOf(schema: z.core.$ZodType): unknown {
  const strip = (value: unknown): unknown => {
    if (Array.isArray(value)) return value.map(strip);
    if (value === null || typeof value !== 'object') return value;
    return Object.fromEntries(
      Object.entries(value)
        .filter(([key]) => key !== 'description')
        .map(([key, inner]) => [key, strip(inner)]),
    );
  };
  return strip(z.toJSONSchema(schema, { target: 'draft-2020-12', io: 'output', unrepresentable: 'any' }));
}

/** The verdict of the published schema, worded as the parser words a refused record. */
function publishedVerdict(record: unknown): string[] {
  const result = normalizedReportSchema.safeParse(record);
  return result.success ? [] : formatZodIssues(result.error, { root: 'record' });
}

function checkVerdict(record: unknown): string[] {
  const result = checkRecord(record);
  return result.success ? [] : formatZodIssues(result.error, { root: 'record' });
}

describe('the stored record check', () => {
  it('states exactly the constraints of the published record schema', () => {
    expect(constraintsOf(recordCheckSchema)).toEqual(constraintsOf(normalizedReportSchema));
  });

  const span = { start: 0, end: 4, quote: 'Gia ' };
  const broken: [string, unknown][] = [
    ['not an object', 'record'],
    ['a wrong schema version', sampleRecord({ schemaVersion: 1 as never })],
    ['a malformed report id', sampleRecord({ reportId: 'r-XYZ' })],
    ['a malformed event date', sampleRecord({ event: { date: '8/3/2024', partOfDay: null, kind: 'conference' } })],
    ['an unknown event kind', sampleRecord({ event: { date: null, partOfDay: null, kind: 'party' as never } })],
    ['a person without a name', sampleRecord({ people: [{ name: '', roles: ['Secretary'] }] })],
    ['a negative span offset', sampleRecord({ people: [{ name: 'Le Van A', roles: [], evidence: { name: [{ ...span, start: -1 }], roles: [] } }] })],
    ['a confidence above 1', sampleRecord({ confidence: { language: 1.5, genre: 1, eventDate: 1, organizer: 1, province: 1, scope: 1, districts: 1, people: 1, documents: 1, awards: 1 } })],
    ['an award count of 0', sampleRecord({ awards: [{ count: 0, recipient: 'collective', award: 'certificate of merit' }] })],
    ['an unknown topic', sampleRecord({ topics: ['sports' as never] })],
    ['a source of an unknown format', sampleRecord({ source: { bucket: 'b', key: 'k', versionId: null, size: 1, format: 'rtf' as never, encoding: 'utf-8' } })],
    ['a correction of an uncorrectable field', sampleRecord({ correction: { by: 'op', at: '2024-03-09T00:00:00Z', basedOn: 1, fields: ['title' as never], changes: [] } })],
    ['a missing field', (({ summary: _summary, ...rest }) => rest)(sampleRecord())],
  ];

  it.each(broken)('refuses a record with %s, with the problems the published schema names', (_what, record) => {
    const problems = checkVerdict(record);
    expect(problems.length).toBeGreaterThan(0);
    expect(problems).toEqual(publishedVerdict(record));
  });

  it('returns the record with unknown keys dropped, as the published schema does', () => {
    const record = { ...sampleRecord({ evidence: { eventDate: [span], organizer: [], province: [], scope: [], districts: { 'gia-loc': [span] } } }), extra: true };
    const checked = checkRecord(record);
    expect(checked.success && checked.data).toEqual(normalizedReportSchema.parse(record));
    expect(checked.success && 'extra' in checked.data).toBe(false);
  });

  it.each([...labelledReports(CORPUS_DIR), ...labelledReports(OWN_FIXTURES_DIR)].map((report) => [report.name, report] as const))(
    'accepts the normalized record of %s, as the published schema does',
    (_name, { text, expected }) => {
      const record = parse(text, expected.referenceDate);
      expect(checkVerdict(record)).toEqual([]);
      expect(publishedVerdict(record)).toEqual([]);
    },
  );
});
