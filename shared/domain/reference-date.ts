/**
 * The calendar day an upload happened, in the province's time zone: reports say
 * "on January 11" in local terms, and an upload at 06:00 in Hanoi is still the previous
 * day in UTC.
 */
export function localDateOf(instant: Date, timeZone: string): string {
  const parts = new Intl.DateTimeFormat('en-CA', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' }).formatToParts(instant);
  const get = (type: string) => parts.find((part) => part.type === type)?.value ?? '';
  return `${get('year')}-${get('month')}-${get('day')}`;
}
