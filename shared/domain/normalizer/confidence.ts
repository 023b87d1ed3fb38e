import type { Award, CitedDocument, EventKind, FieldConfidence, Person } from '../record';
import type { EventDate } from './dates';
import type { LanguageGuess } from './language';
import type { OrganizerMatch } from './organizer';
import type { PlaceSpan } from './places';
import type { ProvinceDecision } from './publisher';
import { stickyOf } from './text';
import { keyOf, type AnalysedText } from './tokens';
import { VI_ALL_LEVEL_WORDS, levelAlternation } from './unit-levels';

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
  readonly scope: ProvinceDecision;
  readonly districtMentions: ReadonlyMap<string, readonly PlaceSpan[]>;
  readonly people: readonly Person[];
  /** The people extractor's own confidence in its list. */
  readonly peopleConfidence?: number;
  readonly documents: readonly CitedDocument[];
  readonly awards: readonly Award[];
  readonly kind: EventKind;
  readonly sentences: number;
  /** The tokens of `analysed`, when the caller has them: the genre words are then counted from them. */
  readonly analysedText?: AnalysedText;
}

// Case-sensitive: under the i flag \p{Lu} would match the "ủy" of "Huyện ủy".
const PLACE_AS_BODY = new RegExp(`^(?:${levelAlternation(VI_ALL_LEVEL_WORDS, { capitalOrNot: true })})\\s+\\p{Lu}`, 'u');

// "12th National Vietnamese Women's Congress", "Preparatory session of the 13th National Women's Congress": the
// event's own name read as its subject; the body that held it is not named there.
const EVENT_AS_BODY = /\b(?:Congress|Session|Conference|Plenum|Ceremony|Festival)$|^(?:(?:preparatory|opening|closing|plenary)\s+)?(?:session|sitting|ceremony)\s+of\b|^(?:Đại hội|Kỳ họp|Kì họp|Hội nghị|Lễ)(?!\p{L})/iu;

// "The Party Committees of Huu Kiem and Mon Son communes": several bodies, of which the report may be about one.
const SEVERAL_BODIES = /\b(?:Committees|Councils|Unions|Fronts|Associations)\s+of\b/;

// "the 7thProvincial People's Council -Session VII", "StandingProvincial": words run together by a page's markup,
// whose reading of the name is not to be trusted as a clean one is.
const RUN_TOGETHER = /\p{Ll}\p{Lu}\p{Ll}|\d(?:st|nd|rd|th)\p{Lu}/u;

// A body named after a place, with no level word: "Vĩnh Thạnh People's Council", "HĐND Vĩnh Thạnh", "Đảng ủy Tân Hiệp",
// "the Party Executive Committee of Tien Minh".
// "Đảng bộ phường A được Ban Thường vụ Thành ủy B lựa chọn", "... were selected by the Standing Committee of B":
// a name read over a passive clause holds two bodies, and the level word of the first may not be the holder's.
const PASSIVE_AGENT = /\s(?:được|bị|do|bởi|by)\s+(?:the\s+)?\p{Lu}/u;
const PLACE_NAMED_BODY =
  /^(?!(?:Vietnam|Viet Nam|National|Central)\b)(?:\p{Lu}[\p{Ll}\p{M}]*\s+){1,3}(?:People['’]s (?:Council|Committee)|Party Committee|Fatherland Front Committee)$|^(?:the\s+)?(?:People['’]s (?:Council|Committee)|Party (?:Executive )?Committee|Fatherland Front Committee)\s+of\s+(?!(?:Vietnam|Viet Nam)\b)\p{Lu}[\p{Ll}\p{M}]*(?:\s+\p{Lu}[\p{Ll}\p{M}]*){0,2}$|^(?:HĐND|UBND|Hội đồng nhân dân|Ủy ban nhân dân|Uỷ ban nhân dân|Đảng ủy|Đảng uỷ)\s+(?!Việt Nam|Trung ương)\p{Lu}[\p{Ll}\p{M}]*(?:\s+\p{Lu}[\p{Ll}\p{M}]*){0,2}$/u;

