import { MONTHS_EN } from './vocabulary';
import { spanIndex } from './span-index';
import { isAsciiLetter, stickyOf } from './text';

export type PartOfDay = 'morning' | 'afternoon' | 'evening';

export interface DateMention {
  readonly start: number;
  readonly end: number;
  readonly day: number;
  readonly month: number;
  /** Null when the text leaves the year out. */
  readonly year: number | null;
  /** Part of day written right before the date ("On the afternoon of", "Chiều"). */
  readonly partOfDay: PartOfDay | null;
  /** The first day of a span of days written as one ("từ ngày 18 đến 20/8", "August 18-20"). */
  readonly range?: boolean;
}

const MONTH = '(January|February|March|April|May|June|July|August|September|October|November|December|Jan\\.?|Feb\\.?|Mar\\.?|Apr\\.?|Jun\\.?|Jul\\.?|Aug\\.?|Sept?\\.?|Oct\\.?|Nov\\.?|Dec\\.?)';
const ORD = '(?:st|nd|rd|th)?';
const YEAR = '((?:19|20)\\d{2})';

// Alternatives are anchored on distinct leading tokens so the engine never backtracks
// across more than a few characters.
const DATE_PATTERN = new RegExp(
  [
    `\\b${MONTH}\\s+(\\d{1,2})${ORD}(?![\\d/])(?:,?\\s+${YEAR}(?!\\d))?`,
    `\\b(\\d{1,2})${ORD}\\s+(?:of\\s+)?${MONTH}\\b(?:,?\\s+${YEAR}(?!\\d))?`,
    `\\bngày\\s+(\\d{1,2})\\s+tháng\\s+(\\d{1,2})(?:,?\\s+năm\\s+${YEAR}(?!\\d))?`,
    `(?<![\\d/.,])(\\d{1,2})\\s?/\\s?(\\d{1,2})(?!\\d)(?:\\s?/\\s?${YEAR}(?!\\d))?(?![/\\d])`,
    // "Ngày 17 – 9": a dash may be spaced, as a typed en dash often is.
    `(?<![\\d/.,])(\\d{1,2})(?:[-.]|\\s[-–]\\s)(\\d{1,2})(?!\\d)(?:(?:[-.]|\\s[-–]\\s)${YEAR}(?!\\d))?(?![-/\\d])`,
  ].join('|'),
  'giu',
);

