import { MONTHS_EN } from './vocabulary';

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
    `(?<![\\d/.,])(\\d{1,2})[-.](\\d{1,2})(?!\\d)(?:[-.]${YEAR}(?!\\d))?(?![-/\\d])`,
  ].join('|'),
  'giu',
);

const WEEKDAY_EN = '(?:(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday),?\\s+)?';
const PART_BEFORE_EN = new RegExp(
  `(?:\\b(morning|afternoon|evening|night)\\s+of\\s+(?:the\\s+)?${WEEKDAY_EN}|\\b(morning|afternoon|evening|night)\\s*\\(?\\s*|\\b(?:on|in)\\s+the\\s+(morning|afternoon|evening|night)\\s*,?\\s*${WEEKDAY_EN})$`,
  'i',
);
const PART_BEFORE_VI = /(?:^|[^\p{L}])(sáng|chiều|tối|trưa|đêm)\s*(?:hôm\s+nay\s*|nay\s*)?(?:(?:thứ\s+\p{L}+|chủ\s+nhật)\s*,?\s*)?(?:\(\s*)?(?:ngày\s+)?(?:mai\s*)?$/iu;
const PART_AFTER = /^\s*,?\s*(?:in\s+the\s+)?(morning|afternoon|evening|night)\b/i;

function partOfDayOf(word: string | undefined): PartOfDay | null {
  switch ((word ?? '').toLowerCase()) {
    case 'morning':
    case 'sáng':
      return 'morning';
    case 'afternoon':
    case 'chiều':
    case 'trưa':
      return 'afternoon';
    case 'evening':
    case 'night':
    case 'tối':
    case 'đêm':
      return 'evening';
    default:
      return null;
  }
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

/** Every calendar date written in the text, in order. */
export function findDates(text: string): DateMention[] {
  const found: DateMention[] = [];
  DATE_PATTERN.lastIndex = 0;
  for (let match = DATE_PATTERN.exec(text); match; match = DATE_PATTERN.exec(text)) {
    const g = match;
    let day: number;
    let month: number;
    let year: string | undefined;
    let numericDash = false;
    if (g[1]) [month, day, year] = [monthIndex(g[1]), Number(g[2]), g[3]];
    else if (g[5]) [day, month, year] = [Number(g[4]), monthIndex(g[5]), g[6]];
    else if (g[7]) [day, month, year] = [Number(g[7]), Number(g[8]), g[9]];
    else if (g[10]) [day, month, year] = [Number(g[10]), Number(g[11]), g[12]];
    else {
      [day, month, year] = [Number(g[13]), Number(g[14]), g[15]];
      numericDash = true;
    }
    const yearNumber = year ? Number(year) : null;
    if (!valid(day, month, yearNumber)) continue;
    const before = text.slice(Math.max(0, match.index - 40), match.index);
    let part = partOfDayOf(PART_BEFORE_EN.exec(before)?.slice(1).find(Boolean)) ?? partOfDayOf(PART_BEFORE_VI.exec(before)?.[1]);
    const end = match.index + match[0].length;
    if (!part) part = partOfDayOf(PART_AFTER.exec(text.slice(end, end + 30))?.[1]);
    // "5-3" is a date only where the genre writes dates that way: after a part of day or "ngày".
    if (numericDash && !part && !/(?:ngày|on)\s*$/i.test(before)) continue;
    found.push({ start: match.index, end, day, month, year: yearNumber, partOfDay: part });
  }
  return found;
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
}

/**
 * The event date is the first date of the lead that is not the date of a cited
 * document and not part of a span such as an anniversary "(1930 - 2025)".
 */
export function extractEventDate(
  text: string,
  dates: readonly DateMention[],
  excluded: readonly { start: number; end: number }[],
  leadEnd: number,
  referenceDate: string,
): EventDate {
  const sorted = [...excluded].sort((a, b) => a.start - b.start);
  let e = 0;
  const usable = dates.filter((mention) => {
    while (e < sorted.length && sorted[e]!.end <= mention.start) e++;
    const span = sorted[e];
    if (span && span.start < mention.end) return false;
    const before = text.slice(Math.max(0, mention.start - 40), mention.start);
    // The second date of a span "(1930 - 2025)", or the first one inside brackets.
    if (/\d\s*[-–]\s*$/.test(before)) return false;
    if (/^\s*[-–]\s*[\dA-Z]/.test(text.slice(mention.end, mention.end + 4)) && before.lastIndexOf('(') > before.lastIndexOf(')')) return false;
    return true;
  });
  const pick = (mention: DateMention): EventDate => ({
    date: resolveYear(mention, referenceDate),
    partOfDay: mention.partOfDay,
    mention,
  });
  const inLead = usable.find((mention) => mention.start < leadEnd);
  if (inLead) return pick(inLead);
  const marked = usable.find((mention) => mention.partOfDay !== null);
  if (marked) return pick(marked);
  const opening = usable.find((mention) => /(?:^|[.\n]\s*)(?:on|ngày)\s*$/i.test(text.slice(Math.max(0, mention.start - 12), mention.start)));
  if (opening) return pick(opening);
  return { date: null, partOfDay: null, mention: null };
}