// "Đoàn giám sát", "the inspection team": a team named by its task alone, whose full name (and the body that
// sent it) the text writes further on.
// ("Đoàn giám sát thực hiện Nghị quyết số 25-NQ/TW": a team named by the document it checks names no sender either.)
const BARE_TEAM = /^(?:Đoàn|Tổ)\s+(?:giám sát|kiểm tra|công tác|khảo sát)(?:\s+(?:việc\s+)?(?:thực hiện|triển khai)\s+(?:Nghị quyết|Chỉ thị|Kết luận|Quy định)\s+(?:số\s+)?\S+)?$|^(?:inspection|supervision|supervisory|working|monitoring)\s+(?:team|delegation|group)$/iu;

/** The routing fields whose confidence is read from the path that produced them. */
export type RoutingField = 'language' | 'eventDate' | 'organizer' | 'province' | 'scope' | 'districts';

/**
 * How each routing field was read: the path names the rule that produced the value
 * ("lead:written" is a date of the lead written with its year). Confidence is a property
 * of the path, measured on the real-text development corpus.
 */
export function confidencePaths(inputs: ConfidenceInputs): Record<RoutingField, string> {
  const { language, event, organizer, scope } = inputs;
  const languagePath = !language.confident ? 'few-words' : language.share >= 0.8 && language.words >= 20 ? 'clear' : language.share >= 0.65 ? 'likely' : 'mixed';
  const eventPath = !event.date || !event.mention ? 'none' : `${event.place ?? 'opening'}:${event.yearFrom ?? 'reference'}`;
  // A name of one word ("Đoàn") or one that runs over a comma or a colon is a weak reading whatever the rule.
  // A unit named as the actor ("huyện Cẩm Giàng tổ chức ...") stands for its bodies: a looser reading than a body's name.
  const organizerShape = !organizer
    ? ''
    : organizer.organizer.length > 110
      ? ':long'
      : /[,:;]/.test(organizer.organizer)
        ? ':clause'
        : !/\s/.test(organizer.organizer.trim())
          ? ':one-word'
          : RUN_TOGETHER.test(organizer.organizer)
            ? ':run-together'
          : BARE_TEAM.test(organizer.organizer.trim())
            ? ':bare-team'
          : EVENT_AS_BODY.test(organizer.organizer.trim())
            ? ':event'
            : PLACE_AS_BODY.test(organizer.organizer) || scope.scopeFrom === 'bare-unit'
            ? ':place'
            : SEVERAL_BODIES.test(organizer.organizer)
              ? ':several'
              : organizer.members
                ? ':members'
              : organizer.loose
                ? ':loose'
                : organizer.elects
                  ? ':elects'
                  : '';
  const organizerPath = !organizer ? 'none' : `${organizer.how}:${organizer.fromHeadline ? 'headline' : organizer.sentence === 0 ? 'lead' : 'later'}${organizerShape}`;
  const provincePath = !scope.provinceFrom ? 'none' : `${scope.provinceFrom}${scope.contested ? ':contested' : ''}${organizer ? (organizer.how === 'honoured' ? ':honoured' : '') : ':no-organizer'}`;
  // "Vĩnh Thạnh People's Council", "HĐND Vĩnh Thạnh": a body named after a place that is no province, with no level
  // word; a district's or commune's as likely as a province's, so the provincial default is a guess.
  const placeNamed = organizer !== null && scope.scopeFrom === 'default' && scope.provinceFrom !== 'organizer' && PLACE_NAMED_BODY.test(organizer.organizer.trim());
  // A level word read from a name that runs over a clause, or is one word, or the event's own name: the name may
  // not be the body's, nor its level word the body's level.
  const looseName = scope.scopeFrom === 'level-word' && (/:(?:clause|long|one-word|event|run-together)$/.test(organizerPath) || organizer?.how === 'honoured');
  const passive = organizer !== null && PASSIVE_AGENT.test(organizer.organizer);
  const scopePath = !organizer
    ? scope.scopeFrom === 'lead-bodies'
      ? 'no-organizer:lead-bodies'
      : 'no-organizer'
    : passive
      ? `${scope.scopeFrom}:passive`
      : placeNamed
        ? 'default:place-named'
        : looseName
          ? 'level-word:loose-name'
          : scope.scopeFrom;
  const mentions = [...inputs.districtMentions.values()];
  const weak = mentions.filter((list) => list.every((place) => place.bare)).length;
  const districtsPath =
    mentions.length === 0 ? (scope.scope === 'province' && organizer ? 'none:provincial-body' : 'none:other') : weak === 0 ? 'named-with-kind' : weak === mentions.length ? 'bare-names' : 'some-bare';
  return { language: languagePath, eventDate: eventPath, organizer: organizerPath, province: provincePath, scope: scopePath, districts: districtsPath };
}

