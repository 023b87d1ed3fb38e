import type { Sentence } from './text';
import { spanIndex } from './span-index';

/**
 * The layout of a page as an office saves it: furniture (section names, publication
 * stamps, bylines) above the story, a headline, then the lead. Real pages put one to a
 * dozen short lines before the first sentence of the story; reading the lead from the
 * top line would take a menu item or a timestamp for the story.
 */
export interface PageLayout {
  /** Index in the sentence list of the headline, when one stands above the lead. */
  readonly headline: number | null;
  /** Index of the lead sentence (the first sentence of the story). */
  readonly lead: number | null;
  /** Publication stamps, datelines and boxes of other articles' headlines: never the event's date or place. */
  readonly furniture: readonly FurnitureSpan[];
  /** The date the page was published, read from its stamp, when it has one before the story. */
  readonly published: { readonly year: number; readonly month: number; readonly day: number } | null;
}

export interface FurnitureSpan {
  readonly start: number;
  readonly end: number;
  readonly kind: 'stamp' | 'dateline' | 'tail';
}

const TIME = String.raw`\d{1,2}\s?[:h]\s?\d{2}(?:\s?:\s?\d{2})?(?:\s?(?:AM|PM|am|pm|SA|CH))?(?:\s?\(?(?:GMT|UTC)\s?[+-]?\s?\d{0,2}\)?)?`;
const FULL_DATE = String.raw`\d{1,2}\s?[/.-]\s?\d{1,2}\s?[/.-]\s?(?:19|20)\d{2}|(?:19|20)\d{2}-\d{2}-\d{2}`;
const STAMP_WORDS =
  /(?<!\p{L})(?:published(?:\s?time)?|posted|updated|last updated|date|cập nhật|ngày đăng|đăng ngày|đăng lúc|ngày cập nhật|thời gian đăng|xuất bản|monday|tuesday|wednesday|thursday|friday|saturday|sunday|mon|tue|wed|thu|fri|sat|sun|thứ\s+(?:hai|ba|tư|năm|sáu|bảy|bẩy|2|3|4|5|6|7)|chủ\s+nhật|gmt|utc)(?!\p{L})/iu;
