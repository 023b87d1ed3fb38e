import * as z from '../zod-mini';
import type { NormalizedReport } from './record';
import { CORRECTABLE_FIELDS, DOCUMENT_TYPES, EVENT_KINDS, SCHEMA_VERSION, SCOPES, SOURCE_FORMATS, TOPICS } from './record-vocabulary';

/**
 * The check a record passes before it is stored: the published schema
 * (`normalizedReportSchema`, record.ts) written with zod's tree-shakable API, so that the
 * parser's bundle validates every record without carrying the chained API (70 KB). It
 * states the same constraints field by field, without the descriptions;
 * tests/unit/record-check.test.ts holds the two to the same JSON Schema and the same
 * verdicts, so a change to one that the other lacks fails there.
 */

const isoDate = z.string().check(z.regex(/^\d{4}-\d{2}-\d{2}$/, 'must be an ISO date YYYY-MM-DD'));
const offset = z.number().check(z.int(), z.nonnegative());
const nonEmpty = z.string().check(z.minLength(1));
const confidenceValue = z.number().check(z.minimum(0), z.maximum(1));

const span = z.object({ start: offset, end: offset, quote: z.string() });
const spans = z.array(span);

const evidence = z.object({
  eventDate: spans,
  organizer: spans,
  province: spans,
  scope: spans,
  districts: z.record(z.string(), spans),
});

const confidence = z.object({
  language: confidenceValue,
  genre: confidenceValue,
  eventDate: confidenceValue,
  organizer: confidenceValue,
  province: confidenceValue,
  scope: confidenceValue,
  districts: confidenceValue,
  people: confidenceValue,
  documents: confidenceValue,
  awards: confidenceValue,
});

const person = z.object({
  name: nonEmpty,
  roles: z.array(nonEmpty),
  evidence: z.optional(z.object({ name: spans, roles: spans })),
});

const citedDocument = z.object({
  code: nonEmpty,
  type: z.enum(DOCUMENT_TYPES),
  date: z.nullable(isoDate),
  number: z.nullable(z.string()),
  issuer: z.nullable(z.string()),
  issuerName: z.nullable(z.string()),
  evidence: z.optional(spans),
});

const award = z.object({
  count: z.nullable(z.number().check(z.int(), z.positive())),
  recipient: z.enum(['collective', 'individual']),
  award: nonEmpty,
  name: z.optional(nonEmpty),
  evidence: z.optional(spans),
});

const source = z.object({
  bucket: nonEmpty,
  key: nonEmpty,
  versionId: z.nullable(z.string()),
  size: offset,
  format: z.enum(SOURCE_FORMATS),
  encoding: nonEmpty,
  pageAddress: z.optional(z.string().check(z.minLength(1), z.maxLength(2048))),
});

const correction = z.object({
  by: nonEmpty,
  at: nonEmpty,
  basedOn: z.number().check(z.int(), z.positive()),
  fields: z.array(z.enum(CORRECTABLE_FIELDS)),
  changes: z.array(z.object({ field: z.enum(CORRECTABLE_FIELDS), from: z.nullable(z.string()), to: z.nullable(z.string()) })),
  note: z.optional(z.string()),
});

export const recordCheckSchema = z.object({
  schemaVersion: z.literal(SCHEMA_VERSION),
  reportId: z.string().check(z.regex(/^r-[0-9a-f]{20}$/)),
  contentHash: z.string().check(z.regex(/^[0-9a-f]{64}$/)),
  language: z.enum(['en', 'vi']),
  title: z.string(),
  summary: z.string(),
  event: z.object({
    date: z.nullable(isoDate),
    partOfDay: z.nullable(z.enum(['morning', 'afternoon', 'evening'])),
    kind: z.enum(EVENT_KINDS),
  }),
  organizer: z.nullable(z.string()),
  province: z.nullable(z.string()),
  scope: z.enum(SCOPES),
  organizerUnit: z.nullable(z.string()),
  districts: z.array(z.string()),
  people: z.array(person),
  documents: z.array(citedDocument),
  awards: z.array(award),
  tasks: z.array(z.string()),
  topics: z.array(z.enum(TOPICS)),
  warnings: z.array(z.string()),
  evidence: z.optional(evidence),
  confidence: z.optional(confidence),
  source: z.optional(source),
  correction: z.optional(correction),
});

/** The two schemas describe one type: a field added to one only fails to compile here. */
type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
const sameType: Same<z.output<typeof recordCheckSchema>, NormalizedReport> = true;
void sameType;

export type RecordCheck = { readonly success: true; readonly data: NormalizedReport } | { readonly success: false; readonly error: z.core.$ZodError };

/** Validates a record as the published schema does: the parsed record (unknown keys dropped) or the problems. */
export function checkRecord(record: unknown): RecordCheck {
  return recordCheckSchema.safeParse(record);
}
