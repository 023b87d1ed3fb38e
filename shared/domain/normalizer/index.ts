import { createHash } from 'node:crypto';
import { currentSuccessorsOf, type ProvinceConfig } from '../../config/province-config';
import type { Award, EventKind, FieldConfidence, FieldEvidence, NormalizedReport, Person, ReportSource, Topic } from '../record';
import { SCHEMA_VERSION } from '../record-vocabulary';
import { extractAwards, type AwardsResult } from './awards';
import { extractEventDate, findDates, type EventDate } from './dates';
import { eraAt, provinceNameOn, provincesNamed } from '../gazetteer';
import { LOW_CONFIDENCE, confidencePaths, fieldConfidence, type RoutingField } from './confidence';
export { PATH_CONFIDENCE, type RoutingField } from './confidence';
import { readLayout, type PageLayout } from './page';
import { unitMentions, withoutPersonNames } from './districts';
import { extractDocuments, type DocumentMention, type DocumentsResult } from './documents';
import { extractEventKind, kindForOrganizer, kindFromStory, kindOfEventSubject, kindOfVerb } from './event-kind';
import { detectLanguage } from './language';
import { withBareUnitOrganizer } from './bare-unit';
import { extractOrganizer, holdsBodyWord, resolveScope, spelledOut, withoutHolderName, yearsInOrganizerName, type OrganizerMatch, type ScopeResult } from './organizer';
import { extractPeople, type PeopleResult } from './people';
import { withLeaderProvince } from './leader-province';
import { findPublisher, withDatelineProvince, withPublisherProvince, type ProvinceDecision } from './publisher';
import { buildGazetteer, closingByline, type Gazetteer, type PlaceSpan } from './places';
import { spanIndex } from './span-index';
import { cutTitle, extractSummary, extractTitle } from './summary';
import { extractTasks } from './tasks';
import { fold, type Sentence } from './text';
import { analyse, type AnalysedText } from './tokens';
import { extractTopics } from './topics';

export interface NormalizeOptions {
  /** ISO date the report was uploaded; resolves dates written without a year. */
  readonly referenceDate: string;
  readonly config: ProvinceConfig;
  readonly source?: ReportSource;
  /** The address the page says it was published at; its host may tell the publisher (else `source.pageAddress`). */
  readonly pageAddress?: string;
}

/** Reports are a few pages; beyond this the rest is not read (and a warning says so). */
export const MAX_ANALYSED_CHARS = 200_000;

const NO_EVENT_DATE: EventDate = { date: null, partOfDay: null, mention: null, yearFrom: null, place: null };
const NO_SCOPE: ScopeResult = { province: null, scope: 'province', organizerUnit: null, provinceFrom: null, scopeFrom: 'default', provinceSpans: [], scopeSpans: [], contested: false };
// "Báo Hải Dương", "báo điện tử Hải Dương", "Đài PT-TH Hải Dương", "Hai Duong Newspaper" name the paper, not the story's province.
const NEWSPAPER_BEFORE = /(?:^|[^\p{L}])(?:báo(?: điện tử)?|đài(?: pt-th| phát thanh(?: và| -)? truyền hình)?|newspaper|cổng thông tin(?: điện tử)?|ctttđt|cttđt)\s+(?:tỉnh\s+)?$/iu;
// "Follow Tay Ninh Newspaper on", "Hai Duong Online Newspaper", "Thanh Hoa Radio and Television": an English
// paper's or station's name puts the word after the place.
const NEWSPAPER_AFTER = /^\s+(?:(?:online\s+|electronic\s+)?newspaper|radio(?:\s+(?:and|&)\s+television)?|television)(?!\p{L})/iu;

const successorCache = new WeakMap<ProvinceConfig, Map<string, readonly string[] | null>>();

/** The units that carry on a ceased unit of the config, or null for a unit that has not ceased. */
function formerUnitSuccessors(config: ProvinceConfig, unitId: string): readonly string[] | null {
  let cache = successorCache.get(config);
  if (!cache) {
    cache = new Map();
    successorCache.set(config, cache);
  }
  let successors = cache.get(unitId);
  if (successors === undefined) {
    const unit = config.units.find((candidate) => candidate.id === unitId);
    successors = unit?.ceased ? currentSuccessorsOf(config, unitId) : null;
    cache.set(unitId, successors);
  }
  return successors;
}

