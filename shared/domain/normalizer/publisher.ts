/**
 * The publisher of a page: the provincial newspaper, portal or radio-television station
 * whose masthead, source code, byline, footer or web address the page carries ("(LSO) –",
 * "BHG -", "Báo Lạng Sơn", "Cổng thông tin điện tử tỉnh Tây Ninh", "baonghean.vn").
 *
 * Provincial pages often never write their province's name: "Tỉnh ủy", "HĐND tỉnh", "the
 * provincial Party Committee" are the paper's own province. The publisher tells it, but only
 * weakly: a provincial paper also reports national news and other provinces. It is read
 * only from the page's furniture (the lines above the lead, the lead's dateline, the last
 * lines), and used only when the text itself names no province (see
 * {@link withPublisherProvince}).
 */
import type { ProvinceConfig } from '../../config/province-config';
import { eraAt, provinceByCode, provincesNamed, successorOfProvince, type Era, type GazetteerProvince } from '../gazetteer';
import { isNationalBody, type OrganizerMatch, type ScopeResult } from './organizer';
import type { PageLayout } from './page';
import type { PlaceSpan } from './places';
import { PUBLISHERS_FILE, readPackFile } from './packs';
import { fold, stripDiacritics } from './text';
import type { AnalysedText } from './tokens';
import { VI_ALL_LEVEL_WORDS, levelAlternation } from './unit-levels';

/** One province's press as publishers.json lists it. */
export interface PublisherEntry {
  /** The era of the province the entry belongs to (the 63 before 1 July 2025, the 34 after). */
  readonly era: Era;
  /** The province's official code in that era. */
  readonly code: string;
  readonly name: string;
  readonly newspapers: readonly string[];
  readonly portals: readonly string[];
  readonly broadcasters: readonly string[];
  /** Source codes printed in datelines ("LSO"), as written. */
  readonly codes: readonly string[];
  /** Web hosts; a host under one of them (a department's site) is the same province's. */
  readonly domains: readonly string[];
}

/** The shape of publishers.json (written by scripts/generate-publishers.ts). */
export interface PublishersFile {
  readonly generatedBy: string;
  readonly provinces: readonly PublisherEntry[];
}

/** Where on the page a cue was read. */
export type CuePlace = 'dateline' | 'head' | 'tail';

/** One sign of the publisher on the page. */
export interface PublisherCue {
  readonly how: 'code' | 'domain' | 'name';
  readonly where: CuePlace;
  readonly start: number;
  readonly end: number;
  /** The province, without diacritics, as it stood on the event's day. */
  readonly province: string;
}

/** The publisher's province and the cues it was read from. */
export interface PublisherMatch {
  readonly province: string;
  readonly cues: readonly PublisherCue[];
  /** The page's address, when its host is the publisher's (the cues may then be none). */
  readonly address?: string;
}

type EntryRef = PublisherEntry;

/** Press names as token sequences (folded words and punctuation marks, as the token layer cuts them), by first token. */
interface NameNode {
  readonly next: Map<string, NameNode>;
  entries: readonly EntryRef[] | null;
}

// A phrase cut as the token layer cuts a text: words of letters and digits, single punctuation marks.
const PHRASE_TOKEN = /[\p{L}\p{M}\p{N}]+|[^\s\p{L}\p{M}\p{N}]/gu;

function addName(root: NameNode, phrase: string, entry: EntryRef): void {
  let node = root;
  for (const part of fold(phrase).match(PHRASE_TOKEN) ?? []) {
    let child = node.next.get(part);
    if (!child) {
      child = { next: new Map(), entries: null };
      node.next.set(part, child);
    }
    node = child;
  }
  if (node === root) return;
  if (!node.entries?.includes(entry)) node.entries = [...(node.entries ?? []), entry];
}

