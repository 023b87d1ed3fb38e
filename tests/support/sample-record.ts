import { SCHEMA_VERSION, type NormalizedReport } from '../../shared/domain/record';

/**
 * A valid stored record of a district-level report (Gia Loc, Hai Duong), with empty lists:
 * a test overrides the fields it is about and leaves the rest plausible.
 */
export function sampleRecord(overrides: Partial<NormalizedReport> = {}): NormalizedReport {
  return {
    schemaVersion: SCHEMA_VERSION,
    reportId: 'r-0123456789abcdef0123',
    contentHash: 'ab'.repeat(32),
    language: 'en',
    title: 'Gia Loc reviews party building',
    summary: 'A review.',
    event: { date: '2024-03-08', partOfDay: 'morning', kind: 'conference' },
    organizer: 'Gia Loc District Party Committee',
    province: 'Hai Duong',
    scope: 'district',
    organizerUnit: 'gia-loc',
    districts: ['gia-loc'],
    people: [],
    documents: [],
    awards: [],
    tasks: [],
    topics: [],
    warnings: [],
    ...overrides,
  };
}