/** A full date right next to a clock time ("14/10/2024 18:19", "09:32, 30/06/2021"): a stamp, not an event. */
// "August 20, 2025", "Aug. 20, 2025", "20 August 2025", "20 Aug 2025".
const MONTH_NAME = String.raw`\b(?:January|February|March|April|May|June|July|August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec)\.?`;
const MONTH_DATE = String.raw`(?:${MONTH_NAME}\s+\d{1,2},?\s+(?:19|20)\d{2}|\b\d{1,2}\s+${MONTH_NAME},?\s+(?:19|20)\d{2})`;
export const STAMPED_DATE = new RegExp(
  // ("2025-08-20T10:15:00": a machine's stamp joins the date and the clock with a T.)
  String.raw`(?:${TIME})\s*[,|-]?\s*(?:ngày\s+)?(?:${FULL_DATE}|${MONTH_DATE})|(?:${FULL_DATE}|${MONTH_DATE})(?:T|\s*[,|-]?\s*)(?:lúc\s+)?(?:${TIME})`,
  'giu',
);
/** The digits around the clock's separator that every {@link STAMPED_DATE} holds (its TIME). */
const CLOCK_DIGITS = /\d\s?[:hH]\s?\d/;
/** A stamp written at the start of the lead's own line: "date 2025-08-22 Ngày 22/8, ...", "Cập nhật: 05/03/2024 Sáng 5/3 ...". */
export const STAMP_PREFIX = new RegExp(String.raw`^(?:date|published(?:\s?time)?|posted|updated|cập nhật|ngày đăng|đăng ngày)\s*:?\s*(?:${FULL_DATE}|(?:19|20)\d{2}-\d{2})(?:\s*[,|-]?\s*(?:${TIME}))?\s*[-|–]?\s*`, 'iu');
/** "26/11/2020 Sáng nay, 10-11, ...": a bare date before "this morning" is the page's day, the story's own date follows. */
const TODAY_STAMP = new RegExp(String.raw`^(?:${FULL_DATE})\s+(?=(?:sáng|chiều|tối|trưa|hôm)\s+nay(?!\p{L}))`, 'iu');
/** A stamp that opens the lead's line. */
function stampPrefix(line: string): RegExpExecArray | null {
  return STAMP_PREFIX.exec(line) ?? TODAY_STAMP.exec(line);
}
const FULL_DATE_GLOBAL = new RegExp(FULL_DATE, 'g');
// "Published on 22 - 03 - 2019", "Cập nhật: 05/03/2024", "WEDNESDAY, 11/07/2018 09:50:34".
const SPACED_DATE = new RegExp(String.raw`(\d{1,2})\s*[/.-]\s*(\d{1,2})\s*[/.-]\s*((?:19|20)\d{2})|((?:19|20)\d{2})-(\d{2})(?:-(\d{2}))?(?!\d)|${MONTH_DATE}`, 'i');
const MONTHS = ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december'];
// "HÀ NỘI —", "HAI DUONG - ", "(Báo Hải Dương) - ", "(PLVN) - ", "CTTĐT - ", "Hanoi (VNA) -".
// "Hà Nội (TTXVN 11/3/2022) Tại hội nghị ...": a news agency's dateline may carry the day it filed, and no dash.
// ("Ha Noi, May 16 (VNA) -- ": a dateline may give the agency's day after the place; that day is the wire's, not the event's.)
// ("VTV.vn - ", "Baohaiduong.vn – ": a news site's address as its source tag.)
export const DATELINE =
  /^(?:\([^()\n]{1,60}\)\s*[-–—:]\s*|[\p{L}\d-]{2,30}(?:\.(?:com|net|org|gov|vn|VN|COM|NET|ORG|GOV)){1,2}\s+[-–—]\s+(?=\p{Lu})|[\p{Lu}][\p{Ll}]+(?:\s[\p{Lu}][\p{Ll}]+){0,2}\s+[-–—]\s+(?=\p{Lu})|[\p{Lu}][\p{Lu}\d .,]{1,40}?(?:\s*\([^()\n]{1,30}\))?\s*[-–—:]\s+|[\p{Lu}][\p{Ll}]+(?:\s[\p{Lu}][\p{Ll}]+){0,2}\s*\([\p{Lu}]{2,12}\)\s*[-–—:]\s*|[\p{Lu}][\p{Ll}]+(?:\s[\p{Lu}][\p{Ll}]+){0,2}\s*\([\p{Lu}]{2,12}\s+\d{1,2}\/\d{1,2}\/\d{4}\)\s*(?:[-–—:]\s*)?(?=\p{Lu})|[\p{Lu}][\p{Ll}]+(?:\s[\p{Lu}][\p{Ll}]+){0,2},\s+(?:[A-Z][a-z]{2,8}\.?\s+\d{1,2}|\d{1,2}\/\d{1,2}(?:\/\d{4})?)\s*\([\p{Lu}]{2,12}\)\s*[-–—:]{1,2}\s*|\([^()\n]{1,60}\)\s+)/u;

function dateOfStamp(text: string): { year: number; month: number; day: number } | null {
  const match = SPACED_DATE.exec(text);
  if (!match) return null;
  let day: number;
  let month: number;
  let year: number;
  if (match[3]) [day, month, year] = [Number(match[1]), Number(match[2]), Number(match[3])];
  // A stamp that gives only the month ("date 2025-07") bounds the event by that month's end.
  else if (match[4]) [year, month, day] = [Number(match[4]), Number(match[5]), match[6] ? Number(match[6]) : 28];
  else {
    // The month's name before or after the day; its first three letters name it.
    const words = match[0].replace(/[,.]/g, ' ').split(/\s+/).filter(Boolean);
    const name = words.find((word) => /^[a-z]/i.test(word)) ?? '';
    month = MONTHS.findIndex((candidate) => candidate.startsWith(name.toLowerCase().slice(0, 3))) + 1;
    const numbers = words.filter((word) => /^\d+$/.test(word)).map(Number);
    day = numbers.find((value) => value <= 31) ?? 0;
    year = numbers.find((value) => value > 31) ?? 0;
  }
  if (month < 1 || month > 12 || day < 1 || day > 31) return null;
  return { year, month, day };
}

/** A line that is nothing but a publication stamp: a full date with a time, a weekday or a "published" word, and few other words. */
export function isStampLine(line: string): boolean {
  if (line.length > 90) return false;
  FULL_DATE_GLOBAL.lastIndex = 0;
  const hasDate = SPACED_DATE.test(line);
  if (!hasDate) return false;
  STAMPED_DATE.lastIndex = 0;
  if (STAMPED_DATE.test(line)) return true;
  if (!STAMP_WORDS.test(line)) return line.replace(SPACED_DATE, '').replace(/[\s,|:/()-]+/g, '').length === 0;
  // Few words besides the stamp words: "Published on 22 - 03 - 2019", not a sentence.
  const words = line.replace(SPACED_DATE, ' ').split(/[^\p{L}]+/u).filter(Boolean);
  return words.length <= 6;
}

