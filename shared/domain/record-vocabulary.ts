/**
 * The record's closed vocabularies and version, apart from its zod schemas (`record.ts`):
 * the normalizer and the parser's bundle read them without loading zod's chained API.
 */

/** Bump on any change of the record (`record.ts`) a consumer could notice. */
export const SCHEMA_VERSION = 2;

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

/** Levels of the body that held an event: the province, a district-level unit, a commune-level unit. */
export const SCOPES = ['province', 'district', 'commune'] as const;

/** Fields of a record an operator may correct during review (`reports correct`). */
export const CORRECTABLE_FIELDS = ['organizer', 'scope', 'organizerUnit', 'districts', 'eventDate', 'province'] as const;