/**
 * Confidence per path: the rate at which the path was right on the real-text development
 * corpus and the clean corpus (docs/normalizer.md, "Calibration"), shrunk toward a prior for paths seen
 * rarely, so that only paths right at least 95% of the time over enough reports reach
 * 0.9. Paths never seen there keep a cautious prior below 0.9.
 */
export const PATH_CONFIDENCE: Readonly<Record<RoutingField, Readonly<Record<string, number>>>> = {
  // Measured with scripts/calibrate-confidence.ts on the 84 reports of tests/fixtures/real and
  // the 17 of tests/fixtures/corpus: (right + 4 x 0.7) / (reports + 4), capped at 0.97; for a
  // field left empty (right + 4 x 0.3) / (reports + 4), capped at 0.45. Paths not seen there
  // have a prior below 0.9. Where the held-out quarter, scored before its misses were read,
  // did worse than the in-sample rate (subject:lead right 8 of 10, level-word 14 of 15), the
  // value counts those first-contact outcomes instead of the later ones.
  language: { clear: 0.97, likely: 0.76, mixed: 0.6, 'few-words': 0.4 },
  eventDate: {
    'lead:written': 0.93,
    'lead:stamp': 0.95,
    'lead:reference': 0.95,
    'lead:text': 0.91,
    'organizer:reference': 0.86,
    'organizer:written': 0.8,
    'organizer:stamp': 0.76,
    'organizer:text': 0.75,
    'marked:reference': 0.76,
    'marked:stamp': 0.76,
    'marked:written': 0.76,
    'headline:written': 0.7,
    // The year of the term a congress opens, where the upload day would give another: a prior, not yet measured.
    'lead:term': 0.76,
    'organizer:term': 0.7,
    // A weekday counted back from the stamp or the upload day: right when the page is the day's news.
    'weekday:stamp': 0.8,
    'weekday:reference': 0.7,
    // "This morning", "hôm nay": the page's own day when it has a stamp; the upload day may be later.
    'relative:stamp': 0.8,
    'relative:reference': 0.6,
    none: 0.24,
  },
  organizer: {
    'subject:lead': 0.93,
    'subject:lead:place': 0.8,
    'subject:lead:clause': 0.75,
    // The event's own name read as the body ("12th National Vietnamese Women's Congress"): right in none of 3.
    'subject:lead:event': 0.4,
    'subject:later:clause': 0.7,
    'event-owner:lead:one-word': 0.55,
    'subject:lead:one-word': 0.6,
    'event-owner:lead': 0.84,
    'agent:lead': 0.8,
    'office:lead': 0.76,
    'subject:later': 0.86,
    'event-owner:later': 0.82,
    'agent:later': 0.76,
    // Read from the headline when the story names no body (right once in the fresh set: the prior).
    'subject:headline': 0.76,
    // No organizer read: right (the label has none either) in 1 of 8 on the real-text sets.
    none: 0.15,
  },
  province: {
    organizer: 0.97,
    'organizer-unit': 0.92,
    mentions: 0.92,
    units: 0.8,
    'mentions:no-organizer': 0.8,
    'mentions:contested': 0.6,
    'units:contested': 0.55,
    'units:no-organizer': 0.6,
    // Told by the unit a ceremony honours, read as its host for want of one named: as good as the place names it rests on (a prior, not yet measured).
    'organizer:honoured': 0.8,
    'organizer-unit:honoured': 0.8,
    // A commune of before the reorganisation, named alone: the commune list of 2024-2025 lacks
    // communes merged earlier (right once in one report of the real corpus: the prior).
    'former-commune': 0.76,
    // A national body's event tied to one province by its host or bridge point (right once in the fresh set: the prior).
    host: 0.76,
    'host:no-organizer': 0.6,
    // The text names no province; the page's publisher does (scripts/measure-publisher.ts on
    // the real-text corpora: its province is the label's in 16 of 16 reports whose organizer
    // is not national, and in 5 of 5 where it was taken). Few reports: (5 + 4 x 0.7) / 9 = 0.87,
    // held under 0.9 so that a page's masthead alone never routes as surely as the text.
    publisher: 0.85,
    // An unnamed provincial body under a province's dateline: the text never states the tie (a prior, not yet measured).
    dateline: 0.76,
    'publisher:no-organizer': 0.7,
    // The text names no province; a person it names held one province's top post on the day: right in 15 of 15
    // reports of the real-text sets, (15 + 4 x 0.7) / 19 = 0.93, held at 0.85 like the publisher's: the table of
    // holders may lag a change of post, and a post is not a place the text writes.
    leader: 0.85,
    'leader:no-organizer': 0.7,
    // A national body's event tied to a province by its leader: right once in the real-text sets, below the
    // routing threshold (the leader may be the body's guest elsewhere): held for review.
    'leader-host': 0.55,
    // The organizer is a unit's bare name, one unit of the country bears it ("Đô Lương tổ chức ..."): right once in
    // the real-text sets, whose labels take the province from the portal (a prior, not yet measured).
    'bare-unit': 0.7,
    // No province read: on the real-text sets the label names one in 26 of 37 such reports (a page
    // that never writes its province, nor a leader the table knows), so "unknown" is right 3 times in 10.
    none: 0.29,
  },
  // 'no-organizer:lead-bodies': no organizer, the opening names a commune's or ward's bodies only (a prior, not yet measured).
  // 'default:place-named': the default for a body named after a place that is no province (a prior).
  // 'level-word:loose-name': the level word of an organizer read as a clause, a long or one-word name or the event's
  // own name: right in 17 of 19 reports of the nine labelled sets, (17 + 4 x 0.7) / 23 = 0.86.
  // '...:passive': a name read over a passive clause ("A được B lựa chọn"): whose level it is, is a guess (a prior).
  // 'bare-unit': the level of the unit whose bare name the organizer is; the body may be another level's (a prior).
  scope: { 'bare-unit': 0.7, 'level-word:passive': 0.6, 'default:passive': 0.6, 'level-word': 0.95, default: 0.92, unit: 0.85, 'no-organizer': 0.45, 'no-organizer:lead-bodies': 0.6, 'default:place-named': 0.6, 'level-word:loose-name': 0.86 },
  districts: { 'none:provincial-body': 0.96, 'none:other': 0.95, 'named-with-kind': 0.95, 'some-bare': 0.8, 'bare-names': 0.8 },
};

