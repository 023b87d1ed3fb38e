import { eraAt } from '../gazetteer';
import { isNationalBody, type OrganizerMatch, type ScopeResult } from './organizer';
import { provinceOfBareUnitName, type PlaceSpan } from './places';
import type { ProvinceDecision } from './publisher';

// Two to four capitalised syllables and nothing else: a place's name, no body's ("Đô Lương", "Vĩnh Thạnh").
const BARE_PROPER_NAME = /^\p{Lu}[\p{Ll}\p{M}]*(?:[ -]\p{Lu}[\p{Ll}\p{M}]*){1,3}$/u;

/**
 * The text's own decision, unless it names no province: then, when the organizer is written
 * as a unit's bare name ("Đô Lương tổ chức hội nghị ...", as a district's portal writes its
 * own news), the unit that bears that name alone in the country tells the province and the
 * level. The unit stands for its bodies and the text never writes its kind: the path is
 * `bare-unit` for both, a reading the router does not act on alone.
 *
 * @param rescope the scope decision over the story's places and one more
 */
export function withBareUnitOrganizer(scope: ProvinceDecision, organizer: OrganizerMatch | null, isoDate: string, rescope: (extra: PlaceSpan) => ScopeResult): ProvinceDecision {
  if (scope.province !== null || !organizer) return scope;
  const name = organizer.organizer.trim();
  if (!BARE_PROPER_NAME.test(name) || isNationalBody(name)) return scope;
  const unit = provinceOfBareUnitName(name, eraAt(isoDate));
  if (!unit) return scope;
  const span = { start: organizer.start, end: organizer.end };
  const decided = rescope({ ...span, unit: null, province: unit.province, level: unit.level });
  if (decided.province !== unit.province) return scope;
  return { ...decided, scope: unit.level, scopeFrom: 'bare-unit', scopeSpans: [span], provinceFrom: 'bare-unit', provinceSpans: [span], contested: false };
}
