import * as z from 'zod';

/**
 * The normalized report: what the parser stores and what district offices act on.
 * Field meanings follow the labelled corpus (tests/fixtures/CORPUS.md).
 * Bump {@link SCHEMA_VERSION} on any change a consumer could notice.
 */
export const SCHEMA_VERSION = 1;

export const TOPICS = [
  'party-building',
  'inspection-and-supervision',
  'anti-corruption',
  'mass-mobilization',
  'propaganda',
  'socio-economic-development',
  'administrative-restructuring',
  'personnel',
  'emulation-and-awards',
  'digital-transformation',
  'national-defence',
  'other',
] as const;

export const EVENT_KINDS = [
  'conference',
  'meeting',
  'congress',
  'session',
  'ceremony',
  'workshop',
  'inspection',
  'other',
] as const;

export const DOCUMENT_TYPES = [
  'directive',
  'resolution',
  'conclusion',
  'decision',
  'instruction',
  'plan',
  'regulation',
  'notice',
  'program',
  'official-letter',
  'other',
] as const;

export const SOURCE_FORMATS = ['txt', 'md', 'html', 'docx', 'doc', 'pdf'] as const;

const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'must be an ISO date YYYY-MM-DD');

export const personSchema = z.object({
  /** As written in the text, honorifics removed. */
  name: z.string().min(1),
  /** Titles the text gives this person, in order. */
  roles: z.array(z.string().min(1)),
});

export const documentSchema = z.object({
  /** `NUMBER-TYPE/ISSUER` upper case, e.g. `26-CT/TW`, `1234/QĐ-UBND`. */
  code: z.string().min(1),
  type: z.enum(DOCUMENT_TYPES),
  /** Issue date when the text gives one. */
  date: isoDate.nullable(),
  number: z.string().nullable(),
  /** Issuer code as in the document code, e.g. `TW`, `TU`, `UBND`. */
  issuer: z.string().nullable(),
  /** Issuer's name where the code or text tells it, e.g. "Party Central Committee". */
  issuerName: z.string().nullable(),
});

export const awardSchema = z.object({
  count: z.number().int().positive().nullable(),
  recipient: z.enum(['collective', 'individual']),
  /** What was awarded, in English, e.g. `certificate of merit`, `emulation flag`. */
  award: z.string().min(1),
});

export const sourceSchema = z.object({
  bucket: z.string().min(1),
  key: z.string().min(1),
  versionId: z.string().nullable(),
  size: z.number().int().nonnegative(),
  format: z.enum(SOURCE_FORMATS),
  encoding: z.string().min(1),
});

export const normalizedReportSchema = z.object({
  schemaVersion: z.literal(SCHEMA_VERSION),
  /** Stable id derived from the report's content (`r-` + 20 hex characters). */
  reportId: z.string().regex(/^r-[0-9a-f]{20}$/),
  /** SHA-256 of the normalized text: the same text uploaded twice is the same report. */
  contentHash: z.string().regex(/^[0-9a-f]{64}$/),
  language: z.enum(['en', 'vi']),
  title: z.string(),
  summary: z.string(),
  event: z.object({
    date: isoDate.nullable(),
    partOfDay: z.enum(['morning', 'afternoon', 'evening']).nullable(),
    kind: z.enum(EVENT_KINDS),
  }),
  organizer: z.string().nullable(),
  /** Province name without diacritics, e.g. `Hai Duong`. */
  province: z.string().nullable(),
  /** `province` when a provincial body held the event, `district` for a district-level body. */
  scope: z.enum(['province', 'district']),
  /** Unit id of the district-level body that held the event, when `scope` is `district`. */
  organizerUnit: z.string().nullable(),
  /** Unit ids of the configured province that the text names. */
  districts: z.array(z.string()),
  people: z.array(personSchema),
  documents: z.array(documentSchema),
  awards: z.array(awardSchema),
  tasks: z.array(z.string()),
  topics: z.array(z.enum(TOPICS)),
  /** What could not be determined, in plain words. */
  warnings: z.array(z.string()),
  source: sourceSchema.optional(),
});

export type Topic = (typeof TOPICS)[number];
export type EventKind = (typeof EVENT_KINDS)[number];
export type DocumentType = (typeof DOCUMENT_TYPES)[number];
export type SourceFormat = (typeof SOURCE_FORMATS)[number];
export type Person = z.infer<typeof personSchema>;
export type CitedDocument = z.infer<typeof documentSchema>;
export type Award = z.infer<typeof awardSchema>;
export type ReportSource = z.infer<typeof sourceSchema>;
export type NormalizedReport = z.infer<typeof normalizedReportSchema>;

/**
 * What a report's index entry keeps of its latest version: enough to list, route and
 * summarise it. The full record lives with its version, so the frequently rewritten
 * report item stays small (DynamoDB bills every write by the whole item's size).
 */
export type ReportCard = Pick<
  NormalizedReport,
  'reportId' | 'title' | 'language' | 'event' | 'organizer' | 'province' | 'scope' | 'organizerUnit' | 'districts'
>;

export function cardOf(record: NormalizedReport): ReportCard {
  const { reportId, title, language, event, organizer, province, scope, organizerUnit, districts } = record;
  return { reportId, title: title.slice(0, 300), language, event, organizer, province, scope, organizerUnit, districts };
}