// "Ngày 05/10/2023, ...", "Sáng 26/9, ...", "On March 2, ...": a line that opens with the event's date is the lead, full stop or not.
const OPENS_WITH_DATE =
  /^(?:(?:sáng|chiều|tối|trưa|đêm)\s+(?:ngày\s+|nay\s+|hôm nay\s+)?|ngày\s+|trong\s+(?:hai\s+|2\s+)?ngày\s+|từ\s+ngày\s+)\(?\d{1,2}\s?[/.-]\s?\d{1,2}|^(?:on|in)\s+(?:the\s+)?(?:(?:morning|afternoon|evening)\s+of\s+)?(?:(?:January|February|March|April|May|June|July|August|September|October|November|December)\s+\d|\d{1,2}(?:st|nd|rd|th)?\s+(?:of\s+)?(?:January|February|March|April|May|June|July|August|September|October|November|December))/iu;

// The heading of a box of other articles, alone on its line.
const TAIL_HEADING =
  /^(?:tin liên quan|bài liên quan|tin khác|các tin khác|tin cùng chuyên mục|tin mới hơn|tin cũ hơn|tin đã đưa|tin đọc nhiều|xem thêm|đọc thêm|bài viết liên quan|tin bài liên quan|tin tức liên quan|có thể bạn quan tâm|related news|related articles|related posts|related stories|related topics|related content|other news|more news|read more|see also|most read|you may also like)\s*:?$/iu;

// A weekday and a date alone on a line: "Friday,  09/20/2024", "Thứ sáu, 12/08/2022".
// ("Thứ hai, ngày 12 tháng 01 năm 2026": the date in words too.)
const BANNER_DAY =
  /^\s*(?:(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)|thứ\s+(?:hai|ba|tư|năm|sáu|bảy|bẩy|\d)|chủ\s+nhật)\s*,?\s+(?:\d{1,2}\s*[/.-]\s*\d{1,2}\s*[/.-]\s*\d{4}|ngày\s+\d{1,2}\s+tháng\s+\d{1,2}\s+năm\s+\d{4})\s*$/iu;

const TODAY_BANNER = /^\s*(?:today|hôm nay)\s*[:,]/iu;

const CREDIT = /^\(?\s*(?:photo|photos|ảnh|nguồn|source|video)\s*:/iu;

/** A sentence that tells a story: long enough, with words in lower case, or closed by a full stop. */
function isProse(text: string): boolean {
  if (text.length >= 40 && OPENS_WITH_DATE.test(text)) return true;
  // "Đánh giá thái độ phục vụ của cán bộ tiếp nhận hồ sơ ?": a portal's poll or menu asks; a report's lead tells.
  if (/\?["”')]?$/u.test(text) && text.length <= 120) return false;
  if (/[.!?…]["”')]?$/.test(text) && text.length >= 25) return true;
  return text.length > 200;
}

/**
 * Finds the headline, the lead and the furniture. The lead is the first sentence of prose
 * after whatever stands above it; the headline is the last short line without a full
 * stop before the lead.
 */
export function readLayout(text: string, sentences: readonly Sentence[]): PageLayout {
  const furniture: FurnitureSpan[] = [];
  let published: PageLayout['published'] = null;
  let timedPublished: PageLayout['published'] = null;
  let timedBelowHeadline: PageLayout['published'] = null;
  let headline: number | null = null;
  let lead: number | null = null;
  const banners = new Set<number>();
  const limit = Math.min(sentences.length, 40);
  for (let i = 0; i < limit; i++) {
    const sentence = sentences[i]!;
    const line = sentence.text;
    // "date 2025-07-29 Đại hội ...": a stamp that opens a line above the story.
    const prefix = stampPrefix(line);
    if (prefix && !isStampLine(line)) {
      furniture.push({ start: sentence.start, end: sentence.start + prefix[0].length, kind: 'stamp' });
      published ??= dateOfStamp(prefix[0]);
    }
    if (isStampLine(line)) {
      furniture.push({ start: sentence.start, end: sentence.start + line.length, kind: 'stamp' });
      // A stamp with a clock time is the publication's; a bare weekday and date is often the site's "today".
      // "Today: 19/03/2024 14:27:25 (GMT+7)", "Hôm nay: ...": the site's clock of the day the page was saved, never the story's.
      if (TODAY_BANNER.test(line)) {
        banners.add(sentence.start);
        continue;
      }
      STAMPED_DATE.lastIndex = 0;
      // Two timed stamps, one above the headline and one below it: the one above is the site's header
      // (the day the page was saved), the one between headline and lead the story's own.
      if (STAMPED_DATE.test(line)) {
        if (headline !== null && timedBelowHeadline === null) timedBelowHeadline = dateOfStamp(line);
        else timedPublished ??= dateOfStamp(line);
      }
      // ("Friday, 09/20/2024", "Thứ sáu, 12/08/2022" above the headline, with no clock: the portal's banner of the day
      // the page was saved, which may be years after the story; below the headline it is the story's own date.)
      else if (headline === null && BANNER_DAY.test(line)) {
        banners.add(sentence.start);
        continue;
      }
      published ??= dateOfStamp(line);
      continue;
    }
    // A photo caption: the line above a credit ("Photo: VNA", "(Ảnh: ...)"), and the credit itself.
    if (CREDIT.test(line) || (sentences[i + 1] !== undefined && CREDIT.test(sentences[i + 1]!.text) && line.length <= 300)) continue;
    if (isProse(line)) {
      // A stamp right below a sentence means that sentence was the headline ("... will be held at Cao Xa station." then "March 20, 2024 16:52").
      const next = sentences[i + 1];
      if (next && isStampLine(next.text) && !OPENS_WITH_DATE.test(line) && line.length <= 260) {
        headline = i;
        continue;
      }
      lead = i;
      break;
    }
    // Short lines: section names, bylines, the headline. The longest line that reads as
    // a title (several words) is taken as the headline.
    const words = line.split(/\s+/).length;
    if (words >= 4 && (headline === null || line.length >= sentences[headline]!.text.length * 0.6)) headline = i;
  }
  if (lead === null && sentences.length > 0) {
    lead = headline !== null && headline + 1 < sentences.length ? headline + 1 : 0;
    if (lead === headline) headline = null;
  }
  // Stamps right after the lead paragraph's first line also belong to the page ("Cập nhật ..."),
  // and every stamped date anywhere is furniture.
  // (A stamp found here never holds a later one, so only the furniture found above is asked.)
  const above = spanIndex(furniture);
  // Every stamp holds a clock time ("09:50", "18h19"): in a text without one the scan for
  // stamps, one of the costliest patterns of the normalizer, would find nothing.
  if (CLOCK_DIGITS.test(text)) {
    STAMPED_DATE.lastIndex = 0;
    for (let match = STAMPED_DATE.exec(text); match; match = STAMPED_DATE.exec(text)) {
      const start = match.index;
      if (!above.contains(start, start + match[0].length)) furniture.push({ start, end: start + match[0].length, kind: 'stamp' });
    }
  }
  published = timedBelowHeadline ?? timedPublished ?? published;
  if (lead !== null) {
    const leadSentence = sentences[lead]!;
    const prefix = stampPrefix(leadSentence.text);
    if (prefix) {
      furniture.push({ start: leadSentence.start, end: leadSentence.start + prefix[0].length, kind: 'stamp' });
      published ??= dateOfStamp(prefix[0]);
    }
    const rest = prefix ? leadSentence.text.slice(prefix[0].length) : leadSentence.text;
    const dateline = DATELINE.exec(rest);
    const at = leadSentence.start + (prefix ? prefix[0].length : 0);
    if (dateline) furniture.push({ start: at, end: at + dateline[0].length, kind: 'dateline' });
    // A stamp written on the lead's own line, before the story ("14/10/2024 18:19 Sáng 14/10, ...").
    if (!published) {
      const before = furniture.find((span) => span.kind === 'stamp' && span.start <= leadSentence.start + 40 && !banners.has(span.start));
      if (before) published = dateOfStamp(text.slice(before.start, before.end));
    }
  }
  // "Tin liên quan", "RELATED NEWS": the headlines of other articles that follow name their places and days, not the story's.
  for (let i = (lead ?? 0) + 1; i < sentences.length; i++) {
    if (!TAIL_HEADING.test(sentences[i]!.text.trim())) continue;
    let last = i;
    while (last + 1 < sentences.length && !isProse(sentences[last + 1]!.text)) last++;
    furniture.push({ start: sentences[i]!.start, end: sentences[last]!.start + sentences[last]!.text.length, kind: 'tail' });
    i = last;
  }
  furniture.sort((a, b) => a.start - b.start);
  return { headline, lead, furniture, published };
}