/** The longest press name starting at token `at` (not crossing a line break): its end token and entries. */
function nameAt(root: NameNode, text: AnalysedText, at: number): { end: number; entries: readonly EntryRef[] } | null {
  const tokens = text.tokens;
  let node = root.next.get(tokens[at]!.folded);
  let best: { end: number; entries: readonly EntryRef[] } | null = null;
  for (let k = at + 1; node; k++) {
    if (node.entries) best = { end: k, entries: node.entries };
    const token = tokens[k];
    if (!token || token.newlineBefore) break;
    node = node.next.get(token.folded);
  }
  return best;
}

interface PublisherIndex {
  readonly names: NameNode;
  readonly codes: ReadonlyMap<string, EntryRef>;
  readonly domains: ReadonlyMap<string, EntryRef>;
}

let index: PublisherIndex | null = null;

const phraseKey = (phrase: string): string => fold(phrase).replace(/\s+/g, ' ').trim();

/** The table compiled for look-up: names as token phrases, codes as written, hosts in lower case. */
export function publisherIndex(table?: PublishersFile): PublisherIndex {
  if (index && !table) return index;
  const file = table ?? readPackFile<PublishersFile>(PUBLISHERS_FILE);
  const names: NameNode = { next: new Map(), entries: null };
  const codes = new Map<string, EntryRef>();
  const domains = new Map<string, EntryRef>();
  for (const entry of file.provinces) {
    for (const phrase of [...entry.newspapers, ...entry.portals, ...entry.broadcasters]) addName(names, phrase, entry);
    for (const code of entry.codes) codes.set(code.normalize('NFC'), entry);
    for (const domain of entry.domains) domains.set(domain.toLowerCase(), entry);
  }
  const built: PublisherIndex = { names, codes, domains };
  if (!table) index = built;
  return built;
}

/** The province an entry's press stands for on a day: a merged province's press is its successor's from 1 July 2025. */
function provinceOn(entry: EntryRef, era: Era): GazetteerProvince | undefined {
  const own = provinceByCode(entry.code, entry.era);
  if (!own || entry.era === era) return own;
  if (entry.era === 'district-era') return successorOfProvince(own) ?? own;
  // A merged province's press named after the reorganisation, about an earlier event: the
  // province of the same name then (the one that gave the merged province its name).
  return provincesNamed(own.name, 'district-era')[0] ?? own;
}

// "(LSO) –", "(ABO) Chiều 21-9", "LSO-Sáng nay", "BHG - ", "BDK.VN - ", "(Baonghean.vn) - ", "Dienbien.gov.vn – ".
const SOURCE_CODE = /^\s*(?:\(\s*([\p{L}\p{N}][\p{L}\p{N}.&-]{1,29}?)\s*\)|([\p{L}\p{N}][\p{L}\p{N}.&]{1,29})\s*[-–—:])/u;
// A web or mail host: "baolangson.vn", "www.baotayninh.vn", "sotp.langson.gov.vn", "toasoan@baolangson.vn".
const HOST = /(?<![\p{L}\p{N}.-])((?:[a-z0-9-]+\.)+(?:vn|com|net|org))(?![\p{L}\p{N}-])/giu;
const VN_SUFFIX = /\.vn$/i;

/** The entry of a host or of a host under one of the table's hosts. */
function entryOfHost(host: string, domains: ReadonlyMap<string, EntryRef>): EntryRef | undefined {
  const labels = host.toLowerCase().replace(/^www\./, '').split('.');
  for (let i = 0; i + 2 <= labels.length; i++) {
    const found = domains.get(labels.slice(i).join('.'));
    if (found) return found;
  }
  return undefined;
}

/** Lines that stand at the end of a page: footers, bylines, "Theo Báo ...". Long lines are prose. */
const TAIL_LINES = 8;
const TAIL_LINE_LENGTH = 300;
/** How far into the lead's line its dateline may reach. */
const DATELINE_REACH = 80;
const HEAD_LIMIT = 4000;
// How far into the lead's line a code glued to the headline is looked for.
const INLINE_CODE_REACH = 400;

