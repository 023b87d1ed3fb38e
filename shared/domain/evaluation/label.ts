import * as z from 'zod';
import { DOCUMENT_TYPES, EVENT_KINDS, SCOPES } from '../record';

/**
 * A hand-made label: the facts a correct normalizer must extract from one report
 * (format in tests/fixtures/CORPUS.md). Labels of real pages carry `url`, `sha256` and
 * `note` besides; unknown keys are kept out of scoring but allowed, so a corpus can carry
 * its own bookkeeping.
 */
const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'must be an ISO date YYYY-MM-DD');

export const labelSchema = z.looseObject({
  referenceDate: isoDate,
  language: z.enum(['en', 'vi']),
  event: z.object({
    date: isoDate.nullable(),
    partOfDay: z.enum(['morning', 'afternoon', 'evening']).nullable(),
    kind: z.enum(EVENT_KINDS),
  }),
  organizer: z.string().nullable(),
  province: z.string().nullable(),
  scope: z.enum(SCOPES),
  districts: z.array(z.string()),
  people: z.array(z.object({ name: z.string().min(1), roles: z.array(z.string()) })),
  documents: z.array(z.object({ code: z.string().min(1), type: z.enum(DOCUMENT_TYPES), date: isoDate.nullable() })),
  awards: z.array(
    z.object({ count: z.number().int().positive().nullable(), recipient: z.enum(['collective', 'individual']), award: z.string() }),
  ),
});

export type ReportLabel = z.infer<typeof labelSchema>;