/** A path the table does not list: a cautious value, below the 0.9 a router may act on alone. */
const UNSEEN_PATH = 0.6;

const GENRE_WORDS =
  /(?<!\p{L})(?:hội nghị|kỳ họp|đại hội|phiên họp|cuộc họp|buổi làm việc|lễ|hội thảo|tọa đàm|toạ đàm|tổng kết|sơ kết|chủ trì|phát biểu|đại biểu|conference|meeting|session|congress|ceremony|workshop|chaired|delegates|attended|addressed|speaking at)(?!\p{L})/giu;

/** Matches of a global pattern, counted up to `limit`: the count is capped, so the scan stops there. */
function countUpTo(pattern: RegExp, text: string, limit: number): number {
  pattern.lastIndex = 0;
  let count = 0;
  while (count < limit && pattern.exec(text)) count++;
  pattern.lastIndex = 0;
  return count;
}

// The genre words are counted in the opening of the report, up to a cap.
const GENRE_REACH = 3000;
const GENRE_CAP = 10;

/**
 * Key forms of the first words of GENRE_WORDS' phrases, read from the pattern; null when it is
 * not a list of plain phrases between letter bounds (the tokens cannot then tell its matches).
 */
function genreFirstWords(): ReadonlySet<string> | null {
  const shape = /^\(\?<!\\p\{L\}\)\(\?:(.*)\)\(\?!\\p\{L\}\)$/u.exec(GENRE_WORDS.source);
  if (!shape) return null;
  const phrases = shape[1]!.split('|');
  if (phrases.some((phrase) => !/^\p{L}+(?: \p{L}+)*$/u.test(phrase))) return null;
  return new Set(phrases.map((phrase) => keyOf(phrase.split(' ')[0]!)));
}

const GENRE_FIRST_WORDS = genreFirstWords();
const STICKY_GENRE_WORDS = stickyOf(GENRE_WORDS);
// "ſ" matches "s" under `iu` but lower-cases to itself: a text holding it (or the Kelvin sign) is scanned whole.
const CASE_FOLDS_APART = /[\u017f\u212a]/;

