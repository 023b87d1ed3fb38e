import type { PlaceSpan } from './places';

/** Places that are not inside a person's name ("Nguyen Thi Thanh Ha" names no Thanh Ha). Both lists are in text order. */
export function withoutPersonNames(places: readonly PlaceSpan[], personSpans: readonly { start: number; end: number }[]): PlaceSpan[] {
  const sorted = [...personSpans].sort((a, b) => a.start - b.start);
  const out: PlaceSpan[] = [];
  let p = 0;
  for (const place of places) {
    while (p < sorted.length && sorted[p]!.end <= place.start) p++;
    const person = sorted[p];
    if (person && person.start < place.end) continue;
    out.push(place);
  }
  return out;
}

/**
 * Units of the configured province the text names, in order of first mention, each with
 * its mentions. A former unit stands for its successors (`successorsOf` gives them, or
 * null for a unit that has not ceased): a report on the former district concerns the
 * communes that took over its area.
 */
export function unitMentions(places: readonly PlaceSpan[], successorsOf: (unit: string) => readonly string[] | null = () => null): Map<string, PlaceSpan[]> {
  const units = new Map<string, PlaceSpan[]>();
  for (const place of places) {
    if (!place.unit) continue;
    for (const unit of successorsOf(place.unit) ?? [place.unit]) {
      const list = units.get(unit);
      if (list) list.push(place);
      else units.set(unit, [place]);
    }
  }
  return units;
}

/**
 * Units of the configured province the text names, in order of first mention. A unit
 * name inside a person's name ("Nguyen Thi Thanh Ha") is not the unit.
 */
export function extractDistricts(places: readonly PlaceSpan[], personSpans: readonly { start: number; end: number }[]): string[] {
  return [...unitMentions(withoutPersonNames(places, personSpans)).keys()];
}
