/**
 * The normalized report: what the parser stores and what district offices act on.
 * Field meanings follow the labelled corpus (tests/fixtures/CORPUS.md).
 * Bump {@link SCHEMA_VERSION} on any change a consumer could notice.
 */
import * as z from 'zod';
import {
  CORRECTABLE_FIELDS,
  DOCUMENT_TYPES,
  EVENT_KINDS,
  SCHEMA_VERSION,
  SCOPES,
  SOURCE_FORMATS,
  TOPICS,
} from './record-vocabulary';

export { CORRECTABLE_FIELDS, DOCUMENT_TYPES, EVENT_KINDS, SCHEMA_VERSION, SCOPES, SOURCE_FORMATS, TOPICS };

const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'must be an ISO date YYYY-MM-DD');

/** A stretch of the analysed text that supports a field: character offsets and the words quoted. */
export const spanSchema = z.object({
  start: z.number().int().nonnegative().describe('Offset of the first character in the analysed text.'),
  end: z.number().int().nonnegative().describe('Offset just after the last character.'),
  quote: z.string().describe('The text between start and end, as read.'),
});

const confidenceValue = z.number().min(0).max(1);

/** Where each routing-relevant field came from in the analysed text. */
export const evidenceSchema = z.object({
  eventDate: z.array(spanSchema).describe('The date phrase(s) the event date was read from.'),
  organizer: z.array(spanSchema).describe('The organizer\'s name as written.'),
  province: z.array(spanSchema).describe('Mentions that tell the province.'),
  scope: z.array(spanSchema).describe('The words that tell the level of the organizing body.'),
  districts: z.record(z.string(), z.array(spanSchema)).describe('Per unit id, the mentions that name it as a place or body.'),
});

/** Calibrated 0-1 confidence per field: at >= 0.9 a field is right at least 95% of the time on the real corpus. */
export const confidenceSchema = z.object({
  language: confidenceValue,
  genre: confidenceValue.describe('That the text is a conference or event report at all.'),
  eventDate: confidenceValue,
  organizer: confidenceValue,
  province: confidenceValue,
  scope: confidenceValue,
  districts: confidenceValue,
  people: confidenceValue,
  documents: confidenceValue,
  awards: confidenceValue,
});

export const personSchema = z.object({
  name: z.string().min(1).describe('As written in the text, honorifics removed.'),
  roles: z.array(z.string().min(1)).describe('Titles the text gives this person, in order.'),
  evidence: z
    .object({ name: z.array(spanSchema), roles: z.array(spanSchema) })
    .optional()
    .describe('Spans of the name mentions and of the role phrases.'),
});

export const documentSchema = z.object({
  code: z.string().min(1).describe('`NUMBER-TYPE/ISSUER` upper case, e.g. `26-CT/TW`, `1234/QĐ-UBND`.'),
  type: z.enum(DOCUMENT_TYPES).describe('Kind of document, from its type code (CT directive, NQ resolution, KL conclusion, QĐ decision, HD instruction, KH plan, ...).'),
  date: isoDate.nullable().describe('Issue date when the text gives one.'),
  number: z.string().nullable().describe('Number part of the code, e.g. `26`, `1234`.'),
  issuer: z.string().nullable().describe('Issuer code as in the document code, e.g. `TW`, `TU`, `UBND`.'),
  issuerName: z.string().nullable().describe('Issuer\'s name where the code or text tells it, e.g. "Party Central Committee".'),
  evidence: z.array(spanSchema).optional().describe('Spans where the document is cited.'),
});

export const awardSchema = z.object({
  count: z.number().int().positive().nullable().describe('How many were awarded; null when the text does not say.'),
  recipient: z.enum(['collective', 'individual']).describe('Collectives (units, organizations) or individuals.'),
  award: z.string().min(1).describe('What was awarded, in English, e.g. `certificate of merit`, `emulation flag`.'),
  name: z.string().min(1).optional().describe('The award as the text names it, with its class, when it is more than its kind, e.g. `Labour Order, First Class`.'),
  evidence: z.array(spanSchema).optional().describe('The phrase the award was read from.'),
});