const WEEKDAY_EN = '(?:(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday),?\\s+)?';
const PART_BEFORE_EN = new RegExp(
  `(?:\\b(morning|afternoon|evening|night)\\s+of\\s+(?:the\\s+)?${WEEKDAY_EN}|\\b(morning|afternoon|evening|night)\\s*\\(?\\s*|(?:^|[.\\n]\\s*)(early)\\s+|\\b(?:on|in)\\s+the\\s+(morning|afternoon|evening|night)\\s*,?\\s*${WEEKDAY_EN})$`,
  'i',
);
// "Chiều tối qua (23/9)": late afternoon turning to evening, the day before the page's, is the evening.
// ("Chiều ngày ngày 29/12": a doubled "ngày", as typed, still leaves the part of day to the date.)
const PART_BEFORE_VI = /(?:^|[^\p{L}])(chiều tối|sáng|chiều|tối|trưa|đêm)\s*(?:(?:hôm\s+nay|nay|hôm\s+qua|qua)\s*,?\s*)?(?:(?:thứ\s+\p{L}+|chủ\s+nhật)\s*,?\s*)?(?:\(\s*)?(?:ngày\s+){0,2}(?:mai\s*)?$/iu;
/** {@link partBefore} read by the two patterns alone: the reference the word test must not change. */
export function partBeforeByPatterns(before: string, vietnamese: boolean): PartOfDay | null {
  const english = partOfDayOf(PART_BEFORE_EN.exec(before)?.slice(1).find(Boolean));
  return english !== null || !vietnamese ? english : partOfDayOf(PART_BEFORE_VI.exec(before)?.[1]);
}
const PART_AFTER = /^\s*,?\s*(?:in\s+the\s+)?(morning|afternoon|evening|night)\b/i;

function partOfDayOf(word: string | undefined): PartOfDay | null {
  switch ((word ?? '').toLowerCase()) {
    case 'morning':
    case 'early':
    case 'sáng':
      return 'morning';
    case 'afternoon':
    case 'chiều':
    case 'trưa':
      return 'afternoon';
    case 'evening':
    case 'night':
    case 'tối':
    case 'chiều tối':
    case 'đêm':
      return 'evening';
    default:
      return null;
  }
}

// PART_BEFORE_EN and PART_BEFORE_VI end at `$`: the engine tries them from each of the 40
// characters before every date. Each needs one of its part-of-day words, so a lower-cased copy
// without any of them rules a pattern out. (PART_BEFORE_EN is ASCII-only under `i`. Under `iu`
// "ſáng" matches "sáng" but is no part of day for partOfDayOf either, so skipping it changes nothing.)
const PART_WORDS_EN = ['morning', 'afternoon', 'evening', 'night', 'early'];
const PART_WORDS_VI = ['sáng', 'chiều', 'tối', 'trưa', 'đêm'];

/** The part of day written right before a date (`vietnamese`: the Vietnamese words too), as the two patterns read it. */
export function partBefore(before: string, vietnamese: boolean): PartOfDay | null {
  const lower = before.toLowerCase();
  const english = PART_WORDS_EN.some((word) => lower.includes(word)) ? partOfDayOf(PART_BEFORE_EN.exec(before)?.slice(1).find(Boolean)) : null;
  if (english !== null || !vietnamese) return english;
  return PART_WORDS_VI.some((word) => lower.includes(word)) ? partOfDayOf(PART_BEFORE_VI.exec(before)?.[1]) : null;
}

function monthIndex(name: string): number {
  const key = name.toLowerCase().replace('.', '').slice(0, 3);
  return MONTHS_EN.findIndex((month) => month.startsWith(key)) + 1;
}

function valid(day: number, month: number, year: number | null): boolean {
  if (month < 1 || month > 12 || day < 1) return false;
  const days = new Date(Date.UTC(year ?? 2024, month, 0)).getUTCDate();
  return day <= days;
}

// "Ngày 23-24/6/2022", "Ngày 07,08/5/2020", "Trong hai ngày 7 và 8/8": a two-day event, dated by its first day.
// "From 25th to 27th October", "on 10 and 11 January": the first day with the month written after the second.
const EN_DAY_RANGE = new RegExp(`\\b(\\d{1,2})(?:st|nd|rd|th)?\\s+(?:to|and|-|–)\\s+(\\d{1,2})(?:st|nd|rd|th)?\\s+(?:of\\s+)?${MONTH}\\b(?:,?\\s+${YEAR}(?!\\d))?`, 'giu');
// ("Trong 03 ngày, 3,4 và 5/8/2020": three days listed, the middle one between.)
// ("mùng 4 và mùng 5/8": a day from 1 to 10 may be written after "mùng" or "mồng".)
const DAY_RANGE = new RegExp(`(?<![\\d/.,])(\\d{1,2})\\s?(?:,|-|–|và|and|&)\\s?(?:(?:mùng|mồng)\\s)?(?:\\d{1,2}\\s?(?:,|và|and|&)\\s?)?(\\d{1,2})\\s?/\\s?(\\d{1,2})(?!\\d)(?:\\s?/\\s?${YEAR}(?!\\d))?(?![/\\d])`, 'gu');
// "Ngày 27 và 28-7", "Ngày 25, 26-3", "chiều 16 và sáng 17.10": the month after a dash or a dot, read only after
// "ngày" or a part of day, where the genre writes dates so (elsewhere "25, 26.5" is a figure); also in brackets after
// it ("Trong 2 ngày (17 và 18-4)").
const VI_DAY_RANGE_DASHED = new RegExp(
  `(?<=(?:ngày|sáng|chiều|tối|trưa)(?:\\s+|\\s*\\(\\s*))(\\d{1,2})\\s?(?:,|và)\\s?(?:(?:sáng|chiều|tối|trưa)\\s+)?(\\d{1,2})\\s?[.-]\\s?(\\d{1,2})(?![\\d.,]\\d)(?:\\s?[/.-]\\s?${YEAR}(?!\\d))?(?![/\\d])`,
  'giu',
);

// "từ ngày 18 đến 20/8/2025", "18 đến hết 20/8": a span of a few days, its month and year written after its last day.
const VI_SPAN = new RegExp(`(?<![\\d/.,])(\\d{1,2})\\s*(?:đến|tới)\\s+(?:hết\\s+)?(?:ngày\\s+)?(\\d{1,2})\\s?/\\s?(\\d{1,2})(?!\\d)(?:\\s?/\\s?${YEAR}(?!\\d))?(?![/\\d])`, 'gu');
// "August 18-20, 2025", "from August 18 to 20": the month written before the first day, the year after the last.
const EN_MONTH_SPAN = new RegExp(`\\b${MONTH}\\s+(\\d{1,2})(?:st|nd|rd|th)?\\s*(?:to|-|–|and)\\s*(\\d{1,2})(?:st|nd|rd|th)?(?![\\d/])(?:,?\\s+${YEAR}(?!\\d))?`, 'giu');

/**
 * The scans of {@link findDates}, written with the `u` flag, and the same patterns without
 * it. They hold no Unicode property or code point escape, so without `u` they find the same
 * matches in two to three times less time; the only difference is case folding under `iu`,
 * which also pairs "ſ" with "s" and the Kelvin sign with "k": a text holding either is read
 * with the patterns as written.
 */
const DATE_SCANS = { viSpan: VI_SPAN, enMonthSpan: EN_MONTH_SPAN, dayRange: DAY_RANGE, viDayRangeDashed: VI_DAY_RANGE_DASHED, enDayRange: EN_DAY_RANGE, date: DATE_PATTERN };
type DateScans = typeof DATE_SCANS;
const withoutUnicodeFlag = (pattern: RegExp): RegExp =>
  /\\[pPu]\{|\\[pP]/.test(pattern.source) ? pattern : new RegExp(pattern.source, pattern.flags.replace('u', ''));
const PLAIN_DATE_SCANS: DateScans = Object.fromEntries(Object.entries(DATE_SCANS).map(([name, pattern]) => [name, withoutUnicodeFlag(pattern)])) as DateScans;
const FOLDS_TO_ASCII_UNDER_U = /[\u017f\u212a]/;

// Each scan above opens either at a run of one or two digits (a longer run cannot be followed
// by what the patterns want after `\d{1,2}`, and `\d{1,2}` never starts inside a run: a
// lookbehind, `\b` or `\s` stands before it), or at a month name or "ngày" written right
// before such a run, across whitespace. Trying the patterns (sticky, with their lookbehinds
// reading the whole text) only there, in order, and resuming after each match, finds exactly
// the matches of the global scans at a fraction of their cost: those try every position.
const SHORT_DIGIT_RUN = /(?<![0-9])[0-9][0-9]?(?![0-9])/g;
const MONTH_INITIALS = new Set('jfmasondJFMASOND');

/** What `\s` matches (ECMAScript white space and line terminators). */
function isRegExpSpace(code: number): boolean {
  return code === 0x20 || (code >= 0x09 && code <= 0x0d) || code === 0xa0 || code === 0x1680 || (code >= 0x2000 && code <= 0x200a) ||
    code === 0x2028 || code === 0x2029 || code === 0x202f || code === 0x205f || code === 0x3000 || code === 0xfeff;
}


interface DateCandidates {
  /** Per scan, the positions where it may match, in order. */
  readonly viSpan: number[];
  readonly enMonthSpan: number[];
  readonly dayRange: number[];
  readonly viDayRangeDashed: number[];
  readonly enDayRange: number[];
  readonly date: number[];
}

// What may stand right after a run of one or two digits for each scan to match there: the first
// character of what each pattern writes after `(\d{1,2})` (white space aside), in its own case rule.
// VI_SPAN: `\s*(?:đến|tới)`; DAY_RANGE: `\s?(?:,|-|–|và|and|&)`; VI_DAY_RANGE_DASHED (under `i`):
// `\s?(?:,|và)`; EN_DAY_RANGE (under `i`): `(?:st|nd|rd|th)?\s+`; DATE_PATTERN's digit-led
// alternatives (under `i`): `${ORD}\s+`, `\s?\/`, `[-.]`. One bit per scan, by code unit.
const VI_SPAN_BIT = 1;
const DAY_RANGE_BIT = 2;
const VI_DAY_RANGE_DASHED_BIT = 4;
const EN_DAY_RANGE_BIT = 8;
const DATE_BIT = 16;
const AFTER_RUN = new Uint8Array(0x10000);
for (const [bit, characters] of [
  [VI_SPAN_BIT, 'đt'],
  [DAY_RANGE_BIT, ',-–va&'],
  [VI_DAY_RANGE_DASHED_BIT, ',vV'],
  [EN_DAY_RANGE_BIT, 'snrtSNRT'],
  [DATE_BIT, 'snrtSNRT/-.'],
] as const) for (const character of characters) AFTER_RUN[character.charCodeAt(0)]! |= bit;
for (let unit = 0; unit < 0x10000; unit++) if (isRegExpSpace(unit)) AFTER_RUN[unit] = VI_SPAN_BIT | DAY_RANGE_BIT | VI_DAY_RANGE_DASHED_BIT | EN_DAY_RANGE_BIT | DATE_BIT;

/** Whether the four code units before `end` read "ngày" under the `i` flag without `u` (ASCII and "à" case pairs only). */
function ngayBefore(text: string, end: number): boolean {
  if (end < 4) return false;
  const y = text.charCodeAt(end - 1) | 0x20;
  const a = text.charCodeAt(end - 2);
  const g = text.charCodeAt(end - 3) | 0x20;
  const n = text.charCodeAt(end - 4) | 0x20;
  return y === 0x79 && (a === 0xe0 || a === 0xc0) && g === 0x67 && n === 0x6e;
}
// Before the run: DAY_RANGE, VI_SPAN and the numeric dates of DATE_PATTERN forbid `[\d/.,]`;
// VI_DAY_RANGE_DASHED needs white space or an opening bracket (its lookbehind ends in `\s+` or `\s*\(\s*`).
const isSlashDotComma = (c: number): boolean => c === 0x2f || c === 0x2e || c === 0x2c;

function dateCandidates(text: string): DateCandidates {
  const found: DateCandidates = { viSpan: [], enMonthSpan: [], dayRange: [], viDayRangeDashed: [], enDayRange: [], date: [] };
  const all = found.date;
  SHORT_DIGIT_RUN.lastIndex = 0;
  for (let run = SHORT_DIGIT_RUN.exec(text); run; run = SHORT_DIGIT_RUN.exec(text)) {
    const at = run.index;
    let wordEnd = at;
    while (wordEnd > 0 && isRegExpSpace(text.charCodeAt(wordEnd - 1))) wordEnd--;
    const spaceBefore = wordEnd < at;
    if (spaceBefore) {
      // "ngày 5 tháng 3"
      if (ngayBefore(text, wordEnd)) all.push(wordEnd - 4);
      // A month name is ASCII letters, some with a full stop; `\b` admits only the run's first letter.
      let letters = wordEnd > 0 && text.charCodeAt(wordEnd - 1) === 0x2e ? wordEnd - 1 : wordEnd;
      const lettersEnd = letters;
      while (letters > 0 && isAsciiLetter(text.charCodeAt(letters - 1))) letters--;
      if (letters < lettersEnd && MONTH_INITIALS.has(text.charAt(letters))) {
        found.enMonthSpan.push(letters);
        // After the "ngày" candidate: its "à" is no ASCII letter, so the letters start past it.
        if (all.length === 0 || all[all.length - 1]! < letters) all.push(letters);
      }
    }
    const after = at + run[0].length < text.length ? AFTER_RUN[text.charCodeAt(at + run[0].length)]! : 0;
    if (after === 0) continue;
    const plainBefore = at === 0 || !isSlashDotComma(text.charCodeAt(at - 1));
    if (plainBefore && (after & VI_SPAN_BIT) !== 0) found.viSpan.push(at);
    if (plainBefore && (after & DAY_RANGE_BIT) !== 0) found.dayRange.push(at);
    if ((spaceBefore || (at > 0 && text.charCodeAt(at - 1) === 0x28)) && (after & VI_DAY_RANGE_DASHED_BIT) !== 0) found.viDayRangeDashed.push(at);
    if ((after & EN_DAY_RANGE_BIT) !== 0) found.enDayRange.push(at);
    if ((after & DATE_BIT) !== 0) all.push(at);
  }
  return found;
}

/** The matches a global scan of `pattern` would find, trying its sticky copy at `candidates` only. */
function matchesAt(pattern: RegExp, text: string, candidates: readonly number[]): RegExpExecArray[] {
  const out: RegExpExecArray[] = [];
  let next = 0;
  for (const at of candidates) {
    if (at < next) continue;
    pattern.lastIndex = at;
    const match = pattern.exec(text);
    if (!match) continue;
    out.push(match);
    next = Math.max(at + 1, at + match[0].length);
  }
  return out;
}

/** Every match of a global pattern, from the start of the text. */
function globalMatches(pattern: RegExp, text: string): RegExpExecArray[] {
  pattern.lastIndex = 0;
  const out: RegExpExecArray[] = [];
  for (let match = pattern.exec(text); match; match = pattern.exec(text)) out.push(match);
  return out;
}

const STICKY_DATE_SCANS: DateScans = Object.fromEntries(Object.entries(PLAIN_DATE_SCANS).map(([name, pattern]) => [name, stickyOf(pattern)])) as DateScans;
export type DateScanMatches = { readonly [name in keyof DateScans]: RegExpExecArray[] };

/**
 * The matches of the scans of {@link findDates}. `whole` scans every position of the text, as
 * the global patterns do: the reference the candidate positions must give exactly.
 */
export function dateScanMatches(text: string, how: 'candidates' | 'whole' = 'candidates'): DateScanMatches {
  // Under `iu` "ſ" may stand in a month name and the Kelvin sign is a word character of `\b`:
  // such rare text is scanned whole, with the patterns as written.
  const unicode = FOLDS_TO_ASCII_UNDER_U.test(text);
  if (unicode || how === 'whole') {
    const scans = unicode ? DATE_SCANS : PLAIN_DATE_SCANS;
    return Object.fromEntries(Object.entries(scans).map(([name, pattern]) => [name, globalMatches(pattern, text)])) as DateScanMatches;
  }
  const candidates = dateCandidates(text);
  const scans = STICKY_DATE_SCANS;
  return {
    viSpan: matchesAt(scans.viSpan, text, candidates.viSpan),
    enMonthSpan: matchesAt(scans.enMonthSpan, text, candidates.enMonthSpan),
    dayRange: matchesAt(scans.dayRange, text, candidates.dayRange),
    viDayRangeDashed: matchesAt(scans.viDayRangeDashed, text, candidates.viDayRangeDashed),
    enDayRange: matchesAt(scans.enDayRange, text, candidates.enDayRange),
    date: matchesAt(scans.date, text, candidates.date),
  };
}

/** Every calendar date written in the text, in order. */
export function findDates(text: string): DateMention[] {
  const scans = dateScanMatches(text);
  const found: DateMention[] = [];
  const ranges: { start: number; end: number }[] = [];
  const span = (match: RegExpExecArray, first: number, last: number, month: number, year: number | null): void => {
    if (last <= first || last - first > 6 || !valid(first, month, year) || !valid(last, month, year)) return;
    const before = text.slice(Math.max(0, match.index - 40), match.index);
    const part = partBefore(before, true);
    const end = match.index + match[0].length;
    ranges.push({ start: match.index, end });
    found.push({ start: match.index, end, day: first, month, year, partOfDay: part, range: true });
  };
  for (const match of scans.viSpan) span(match, Number(match[1]), Number(match[2]), Number(match[3]), match[4] ? Number(match[4]) : null);
  for (const match of scans.enMonthSpan) span(match, Number(match[2]), Number(match[3]), monthIndex(match[1]!), match[4] ? Number(match[4]) : null);
  for (const match of [...scans.dayRange, ...scans.viDayRangeDashed]) {
    const [first, last, month] = [Number(match[1]), Number(match[2]), Number(match[3])];
    const year = match[4] ? Number(match[4]) : null;
    const before = text.slice(Math.max(0, match.index - 40), match.index);
    // "từ 18-20/9", "from 18-20/9": after a word that opens a span, a dash joins the first and last days of a
    // few-day event; elsewhere only next days are a pair ("25, 26.5" may be a figure).
    const span = last > first && last - first <= 6 && /^\d{1,2}\s?[-–]/.test(match[0]) && /(?<!\p{L})(?:từ|from)\s*(?:ngày\s+)?$/iu.test(before);
    // Days listed one by one follow each other: "7,8/5" two days, "3,4 và 5/8" three.
    const listed = (match[0].replace(/\s?[/.-]\s?\d{1,2}(?:\s?[/.-]\s?\d{4})?$/u, '').match(/\d{1,2}/g) ?? []).length;
    if ((last !== first + listed - 1 && !span) || !valid(first, month, year) || !valid(last, month, year)) continue;
    if (ranges.some((range) => range.start < match.index + match[0].length && match.index < range.end)) continue;
    const part = partBefore(before, true);
    const end = match.index + match[0].length;
    ranges.push({ start: match.index, end });
    found.push({ start: match.index, end, day: first, month, year, partOfDay: part, ...(span ? { range: true } : {}) });
  }
  for (const match of scans.enDayRange) {
    const [first, last, month] = [Number(match[1]), Number(match[2]), monthIndex(match[3]!)];
    const year = match[4] ? Number(match[4]) : null;
    if (last <= first || last - first > 6 || !valid(first, month, year)) continue;
    if (ranges.some((range) => range.start < match.index + match[0].length && match.index < range.end)) continue;
    const before = text.slice(Math.max(0, match.index - 40), match.index);
    const part = partBefore(before, false);
    const end = match.index + match[0].length;
    ranges.push({ start: match.index, end });
    found.push({ start: match.index, end, day: first, month, year, partOfDay: part });
  }
  const inRange = spanIndex(ranges);
  for (const match of scans.date) {
    if (inRange.covers(match.index)) continue;
    const g = match;
    let day: number;
    let month: number;
    let year: string | undefined;
    let numericDash = false;
    if (g[1]) [month, day, year] = [monthIndex(g[1]), Number(g[2]), g[3]];
    else if (g[5]) [day, month, year] = [Number(g[4]), monthIndex(g[5]), g[6]];
    else if (g[7]) [day, month, year] = [Number(g[7]), Number(g[8]), g[9]];
    else if (g[10]) {
      [day, month, year] = [Number(g[10]), Number(g[11]), g[12]];
      // "12/28/2016": a full date whose second number cannot be a month is written month first (US order).
      if (year && month > 12 && day <= 12) [day, month] = [month, day];
    }
    else {
      [day, month, year] = [Number(g[13]), Number(g[14]), g[15]];
      numericDash = true;
    }
    const yearNumber = year ? Number(year) : null;
    if (!valid(day, month, yearNumber)) continue;
    const before = text.slice(Math.max(0, match.index - 40), match.index);
    let part = partBefore(before, true);
    const end = match.index + match[0].length;
    if (!part) part = partOfDayOf(PART_AFTER.exec(text.slice(end, end + 30))?.[1]);
    // "5-3" is a date only where the genre writes dates that way: after a part of day or "ngày".
    if (numericDash && !part && !/(?:ngày|on)\s*$/i.test(before)) continue;
    found.push({ start: match.index, end, day, month, year: yearNumber, partOfDay: part });
  }
  return ranges.length > 0 ? found.sort((a, b) => a.start - b.start) : found;
}

function iso(year: number, month: number, day: number): string {
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

function dayNumber(year: number, month: number, day: number): number {
  return Date.UTC(year, month - 1, day) / 86_400_000;
}

/**
 * Picks the year of a date written without one: the latest such date not after the
 * reference date, with a week of slack for reports written ahead of the event; so
 * "December 30" read on January 2 is last year's.
 */
export function resolveYear(mention: Pick<DateMention, 'day' | 'month' | 'year'>, referenceDate: string, slackDays = 7): string | null {
  if (mention.year !== null) return valid(mention.day, mention.month, mention.year) ? iso(mention.year, mention.month, mention.day) : null;
  const ref = /^(\d{4})-(\d{2})-(\d{2})$/.exec(referenceDate);
  if (!ref) return null;
  const refYear = Number(ref[1]);
  const refDay = dayNumber(refYear, Number(ref[2]), Number(ref[3]));
  let best: number | null = null;
  for (const year of [refYear + 1, refYear, refYear - 1]) {
    if (!valid(mention.day, mention.month, year)) continue;
    if (dayNumber(year, mention.month, mention.day) <= refDay + slackDays) {
      best = year;
      break;
    }
  }
  if (best === null) return null;
  return iso(best, mention.month, mention.day);
}

export interface EventDate {
  readonly date: string | null;
  readonly partOfDay: PartOfDay | null;
  readonly mention: DateMention | null;
  /** How the year was told: written with the date, from the page's stamp, from a year the text names, or from the upload day. */
  readonly yearFrom: 'written' | 'stamp' | 'text' | 'term' | 'anniversary' | 'reference' | null;
  /** Where the date was found: the lead, a sentence with a part of day, or a sentence that opens with it. */
  readonly place: 'lead' | 'organizer' | 'headline' | 'marked' | 'opening' | 'weekday' | 'relative' | null;
}

export interface DateContext {
  /** Dates of the page itself (stamps) and of cited documents: never the event's. */
  readonly excluded: readonly { start: number; end: number }[];
  readonly leadStart: number;
  readonly leadEnd: number;
  /** The headline, when one stands above the lead. */
  readonly headline: { start: number; end: number } | null;
  readonly referenceDate: string;
  /** The sentence the organizer was read from, when it is not the lead. */
  readonly organizerSentence?: { start: number; end: number } | null;
  /** The page's publication day, when a stamp gives it. */
  readonly published: { year: number; month: number; day: number } | null;
}

// "năm 2024", "quý I/2024", "quý I năm 2024", "6 tháng đầu năm 2024", "tháng 4-2024", "in 2019", "2024 is".
// A year in a span "2020-2025" or "(1930 - 2025)" is a term or an anniversary, not the event's year.
const YEAR_WORD = /(?<![\p{L}\d.,])((?:19|20)\d{2})(?![\d])(?!\s?[-–]\s?(?:19|20)?\d{2}(?!\d))/gu;
const REVIEW_WORDS = /(?<!\p{L})(?:tổng kết|year-end|end-of-year|review(?:ed|ing)? (?:the )?(?:work|results|performance|tasks)|results of|summar(?:y|ize|ise|izing|ising))(?!\p{L})/iu;

/** Years the headline and the lead name on their own (not as part of a date, a term or a cited document). */
export function contextYears(text: string, from: number, to: number, excluded: readonly { start: number; end: number }[]): { year: number; start: number }[] {
  const out: { year: number; start: number }[] = [];
  const slice = text.slice(from, to);
  const excludedIndex = spanIndex(excluded);
  YEAR_WORD.lastIndex = 0;
  for (let match = YEAR_WORD.exec(slice); match; match = YEAR_WORD.exec(slice)) {
    const start = from + match.index;
    if (excludedIndex.covers(start)) continue;
    const before = text.slice(Math.max(0, start - 14), start);
    // The year of a date such as "ngày 14/6/2024" or "June 14, 2024" belongs to that date.
    if (/\d{1,2}\s?[/.-]\s?\d{1,2}\s?[/.-]\s?$|[A-Za-z]+\.?\s+\d{1,2}(?:st|nd|rd|th)?,?\s+$|ngày\s+\d{1,2}\s+tháng\s+\d{1,2},?\s+năm\s+$/.test(before)) continue;
    // "(1930 - 2025)", "2020-2025": the second year of a span.
    if (/(?:19|20)\d{2}\s?[-–]\s?$/.test(before)) continue;
    // "nhiệm kỳ 2025", "term 2025", "khóa 2021": the term, not the event.
    if (/(?:nhiệm kỳ|khóa|khoá|term|tenure|giai đoạn|period|đến năm|tới năm|to|by|until|vision)\s+$/iu.test(before)) continue;
    out.push({ year: Number(match[1]), start });
  }
  return out;
}

function resolveWithYears(mention: DateMention, years: readonly number[], text: string, context: DateContext): string | null {
  const counts = new Map<number, number>();
  for (const year of years) counts.set(year, (counts.get(year) ?? 0) + 1);
  const distinct = [...counts.keys()].sort((a, b) => a - b);
  const first = years[0]!;
  // A year the text names is the year of the period the event is about: the event falls in
  // it or early in the next one ("tổng kết năm 2024" is held in December 2024 or January
  // 2025). When the upload day puts the date in that window, it is a contemporary upload
  // and the upload day decides; an archive upload years later does not move the event.
  const fromReference = resolveYear(mention, context.referenceDate);
  const referenceYear = fromReference ? Number(fromReference.slice(0, 4)) : null;
  const window = distinct.length === 1 ? [first, first + 1] : distinct;
  if (referenceYear !== null && window.includes(referenceYear)) return fromReference;
  let year = first;
  // A review of year Y with the tasks of Y+1 ("tổng kết năm 2024, triển khai nhiệm vụ năm
  // 2025") is held from the autumn of Y to the spring of Y+1.
  const next = distinct.find((candidate) => counts.has(candidate + 1));
  if (next !== undefined && distinct.length <= 3) year = mention.month >= 7 ? next : next + 1;
  else if (distinct.length === 1 && mention.month <= 2 && REVIEW_WORDS.test(text.slice(context.headline?.start ?? context.leadStart, context.leadEnd))) year = first + 1;
  const iso = valid(mention.day, mention.month, year) ? isoOf(year, mention.month, mention.day) : null;
  // The upload comes after the event: a year that puts it after the upload is not the event's.
  if (iso && iso > shiftDays(context.referenceDate, 7)) return null;
  return iso;
}

function isoOf(year: number, month: number, day: number): string {
  return iso(year, month, day);
}

function shiftDays(isoDate: string, days: number): string {
  const ms = Date.parse(`${isoDate}T00:00:00Z`);
  if (Number.isNaN(ms)) return '9999-12-31';
  return new Date(ms + days * 86_400_000).toISOString().slice(0, 10);
}

// What may open a line that holds nothing but the event's date: a part of day, "ngày", "on the morning of".
const DATE_ALONE_BEFORE =
  /(?:^|[\n.]\s*)(?:(?:sáng|chiều|tối|trưa|đêm)\s+)?(?:ngày\s+)?$|(?:^|[\n.]\s*)on\s+(?:the\s+)?(?:(?:morning|afternoon|evening)\s+of\s+)?$/iu;

const WEEKDAYS_EN = ['sunday', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday'];
const WEEKDAYS_VI = ['chủ nhật', 'thứ hai', 'thứ ba', 'thứ tư', 'thứ năm', 'thứ sáu', 'thứ bảy'];
// "opened ... on Tuesday morning", "began ... on Wednesday", "sáng thứ Ba": a news page dates
// a recent event by its weekday alone. Not when a date follows ("Thứ Ba, 5/3").
const WEEKDAY_IN_LEAD =
  /(?<!\p{L})(?:(?:on|last)\s+(sunday|monday|tuesday|wednesday|thursday|friday|saturday)(?:\s+(morning|afternoon|evening|night))?|(sáng|chiều|tối|trưa)\s+(chủ nhật|thứ hai|thứ ba|thứ tư|thứ năm|thứ sáu|thứ bảy))(?!\p{L})(?!\s*,?\s*(?:\(?\s*ngày\s+)?\d)/giu;

// "This morning, ...", "... opened today", "Sáng nay, ...", "Hôm qua, ...": the page's own day, or the day before it.
const RELATIVE_DAY_IN_LEAD =
  /(?<!\p{L})(?:(this)\s+(morning|afternoon|evening)|(today|tonight)|(yesterday)(?:\s+(morning|afternoon|evening))?|(sáng|chiều|tối|trưa)\s+(nay|qua|hôm qua)|(hôm nay|hôm qua))(?!\p{L})(?!\s*,?\s*\(?\s*(?:ngày\s+)?\d)/iu;

/** The day a relative word of the lead names, counted from the page's stamp, else the upload day. */
function relativeDayInLead(text: string, context: DateContext): EventDate | null {
  const match = RELATIVE_DAY_IN_LEAD.exec(text.slice(context.leadStart, context.leadEnd));
  if (!match) return null;
  const start = context.leadStart + match.index;
  if (context.excluded.some((span) => span.start <= start && span.end > start)) return null;
  const word = (match[7] ?? match[8] ?? '').toLowerCase();
  const before = Boolean(match[4]) || word === 'qua' || word === 'hôm qua';
  const part = partOfDayOf(match[2] ?? match[5] ?? match[6] ?? (match[3]?.toLowerCase() === 'tonight' ? 'evening' : undefined));
  const stamp = context.published;
  const anchor = stamp ? isoOf(stamp.year, stamp.month, stamp.day) : context.referenceDate;
  const anchorMs = Date.parse(`${anchor}T00:00:00Z`);
  if (Number.isNaN(anchorMs)) return null;
  const day = new Date(anchorMs - (before ? 86_400_000 : 0));
  const mention: DateMention = { start, end: start + match[0].length, day: day.getUTCDate(), month: day.getUTCMonth() + 1, year: day.getUTCFullYear(), partOfDay: part };
  return { date: day.toISOString().slice(0, 10), partOfDay: part, mention, yearFrom: stamp ? 'stamp' : 'reference', place: 'relative' };
}

/** The day a weekday of the lead names: the latest such day on or before the page's stamp, else the upload day. */
function weekdayInLead(text: string, context: DateContext): EventDate | null {
  // "He expressed his hope on Tuesday while attending a meeting held by ...": the sentence that names the
  // event's holder dates it as well as the lead does, when the lead gives no day.
  const where = context.organizerSentence;
  const ranges = [{ start: context.leadStart, end: context.leadEnd }, ...(where && where.start >= context.leadEnd ? [where] : [])];
  for (const range of ranges) {
    const found = weekdayIn(text, range.start, range.end, context);
    if (found !== undefined) return found;
  }
  return null;
}

/** The weekday named in `text` from `from` to `to`, as {@link weekdayInLead} reads it; undefined when none is named there. */
function weekdayIn(text: string, from: number, to: number, context: DateContext): EventDate | null | undefined {
  const lead = text.slice(from, to);
  WEEKDAY_IN_LEAD.lastIndex = 0;
  const match = WEEKDAY_IN_LEAD.exec(lead);
  if (!match) return undefined;
  const start = from + match.index;
  if (context.excluded.some((span) => span.start <= start && span.end > start)) return null;
  const weekday = match[1] ? WEEKDAYS_EN.indexOf(match[1].toLowerCase()) : WEEKDAYS_VI.indexOf((match[4] ?? '').toLowerCase());
  if (weekday < 0) return null;
  const stamp = context.published;
  const anchor = stamp ? isoOf(stamp.year, stamp.month, stamp.day) : context.referenceDate;
  const anchorMs = Date.parse(`${anchor}T00:00:00Z`);
  if (Number.isNaN(anchorMs)) return null;
  const back = (new Date(anchorMs).getUTCDay() - weekday + 7) % 7;
  const day = new Date(anchorMs - back * 86_400_000);
  const mention: DateMention = {
    start,
    end: start + match[0].length,
    day: day.getUTCDate(),
    month: day.getUTCMonth() + 1,
    year: day.getUTCFullYear(),
    partOfDay: partOfDayOf(match[2] ?? match[3]),
  };
  return { date: day.toISOString().slice(0, 10), partOfDay: mention.partOfDay, mention, yearFrom: stamp ? 'stamp' : 'reference', place: 'weekday' };
}

// Between a date cut off above the lead and the lead: nothing but punctuation, or a venue cut off the same way.
const VENUE_BETWEEN = /^[\s.,;:–-]*((?:tại|at)\s[^.\n]{1,120}\.\s*)?$/iu;

const COUNT_WORDS: Readonly<Record<string, number>> = { a: 1, one: 1, 'một': 1, two: 2, three: 3, four: 4, five: 5, hai: 2, ba: 3, 'bốn': 4 };
// "After two days of working, the session ended on July 11", "Sau 3 ngày làm việc, ngày 7/6, Đại hội ... bế mạc".
// "After a day of work, on the afternoon of December 15, the congress ended": one day, whose close is not its part of day.
const DAYS_BEFORE_CLOSING = /(?<!\p{L})(?:after|sau)\s+(\d|a|one|một|two|three|four|five|hai|ba|bốn)\s+(?:days?|ngày)(?!\p{L})/iu;
const DAYS_AFTER_CLOSING_DATE = /^\s*,?\s*(?:after|sau)\s+(\d|two|three|four|five|hai|ba|bốn)\s+(?:days|ngày)(?!\p{L})/iu;
const CLOSING = /(?<!\p{L})(?:ended|closed|concluded|wrapped up|bế mạc|kết thúc)(?!\p{L})/iu;
// "Ngày 18/8, sau hai ngày làm việc khẩn trương, ... Đại hội ... đã diễn ra thành công", "after two days of work": days
// of work counted up to the date end there, whatever verb follows.
const DAYS_OF_WORK = /^\s*(?:ngày\s+)?làm việc(?!\p{L})|^\s*of\s+(?:work(?:ing)?|discussions?|deliberations?)\b/iu;
// "phiên trù bị diễn ra vào ngày 18/8", "the preparatory session on August 18": the congress's first sitting.
const PREPARATORY_BEFORE = /(?:phiên trù bị|preparatory (?:session|sitting|meeting))[^.\n]{0,40}$/iu;
// "Ngày 22/8/2025, Đại hội ... đã tiến hành phiên trù bị", "On August 22, the congress held its preparatory session": the date first.
const PREPARATORY_AFTER = /^[^.\n]{0,120}?(?:phiên trù bị|preparatory (?:session|sitting|meeting))/iu;

// "Đại hội ... nhiệm kỳ 2025 - 2030", "congress for the 2025-2030 term": the five-year term a congress opens.
// The congress and its term in one clause; "chuẩn bị Đại hội", "ahead of the congress" name a congress still to come.
const CONGRESS_TERM =
  /(?<!(?:chuẩn bị|tiến tới|hướng tới|nghị quyết|toward|towards|ahead of|preparations for|prepare for|resolutions? of)(?:\s+(?:the|các|cho))?\s+)(?<!\p{L})(?:đại hội|congress)(?!\p{L})[^.\n;]{0,120}?(?:(?<!\p{L})(?:nhiệm kỳ|khóa|khoá|term|tenure)\s+((?:19|20)\d{2})\s?[-–]\s?((?:19|20)\d{2})(?!\d)|(?<!\d)((?:19|20)\d{2})\s?[-–]\s?((?:19|20)\d{2})\s+(?:term|tenure)(?!\p{L}))/iu;

// "kỷ niệm 90 năm Ngày thành lập Đảng (3/2/1930 – 3/2/2020)", "the 95th anniversary of ... (1930-2025)": the count of
// years and a span that agrees with it.
const ANNIVERSARY_SPAN =
  /(?:(?<!\p{L})(?:kỷ niệm|kỉ niệm|mừng)\s+(\d{1,3})\s+năm|\b(\d{1,3})(?:st|nd|rd|th)\s+anniversary)(?!\p{L})[^()\n]{0,120}?\(?\s*(?:\d{1,2}\s*[/.-]\s*\d{1,2}\s*[/.-]\s*|[A-Z][a-z]+\.?\s+\d{1,2},?\s+|\d{1,2}\s+[A-Z][a-z]+\.?\s+)?((?:1[89]|20)\d{2})\s*[-–]\s*(?:\d{1,2}\s*[/.-]\s*\d{1,2}\s*[/.-]\s*)?((?:19|20)\d{2})(?!\d)/iu;

/** The year an anniversary named in the headline or lead is marked, when its span agrees with its count, else null. */
function anniversaryYear(opening: string): number | null {
  const match = ANNIVERSARY_SPAN.exec(opening);
  if (!match) return null;
  const count = Number(match[1] ?? match[2]);
  const first = Number(match[3]);
  const last = Number(match[4]);
  return last - first === count ? last : null;
}

/** The first year of the term a congress named in the headline or lead opens, else null. */
function congressTermStart(opening: string): number | null {
  const term = CONGRESS_TERM.exec(opening);
  if (!term) return null;
  const first = Number(term[1] ?? term[3]);
  const last = Number(term[2] ?? term[4]);
  return last - first === 5 ? first : null;
}

const SITTING_VERB_BEFORE =
  /(?:\b(?:which|that)\s+(?:opened|concluded|closed|ended|began|took place|was held)\s+(?:on\s+)?(?:the\s+)?|(?<!\p{L})(?:đã\s+)?(?:khai mạc|bế mạc|kết thúc|diễn ra)\s+(?:vào\s+)?(?:(?:sáng|chiều|tối)\s+)?ngày\s+)$/iu;
// "X chaired a meeting of the committee's Standing Board on September 9 to review ...": a sentence right after a lead
// that gives no date dates the sitting it names, right after the sitting's words.
// ("At a meeting with ... on November 17, they highlighted ...": a sentence that opens on the sitting dates it too.)
const SITTING_NAMED_BEFORE =
  /(?:\b(?:chaired|attended|held|convened|organi[sz]ed|presided over)\s+(?:a|an|the)\s+(?:[\p{L}'’-]+\s+){0,2}(?:meeting|conference|session|congress|ceremony)\b[^.;!?\n]{0,80}?|(?:^|[.\n]\s*)(?:at|during)\s+(?:a|an|the)\s+(?:[\p{L}'’-]+\s+){0,2}(?:meeting|conference|session|congress|ceremony)\b[^.;!?\n]{0,120}?)\s(?:on|in)\s+(?:the\s+)?(?:(?:morning|afternoon|evening)\s+of\s+)?$/iu;
/** How far past the lead's end a sitting named with its date is looked for. */
const SITTING_NAMED_REACH = 500;
// How far past the lead the event's day may be written again with its part of day.
const SAME_DAY_REACH = 300;
// How far into the story the opening's clock is looked for: its first paragraphs.
const OPENING_CLOCK_REACH = 2000;
// "khai mạc lúc 07.30 phút", "bắt đầu lúc 14 giờ", "opened at 8:30 a.m.", "began at 2 p.m.": a clock written with its
// separator, "giờ" or a.m./p.m., so that a bare number is never read as an hour.
const OPENING_CLOCK =
  /(?<!\p{L})(?:khai mạc|bắt đầu|diễn ra|opened|began|started|kicked off|took place|was held|convened)\s+(?:vào\s+)?(?:lúc|at)\s+(\d{1,2})\s*(?:(?:[h:.]|giờ)\s*(\d{2})?\s*(?:phút)?\s*(a\.?m\.?|p\.?m\.?|sáng|chiều|tối)?|(a\.?m\.?|p\.?m\.?))(?![\p{L}\d])/iu;

/** The part of day of the opening's clock in the story, or null when no opening is timed. */
function openingClock(story: string): PartOfDay | null {
  const match = OPENING_CLOCK.exec(story);
  if (!match) return null;
  const marker = (match[3] ?? match[4] ?? '').toLowerCase().replace(/\./g, '');
  if (marker === 'sáng') return 'morning';
  if (marker === 'chiều') return 'afternoon';
  if (marker === 'tối') return 'evening';
  let hour = Number(match[1]);
  if (marker === 'pm' && hour < 12) hour += 12;
  if (hour > 23) return null;
  return hour < 12 ? 'morning' : hour < 18 ? 'afternoon' : 'evening';
}

/**
 * An event of several days is dated by its first day: a closing dated "after N days"
 * counts back, and a congress's preparatory sitting a few days before its opening is its
 * start. The part of day of the later sitting is not the first day's.
 */
function firstDayOf(text: string, found: EventDate, usable: readonly DateMention[]): EventDate {
  const mention = found.mention;
  if (!found.date || !mention) return found;
  const sentenceStart = Math.max(text.lastIndexOf('.', mention.start - 1), text.lastIndexOf('\n', mention.start - 1)) + 1;
  const nextStop = text.slice(mention.end).search(/[.\n]/);
  const sentence = text.slice(sentenceStart, nextStop < 0 ? text.length : mention.end + nextStop);
  // "concluded on December 10 after two days of discussions", "bế mạc ngày 10/12 sau 2 ngày làm việc": the count may follow the date.
  const countBefore = DAYS_BEFORE_CLOSING.exec(text.slice(sentenceStart, mention.start));
  const countAfter = countBefore ? null : DAYS_AFTER_CLOSING_DATE.exec(text.slice(mention.end, mention.end + 40));
  const count = countBefore ?? countAfter;
  const countEnd = countBefore ? sentenceStart + countBefore.index + countBefore[0].length : countAfter ? mention.end + countAfter.index + countAfter[0].length : 0;
  if (count && (CLOSING.test(sentence) || DAYS_OF_WORK.test(text.slice(countEnd, countEnd + 30)))) {
    const days = /\d/.test(count[1]!) ? Number(count[1]) : COUNT_WORDS[count[1]!.toLowerCase()] ?? 1;
    if (days >= 1 && days <= 7) {
      const first = shiftDays(found.date, -(days - 1));
      // "Sáng 9/12, ... khai mạc" told later: the first day written again with its own part of day.
      const firstYear = Number(first.slice(0, 4));
      const again = usable.find((other) => other !== mention && other.partOfDay !== null && other.day === Number(first.slice(8, 10)) && other.month === Number(first.slice(5, 7)) && (other.year === null || other.year === firstYear));
      return { ...found, date: first, partOfDay: days > 1 && again ? again.partOfDay : null };
    }
  }
  const chosenYear = Number(found.date.slice(0, 4));
  for (const other of usable) {
    if (other.start <= mention.end) continue;
    if (!PREPARATORY_BEFORE.test(text.slice(Math.max(0, other.start - 60), other.start)) && !PREPARATORY_AFTER.test(text.slice(other.end, other.end + 160))) continue;
    const year = other.year ?? chosenYear;
    if (!valid(other.day, other.month, year)) continue;
    const date = iso(year, other.month, other.day);
    const gap = dayNumber(chosenYear, Number(found.date.slice(5, 7)), Number(found.date.slice(8, 10))) - dayNumber(year, other.month, other.day);
    if (gap >= 1 && gap <= 3) return { ...found, date, partOfDay: preparatoryPart(text.slice(other.end, other.end + 160)) };
  }
  return found;
}

// "Sáng 29-12, các đại biểu viếng Lăng ...; buổi chiều, Đại hội tiến hành họp phiên trù bị", "In the afternoon, the
// congress held its preparatory session": the part of day of that day's later sitting, told after the date.
const PREPARATORY_PART = /(?:^|[;,.]\s*)(?:(?:vào\s+)?buổi\s+(sáng|chiều|tối)|(?:in\s+)?the\s+(morning|afternoon|evening))\s*,?\s[^;.\n]{0,80}?(?:phiên trù bị|preparatory (?:session|sitting|meeting))/iu;

/** The part of day a later clause gives the preparatory sitting of the day, else null (not the date's own). */
function preparatoryPart(after: string): PartOfDay | null {
  const match = PREPARATORY_PART.exec(after);
  return match ? partOfDayOf(match[1] ?? match[2]) : null;
}

const PLANNED_BEFORE =
  /\b(?:scheduled|expected|slated|set|planned|due)\s+to\s+(?:open|be\s+held|take\s+place|start|begin|run|close|convene|conclude)\s+(?:on\s+|from\s+)?(?:the\s+(?:morning|afternoon|evening)\s+of\s+)?$|\bto\s+be\s+held\s+(?:on\s+|from\s+)?$|\bwill\s+(?:open|be\s+held|take\s+place|start|begin|convene|close)\s+(?:(?:at|in)\s+[^.;\n]{1,80}?\s)?(?:on\s+|from\s+)?$|(?<!\p{L})(?:dự kiến|sẽ)\s+(?:được\s+)?(?:khai mạc|tổ chức|diễn ra|bắt đầu|tiến hành|bế mạc)?\s*(?:vào\s+)?(?:(?:sáng|chiều|tối)\s+)?(?:ngày\s+)?$|(?<!\p{L})(?:dự kiến|sẽ)\s+(?:được\s+)?(?:khai mạc|tổ chức|diễn ra|bắt đầu|tiến hành|bế mạc)\s[^.;,\n]{1,80}?\svào\s+(?:(?:sáng|chiều|tối)\s+)?(?:ngày\s+)?$/iu;
// "From 25th to 27th October, the 20th Congress of X will take place at ...", "Từ ngày 7 - 13/3, Đại hội ...
// dự kiến diễn ra": the date opens a sentence whose own verb is still to come. Only when no verb of a held
// event or of speech stands between them: "Sáng 5/3, Tỉnh ủy tổ chức hội nghị ..., dự kiến diễn ra vào tháng 5"
// is the conference's day, whatever it plans.
const PLANNED_AFTER =
  /^([^.!?\n]{0,160}?)(?<!\p{L})(?:will\s+(?:be\s+held|take\s+place|open|start|begin|convene|run|be\s+organi[sz]ed)|(?:is|are)\s+(?:scheduled|expected|set|slated|due)\s+to|(?:dự kiến|sẽ)(?:\s+sẽ)?\s+(?:được\s+)?(?:khai mạc|tổ chức|diễn ra|bắt đầu|tiến hành))(?!\p{L})/iu;
const VERB_BEFORE_PLAN =
  /(?<!\p{L})(?:held|holds|opened|took place|convened|organi[sz]ed|hosted|chaired|met|said|announced|decided|discussed|reviewed|đã|vừa|tổ chức|khai mạc|diễn ra|họp|cho biết|thông báo|quyết định|thảo luận|chủ trì)(?!\p{L})/iu;

/** Whether the sentence a date opens goes on to a verb of a planned event, with no verb of a held one before it. */
function plannedAfter(after: string): boolean {
  const match = PLANNED_AFTER.exec(after);
  return match !== null && !VERB_BEFORE_PLAN.test(match[1] ?? '');
}

// "Tomorrow morning (July 4)", "Sáng mai (4/7)": the page's next day, named in brackets.
const TOMORROW_BEFORE = /(?<!\p{L})(?:tomorrow(?:\s+(?:morning|afternoon|evening))?|(?:sáng|chiều|tối)\s+mai|ngày\s+mai)\s*\(\s*(?:ngày\s+)?$/iu;
// The occasion's name runs from "dịp" to its date with no comma: "Nhân dịp Quốc khánh 2/9, ngày 1/9, ..." has
// the event's own day after the comma.
const OCCASION_BEFORE = /(?<!\p{L})(?:dịp|on the occasion of)(?!\p{L})[^.,;:\n]{0,50}$/iu;
const SUBJECT_DATED_BEFORE = /(?:\p{L}\s+on|\p{L}\s+ngày)\s+$/iu;
const SUBJECT_DATED_VERB =
  /^\s*(?:\d{4}\s*)?,?\s*(?:(?:attended|held|opened|chaired|hosted|organi[sz]ed|inaugurated|launched|presented|visited)\b|(?:đã\s+)?(?:dự|tham dự|tổ chức|khai mạc|chủ trì|trao|thăm)(?!\p{L}))/iu;
const TOMORROW_OPENS = /(?<!\p{L})(?:khai mạc|diễn ra|bắt đầu|được tổ chức|will\s+(?:open|take place|be held|start|begin|kick off))(?!\p{L})/iu;
const TOMORROW_GOES_ON = /(?<!\p{L})(?:tiếp tục|bế mạc|phiên bế mạc|ngày làm việc thứ|continue|close|closing|working day)(?!\p{L})/iu;
const NUMBERED_DOCUMENT_BEFORE =
  /(?<!\p{L})(?:quyết định|nghị quyết|chỉ thị|kế hoạch|thông báo|công văn|kết luận|hướng dẫn|quy định|chương trình|đề án|nghị định|thông tư|tờ trình|decision|resolution|directive|plan|notice|conclusion|instruction|regulation|decree|circular|dispatch|official letter)\s+(?:số|no\.?|number)\s*\d[\p{L}\d/.-]*(?:\s*[/-]\s*[\p{L}\d.-]+)*\s*,?\s*(?:ngày|dated|issued on|of)\s*$/iu;

/**
 * The event date is the first date of the lead that is not the date of a cited
 * document, not the page's own stamp and not part of a span such as an anniversary
 * "(1930 - 2025)". A date written without a year takes it from the page's stamp, else
 * from a year the headline or lead names, and only then from the upload day.
 */
export function extractEventDate(text: string, dates: readonly DateMention[], context: DateContext): EventDate {
  const sorted = [...context.excluded].sort((a, b) => a.start - b.start);
  let e = 0;
  const usable = dates.filter((mention) => {
    while (e < sorted.length && sorted[e]!.end <= mention.start) e++;
    const span = sorted[e];
    // A span that runs over a line break to reach the date ("Chỉ thị 35-CT/TW" closing a
    // headline, "Ngày 4/10, ..." opening the lead) does not own it: a line ends the phrase.
    if (span && span.start < mention.end && !(span.start < mention.start && text.slice(span.start, mention.start).includes('\n'))) return false;
    const before = text.slice(Math.max(0, mention.start - 40), mention.start);
    // The second date of a span "(1930 - 2025)", or the first one inside brackets.
    if (/\d\s*[-–]\s*$/.test(before)) return false;
    if (/^\s*[-–]\s*[\dA-Z]/.test(text.slice(mention.end, mention.end + 4)) && before.lastIndexOf('(') > before.lastIndexOf(')')) return false;
    // "kỷ niệm 83 năm ngày thành lập Đảng 3/2/1930 – 3/2/2013": a founding day and its anniversary, in brackets
    // or not; a span of the event's own days stays within a year.
    const spanEnd = /^\s*[-–]\s*\d{1,2}\s*[/.-]\s*\d{1,2}\s*[/.-]\s*(\d{4})(?!\d)/u.exec(text.slice(mention.end, mention.end + 20));
    if (mention.year !== null && spanEnd && Math.abs(Number(spanEnd[1]) - mention.year) > 1) return false;
    // "từ ngày 1/7/2025", "since", "effective from", "by 2025": a date the event speaks of.
    // (A span's first day, "từ ngày 18 đến 20/8", is the event's own.)
    if (!mention.range && /(?:kể từ|từ ngày|since|effective from|by|until|đến ngày|trước ngày|before)\s*(?:ngày\s+)?$/iu.test(before)) return false;
    // "Huy hiệu Đảng đợt 2/9": a batch named after a holiday, not the day of the event.
    // "đợt 2/9, 7/11/2021": every holiday of the batches' list.
    if (/(?:^|[^\p{L}])đợt\s*(?:ngày\s+)?(?:\d{1,2}\s?\/\s?\d{1,2}(?:\s?\/\s?\d{4})?\s*(?:,|và|;)\s*)*$/iu.test(before)) return false;
    // "nhân dịp kỷ niệm Quốc khánh 2/9", "on the occasion of National Day (September 2)": the day the event marks.
    if (OCCASION_BEFORE.test(text.slice(Math.max(0, mention.start - 70), mention.start))) return false;
    // "Quyết định số 721 ngày 29/3/2018 của Ban Bí thư", "Decision No. 721 dated March 29, 2018": a numbered
    // document's issue day, though its number carries no issuer code (or one spaced, "Kế hoạch số 282 /KHHĐNVQS").
    if (NUMBERED_DOCUMENT_BEFORE.test(text.slice(Math.max(0, mention.start - 70), mention.start))) return false;
    // "is scheduled to open on December 18", "dự kiến tổ chức vào ngày 8/6", "Tomorrow morning (July 4), ...": a day still to come.
    if (PLANNED_BEFORE.test(text.slice(Math.max(0, mention.start - 90), mention.start)) || TOMORROW_BEFORE.test(before)) return false;
    if (plannedAfter(text.slice(mention.end, mention.end + 200))) return false;
    return true;
  });
  const years = contextYears(text, context.headline?.start ?? context.leadStart, context.leadEnd, context.excluded).map((found) => found.year);
  const pick = (mention: DateMention, place: EventDate['place']): EventDate => {
    if (mention.year !== null) return { date: resolveYear(mention, context.referenceDate), partOfDay: mention.partOfDay, mention, yearFrom: 'written', place };
    if (context.published) {
      // A page reports an event days before or after it is published: the year that puts
      // the date nearest the stamp ("25th October" on a page of 24/10/2020 is 2020's).
      const stamp = context.published;
      const stampDayNumber = dayNumber(stamp.year, stamp.month, stamp.day);
      let best: number | null = null;
      for (const year of [stamp.year - 1, stamp.year, stamp.year + 1]) {
        if (!valid(mention.day, mention.month, year)) continue;
        const distance = Math.abs(dayNumber(year, mention.month, mention.day) - stampDayNumber);
        if (best === null || distance < Math.abs(dayNumber(best, mention.month, mention.day) - stampDayNumber)) best = year;
      }
      if (best !== null) return { date: iso(best, mention.month, mention.day), partOfDay: mention.partOfDay, mention, yearFrom: 'stamp', place };
    }
    if (years.length > 0) {
      const date = resolveWithYears(mention, years, text, context);
      if (date) return { date, partOfDay: mention.partOfDay, mention, yearFrom: 'text', place };
    }
    const fromReference = resolveYear(mention, context.referenceDate);
    // "kỷ niệm 90 năm Ngày thành lập Đảng (3/2/1930 – 3/2/2020)": an anniversary is marked in the year its span ends;
    // an archive uploaded years later does not move it (an unmeasured path, so below routing confidence).
    const marked = anniversaryYear(text.slice(context.headline?.start ?? context.leadStart, context.leadEnd));
    if (marked !== null && fromReference?.slice(0, 4) !== String(marked) && valid(mention.day, mention.month, marked)) {
      const date = iso(marked, mention.month, mention.day);
      if (date <= shiftDays(context.referenceDate, 7)) return { date, partOfDay: mention.partOfDay, mention, yearFrom: 'anniversary', place };
    }
    // A congress is held in the first year of the term it opens: an archive uploaded years later does not move it.
    const term = congressTermStart(text.slice(context.headline?.start ?? context.leadStart, context.leadEnd));
    if (term !== null && fromReference?.slice(0, 4) !== String(term) && valid(mention.day, mention.month, term)) {
      const date = iso(term, mention.month, mention.day);
      if (date <= shiftDays(context.referenceDate, 7)) return { date, partOfDay: mention.partOfDay, mention, yearFrom: 'term', place };
    }
    return { date: fromReference, partOfDay: mention.partOfDay, mention, yearFrom: 'reference', place };
  };
  // "a ceremony marking ... (May 21) on May 19": a date in brackets is what the event marks, when another date is there.
  const bracketed = (mention: DateMention): boolean => {
    const before = text.slice(Math.max(0, mention.start - 30), mention.start);
    return before.lastIndexOf('(') > before.lastIndexOf(')');
  };
  const leadDates = usable.filter((mention) => mention.start >= context.leadStart && mention.start < context.leadEnd);
  const inLead = leadDates.find((mention) => !bracketed(mention)) ?? leadDates[0];
  // "Đại hội khai mạc lúc 07.30", "the session opened at 2 p.m.": the clock of the opening tells a
  // part of day the date does not (not for the first day of several, counted back from a later one).
  const withClock = (found: EventDate, first: EventDate): EventDate => {
    if (first.partOfDay !== null || first.date !== found.date) return first;
    // "... on March 10. (Photo: VNA) ... the sitting that opened on March 10 morning": the same day written
    // again near the opening, with its part of day.
    const chosen = first.mention;
    const again = chosen
      ? usable.find((other) => other !== chosen && other.partOfDay !== null && other.day === chosen.day && other.month === chosen.month && (other.year === null || chosen.year === null || other.year === chosen.year) && other.start >= context.leadStart && other.start < Math.max(context.leadEnd, chosen.end) + SAME_DAY_REACH)
      : undefined;
    if (again) return { ...first, partOfDay: again.partOfDay };
    const clock = openingClock(text.slice(context.leadStart, context.leadStart + OPENING_CLOCK_REACH));
    return clock ? { ...first, partOfDay: clock } : first;
  };
  if (inLead) {
    const picked = pick(inLead, 'lead');
    return withClock(picked, firstDayOf(text, picked, usable));
  }
  // "Sáng ngày 25/11/2021. Đảng bộ xã ... tổ chức ...", "On the morning of May 4. The council ...": the lead's date
  // cut off by a full stop into a sentence of its own, right above the lead.
  // ("Sáng ngày 20/6/2021. Tại hội trường UBND xã. Hội ... tổ chức": the venue may stand between, cut off the same way.)
  // (That venue, a short line, may have been read as the headline.)
  const aboveLead = usable.find((mention) => {
    if (mention.end > context.leadStart || !DATE_ALONE_BEFORE.test(text.slice(Math.max(0, mention.start - 40), mention.start))) return false;
    const between = text.slice(mention.end, context.leadStart);
    const venue = VENUE_BETWEEN.exec(between);
    return venue !== null && (mention.start >= (context.headline?.end ?? 0) || venue[1] !== undefined);
  });
  if (aboveLead) {
    const picked = pick(aboveLead, 'lead');
    return withClock(picked, picked);
  }
  const byWeekday = weekdayInLead(text, context) ?? relativeDayInLead(text, context);
  if (byWeekday) return byWeekday;
  const where = context.organizerSentence;
  const inOrganizer = where ? usable.find((mention) => mention.start >= where.start && mention.start < where.end) : undefined;
  if (inOrganizer) {
    const picked = pick(inOrganizer, 'organizer');
    return withClock(picked, picked);
  }
  // "Sáng 5/3 ..." or "On March 5, ..." opening a later sentence of the story.
  const afterLead = usable.filter((mention) => mention.start >= context.leadStart);
  const marked = afterLead.find((mention) => mention.partOfDay !== null);
  if (marked) {
    const picked = pick(marked, 'marked');
    const later = preparatoryPart(text.slice(marked.end, marked.end + 160));
    return later ? { ...picked, partOfDay: later } : picked;
  }
  // ("* Ngày 9/01, Huyện ủy ...": an item of a list of events opens with a bullet.)
  const opening = afterLead.find((mention) => /(?:^|[.\n]\s*)(?:[*•+–-]\s*)?(?:on|ngày)\s*$/i.test(text.slice(Math.max(0, mention.start - 14), mention.start)));
  if (opening) return pick(opening, 'opening');
  // "Prime Minister X on May 14 attended a ceremony ...", "Thủ tướng X ngày 14/5 đã dự lễ ...": a date set between a
  // later sentence's subject and its verb of taking part, under a lead that tells what was said and gives no date.
  const subjectDated = afterLead.find((mention) => SUBJECT_DATED_BEFORE.test(text.slice(Math.max(0, mention.start - 8), mention.start)) && SUBJECT_DATED_VERB.test(text.slice(mention.end, mention.end + 30)));
  if (subjectDated) return pick(subjectDated, 'opening');
  // "Participants at the congress, which concluded on October 3, ...", "Đại hội bế mạc ngày 3/10": a later
  // sentence that dates the event's opening or closing by its verb.
  const byVerb = afterLead.find((mention) => SITTING_VERB_BEFORE.test(text.slice(Math.max(0, mention.start - 40), mention.start)));
  if (byVerb) return firstDayOf(text, pick(byVerb, 'opening'), usable);
  const bySitting = afterLead.find((mention) => mention.start < context.leadEnd + SITTING_NAMED_REACH && SITTING_NAMED_BEFORE.test(text.slice(Math.max(0, mention.start - 160), mention.start)));
  if (bySitting) return pick(bySitting, 'opening');
  const headline = context.headline;
  const inHeadline = headline ? usable.find((mention) => mention.start >= headline.start && mention.end <= headline.end) : undefined;
  if (inHeadline) return pick(inHeadline, 'headline');
  // "Tomorrow morning (July 4), the congress will continue ...": the story tells the day before the one it names.
  const tomorrow = dates.find((mention) => mention.start >= context.leadStart && TOMORROW_BEFORE.test(text.slice(Math.max(0, mention.start - 40), mention.start)));
  // "Ngày mai (29/6), Đại hội ... khai mạc", "Tomorrow (June 29), the congress will open": a preview of an event still
  // to begin tells no day it was held; only a sitting that goes on tomorrow was held the day before.
  const previewed = tomorrow ? TOMORROW_OPENS.exec(/^[^.!?\n]*/u.exec(text.slice(tomorrow.end))![0]) : null;
  if (tomorrow && previewed && !TOMORROW_GOES_ON.test(previewed.input)) return { date: null, partOfDay: null, mention: null, yearFrom: null, place: null };
  if (tomorrow) {
    const named = pick(tomorrow, 'relative');
    if (named.date) return { ...named, date: shiftDays(named.date, -1), partOfDay: null };
  }
  return { date: null, partOfDay: null, mention: null, yearFrom: null, place: null };
}
