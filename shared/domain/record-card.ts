import type { NormalizedReport, ReportCard } from './record';
import { truncateCodePoints } from './truncate';

/** The report item's card of a record (see {@link ReportCard}); kept apart from the zod schemas, which the parser's bundle does not carry. */
export function cardOf(record: NormalizedReport): ReportCard {
  const { reportId, title, language, event, organizer, province, scope, organizerUnit, districts } = record;
  return { reportId, title: truncateCodePoints(title, 300), language, event, organizer, province, scope, organizerUnit, districts };
}
