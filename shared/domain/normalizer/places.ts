import { levelOfUnitKind, type ProvinceConfig, type Unit } from '../../config/province-config';
import {
  eraAt,
  formerCommunesNamed,
  provinceByCode,
  provinceOfUnit,
  provincesNamed,
  provincesOf,
  successorOfProvince,
  unitsNamed,
  formerUnitsNamed,
  type Era,
  type GazetteerProvince,
} from '../gazetteer';
import { spanIndex } from './span-index';
import { escapeRegExp, fold, stripDiacritics } from './text';
import { formHash, type Token } from './tokens';
import { EN_ALL_UNIT_WORDS, EN_COMMUNE_WORDS, EN_UNIT_KIND_WORDS, VI_ALL_LEVEL_WORDS, VI_LEVEL_WORDS, levelAlternation } from './unit-levels';

export interface PlaceSpan {
  readonly start: number;
  readonly end: number;
  /** Unit id for a unit of the configured province; null otherwise. */
  readonly unit: string | null;
  /** Province name without diacritics: the province named, or the province of a unit named elsewhere. */
  readonly province: string | null;
  /** True when the unit was written without its kind ("Nam Sách", not "huyện Nam Sách"): weaker evidence. */
  readonly bare?: boolean;
  /** Level of what is named: the province itself, or a district- or commune-level unit. */
  readonly level?: 'province' | 'district' | 'commune';
  /** A province's name used for something else: a ward or street of that name, or the President's name. A name, not a place. */
  readonly nameOnly?: boolean;
  /**
   * Told by a commune-level unit of before the reorganisation. That list is the one of
   * 2024-2025: a commune merged earlier is missing and its name may point elsewhere, so
   * this is the weakest evidence of a province.
   */
  readonly formerCommune?: boolean;
}

const EN_KIND_WORDS = EN_UNIT_KIND_WORDS;
// A unit's Party committee ("Thành ủy X") names the unit as surely as its prefix does.
const VI_KIND_PREFIXES: Readonly<Record<Unit['kind'], readonly string[]>> = {
  city: ['thanh pho', 'tp.', 'tp', 'thanh uy', 'ubnd thanh pho', 'ubnd tp'],
  town: ['thi xa', 'tx.', 'tx', 'thi uy'],
  district: ['huyen', 'huyen uy', 'quan'],
  commune: ['xa', 'dang uy xa', 'ubnd xa'],
  ward: ['phuong', 'dang uy phuong', 'ubnd phuong'],
  'special-zone': ['dac khu', 'dang uy dac khu', 'ubnd dac khu'],
};
// A kind word before or after a folded name ("thi xa tu son", "gia loc district").
const KIND_WORDS = new RegExp(`^(?:${levelAlternation(VI_ALL_LEVEL_WORDS.map(fold))}|tp\\.?|tx\\.?)\\s+|\\s+(?:${levelAlternation([...EN_ALL_UNIT_WORDS, 'province'])})$`);

function bareName(name: string): string {
  return fold(name).replace(/\s+/g, ' ').trim().replace(KIND_WORDS, '').trim();
}