interface Zone {
  readonly start: number;
  readonly end: number;
  readonly where: CuePlace;
}

// What may stand before a publisher's name on its line: nothing but punctuation, an
// attribution ("Theo", "Nguồn:", "Source:", "©", "Bản quyền thuộc", "Photo:") or a byline's dash.
const BEFORE_NAME = /(?:^|[\s(|[:,])(?:theo|nguồn|source|according to|©|\(c\)|bản quyền(?: thuộc)?(?: về)?|copyright|ảnh|photo|video|tin|bài)\s*:?\s*[([]?\s*$|^[\p{P}\p{S}\s]*$|[-–—|]\s*$/iu;
// What may stand after it: nothing but punctuation to the line's end (a masthead, a byline's
// end, a caption's credit), or a dateline's dash ("HẢI DƯƠNG (Báo Hải Dương) - Sáng 5/3 ...").
const CLOSES_LINE = /^[\p{P}\p{S}\s]*$/u;
const DATELINE_DASH = /^\s*\)?\s*[-–—]\s/u;

/**
 * A press name counts as the page's publisher only where a page prints one: alone on its
 * line, after an attribution or a byline's dash, or closing its line. In running prose
 * ("broadcast live on Da Nang Radio and Television", "phóng viên Báo Lạng Sơn đến thăm")
 * it names a body the story speaks of, not the page's publisher.
 */
function standsAsPublisher(source: string, start: number, end: number): boolean {
  const lineStart = source.lastIndexOf('\n', start - 1) + 1;
  const next = source.indexOf('\n', end);
  const lineEnd = next < 0 ? source.length : next;
  const before = source.slice(Math.max(lineStart, start - 60), start);
  const after = source.slice(end, Math.min(lineEnd, end + 60));
  return (start - lineStart <= 60 && BEFORE_NAME.test(before)) || DATELINE_DASH.test(after) || (lineEnd - end <= 60 && CLOSES_LINE.test(after));
}

/** Start offsets of the text's lines. */
function lineStarts(text: string): number[] {
  const starts = [0];
  for (let at = text.indexOf('\n'); at >= 0; at = text.indexOf('\n', at + 1)) starts.push(at + 1);
  return starts;
}

/**
 * The publisher of the page, read from its furniture: source codes at the start of the
 * lines above and at the lead, hosts and press names above the lead, in the lead's first
 * words and in the last lines. `date` (the event's day, else the upload's) says which
 * province a merged province's press stands for. Null when the page shows no provincial
 * publisher, or shows two of different provinces without a dateline to choose between them.
 */
export function findPublisher(text: AnalysedText, layout: PageLayout, date: string, config?: ProvinceConfig, pageAddress?: string): PublisherMatch | null {
  const source = text.text;
  if (!source) return null;
  const found = publisherInText(text, layout, date, config);
  const addressed = pageAddress ? addressProvince(pageAddress, date, config) : null;
  if (!addressed) return found;
  // The address is where the page stands. A dateline of another province names the story's
  // source (a portal reprinting another paper's story); otherwise the address decides, and
  // the text's cues of the same province are its evidence.
  const dated = new Set(found?.cues.filter((cue) => cue.where === 'dateline').map((cue) => cue.province));
  if (found && dated.size === 1 && !dated.has(addressed)) return found;
  return { province: addressed, cues: found?.province === addressed ? found.cues : [], address: pageAddress! };
}

/** The province of the press whose host serves the address, or null for another host. */
function addressProvince(pageAddress: string, date: string, config?: ProvinceConfig): string | null {
  let host: string;
  try {
    host = new URL(pageAddress).hostname;
  } catch {
    return null;
  }
  const entry = entryOfHost(host, publisherIndex().domains);
  return entry ? provinceNameOf(entry, eraAt(date), config) : null;
}

/** The name a publisher's province is reported by: the configured province's own, else its name without diacritics. */
function provinceNameOf(entry: EntryRef, era: Era, config?: ProvinceConfig): string | null {
  const province = provinceOn(entry, era);
  if (!province) return null;
  const configured = config && [config.province.name, config.province.nameVi, ...config.province.aliases].some((form) => phraseKey(form) === phraseKey(province.name));
  return configured ? config.province.name : stripDiacritics(province.name);
}

/** The publisher as the page's text shows it (see {@link findPublisher}). */
function publisherInText(text: AnalysedText, layout: PageLayout, date: string, config?: ProvinceConfig): PublisherMatch | null {
  const source = text.text;
  const { names, codes, domains } = publisherIndex();
  const era = eraAt(date);
  const nameCache = new Map<EntryRef, string | null>();
  const nameOf = (entry: EntryRef): string | null => {
    let name = nameCache.get(entry);
    if (name === undefined) {
      name = provinceNameOf(entry, era, config);
      nameCache.set(entry, name);
    }
    return name;
  };

  const lead = layout.lead !== null ? text.sentences[layout.lead] : undefined;
  const leadStart = lead?.start ?? 0;
  const starts = lineStarts(source);
  const leadLine = starts.filter((start) => start <= leadStart).length - 1;
  const leadLineEnd = leadLine + 1 < starts.length ? starts[leadLine + 1]! - 1 : source.length;
  const headEnd = Math.min(HEAD_LIMIT, leadStart + DATELINE_REACH, leadLineEnd);
  const zones: Zone[] = [{ start: 0, end: headEnd, where: 'head' }];
  const tailFrom = Math.max(leadLine + 1, starts.length - TAIL_LINES);
  for (let line = tailFrom; line < starts.length; line++) {
    const start = starts[line]!;
    const end = line + 1 < starts.length ? starts[line + 1]! - 1 : source.length;
    if (end - start <= TAIL_LINE_LENGTH && start >= headEnd) zones.push({ start, end, where: 'tail' });
  }

  const cues: PublisherCue[] = [];
  const add = (how: PublisherCue['how'], where: CuePlace, start: number, end: number, entry: EntryRef): void => {
    const province = nameOf(entry);
    if (province && !cues.some((cue) => cue.start === start)) cues.push({ how, where, start, end, province });
  };

  // Source codes at the start of the lines down to the one after the lead's, and right after a stamp on the lead's line.
  const codeAt = new Set<number>();
  for (let line = 0; line <= Math.min(leadLine + 1, starts.length - 1); line++) codeAt.add(starts[line]!);
  codeAt.add(leadStart);
  for (const span of layout.furniture) if (span.end >= leadStart && span.end <= leadStart + DATELINE_REACH) codeAt.add(span.end);
  // "... những tháng cuối năm 2025 ĐNO - Sáng 15/8, ...": a page that runs its headline into the story on one
  // line; a code of the table in capitals, then a dateline's dash, opens the story there.
  const leadLineStart = starts[leadLine] ?? 0;
  for (let at = text.tokenAt(leadLineStart); at < text.tokens.length && text.tokens[at]!.start < Math.min(leadLineEnd, leadLineStart + INLINE_CODE_REACH); at++) {
    const token = text.tokens[at]!;
    if (token.allCaps && token.start > leadLineStart && codes.has(token.text) && DATELINE_DASH.test(source.slice(token.end, token.end + 4))) codeAt.add(token.start);
  }
  for (const at of codeAt) {
    const match = SOURCE_CODE.exec(source.slice(at, at + 40));
    if (!match) continue;
    const written = (match[1] ?? match[2])!;
    const offset = at + match[0].indexOf(written);
    const entry = written.includes('.') ? (entryOfHost(written, domains) ?? codes.get(written.replace(VN_SUFFIX, ''))) : codes.get(written);
    if (entry) add(written.includes('.') && entryOfHost(written, domains) ? 'domain' : 'code', 'dateline', offset, offset + written.length, entry);
  }

  for (const zone of zones) {
    const slice = source.slice(zone.start, zone.end);
    HOST.lastIndex = 0;
    for (let match = HOST.exec(slice); match; match = HOST.exec(slice)) {
      const entry = entryOfHost(match[1]!, domains);
      if (entry) add('domain', zone.where, zone.start + match.index, zone.start + match.index + match[1]!.length, entry);
    }
    const from = text.tokenAt(zone.start);
    const to = text.tokenAt(zone.end);
    for (let at = from; at < to; at++) {
      const hit = nameAt(names, text, at);
      if (!hit || hit.end > to) continue;
      const tokens = text.tokens.slice(at, hit.end);
      at = hit.end - 1;
      // Names of the press are proper nouns: "báo" in running prose ("báo cáo") never starts one, and one of its words is capitalized.
      if (!tokens.some((token) => token.upperInitial)) continue;
      const start = tokens[0]!.start;
      const end = tokens[tokens.length - 1]!.end;
      if (!standsAsPublisher(source, start, end)) continue;
      const unique = new Set(hit.entries.map((entry) => nameOf(entry)));
      if (unique.size !== 1) continue;
      add('name', zone.where, start, end, hit.entries[0]!);
    }
  }
  if (cues.length === 0) return null;
  cues.sort((a, b) => a.start - b.start);
  const provinces = new Set(cues.map((cue) => cue.province));
  if (provinces.size === 1) return { province: cues[0]!.province, cues };
  // A dateline names the story's source; a masthead or footer may be a portal that reprints it.
  const dated = new Set(cues.filter((cue) => cue.where === 'dateline').map((cue) => cue.province));
  if (dated.size !== 1) return null;
  const province = [...dated][0]!;
  return { province, cues: cues.filter((cue) => cue.province === province) };
}

/** A province decision that may rest on the publisher instead of the text. */
export type ProvinceDecision = Omit<ScopeResult, 'provinceFrom' | 'scopeFrom'> & {
  /**
   * `lead-bodies`: no organizer was read; the headline and lead name bodies of one lower level only.
   * `bare-unit`: the organizer is a unit's bare name, whose level is the unit's.
   */
  readonly scopeFrom: ScopeResult['scopeFrom'] | 'lead-bodies' | 'bare-unit';
  /**
   * `publisher`: the text names no province; the page's publisher tells it (a weak reading).
   * `dateline`: the text names no province; an unnamed provincial body stands under a province's dateline.
   * `leader`: the text names no province; a person it names holds one province's top post on the day.
   * `leader-host`: the same, for the event of a national body.
   * `bare-unit`: the text names no province; the organizer is a unit's bare name that one unit of the country bears.
   */
  readonly provinceFrom: ScopeResult['provinceFrom'] | 'publisher' | 'dateline' | 'leader' | 'leader-host' | 'bare-unit';
};

// Bodies of a province or below, unnamed: "Tỉnh ủy", "HĐND tỉnh", "UBND xã", "the provincial Party Committee".
// ("xã hội", "society", is no commune.)
// ("thành phố" is left out: "Thành phố Hồ Chí Minh", "thành phố Hà Nội" are provinces a national report names; a city's
// own council, committee or Party committee, "the City People's Council", is a local body.)
// ("met voters of Nam Sach, Thai Tan and An Phu communes": English units in the plural, too.)
export const LOCAL_LEVEL = new RegExp(
  `(?<!\\p{L})(?:${levelAlternation([...VI_ALL_LEVEL_WORDS.filter((word) => word !== 'thành phố')], { societyGuard: true })}|provincial|province|districts?|communes?|wards?|city(?:['’]s)?\\s+(?:party committee|people['’]s council|people['’]s committee))(?!\\p{L})`,
  'iu',
);
// Bodies of the whole country: a story without an organizer that speaks of one may be national news.
const NATIONAL_WORDS = /(?<!\p{L})(?:[Tt]rung ương|Bộ Chính trị|Ban Bí thư|Quốc hội|Chính phủ|Thủ tướng|Chủ tịch nước|National Assembly|Politburo|Secretariat|Prime Minister|President|Government|Ministry|Party Central Committee)(?!\p{L})/u;

/**
 * The text's own decision, unless it names no province: then the publisher's province,
 * when the story's bodies are of a province or below ("Tỉnh ủy", "HĐND tỉnh", "the
 * provincial People's Committee", a commune's Party committee) and not national. The
 * publisher counts as one mention of its province and the scope is decided again with it
 * (a city's "Thành ủy" is a province's when the city is centrally run).
 *
 * @param story the headline and lead, for the level of the bodies when no organizer was found
 * @param rescope the scope decision over the story's places and one more
 */
export function withPublisherProvince(
  scope: ScopeResult,
  publisher: PublisherMatch | null,
  organizer: OrganizerMatch | null,
  story: string,
  rescope: (extra: PlaceSpan) => ScopeResult,
): ProvinceDecision {
  if (scope.province !== null || !publisher) return scope;
  if (organizer ? isNationalBody(organizer.organizer) : !LOCAL_LEVEL.test(story) || NATIONAL_WORDS.test(story)) return scope;
  // An address alone has no place in the text: the publisher then counts as a mention without a span.
  const first = publisher.cues[0] ?? { start: 0, end: 0 };
  const decided = rescope({ start: first.start, end: first.end, unit: null, province: publisher.province, level: 'province' });
  if (decided.province !== publisher.province) return scope;
  return {
    ...decided,
    provinceFrom: 'publisher',
    provinceSpans: publisher.cues.slice(0, 3).map(({ start, end }) => ({ start, end })),
    scopeSpans: decided.scopeSpans.filter((span) => span.end > span.start),
    contested: false,
  };
}

// The level word of an unnamed body: a province's ("HĐND tỉnh", "the provincial People's Council") or a
// centrally run city's ("Thành ủy", "the city People's Committee", "the municipal People's Council").
const PROVINCE_WORD = /(?<!\p{L})(?:tỉnh|provincial|province)(?!\p{L})/iu;
const CITY_WORD = /(?<!\p{L})(?:thành phố|thành ủy|thành uỷ|tp\.?|city|municipal)(?!\p{L})/iu;

/**
 * The province of a dateline ("QUẢNG NGÃI —", "Thanh Hoa (VNA) –"), for a body that names no
 * place of its own. A dateline alone never ties a story to a province (a national story is
 * filed from wherever the reporter is), but "the provincial People's Council" under a
 * province's dateline is that province's council: no other province is in sight. The body's
 * level must be the place's (a province's body under a province, a city's under a centrally
 * run city), the text must name no province and the page show no publisher. A reading the
 * text never states outright: its path is `dateline`, held for review.
 *
 * @param datelinePlaces the provinces named in the lead's dateline
 * @param rescope the scope decision over the story's places and one more
 */
export function withDatelineProvince(
  scope: ProvinceDecision,
  datelinePlaces: readonly PlaceSpan[],
  organizer: OrganizerMatch | null,
  isMunicipality: (province: string) => boolean,
  rescope: (extra: PlaceSpan) => ScopeResult,
): ProvinceDecision {
  if (scope.province !== null || !organizer || isNationalBody(organizer.organizer)) return scope;
  if (scope.scope !== 'province' || scope.scopeFrom !== 'level-word') return scope;
  const place = datelinePlaces[0];
  if (!place?.province || datelinePlaces.some((other) => other.province !== place.province)) return scope;
  const levelWord = isMunicipality(place.province) ? CITY_WORD : PROVINCE_WORD;
  if (!levelWord.test(organizer.organizer)) return scope;
  const decided = rescope(place);
  if (decided.province !== place.province) return scope;
  return { ...decided, provinceFrom: 'dateline', provinceSpans: [{ start: place.start, end: place.end }], contested: false };
}
