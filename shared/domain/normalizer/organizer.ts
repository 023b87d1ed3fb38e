import type { PlaceSpan } from './places';

export interface OrganizerMatch {
  readonly organizer: string;
  readonly start: number;
  readonly end: number;
  /** Where the predicate starts, so the event kind is read after the subject. */
  readonly verbIndex: number;
}

// Case-sensitive: a capitalized "Kiểm tra" is part of a body's name ("Ủy ban Kiểm tra"), not the verb.
const EN_VERB =
  /\s+(?:has\s+|have\s+|had\s+|jointly\s+|solemnly\s+|officially\s+)*(?:held|organi[sz]ed|hosted|convened|opened|met|inspected|conducted|launched|celebrated|worked|visited|chaired|kicked off|coordinated with\b[^,.]{0,80}?\bto (?:hold|organi[sz]e)|holds|organi[sz]es|had a (?:meeting|working session))\b/;
const VI_VERB =
  /\s+(?:đã\s+|long trọng\s+|chính thức\s+|phối hợp\s+)*(?:tổ chức|họp|tiến hành|khai mạc|làm việc|kiểm tra|giám sát|có buổi|gặp mặt|tổng kết|sơ kết|ra mắt|công bố|kỷ niệm|đón nhận)(?!\p{L})/u;

const EN_LEADING_DATE =
  /^(?:(?:on|in)\s+)?(?:the\s+)?(?:(?:morning|afternoon|evening|night)\s+of\s+)?(?:(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday),?\s+)?(?:[A-Za-z]+\.?\s+\d{1,2}(?:st|nd|rd|th)?|\d{1,2}(?:st|nd|rd|th)?\s+(?:of\s+)?[A-Za-z]+|\d{1,2}\/\d{1,2}(?:\/\d{4})?)(?:,?\s+\d{4})?(?:\s+(?:morning|afternoon|evening))?\s*,\s*/i;
const VI_LEADING_DATE =
  /^(?:(?:sáng|chiều|tối|trưa|đêm)\s+)?(?:hôm nay\s*|nay\s*)?(?:(?:thứ\s+\p{L}+|chủ\s+nhật)\s*,?\s*)?(?:\(?\s*)?(?:ngày\s+)?(?:\d{1,2}\s*[/.-]\s*\d{1,2}(?:\s*[/.-]\s*\d{4})?|\d{1,2}\s+tháng\s+\d{1,2}(?:\s+năm\s+\d{4})?)\s*\)?\s*,\s*/iu;
// Case-sensitive on purpose: under the i flag \p{Lu} would match any letter.
const EVENT_OWNER = /\s(?:of\s+the|of)\s+|(?<=^(?:[Kk]ỳ họp|[Kk]ì họp|[Hh]ội nghị|[Đđ]ại hội|[Pp]hiên họp)(?:\s+(?:thứ|lần thứ)\s+[\p{L}\d]+)?(?:\s*\([^)]*\))?)\s+(?=\p{Lu})/u;
const EVENT_SUBJECT = /^(?:the\s+)?(?:\d+(?:st|nd|rd|th)\s+|first\s+|second\s+|third\s+|regular\s+|extraordinary\s+)*(?:conference|meeting|congress|session|ceremony|workshop|delegates|hội nghị|cuộc họp|đại hội|kỳ họp|buổi lễ|lễ|hội thảo|đại biểu)(?!\p{L})/iu;
const BODY_WORD = /(?<!\p{L})(?:ủy|uỷ|ban|hội|sở|đoàn|committee|council|department|front|union|association|hospital|school)(?!\p{L})/iu;
// "HAI DUONG - ", "(Báo Hải Dương) - ": where and by whom, before the lead proper.
const DATELINE = /^(?:\([^()]{1,60}\)\s*[-–—:]?\s*|[\p{Lu}][\p{Lu} .]{2,40}\s*[-–—:]\s+)/u;
// "On January 10 and 11, ", "Trong 2 ngày 10 và 11/1, ": a date phrase the strict forms miss.
const LOOSE_LEADING_DATE = /^(?:(?:on|in|from|during)\s+[^,]{1,60}\d[^,]{0,20},\s*|(?:sáng|chiều|tối|trưa|đêm|ngày|trong|từ)\s+[^,]{0,40}\d[^,]{0,20},\s*)/iu;
const LEADING_PLACE = /^(?:at|in|tại)\s+[^,]{1,80},\s*/iu;