export const sourceSchema = z.object({
  bucket: z.string().min(1).describe('S3 bucket of the upload.'),
  key: z.string().min(1).describe('S3 key of the upload, decoded.'),
  versionId: z.string().nullable().describe('S3 version of the object, when the bucket is versioned.'),
  size: z.number().int().nonnegative().describe('Size of the uploaded object in bytes.'),
  format: z.enum(SOURCE_FORMATS).describe('Format detected from the bytes.'),
  encoding: z.string().min(1).describe('Character encoding detected, e.g. `utf-8`, `windows-1258`, `tcvn3`; `n/a` for PDF.'),
  pageAddress: z.string().min(1).max(2048).optional().describe('The address an uploaded HTML page says it was published at (canonical link, Open Graph address or the saving browser\'s mark).'),
});

/** An operator's correction: the version it replaces, who made it, when and what changed. */
export const correctionSchema = z.object({
  by: z.string().min(1).describe('Who corrected the record (operator name or OS user).'),
  at: z.string().min(1).describe('When, as an ISO timestamp.'),
  basedOn: z.number().int().positive().describe('The version the correction was made on.'),
  fields: z.array(z.enum(CORRECTABLE_FIELDS)).describe('Fields the operator set; the routing decision trusts them.'),
  changes: z
    .array(z.object({ field: z.enum(CORRECTABLE_FIELDS), from: z.string().nullable(), to: z.string().nullable() }))
    .describe('Each field changed, before and after (lists joined by ", ").'),
  note: z.string().optional().describe('Why, in the operator\'s words.'),
});

export const normalizedReportSchema = z.object({
  schemaVersion: z.literal(SCHEMA_VERSION).describe('Version of this schema.'),
  reportId: z.string().regex(/^r-[0-9a-f]{20}$/).describe('Stable id derived from the report\'s content (`r-` + 20 hex characters).'),
  contentHash: z.string().regex(/^[0-9a-f]{64}$/).describe('SHA-256 of the normalized text: the same text uploaded twice is the same report.'),
  language: z.enum(['en', 'vi']).describe('Language of the report.'),
  title: z.string().describe('The report\'s headline, or its lead sentence when it has none.'),
  summary: z.string().describe('Two or three sentences: the lead and what follows it.'),
  event: z.object({
    date: isoDate.nullable().describe('Day the event took place (not the dates of documents it cites).'),
    partOfDay: z.enum(['morning', 'afternoon', 'evening']).nullable().describe('Part of the day the text gives, or null.'),
    kind: z.enum(EVENT_KINDS).describe('Kind of event.'),
  }),
  organizer: z.string().nullable().describe('The body that held the event, as the text names it.'),
  province: z.string().nullable().describe('Province name without diacritics, e.g. `Hai Duong`.'),
  scope: z.enum(SCOPES).describe('`province` when a provincial body held the event, `district` for a district-level body, `commune` for a commune, ward or special zone.'),
  organizerUnit: z.string().nullable().describe('Unit id of the unit-level body that held the event, when `scope` is `district` or `commune`.'),
  districts: z.array(z.string()).describe('Unit ids of the configured province that the text names.'),
  people: z.array(personSchema).describe('Every named person with the titles the text gives.'),
  documents: z.array(documentSchema).describe('Every cited Party or State document with a number and issuer code, once each.'),
  awards: z.array(awardSchema).describe('Awards handed out at the event.'),
  tasks: z.array(z.string()).describe('Directives and requests the report records, one sentence each.'),
  topics: z.array(z.enum(TOPICS)).describe('Topics from the closed list.'),
  warnings: z.array(z.string()).describe('What could not be determined, in plain words.'),
  evidence: evidenceSchema.optional().describe('Where the routing fields came from in the analysed text.'),
  confidence: confidenceSchema.optional().describe('Calibrated confidence (0-1) per field.'),
  source: sourceSchema.optional().describe('Where the report came from, when it came from S3.'),
  correction: correctionSchema.optional().describe('Set on a version an operator corrected during review.'),
});

export type Topic = (typeof TOPICS)[number];
export type Scope = (typeof SCOPES)[number];
export type Span = z.infer<typeof spanSchema>;
export type FieldEvidence = z.infer<typeof evidenceSchema>;
export type FieldConfidence = z.infer<typeof confidenceSchema>;
export type Correction = z.infer<typeof correctionSchema>;
export type CorrectableField = (typeof CORRECTABLE_FIELDS)[number];
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
 * summarise it (made by `cardOf`, `record-card.ts`). The full record lives with its
 * version, so the frequently rewritten report item stays small (DynamoDB bills every
 * write by the whole item's size).
 */
export type ReportCard = Pick<
  NormalizedReport,
  'reportId' | 'title' | 'language' | 'event' | 'organizer' | 'province' | 'scope' | 'organizerUnit' | 'districts'
>;
