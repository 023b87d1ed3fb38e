import type { PlaceSpan } from './places';

/**
 * Units of the configured province the text names, in order of first mention. A unit
 * name inside a person's name ("Nguyen Thi Thanh Ha") is not the unit.
 */
export function extractDistricts(places: readonly PlaceSpan[], personSpans: readonly { start: number; end: number }[]): string[] {
  const units: string[] = [];
  for (const place of places) {
    if (!place.unit || units.includes(place.unit)) continue;
    if (personSpans.some((person) => place.start < person.end && place.end > person.start)) continue;
    units.push(place.unit);
  }
  return units;
}