const TRAILING_EN = /(?:,\s*term\b.*|,?\s+(?:led|headed|chaired)\s+by\b.*|\s*\(.*|,\s*$)/is;
const TRAILING_VI = /(?:,?\s+(?:do|dưới sự chủ trì của)\s+(?:đồng chí|ông|bà)(?!\p{L}).*|\s*\(.*|,\s*$)/isu;

function clean(subject: string, language: 'en' | 'vi'): string {
  let out = subject.replace(language === 'en' ? TRAILING_EN : TRAILING_VI, '').trim();
  out = out.replace(/^(?:the|a|an)\s+/i, '');
  out = out.replace(/[\s,;:]+$/, '');
  if (out) out = out.charAt(0).toUpperCase() + out.slice(1);
  return out;
}

/** The first verb whose subject names a body: "Kỳ họp" (a session) is not "họp" (meets). */
function subjectBefore(text: string, language: 'en' | 'vi'): { body: string; start: number; verbIndex: number } | null {
  const pattern = new RegExp((language === 'en' ? EN_VERB : VI_VERB).source, 'gu');
  const head = text.slice(0, 300);
  for (let verb = pattern.exec(head); verb; verb = pattern.exec(head)) {
    const subject = clean(text.slice(0, verb.index), language);
    if (!subject || subject.length > 160 || !/^[\p{Lu}\d]/u.test(subject)) continue;
    // "Đoàn kiểm tra của Ủy ban Kiểm tra ...", "Đoàn giám sát số 2 của HĐND tỉnh": the
    // verb names the kind of a delegation or working group, whose body follows "của"/"of".
    if (!/\s/.test(subject) || /^\s*(?:(?:số|no\.?)\s+\d+\s+)?(?:của|of)(?!\p{L})/iu.test(text.slice(verb.index + verb[0].length, verb.index + verb[0].length + 20))) {
      continue;
    }
    // A subject that is a bare pronoun cannot be the organizer.
    if (/^(?:it|they|he|she|this|there|đây|đó)$/i.test(subject)) continue;
    // "The 22nd session of the Provincial People's Council opened ...": the body is the
    // organizer; "The conference discussed ..." names no body at all.
    let body = subject;
    let bodyShift = 0;
    if (EVENT_SUBJECT.test(subject)) {
      const owner = EVENT_OWNER.exec(subject);
      if (!owner || !/^[\p{Lu}\d]/u.test(subject.slice(owner.index + owner[0].length))) continue;
      bodyShift = owner.index + owner[0].length;
      body = subject.slice(bodyShift);
    }
    // The name of a body has several capitalized words, an acronym ("UBND") or a body word.
    if ((body.match(/(?:^|\s)\p{Lu}/gu) ?? []).length < 2 && !/\p{Lu}{2,}/u.test(body) && !BODY_WORD.test(body)) continue;
    const leading = text.length - text.replace(/^(?:the|a|an)\s+/i, '').length;
    return { body, start: leading + bodyShift, verbIndex: verb.index };
  }
  return null;
}

/**
 * The body that held the event: the subject of the lead sentence, after its opening
 * date ("On the afternoon of January 11, the Standing Committee of ... held").
 */
export function extractOrganizer(
  sentences: readonly { text: string; start: number }[],
  language: 'en' | 'vi',
): OrganizerMatch | null {
  for (const sentence of sentences.slice(0, 4)) {
    let text = sentence.text;
    let offset = 0;
    const dateline = DATELINE.exec(text);
    if (dateline) {
      offset += dateline[0].length;
      text = text.slice(dateline[0].length);
    }
    const date =
      (language === 'en' ? EN_LEADING_DATE : VI_LEADING_DATE).exec(text) ??
      (language === 'en' ? VI_LEADING_DATE : EN_LEADING_DATE).exec(text) ??
      LOOSE_LEADING_DATE.exec(text);
    if (date) {
      offset += date[0].length;
      text = text.slice(date[0].length);
    }
    const place = LEADING_PLACE.exec(text);
    if (place) {
      offset += place[0].length;
      text = text.slice(place[0].length);
    }
    const found = subjectBefore(text, language);
    if (!found) continue;
    const start = sentence.start + offset + found.start;
    return { organizer: found.body, start, end: start + found.body.length, verbIndex: offset + found.verbIndex };
  }
  return null;
}

export interface ScopeResult {
  readonly province: string | null;
  readonly scope: 'province' | 'district';
  readonly organizerUnit: string | null;
  readonly assumedProvince: boolean;
}

const DISTRICT_BODY_EN = /\b(?:district|town|city|commune|ward)\b/i;
const PROVINCE_BODY_EN = /\bprovinc(?:e|ial)\b/i;
const DISTRICT_BODY_VI = /(?<!\p{L})(?:huyện|thị xã|thành phố|quận|tp\.?|tx\.?|huyện ủy|huyện uỷ|thị ủy|thị uỷ|thành ủy|thành uỷ|xã|phường|thị trấn)(?!\p{L})/iu;
const PROVINCE_BODY_VI = /(?<!\p{L})(?:tỉnh|tỉnh ủy|tỉnh uỷ)(?!\p{L})/iu;

/**
 * Province and scope follow the organizer: a body named after a unit of the configured
 * province is district scope; a body of another province makes that the province.
 */
export function resolveScope(
  organizer: OrganizerMatch | null,
  places: readonly PlaceSpan[],
  configuredProvince: string,
  language: 'en' | 'vi',
): ScopeResult {
  const inOrganizer = organizer ? places.filter((place) => place.start >= organizer.start && place.end <= organizer.end) : [];
  const unit = inOrganizer.find((place) => place.unit !== null)?.unit ?? null;
  const provinceInOrganizer = inOrganizer.find((place) => place.province !== null)?.province ?? null;
  const text = organizer?.organizer ?? '';
  const districtWords = language === 'en' ? DISTRICT_BODY_EN.test(text) && !PROVINCE_BODY_EN.test(text) : DISTRICT_BODY_VI.test(text) && !PROVINCE_BODY_VI.test(text);

  let province: string | null = null;
  let assumed = false;
  if (unit) province = configuredProvince;
  else if (provinceInOrganizer) province = provinceInOrganizer;
  else {
    const counts = new Map<string, number>();
    for (const place of places) {
      const name = place.unit ? configuredProvince : place.province;
      if (name) counts.set(name, (counts.get(name) ?? 0) + 1);
    }
    if (counts.has(configuredProvince)) province = configuredProvince;
    else if (counts.size > 0) province = [...counts.entries()].sort((a, b) => b[1] - a[1])[0]![0];
    else {
      province = configuredProvince;
      assumed = true;
    }
  }
  const scope = unit || districtWords ? 'district' : 'province';
  let organizerUnit: string | null = null;
  if (scope === 'district' && province === configuredProvince) {
    organizerUnit = unit ?? places.find((place) => place.unit !== null)?.unit ?? null;
  }
  return { province, scope, organizerUnit, assumedProvince: assumed };
}