// Bodies of a commune or ward, by their level word: "UBND xã Xuân Định", "Đảng ủy phường", "HĐND phường Phú Xuân",
// "the People's Committee of Thu Dau Mot ward", "the commune People's Council". ("xã hội", society, is no commune.)
const COMMUNE_BODY =
  /(?<!\p{L})(?:UBND|HĐND|Ủy ban nhân dân|Uỷ ban nhân dân|Hội đồng nhân dân|Đảng ủy|Đảng uỷ|Đảng bộ|Ủy ban MTTQ(?: Việt Nam)?|Uỷ ban MTTQ(?: Việt Nam)?)\s+(?:xã|phường|thị trấn|đặc khu)(?!\s+hội(?!\p{L}))(?!\p{L})|\b(?:commune|ward|township)(?:-level)?\s+(?:People['’]s Committee|People['’]s Council|Party Committee)|\b(?:People['’]s Committee|People['’]s Council|Party Committee)\s+of\s+(?:\p{Lu}[\p{L}-]*\s+){1,4}(?:commune|ward|township)\b/u;
// A body or place of a higher level in the same lines: the event may be theirs.
const HIGHER_LEVEL = /(?<!\p{L})(?:tỉnh|huyện|quận|thị xã|thành phố|tỉnh ủy|tỉnh uỷ|huyện ủy|huyện uỷ|thành ủy|thành uỷ|thị ủy|thị uỷ|TP\.?|Trung ương|Quốc hội|Chính phủ|provinc(?:e|ial)|district|city|town|municipal|central|national)(?!\p{L})/iu;

/**
 * The scope when no organizer was read: a commune's when the headline and lead name a commune's
 * or ward's body ("Chiều 4/2, tại hội trường UBND xã Xuân Định đã tổ chức hội nghị ...") and no
 * body or place of a higher level. A weaker reading than a named organizer's level word.
 */
function withLeadBodiesScope(scope: ProvinceDecision, opening: readonly Sentence[]): ProvinceDecision {
  if (scope.scope !== 'province' || scope.scopeFrom !== 'default') return scope;
  let body: { start: number; end: number } | null = null;
  for (const sentence of opening) {
    if (HIGHER_LEVEL.test(sentence.text)) return scope;
    const found: RegExpExecArray | null = body ? null : COMMUNE_BODY.exec(sentence.text);
    if (found) body = { start: sentence.start + found.index, end: sentence.start + found.index + found[0].length };
  }
  return body ? { ...scope, scope: 'commune', scopeFrom: 'lead-bodies', scopeSpans: [body] } : scope;
}

const isMunicipality = (province: string): boolean => provincesNamed(province).some((found) => found.kind === 'municipality');

const gazetteers = new WeakMap<ProvinceConfig, Gazetteer>();

function gazetteerFor(config: ProvinceConfig): Gazetteer {
  let gazetteer = gazetteers.get(config);
  if (!gazetteer) {
    gazetteer = buildGazetteer(config);
    gazetteers.set(config, gazetteer);
  }
  return gazetteer;
}

