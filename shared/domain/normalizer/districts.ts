import type { PlaceSpan } from './places';

/**
 * Units of the configured province the text names, in order of first mention. A unit
 * name inside a person's name ("Nguyen Thi Thanh Ha") is not the unit.
 */
export function extractDistricts(places: readonly PlaceSpan[], personSpans: readonly { start: number; end: number }[]): string[] {
  const units: string[] = [];
  // Both lists are in text order, so one pass over each is enough.
  let p = 0;
  for (const place of places) {
    while (p < personSpans.length && personSpans[p]!.end <= place.start) p++;
    const person = personSpans[p];
    if (person && person.start < place.end) continue;
    if (!place.unit || units.includes(place.unit)) continue;
    units.push(place.unit);
  }
  return units;
}
