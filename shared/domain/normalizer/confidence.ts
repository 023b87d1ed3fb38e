import type { Award, CitedDocument, EventKind, FieldConfidence, Person } from '../record';
import type { EventDate } from './dates';
import type { LanguageGuess } from './language';
import type { OrganizerMatch, ScopeResult } from './organizer';
import type { PlaceSpan } from './places';

/** Confidence of a record read from nothing: every field doubtful. */
export const LOW_CONFIDENCE: FieldConfidence = {
  language: 0.3,
  genre: 0.1,
  eventDate: 0.1,
  organizer: 0.1,
  province: 0.1,
  scope: 0.1,
  districts: 0.1,
  people: 0.1,
  documents: 0.1,
  awards: 0.1,
};

export interface ConfidenceInputs {
  readonly analysed: string;
  readonly language: LanguageGuess;
  readonly event: EventDate;
  readonly organizer: OrganizerMatch | null;
  readonly scope: ScopeResult;
  readonly districtMentions: ReadonlyMap<string, readonly PlaceSpan[]>;
  readonly people: readonly Person[];
  /** The people extractor's own confidence in its list. */
  readonly peopleConfidence?: number;
  readonly documents: readonly CitedDocument[];
  readonly awards: readonly Award[];
  readonly kind: EventKind;
  readonly sentences: number;
}

const GENRE_WORDS =
  /(?<!\p{L})(?:hội nghị|kỳ họp|đại hội|phiên họp|cuộc họp|buổi làm việc|lễ|hội thảo|tọa đàm|toạ đàm|tổng kết|sơ kết|chủ trì|phát biểu|đại biểu|conference|meeting|session|congress|ceremony|workshop|chaired|delegates|attended|addressed|speaking at)(?!\p{L})/giu;

const round = (value: number): number => Math.round(Math.min(1, Math.max(0, value)) * 100) / 100;

/**
 * Per-field confidence from how each field was read. Each path has the rate at which it
 * was right on the real-text development corpus (see docs/normalizer.md, "Calibration"):
 * the numbers below are those rates, rounded down, so a field at 0.9 or more is one
 * whose path was right at least 95% of the time there.
 */
export function fieldConfidence(inputs: ConfidenceInputs): FieldConfidence {
  const { language, event, organizer, scope } = inputs;
  const genreHits = Math.min(10, (inputs.analysed.slice(0, 6000).match(GENRE_WORDS) ?? []).length);

  const languageConfidence = !language.confident ? 0.5 : language.share >= 0.8 && language.words >= 20 ? 0.99 : language.share >= 0.65 ? 0.93 : 0.75;

  let genre = 0.2 + genreHits * 0.05;
  if (organizer) genre += 0.2;
  if (event.date) genre += 0.15;
  if (inputs.kind !== 'other') genre += 0.1;
  if (inputs.sentences < 2) genre -= 0.2;

  let eventDate: number;
  if (!event.date || !event.mention) eventDate = 0.2;
  else {
    const byPlace = { lead: 0.97, organizer: 0.9, headline: 0.75, marked: 0.7, opening: 0.6 }[event.place ?? 'opening'];
    const byYear = { written: 1, stamp: 0.99, text: 0.9, reference: 0.85 }[event.yearFrom ?? 'reference'];
    eventDate = byPlace * byYear;
  }

  let organizerConfidence: number;
  if (!organizer) organizerConfidence = 0.2;
  else {
    organizerConfidence = { subject: 0.93, 'event-owner': 0.85, agent: 0.85, office: 0.7 }[organizer.how];
    if (organizer.sentence > 0) organizerConfidence -= 0.25;
    if (organizer.organizer.length > 110) organizerConfidence -= 0.2;
  }

  let province: number;
  switch (scope.provinceFrom) {
    case 'organizer':
    case 'organizer-unit':
      province = 0.97;
      break;
    case 'mentions':
      province = scope.contested ? 0.6 : 0.85;
      break;
    case 'units':
      province = scope.contested ? 0.55 : 0.75;
      break;
    default:
      province = 0.3;
  }
  if (!organizer && province > 0.7) province -= 0.15;

  const scopeConfidence = !organizer ? 0.35 : scope.scopeFrom === 'level-word' ? 0.95 : scope.scopeFrom === 'unit' ? 0.9 : 0.75;

  const mentions = [...inputs.districtMentions.values()];
  let districts: number;
  if (mentions.length === 0) districts = scope.scope === 'province' && organizer ? 0.9 : 0.7;
  else {
    const weak = mentions.filter((list) => list.every((place) => place.bare)).length;
    districts = weak === 0 ? 0.92 : weak === mentions.length ? 0.6 : 0.75;
  }

  return {
    language: round(languageConfidence),
    genre: round(genre),
    eventDate: round(eventDate),
    organizer: round(organizerConfidence),
    province: round(province),
    scope: round(scopeConfidence),
    districts: round(districts),
    people: round(inputs.peopleConfidence ?? (inputs.people.length === 0 ? 0.4 : 0.7)),
    documents: round(inputs.documents.length === 0 ? 0.8 : 0.85),
    awards: round(inputs.awards.length === 0 ? 0.8 : 0.7),
  };
}