// The patterns below match only what they change: a lone space between words (most of
// the text) is no match, and a line break is found before its context is looked at.
// Each reads exactly as the plainer pattern in its comment.
// /\r\n?/ -> '\n', then /[\u200b-\u200d\ufeff]/ -> '', then control characters -> ' '
// (\r is gone before the control range is read, and nothing here joins two matches).
const STRAY = /\r\n?|[\u200b-\u200d\ufeff]|[\u0000-\u0008\u000b-\u001f\u007f\ufffd]/g;
const strayReplacement = (found: string): string => (found.charCodeAt(0) === 0x0d ? '\n' : found <= '\u001f' || found === '\u007f' || found === '\ufffd' ? ' ' : '');
// / ?\n[ \n]*/ -> '\n' (a lone line break, most of them, is left as it is)
const PARAGRAPH_BREAK = / \n[ \n]*|\n[ \n]+/g;
// /[ \t\u00a0\u2000-\u200a\u202f\u205f\u3000]+/ -> ' '
const BLANKS = / [ \t\u00a0\u2000-\u200a\u202f\u205f\u3000]+|[\t\u00a0\u2000-\u200a\u202f\u205f\u3000][ \t\u00a0\u2000-\u200a\u202f\u205f\u3000]*/g;
// /([^.!?:;"”)\n])\n(?=[\p{Ll}\d])/u -> '$1 ' (a line wrapped inside a sentence, as from a
// PDF or an e-mail, continues in lower case; a line that opens with a full date is a
// publication stamp, not the rest of the line above)
const WRAPPED = /\n(?<=[^.!?:;"”)\n]\n)(?=\p{Ll}|\d(?!\d?\s?[/.-]\s?\d{1,2}\s?[/.-]\s?(?:19|20)\d{2}))/gu;
// /(,|(?<!\p{L})(?:of|the|and|for|to|by|của|và|các|cho|với|do))\n/u -> '$1 '
const WRAPPED_AFTER_WORD = /\n(?<=(?:,|(?<!\p{L})(?:of|the|and|for|to|by|của|và|các|cho|với|do))\n)/gu;

// "8_VinhThanh_29072016Vĩnh Thạnh People’s Council closed ...": a photo's file name glued to the caption it opens.
const PHOTO_FILE_NAME = /^(?=[\w-]*\d)[A-Za-z\d-]+(?:_[A-Za-z\d-]+){2,}(?=\p{Lu})/gmu;

/** Line breaks kept (they end paragraphs); other whitespace and control characters collapsed. */
function cleanText(text: string): string {
  const joined = text
    .replace(STRAY, strayReplacement)
    .replace(BLANKS, ' ')
    .replace(PARAGRAPH_BREAK, '\n')
    .replace(WRAPPED, ' ')
    .replace(WRAPPED_AFTER_WORD, ' ');
  // A photo's file name has underscores: a text without one has no file name to cut.
  return (joined.includes('_') ? joined.replace(PHOTO_FILE_NAME, '') : joined).trim();
}

// /\s+/ -> ' ' for the content hash, leaving a lone space (nearly every match) alone.
const HASH_BLANKS = /[^\S ]\s*| \s+/g;

function looksBinary(text: string): boolean {
  if (text.length === 0) return false;
  const sample = text.slice(0, 4096);
  const bad = (sample.match(/[\u0000-\u0008\u000e-\u001f\ufffd]/g) ?? []).length;
  return bad / sample.length > 0.05;
}

/**
 * Turns the text of a conference report into the normalized record. Pure and
 * deterministic: the same text, reference date and config give the same record, and
 * no input makes it throw; what could not be read is said in `warnings`.
 */
export function normalizeReport(text: string, options: NormalizeOptions): NormalizedReport {
  return readReport(text, options).record;
}

/**
 * The record with the path each routing field's confidence was read from: what the
 * calibration of {@link PATH_CONFIDENCE} measures on a labelled corpus.
 */
export function normalizeReportWithPaths(text: string, options: NormalizeOptions): { readonly record: NormalizedReport; readonly paths: Record<RoutingField, string> | null } {
  return readReport(text, options);
}

function readReport(text: string, options: NormalizeOptions): { record: NormalizedReport; paths: Record<RoutingField, string> | null } {
  const input = typeof text === 'string' ? text : '';
  const nfc = input.normalize('NFC');
  const clean = nfc.replace(HASH_BLANKS, ' ').trim();
  const contentHash = createHash('sha256').update(clean).digest('hex');
  const warnings: string[] = [];
  const guard = <T>(what: string, fallback: T, run: () => T): T => {
    try {
      return run();
    } catch (error) {
      warnings.push(`${what} could not be read: ${error instanceof Error ? error.message : String(error)}`);
      return fallback;
    }
  };

  if (looksBinary(nfc)) warnings.push('the text looks binary or garbled; fields may be missing');
  let analysed = cleanText(nfc);
  if (analysed.length > MAX_ANALYSED_CHARS) {
    warnings.push(`the text has ${analysed.length} characters; only the first ${MAX_ANALYSED_CHARS} were read`);
    analysed = analysed.slice(0, MAX_ANALYSED_CHARS);
  }
  if (!analysed) warnings.push('the report is empty');

  const folded = fold(analysed);
  const guess = detectLanguage(analysed, folded);
  const language = guess.language;
  if (analysed && !guess.confident) warnings.push('language could not be told with confidence');
  // The shared span layer: tokens and sentences cut once, read by every extractor.
  const analysedText: AnalysedText = guard('tokens', analyse(''), () => analyse(analysed, folded));
  const sentences: readonly Sentence[] = analysedText.sentences;
  const layout: PageLayout = guard('layout', { headline: null, lead: null, furniture: [], published: null }, () => readLayout(analysed, sentences));
  const headlineSentence = layout.headline !== null ? sentences[layout.headline] : undefined;
  const leadIndex = layout.lead ?? 0;
  const leadSentence = sentences[leadIndex];
  const story = sentences.slice(leadIndex);
  const lead = leadSentence?.text ?? '';
  const leadStart = leadSentence?.start ?? 0;
  const leadEnd = leadSentence ? leadSentence.start + leadSentence.text.length : 0;

  // A headline is a summary ("Thanh Miện sơ kết ..."): its subject is a place, not the body.
  const organizer: OrganizerMatch | null = guard('organizer', null, () => {
    const fromHeadline = (): OrganizerMatch | null => (headlineSentence ? extractOrganizer([headlineSentence], language, { headline: true }) : null);
    const fromStory = extractOrganizer(story, language, headlineSentence ? { above: headlineSentence } : {});
    // A holder read only in a later sentence ("Ngoài ra, Hội còn ... tổ chức các hoạt động ...") is less sure than the one
    // the headline names ("Thường trực Huyện ủy Tứ Kỳ gặp mặt ..."): a lead that names none leaves the headline's.
    if (fromStory && fromStory.sentence > 1) {
      const headline = fromHeadline();
      if (headline && headline.how === 'subject' && holdsBodyWord(headline.organizer)) return headline;
    }
    return fromStory ?? fromHeadline();
  });
  if (!organizer) warnings.push('organizer not found');
  const sentenceHolding = (offset: number): Sentence | undefined => sentences.find((sentence) => offset >= sentence.start && offset < sentence.start + sentence.text.length);
  const organizerSentence = organizer ? sentenceHolding(organizer.start) : undefined;
  const dates = guard('dates', [], () => findDates(analysed));
  const documentsRead: DocumentsResult = guard('documents', { mentions: [], documents: [], confidence: 0 }, () => extractDocuments(analysedText, dates, options.referenceDate));
  const documentMentions: DocumentMention[] = documentsRead.mentions;
  const documents = documentsRead.documents;
  const event: EventDate = guard('event date', NO_EVENT_DATE, () =>
    extractEventDate(analysed, dates, {
      excluded: [...documentMentions, ...layout.furniture, ...yearsInOrganizerName(analysed, organizer)],
      leadStart,
      leadEnd,
      headline: headlineSentence ? { start: headlineSentence.start, end: headlineSentence.start + headlineSentence.text.length } : null,
      referenceDate: options.referenceDate,
      published: layout.published,
      organizerSentence: organizerSentence ? { start: organizerSentence.start, end: organizerSentence.start + organizerSentence.text.length } : null,
    }),
  );
  if (!event.date) warnings.push('event date not found');

  // Places in the page's furniture (datelines, stamps) and in a newspaper's name ("Báo Hải Dương") are not the story's.
  const allPlaces: PlaceSpan[] = guard('places', [], () => gazetteerFor(options.config).find(analysed, folded, event.date ?? options.referenceDate, analysedText.tokens));
  const furniture = spanIndex(layout.furniture);
  // A closing byline ("THANH HÀ") names the writer, not a place of the story.
  const byline = closingByline(analysed);
  const places = allPlaces.filter(
    (place) =>
      !furniture.contains(place.start, place.end) &&
      !NEWSPAPER_BEFORE.test(analysed.slice(Math.max(0, place.start - 40), place.start)) &&
      !NEWSPAPER_AFTER.test(analysed.slice(place.end, place.end + 24)) &&
      !(byline && place.start >= byline.start && place.end <= byline.end),
  );

  const kindOfEvent = (): EventKind => {
    const where = organizerSentence;
    // An event's owner was read from the words that name the event: they tell its kind.
    const fromEvent = organizer?.eventWords ? extractEventKind(organizer.eventWords, 0) : 'other';
    if (fromEvent !== 'other') return fromEvent;
    const fromSubject = organizer ? kindOfEventSubject(organizer.organizer) : null;
    if (fromSubject) return fromSubject;
    const kindAfterVerb = where && organizer ? extractEventKind(where.text, organizer.verbIndex) : extractEventKind(lead, 0);
    if (kindAfterVerb !== 'other') return kindAfterVerb;
    const byVerb = where && organizer ? kindOfVerb(where.text.slice(organizer.verbIndex), organizer.organizer) : 'other';
    if (byVerb !== 'other') return byVerb;
    // "The 22nd session of ... opened": the kind is in the subject.
    const fromSentence = extractEventKind(where?.text ?? lead, 0);
    const fromHeadline = fromSentence === 'other' && headlineSentence ? extractEventKind(headlineSentence.text, 0) : fromSentence;
    // "Khối thi đua ... ký kết giao ước thi đua" over "..., khối thi đua ... đã tổ chức hội nghị ký kết ...": a
    // headline's body whose verb names no kind; the lead under it names the event.
    const fromLead = fromHeadline === 'other' && organizer?.fromHeadline ? extractEventKind(lead, 0) : fromHeadline;
    if (fromLead !== 'other') return fromLead;
    // "X chaired a meeting of ... on September 9": the sentence the event's date was read from names its sitting.
    const dated = event.mention;
    const dateSentence = !organizer && dated ? sentenceHolding(dated.start) : undefined;
    const fromDateSentence = dateSentence && dateSentence !== leadSentence ? extractEventKind(dateSentence.text, 0) : 'other';
    if (fromDateSentence !== 'other') return fromDateSentence;
    // "Also at the ceremony, ...": a later sentence may name the sitting the lead does not.
    return kindFromStory(story.map((sentence) => sentence.text));
  };
  // The organizer then settles what its sitting is: only a council sits in session, a team inspects.
  const kind: EventKind = guard('event kind', 'other', () => kindForOrganizer(kindOfEvent(), organizer?.organizer ?? null, organizerSentence?.text ?? lead));
  if (kind === 'other') warnings.push('kind of event not recognized');

  const people: PeopleResult = guard('people', { people: [], mentions: [], nameSpans: [], confidence: 0 }, () => extractPeople(analysedText, places, language));
  // A unit's name inside a person's name is not a place.
  const storyPlaces = withoutPersonNames(places, people.nameSpans);
  const organizerNamed = spelledOut(withoutHolderName(organizer, people.nameSpans, places, language), story);
  const decideScope = (extra: readonly PlaceSpan[]): ScopeResult =>
    resolveScope(organizerNamed, [...storyPlaces.filter((place) => !place.nameOnly), ...extra], options.config.province.name, language, {
      leadEnd,
      isMunicipality,
      communeEra: eraAt(event.date ?? options.referenceDate) === 'commune-era',
      organizerSentence: organizerSentence ? { start: organizerSentence.start, end: organizerSentence.start + organizerSentence.text.length } : null,
      text: analysed,
    });
  const textScope: ScopeResult = guard('province and scope', NO_SCOPE, () => decideScope([]));
  // A text that names no province may still carry its publisher's (masthead, source code, footer): a weak reading.
  const publisherScope: ProvinceDecision = guard('publisher', textScope, () =>
    textScope.province !== null ? textScope : withPublisherProvince(textScope, findPublisher(analysedText, layout, event.date ?? options.referenceDate, options.config, options.pageAddress ?? options.source?.pageAddress), organizerNamed, `${headlineSentence?.text ?? ''}\n${lead}`, (place) => decideScope([place])),
  );
  // Neither the text nor the page's publisher names one: an unnamed provincial body under a province's dateline is that province's.
  const datelineScope: ProvinceDecision = guard('dateline', publisherScope, () => {
    if (publisherScope.province !== null) return publisherScope;
    const datelines = layout.furniture.filter((span) => span.kind === 'dateline');
    const datelinePlaces = allPlaces.filter((place) => place.level === 'province' && place.province !== null && !place.nameOnly && datelines.some((span) => place.start >= span.start && place.end <= span.end));
    return withDatelineProvince(publisherScope, datelinePlaces, organizerNamed, isMunicipality, (place) => decideScope([place]));
  });
  // Nothing names the province, but a person of the story held one province's top post on the day.
  const leaderScope: ProvinceDecision = guard('leader', datelineScope, () =>
    withLeaderProvince(datelineScope, people.mentions, organizerNamed, `${headlineSentence?.text ?? ''}\n${lead}`, event.date ?? options.referenceDate, (place) => decideScope([place])),
  );
  // Nothing names the province, but the organizer is a unit's bare name that one unit of the country bears.
  const bareUnitScope: ProvinceDecision = guard('bare unit', leaderScope, () => withBareUnitOrganizer(leaderScope, organizerNamed, event.date ?? options.referenceDate, (place) => decideScope([place])));
  // No body was read as the organizer: the headline and lead may still speak only of a commune's or ward's bodies.
  const scope: ProvinceDecision = guard('scope from the lead', bareUnitScope, () =>
    organizerNamed ? bareUnitScope : withLeadBodiesScope(bareUnitScope, [headlineSentence, leadSentence].filter((sentence): sentence is Sentence => sentence !== undefined)),
  );
  if (scope.province === null) warnings.push('no province named');
  else if (scope.provinceFrom === 'dateline') warnings.push("no province named in the text; read from the dateline");
  else if (scope.provinceFrom === 'leader' || scope.provinceFrom === 'leader-host') warnings.push('no province named in the text; read from the post a person named held');
  else if (scope.provinceFrom === 'bare-unit') warnings.push("no province named in the text; read from the unit the organizer's bare name is");
  else if (scope.provinceFrom === 'publisher') {
    warnings.push(scope.provinceSpans.length > 0 ? "no province named in the text; read from the page's publisher" : "no province named in the text; read from the page's address");
  }
  if (scope.scope !== 'province' && !scope.organizerUnit && scope.province === options.config.province.name) {
    warnings.push('unit-level organizer whose unit could not be told');
  }

  // A former unit (ceased, with successors) concerns the units that took over its area.
  const districtMentions = guard('districts', new Map<string, PlaceSpan[]>(), () => unitMentions(storyPlaces, (unit) => formerUnitSuccessors(options.config, unit)));
  const districts = [...districtMentions.keys()];
  const eventYear = event.date ? Number(event.date.slice(0, 4)) : null;
  const awardsRead: AwardsResult = guard('awards', { awards: [], confidence: 0 }, () => extractAwards(analysedText, eventYear, language, people.mentions, event.date));
  const awards: Award[] = awardsRead.awards;
  const tasks = guard('tasks', [], () => extractTasks(story, language));
  const topics: Topic[] = guard('topics', ['other'] as Topic[], () => extractTopics(analysed, headlineSentence ? `${headlineSentence.text} ${lead}` : lead, folded));
  const title = guard('title', '', () => (headlineSentence ? cutTitle(headlineSentence.text) : extractTitle(analysed, lead)));
  const summary = guard('summary', '', () => extractSummary(story, title));
  const peopleOut: Person[] = people.people;
  if (analysed && peopleOut.length === 0) warnings.push('no named participants found');

  const quote = (span: { start: number; end: number }) => ({ start: span.start, end: span.end, quote: analysed.slice(span.start, span.end) });
  const evidence: FieldEvidence = {
    eventDate: event.mention ? [quote(event.mention)] : [],
    organizer: organizerNamed ? [quote(organizerNamed)] : [],
    province: scope.provinceSpans.map(quote),
    scope: scope.scopeSpans.map(quote),
    districts: Object.fromEntries([...districtMentions.entries()].map(([unit, spans]) => [unit, spans.slice(0, 5).map(quote)])),
  };
  const confidenceInputs = { analysed, language: guess, event, organizer: organizerNamed, scope, districtMentions, people: peopleOut, peopleConfidence: people.confidence, documents, awards, kind, sentences: story.length, analysedText };
  const confidence: FieldConfidence = guard('confidence', LOW_CONFIDENCE, () => fieldConfidence(confidenceInputs));
  const paths = guard('confidence paths', null, () => confidencePaths(confidenceInputs));
  // The people, documents and awards extractors measure their own confidence.
  confidence.documents = Math.round(documentsRead.confidence * 100) / 100;
  confidence.awards = Math.round(awardsRead.confidence * 100) / 100;

  const record: NormalizedReport = {
    schemaVersion: SCHEMA_VERSION,
    reportId: `r-${contentHash.slice(0, 20)}`,
    contentHash,
    language,
    title,
    summary,
    event: { date: event.date, partOfDay: event.partOfDay, kind },
    organizer: organizerNamed?.organizer ?? null,
    // A province renamed since ("Thua Thien Hue", a city from 2025) is named as it was on the event's day.
    province: scope.province === null || scope.province === options.config.province.name ? scope.province : provinceNameOn(scope.province, event.date ?? options.referenceDate),
    scope: scope.scope,
    organizerUnit: scope.organizerUnit,
    districts,
    people: peopleOut,
    documents,
    awards,
    tasks,
    topics,
    warnings,
    evidence,
    confidence,
    ...(options.source ? { source: options.source } : {}),
  };
  return { record, paths };
}