// A pattern cut as the shared token layer cuts the text: words (letters and digits, one
// inner apostrophe) and single punctuation marks.
const PATTERN_TOKEN = /[\p{L}\p{N}]+(?:['’][\p{L}]+)?|[^\s\p{L}\p{N}]/gu;
const POSSESSIVE = /['’]s$/;

/** Spellings of provinces the official names do not give (English one-word forms, abbreviations). */
const PROVINCE_ALIASES: Readonly<Record<string, readonly string[]>> = {
  'ha noi': ['hanoi'],
  'ho chi minh': ['hcm city', 'hcmc', 'tp.hcm', 'tphcm', 'tp hcm', 'tp. hcm', 'sai gon', 'saigon', 'hochiminh'],
  // One-word English spellings ("Haiphong", "Danang", "Kontum") and the older "Bắc Cạn".
  'hai phong': ['haiphong'],
  'da nang': ['danang'],
  'kon tum': ['kontum'],
  'bac kan': ['bac can'],
  hue: ['thua thien hue', 'thua thien - hue'],
  'ba ria - vung tau': ['ba ria vung tau', 'ba ria-vung tau', 'brvt'],
  'hoa binh': [],
  'dak lak': ['dac lac', 'daklak'],
  'dak nong': ['daknong'],
  // The old names a province's own papers call it by ("quê hương Xứ Lạng", "người xứ Thanh"), each of one province only.
  'lang son': ['xu lang'],
  'thanh hoa': ['xu thanh'],
};

/** A pattern and what it names; a bare unit name may name several units (of different eras). */
interface Entry {
  readonly pattern: string;
  readonly units: readonly string[];
  /** For a province's name: the provinces of that name, by era. */
  readonly provinces: readonly GazetteerProvince[] | null;
  /** The configured province written by one of its own forms. */
  readonly configured: boolean;
  readonly bare: boolean;
}

export interface Gazetteer {
  readonly provinceName: string;
  /**
   * Places the text names, as they stand on `date` (the event's day, else the upload's):
   * a province merged away by then is read as its successor, a unit not in force then is
   * not named (every district-level unit ceased on 1 July 2025).
   */
  readonly find: (text: string, folded: string, date?: string, tokens?: readonly Token[]) => PlaceSpan[];
}

// A name right after one of these words is still a place or a body: "Huyện ủy Thanh Hà", "Đảng bộ Nam Sách".
const BODY_BEFORE = /(?:^|[^\p{L}])(?:ủy|uỷ|bộ|dân|đảng|hội|đoàn|trận|quốc|ban|huyện|tỉnh|of|in|at|and|và|với|tại|từ|to|from|the|for|các|của)\s+$/iu;
// "xã Thanh Hà", "phường Thanh Hà", "Thanh Ha ward", "phố Kim Thành": a commune, ward or street of that name, not the district.
// "thành phố Hải Phòng" ends in "phố" too, but is the city itself.
const LOWER_LEVEL_BEFORE = /(?:^|[^\p{L}])(?:xã|phường|thị trấn|thôn|làng|khu|ấp|(?<!thành\s+)phố|đường|ngõ|trường|đền|chùa|nghĩa trang|commune|ward|village|hamlet|street|road|school)\s+$/iu;
const LOWER_LEVEL_AFTER = /^\s+(?:ward|commune|village|hamlet|street|road|township|primary|secondary|high school|school|temple|pagoda)\b/i;
// "thành phố Hồ Chí Minh", "TP. Hồ Chí Minh", "Thành ủy Hồ Chí Minh", "Ho Chi Minh City": the city, not the President.
const HCM_CITY_BEFORE = /(?:^|[^\p{L}])(?:thành phố|tp\.?|thành ủy|thành uỷ|hđnd|ubnd|city of)\s*$/iu;
// "huyện Gia Lộc cũ", "former Gia Loc district", "old Thanh Ha district": a unit that no longer exists.
const FORMER_BEFORE = /(?:^|[^\p{L}])(?:former|old|nguyên|trước đây)\s+$/iu;
const FORMER_AFTER = /^\s*(?:\(?\s*cũ\b|\(?\s*former\b|\(?\s*old\b)/iu;
// "Ông A quê An Dương, TP Hải Phòng", "a native of Gia Loc district", "born in Thanh Ha": where a person comes
// from, not a place of the story. The hometown phrase runs over place names, kind words and commas only.
const HOMETOWN_OPENER = /(?:^|[^\p{L}])(?:quê(?!\s+hương)(?:\s+quán)?(?:\s+(?:ở|tại))?|sinh(?:\s+ra|\s+năm\s+\d{4}|\s+ngày\s+[\d/.-]+)?(?:\s*,)?\s+(?:ở|tại)|(?:a\s+)?natives?\s+of|hometown(?:\s+(?:of|in|is))?|born(?:\s+in\s+\d{4}(?:\s*,)?)?\s+in)\s+((?:[^.;:!?\n()]){0,80})$/iu;
const HOMETOWN_GAP = /^(?:(?:\p{Lu}[\p{L}.'’-]*|\d{1,2}|xã|phường|thị trấn|thôn|huyện|quận|thị xã|thành phố|tỉnh|TP\.?|the|commune|ward|village|district|town|city|province|of)\s*,?\s*)*$/u;

// Words one of which every opener holds, in folded form ("quê" folds to "que"); "\u017f" is
// the long s, which the case-blind opener reads as "s" and folding keeps as it is.
const HOMETOWN_HINTS = ['qu', 'sinh', 'nativ', 'hometown', 'born', '\u017f'] as const;

function inHometown(text: string, folded: string, start: number): boolean {
  // Most places have none of the opener's words before them: a plain search says so without the pattern.
  const before = folded.slice(Math.max(0, start - 100), start);
  if (!HOMETOWN_HINTS.some((hint) => before.includes(hint))) return false;
  const match = HOMETOWN_OPENER.exec(text.slice(Math.max(0, start - 100), start));
  return match !== null && HOMETOWN_GAP.test(match[1] ?? '');
}

// A number after a unit's name that counts something: a number of three digits or more, or one followed by what it counts.
const COUNT_AFTER = /^\s+(?:\d{1,3}(?:[.,]\d{3})+|\d{3,})(?!\p{L})|^\s+\d{1,3}\s+(?:người|đảng viên|cá nhân|tập thể|hộ|học sinh|trường hợp|đơn vị|people|persons|members|party members|individuals|collectives|households|cases|units)(?!\p{L})/iu;

// Kind words of every level, in the words that open a list. A kind after "of", "của" or
// "thuộc" is the parent the list belongs to ("the communes of the city include ...").
const LOWER_KINDS = `${levelAlternation(VI_LEVEL_WORDS.commune)}|${levelAlternation(EN_COMMUNE_WORDS, { plural: true })}`;
const LIST_KIND = new RegExp(
  `(?<![\\p{L}])(?:(of(?:\\s+the)?|của|thuộc)\\s+)?(${LOWER_KINDS}|${levelAlternation([...VI_LEVEL_WORDS.district, ...VI_LEVEL_WORDS.province])}|districts?|towns?|city|cities|provinces?)(?![\\p{L}])`,
  'giu',
);
const LOWER_KIND = new RegExp(`^(?:${LOWER_KINDS})$`, 'iu');
const LOWER_KIND_ANYWHERE = new RegExp(`(?:${LOWER_KINDS})`, 'iu');
const LETTER_CHAR = /\p{L}/u;
const UPPER_START = /^\p{Lu}/u;
/** How far back a list of names is followed, in characters and in names. */
const LIST_REACH = { chars: 240, items: 12, wordsPerName: 4 } as const;

/** The start of the word that ends at `end` (letters only), or `end` when none does. */
function wordStartBefore(text: string, end: number): number {
  let at = end;
  while (at > 0 && LETTER_CHAR.test(text.charAt(at - 1))) at--;
  return at;
}

/**
 * Where the list a name at `start` belongs to begins: walks back over "A, B, C và " /
 * "A, B and ", names of one to four capitalized words, so the cost is that of the list.
 */
function listStart(text: string, start: number): number {
  const floor = Math.max(0, start - LIST_REACH.chars);
  let first = start;
  for (let item = 0; item < LIST_REACH.items; item++) {
    let at = first;
    while (at > floor && text.charAt(at - 1) === ' ') at--;
    const conjunction = wordStartBefore(text, at);
    let separated = false;
    if (/^(?:và|and)$/iu.test(text.slice(conjunction, at))) {
      at = conjunction;
      while (at > floor && text.charAt(at - 1) === ' ') at--;
      separated = true;
    }
    if (text.charAt(at - 1) === ',' || text.charAt(at - 1) === ';') {
      at--;
      separated = true;
    }
    if (!separated) break;
    while (at > floor && text.charAt(at - 1) === ' ') at--;
    let nameStart = at;
    for (let word = 0; word < LIST_REACH.wordsPerName; word++) {
      const from = wordStartBefore(text, nameStart);
      if (from === nameStart || from < floor || !UPPER_START.test(text.slice(from, nameStart))) break;
      nameStart = from;
      const gap = text.charAt(nameStart - 1);
      if ((gap !== ' ' && gap !== '-') || !LETTER_CHAR.test(text.charAt(nameStart - 2))) break;
      nameStart--;
    }
    while (nameStart < at && !LETTER_CHAR.test(text.charAt(nameStart))) nameStart++;
    if (nameStart >= at) break;
    first = nameStart;
  }
  return first;
}

/**
 * Whether a name stands in a list of communes or wards: "the new wards and communes of the
 * city include A, B, Kim Thanh and Thanh Ha", "các xã: A, B, Kim Thành và Thanh Hà". The
 * last kind word before the list says what its names are, skipping the parent a list is
 * "of"; the names are then communes and wards, not the districts that share their names.
 */
/** The last name asked about in one text, and its answer: the next name of the same list shares it. */
interface ListMemo {
  last: { readonly end: number; readonly inList: boolean } | null;
}

function inListOfLowerUnits(text: string, start: number, end: number, memo: ListMemo): boolean {
  // The next name of the same list ("A, B và C") has the same opener: its answer is kept.
  const previous = memo.last;
  const inList = previous && previous.end <= start && LIST_SEPARATOR.test(text.slice(previous.end, start)) ? previous.inList : readListOfLowerUnits(text, start);
  memo.last = { end, inList };
  return inList;
}

// What lies between two names of one list.
const LIST_SEPARATOR = /^\s*(?:[,;]\s*(?:(?:và|and)\s+)?|(?:và|and)\s+)$/iu;

function readListOfLowerUnits(text: string, start: number): boolean {
  if (!LOWER_KIND_ANYWHERE.test(text.slice(Math.max(0, start - LIST_REACH.chars), start))) return false;
  const first = listStart(text, start);
  const opener = text.slice(Math.max(0, first - 70), first);
  let last: RegExpExecArray | null = null;
  for (const match of opener.matchAll(LIST_KIND)) if (!match[1]) last = match;
  if (last === null || !LOWER_KIND.test(last[2]!)) return false;
  // Only words that open a list stand between the kind and the names: no sentence ends there.
  return !/[.!?\n]/u.test(opener.slice(last.index));
}

/**
 * A unit's bare name is that unit only when it stands on its own: not inside a person's
 * name ("Nguyễn Thị Thanh Hà", "Lê Kim Thành": a capitalized word before it), not the
 * name of a commune, ward or street ("phường Thanh Hà", "Thanh Ha ward") and not one of a
 * list of communes or wards.
 */
function standsAlone(text: string, start: number, end: number, lists: ListMemo): boolean {
  const before = text.slice(Math.max(0, start - 24), start);
  const after = text.slice(end, end + 24);
  if (LOWER_LEVEL_BEFORE.test(before) || LOWER_LEVEL_AFTER.test(after)) return false;
  if (inListOfLowerUnits(text, start, end, lists)) return false;
  const previous = /([\p{L}]+)\s+$/u.exec(before)?.[1];
  // An acronym before it ("UBND Thanh Hà") is a body's name; a capitalized word is a name's.
  if (previous && CAPITALIZED_START.test(previous) && !BODY_BEFORE.test(before)) return false;
  return true;
}

const asciiName = (province: GazetteerProvince): string => stripDiacritics(province.name);

/** The province a name stands for on a day: itself while it exists, else the province it merged into. */
function provinceAt(candidates: readonly GazetteerProvince[], era: Era): GazetteerProvince | null {
  const same = candidates.find((province) => province.era === era);
  if (same) return same;
  const older = candidates.find((province) => province.era === 'district-era');
  if (older && era === 'commune-era') return successorOfProvince(older) ?? older;
  return candidates[0] ?? null;
}

// Kind words before a unit's name (Vietnamese) and after it (English), folded.
// (Every kind opens with one of d, h, p, q, t, x: testing that first spares the look-behind at most characters.)
const VI_UNIT_KIND = /(?=[dhpqtx])(?<![a-z0-9])(huyen uy|thi uy|thanh uy|quan uy|huyen doan|thi doan|quan doan|huyen|quan|thi xa|thi tran|thanh pho|tp\.|tp|tx\.|xa|phuong|p\.|dac khu)\s*(?=\S)/g;
// A unit's Party committee or Youth Union names the unit: "Thị ủy Từ Sơn" is thị xã Từ Sơn's, "Huyện đoàn Phù Mỹ" huyện Phù Mỹ's.
const COMMITTEE_KIND: Readonly<Record<string, string>> = {
  'huyen uy': 'huyện',
  'thi uy': 'thị xã',
  'thanh uy': 'thành phố',
  'quan uy': 'quận',
  'huyen doan': 'huyện',
  'thi doan': 'thị xã',
  'quan doan': 'quận',
  'tx.': 'thị xã',
};
const EN_UNIT_KIND = new RegExp(`\\s(${levelAlternation(EN_ALL_UNIT_WORDS)})(?![a-z])`, 'g');
const NAME_WORD = /^(?:\p{Lu}[\p{L}]*|\d{1,2})$/u;
const JOINED_NAME_WORD = /^\p{Lu}[\p{L}]*[-–]\p{Lu}[\p{L}]*$/u;
const DASH = /^[-–]$/;
// What a unit's first name word opens with (NAME_WORD's and JOINED_NAME_WORD's first character), tried in place.
const NAME_START = /[\p{Lu}\d]/uy;
const WORD_RUN = /\S+/gy;
// Letters of the basic plane by code unit: 0 not asked yet, 1 upper case (\p{Lu}), 2 another letter, 3 no letter.
const LETTER_KIND = new Uint8Array(0x10000);
const UPPER_LETTER = /\p{Lu}/u;
const ANY_LETTER = /\p{L}/u;

function letterKind(code: number): number {
  let kind = LETTER_KIND[code]!;
  if (kind === 0) {
    const ch = String.fromCharCode(code);
    kind = UPPER_LETTER.test(ch) ? 1 : ANY_LETTER.test(ch) ? 2 : 3;
    LETTER_KIND[code] = kind;
  }
  return kind;
}

/**
 * Whether NAMES_BEFORE_KIND may match `text.slice(from, end + 1)`: its last name word ends
 * at `end - 1` with a digit, a dash or a letter, and a word ending in letters has a capital
 * in its last run of letters. False only when the pattern cannot match; a character beyond
 * the basic plane leaves the answer to the pattern.
 */
function mayEndNames(text: string, from: number, end: number): boolean {
  if (end <= from) return false;
  const last = text.charCodeAt(end - 1);
  if ((last >= 0x30 && last <= 0x39) || last === 0x2d || last === 0x2013) return true;
  for (let at = end - 1; at >= from; at--) {
    const code = text.charCodeAt(at);
    if (code >= 0xd800 && code <= 0xdfff) return true;
    const kind = letterKind(code);
    if (kind === 1) return true;
    if (kind === 3) return false;
  }
  return false;
}
// Module constants, not literals in the loops: the bundle builds a pattern with \p{..}
// outside a class anew at each evaluation.
const NAMES_BEFORE_KIND = /((?:(?:\p{Lu}[\p{L}]*(?:[-–]\p{Lu}[\p{L}]*)?|[-–]|\d{1,2})\s){1,6})$/u;
const CAPITALIZED_START = /^\p{Lu}\p{Ll}/u;

// Look-ups repeat across reports ("xã Gia Lộc", "Huu Lung District"): kept by era and words.
// 'ambiguous': units of that name lie in several provinces, so no shorter reading of the name is tried.
type Resolved = { province: string; level: 'district' | 'commune'; formerCommune?: true } | 'ambiguous' | null;
const resolved = new Map<string, Resolved>();

/** The province of the former commune-level units of that kind and name, when they are all in one province. */
function formerCommuneProvince(query: string): Resolved {
  const communes = formerCommunesNamed(query);
  if (communes.length === 0) return null;
  if (communes.some((commune) => commune.provinceCode !== communes[0]!.provinceCode)) return 'ambiguous';
  const province = provinceByCode(communes[0]!.provinceCode, 'district-era');
  return province ? { province: stripDiacritics(province.name), level: 'commune', formerCommune: true } : null;
}

/**
 * The province and level of a unit written by its bare name, no kind word ("Đô Lương"), when
 * the name is no province's and every unit of the era that bears it (of any kind; in the
 * district era every former commune too) lies in one province: the level is the highest of
 * theirs ("Đô Lương" is a district of Nghệ An and its township). Null when no unit, or units
 * of two provinces, bear it ("Thanh Hà" is a district of Hải Dương and communes elsewhere).
 */
export function provinceOfBareUnitName(name: string, era: Era): { province: string; level: 'district' | 'commune' } | null {
  if (provincesNamed(name).length > 0) return null;
  const units = unitsNamed(name, { era });
  if (units.length === 0) return null;
  const communes = era === 'district-era' ? formerCommunesNamed(name) : [];
  const provinces = new Set([...units.map((unit) => unit.provinceCode), ...communes.map((commune) => commune.provinceCode)]);
  if (provinces.size !== 1) return null;
  const province = provinceOfUnit(units[0]!);
  return { province: stripDiacritics(province.name), level: units.some((unit) => unit.level === 'district') ? 'district' : 'commune' };
}

/**
 * Bodies and places of other provinces named with their kind ("xã Nam Sách", "thị xã Từ
 * Sơn", "Huu Lung District"): looked up in the gazetteer of the era, they tell the
 * province when only one province has a unit of that kind and name.
 */
function gazetteerUnits(text: string, folded: string, era: Era, takenSpans: readonly PlaceSpan[]): PlaceSpan[] {
  const out: PlaceSpan[] = [];
  // A province's name read as a ward's or commune's name ("phường Hải Dương", "Thai Binh ward") is no place yet: the unit is looked up.
  const taken = spanIndex(takenSpans.filter((span) => !span.nameOnly));
  const overlaps = (start: number, end: number): boolean => taken.overlaps(start, end);
  const resolve = (kind: string, words: readonly string[], english: boolean): Resolved => {
    // "Xuân Hương-Đà Lạt", "Xuan Huong - Da Lat": the gazetteer writes a joined name with a spaced dash.
    const name = words.join(' ').replace(/\s*[-–]\s*/g, ' - ');
    const query = english ? `${name} ${kind}` : `${kind} ${name}`;
    const key = `${era}|${query}`;
    const cached = resolved.get(key);
    if (cached !== undefined) return cached;
    const found = lookUp(query);
    if (resolved.size > 5000) resolved.clear();
    resolved.set(key, found);
    return found;
  };
  const lookUp = (query: string): Resolved => {
    let units = unitsNamed(query, { era });
    // A former district named after the reorganisation ("Binh Luc district"): the district
    // era's unit, its province as it stands now. (The data has no communes of before the
    // reorganisation, so a commune of an earlier report is never looked up among today's.)
    if (units.length === 0 && era === 'commune-era') units = unitsNamed(query, { era: 'district-era' });
    // A district-level unit merged into another before the district era's last list ("huyện Yên Dũng" of a
    // report of 2019): only when no unit in force bears the name, so a namesake in force elsewhere still wins.
    if (units.length === 0) units = formerUnitsNamed(query);
    // A commune or ward of before the reorganisation ("xã Cẩm Giàng", "Dong Xa commune"):
    // the district era's data has none of its own, the list of former communes has them.
    if (units.length === 0 && era === 'district-era') return formerCommuneProvince(query);
    if (units.length === 0) return null;
    const provinces = new Set(units.map((unit) => provinceOfUnit(unit).name));
    if (provinces.size !== 1) return 'ambiguous';
    let province = provinceOfUnit(units[0]!);
    if (province.era !== era && era === 'commune-era') province = successorOfProvince(province) ?? province;
    return { province: stripDiacritics(province.name), level: units[0]!.level };
  };
  VI_UNIT_KIND.lastIndex = 0;
  for (let match = VI_UNIT_KIND.exec(folded); match; match = VI_UNIT_KIND.exec(folded)) {
    const from = match.index + match[0].length;
    // A name opens with a capital or a number: after most kind words ("xã hội", "quan trọng") none does.
    NAME_START.lastIndex = from;
    if (!NAME_START.test(text)) continue;
    const words: { text: string; end: number }[] = [];
    const wordPattern = WORD_RUN;
    let at = from;
    while (words.length < 6) {
      wordPattern.lastIndex = at;
      const word = wordPattern.exec(text);
      if (!word) break;
      const bare = word[0].replace(/[,.;:()"“”]+$/u, '');
      // A dash joins two names into one ("phường Xuân Hương - Đà Lạt"); it never ends one.
      const dash = DASH.test(bare) && words.length > 0;
      if (!NAME_WORD.test(bare) && !JOINED_NAME_WORD.test(bare) && !dash) break;
      words.push({ text: bare, end: word.index + bare.length });
      if (bare.length !== word[0].length) break;
      at = word.index + word[0].length;
      while (text.charAt(at) === ' ') at++;
    }
    for (let count = words.length; count >= 1; count--) {
      if (DASH.test(words[count - 1]!.text)) continue;
      const end = words[count - 1]!.end;
      if (overlaps(match.index, end)) break;
      const found = resolve(COMMITTEE_KIND[match[1]!] ?? match[1]!, words.slice(0, count).map((word) => word.text), false);
      // "xã Đông Xá" of two provinces is not the "xã Đông" of a third.
      if (found === 'ambiguous') break;
      if (found) {
        out.push({ start: match.index, end, unit: null, province: found.province, level: found.level, ...(found.formerCommune ? { formerCommune: true } : {}) });
        break;
      }
    }
  }
  EN_UNIT_KIND.lastIndex = 0;
  for (let match = EN_UNIT_KIND.exec(folded); match; match = EN_UNIT_KIND.exec(folded)) {
    const end = match.index + match[0].length;
    // "the city", "this district": no name before the kind, which a look at the word before tells.
    if (!mayEndNames(text, Math.max(0, match.index - 60), match.index)) continue;
    const before = text.slice(Math.max(0, match.index - 60), match.index + 1);
    const names = NAMES_BEFORE_KIND.exec(before);
    if (!names) continue;
    const words = names[1]!.trim().split(/\s+/);
    for (let count = words.length; count >= 1; count--) {
      if (DASH.test(words[words.length - count]!)) continue;
      const picked = words.slice(words.length - count);
      const start = match.index + 1 - picked.join(' ').length - 1;
      if (overlaps(start, end)) break;
      const found = resolve(match[1]!, picked, true);
      if (found === 'ambiguous') break;
      if (found) {
        out.push({ start, end, unit: null, province: found.province, level: found.level, ...(found.formerCommune ? { formerCommune: true } : {}) });
        break;
      }
    }
  }
  // "worked with the communes of Loc Binh, Khuat Xa and Mau Son", "Khuat Xa and Mau Son communes": units listed
  // under one plural kind, each name looked up with the kind in the singular.
  EN_PLURAL_KIND.lastIndex = 0;
  for (let match = EN_PLURAL_KIND.exec(folded); match; match = EN_PLURAL_KIND.exec(folded)) {
    const kind = match[1]!.slice(0, -1);
    const kindStart = match.index + 1;
    const listed = match[2] !== undefined ? namesListedAfter(text, match.index + match[0].length) : namesListedBefore(text, kindStart);
    for (const name of listed) {
      if (overlaps(name.start, name.end)) continue;
      const found = resolve(kind, name.words, true);
      if (found === null || found === 'ambiguous') continue;
      out.push({ start: name.start, end: name.end, unit: null, province: found.province, level: found.level, ...(found.formerCommune ? { formerCommune: true } : {}) });
    }
  }
  return out;
}

const EN_PLURAL_KIND = /\s(communes|wards)(\s+of\s+(?=\S))?/g;
// One word of a listed name: a capital, maybe joined by a dash to another ("Xuan Huong-Da Lat").
const LISTED_WORD = '\\p{Lu}[\\p{L}]*(?:[-–]\\p{Lu}[\\p{L}]*)?';
const LISTED_NAME = new RegExp(`${LISTED_WORD}(?:\\s${LISTED_WORD}){0,3}`, 'uy');
const LISTED_WORD_ALONE = new RegExp(`^${LISTED_WORD}$`, 'u');
const PARENT_KIND_AFTER = /^\s+(?:district|province|city|town|municipality)\b/i;
const LIST_JOINER = /(?:,\s*(?:and\s+)?|\s+and\s+)/y;

interface ListedName {
  readonly start: number;
  readonly end: number;
  readonly words: readonly string[];
}

/** Capitalized names joined by commas and "and" from `at` on (at most twelve, none of more than four words). */
function namesListedAfter(text: string, at: number): ListedName[] {
  const names: ListedName[] = [];
  let k = at;
  while (names.length < 12) {
    LISTED_NAME.lastIndex = k;
    const name = LISTED_NAME.exec(text);
    if (!name) break;
    // "the communes of Thanh Ha district": the parent the communes belong to, no commune.
    if (PARENT_KIND_AFTER.test(text.slice(k + name[0].length, k + name[0].length + 12))) break;
    names.push({ start: k, end: k + name[0].length, words: name[0].split(/\s+/) });
    k += name[0].length;
    LIST_JOINER.lastIndex = k;
    const joiner = LIST_JOINER.exec(text);
    if (!joiner) break;
    k += joiner[0].length;
  }
  return names;
}

/** The names of such a list that ends right before `end` ("Khuat Xa and Mau Son" before "communes"), in the text's order. */
function namesListedBefore(text: string, end: number): ListedName[] {
  const window = text.slice(Math.max(0, end - 160), end);
  const offset = end - window.length;
  // The list's items, read backwards: each a run of capitalized words, the joiners between.
  const items = window.split(/(,\s*(?:and\s+)?|\s+and\s+)/);
  const names: ListedName[] = [];
  let stop = window.length;
  for (let index = items.length - 1; index >= 0 && names.length < 12; index -= 2) {
    const item = items[index]!;
    const start = stop - item.length;
    const words = item.trim().split(/\s+/);
    // The first item of the list is the capitalized run at the end of its segment.
    const capitalized: string[] = [];
    for (let w = words.length - 1; w >= 0 && capitalized.length < 4; w--) {
      if (!LISTED_WORD_ALONE.test(words[w]!)) break;
      capitalized.unshift(words[w]!);
    }
    if (capitalized.length === 0) break;
    const nameEnd = offset + start + item.trimEnd().length;
    names.unshift({ start: nameEnd - capitalized.join(' ').length, end: nameEnd, words: capitalized });
    if (capitalized.length < words.length) break;
    stop = start - (items[index - 1]?.length ?? 0);
  }
  // A single name before the plural kind is read by the singular reading already, or is no list.
  return names.length >= 2 ? names : [];
}

/**
 * Places the text names: provinces (any in Vietnam, of either era), the configured
 * province's units, and units of other provinces written with their kind. A unit whose
 * bare name is also a province's name ("Hai Duong") is only the unit when written with
 * its kind ("Hai Duong City", "TP Hải Dương").
 */
export function buildGazetteer(config: ProvinceConfig): Gazetteer {
  const configuredForms = [config.province.name, config.province.nameVi, ...config.province.aliases].map((form) => fold(form).replace(/\s+/g, ' ').trim());
  const provinceForms = new Map<string, GazetteerProvince[]>();
  for (const era of ['district-era', 'commune-era'] as const) {
    for (const province of provincesOf(era)) {
      const bare = bareName(province.name);
      for (const form of [bare, ...(PROVINCE_ALIASES[bare] ?? [])]) {
        const list = provinceForms.get(form) ?? [];
        list.push(province);
        provinceForms.set(form, list);
      }
    }
  }
  const provinceBare = new Set<string>([...configuredForms.map((form) => form.replace(KIND_WORDS, '').trim()), ...provinceForms.keys()]);
  const entries = new Map<string, { units: string[]; provinces: GazetteerProvince[] | null; configured: boolean; bare: boolean }>();
  const add = (pattern: string, entry: { unit?: string; provinces?: readonly GazetteerProvince[]; configured?: boolean; bare?: boolean }) => {
    if (!pattern) return;
    let found = entries.get(pattern);
    if (!found) {
      found = { units: [], provinces: null, configured: false, bare: entry.bare ?? false };
      entries.set(pattern, found);
    }
    if (entry.unit && !found.units.includes(entry.unit)) found.units.push(entry.unit);
    if (entry.provinces) found.provinces = [...(found.provinces ?? []), ...entry.provinces];
    if (entry.configured) found.configured = true;
  };
  for (const form of configuredForms) add(form, { configured: true });
  for (const [form, provinces] of provinceForms) add(form, { provinces });
  for (const unit of config.units) {
    const forms = new Set<string>();
    const bares = new Set<string>();
    for (const written of [unit.name, unit.nameVi, ...unit.aliases]) {
      forms.add(fold(written).replace(/\s+/g, ' ').trim());
      bares.add(bareName(written));
    }
    for (const bare of bares) {
      if (!bare) continue;
      for (const word of EN_KIND_WORDS[unit.kind]) {
        forms.add(`${bare} ${word}`);
        forms.add(`${word} of ${bare}`);
      }
      for (const prefix of VI_KIND_PREFIXES[unit.kind]) forms.add(`${prefix} ${bare}`);
      if (!provinceBare.has(bare)) forms.add(bare);
    }
    for (const form of forms) {
      if (provinceBare.has(form)) continue;
      add(form, { unit: unit.id, bare: bares.has(form) });
    }
  }
  const patterns = [...entries.keys()].sort((a, b) => b.length - a.length);
  const byPattern = new Map<string, Entry>();
  for (const pattern of patterns) {
    const entry = entries.get(pattern)!;
    byPattern.set(pattern, { pattern, ...entry });
  }
  const source = patterns.map((pattern) => escapeRegExp(pattern).replace(/ /g, '\\s+')).join('|');
  // Every match starts with the first character of some pattern. Testing that cheap class
  // first spares the Unicode lookbehind at most positions of the scan over the whole text.
  const firsts = new Set(patterns.map((pattern) => String.fromCodePoint(pattern.codePointAt(0) ?? 0x20)));
  // A pattern led by a space would start with `\s+`; then no single character leads it.
  const firstClass = firsts.size > 0 && !firsts.has(' ') ? `(?=${[...firsts].map(escapeRegExp).join('|')})` : '';
  const regex = new RegExp(`${firstClass}(?<![\\p{L}\\p{N}])(?:${source})(?![\\p{L}\\p{N}])`, 'gu');
  // The same patterns as token sequences, by their first word: the text's tokens are
  // looked up once each instead of running the alternation at every character.
  const byFirstWord = new Map<string, { words: readonly string[]; pattern: string }[]>();
  for (const pattern of patterns) {
    const words = pattern.match(PATTERN_TOKEN) ?? [];
    if (words.length === 0) continue;
    const list = byFirstWord.get(words[0]!) ?? [];
    list.push({ words, pattern });
    byFirstWord.set(words[0]!, list);
  }
  for (const list of byFirstWord.values()) list.sort((a, b) => b.words.length - a.words.length || b.pattern.length - a.pattern.length);
  // One bit per hash of a first word: most tokens start no pattern, and the bit says so.
  const firstWords = new Int32Array(0x10000 >>> 5);
  for (const word of byFirstWord.keys()) {
    const hash = formHash(word);
    firstWords[hash >>> 5]! |= 1 << (hash & 31);
  }
  const matchTokens = (tokens: readonly Token[]): { start: number; end: number; key: string }[] => {
    const found: { start: number; end: number; key: string }[] = [];
    for (let i = 0; i < tokens.length; i++) {
      const token = tokens[i]!;
      if (token.kind === 'punct') continue;
      const folded = token.folded;
      const hash = token.foldedHash;
      const candidates =
        ((firstWords[hash >>> 5]! & (1 << (hash & 31))) !== 0 ? byFirstWord.get(folded) : undefined) ??
        (folded.endsWith('s') && POSSESSIVE.test(folded) ? byFirstWord.get(folded.slice(0, -2)) : undefined);
      if (!candidates) continue;
      for (const candidate of candidates) {
        const { words } = candidate;
        if (i + words.length > tokens.length) continue;
        let k = 1;
        while (k < words.length - 1 && tokens[i + k]!.folded === words[k]) k++;
        // The last word may carry a possessive: "Bac Ninh’s 6-month results".
        const last = tokens[i + words.length - 1]!;
        const possessive = last.folded === words[words.length - 1] ? null : POSSESSIVE.exec(last.folded);
        const lastWord = possessive ? last.folded.slice(0, possessive.index) : last.folded;
        if (k < words.length - 1 || lastWord !== words[words.length - 1]) continue;
        found.push({ start: token.start, end: possessive ? last.start + possessive.index : last.end, key: candidate.pattern });
        i += words.length - 1;
        break;
      }
    }
    return found;
  };
  const matchRegex = (folded: string): { start: number; end: number; key: string }[] => {
    const found: { start: number; end: number; key: string }[] = [];
    regex.lastIndex = 0;
    for (let match = regex.exec(folded); match; match = regex.exec(folded)) {
      found.push({ start: match.index, end: match.index + match[0].length, key: match[0].replace(/\s+/g, ' ') });
    }
    return found;
  };
  const unitsById = new Map(config.units.map((unit) => [unit.id, unit]));
  const configuredGazetteer = provincesOf('district-era').concat(provincesOf('commune-era')).filter((province) => configuredForms.includes(bareName(province.name)));

  // A unit is named as it stood on the event's day. A report from before a unit ceased
  // concerns its successors (resolved by the caller); after it ceased, its name is history
  // ("the old Thanh Ha district"). A district-level unit the config does not date ceased
  // with the whole district level on 1 July 2025.
  const unitInForce = (unit: Unit, day: string): boolean => {
    if (unit.since !== undefined && day < unit.since) return false;
    if (unit.ceased !== undefined) return day < unit.ceased.date;
    if (levelOfUnitKind(unit.kind) === 'district' && eraAt(day) === 'commune-era') return false;
    return true;
  };

  const find = (text: string, folded: string, date?: string, tokens?: readonly Token[]): PlaceSpan[] => {
    const era: Era = date ? eraAt(date) : 'district-era';
    const configuredName = (() => {
      if (!date) return config.province.name;
      const now = provinceAt(configuredGazetteer, era);
      // A province merged away by the event's day is read as the province it joined.
      return now && configuredGazetteer.length > 0 && !configuredGazetteer.includes(now) ? asciiName(now) : config.province.name;
    })();
    const spans: PlaceSpan[] = [];
    const lists: ListMemo = { last: null };
    for (const match of tokens ? matchTokens(tokens) : matchRegex(folded)) {
      const entry = byPattern.get(match.key);
      if (!entry) continue;
      const { start, end } = match;
      const original = text.slice(start, end);
      const isProvince = entry.configured || entry.provinces !== null;
      // Province names are proper nouns; "hòa bình" in lower case is the word "peace".
      if (isProvince && entry.units.length === 0 && !/(?:^|\s)\p{Lu}/u.test(original)) continue;
      // "phường Hòa Bình", "đường Hà Nội", "Ha Nam ward": a ward, commune or street of that name, not the province.
      // "Ho Chi Minh Communist Youth Union", "tư tưởng Hồ Chí Minh": the President's name; the city is named as one.
      const lowerLevel = LOWER_LEVEL_BEFORE.test(text.slice(Math.max(0, start - 24), start)) || LOWER_LEVEL_AFTER.test(text.slice(end, end + 24));
      const president = /^h[oồ] ch[ií] minh$/iu.test(original) && !HCM_CITY_BEFORE.test(text.slice(Math.max(0, start - 16), start)) && !/^\s*city\b/i.test(text.slice(end, end + 8));
      const hometown = inHometown(text, folded, start);
      const nameOnly = isProvince && entry.units.length === 0 && (lowerLevel || president || hometown);
      if (nameOnly) {
        spans.push({ start, end, unit: null, province: null, level: 'province', nameOnly: true });
        continue;
      }
      if (entry.units.length > 0) {
        if (hometown || (entry.bare && !standsAlone(text, start, end, lists))) continue;
        const day = date ?? '2000-01-01';
        const usable = entry.units.map((id) => unitsById.get(id)!).filter((unit) => unitInForce(unit, day));
        // "Thanh Hà (cũ)", "the former Gia Loc": a unit that no longer exists, not the one of that name today.
        const former = FORMER_BEFORE.test(text.slice(Math.max(0, start - 16), start)) || FORMER_AFTER.test(text.slice(end, end + 12));
        const pickedUnit = usable[0];
        // "phường Đông Hải 2": a longer name, another unit. A count after the name ("huyện Tứ Kỳ 172 người",
        // "Gia Loc District 95 members") is a figure of a ranked list, and the unit is named.
        if (former || !pickedUnit || (/^\s+\d/.test(text.slice(end, end + 3)) && !COUNT_AFTER.test(text.slice(end, end + 40)))) continue;
        spans.push({ start, end, unit: pickedUnit.id, province: null, bare: entry.bare, level: levelOfUnitKind(pickedUnit.kind) });
        continue;
      }
      if (entry.configured) {
        spans.push({ start, end, unit: null, province: configuredName, level: 'province' });
        continue;
      }
      const province = provinceAt(entry.provinces ?? [], era);
      if (!province) continue;
      const name = configuredGazetteer.includes(province) ? configuredName : asciiName(province);
      spans.push({ start, end, unit: null, province: name, level: 'province' });
    }
    const others = gazetteerUnits(text, folded, era, spans).map((span) => (inHometown(text, folded, span.start) ? { ...span, unit: null, province: null, nameOnly: true } : span));
    if (others.length === 0) return spans;
    return [...spans, ...others.map((span) => (configuredGazetteer.some((province) => asciiName(province) === span.province) ? { ...span, province: configuredName } : span))].sort((a, b) => a.start - b.start);
  };
  return { provinceName: config.province.name, find };
}

// A page's last line of one or two short names and nothing else ("THANH HÀ", "Thái Bình", "HẢI ANH - THÀNH CHUNG"):
// the writer's byline. Reporters' names are often place names, and such a line names no place of the story.
const BYLINE_NAME = String.raw`\p{Lu}[\p{L}.]*(?:[ \t]+\p{Lu}[\p{L}.]*){0,3}`;
const BYLINE_LINE = new RegExp(`^[ \\t]*${BYLINE_NAME}(?:[ \\t]*[-–,][ \\t]*${BYLINE_NAME})?[ \\t]*\\.?[ \\t]*$`, 'u');
const BYLINE_MAX = 48;
const STORY_BEFORE_BYLINE = 80;
// The marks a finished paragraph ends with (one code unit each, never the empty string's "").
const STORY_END = ['.', '!', '?', '…', '"', '”', ')'];

/** Whether `text.slice(0, end)` ends with a blank line (`/\n[ \t]*\n[ \t]*$/`), read backwards from `end`. */
function blankLineBefore(text: string, end: number): boolean {
  let at = end;
  for (let breaks = 0; breaks < 2; breaks++) {
    while (at > 0 && (text.charCodeAt(at - 1) === 0x20 || text.charCodeAt(at - 1) === 0x09)) at--;
    if (at === 0 || text.charCodeAt(at - 1) !== 0x0a) return false;
    at--;
  }
  return true;
}

/** The span of a closing byline line, or null when the page does not end with one. */
export function closingByline(text: string): { start: number; end: number } | null {
  // trimEnd drops exactly the characters `\s` matches, without a pattern tried at every space of the text.
  const trimmedEnd = text.trimEnd().length;
  const start = text.lastIndexOf('\n', trimmedEnd - 1) + 1;
  if (start === 0 || trimmedEnd - start > BYLINE_MAX) return null;
  const line = text.slice(start, trimmedEnd);
  if (!BYLINE_LINE.test(line)) return null;
  const before = text.slice(0, start).trimEnd();
  // The byline closes a story: a paragraph stands before it, finished or set off by a blank line.
  if (before.length < STORY_BEFORE_BYLINE) return null;
  if (!STORY_END.includes(before.charAt(before.length - 1)) && !blankLineBefore(text, start)) return null;
  return { start, end: trimmedEnd };
}

