import type { EventKind } from '../record';
import { EN_ALL_UNIT_WORDS, VI_ALL_LEVEL_WORDS, levelAlternation } from './unit-levels';

// Earliest keyword after the organizer wins: "held a conference to review ... Party
// Congress" is a conference. Vietnamese is matched with its diacritics because folding
// merges "họp" (meet) with "hợp" (combine); a report typed without diacritics is matched
// by its folded words, which a text with diacritics never contains.
const KIND_PATTERNS: readonly [RegExp, EventKind][] = [
  // A congress's preparatory session ("phiên trù bị") is part of the congress.
  [/\b(?:congress(?:es)?|preparatory session)\b|(?<!\p{L})(?:đại hội|phiên trù bị|dai hoi)(?!\p{L})/iu, 'congress'],
  // "its 9th sitting": a sitting of the Assembly is a session (of its standing committee, a meeting: see below).
  // "the second Meeting - the 10th Provincial People's Council": a council's numbered meeting, so translated, is a session.
  [/\b(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleventh|twelfth|\d+(?:st|nd|rd|th))\s+meeting\s*(?:[-–]|of)\s*(?:the\s+)?(?:\d+(?:st|nd|rd|th)\s+)?(?:provincial\s+|district\s+|city\s+|commune\s+|municipal\s+)?people['’]s\s+council\b|\b(?:plenary\s+)?(?:session|(?<=\d(?:st|nd|rd|th)\s+|(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleventh|twelfth|last|next|opening|closing)\s+)sitting)\b|(?<!\p{L})(?:kỳ họp|kì họp|ky hop)(?!\p{L})/iu, 'session'],
  // A press conference ("họp báo") is a conference, not a meeting.
  // An online conference ("held a webinar with districts", "a teleconference") is a conference.
  [/\b(?:conference|plenum|webinar|teleconference|videoconference|video conference)\b|(?<!\p{L})(?:hội nghị|hoi nghi|họp báo)(?!\p{L})/iu, 'conference'],
  // A gathering that marks an anniversary ("gặp mặt kỷ niệm 75 năm ...") is a ceremony.
  // "Họp mặt kỷ niệm truyền thống các ngành xây dựng Đảng": a get-together that marks a tradition day, likewise.
  // ("tổ chức gặp mặt, kỷ niệm 75 năm ...": a comma may set the anniversary off.)
  [/(?<!\p{L})(?:gặp mặt|họp mặt)(?:\s+(?:các|cựu|đại biểu|\p{Ll}+)){0,5},?\s+(?:kỷ niệm|kỉ niệm|mừng|nhân dịp|truyền thống)(?!\p{L})/iu, 'ceremony'],
  // A gathering held to honour people ("a meeting to honor outstanding young intellectuals", "gặp mặt tuyên dương") is a ceremony.
  [/\b(?:meeting|gathering|get-together)\s+to\s+(?:honou?r|commend|praise|pay\s+tribute\s+to)\b|(?<!\p{L})(?:gặp mặt|họp mặt)\s+(?:tuyên dương|biểu dương|tôn vinh|khen thưởng)(?!\p{L})/iu, 'ceremony'],
  // "ngày làm việc thứ nhất Đại hội", "phiên làm việc": a day's work of an event names no meeting of its own.
  // Receiving a delegation ("tiếp đoàn công tác", "received a delegation") is a working meeting.
  // Talks between two bodies ("held talks", "bilateral talks with") are a meeting.
  [/\b(?:meeting|met|dialogue|(?:held|hold|holds|holding)\s+(?:\w+\s+)?talks|talks\s+(?:with|between)|work(?:ed|s)? (?:with|in)|working (?:visit|trip)|visit(?:ed|s)?|(?:received|welcomed) (?:a|the) (?:working )?delegation)\b|(?<!\p{L})(?:cuộc họp|phiên họp|họp|giao ban|gặp mặt|có buổi làm việc|buổi làm việc với|(?<!(?:ngày|phiên|buổi)\s)làm việc|tiếp xúc cử tri|đối thoại|thăm|tiếp đón|tiếp(?=\s+(?:đoàn|các đoàn)))(?!\p{L})/iu, 'meeting'],
  // Marking an anniversary, handing out prizes, laying incense: the acts of a ceremony.
  // ("lễ tân" is reception, a protocol service, no ceremony.)
  // Honouring people ("a program honoring exemplary individuals", "tôn vinh") is a ceremony too ("was honored to receive" names no event).
  [/\b(?:ceremony|ceremonies|honou?ring|celebrat(?:e|ed|es|ing|ions?)|commemorat(?:e|ed|es|ing|ions?)|anniversary|rally|inauguration|groundbreaking)\b|(?<!\p{L})(?:lễ(?!\s+tân(?!\p{L}))|mít tinh|míttinh|kỷ niệm|kỉ niệm|trao giải|trao tặng|trao thưởng|tôn vinh|dâng hương|khánh thành|khởi công|(?<=(?:tổ chức|buổi)\s+)phát động(?=\s+(?:thi đua|phong trào|đợt thi đua|cuộc vận động)))(?!\p{L})/iu, 'ceremony'],
  // A festival or a show is a programme of its own, whatever anniversary it marks.
  [/\b(?:festival|gala)\b|(?<!\p{L})(?:festival|liên hoan|hội diễn|chương trình nghệ thuật)(?!\p{L})/iu, 'other'],
  [/\b(?:workshop|seminar|symposium|forum|scientific conference|roundtable)\b|(?<!\p{L})(?:hội thảo|tọa đàm|toạ đàm|diễn đàn)(?!\p{L})/iu, 'workshop'],
  // Checking the progress of works on site ("checked the progress of basic construction works") is an inspection.
  [/\b(?:inspect(?:ed|s|ion|ing)?|supervis(?:ed|ion|ing|es)|examin(?:ed|ation)|check(?:ed|s|ing)?\s+(?:the\s+)?(?:progress|construction|implementation))\b|(?<!\p{L})(?:kiểm tra|giám sát)(?!\p{L})/iu, 'inspection'],
];

// A body that "reviews" ("tổng kết", "sơ kết", "quán triệt", "tổ chức học tập Nghị quyết") holds a conference to do it.
const REVIEW_VERB = /^\s*(?:(?:đã|long trọng|tổ chức|held|organi[sz]ed)\s+)*(?:tổng kết|sơ kết|quán triệt|triển khai|học tập|(?<=tổ chức\s)học|nghiên cứu|reviewed|summed up|reviews|a review|a preliminary review|a summary|an assessment)(?!\p{L})/iu;
// A body that goes over a draft or gives its views ("duyệt chương trình Đại hội", "cho ý kiến vào dự thảo") meets to do it.
// "tổ chức tổng duyệt chương trình Đại hội": a run-through of a programme, likewise.
// "Ban Thường vụ Tỉnh ủy thảo luận về ...", "the Standing Board discussed ...": a body that discusses meets to do it.
const MEETING_VERB = /^\s*(?:(?:đã|tổ chức|họp)\s+)*(?:(?:tổng\s+)?duyệt|cho ý kiến|góp ý|thảo luận|nghe báo cáo|discussed|listened to (?:reports?|the report)|gave (?:opinions|comments|feedback))(?!\p{L})/iu;

// A body that hands over or receives an award ("tổ chức trao Huy hiệu Đảng", "đón nhận Huân chương") holds a ceremony.
const AWARD_ACT =
  /(?<!\p{L})(?:trao tặng|trao|tặng|đón nhận)\s+(?:huy hiệu|huân chương|huy chương|bằng khen|cờ thi đua|kỷ niệm chương|kỉ niệm chương)(?!\p{L})|\b(?:presented|awarded|conferred|bestowed|received)\s+(?:the\s+|a\s+)?(?:[\w-]+\s+){0,3}?(?:order|medal|certificates?\s+of\s+merit|emulation\s+flags?|badges?)\b/iu;
// "LĐLĐ huyện tổ chức khen thưởng 4 tập thể ...": a body that holds a commendation of people holds a ceremony.
const HONOURING_HELD = '(?:đã\\s+)?(?:long trọng\\s+)?tổ chức\\s+(?:khen thưởng|tuyên dương|biểu dương|vinh danh)(?!\\p{L})';
const AWARD_VERB = new RegExp(`^\\s*(?:(?:(?:đã|long trọng|tổ chức)\\s+)*(?:${AWARD_ACT.source})|${HONOURING_HELD})`, AWARD_ACT.flags);

/** The kind a verb alone implies when no kind word follows it. */
// "HĐND tỉnh đã bầu ...", "the Provincial People's Council elected ...": a council elects at its session.
const COUNCIL = /(?<!\p{L})(?:HĐND|Hội đồng nhân dân)(?!\p{L})|\bPeople['’]s Council$/u;
const ELECTS = /^\s*(?:đã\s+)?(?:bầu(?!\s+cử)|elected)(?!\p{L})/u;

export function kindOfVerb(after: string, subject = ''): EventKind {
  if (ELECTS.test(after) && COUNCIL.test(subject)) return 'session';
  if (REVIEW_VERB.test(after)) return 'conference';
  if (AWARD_VERB.test(after)) return 'ceremony';
  return MEETING_VERB.test(after) ? 'meeting' : 'other';
}

// A subject that is itself an event ("The 10th National Congress of ... began its first
// working session", "Kỳ họp thứ 5 HĐND ... khai mạc") gives its kind to what it does.
// "The 15th Binh Thuan Provincial Women's Congress ended": an ordinal subject whose head noun is the event.
// "The provincial Party Congress elected ...": a congress named by its organisation, without an ordinal, is one too
// ("the Logistics Subcommittee of the Provincial Party Congress" is a body that serves it).
const EVENT_SUBJECT = /^(?:the\s+)?(?:(?:\d+(?:st|nd|rd|th)|first|second|third|extraordinary|national|plenary|\s)+)?(congress|session|conference|plenum)\b|^(đại hội|kỳ họp|kì họp|hội nghị)(?!\p{L})|^(?:the\s+)?\d+(?:st|nd|rd|th)\s+(?:[\p{Lu}][\p{L}'’-]*\s+){1,6}(Congress|Session|Conference|Plenum)$|^(?:the\s+)?(?!(?:[\p{L}'’-]+\s+){0,5}?(?:subcommittee|committee|board|office|team|group|section)\s)(?:[\p{L}'’-]+\s+){0,5}Party\s+(Congress)$/iu;

/** The kind named by a subject that is an event rather than a body, else null. */
export function kindOfEventSubject(subject: string): EventKind | null {
  const match = EVENT_SUBJECT.exec(subject.trim());
  if (!match) return null;
  const word = (match[1] ?? match[2] ?? match[3] ?? match[4] ?? '').toLowerCase();
  if (word === 'congress' || word === 'đại hội') return 'congress';
  if (word === 'session' || word === 'kỳ họp' || word === 'kì họp') return 'session';
  return 'conference';
}

// A congress, session or conference that the event is about, not the event: its resolution
// ("thực hiện Nghị quyết Đại hội", "the resolution of the 13th Party Congress") or what the
// event prepares, plans or serves ("chuẩn bị Đại hội", "kế hoạch tổ chức Đại hội", "phục vụ Đại hội", "duyệt chương trình tổ chức Đại hội", "to prepare for
// the 5th session"); an English "approval of the Party Congresses of ..." approves their drafts, as "duyệt" does.
const ABOUT_ANOTHER_EVENT_BEFORE =
  /(?:(?<!\p{L})(?:nghị quyết|nghi quyet|chuẩn bị|chuan bi|duyệt|tiến tới|hướng tới|chào mừng|phục vụ|kế hoạch(?:\s+tổ chức)?)|\bserv(?:e|es|ed|ing)|\bplans?\s+(?:to|for)\s+(?:organi[sz](?:e|ing)|hold(?:ing)?)|\bresolutions?\s+of|\bprepar(?:e|es|ed|ing|ations?)\s+for|\bapprov(?:al|e|ed|ing)\s+of|\bahead\s+of|\btowards?)(?:\s+(?:the\s+)?[^.,;()]{0,30}?)?\s*$/iu;
const ABOUT_ANOTHER_EVENT_AFTER = /^(?:['’]s)?\s+resolutions?\b/iu;
const REFERABLE_KINDS: ReadonlySet<EventKind> = new Set<EventKind>(['congress', 'session', 'conference']);

// A sitting of the whole executive committee ("Ban Chấp hành Đảng bộ xã tổ chức họp", "a meeting
// of the City Party Executive Committee") is its plenum, a conference; its standing board meets.
// In English the whole committee is also "the Provincial Party Committee" ("held a meeting": Hội nghị Tỉnh ủy).
const EXECUTIVE_BODY = /(?<!\p{L})(?:ban chấp hành|bch)(?!\p{L})|\bexecutive\s+(?:committee|board)\b|\bparty\s+(?:central\s+)?committee\b/iu;
// The standing board or the leaders of a committee meet without its plenum.
const STANDING_BODY = /(?<!\p{L})(?:thường vụ|thường trực|lãnh đạo)(?!\p{L})|\b(?:standing|permanent|leaders?|leadership)\b/iu;
const STANDING_SUBJECT = /\b(?:standing|permanent)\s+(?:committee|board)\b/i;
const PLAIN_MEETING = /^(?:meeting|met|họp|cuộc họp|phiên họp)$/iu;
// "họp kỳ họp thứ 9": the verb "họp" before the sitting it holds.
const SITTING_AFTER_VERB = /^\s+(?:kỳ họp|kì họp|hội nghị|đại hội|phiên trù bị)(?!\p{L})/iu;
// How far before the first kind word a phrase cut by the end of the organizer may start ("tham dự Kỳ | họp").
const STRADDLE_CHARS = 12;

const GLOBAL_KIND_PATTERNS: readonly [RegExp, EventKind][] = KIND_PATTERNS.map(([pattern, kind]) => [new RegExp(pattern.source, `${pattern.flags}g`), kind]);

const VENUE_BEFORE = /(?:Trung tâm|Cung|Nhà)\s+$/u;
const VENUE_AFTER = /^\s+(?:Cent(?:re|er)|Hall|Room)\b/u;

/** The first match of `pattern` in `text` that ends after `from` and names this event; null if none. */
function firstEventMatch(pattern: RegExp, kind: EventKind, text: string, from: number): RegExpExecArray | null {
  pattern.lastIndex = Math.max(0, from - STRADDLE_CHARS);
  for (let match = pattern.exec(text); match; match = pattern.exec(text)) {
    const end = match.index + match[0].length;
    if (end <= from) continue;
    // "Huyện ủy Tứ Kỳ họp": "Kỳ" after a name's syllable mid-sentence ends a place's name ("Tứ Kỳ", "Hoa Kỳ"),
    // while "Tại Kỳ họp" opens the sentence.
    if (/^K[ỳì]\s+\p{Ll}/u.test(match[0]) && /\p{L}\s+\p{Lu}[\p{Ll}\p{M}]+\s+$/u.test(text.slice(Math.max(0, match.index - 16), match.index))) continue;
    // "Tại Trung tâm Hội nghị tỉnh", "at the National Convention Centre", "the Conference Hall": a venue's name, not the event.
    if (VENUE_BEFORE.test(text.slice(Math.max(0, match.index - 12), match.index)) || VENUE_AFTER.test(text.slice(end, end + 10))) continue;
    if (REFERABLE_KINDS.has(kind) && (ABOUT_ANOTHER_EVENT_BEFORE.test(text.slice(Math.max(from, match.index - 60), match.index)) || ABOUT_ANOTHER_EVENT_AFTER.test(text.slice(end, end + 20)))) continue;
    return match;
  }
  return null;
}

/**
 * Kind of the event, read from the lead sentence after its subject (which ends at `from`); a
 * kind phrase that the subject's end cuts through ("tham dự Kỳ | họp") counts.
 */
export function extractEventKind(text: string, from: number): EventKind {
  let best: { index: number; kind: EventKind } | null = null;
  for (const [pattern, kind] of GLOBAL_KIND_PATTERNS) {
    const match = firstEventMatch(pattern, kind, text, from);
    if (!match) continue;
    // "working session" is a meeting, "scientific conference" a workshop: the longer phrase decides.
    let resolved = kind;
    // "The NA Standing Committee ... its 9th sitting": the standing body of an assembly meets without the assembly.
    if (kind === 'session' && /sitting$/i.test(match[0]) && STANDING_SUBJECT.test(text.slice(Math.max(0, from - 90), from))) resolved = 'meeting';
    // "The 54th session of the National Assembly (NA) Standing Committee": a standing board's sitting is a meeting.
    else if (kind === 'session' && /^\s+of\s+(?:the\s+)?(?:[^.,;]{0,40}?\s)?(?:Standing|Permanent)\s+(?:Committee|Board)\b/i.test(text.slice(match.index + match[0].length, match.index + match[0].length + 80))) resolved = 'meeting';
    else if (kind === 'session' && /working\s+session/i.test(text.slice(Math.max(0, match.index - 8), match.index + match[0].length))) resolved = 'meeting';
    // "the first session of the Executive Board of the 16th ... Party Committee" is a plenum; only a council sits in session.
    else if (kind === 'session' && /^\s+of\s+(?:the\s+)?(?:[^.,;]{0,40}?\s)?(?:Executive\s+(?:Board|Committee)|Party\s+Committee|Standing\s+(?:Board|Committee)\s+of\s+(?:the\s+)?[^.,;]{0,30}?Party)/i.test(text.slice(match.index + match[0].length, match.index + match[0].length + 90)) &&
      !/^\s+of\s+(?:the\s+)?[^.,;]{0,60}?(?:People['’]s\s+Council|National\s+Assembly)/i.test(text.slice(match.index + match[0].length, match.index + match[0].length + 90))) resolved = 'conference';
    // "Hội nghị giao ban" is a briefing meeting; "the 13th meeting of the ... People's Council" is a session,
    // "the 26th meeting of the ... Party Committee" a plenum (conference).
    // "Hội nghị liên tịch" is a joint working meeting of a council's standing board with other bodies, not a plenum.
    if (kind === 'conference' && /^\s*(?:giao ban|liên tịch)(?!\p{L})/iu.test(text.slice(match.index + match[0].length))) resolved = 'meeting';
    if (kind === 'ceremony') resolved = openedSittingKind(text.slice(Math.max(0, match.index - 10), match.index + match[0].length + 60)) ?? resolved;
    if (kind === 'meeting' && PLAIN_MEETING.test(match[0])) resolved = plainMeetingKind(text, from, match.index, match.index + match[0].length);
    if (!best || match.index < best.index) best = { index: match.index, kind: resolved };
  }
  if (best && best.kind === 'conference' && /scientific\s+conference|hội thảo khoa học/i.test(text.slice(from))) return 'workshop';
  // "at the second session, ... the 27th Congress of ... elected": a congress sits in sessions of its own.
  if (best && best.kind === 'session') {
    const congress = firstEventMatch(GLOBAL_KIND_PATTERNS[0]![0], 'congress', text, best.index + 1);
    if (congress && /\b\d+(?:st|nd|rd|th)\s+(?:[\p{Lu}][\p{L}'’-]*\s+){0,6}$/u.test(text.slice(Math.max(0, congress.index - 60), congress.index)) && /^C/.test(congress[0])) return 'congress';
  }
  return best?.kind ?? 'other';
}

// "lễ khai mạc chính thức Đại hội ...", "the opening ceremony of the 11th session": the
// ceremony that opens or closes a sitting is part of that sitting.
const OPENING_OF_SITTING =
  /^(?:\S*\s+)?(?:lễ\s+(?:khai mạc|bế mạc)(?:\s+chính thức)?\s+(đại hội|kỳ họp|kì họp|hội nghị)(?!\p{L})|(?:opening|closing)\s+ceremony\s+of\s+the\s+(?:(?!working)[\p{L}\d'’-]+\s+){0,3}?(congress|session|conference)\b)/iu;

function openedSittingKind(around: string): EventKind | null {
  const match = OPENING_OF_SITTING.exec(around.replace(/^.*?(?=(?:lễ|opening|closing)\s)/isu, ''));
  if (!match) return null;
  const word = (match[1] ?? match[2] ?? '').toLowerCase();
  if (word === 'đại hội' || word === 'congress') return 'congress';
  if (word === 'hội nghị' || word === 'conference') return 'conference';
  return 'session';
}

/**
 * "meeting", "họp" as the event: "the 13th meeting of the ... People's Council", "The 10th
 * meeting, the 7th Provincial People's Council" are sessions; "the 26th meeting of the ...
 * Party Committee", "The provincial Party Committee held the 17th meeting", a sitting of an
 * executive committee ("BCH Đảng bộ xã ... tổ chức họp", "a meeting of the City Party
 * Executive Committee") plenums (conferences); anything else a meeting.
 */
function plainMeetingKind(text: string, from: number, start: number, end: number): EventKind {
  const before = text.slice(Math.max(0, start - 30), start);
  const after = text.slice(end, end + 90);
  if (/^\s*(?:with|với)(?!\p{L})/iu.test(after)) return 'meeting';
  if (SITTING_AFTER_VERB.test(after)) return extractEventKind(after, 0);
  // "held the first People's Council meeting": a council's sitting, however it is counted.
  if (/People['’]s\s+Council\s+$/i.test(before)) return 'session';
  if (ORDINAL_BEFORE.test(before)) {
    // "the first meeting of the Standing Committee of the Provincial Party Committee": its standing board meets.
    const standingOwner = /^\s*(?:of|,)\s+(?:the\s+)?(?:Standing|Permanent)\s+(?:Committee|Board)\b/i.test(after);
    // "the ninth meeting of the Communist Party of Vietnam Central Committee": a central committee's plenum.
    const owner = standingOwner ? 'Standing Board' : /^\s*(?:of|,)\s+(?:the\s+)?[^.;]{0,50}?(People['’]s\s+Council|Party\s+Committee|Executive\s+Committee|Central\s+Committee)/i.exec(after)?.[1] ??
      // "the 16th Provincial People's Council, 2016 - 2021 term opened the 14th meeting": the term may sit between.
      /(People['’]s\s+Council|Party\s+Committee|Executive\s+Committee)(?:,?\s+(?:(?:for\s+)?(?:the\s+)?\d{4}\s*[-–]\s*\d{4}\s+)?(?:term|tenure)(?:\s+\d{4}\s*[-–]\s*\d{4})?,?)?\s+(?:held|convened|opened|had)\s+(?:its|the)\s+[^.,;]{0,20}$/i.exec(text.slice(Math.max(0, start - 120), start))?.[1];
    if (owner) return owner === 'Standing Board' ? 'meeting' : /council/i.test(owner) ? 'session' : 'conference';
  }
  // The owner written after the word ("a meeting of the ... Executive Committee") or as the subject before it.
  const ownerAfter = /^\s+(?:of|của)\s+(?:the\s+)?([^.,;]{0,60})/iu.exec(after)?.[1];
  if (ownerAfter !== undefined) return EXECUTIVE_BODY.test(ownerAfter) && !STANDING_BODY.test(ownerAfter) ? 'conference' : 'meeting';
  const subject = text.slice(Math.max(0, from - 80), from);
  return start >= from && EXECUTIVE_BODY.test(subject) && !STANDING_BODY.test(subject) ? 'conference' : 'meeting';
}

// "at the ceremony", "tại kỳ họp": a later sentence that names the sitting the story happened at.
// "Attending the conference were ...", "Tham dự hội nghị có ...": the guests of the sitting name it too.
const AT_THE_EVENT =
  /\b(?:at|attending|attended)\s+the\s+(?:[\p{L}\d’'-]+\s+){0,4}?(?:session|ceremony|conference|congress|meeting|workshop|seminar|plenum)\b|(?<!\p{L})(?:tại|trong|tham dự|dự|diễn ra)\s+(?:buổi lễ|lễ|kỳ họp|kì họp|hội nghị|đại hội|hội thảo|cuộc họp|buổi làm việc|phiên họp)(?!\p{L})/iu;
// "tiến hành phiên làm việc thứ hai đại hội", "the second working session of the congress": a day's work of a sitting.
const WORKING_SITTING =
  /(?<!\p{L})(?:phiên|ngày) làm việc (?:thứ \p{L}+\s+)?(?:của\s+)?(đại hội|kỳ họp|kì họp|hội nghị)(?!\p{L})|\bworking\s+(?:session|day)\s+of\s+the\s+(?:[\p{L}\d'’-]+\s+){0,4}?(congress|session|conference)\b/iu;
// An inspection or supervision team ("Đoàn kiểm tra", "đoàn giám sát", "inspection team") at work.
const INSPECTION_TEAM = /(?<!\p{L})đoàn (?:kiểm tra|giám sát)(?!\p{L})|\b(?:inspection|supervision|supervisory)\s+(?:team|delegation|mission)\b/iu;
// "has been elected as Chairman of ...", "được bầu giữ chức Bí thư ...": an election held at a sitting the lead does not name.
const ELECTED = /\b(?:(?:was|were|is|has\s+been|have\s+been)\s+(?:re-?)?elected|(?:re-?)?elected\s+as)\b|(?<!\p{L})(?:được bầu|bầu giữ chức|được bầu bổ sung|tái đắc cử)(?!\p{L})/iu;
// "The council elected Mr. Hai as ...": an active election names whom it elected (case matters, so a pattern of its own).
const ELECTED_NAME = /(?<!newly[\s-])\belected\s+\p{Lu}/u;
// "In 2022, ...", "Năm 2023, ...", "Over the past five years, ...", "Trong 5 năm qua, ...": a lead that opens on the past.
const PAST_OPENER = /^\W*(?:in\s+\d{4}\b|năm\s+\d{4}(?!\p{L})|(?:over|during|in)\s+the\s+(?:past|last)\b|(?:trong\s+)?[^,.;]{0,20}?(?<!\p{L})qua\s*,)/iu;
// A People's Council elects the officers of the council and of the People's Committee.
const COUNCIL_OFFICE = /People['’]s\s+(?:Council|Committee)|(?<!\p{L})(?:hđnd|ubnd|hội đồng nhân dân|ủy ban nhân dân|uỷ ban nhân dân)(?!\p{L})/iu;

const ORDINAL_WORDS = 'first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleventh|twelfth';
// "the 13th meeting", "the 5 th regular meeting", "the ninth meeting": a counted sitting.
const ORDINAL_BEFORE = new RegExp(`(?:\\d+\\s?(?:st|nd|rd|th)|(?<!\\p{L})(?:${ORDINAL_WORDS}))\\s+(?:regular\\s+|extraordinary\\s+|special\\s+)?$`, 'iu');

// An elected council sits in sessions ("kỳ họp thứ 12 HĐND tỉnh", "the 9th session of the People's Council");
// any other body's "kỳ họp" ("Ủy ban Kiểm tra Tỉnh ủy tổ chức kỳ họp thứ 36") is a meeting of its members.
// "xã Cẩm Giàng tổ chức kỳ họp thứ chín HĐND khóa XIX": a unit holds its council's sitting, which names the council.
const PLACE_AS_BODY = new RegExp(`^(?:${levelAlternation(VI_ALL_LEVEL_WORDS)})\\s|\\s(?:${levelAlternation(['province', ...EN_ALL_UNIT_WORDS])})$`, 'iu');
const COUNCIL_AFTER_SITTING =
  /(?<!\p{L})(?:kỳ họp|kì họp)(?:\s+[\p{L}\d]+){0,4}?(?:\s*,)?\s+(?:của\s+)?(?:HĐND|Hội đồng nhân dân)(?!\p{L})|\bsession\s+of\s+(?:the\s+)?(?:[\p{L}\d'’-]+\s+){0,4}?(?:People['’]s\s+Council|National\s+Assembly)(?!\s+(?:\([^)]{1,12}\)\s+)?(?:Standing|Permanent)\b)/iu;
// A team sent to check or supervise ("Đoàn kiểm tra số 893 của Ban Bí thư", "đoàn giám sát của
// Ủy ban Thường vụ Quốc hội", "inspection team"): its working session with a body is its check of it.
const CHECKING_TEAM = /(?<!\p{L})(?:đoàn|tổ) (?:kiểm tra|giám sát)(?!\p{L})|\b(?:inspection|supervision|supervisory)\s+(?:team|delegation|mission|group)\b/iu;
// An organizer whose head is a standing board ("the National Assembly (NA) Standing Committee", "Thường trực HĐND huyện").
const STANDING_ORGANIZER = /^(?:the\s+)?(?:[\p{L}().’'-]+\s+){0,4}?(?:Standing|Permanent)\s+(?:Committee|Board)\b|^(?:Thường trực|Ban Thường vụ|Ủy ban Thường vụ|Uỷ ban Thường vụ)(?!\p{L})/iu;
const SITTING_BODY = /People['’]s\s+Councils?|National\s+Assembly|(?<!\p{L})(?:hđnd|hội đồng nhân dân|quốc hội|hdnd|hoi dong nhan dan|quoc hoi)(?!\p{L})/iu;

/**
 * The kind once the organizer is known: a session is held only by an elected council (else
 * it is a meeting), and an inspection or supervision team's working session with the body it
 * checks ("Đoàn kiểm tra số 5 làm việc với Ban Thường vụ Tỉnh ủy") is its inspection.
 */
// A meeting of deputies with their voters, whatever sitting it comes before or after.
export const VOTERS_MEETING =
  /(?<!\p{L})tiếp xúc (?:với )?cử tri(?!\p{L})|\b(?:meet(?:s|ing)?|met|had\s+(?:a\s+)?meetings?|contact(?:s|ed)?)\s+(?:with\s+)?(?:more\s+than\s+\d+\s+)?(?:the\s+)?(?:local\s+)?voters\b|\bvoters['’]?\s+meetings?\b/iu;

// The council itself (not its standing board) and, later in the clause, the resolutions it passes.
const COUNCIL_PASSES_RESOLUTIONS =
  /(?<!(?:Standing|Permanent)\s+(?:Committee|Board)\s+of\s+(?:the\s+)?(?:[\p{L}'’-]+\s+){0,3}|(?:Thường trực|Thường vụ)\s+)(?:People['’]s\s+Council(?!\s+(?:Standing|Permanent)\b)|(?<!\p{L})(?:HĐND|Hội đồng nhân dân)(?!\p{L}))[^.;]{0,120}?(?:\b(?:voted|vote)\s+(?:[\p{L}]+\s+){0,2}?(?:to\s+)?(?:pass|adopt|approve)\s+|\b(?:passed|adopted)\s+)(?:\d+|[a-z]+)\s+resolutions\b|(?<!(?:Thường trực|Thường vụ)\s+)(?<!\p{L})(?:HĐND|Hội đồng nhân dân)(?!\p{L})[^.;]{0,120}?(?<!\p{L})(?:biểu quyết\s+)?thông qua\s+\d+\s+nghị quyết(?!\p{L})/iu;
const VOTERS_CONFERENCE = /(?<!\p{L})hội nghị tiếp xúc (?:với )?cử tri(?!\p{L})/iu;
const EXECUTIVE_SITTING = /\b(?:took place|takes place|was held|were held|convened)\b|(?<!\p{L})(?:diễn ra|được tổ chức|họp)(?!\p{L})/iu;
const CONGRESS_NAMED = /(?:^|\s)(?:Congress|Đại hội)(?!\p{L})/u;
export function kindForOrganizer(kind: EventKind, organizer: string | null, sentence = ''): EventKind {
  // "meeting with voters after the 9th session", "tiếp xúc cử tri trước kỳ họp": the session named is another event.
  if (kind === 'session' && VOTERS_MEETING.test(sentence)) return 'meeting';
  // "tổ chức Hội nghị tiếp xúc cử tri": a conference that is itself the meeting with voters.
  if (kind === 'conference' && VOTERS_CONFERENCE.test(sentence)) return 'meeting';
  // "the delegates of the Provincial People's Council voted to pass 12 resolutions": a council passes its
  // resolutions only sitting in session, whatever the story calls the sitting.
  if ((kind === 'meeting' || kind === 'other') && !VOTERS_MEETING.test(sentence) && (!organizer || !STANDING_ORGANIZER.test(organizer)) && COUNCIL_PASSES_RESOLUTIONS.test(sentence)) return 'session';
  if (!organizer) return kind;
  // "the Executive Committee of the Provincial Party Committee ... took place", "BCH Đảng bộ ... diễn ra": the whole
  // committee sitting, with no kind word for the sitting, is its plenum.
  if (kind === 'other' && EXECUTIVE_BODY.test(organizer) && !STANDING_BODY.test(organizer) && EXECUTIVE_SITTING.test(sentence)) return 'conference';
  // "The official session of the 16th Vietnam Fatherland Front Congress": a sitting of a congress is the congress.
  if (kind === 'session' && CONGRESS_NAMED.test(organizer)) return 'congress';
  // "The 54th session of the National Assembly Standing Committee", "the December session of the Standing
  // Committee of the Provincial People's Council": the standing board of a council meets; it convenes the
  // council's own session only when the sentence names the council as the one sitting.
  if (kind === 'session' && STANDING_ORGANIZER.test(organizer) && !COUNCIL_AFTER_SITTING.test(sentence)) return 'meeting';
  if (kind === 'session' && !SITTING_BODY.test(organizer) && !PLACE_AS_BODY.test(organizer) && !COUNCIL_AFTER_SITTING.test(sentence)) return 'meeting';
  if (kind === 'meeting' && CHECKING_TEAM.test(organizer)) return 'inspection';
  return kind;
}

/**
 * The kind told by the story when its lead names none: the sitting a later sentence says it
 * happened at ("The election took place at the fourth session", "Also at the ceremony"), else
 * a ceremony for a lead that tells a hand-over of an award, else, for a lead that tells an
 * election, the sitting that elects: a council's session or a committee's plenum (conference).
 */
export function kindFromStory(sentences: readonly string[]): EventKind {
  for (const sentence of sentences) {
    const working = WORKING_SITTING.exec(sentence);
    if (working) return kindOfEventSubject(working[1] ?? working[2] ?? '') ?? 'other';
    const at = AT_THE_EVENT.exec(sentence);
    if (!at) continue;
    // The rest of the sentence may tell whose sitting it is ("at the second session, ... the 27th Congress").
    const kind = extractEventKind(sentence.slice(at.index), 0);
    if (kind !== 'other') return kind;
  }
  const lead = sentences[0] ?? '';
  // "... làm trưởng đoàn Đoàn Kiểm tra của Ban Chỉ đạo", "an inspection team of the ministry": a team's visit to inspect.
  if (INSPECTION_TEAM.test(lead)) return 'inspection';
  // "President ... presented the first-class Labour Order to the province": a hand-over is a
  // ceremony, unless the lead tells an earlier year's ("In 2022, the unit was awarded ...").
  if (AWARD_ACT.test(lead) && !PAST_OPENER.test(lead)) return 'ceremony';
  if (!ELECTED.test(lead) && !ELECTED_NAME.test(lead)) return 'other';
  return COUNCIL_OFFICE.test(lead) ? 'session' : 'conference';
}