// Letters (\p{L}) by code unit: 1 a letter, 2 not, 0 not asked yet. Surrogate halves read as not
// letters, which only adds places to try.
const LETTER_UNITS = new Uint8Array(0x10000);
const LETTER = /\p{L}/u;

function isLetterUnit(code: number): boolean {
  let found = LETTER_UNITS[code]!;
  if (found === 0) {
    found = LETTER.test(String.fromCharCode(code)) ? 1 : 2;
    LETTER_UNITS[code] = found;
  }
  return found === 1;
}

/**
 * GENRE_WORDS' matches in the first GENRE_REACH characters, counted up to GENRE_CAP: the
 * count of `countUpTo` over that slice, read from the tokens.
 *
 * The scan tried every phrase at every position. A phrase opens with a letter after a
 * non-letter, so it starts at a word token, or inside one after a digit, a mark or its
 * apostrophe ("5lễ", "conference's" holds "conference"). A token of letters only is the first
 * word of the match whole, so it is tried only when its key is a phrase's first word; a token
 * holding anything else (or cut by the end of the opening) is tried at its start and after each
 * non-letter in it. The sticky pattern decides at each place, in text order, resuming after its
 * last match: the matches of the scan, at the cost of one look-up per word.
 */
export function genreWordCount(analysed: string, analysedText?: AnalysedText): number {
  const head = analysed.slice(0, GENRE_REACH);
  if (!analysedText || analysedText.text !== analysed || !GENRE_FIRST_WORDS || CASE_FOLDS_APART.test(head)) return countUpTo(GENRE_WORDS, head, GENRE_CAP);
  let count = 0;
  let next = 0;
  const tryAt = (at: number): void => {
    if (at < next) return;
    STICKY_GENRE_WORDS.lastIndex = at;
    const match = STICKY_GENRE_WORDS.exec(head);
    if (!match) return;
    count++;
    next = at + Math.max(1, match[0].length);
  };
  for (const token of analysedText.tokens) {
    if (token.start >= head.length || count >= GENRE_CAP) break;
    if (token.kind !== 'word') continue;
    // A word cut by the end of the opening is not whole there: it is read as one holding other characters.
    let pure = token.end <= head.length;
    for (let k = token.start; k < token.end && pure; k++) pure = isLetterUnit(analysed.charCodeAt(k));
    if (pure) {
      if (GENRE_FIRST_WORDS.has(token.key)) tryAt(token.start);
      continue;
    }
    tryAt(token.start);
    for (let k = token.start + 1; k < token.end && k < head.length && count < GENRE_CAP; k++) {
      if (!isLetterUnit(analysed.charCodeAt(k - 1)) && isLetterUnit(analysed.charCodeAt(k))) tryAt(k);
    }
  }
  return count;
}

/** GENRE_WORDS' matches in the opening counted by the whole-text scan: the reference {@link genreWordCount} must equal. */
export function genreWordCountByScan(analysed: string): number {
  return countUpTo(GENRE_WORDS, analysed.slice(0, GENRE_REACH), GENRE_CAP);
}

const round = (value: number): number => Math.round(Math.min(1, Math.max(0, value)) * 100) / 100;

/** Per-field confidence: the routing fields from their paths, the others from what was found. */
export function fieldConfidence(inputs: ConfidenceInputs): FieldConfidence {
  const paths = confidencePaths(inputs);
  const of = (field: RoutingField): number => PATH_CONFIDENCE[field][paths[field]] ?? UNSEEN_PATH;
  // Genre: words of the genre in the opening, a body that held something, a date, a kind.
  const genreHits = genreWordCount(inputs.analysed, inputs.analysedText);
  let genre = 0.2 + genreHits * 0.05;
  if (inputs.organizer) genre += 0.2;
  if (inputs.event.date) genre += 0.15;
  if (inputs.kind !== 'other') genre += 0.1;
  if (inputs.sentences < 2) genre -= 0.2;
  return {
    language: round(of('language')),
    genre: round(genre),
    eventDate: round(of('eventDate')),
    organizer: round(of('organizer')),
    province: round(of('province')),
    scope: round(of('scope')),
    districts: round(of('districts')),
    people: round(inputs.peopleConfidence ?? (inputs.people.length === 0 ? 0.4 : 0.7)),
    documents: round(inputs.documents.length === 0 ? 0.8 : 0.85),
    awards: round(inputs.awards.length === 0 ? 0.8 : 0.7),
  };
}
