import { VOTERS_MEETING } from './event-kind';
import { DATELINE, STAMP_PREFIX } from './page';
import { namesData, packFor } from './packs';
import { escapeRegExp, fold } from './text';
import { EN_ALL_UNIT_WORDS, EN_COMMUNE_WORDS, VI_ALL_LEVEL_WORDS, VI_LEVEL_WORDS, levelAlternation } from './unit-levels';

// A level word that ends what was read so far: a place's name follows ("tỉnh Bà Rịa - Vũng Tàu").
const VI_LEVEL_AT_END = new RegExp(`(?:${levelAlternation(VI_ALL_LEVEL_WORDS)})\\s*$`, 'iu');
import type { PlaceSpan } from './places';

export interface OrganizerMatch {
  readonly organizer: string;
  readonly start: number;
  readonly end: number;
  /** Where the predicate starts in its sentence, so the event kind is read after the subject. */
  readonly verbIndex: number;
  /** How the organizer was read: the subject of the lead, the owner of the event it names, or the agent of a passive. */
  readonly how: 'subject' | 'event-owner' | 'agent' | 'office' | 'honoured';
  /** Index of the sentence, counted from the lead. */
  readonly sentence: number;
  /** For an event's owner, the words that name the event ("Hội nghị lần thứ 24", "the 13th meeting"): its kind. */
  readonly eventWords?: string;
  /** Read as the last body named after a date and a place run into the subject: a looser reading. */
  readonly loose?: boolean;
  /** The level of the unit named just before the body, whose name the body repeats without a level word ("tại xã Tân Lợi Hội LHPN Tân Lợi"). */
  readonly placeLevel?: { readonly level: 'province' | 'district' | 'commune'; readonly start: number; readonly end: number };
  /** Read from the headline, the story naming no body that held the event. */
  readonly fromHeadline?: boolean;
  /** Read as a council or a congress that elects at its own sitting: a reading not yet measured. */
  readonly elects?: boolean;
  /** The union of the members an event was named after ("Congress of HCMC Women" -> "HCMC Women's Union"), found elsewhere in the text. */
  readonly members?: boolean;
}

// Case-sensitive: a capitalized "Kiểm tra" is part of a body's name ("Ủy ban Kiểm tra"), not the verb.
const EN_VERB =
  /\s+(?:has\s+|have\s+|had\s+|was\s+|were\s+|jointly\s+|solemnly\s+|officially\s+|successfully\s+|also\s+|today\s+|just\s+|recently\s+)*(?:held|organi[sz]ed|co-organi[sz]ed|co-hosted|hosted|convened|opened|inaugurated|entered(?=\s+(?:its|the)\s+(?:\w+\s+)?working\s+day)|posthumously (?:awarded|presented)|met|inspected|supervised|checked|conducted|launched|celebrated|worked|visited|chaired|presided over|kicked off|(?:coordinated|collaborated) with\b[^,.]{0,80}?\bto (?:hold|organi[sz]e)|holds|organi[sz]es|hosts|convenes|opens|(?<!\b(?:will|would|shall|should|could|can|may|might|must|to|not)\s+)(?:hold|organi[sz]e|host|convene)(?=\s+(?:in\s+a\s+solemn\s+way\s+|solemnly\s+)?(?:the|a|an|its|their)\s)|had a (?:meeting|working session|working meeting)|(?:continued|continues|went on) to (?:hold|organi[sz]e|host|convene)|co-chaired|co-presided over|paid\s+(?:a|an)\s+(?:working\s+|official\s+|courtesy\s+)?visit|concluded|closed|finished|wrapped up|completed|ended|took place|takes place|will take place|will be held|was held|were held|was organi[sz]ed|is held|commenced|started|began|announced|reviewed|summed up|deployed|signed|elected|listened to|gave (?:opinions|comments|feedback)|discussed|approved)\b/;
// ("Đoàn kiểm tra" names a team; "... làm Trưởng đoàn kiểm tra công tác ...": after the head's title the team's verb
// follows, unless a number or an owner names the team, "Trưởng đoàn kiểm tra số 11 của Bộ Chính trị".)
const VI_VERB =
  /\s+(?:đã\s+|long trọng\s+|chính thức\s+|phối hợp\s+|đồng\s+(?=tổ chức)|trọng thể\s+|thành công\s+|vừa\s+|cũng\s+|đồng loạt\s+|tiếp tục\s+|quyết định\s+(?=(?:triệu tập|tổ chức)(?!\p{L}))|đến\s+(?=(?:làm việc|kiểm tra|giám sát)(?!\p{L})))*(?:tổ chức|triệu tập|(?<!(?:[Kk]ỳ|[Kk]ì|[Cc]uộc|[Pp]hiên)\s)họp|tiến hành|khai mạc|bế mạc|làm việc|(?<!(?:[Đđ]oàn|[Tt]ổ)\s)kiểm tra|(?<!(?:[Đđ]oàn|[Tt]ổ)\s)giám sát|(?<=[Tt]rưởng\s(?:[Đđ]oàn|[Tt]ổ)\s)(?:kiểm tra|giám sát)(?!\s+(?:số|của)(?!\p{L}))|có buổi|gặp mặt|tổng kết|sơ kết|ra mắt(?!\s+(?:trước\s+|tại\s+)?[Đđ]ại hội)|công bố|kỷ niệm|đón nhận|diễn ra|được tổ chức|thành công tốt đẹp|hoàn thành|tiếp đón|tiếp(?=\s+(?:đoàn|các đoàn))|đến thăm|thăm(?=,?\s+(?:và\s+)?(?:chúc mừng|làm việc|tặng quà|động viên))|kết thúc|triển khai|quán triệt|ký kết|trao|phát động|chủ trì(?=\s+(?:[Hh]ội nghị|[Kk]ỳ họp|[Pp]hiên họp|[Cc]uộc họp|[Bb]uổi làm việc|[Hh]ội thảo)(?:\s+(?!của|do)(?:[\p{Ll}\d]+|[IVX]+|\d+\/\d+))*(?:[.,;]|\s*$|\s+(?:của|do)\s+\p{Ll}))|tiếp xúc|đối thoại|thông qua|thảo luận|cho ý kiến|bước vào(?=\s+(?:ngày|phiên)\s+làm việc)|mở(?=\s+(?:lớp|đợt|cuộc|hội nghị|hội thi))|(?:khen thưởng|biểu dương)(?=\s+(?:cho|các|những|tập thể|cá nhân|\d))|nghe(?=\s+báo cáo)|bầu(?!\s+cử)|to chuc|hop|khai mac|be mac|lam viec|kiem tra|giam sat|tong ket|so ket|dien ra)(?!\p{L})/u;

const VI_VERB_AT = new RegExp(`^${VI_VERB.source}`, 'u');

const EN_LEADING_DATE =
  /^(?:(?:on|in)\s+)?(?:the\s+)?(?:(?:early|late)\s+)?(?:(?:morning|afternoon|evening|night)\s+of\s+)?(?:(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday),?\s+)?(?:[A-Za-z]+\.?\s+\d{1,2}(?:st|nd|rd|th)?|\d{1,2}(?:st|nd|rd|th)?\s+(?:of\s+)?[A-Za-z]+|\d{1,2}\/\d{1,2}(?:\/\d{4})?)(?:,?\s+\d{4})?(?:\s+(?:morning|afternoon|evening))?\s*,\s*/i;
// ("Hôm nay, ngày 13/5/2022 - HĐND xã tổ chức ...": a dash may close the date, as a comma does.)
const VI_LEADING_DATE =
  /^(?:(?:[Ss]áng|[Cc]hiều|[Tt]ối|[Tt]rưa|[Đđ]êm|[Ss]ang|[Cc]hieu|[Tt]oi|[Tt]rua|[Dd]em)\s+)?(?:[Hh]ôm nay\s*|[Nn]ay\s*)?(?:(?:[Tt]hứ\s+\p{L}+|[Cc]hủ\s+[Nn]hật)\s*,?\s*)?(?:\(?\s*)?(?:[Nn]gày\s+|[Nn]gay\s+)?(?:\d{1,2}\s*(?:[-–,]|và)\s*)?(?:\d{1,2}\s*[/.-]\s*\d{1,2}(?:\s*[/.-]\s*\d{4})?|\d{1,2}\s+tháng\s+\d{1,2}(?:\s+năm\s+\d{4})?)\s*\)?\s*(?:,\s*|[-–—]\s*(?=\p{Lu})|\s+(?=tại\s)|(?=\p{Lu}))/u;
// Case-sensitive on purpose: under the i flag \p{Lu} would match any letter.
// ("the first Congress of Delegates of the City Farmers' Association": the delegates are the congress, their body its owner.)
const EVENT_OWNER =
  /\sof\s+[Dd]elegates\s+of(?:\s+the)?\s+|\s(?:of\s+the|of|by\s+the|by|của|do)\s+|(?<=^(?:[Kk]ỳ họp|[Kk]ì họp|[Hh]ội nghị|[Đđ]ại hội|[Pp]hiên họp|[Ll]ễ [\p{Ll}\s]{2,30}?|[Hh]ội thảo)(?:\s+(?:thứ|lần thứ)\s+[\p{L}\d]+)?(?:\s+(?:giữa nhiệm kỳ|thường kỳ|chuyên đề|bất thường|mở rộng|[đĐ]ại biểu|toàn quốc|trực tuyến))*(?:\s*\([^)]*\))?)\s+(?=\p{Lu})/u;
// "The eighth National Congress of ...": an ordinal written out, and a national event, still name the event.
const EVENT_SUBJECT =
  /^(?:the\s+)?(?:\d+(?:st|nd|rd|th)\s+|first\s+|second\s+|third\s+|closing\s+|opening\s+|preparatory\s+|plenary\s+|phiên\s+(?:bế mạc|khai mạc|trù bị)\s+|(?=phiên\s+(?:bế mạc|khai mạc|trù bị)(?!\p{L}))|(?:four|fif|six|seven|eigh|nin|ten|eleven|twelf|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twentie)th\s+|national\s+|regular\s+|extraordinary\s+|thematic\s+|mid-term\s+|year-end\s+|annual\s+|online\s+|expanded\s+|\d{4}\s+)*(?:conference|meeting|congress|session|ceremony|workshop|delegates|seminar|forum|hội nghị|cuộc họp|đại hội|kỳ họp|kì họp|phiên họp|buổi lễ|lễ|hội thảo|tọa đàm|toạ đàm|đại biểu|buổi làm việc|chương trình|phiên\s+(?:bế mạc|khai mạc|trù bị))(?!\p{L})/iu;
const CEREMONY_SUBJECT = /^(?:the\s+)?(?:[\p{L}-]+\s+){0,3}?(?:ceremony|buổi lễ|lễ)(?!\p{L})/iu;
const BODY_WORD = /(?<!\p{L})(?:ủy|uỷ|ban|hội|sở|đoàn|chính phủ|quốc hội|công an|bộ chỉ huy|bệnh viện|trung tâm|mặt trận|đảng bộ|đảng ủy|tỉnh ủy|tỉnh uỷ|huyện ủy|huyện uỷ|committee|council|department|front|union|association|hospital|school|commission|command|court|procuracy|police|ministry|government|assembly|delegation|team)(?!\p{L})/iu;
// "On January 10 and 11, ", "Trong 2 ngày 10 và 11/1, ": a date phrase the strict forms miss.
const LOOSE_LEADING_DATE = /^(?:(?:on|in|from|during)\s+[^,]{1,60}\d[^,]{0,20},\s*(?!\d)|(?:sáng|chiều|tối|trưa|đêm|ngày|trong|từ)\s+[^,]{0,40}\d[^,]{0,20},\s*(?!\d))/iu;
// "This morning, ", "Hôm nay, ", "Sáng nay, ": a day named relative to the page.
// "This morning (October 18), ", "Sáng nay (28/5), ": the page's day may be named in brackets after it.
// "On the same day, ", "Cùng ngày, ", "Chiều cùng ngày, ": the day of the story before, in a story that reports several.
// ("Also this morning, ...": a second item of the same day.)
const RELATIVE_LEADING_DAY = /^(?:also\s+|cũng\s+)?(?:this\s+(?:morning|afternoon|evening)|today|tonight|yesterday(?:\s+(?:morning|afternoon|evening))?|(?:on\s+)?(?:the\s+same|that)\s+day|(?:(?:sáng|chiều|tối|trưa)\s+)?cùng ngày|(?:sáng|chiều|tối|trưa)\s+(?:nay|qua|hôm qua)|hôm nay|hôm qua)(?:\s*\([^()]{1,40}\))?\s*,\s*/iu;
// "at the cultural house of Quyet Thang commune, Huu Lung district, ", "tại nhà văn hóa xã X, huyện Y, ": the units that
// place it follow, one to a comma ("TP. Đồng Hới", "TX Kinh Môn": a level word may be abbreviated). An address in
// brackets is part of the venue, its commas included ("at the Children's Palace (No. 62 X Street, Y Ward), ").
const LEADING_PLACE = new RegExp(
  `^(?:at|in|tại)\\s+(?:[^,()]|\\([^()]{0,80}\\)){1,120}?,\\s*(?:(?:[^,\\s][^,]{0,40}\\s(?:${levelAlternation(['province', ...EN_ALL_UNIT_WORDS])})|(?:${levelAlternation(VI_ALL_LEVEL_WORDS)}|tp\\.|tx\\.|tp|tx)(?:\\s+|(?<=\\.))(?!(?:ủy|uỷ|đoàn|hội)(?!\\p{L}))[^,]{1,30}),\\s*)*`,
  'iu',
);
// "Ngày 20/4 tại xã Tân Lợi Hội LHPN xã tổ chức": a unit named after "tại" with no comma, then the body.
const LEADING_UNIT_UNMARKED =
  new RegExp(`^tại\\s+(?:${levelAlternation(VI_ALL_LEVEL_WORDS)})\\s+(?:\\p{Lu}\\p{Ll}*\\s+){1,3}(?=(?:Hội|Ban|Ủy ban|Uỷ ban|UBND|HĐND|MTTQ|Đảng bộ|Đảng ủy|Đảng uỷ|Huyện ủy|Huyện uỷ|Tỉnh ủy|Tỉnh uỷ|Thành ủy|Thành uỷ|Đoàn|Công đoàn|Mặt trận|Chi bộ)\\s)`, 'u');

const TRAILING_EN = /(?:,\s*(?:term|tenure)\b.*|\s+(?:of|for)\s+the\s+\d{4}\s*[-–]\s*\d{4}$|\s+(?:of|for)\s+the\s+(?:\d{4}\s*[-–]\s*\d{4}|\d+(?:st|nd|rd|th))\s+(?:term|tenure)\b.*|,?\s+(?:led|headed|chaired|presided(?:\s+over)?)\s+by\b.*|\s*\([^()]*\)?\s*$|,\s*$|\s+(?:today|yesterday|this morning|this afternoon)$|\s+(?:on|last|this)\s+(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)$|\s+on\s+(?:the\s+)?(?:(?:morning|afternoon|evening)\s+of\s+)?(?:(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday),?\s+)?(?:(?:January|February|March|April|May|June|July|August|September|October|November|December)\s+\d{1,2}(?:st|nd|rd|th)?|\d{1,2}(?:st|nd|rd|th)?\s+(?:of\s+)?(?:January|February|March|April|May|June|July|August|September|October|November|December))(?:,?\s+\d{4})?(?:\s+(?:morning|afternoon|evening))?$|,?\s+(?:in\s+(?:coordination|collaboration|cooperation|partnership)|jointly)\s+with\b.*|,\s+which\s.*|(?<=Council)\s+(?:delegates|deputies)$)/is;
// "Thành ủy X vừa có thông báo ... tổ chức": "vừa", "đã" open an earlier verb, never a word of a body's name.
// ("the Provincial People's Council delegates discussed": the council's delegates stand for the council.)
// "Đoàn cán bộ ... do Phó Chủ tịch X làm Trưởng đoàn": the head of a delegation is no part of its name.
const TRAILING_VI = /(?:,?\s+(?:do|dưới sự chủ trì của)\s+(?:đồng chí|ông|bà)(?!\p{L}).*|,?\s+do\s+[^,]{2,80}?dẫn đầu$|,?\s+do\s+.{2,160}?\schủ trì$|,?\s+do\s+.{2,160}?\slàm\s+[Tt]rưởng\s+[Đđ]oàn$|\s*\([^()]*\)?\s*$|,\s*$|\s+(?:hôm nay|sáng nay|chiều nay)$|,?\s+nhiệm kỳ(?!\p{L}).*|\s+lần thứ(?!\p{L}).*|\s+được$|,?\s+phối hợp với(?!\p{L}).*|\s+(?:vừa|đã)(?!\p{L}).*)/isu;

// "the Executive Committee ... on the consolidation of A and B took place": a lower-case topic after "on the" is what
// the sitting was about; a body's own remit is written in capitals ("Committee on Social Affairs"). Case-sensitive.
const TOPIC_AFTER_BODY_EN = /\s+on\s+the\s+(?!(?:provincial|district|city|municipal|commune|ward|people)\b)[a-z]+(?:ing|tion|sion|ment|ance|ence)\b.*$/s;

// "Đại hội Thi đua yêu nước tỉnh Hải Dương": the emulation words name the congress; the unit after them holds it.
const EMULATION_WORDS = '[Tt]hi đua yêu nước|[Tt]hi đua ái quốc|[Đđ]iển hình tiên tiến';
const EMULATION_BEFORE_UNIT = new RegExp(`^(?:${EMULATION_WORDS})\\s+(?=(?:${levelAlternation(VI_ALL_LEVEL_WORDS)})\\s+\\p{Lu})`, 'u');

function clean(subject: string, language: 'en' | 'vi'): string {
  let out = subject.replace(language === 'en' ? TRAILING_EN : TRAILING_VI, '').trim();
  if (language === 'en') out = out.replace(TOPIC_AFTER_BODY_EN, '');
  out = out.replace(/^(?:the|a|an)\s+/i, '');
  out = out.replace(/[\s,;:]+$/, '');
  if (out) out = out.charAt(0).toUpperCase() + out.slice(1);
  return out;
}

/** Whether `organizer` holds a word that names a body ("Huyện ủy", "Committee"), not a place alone ("TP Lạng Sơn"). */
export function holdsBodyWord(organizer: string): boolean {
  return BODY_WORD.test(organizer);
}

/** The name of a body has several capitalized words, an acronym ("UBND") or a body word. */
function namesBody(body: string): boolean {
  return (body.match(/(?:^|\s)\p{Lu}/gu) ?? []).length >= 2 || /\p{Lu}{2,}/u.test(body) || BODY_WORD.test(body);
}

// Words that may continue a body's name in lower case: "Ban Chấp hành Đảng bộ tỉnh", "Ủy ban nhân dân huyện".
const VI_BODY_LOWER = new Set(
  ('tỉnh huyện xã phường thị trấn thành phố quận thường vụ trực chấp hành nhân dân đảng bộ đảng ủy uỷ ủy ban mặt trận tổ quốc ' +
    'dân vận tuyên giáo kiểm tra thanh niên phụ nữ cựu chiến binh nông dân liên hiệp đoàn lao động công đoàn hội đồng việt nam ' +
    'cộng sản hồ chí minh khối cơ quan doanh nghiệp chính quyền quân sự công an biên phòng đoàn tòa án viện kiểm sát ' +
    'an ninh quốc phòng văn phòng tổ chức giáo dục đào tạo y tế nội vụ tài chính kế hoạch đầu tư nông nghiệp môi trường ' +
    'tài nguyên công thương xây dựng giao thông vận tải văn hóa thể thao du lịch khoa học công nghệ thông tin truyền thông ' +
    'lao động thương binh xã hội tư pháp ngoại vụ thanh tra dân tộc chính trị đại biểu quốc hội chi bộ nông thôn mới trung ương').split(' '),
);
const VI_BODY_STOP = /^(?:khóa|khoá|lần|nhiệm|kỳ|tổ|họp|về|để|nhằm|với|tại|và|cùng|năm|ngày|tháng|sáng|chiều|đã|là|có|cho|trong|theo)$/u;
const EN_BODY_JOINERS = /^(?:of|the|and|for|'s|provincial|province|city|district|commune|ward|town|municipal|people's|party|committee|council|standing|executive)$/i;
const EN_LEVEL_AFTER_NAME = new RegExp(`^(?:${levelAlternation(['province', 'township', ...EN_ALL_UNIT_WORDS.filter((word) => !word.includes(' '))])})$`);
const EN_BODY_STOP = /^(?:January|February|March|April|May|June|July|August|September|October|November|December|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|On|In|At)$/;

// "the Central working delegation", "the provincial inspection team": a delegation's kind and its word, in lower case,
// close the name of the body that sent it.
const EN_DELEGATION = /^(?:delegation|team|mission)$/;
const EN_DELEGATION_KIND = /^(?:working|inspection|supervision|supervisory|monitoring|audit|survey)$/;
function enDelegationWord(lower: string, next: string | undefined): boolean {
  if (EN_DELEGATION.test(lower)) return true;
  return EN_DELEGATION_KIND.test(lower) && EN_DELEGATION.test((next ?? '').trim().replace(/[,.;:()"“”]+$/u, '').toLowerCase());
}

// The unit kinds of more than one word ("special zone", "special economic zone"), word by word; EN_LEVEL_AFTER_NAME
// holds those of one word.
const EN_MULTI_WORD_KINDS: readonly (readonly string[])[] = EN_ALL_UNIT_WORDS.filter((word) => word.includes(' ')).map((word) => word.split(' '));
const EN_MULTI_WORD_REACH = Math.max(0, ...EN_MULTI_WORD_KINDS.map((kind) => kind.length - 1));

/**
 * "Party Committee of Cat Hai special zone", "... special economic zone": where a lower-case word stands in a kind of
 * more than one word written after a unit's name, when the words before it (`taken`) and after it (`following`)
 * complete the kind, which is taken only as a whole: `closes` for its last word, `inside` for another; else null.
 */
function enMultiWordKind(lower: string, taken: string, following: readonly string[]): 'closes' | 'inside' | null {
  const before = taken.trim().toLowerCase().split(/\s+/);
  const after = following.map((word) => /^\p{L}+/u.exec(word.trim().toLowerCase())?.[0] ?? '');
  for (const kind of EN_MULTI_WORD_KINDS) {
    for (const [at, word] of kind.entries()) {
      if (word !== lower) continue;
      const head = kind.slice(0, at);
      const tail = kind.slice(at + 1);
      if (head.every((part, k) => before[before.length - head.length + k] === part) && tail.every((part, k) => after[k] === part)) return tail.length === 0 ? 'closes' : 'inside';
    }
  }
  return null;
}

/** Reads a body's name that starts at `from`: capitalized words, acronyms and the lower-case words bodies are named with. */
function bodyPhraseAt(text: string, from: number, language: 'en' | 'vi'): { body: string; length: number } | null {
  const rest = text.slice(from);
  const words = rest.split(/(?=\s)/u);
  let taken = '';
  let good = '';
  let count = 0;
  for (const [index, raw] of words.entries()) {
    const word = raw.trim();
    if (!word) {
      taken += raw;
      continue;
    }
    // "the Vietnam Fatherland Front (VFF) Central Committee", "Ủy ban Kiểm tra (UBKT) Tỉnh ủy": an acronym in
    // brackets inside the name; the name goes on after it.
    if (count > 0 && /^\([\p{Lu}\d&-]{2,10}\)$/u.test(word)) {
      taken += raw;
      continue;
    }
    const bare = word.replace(/[,.;:()"“”]+$/u, '');
    const punct = bare.length !== word.length;
    const lower = bare.toLowerCase();
    const capital = /^[\p{Lu}\d]/u.test(bare);
    const kindWord = language === 'en' && count > 0 && !capital ? enMultiWordKind(lower, taken, words.slice(index + 1, index + 1 + EN_MULTI_WORD_REACH)) : null;
    let ok: boolean;
    // "held by the provincial Party Committee": in English a level word may open a body in lower case.
    if (count === 0) ok = capital || (language === 'en' && /^(?:provincial|district|city|municipal|commune|ward)$/.test(lower));
    // "Đồng chí" opens a person; "Đồng Phú", "Đồng Nai" are places.
    // "Ông", "Bà" open a person, except as a place's name after its level word ("tỉnh Bà Rịa - Vũng Tàu").
    else if (language === 'vi')
      ok = capital
        ? !(/^(?:Ông|Bà)$/u.test(bare) && !VI_LEVEL_AT_END.test(taken)) && !(bare === 'Đồng' && /^\s*chí(?!\p{L})/u.test(words[index + 1] ?? ''))
        : (VI_BODY_LOWER.has(lower) && !VI_BODY_STOP.test(lower)) || (lower === 'tịch' && /(?:^|\s)Đoàn\s+Chủ\s*$/u.test(taken)) || (lower === 'thư' && /(?:^|\s)Ban\s+Bí\s*$/u.test(taken)) ||
          // "Đoàn công tác", "Tổ giám sát", "Đoàn khảo sát": the kind of a delegation is part of its name.
          (/^(?:công|tác|giám|sát|khảo|kiểm|tra)$/u.test(lower) && /(?:^|\s)(?:Đoàn|đoàn|Tổ|tổ)(?:\s+(?:công|giám|khảo|kiểm))?\s*$/u.test(taken)) ||
          // "Ban chỉ đạo công tác tuyển quân tỉnh": a steering committee written in lower case after "Ban", then its remit
          // in lower case up to the level word, never into a verb ("Ban chỉ đạo triển khai ...").
          (/^(?:chỉ|đạo)$/u.test(lower) && /(?:^|\s)Ban(?:\s+chỉ)?\s*$/u.test(taken) && (lower === 'chỉ' || /chỉ\s*$/u.test(taken))) ||
          (/(?:^|\s)Ban\s+chỉ\s+đạo(?:\s+\p{Ll}+){0,7}\s*$/u.test(taken) && /^\p{Ll}+$/u.test(bare) && !VI_BODY_STOP.test(lower) && !VI_VERB_AT.test(words.slice(index).join('')));
    else ok = (capital && !EN_BODY_STOP.test(bare)) || (EN_BODY_JOINERS.test(lower) && count < 14) || (count > 0 && enDelegationWord(lower, words[index + 1])) || kindWord !== null;
    if (!ok || count > 16) break;
    taken += raw.replace(/[,.;:()"“”]+$/u, '');
    count++;
    // "Party Committee of Rach Gia ward": a level word after the unit's name closes the body's name.
    if (language === 'vi' || capital || EN_LEVEL_AFTER_NAME.test(lower) || EN_DELEGATION.test(lower) || kindWord === 'closes') good = taken;
    if (punct) break;
  }
  // "UBND tỉnh thường kỳ": a lower-case "thường" only continues a name as "thường vụ"/"thường trực".
  // ("... Congress of Hoa Binh province for the 2024 - 2029 tenure": a term's first year closes no name.)
  const body = good
    .trim()
    .replace(/\s+(?:for|of|in)\s+(?:the\s+)?(?:19|20)\d{2}$/i, '')
    .replace(/(?:\s+(?:of|the|and|for))+$/i, '')
    .replace(/\s+thường$/u, '');
  if (!body || !namesBody(body)) return null;
  return { body, length: from + good.length - from };
}

const PERSON_OPENING = /^(?:đồng chí|đ\/c|comrades?|mr\.?|mrs\.?|ms\.?|ông|bà|các đồng chí|lãnh đạo|leaders?|delegates?|đại biểu)(?!\p{L})/iu;
// "Thừa ủy quyền của Chủ tịch nước, đồng chí ... trao": whose authority is named first; who acts follows the comma.
const ON_BEHALF_OPENING = /^(?:thừa (?:ủy|uỷ) quyền|thay mặt)\s+(?:của\s+)?[^,;]{1,80},\s*/iu;
const titleOpenings = new Map<'en' | 'vi', RegExp>();

/** A subject that opens with a title or a rank ("Prime Minister ...", "Bí thư Tỉnh ủy ...", "Lieutenant General ...") is a person. */
function titleOpening(language: 'en' | 'vi'): RegExp {
  let pattern = titleOpenings.get(language);
  if (!pattern) {
    const pack = packFor(language).data;
    // A lone "General" or "Major" opens body names too ("General Department of ...").
    const words = [...pack.titles, ...pack.ranks].filter((word) => !/^(?:General|Major|Thành viên)$/i.test(word));
    words.sort((a, b) => b.length - a.length);
    pattern = new RegExp(`^(?:${words.map(escapeRegExp).join('|')})(?![\\p{L}])`, 'iu');
    titleOpenings.set(language, pattern);
  }
  return pattern;
}

/** A subject that ends with a person's name ("Provincial Party Secretary Tran Duc Thang"): a family name among its last words. */
function endsWithName(subject: string): boolean {
  const all = subject.split(/\s+/);
  const words = all.slice(-4);
  if (words.length < 3) return false;
  const names = namesData();
  // A two-word name ("Luong Cuong") only right after a title's last word ("... Secretariat Luong Cuong").
  const twoWord = TITLE_END.test(words[words.length - 3] ?? '') ? 1 : 2;
  return words.slice(0, -twoWord).some((word, index) => {
    const rest = words.slice(index);
    const before = all[all.length - words.length + index - 1] ?? '';
    // "huyện Vị Xuyên", "Hoa Binh province": a place, though its first syllable is a family name.
    if (/^(?:huyện|tỉnh|xã|phường|quận|thị|thành|phố|trấn|tp\.?|of|district|province|city|commune|ward)$/iu.test(before)) return false;
    return rest.every((w) => /^\p{Lu}\p{Ll}*$/u.test(w) && !ORG_WORD.test(w)) && names.foldedFamilyNames.has(fold(word));
  });
}

// "Tran Duc Thang, Secretary of ...", "Nguyễn Văn An, Chủ tịch UBND tỉnh, ...": a full name, then a comma and the titles.
const NAME_THEN_COMMA = /^((?:\p{Lu}\p{Ll}*\s+){1,3}\p{Lu}\p{Ll}*)\s*,/u;

const TITLE_END = /^(?:Secretary|Secretariat|Chairman|Chairwoman|President|Minister|Director|Commander|Chief|Head|member|Leader|General)$/;

function opensWithName(text: string): boolean {
  const name = NAME_THEN_COMMA.exec(text);
  if (!name) return false;
  const words = name[1]!.split(/\s+/);
  return namesData().foldedFamilyNames.has(fold(words[0]!)) && !words.some((word) => ORG_WORD.test(word));
}

function opensWithPerson(text: string, language: 'en' | 'vi'): boolean {
  return PERSON_OPENING.test(text) || titleOpening(language).test(text) || titleOpening(language === 'en' ? 'vi' : 'en').test(text) || opensWithName(text);
}

const ORG_WORD =
  /^(?:Committee|Council|Party|Provincial|Province|District|City|People's|People’s|Front|Union|Association|Department|Commune|Ward|Town|Township|Zone|Special|Administrative|Standing|Office|Assembly|Ministry|Government|Board|Delegation|Police|Command|Court|Ủy|Uỷ|Ban|Huyện|Tỉnh|Đảng|Hội|Đoàn|Sở|Bộ|Xã|Phường|Thành|Thị)$/u;
// "Mr. Le Tri Vu - Member of ..., Head of the Organizing Committee of ... - inspected": an official acts for the body they head.
const HEAD_OF = /(?:Head|Chairman|Chairwoman|Chairperson|Director|Secretary|Chief|Commander|President|Trưởng(?=\s+[Bb]an\s)|Trưởng|Chủ tịch|Bí thư|Giám đốc|Chỉ huy trưởng|Chánh [Vv]ăn phòng|Chánh)\s+(?:of\s+)?(?:the\s+)?(?=\p{Lu})/gu;
const REGULAR_MEETING_AFTER = /^\s+(?:the|a|its)\s+(?:(?:monthly|quarterly|\w+-month)\s+)?regular\s+(?:meeting|session)\b/u;
const ACTING_VERB = /^\s+(?:[\p{Ll}]+\s+)?(?:inspected|checked|visited|examined|supervised|surveyed|kiểm tra|giám sát|khảo sát|thăm)/u;

function bodyOfOffice(subject: string, offset: number, text: string, language: 'en' | 'vi', which: 'first' | 'last' = 'last'): { body: string; start: number } | null {
  let last: RegExpExecArray | null = null;
  HEAD_OF.lastIndex = 0;
  for (let match = HEAD_OF.exec(subject); match; match = HEAD_OF.exec(subject)) {
    last = match;
    if (which === 'first') break;
  }
  if (!last) return null;
  // "Phó Chủ tịch Thường trực UBND tỉnh": "Thường trực" qualifies the title (standing vice chair), the body follows it.
  const qualifier = /^Thường trực\s+(?=UBND|HĐND|Ủy ban|Uỷ ban|Hội đồng|Ban(?!\p{L}))/u.exec(subject.slice(last.index + last[0].length));
  const at = offset + last.index + last[0].length + (qualifier ? qualifier[0].length : 0);
  const phrase = bodyPhraseAt(text, at, language);
  if (!phrase) return null;
  // "Chairman of the Provincial People's Committee Tran Hoang Tuan chaired ...": the office, then the holder's name.
  const body = personLike(phrase.body, language) ? withoutTrailingName(phrase.body, language) : phrase.body;
  if (!body) return null;
  return { body: clean(body, language), start: at };
}

// "Trưởng Đoàn Kiểm tra số 892 của Ban Bí thư", "Head of the Secretariat's inspection team": the official heads a
// delegation sent to check or work; a sitting they chair is the delegation's, whatever other offices they hold.
const HEAD_OF_DELEGATION = /(?<!\p{L})(?:Trưởng\s+(?=[Đđ]oàn\s+(?:[Kk]iểm tra|[Cc]ông tác|[Gg]iám sát|[Kk]hảo sát)(?!\p{L}))|[Hh]ead\s+of\s+(?:the\s+)?(?=(?:[\p{L}'’]+\s+){0,4}(?:[Ii]nspection|[Ww]orking|[Ss]upervision|[Ss]upervisory)\s+(?:[Dd]elegation|[Tt]eam|[Gg]roup)(?!\p{L})))/u;
const DELEGATION_TAIL = /^\s+(?:(?:số|No\.?)\s*\d+\s*)?(?:(?:của|of)\s+(?:the\s+)?(?=\p{Lu}))?/u;

/** The delegation the person of the subject (the text before `subjectEnd`) heads, with the body that sent it. */
export function delegationHeaded(subjectEnd: number, text: string, language: 'en' | 'vi'): { body: string; start: number } | null {
  // ("Trưởng Đoàn kiểm tra số 3 ... kiểm tra": the delegation's own word may be read as the verb that ends the subject.)
  const head = HEAD_OF_DELEGATION.exec(text.slice(0, subjectEnd + 40));
  if (!head || head.index >= subjectEnd) return null;
  const at = head.index + head[0].length;
  const phrase = bodyPhraseAt(text, at, language);
  if (!phrase) return null;
  let end = at + phrase.length;
  // "Working Group No. 5": the number after an abbreviated "No." belongs to the name.
  const numbered = /\bNo$/u.test(phrase.body) ? /^\.\s*\d+/u.exec(text.slice(end)) : null;
  if (numbered) end += numbered[0].length;
  const tail = DELEGATION_TAIL.exec(text.slice(end));
  if (tail && /(?:của|of)\s+(?:the\s+)?$/u.test(tail[0])) {
    const owner = bodyPhraseAt(text, end + tail[0].length, language);
    // "of the Secretariat", "của Bộ Chính trị": a national body may be named in one word.
    const single = owner ? null : /^\p{Lu}[\p{L}'’]+/u.exec(text.slice(end + tail[0].length));
    if (owner) {
      const ownerBody = personLike(owner.body, language) ? withoutTrailingName(owner.body, language) : owner.body;
      if (ownerBody) end = end + tail[0].length + ownerBody.length;
    } else if (single && isNationalBody(single[0])) end = end + tail[0].length + single[0].length;
  }
  const body = clean(text.slice(at, end), language);
  return body ? { body, start: at } : null;
}

/** A body's name run into the name of the person who holds its office, without that name; null when none is left. */
function withoutTrailingName(phrase: string, language: 'en' | 'vi'): string | null {
  const words = phrase.split(/\s+/);
  for (let take = 2; take <= 4 && take < words.length; take++) {
    const name = words.slice(-take);
    if (!namesData().foldedFamilyNames.has(fold(name[0]!)) || !name.every((word) => /^\p{Lu}\p{Ll}*$/u.test(word) && !ORG_WORD.test(word))) continue;
    const body = words.slice(0, -take).join(' ');
    if (namesBody(body) && !personLike(body, language)) return body;
  }
  return null;
}

/**
 * "Phó Chủ tịch UBND tỉnh Trần Báu Hà đi kiểm tra": an office's body read with the name of its holder run
 * into it, which the people found in the text tell, ends before that name (a unit's name after a level
 * word looks the same: the places found keep it). The match is returned unchanged when no person's name closes it.
 */
export function withoutHolderName(
  match: OrganizerMatch | null,
  nameSpans: readonly { start: number; end: number }[],
  places: readonly { start: number; end: number }[],
  language: 'en' | 'vi',
): OrganizerMatch | null {
  // Only a body read from an official's title is followed by its holder: a subject "UBND phường Trần Hưng Đạo
  // tổ chức" names a unit after a person, and so may a place the gazetteer knows.
  if (!match || match.how !== 'office') return match;
  const name = nameSpans.find((span) => span.start > match.start && span.end === match.end && !places.some((place) => place.start <= span.start && place.end >= span.end));
  if (!name) return match;
  const body = match.organizer.slice(0, name.start - match.start).replace(/[\s,;:–-]+$/u, '');
  if (!body || !namesBody(body) || personLike(body, language)) return match;
  return { ...match, organizer: body, end: match.start + body.length };
}

// "General Ngo Xuan Lich, who is a Politburo member ...": a relative "who" follows a person, never a body.
const WHO_CLAUSE = /^[^,]{3,60},\s+who\s/u;

function personLike(subject: string, language: 'en' | 'vi'): boolean {
  const onBehalf = ON_BEHALF_OPENING.exec(subject);
  if (onBehalf) return personLike(subject.slice(onBehalf[0].length), language);
  return opensWithPerson(subject, language) || endsWithName(subject) || (language === 'en' && WHO_CLAUSE.test(subject));
}

// "worked with the Standing Committee of ...", "làm việc với Ban Thường vụ ...": a person's visit is hosted by a body.
const HOST_AFTER = /^\s*(?:with|và làm việc với|làm việc với|với|tại|at|and|the)?\s*(?:the\s+)?(?=\p{Lu})/u;
// "X presided over a meeting between the NA's Party Delegation and the Standing Board of ...": the first body named.
// "co-chaired a conference to exchange experiences between the People's Councils of A and B": a sitting between bodies.
const CHAIRED_WITH = /^\s+(?:a|the)\s+(?:(?:working session|working meeting|meeting)\s+(with|between)|(?:conference|meeting|working session)(?:\s+(?:to|on)\s+[^,.;]{0,80}?)?\s+(between))\s+(?:the\s+)?(?=\p{Lu})/u;
const HOSTING_VERB = /^\s+(?:worked|works|work|met|had a (?:meeting|working session|working meeting)|làm việc|thăm và làm việc|gặp mặt|tiếp)/u;
// "a meeting to ...", "the conference on ...": a sitting not named after a body ("the meeting of the X" names its owner).
const CHAIRED_SITTING = /^\s+(?:a|the)\s+(?:[\p{Ll}-]+\s+){0,2}(?:meeting|conference|session|working session)\b(?!\s+(?:of|between|with)\b)/u;
const CHAIRED_BY = /\b(?:was|were)\s+(?:co-)?(?:chaired|presided over)\s+by\b|(?<!\p{L})(?:do|dưới sự chủ trì của)\s+(?:đồng chí|ông|bà)(?!\p{L})/u;
const VISITING_VERB = /(?:thăm|visited)$/u;
// Where what is visited ends: the occasion ("nhân kỷ niệm ...", "on the occasion of ...") or the sentence.
const VISIT_END = /(?<!\p{L})(?:nhân|nhân dịp|on the occasion|to mark|to celebrate)(?!\p{L})|[.;!?]/u;

function firstBodyVisited(text: string, from: number, language: 'en' | 'vi'): { body: string; start: number } | null {
  const rest = text.slice(from, from + 200);
  const end = VISIT_END.exec(rest);
  const span = end ? rest.slice(0, end.index) : rest;
  const capital = /(?<![\p{L}\d])\p{Lu}/gu;
  for (let match = capital.exec(span); match; match = capital.exec(span)) {
    const phrase = bodyPhraseAt(text, from + match.index, language);
    if (!phrase || personLike(phrase.body, language) || namesOnlyPlace(phrase.body)) continue;
    const body = clean(phrase.body.replace(/\s+nhân$/u, ''), language);
    if (body && BODY_WORD.test(body)) return { body, start: from + match.index };
  }
  return null;
}

// "led a delegation of the Ministry of Public Security", "dẫn đầu đoàn công tác của Bộ Công an".
const LED_DELEGATION = /\s(?:led|headed|dẫn đầu)\s+((?:an?\s+|the\s+)?(?:working\s+|inspection\s+|monitoring\s+)?(?:delegation|team)\s+(?:of|from)\s+(?:the\s+)?|(?:đoàn|đoàn công tác|đoàn kiểm tra|đoàn giám sát)\s+(?:của\s+)?)(?=\p{Lu})/u;

// Only when the place holds the event: "..., thành phố Hải Dương đã diễn ra ..." names where it took place.
const PLACE_HOLDS = /(?:tổ chức|organi[sz]ed|held)$/u;
// "The provincial People's Council opened ...": after an article a level word may open a body in lower case.
const EN_LEVEL_FIRST = /^(?:provincial|district|city|municipal|commune|ward|town)\s+\p{Lu}/u;
// A subject that names only a place: "Nghe An province", "Hai Duong", "tỉnh Nghệ An", "huyện Cẩm Giàng".
const PLACE_ONLY = new RegExp(
  `^(?:(?:${levelAlternation(VI_ALL_LEVEL_WORDS)})\\s+(?:\\p{Lu}\\p{Ll}*\\s*){1,4}|(?:\\p{Lu}\\p{Ll}*\\s+){1,3}(?:${levelAlternation(['province', ...EN_ALL_UNIT_WORDS])})|(?:\\p{Lu}\\p{Ll}*\\s*){1,3})$`,
  'u',
);
function namesOnlyPlace(body: string): boolean {
  return PLACE_ONLY.test(body) && !BODY_WORD.test(body) && !body.split(/\s+/u).some((word) => ORG_WORD.test(word)) && !isNationalBody(body);
}
// ("phường Phú Lợi (TPHCM)": its province may follow in brackets.)
const PLACE_SUBJECT = new RegExp(`^(?:${levelAlternation(VI_ALL_LEVEL_WORDS)})\\s+\\p{Lu}[\\p{L}\\s]{0,30}(?:\\s*\\(\\p{Lu}[\\p{L}.\\s]{1,20}\\))?$`, 'u');

const SENT_PEOPLE = /^(?:the\s+)?(?:representatives?|leaders?|members?|officials?|delegates?|đại diện|lãnh đạo|cán bộ|thành viên|đại biểu)(?!\p{L})/iu;

// "tiến hành phiên làm việc thứ hai đại hội", "conducted its second session": to conduct an event's session is to hold it.
const HOLDING_VERB = /^\s+(?:[\p{Ll}]+\s+)?(?:held|organi[sz]ed|hosted|convened|tổ chức|khai mạc|họp|tiến hành(?=\s+(?:phiên|đại hội|hội nghị|kỳ họp|kì họp|cuộc họp|buổi))|conducted(?=\s+(?:the|its|a)\s+(?:[\p{L}\d-]+\s+){0,3}(?:session|congress|conference|meeting)))(?!\p{L})/u;

const DEMONSTRATIVE_OPENING = /^(?:đó là|đây là|đấy là|that is|this is|that was|this was)(?!\p{L})/iu;
// "Thưa các vị đại biểu, ...", "Dear delegates, ...": a speech's salutation names those addressed, not who held the event.
const SALUTATION = /^\s*(?:kính\s+)?thưa(?!\p{L})|^\s*(?:dear|distinguished|ladies and gentlemen)\b/iu;
// A venue opened by "tại" / "at" whose name holds a comma, right before the clause read.
const VENUE_BEFORE = /(?:^|\s)(?:tại|at)\s+[^,.;:]*,\s*$/iu;
// "X announced: The 8th Conference of the Party Central Committee met ...": what a speaker reports after a colon is
// the speech's content; a body named in it held some other event.
const REPORTED_SPEECH =
  /(?<!\p{L})(?:announced|said|stated|stressed|emphasi[sz]ed|affirmed|noted|informed|reported|phát biểu|cho biết|thông báo|thông tin|nhấn mạnh|khẳng định|nêu rõ|báo cáo)\s*:\s/iu;
const CITING = /^(?:thực hiện|căn cứ|theo|implementing|pursuant|following|according|under|in accordance)(?!\p{L})/iu;
const INTRODUCTORY =
  /^(?:năm|in|vào|tháng|quý|ngày|hôm qua|vừa qua|mới đây|recently|this year|last year|thực hiện|căn cứ|theo|nhằm|để|với|nhân|sau|trước|trong|qua|được|implementing|pursuant|following|in order|to|with|on the occasion|after|before|during|under|according|as|attending|speaking|dự|phát biểu|tham dự)(?!\p{L})/iu;

// Bodies that elect at their own sitting, the subject ending with the body's name (a person "of the Council" is no such subject).
const ELECTING_BODY = /(?:People['’]s Council|Party Congress|Congress|(?:HĐND|Hội đồng nhân dân)(?:\s+(?:tỉnh|huyện|xã|phường|thị xã|thành phố)(?:\s+\p{Lu}\p{Ll}*){0,3})?)(?:\s+(?:khóa|khoá)\s+[IVXLC\d]+)?$/u;

// Global forms of the verb patterns, compiled once; each search starts from lastIndex 0.
const EN_VERB_GLOBAL = new RegExp(EN_VERB.source, 'gu');
const VI_VERB_GLOBAL = new RegExp(VI_VERB.source, 'gu');
// English headlines write the event in the present tense ("HCYU Secretariat works in Hung Yen",
// "Hoa Binh People's Council elects new chairwoman"); a story's lead does not, so only a headline reads these.
const EN_HEADLINE_VERB_GLOBAL = new RegExp(
  `(?:${EN_VERB.source})|\\s+(?:works|meets|reviews|launches|celebrates|marks|concludes|closes|inspects|visits|receives|welcomes|kicks off|wraps up|elects|discusses|sums up|summarizes|summarises)\\b`,
  'gu',
);

// "inspection delegation No. 1925 led by ...", "đoàn kiểm tra số 3 của ...": a numbered delegation is a body even in lower case.
const NUMBERED_DELEGATION = /^(?:(?:inspection|working|supervision|supervisory|audit)\s+)?(?:delegation|team|group)\s+(?:No\.?|number)\s*\d+|^(?:đoàn|tổ)\s+(?:kiểm tra|công tác|giám sát)\s+số\s*\d+/iu;

// A document's number and issuer code: "183-KH/TU", "35-CT/TW".
// ("65/QĐ-HĐND", "1234/QĐ-UBND": a State document's number, type and issuer.)
const DOCUMENT_CODE = /\d+[-/][\p{Lu}Đ]{1,6}\/|\d+\/[\p{Lu}Đ]{1,6}-[\p{Lu}Đ]/u;
const APPOSITIVE_OWNER = /,\s*(?!nhiệm kỳ|term|khóa|khoá)(\p{Lu}[^,]*)$/u;
// A date inside the subject, not at its opening: "... vào ngày 11/3/2022 tại ...", "... on 11 March 2022 at ...".
const MID_DATE = /\s(?:vào\s+)?(?:ngày\s+)?\d{1,2}\s*[/.-]\s*\d{1,2}(?:\s*[/.-]\s*\d{4})?(?:\s+tại\s+)?/u;
// "... vào sáng", "... ngày": the words of a date written after the body, before the verb.
const DATE_WORDS_AFTER_BODY = /(?:\s+(?:vào|sáng|chiều|tối|trưa|ngày))+\s*$/u;
// Words a Vietnamese body's name opens with.
const BODY_OPENING = /(?<=^|\s)(?:Hội|Ban|Ủy ban|Uỷ ban|UBND|HĐND|MTTQ|Đảng bộ|Đảng ủy|Đảng uỷ|Huyện ủy|Huyện uỷ|Tỉnh ủy|Tỉnh uỷ|Thành ủy|Thành uỷ|Thị ủy|Thị uỷ|Đoàn|Công đoàn|Mặt trận|Chi bộ|Sở|Phòng|Trường|Trung tâm|Bộ)(?!\p{L})/gu;

// "đoàn công tác của Bộ Công Thương", "đoàn giám sát HĐND tỉnh": a delegation written in lower case before the body that sent it.
// ("các đoàn công tác của Ban Thường vụ Tỉnh ủy đã đến làm việc": several teams sent by one body are its delegation.)
const NAMED_DELEGATION_VI = /^(?:các\s+)?(?:đoàn|tổ)\s+(?:công tác|kiểm tra|giám sát|khảo sát|đại biểu)\s+(?:của\s+)?\p{Lu}/u;

const SUPERVISING_DELEGATION = /^(?:Đoàn|Tổ)\s+(?:giám sát|kiểm tra|khảo sát|công tác)\s+(?:việc\s+)?(?:thực hiện|triển khai)\s+(?:Nghị quyết|Chỉ thị|Kết luận|Quy định)\s+(?:số\s+)?\d/u;
const CHECKED_DOCUMENT = /^.*?\d+[-/][\p{Lu}Đ]{1,6}\/[\p{Lu}Đ]{1,6}(?:-[\p{Lu}Đ]+)?|^.*?\d+\/[\p{Lu}Đ]{1,6}-[\p{Lu}Đ]+/u;
const DASH_ASIDE = /\s+[—–]\s+[^—–]{3,400}?\s+[—–]\s*$/u;
const HEAD_CHARS = 320;

/** How far a subject's verb is looked for: the opening, and past an aside set off by dashes that starts in it. */
function headEnd(text: string): number {
  const open = text.slice(0, HEAD_CHARS).search(/\s[—–]\s/u);
  if (open < 0) return HEAD_CHARS;
  const close = text.slice(open + 3, open + 3 + 400).search(/\s[—–]\s/u);
  return close < 0 ? HEAD_CHARS : Math.max(HEAD_CHARS, open + 3 + close + 60);
}

/** The first verb whose subject names a body: "Kỳ họp" (a session) is not "họp" (meets). */
// "was reelected", "were awarded", "has been appointed": a finite verb inside what would be the subject.
const EN_FINITE_PASSIVE = /\b(?:was|were|has\s+been|have\s+been|had\s+been)\s+(?:[a-z]+ly\s+)?[a-z]+(?:ed|en|wn)\b/;

const HISTORY_CLAUSE = /^\s*(?:(?:trong|suốt)\s+)?(?:thời gian qua|những năm qua|nhiều năm qua|các năm qua|nhiệm kỳ qua|thời gian vừa qua)\s*,|^\s*(?:over|in|during|for)\s+the\s+(?:past|last)\s+(?:\w+\s+)?(?:years?|terms?|period|months)\s*,/iu;

function subjectBefore(text: string, language: 'en' | 'vi', headline = false): Found | null {
  const pattern = language === 'en' ? (headline ? EN_HEADLINE_VERB_GLOBAL : EN_VERB_GLOBAL) : VI_VERB_GLOBAL;
  pattern.lastIndex = 0;
  const head = text.slice(0, headEnd(text));
  for (let verb = pattern.exec(head); verb; verb = pattern.exec(head)) {
    // "the NA Delegation of Lang Son province — including Mr. ..., and Ms. ... — held": an aside set off by dashes
    // between the subject and its verb is no part of the subject.
    const aside = DASH_ASIDE.exec(text.slice(0, verb.index));
    const written = text.slice(0, aside ? aside.index : verb.index);
    const raw = written.replace(/^(?:the|a|an)\s+/i, '');
    // "a working delegation of the Provincial Party Committee": after an article a body may start in lower case
    // ("A delegation of the provincial Party Committee, People's Council, ...": its sender too, after a level word).
    // "huyện Cẩm Giàng tổ chức kỷ niệm ...": a unit named with its level word acts as a body.
    if (!/^[\p{Lu}\d]/u.test(raw) && !PERSON_OPENING.test(raw) && !(raw !== written && /\s(?:of|của)\s+(?:the\s+)?(?:\p{Lu}|(?:provincial|district|city|municipal|commune|ward)\s+\p{Lu})/u.test(raw)) && !(PLACE_SUBJECT.test(raw) && PLACE_HOLDS.test(verb[0])) && !(raw !== written && EN_LEVEL_FIRST.test(raw)) && !NUMBERED_DELEGATION.test(raw) && !NAMED_DELEGATION_VI.test(raw)) continue;
    // "Công tác chuẩn bị Đại hội đã được triển khai": a passive's subject is what was done, not who did it (an event
    // "được tổ chức" names its owner after it).
    if (/(?<!\p{L})được\s*$/u.test(written) && !EVENT_SUBJECT.test(raw)) continue;
    // "The 27th Congress of ... elected the new Executive Committee", "Đại hội ... đã bầu Ban Chấp hành": only an
    // event elects as its owner's act; a person "was elected", and what a body elected is no event.
    // (A People's Council or a congress elects at its own sitting: "At the 26th session, the 18th Provincial People's
    // Council elected ...", "the provincial Party Congress elected 49 members": the body that elects holds it.)
    if (/(?:elected|bầu)$/u.test(verb[0]) && !EVENT_SUBJECT.test(raw) && !ELECTING_BODY.test(raw)) continue;
    // "... for a conference held by the provincial Party Committee": a passive, whose agent is read elsewhere.
    if (/^\s+by\b/.test(text.slice(verb.index + verb[0].length))) continue;
    // "X was reelected at the first session of the Provincial Party Committee, held on ...": a clause with a verb of
    // its own is no subject; the verb found after it opens a phrase that qualifies its event.
    if (language === 'en' && EN_FINITE_PASSIVE.test(raw)) continue;
    // "Hải Dương: Tổng kết 20 năm tổ chức ...": a headline's "place: summary" label, not a body.
    // (A colon inside brackets, "(Photo: VNA)", is a caption's credit, no label.)
    if (written.replace(/\([^()]*\)/gu, '').includes(':')) continue;
    if (RUN_IN_SOURCE.test(` ${written}`) || RUN_IN_STAMP.test(written)) continue;
    let subject = clean(written, language);
    // "The People's Council of Yen Bai province, on June 30, held ...": a date set off by commas after the body.
    const datedAside = language === 'en' ? EN_DATE_ASIDE.exec(subject) : null;
    if (datedAside && datedAside.index > 0) subject = subject.slice(0, datedAside.index);
    let subjectShift = 0;
    // "Đại hội đại biểu lần thứ I, nhiệm kỳ 2025-2030, Đảng bộ xã X đã bế mạc": the event, then its owner after a comma.
    const appositive = EVENT_SUBJECT.test(raw) ? APPOSITIVE_OWNER.exec(written) : null;
    if (appositive && namesBody(appositive[1]!) && !personLike(appositive[1]!, language)) {
      subjectShift = appositive.index + appositive[0].length - appositive[1]!.length;
      subject = clean(appositive[1]!, language);
    }
    // "Sự chỉ đạo của ... vào ngày 11/3/2022 tại Nhà văn hóa xã Hội Cựu chiến binh xã tổ chức": a date and a place
    // run into the subject without a comma; the body is the last one named after them.
    // (A document's date is no such date: "Kế hoạch số 126-KH/HU ngày 01/12/2023 của Huyện ủy ..." cites its issuer.)
    // (A date inside brackets is a stamp's, "( Cập nhật ngày: 21/11/2024 )": masked, so offsets stay.)
    let dated = subjectShift === 0 && !DOCUMENT_CODE.test(written) ? MID_DATE.exec(written.replace(/\([^()]*\)/gu, (inner) => ' '.repeat(inner.length))) : null;
    const clauseAfterDate = dated ? /^\s*,\s*(?=\p{Lu})/u.exec(written.slice(dated.index + dated[0].length)) : null;
    if (dated && clauseAfterDate) {
      // "... ( Cập nhật ngày: 21/11/2024 )Chiều ngày 21/11/2024, Tiểu ban văn kiện ... tổ chức": a date set off by a comma
      // opens the clause; its subject is all that follows the comma.
      subjectShift = dated.index + dated[0].length + clauseAfterDate[0].length;
      subject = clean(written.slice(subjectShift), language);
    } else if (dated) {
      const tail = written.slice(dated.index + dated[0].length);
      let last: RegExpExecArray | null = null;
      BODY_OPENING.lastIndex = 0;
      for (let match = BODY_OPENING.exec(tail); match; match = BODY_OPENING.exec(tail)) last = match;
      // "Ban Thường vụ Tỉnh ủy ... ngày 5/9 (tại Hội trường Tỉnh ủy) đã tổ chức", "UBND tỉnh ... vào sáng 5/9 tổ chức":
      // the date follows a body named whole before it, and what follows the date is where.
      // ("Hội đồng nhân dân tỉnh ... khóa XVIII, ngày 30/6 đã tổ chức": the comma that sets the date off ends the body.)
      const before = written.slice(0, dated.index).replace(DATE_WORDS_AFTER_BODY, '').replace(/\s*,\s*$/u, '');
      // A term after the body ("khóa XVIII", "nhiệm kỳ 2021-2026") is part of its name, not another phrase.
      const named = bodyPhraseAt(before, 0, language);
      const bodyOnly = before.replace(TERM_AFTER_BODY, '').trim();
      if (named && named.body.length >= bodyOnly.length && !personLike(named.body, language)) {
        subject = clean(before, language);
        dated = null;
      } else if (last && !/(?<!\p{L})(?:của|do|bởi|of|by)\s+$/u.test(tail.slice(0, last.index))) {
        subjectShift = dated.index + dated[0].length + last.index;
        subject = clean(written.slice(subjectShift), language);
      } else if (PLACE_SUBJECT.test(tail.trim()) && PLACE_HOLDS.test(verb[0])) {
        // "Sáng ngày 26/02/2024 huyện Thường Xuân đã tổ chức Lễ ...": a unit named with its level word right after the date.
        subjectShift = dated.index + dated[0].length + (tail.length - tail.trimStart().length);
        subject = clean(written.slice(subjectShift), language);
      } else continue;
    }
    let personShift = 0;
    // "Đồng chí ..., Chủ tịch ... cùng tổ công tác số 5 của Ban Thường vụ ... kiểm tra": the group that came with a person.
    if (personLike(subject, language)) {
      // "đồng chí X, Trưởng ban ... và đoàn công tác của Ban ...": the delegation that came with the person.
      const along = /\s(?:cùng với|cùng|together with|along with|and a delegation of|and the|và(?=\s+(?:đoàn|tổ)\s))\s+(?=\p{L})/iu.exec(subject);
      // "together with representatives of ...": people sent by bodies are no body themselves.
      const company = along ? subject.slice(along.index + along[0].length) : '';
      if (along && namesBody(company) && !personLike(company, language) && !SENT_PEOPLE.test(company)) {
        personShift = along.index + along[0].length;
        subject = subject.slice(personShift);
      } else {
        // "Comrade X, Prime Minister, worked with the Standing Committee of ...": the host.
        const rest = text.slice(verb.index + verb[0].length);
        // "X chaired a working session with the Standing Board of ...": the host, as when X worked with it.
        const chairedWith = /chaired|presided/.test(verb[0]) ? CHAIRED_WITH.exec(rest) : null;
        if (chairedWith) {
          const at = verb.index + verb[0].length + chairedWith[0].length;
          const phrase = bodyPhraseAt(text, at, language);
          // "between A and B": the body's name stops before the second party.
          const body = phrase && (chairedWith[1] ?? chairedWith[2]) === 'between' ? phrase.body.split(/\s+and\s+(?:the\s+)?/u)[0]! : phrase?.body;
          if (body && !personLike(body, language)) return { body: clean(body, language), start: at, verbIndex: verb.index, how: 'agent' };
        }
        if (HOSTING_VERB.test(verb[0])) {
          const host = HOST_AFTER.exec(rest);
          const at = verb.index + verb[0].length + (host ? host[0].length : 0);
          const phrase = host ? bodyPhraseAt(text, at, language) : null;
          if (phrase && !personLike(phrase.body, language)) return { body: clean(phrase.body, language), start: at, verbIndex: verb.index, how: 'agent' };
        }
        // "Phó Chủ tịch UBND tỉnh X đã đến thăm và chúc mừng tập thể lãnh đạo, hội viên Hội LHPN tỉnh", "X visited and
        // congratulated the Provincial Women's Union": a person's visit is hosted by the first body visited.
        if (VISITING_VERB.test(verb[0])) {
          const visited = firstBodyVisited(text, verb.index + verb[0].length, language);
          if (visited) return { ...visited, verbIndex: verb.index, how: 'agent' };
        }
        // What an official acts for: the delegation they head (read once), else the body of an office they hold.
        let headed: { body: string; start: number } | null | undefined;
        const delegation = (): { body: string; start: number } | null => (headed === undefined ? (headed = delegationHeaded(verb.index, text, language)) : headed);
        const actingFor = (found: { body: string; start: number } | null) => (found ? { body: found.body, start: found.start, verbIndex: verb.index, how: 'office' as const } : null);
        // "X - ..., Head of Working Group No. 5 chaired the approval of ...": the delegation the chair heads holds it.
        const chairs = /chaired|presided/.test(verb[0]);
        if (chairs && delegation()) return actingFor(delegation());
        // "Chairman of Soc Trang Provincial People's Committee Tran Van Lau chaired a meeting to ...": a sitting that names
        // no owner, chaired by an official, is held by the body of the first office the text gives them (as "chủ trì").
        if (chairs && CHAIRED_SITTING.test(rest)) {
          const office = actingFor(bodyOfOffice(text.slice(0, verb.index), 0, text, language, 'first'));
          if (office) return office;
        }
        // "Standing Vice Chairman of the Provincial People's Committee X chaired the regular meeting in March": a
        // body's own regular meeting, chaired by one of its officers.
        if (ACTING_VERB.test(verb[0]) || (/chaired/.test(verb[0]) && REGULAR_MEETING_AFTER.test(rest))) {
          const office = actingFor(delegation() ?? bodyOfOffice(text.slice(0, verb.index), 0, text, language));
          if (office) return office;
        }
        // "đồng chí X, Bí thư Tỉnh ủy, Trưởng Đoàn ĐBQH tỉnh chủ trì Hội nghị quán triệt ...": a sitting that names no
        // owner, chaired by an official, is held by the body of the first office the text gives them.
        if (/chủ trì$/u.test(verb[0])) {
          const office = actingFor(delegation() ?? bodyOfOffice(text.slice(0, verb.index), 0, text, language, 'first'));
          if (office) return office;
        }
        return null;
      }
    }
    // A delegation named by the document it checks keeps its name up to the document's code ("Đoàn giám sát thực hiện
    // Nghị quyết số 25-NQ/TW"), not the document's date, issuer and title.
    const checked = SUPERVISING_DELEGATION.test(subject) ? CHECKED_DOCUMENT.exec(subject) : null;
    if (checked) subject = checked[0];
    if (!subject || subject.length > 160) continue;
    // "Nhân dịp Đại hội ..., chiều ngày 29/10, Ban Chấp hành ... tổ chức": a date clause inside the
    // subject closes an opening clause; the subject starts after it (a later clause start).
    if (/,\s*(?:sáng|chiều|tối|trưa|ngày|on|in)\s[^,]{0,30}\d[^,]{0,12},\s/iu.test(written)) continue;
    // "... attended a ceremony held on December 24 by the NA Standing Committee": a reduced relative clause, not the main verb.
    if (/(?:^|\s)(?:a|an|the)\s+(?:[\p{Ll}-]+\s+)?(?:ceremony|conference|meeting|session|congress|workshop|event|seminar|forum|festival)$/u.test(subject)) continue;
    // "Thực hiện Kế hoạch số 183-KH/TU ... tổ chức": an introductory clause, not a subject.
    // ("Đoàn giám sát thực hiện Nghị quyết số 25-NQ/TW ... có buổi làm việc": a delegation may be named by the document
    // it checks; its name is the subject, though it cites a code.)
    if (INTRODUCTORY.test(subject) || (DOCUMENT_CODE.test(subject) && !SUPERVISING_DELEGATION.test(subject)) || /(?<!\p{L})(?:các|và|của|những|the|of|and)$/iu.test(subject)) continue;
    // "Joining other localities across the country, Son La province held ...", "Hưởng ứng ..., Tỉnh ủy tổ chức": a
    // participial clause before a comma opens the sentence; its subject follows the comma.
    // ("Working Group No. 1, No. 3 of ...", "Steering Committee ...": an -ing word before a capitalized one is part of a name.)
    if (/^(?:\p{Lu}\p{Ll}+ing\s(?!\p{Lu})|(?:Hưởng ứng|Cùng với)\s)[^,]*,\s/u.test(subject)) continue;
    // "Đoàn kiểm tra của Ủy ban Kiểm tra ...", "Đoàn giám sát số 2 của HĐND tỉnh": the
    // verb names the kind of a delegation or working group, whose body follows "của"/"of".
    if (!/\s/.test(subject) || /^\s*(?:(?:số|no\.?)\s+\d+\s+)?(?:của|of)(?!\p{L})/iu.test(text.slice(verb.index + verb[0].length, verb.index + verb[0].length + 20))) {
      continue;
    }
    // "Officials of the province gathered ... held", "Lãnh đạo tỉnh ... làm việc": people, not a body.
    if (SENT_PEOPLE.test(subject)) continue;
    // "Đó là chỉ đạo của ... tại Hội nghị ... do Hội Nông dân tỉnh tổ chức", "This was the message of ...":
    // a demonstrative sums up what was said; the body is the agent named after the event.
    if (DEMONSTRATIVE_OPENING.test(subject)) continue;
    // A subject that is a bare pronoun cannot be the organizer.
    if (/^(?:it|they|he|she|this|there|đây|đó)$/i.test(subject)) continue;
    // "The 22nd session of the Provincial People's Council opened ...": the body is the
    // organizer; "The conference discussed ..." names no body at all.
    let body = subject;
    let bodyShift = 0;
    let how: OrganizerMatch['how'] = 'subject';
    if (EVENT_SUBJECT.test(subject)) {
      // Brackets are masked, not cut, so offsets into the subject stay those of the text: "the 25th session (special session) of the ...".
      const owner = EVENT_OWNER.exec(subject.replace(/\([^()]*\)/g, (inner) => ' '.repeat(inner.length)));
      if (!owner || !/^[\p{Lu}\d]/u.test(subject.slice(owner.index + owner[0].length))) continue;
      bodyShift = owner.index + owner[0].length;
      body = subject.slice(bodyShift);
      const inner = innerOwnerShift(body);
      bodyShift += inner;
      body = subject.slice(bodyShift);
      const emulation = language === 'vi' ? EMULATION_BEFORE_UNIT.exec(body) : null;
      if (emulation) {
        bodyShift += emulation[0].length;
        body = subject.slice(bodyShift);
      }
      // "the work of the Fatherland Front in the first eight months": the body's name ends where its words do.
      if (language === 'en') body = bodyPhraseAt(subject, bodyShift, language)?.body ?? body;
      how = 'event-owner';
      // "the Ceremony of Candle Lighting for War Martyrs was held": what a ceremony is of may be its act or its
      // honourees; only a name with a body's word or an acronym is a body that holds it.
      if (CEREMONY_SUBJECT.test(subject) && !BODY_WORD.test(body) && !/(?<!\p{L})\p{Lu}{2,}(?!\p{L})/u.test(body)) continue;
    }
    // A person's name with titles ("Đồng chí ..., Bí thư Tỉnh ủy chủ trì") is not a body.
    if (PERSON_OPENING.test(body)) continue;
    if (!namesBody(body)) continue;
    const leading = subjectShift > 0 ? subjectShift : text.length - text.replace(/^(?:the|a|an)\s+/i, '').length;
    if (personShift > 0) {
      const at = text.indexOf(body, leading);
      return { body, start: at >= 0 ? at : leading, verbIndex: verb.index, how };
    }
    return { body, start: leading + bodyShift, verbIndex: verb.index, how, ...(how === 'event-owner' ? { eventWords: subject } : {}), ...(dated && !clauseAfterDate ? { loose: true } : {}), ...(appositive && subjectShift > 0 ? { appositive: true } : {}), ...(/(?:elected|bầu)$/u.test(verb[0]) && !EVENT_SUBJECT.test(raw) ? { elects: true } : {}) };
  }
  return null;
}

// "do Ban Thường vụ Tỉnh ủy tổ chức", "held by the Provincial People's Committee", "diễn ra Hội nghị Ban Chấp hành ...",
// "chaired the conference of the ...": the body is named after the event or the verb.
const VI_AGENT = /(?<!\p{L})(?:do|bởi)\s+(?=\p{Lu})/gu;
// "hội nghị ... được Ban Thường vụ Tỉnh ủy tổ chức": a passive with the agent before the verb.
const VI_PASSIVE_AGENT = /(?<!\p{L})được\s+(?=\p{Lu})/gu;
// What a body named after "do" has done when it is not the event's holder: launched, signed, issued or directed.
const AGENT_NOT_HOLDING = /(?<!\p{L})(?:phát động|ký|ban hành|chỉ đạo|phê duyệt|giao)(?!\p{L})/u;
const PASSIVE_HOLDING = /^\s+(?:long trọng\s+|trọng thể\s+)?(?:tổ chức|khai mạc|triệu tập|chủ trì tổ chức)(?!\p{L})/u;
const EN_AGENT = /\b(?:held|organi[sz]ed|hosted|convened|co-organi[sz]ed)\s+(?:[^,.;]{0,40}?\s)?by\s+(?:the\s+)?(?=[A-Z]|(?:provincial|district|city|municipal|commune|ward)\s+[A-Z])/g;
// "kỳ họp thường lệ cuối năm 2025 HĐND tỉnh", "Kỳ họp thứ 6, HĐND tỉnh khóa IX": the sitting's qualifiers, then
// its owner (after a comma only when a body's opening word follows).
const EVENT_DOCUMENT_BEFORE = /(?<!\p{L})(?:nghị quyết|văn kiện|báo cáo chính trị|resolutions?\s+(?:adopted\s+)?(?:of|at)(?:\s+the)?|documents?\s+of(?:\s+the)?)\s*$/iu;
const VI_EVENT_THEN_OWNER =
  /(?<!\p{L})(?:[Hh]ội nghị|[Kk]ỳ họp|[Kk]ì họp|[Đđ]ại hội|[Pp]hiên họp|[Cc]uộc họp)(?:\s+(?:lần\s+)?thứ\s+[\p{L}\d]+|\s+(?:giữa nhiệm kỳ|thường kỳ|thường lệ|chuyên đề|bất thường|mở rộng|trực tuyến|[đĐ]ại biểu|toàn quốc)|\s+(?:đầu|giữa|cuối)\s+năm(?:\s+\d{4})?|\s+tháng\s+\d{1,2}(?:\s*(?:năm\s+|\/)\d{4})?)*(?:\s+(?:của|giữa))?(?:\s+|,\s+(?=(?:HĐND|Hội đồng nhân dân|UBND|Ủy ban|Uỷ ban|Ban Chấp hành|BCH|Đảng bộ|Đảng ủy|Đảng uỷ|MTTQ|Mặt trận|Hội|Đoàn)(?!\p{L})))(?=\p{Lu})/gu;
// "Hội nghị điển hình tiên tiến huyện Ninh Giang lần thứ IV", "Đại hội Thi đua yêu nước tỉnh Hải Dương lần thứ V": an
// emulation conference or congress is named after the unit that holds it, written with its level word.
// "đại hội đại biểu xã Nguyễn Lương Bằng lần thứ I": a congress of delegates named after the unit alone is its Party
// organisation's, written with the unit's level word and followed by its number or term.
const VI_EMULATION_EVENT_THEN_UNIT = new RegExp(
  `(?<!\\p{L})(?:(?:[Hh]ội nghị|[Đđ]ại hội)\\s+(?:${EMULATION_WORDS})|[Đđ]ại hội đại biểu(?=\\s+(?:${levelAlternation(VI_ALL_LEVEL_WORDS, { societyGuard: true })})\\s+\\p{Lu}[^,.;]{0,40}?\\s(?:lần\\s+thứ|nhiệm\\s+kỳ|khóa|khoá)(?!\\p{L})))\\s+((?:${levelAlternation(VI_ALL_LEVEL_WORDS)})(?:\\s+\\p{Lu}\\p{Ll}*){1,4})(?!\\p{L})`,
  'u',
);
// ("the fourth session of the tenth People's Council of ...": an ordinal in words before the owner is no part of its name.)
const EN_EVENT_THEN_OWNER =
  /\b(?:[Cc]onference|[Mm]eeting|[Ss]ession|[Cc]ongress|[Pp]lenum|[Cc]eremony)(?:\s+of\s+[Dd]elegates)?(?:\s*\([^()]{1,30}\))?\s+(?:of|by)\s+(?:the\s+)?(?:(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleventh|twelfth|thirteenth|fourteenth|fifteenth|sixteenth|seventeenth|eighteenth|nineteenth|twentieth)\s+)?(?:(?:new|newly[- ]elected)\s+)?(?=[A-Z\d]|(?:provincial|municipal|city|district|town|commune|ward)\s+[A-Z])/g;

// "the conference to summarize the work of 2022, approving the program of coordinated action in 2023 of the Hai Duong
// Provincial Fatherland Front Committee": a conference named by its purpose, and its owner after the purpose.
const EN_PURPOSE_THEN_OWNER =
  /\b[Cc]onference\s+to\s+(?:review|summari[sz]e|sum\s+up|launch|deploy|evaluate|assess|implement|discuss|announce)\b[^.;]{0,200}?\s+of\s+(?:the\s+)?(?=(?:\p{Lu}[\p{L}'’-]*\s+){0,3}(?:Provincial|City|Municipal|District|Commune|Ward|People['’]s|Fatherland|Party|Youth|Women['’]s|Farmers['’]?|Veterans['’]?)\b)/gu;

/**
 * "the closing session of the 10th Congress of X", "Phiên bế mạc Đại hội đại biểu Hội Nông dân tỉnh": an owner read
 * after a sitting that is itself an event; its own owner holds both. The offset of that owner in `body`, else 0.
 */
const INNER_EVENT = /^(?:the\s+)?(?:\d+(?:st|nd|rd|th)\s+|(?:first|second|third|national|extraordinary)\s+)*(?:congress|conference|session|meeting|plenum|đại hội|hội nghị|kỳ họp|kì họp)(?!\p{L})/iu;
function innerOwnerShift(body: string): number {
  let shift = 0;
  for (let depth = 0; depth < 2 && INNER_EVENT.test(body.slice(shift)); depth++) {
    const rest = body.slice(shift);
    const inner = EVENT_OWNER.exec(rest.replace(/\([^()]*\)/g, (inside) => ' '.repeat(inside.length)));
    if (!inner || !/^[\p{Lu}\d]/u.test(rest.slice(inner.index + inner[0].length))) break;
    shift += inner.index + inner[0].length;
  }
  return shift;
}

function ownerAfterEvent(text: string, language: 'en' | 'vi'): Found | null {
  const led = LED_DELEGATION.exec(text.slice(0, 320));
  if (led) {
    const at = led.index + led[0].length;
    const phrase = bodyPhraseAt(text, at, language);
    if (phrase) {
      const start = led.index + led[0].indexOf(led[1]!) ;
      const body = text.slice(start, at) + phrase.body;
      return { body: clean(body.replace(/^(?:an?|the)\s+/i, ''), language), start: start + (body.length - body.replace(/^(?:an?|the)\s+/i, '').length), verbIndex: at + phrase.length, how: 'agent' };
    }
  }
  const tries: [RegExp, OrganizerMatch['how']][] =
    language === 'en' ? [[EN_AGENT, 'agent'], [EN_EVENT_THEN_OWNER, 'event-owner'], [EN_PURPOSE_THEN_OWNER, 'event-owner']] : [[VI_AGENT, 'agent'], [VI_PASSIVE_AGENT, 'agent'], [VI_EVENT_THEN_OWNER, 'event-owner']];
  let best: Found | null = null;
  for (const [pattern, how] of tries) {
    pattern.lastIndex = 0;
    const head = text.slice(0, 320);
    for (let match = pattern.exec(head); match; match = pattern.exec(head)) {
      let at = match.index + match[0].length;
      let phrase = bodyPhraseAt(text, at, language);
      if (!phrase) continue;
      const inner = how === 'event-owner' ? innerOwnerShift(phrase.body) : 0;
      if (inner > 0) {
        at += inner;
        phrase = bodyPhraseAt(text, at, language);
        if (!phrase) continue;
      }
      if (how === 'event-owner' && CEREMONY_SUBJECT.test(match[0]) && !BODY_WORD.test(phrase.body) && !/(?<!\p{L})\p{Lu}{2,}(?!\p{L})/u.test(phrase.body)) continue;
      // "đưa Nghị quyết Đại hội Đảng bộ các cấp vào thực tiễn", "the resolution of the 13th Party Congress": an event named
      // by the document it adopted is an earlier one, not the event reported.
      if (how === 'event-owner' && EVENT_DOCUMENT_BEFORE.test(text.slice(Math.max(0, match.index - 40), match.index))) continue;
      // "do đồng chí ... chủ trì": a person, not a body.
      if (/^(?:Đồng chí|Ông|Bà|Comrade|Mr|Mrs|Ms)(?!\p{L})/u.test(phrase.body)) continue;
      // "được Ban Thường vụ Tỉnh ủy tổ chức": the body is the agent only when the holding verb follows it.
      // "chiến dịch do Sở X phát động, Ban Y đề nghị ...": the agent of a campaign it launched or a text it signed,
      // named in a clause before the subject, is not the body that holds the event.
      if (pattern === VI_AGENT && AGENT_NOT_HOLDING.test(/^[^,.;]*/u.exec(text.slice(at + phrase.length))![0])) continue;
      if (pattern === VI_PASSIVE_AGENT && (personLike(phrase.body, language) || !PASSIVE_HOLDING.test(text.slice(at + phrase.length, at + phrase.length + 30)))) continue;
      if (!best || at < best.start) best = { body: clean(phrase.body, language), start: at, verbIndex: at + phrase.length, how, eventWords: text.slice(Math.max(0, match.index - 30), at + phrase.length) };
      break;
    }
  }
  if (best || language !== 'vi') return best;
  const emulation = VI_EMULATION_EVENT_THEN_UNIT.exec(text.slice(0, 320));
  if (!emulation?.[1]) return null;
  const at = emulation.index + emulation[0].length - emulation[1].length;
  return { body: emulation[1], start: at, verbIndex: at + emulation[1].length, how: 'event-owner', eventWords: emulation[0] };
}

interface Found {
  readonly body: string;
  readonly start: number;
  readonly verbIndex: number;
  readonly how: OrganizerMatch['how'];
  readonly eventWords?: string;
  readonly loose?: boolean;
  /** Read after the event's words and a comma: the owner the event's own name only abbreviates. */
  readonly appositive?: boolean;
  readonly elects?: boolean;
}

// How far a long opening clause is followed to the date that closes it.
const LONG_OPENING = 1200;
// ", sáng 5/9, ", ", ngày 05/9/2024, ", ", on September 5, ": the event's date set off by commas.
const DATE_CLAUSE =
  /,\s*(?:(?:sáng|chiều|tối|trưa|ngày)\s+(?:ngày\s+)?\d{1,2}\s*[/.-]\s*\d{1,2}(?:\s*[/.-]\s*\d{4})?|on\s+(?:the\s+(?:morning|afternoon|evening)\s+of\s+)?(?:January|February|March|April|May|June|July|August|September|October|November|December)\s+\d{1,2}(?:,\s*\d{4})?)\s*,\s*(?=\p{Lu}|the\s)/giu;

// A paper's name in brackets and a dash inside the first line: "(Baonghean.vn) - ", "(BBNĐT) – ", "(HNMO) - ".
// (A code after a place's name, "Vinh Long (VNA) – ", is a dateline, not a headline's end.)
const RUN_IN_SOURCE = /\s\((?:[\p{L}\d-]{2,30}\.(?:vn|com|net|org|gov\.vn|com\.vn|org\.vn)|(?<=(?:^|\s)[\p{Ll}\d][\p{L}\d]*\s\()[\p{Lu}Đ]{2,10})\)\s*[-–—]\s*(?=\p{Lu})/u;
// "... lần thứ 14 06/01/2022 - 16:35:00 Tỉnh Đoàn ... tổ chức": a publication stamp (a date and a clock) inside the first
// line, between a headline and the story, glued to the headline's last number or not.
const RUN_IN_STAMP = /\d{1,2}\/\d{1,2}\/\d{4}\s*[-–]?\s*\d{1,2}:\d{2}(?::\d{2})?\s+(?=\p{Lu})/u;
const PHOTO_CREDIT = /^\((?:Photo|Photos|Ảnh|Nguồn|Source)\s*:?[^()\n]{0,60}\)\s*(?=\p{Lu})/iu;

/** Where a clause may start: after the opening date, place or clause ("Năm 2018, ", "Thực hiện ..., ", "Nhân kỷ niệm ..., "). */
function clauseStarts(text: string, language: 'en' | 'vi'): number[] {
  const starts: number[] = [];
  let offset = 0;
  let rest = text;
  const stamp = STAMP_PREFIX.exec(rest);
  if (stamp) {
    offset += stamp[0].length;
    rest = rest.slice(stamp[0].length);
  }
  // "(Photo: VNA)Hanoi (VNA) – ...": a caption's photo credit run into the dateline that opens the story.
  const credit = PHOTO_CREDIT.exec(rest);
  if (credit) {
    offset += credit[0].length;
    rest = rest.slice(credit[0].length);
  }
  // "HÀ NỘI The 10th ...": after a stamp, a place written in capitals is a dateline even without a dash.
  // ("NA Standing Committee kicks off ...": an acronym followed by the rest of a body's name is no place.)
  const capsDateline = stamp ? /^(?:\p{Lu}{2,}\s+){1,3}(?=\p{Lu}\p{Ll})(?!(?:Standing|Permanent|Party|People|Provincial|Committee|Council|Chairman|Chairwoman|Vice|Deputy|Delegation|Office|Secretary|Secretariat|Thường|Ban|Ủy|Uỷ|Chủ|Phó|Đoàn|Văn)(?!\p{L}))/u.exec(rest) : null;
  const dateline = DATELINE.exec(rest) ?? capsDateline;
  if (dateline) {
    offset += dateline[0].length;
    rest = rest.slice(dateline[0].length);
  }
  // "Công tác tuyên truyền, giáo dục ĐTN: Tối 20/04, ...": a section label before the lead's date.
  const label = /^[^:.!?\n]{1,60}:\s+(?=(?:sáng|chiều|tối|trưa|đêm|ngày|on|in)\s|\d)/iu.exec(rest);
  if (label) {
    offset += label[0].length;
    rest = rest.slice(label[0].length);
  }
  const leadingDate = (from: string): RegExpExecArray | null =>
    (language === 'en' ? EN_LEADING_DATE : VI_LEADING_DATE).exec(from) ??
    (language === 'en' ? VI_LEADING_DATE : EN_LEADING_DATE).exec(from) ??
    LOOSE_LEADING_DATE.exec(from);
  const relative = RELATIVE_LEADING_DAY.exec(rest);
  const date = relative ?? leadingDate(rest);
  if (date) {
    offset += date[0].length;
    rest = rest.slice(date[0].length);
  }
  // "Today, February 26, ", "Hôm nay, ngày 26/2, ": the page's day, then its date.
  const dateAfterDay = relative ? leadingDate(rest) : null;
  if (dateAfterDay) {
    offset += dateAfterDay[0].length;
    rest = rest.slice(dateAfterDay[0].length);
  }
  const place = (language === 'vi' ? LEADING_UNIT_UNMARKED.exec(rest) : null) ?? LEADING_PLACE.exec(rest);
  if (place) {
    offset += place[0].length;
    rest = rest.slice(place[0].length);
  }
  starts.push(offset);
  // Every comma of the opening may close an introductory clause.
  const head = text.slice(0, 260);
  for (let i = head.indexOf(', '); i >= 0; i = head.indexOf(', ', i + 1)) {
    // "on March 18, 2025, Team 1 ...": the comma before a date's year opens no clause.
    if (i + 2 > offset && !/^(?:19|20)\d{2}\s*,/u.test(head.slice(i + 2, i + 9))) starts.push(i + 2);
  }
  // "Được sự thống nhất của Ban Thường vụ Đảng ủy; Chiều ngày 16/10/2023 Thường trực ... tổ chức": a semicolon
  // that closes an introductory clause before the event's date opens the main clause, whatever came first.
  const afterSemicolon: number[] = [];
  for (let i = head.indexOf('; '); i >= 0; i = head.indexOf('; ', i + 1)) {
    const after = text.slice(i + 2);
    const date = VI_LEADING_DATE.exec(after) ?? EN_LEADING_DATE.exec(after);
    if (i + 2 > offset && date) afterSemicolon.push(i + 2 + date[0].length);
  }
  starts.unshift(...afterSemicolon);
  // "Tổng kết công tác Đảng năm 2023 (Baonghean.vn) - Huyện ủy ... tổ chức": a headline run into the story, which the
  // paper's name and a dash open; what follows is the story's first clause (a subject that runs over the paper's
  // name is none).
  const source = RUN_IN_SOURCE.exec(text.slice(0, 260)) ?? RUN_IN_STAMP.exec(text.slice(0, 260));
  if (source && source.index > offset) starts.splice(1, 0, source.index + source[0].length);
  // A long citing clause ("Thực hiện Kế hoạch số ... của ..., Hướng dẫn số ..., sáng 5/9, Ban Thường vụ ... tổ chức")
  // runs past the opening: the event's date between commas still opens the main clause.
  const long = text.slice(0, LONG_OPENING);
  DATE_CLAUSE.lastIndex = 0;
  for (let match = DATE_CLAUSE.exec(long); match; match = DATE_CLAUSE.exec(long)) {
    const at = match.index + match[0].length;
    if (at > offset && !starts.includes(at)) starts.push(at);
  }
  return starts;
}

// ("thành phố" is left out: a city named so may be a province or a district-level unit.)
const UNIT_LEVEL: Readonly<Record<string, 'province' | 'district' | 'commune'>> = Object.fromEntries(
  (['province', 'district', 'commune'] as const).flatMap((level) => VI_LEVEL_WORDS[level].filter((word) => word !== 'thành phố').map((word) => [word, level])),
);
const UNIT_BEFORE_BODY = new RegExp(`(?<!\\p{L})tại\\s+(${levelAlternation(Object.keys(UNIT_LEVEL))})\\s+((?:\\p{Lu}\\p{Ll}*\\s+){0,2}\\p{Lu}\\p{Ll}*)\\s+$`, 'u');

/** "tại xã Tân Lợi Hội LHPN Tân Lợi": the body repeats the unit's name without its level word, so the unit's level is the body's. */
function levelOfUnitBefore(before: string, body: string, offset: number): OrganizerMatch['placeLevel'] | null {
  const unit = UNIT_BEFORE_BODY.exec(before);
  if (!unit || !body.includes(unit[2]!)) return null;
  const level = UNIT_LEVEL[unit[1]!];
  const at = offset + unit.index + unit[0].indexOf(unit[1]!);
  return level ? { level, start: at, end: at + unit[1]!.length } : null;
}

/**
 * The body that held the event: the subject of the lead sentence after its opening
 * date, place or clause ("On the afternoon of January 11, the Standing Committee of ...
 * held"), the owner of the event it names ("The 17th Conference of the Executive
 * Committee ... closed"), or the agent of a passive ("... do Ban Thường vụ Tỉnh ủy tổ chức").
 */
export function extractOrganizer(
  sentences: readonly { text: string; start: number }[],
  language: 'en' | 'vi',
  options: { readonly headline?: boolean; /** The headline above the story, where a union may be named in full. */ readonly above?: { text: string; start: number } } = {},
): OrganizerMatch | null {
  // "The 5th session ... is scheduled to open on December 18. On the afternoon of October 25, the Standing Committee
  // ... held a meeting to prepare for it": a sentence that announces an event to come is read only when no other names one.
  const first = organizerIn(sentences, language, options, true);
  const around = options.above ? [...sentences.slice(0, 6), options.above] : sentences;
  const read = first || !sentences.slice(0, 6).some((sentence) => PLANNED_EVENT.test(sentence.text)) ? first : organizerIn(sentences, language, options, false);
  return membersUnion(votersMeetingHost(workingSessionHost(spelledOut(read, sentences), sentences, language), sentences), around) ?? honouredUnit(sentences, language);
}

// "attended a ceremony announcing the decision recognising Yên Bái Province's Văn Yên District as ...", "Lễ công bố
// quyết định công nhận huyện Văn Yên đạt chuẩn nông thôn mới": a ceremony that recognises or honours a unit is, when
// the story names no host, the unit's own. A reading from what the ceremony is for, not who held it: a guess.
// The unit's kind word as the tables of unit-levels.ts write it (English capitalized, as in a name; levelAlternation
// drops the words both tables hold).
const HONOURED_KIND_EN = [...EN_ALL_UNIT_WORDS, ...EN_COMMUNE_WORDS].map((word) => word.replace(/(?<![a-z])[a-z]/g, (letter) => letter.toUpperCase()));
const HONOURED_UNIT_EN = new RegExp(
  `\\bceremony\\b[^.;]{0,160}?\\b(?:recogni[sz](?:ing|es|ed|e)|recognition\\s+of|honou?ring)\\s+(?:the\\s+)?(?:(?:\\p{Lu}[\\p{L}'’-]*\\s+){1,3}(?:Province|City)['’]s\\s+)?((?:\\p{Lu}[\\p{L}'’-]*\\s+){1,3}(?:${levelAlternation(HONOURED_KIND_EN)}))\\b`,
  'u',
);
const HONOURED_UNIT_VI = new RegExp(
  `(?<!\\p{L})[Ll]ễ\\s[^.;]{0,160}?(?<!\\p{L})(?:công nhận|vinh danh)\\s+((?:${levelAlternation([...VI_LEVEL_WORDS.district, ...VI_LEVEL_WORDS.commune])})\\s+\\p{Lu}\\p{Ll}*(?:\\s+\\p{Lu}\\p{Ll}*){0,3})`,
  'u',
);
/** How many sentences from the top the honoured unit is looked for. */
const HONOURED_UNIT_SENTENCES = 2;

function honouredUnit(sentences: readonly { text: string; start: number }[], language: 'en' | 'vi'): OrganizerMatch | null {
  const pattern = language === 'en' ? HONOURED_UNIT_EN : HONOURED_UNIT_VI;
  for (const [index, sentence] of sentences.slice(0, HONOURED_UNIT_SENTENCES).entries()) {
    const found = pattern.exec(sentence.text);
    if (!found?.[1]) continue;
    const at = found.index + found[0].length - found[1].length;
    return { organizer: found[1], start: sentence.start + at, end: sentence.start + at + found[1].length, verbIndex: found.index, how: 'honoured', sentence: index };
  }
  return null;
}

// "NA Chairman Vuong Dinh Hue urged ... at a working session with the Standing Board of the provincial Party Committee",
// "trong buổi làm việc với Ban Thường vụ Tỉnh ủy": a person's working session with a body is held by that body.
const WORKING_SESSION_WITH_EN = /\b(?:at|during|in)\s+(?:a|an|the|his|her|their|its)\s+(?:working\s+session|work\s+session|working\s+meeting|working\s+visit|working\s+trip|meeting)\s+with\s+(?:the\s+)?(?=\p{Lu}|provincial\s|municipal\s|city\s|district\s)/gu;
// ("với tập thể Ban Thường vụ ...": the body as a whole.)
const WORKING_SESSION_WITH_VI = /(?:trong|tại)\s+buổi\s+làm\s+việc\s+với\s+(?:tập thể\s+)?(?=\p{Lu})/gu;
/** How many sentences from the top a working session's host is looked for. */
const WORKING_SESSION_SENTENCES = 2;

/**
 * The host of a working session that a person (not a body) held with it, named in the lead or the sentence after
 * it, when no body was read from the lead: the body the session was held with.
 */
function workingSessionHost(match: OrganizerMatch | null, sentences: readonly { text: string; start: number }[], language: 'en' | 'vi'): OrganizerMatch | null {
  if (match && match.sentence < WORKING_SESSION_SENTENCES) return match;
  const pattern = language === 'en' ? WORKING_SESSION_WITH_EN : WORKING_SESSION_WITH_VI;
  for (const [index, sentence] of sentences.slice(0, WORKING_SESSION_SENTENCES).entries()) {
    pattern.lastIndex = 0;
    const found = pattern.exec(sentence.text);
    if (!found) continue;
    const from = found.index + found[0].length;
    const body = bodyPhraseAt(sentence.text, from, language);
    if (!body || body.body.split(/\s+/u).length < 2) continue;
    return { organizer: body.body, start: sentence.start + from, end: sentence.start + from + body.body.length, verbIndex: found.index, how: 'agent', sentence: index };
  }
  return match;
}

// The members a mass organisation's congress is named after, and the union they form: "the 10th Congress of HCMC Women"
// is the HCMC Women's Union's, "Đại hội đại biểu Phụ nữ tỉnh" the Hội Liên hiệp Phụ nữ tỉnh's.
// "19th Provincial Party Congress", "Khanh Hoa Provincial Party Congress": the place words before "Party Congress".
const PARTY_CONGRESS = /^(?:the\s+)?(?:\d+(?:st|nd|rd|th)\s+)?((?:\p{Lu}[\p{L}'’-]*\s+){1,4})Party\s+Congress$/u;
const MEMBERS_EN = /(?:^|\s)(Women|Farmers|Veterans|Youth|Workers|Elderly People|Elderly)(?:['’]s?)?(?:\s+(?:Congress|Conference))?$/u;
const MEMBERS_VI = /^(?:Đại hội\s+(?:đại biểu\s+)?)?(Phụ nữ|Nông dân|Cựu chiến binh|Người cao tuổi)(?!\p{L})/iu;
const UNION_OF_VI: Readonly<Record<string, string>> = { 'phụ nữ': 'Hội (?:Liên hiệp Phụ nữ|LHPN)', 'nông dân': 'Hội Nông dân', 'cựu chiến binh': 'Hội Cựu chiến binh', 'người cao tuổi': 'Hội Người cao tuổi' };

/**
 * An organizer read as the members an event is named after ("HCMC Women", "15th Binh Thuan Provincial Women's Congress",
 * "Phụ nữ tỉnh Tuyên Quang") is the union the text names for them ("HCMC Women's Union", "the Provincial Women's Union",
 * "Hội LHPN tỉnh"), when it names one in the first sentences: a reading inferred from two places, below routing confidence.
 */
function membersUnion(match: OrganizerMatch | null, sentences: readonly { text: string; start: number }[]): OrganizerMatch | null {
  if (!match) return match;
  // "the 19th Provincial Party Congress ... entered its third working day": a Party congress read as the body is its
  // Party Committee's, when the text names that committee ("the 19th Provincial Party Committee").
  const congress = PARTY_CONGRESS.exec(match.organizer);
  if (congress) {
    const committee = new RegExp(`(?:(?:\\d+(?:st|nd|rd|th)|${escapeRegExp(congress[1]!.trim())})\\s+)*Party\\s+Committee(?:\\s+of\\s+(?:\\p{Lu}[\\p{L}'’-]*\\s*){1,4}(?:province|city)?)?`, 'u');
    for (const sentence of sentences.slice(0, 7)) {
      const found = committee.exec(sentence.text);
      if (!found || !found[0].includes(congress[1]!.trim())) continue;
      const name = found[0].trim();
      const start = sentence.start + found.index;
      return { ...match, organizer: name, start, end: start + name.length, members: true, eventWords: match.eventWords ?? match.organizer };
    }
  }
  const en = MEMBERS_EN.exec(match.organizer);
  const vi = en ? null : MEMBERS_VI.exec(match.organizer);
  if (!en && !vi) return match;
  const union = en
    ? new RegExp(`(?:(?!(?:Executive|Board|Standing|Committee|Chairman|Chairwoman|Chairperson|President|Vice|Deputy|Permanent|Head|Members?|Congress|Council|Mrs?|Ms)\\b)\\p{Lu}[\\p{L}'’.-]*\\s+){0,5}?${en[1]}['’]?s?\\s+(?:Union|Association|Federation)(?:\\s+(?:of|in)\\s+(?:\\p{Lu}[\\p{L}'’.-]*\\s*){1,4})?`, 'u')
    : new RegExp(`${UNION_OF_VI[vi![1]!.toLowerCase()]}(?:\\s+(?:tỉnh|huyện|xã|phường|thành phố|thị xã|TP\\.?|Việt Nam|\\p{Lu}\\p{Ll}*))*`, 'u');
  for (const sentence of sentences.slice(0, 7)) {
    const found = union.exec(sentence.text);
    if (!found) continue;
    const name = found[0].replace(/^(?:the|of)\s+/u, '').trim();
    const start = sentence.start + found.index + (found[0].length - found[0].replace(/^\s*(?:the|of)\s+/u, '').length);
    // (The event's own words still tell its kind: "the 15th ... Women's Congress ended" is a congress.)
    return { ...match, organizer: name, start, end: start + name.length, members: true, eventWords: match.eventWords ?? match.organizer };
  }
  return match;
}

// The deputies who hold a meeting with voters: "the National Assembly Delegation of Quang Tri province", "Đoàn ĐBQH tỉnh".
// Its deputies named as a group do too: "the National Assembly deputies of Tien Giang province", "NA delegates of
// X province", "Delegation No. 1 of the X Province NA Deputies", "Tổ đại biểu Quốc hội số 2".
const NA_DELEGATION =
  /(?:the\s+)?(?:(?:Provincial|City|Municipal)\s+)?(?:National\s+Assembly|NA)\s+(?:\(NA\)\s+)?(?:[Dd]elegation|[Dd]eputies|[Dd]elegates)(?:\s+of\s+(?:the\s+)?(?:\p{Lu}[\p{L}-]*\s+)+(?:[Pp]rovince|[Cc]ity))?|(?:the\s+)?[Dd]elegation\s+(?:No\.?\s*\d+\s+)?of\s+(?:the\s+)?(?:\p{Lu}[\p{L}-]*\s+)+(?:[Pp]rovince\s+|[Cc]ity\s+)?(?:National\s+Assembly|NA)\s+(?:[Dd]eputies|[Dd]elegates)|(?<!\p{L})(?:Đoàn|Tổ)\s+(?:đại biểu Quốc hội|ĐBQH)(?:\s+số\s+\d+)?(?:\s+(?:tỉnh|thành phố|TP\.?)(?:\s+\p{Lu}\p{Ll}*)*)?/u;

/**
 * "attended a meeting with voters with the National Assembly Delegation of X after the 9th session of the 15th
 * National Assembly": at a meeting with voters the delegation named in the sentence holds it, not the assembly
 * whose session it follows.
 */
function votersMeetingHost(match: OrganizerMatch | null, sentences: readonly { text: string; start: number }[]): OrganizerMatch | null {
  // (An organizer that is a delegation already stays.)
  if (match && NA_DELEGATION.exec(match.organizer)?.index === 0) return match;
  const own = match ? sentences[match.sentence] : undefined;
  // The deputies named as a group in a lead sentence about the meeting are no body the lead reads as a subject,
  // so the organizer may have come from a later sentence ("... the results of the session of the 14th NA"):
  // the lead's deputies hold the meeting then.
  const index =
    match && own && VOTERS_MEETING.test(own.text)
      ? match.sentence
      : sentences.slice(0, Math.min(match?.sentence ?? VOTERS_LEAD_SENTENCES, VOTERS_LEAD_SENTENCES)).findIndex((sentence) => VOTERS_MEETING.test(sentence.text));
  const sentence = index >= 0 ? sentences[index] : undefined;
  if (!sentence) return match;
  const delegation = NA_DELEGATION.exec(sentence.text);
  if (!delegation) return match;
  const written = delegation[0].replace(/^the\s+/u, '');
  const at = delegation.index + (delegation[0].length - written.length);
  const found = { organizer: written, start: sentence.start + at, end: sentence.start + at + written.length, how: 'subject' as const, sentence: index };
  return match ? { ...match, ...found } : { ...found, verbIndex: at + written.length };
}

/** How many sentences from the top a meeting with voters is looked for when the organizer came from further down. */
const VOTERS_LEAD_SENTENCES = 4;

const BARE_ACRONYM = /^[\p{Lu}Đ]{2,8}s?$/u;
const ACRONYM_JOINERS = /^(?:of|the|and|for|của|và)$/iu;

/**
 * "Chairman of the Tien Giang provincial People's Committee (PPC) ... and Vice Chairman of the PPC ... checked": an
 * organizer read as a bare acronym is the name the text spelled out before it in brackets, whose words' initials it is.
 */
const UNIT_AFTER_ACRONYM = new RegExp(`^\\s+(?:${levelAlternation(VI_ALL_LEVEL_WORDS)})(?:\\s+\\p{Lu}\\p{Ll}*){1,3}`, 'u');

export function spelledOut(match: OrganizerMatch | null, sentences: readonly { text: string; start: number }[]): OrganizerMatch | null {
  if (!match || !BARE_ACRONYM.test(match.organizer)) return match;
  const acronym = fold(match.organizer.replace(/s$/u, '')).toUpperCase();
  for (const sentence of sentences.slice(0, match.sentence + 1)) {
    const bracket = sentence.text.indexOf(`(${match.organizer.replace(/s$/u, '')})`);
    if (bracket < 0) continue;
    const before = sentence.text.slice(0, bracket).trimEnd();
    const words = before.split(/\s+/u);
    let initials = '';
    let first = words.length;
    for (let i = words.length - 1; i >= 0 && initials.length < acronym.length; i--) {
      const word = words[i]!;
      if (ACRONYM_JOINERS.test(word)) continue;
      // "nhân dân": a Vietnamese word of a compound gives its own initial too.
      initials = fold(word).charAt(0).toUpperCase() + initials;
      first = i;
    }
    if (initials !== acronym) continue;
    // "the Tien Giang provincial People's Committee": the place's name that opens the body belongs to it.
    while (first > 0 && /^\p{Lu}\p{Ll}+$/u.test(words[first - 1]!) && !ORG_WORD.test(words[first - 1]!) && !TITLE_END.test(words[first - 1]!) && words.length - first < 8) first--;
    // "Hội đồng nhân dân (HĐND) huyện Mường Tè": a Vietnamese body's unit follows the acronym.
    const unit = UNIT_AFTER_ACRONYM.exec(sentence.text.slice(bracket + match.organizer.replace(/s$/u, '').length + 2));
    const name = `${words.slice(first).join(' ')} (${match.organizer.replace(/s$/u, '')})${unit ? unit[0] : ''}`;
    const start = sentence.start + sentence.text.lastIndexOf(name, bracket);
    if (start < sentence.start) continue;
    return { ...match, organizer: name, start, end: start + name.length };
  }
  return match;
}

// "under the chairmanship of", "dưới sự chủ trì của": the chair of a sitting named before or after, whose office tells its body.
const CHAIRMANSHIP = /\bunder\s+the\s+(?:co-)?chairmanship\s+of\s+(?:(?:comrades?|Mr\.?|Mrs\.?|Ms\.?)\s+)?|(?<!\p{L})dưới sự (?:chủ trì|điều hành) của\s+(?:(?:các\s+)?đồng chí\s+|ông\s+|bà\s+)?/iu;
// Where the chair's titles end: the main clause's sitting ("a conference was held", ", hội nghị ..."), its venue, its verb.
const CHAIR_DESCRIPTION_END =
  /,\s+(?:(?:a|an|the)\s+)?(?:[\p{Ll}-]+\s+){0,3}(?:conference|meeting|session|ceremony|workshop|seminar|congress)\b|,\s+(?:hội nghị|cuộc họp|buổi|lễ|hội thảo|phiên họp|kỳ họp|đại hội)(?!\p{L})|\s(?:tại|at|in)\s+(?!the\s+(?:Party|Provincial|City|District|People))|\s(?:was|were)\s+(?:held|organi[sz]ed)\b|(?<!\p{L})được tổ chức(?!\p{L})|[.;]\s/u;

// "is scheduled to open", "will be held", "dự kiến tổ chức", "sẽ khai mạc": an event still to come.
const PLANNED_EVENT =
  /\b(?:is|are)\s+(?:scheduled|expected|slated|set|planned|due)\s+to\s+(?:open|be\s+held|take\s+place|convene|start|begin)\b|\bwill\s+(?:open|be\s+held|take\s+place|convene)\b|(?<!\p{L})(?:dự kiến|sẽ)\s+(?:được\s+)?(?:khai mạc|tổ chức|diễn ra)(?!\p{L})/iu;

function organizerIn(sentences: readonly { text: string; start: number }[], language: 'en' | 'vi', options: { readonly headline?: boolean }, skipPlanned: boolean): OrganizerMatch | null {
  // A lead whose subject is a person: a later sentence's subject is some other actor ("53/57 Party cells ... have completed").
  let personLead = false;
  for (const [index, sentence] of sentences.slice(0, 6).entries()) {
    const text = sentence.text;
    if (skipPlanned && PLANNED_EVENT.test(text)) continue;
    // "Thời gian qua, Hội đồng hương ... tổ chức thăm hỏi hội viên", "Over the past years, the association has organised
    // ...": a sentence about the time behind tells what a body usually does, not who held the event reported.
    if (HISTORY_CLAUSE.test(text)) continue;
    // A speech's salutation runs into its first sentence ("Thưa các vị đại biểu, Hôm nay, Hội đồng nhân dân tỉnh khai mạc"):
    // the clause is read after it, past the page's day.
    const salutation = SALUTATION.test(text);
    let found: Found | null = null;
    const starts = clauseStarts(text, language);
    // "Comrade X, Politburo member and Prime Minister, worked with ...": the commas of a person's titles open no clause.
    const opening = text.slice(starts[0]);
    const personFirst = opensWithPerson(opening, language);
    if (index === 0) personLead = personFirst;
    for (const clauseStart of personFirst ? starts.slice(0, 1) : starts) {
      // "..., để tháo gỡ, giải quyết, Sáng nay, Thường trực Tỉnh ủy đã nghe": a day named relative to the page after a
      // long opening clause opens the main clause, as the event's date set off by commas does.
      const relative = clauseStart > (starts[0] ?? 0) ? RELATIVE_LEADING_DAY.exec(text.slice(clauseStart)) : null;
      const start = clauseStart + (relative ? relative[0].length : 0);
      const clause = text.slice(start);
      if (salutation && (start === 0 || SALUTATION.test(clause) || RELATIVE_LEADING_DAY.test(clause))) continue;
      const subject = subjectBefore(clause, language, options.headline === true);
      if (subject) {
        found = { ...subject, start: start + subject.start, verbIndex: start + subject.verbIndex };
        break;
      }
    }
    // "Thực hiện Kế hoạch số ... của Ban Chấp hành ...": the bodies an introductory clause cites are not the organizer.
    if (found && index > 0 && personLead && found.how === 'subject' && !HOLDING_VERB.test(text.slice(found.verbIndex))) found = null;
    let after = CITING.test(text) ? null : ownerAfterEvent(text, language);
    // The agent of a passive ("do Ban Thường vụ Tỉnh ủy tổ chức") names the organizer better
    // than an event's owner; an event named before the first subject ("tại trụ sở Tỉnh ủy
    // diễn ra Hội nghị Ban Chấp hành ...") names it before any later clause does.
    // "The event was co-chaired by X, who is also head of Inspection Delegation No. 11 of the Politburo": a sitting
    // chaired by the head of a sent delegation, named in the passive, is the delegation's.
    if (!found && !after && CHAIRED_BY.test(text)) {
      const chairedBy = CHAIRED_BY.exec(text)!;
      const delegation = delegationHeaded(Math.min(text.length, chairedBy.index + 400), text, language);
      // (What it chaired is named before "was chaired by", or by the lead: "A conference was held ...".)
      if (delegation && delegation.start > chairedBy.index) found = { ...delegation, verbIndex: chairedBy.index, how: 'office', eventWords: `${text.slice(0, chairedBy.index)} ${sentences[0]?.text ?? ''}` };
    }
    // "On the afternoon of March 24, under the chairmanship of X - Head of the Provincial Party Committee's Mass
    // Mobilization Commission, a conference was held ...", "dưới sự chủ trì của đồng chí X, ..., Trưởng Ban Chỉ đạo ...,
    // hội nghị ... được tổ chức": a sitting named with no body is held by the body of the chair's office. The last
    // office given is the one the occasion calls on (titles are listed by rank, the post held for the event last), but
    // another may be meant: a reading of the office path, below routing confidence.
    if (!found && !after) {
      const chair = CHAIRMANSHIP.exec(text);
      if (chair) {
        const from = chair.index + chair[0].length;
        const described = text.slice(from, from + 320);
        const close = CHAIR_DESCRIPTION_END.exec(described);
        const office = bodyOfOffice(described.slice(0, close ? close.index : described.length), from, text, language);
        if (office && !personLike(office.body, language)) found = { ...office, verbIndex: from + (close ? close.index : described.length), how: 'office' };
      }
    }
    if (index > 0) {
      const reported = REPORTED_SPEECH.exec(text);
      if (reported) {
        const cut = reported.index + reported[0].length;
        if (found && found.start >= cut) found = null;
        if (after && after.start >= cut) after = null;
      }
    }
    if (!found) found = after;
    else if (after && (after.how === 'agent' ? found.how !== 'subject' : after.start < found.start && !found.appositive && !(found.how === 'subject' && HOLDING_VERB.test(text.slice(found.verbIndex))))) found = after;
    // "Nghe An province opened the 20th Congress of Nghe An Provincial Party Committee", "tỉnh Nghệ An khai mạc Đại hội
    // đại biểu Đảng bộ tỉnh": a place as the subject hosts the event; the body the event is named after holds it.
    else if (after && after.how === 'event-owner' && found.how === 'subject' && after.start > found.verbIndex && namesOnlyPlace(found.body) && !namesOnlyPlace(after.body)) found = after;
    if (!found) continue;
    // "tại Hội trường Trung tâm Văn hóa, Thể thao ... xã Thanh Điền, HĐND xã đã tổ chức": the venue's name, cut at its
    // own comma, is no body of a list of bodies; the subject starts at the first item that names one.
    if (found.how === 'subject' && found.body.includes(', ') && VENUE_BEFORE.test(text.slice(0, found.start))) {
      let cut = 0;
      for (const item of found.body.split(/(?<=,)\s+/u)) {
        if (BODY_WORD.test(item) || /\p{Lu}{3,}/u.test(item) || cut + item.length >= found.body.length) break;
        cut += item.length + 1;
        while (found.body.charAt(cut) === ' ') cut++;
      }
      if (cut > 0) found = { ...found, body: found.body.slice(cut), start: found.start + cut };
    }
    const start = sentence.start + found.start;
    const placeLevel = levelOfUnitBefore(text.slice(0, found.start), found.body, sentence.start);
    return { organizer: found.body, start, end: start + found.body.length, verbIndex: found.verbIndex, how: found.how, sentence: index, ...(placeLevel ? { placeLevel } : {}), ...(found.eventWords ? { eventWords: found.eventWords } : {}), ...(found.loose ? { loose: true } : {}), ...(found.elects ? { elects: true } : {}), ...(options.headline ? { fromHeadline: true } : {}) };
  }
  return null;
}

export interface ScopeResult {
  /** Null when the text does not tell the province: it is never assumed. */
  readonly province: string | null;
  readonly scope: 'province' | 'district' | 'commune';
  readonly organizerUnit: string | null;
  /** How the province was told: by the organizer's name, by the places the story names most, or not at all. */
  readonly provinceFrom: 'organizer' | 'organizer-unit' | 'mentions' | 'units' | 'former-commune' | 'host' | null;
  /** How the scope was told: a level word in the organizer's name, a unit in it, or the default for a body with neither. */
  readonly scopeFrom: 'level-word' | 'unit' | 'default';
  readonly provinceSpans: readonly { start: number; end: number }[];
  readonly scopeSpans: readonly { start: number; end: number }[];
  /** True when the winning province had a close rival among the mentions. */
  readonly contested: boolean;
}

// The first level word of the organizer's name tells the level of the body: "Ủy ban nhân dân xã A, huyện B" is a commune's.
const LEVEL_WORDS_VI: readonly [RegExp, 'province' | 'district' | 'commune'][] = [
  // Reports typed without diacritics write the same words folded ("Huyen uy", "xa").
  [/(?<!\p{L})(?:tỉnh ủy|tỉnh uỷ|tỉnh đoàn|tỉnh hội|tỉnh|tinh uy|tinh)(?!\p{L})/iu, 'province'],
  [/(?<!\p{L})(?:huyện ủy|huyện uỷ|thị ủy|thị uỷ|thành ủy|thành uỷ|quận ủy|quận uỷ|huyện đoàn|thị đoàn|thành đoàn|huyện|thị xã|thành phố|quận|tp\.?|tx\.?|huyen uy|thi uy|thanh uy|huyen|thi xa|thanh pho)(?!\p{L})/iu, 'district'],
  // "xã hội" is "society" ("Sở Lao động - Thương binh và Xã hội", "Ngân hàng Chính sách xã hội"), never a commune.
  [/(?<!\p{L})(?:đảng ủy xã|đảng uỷ xã|đảng ủy phường|đảng uỷ phường|xã(?!\s+hội(?!\p{L}))|phường|thị trấn|đặc khu|dang uy xa|xa(?!\s+hoi(?!\p{L}))|phuong|thi tran)(?!\p{L})|(?<![\p{L}.])P\.\s?(?=\p{Lu})/iu, 'commune'],
];
const LEVEL_WORDS_EN: readonly [RegExp, 'province' | 'district' | 'commune'][] = [
  [/\b(?:provinc(?:e|ial)|PPC|PPCs)\b/i, 'province'],
  // ("Municipal": a city's, which a centrally run city's body makes provincial again below; "Municipal and Provincial
  // People's Councils" are the councils of the centrally run cities and of the provinces.)
  [/\b(?:district|town|city|municipal(?!\s+(?:and|or)\s+provincial)|urban district)\b/i, 'district'],
  [new RegExp(`\\b(?:${levelAlternation(EN_COMMUNE_WORDS, { plural: true })})\\b`, 'i'), 'commune'],
];
const POSSESSOR_LEVEL = /\b(?:province|district|city|town)['’]s(?=\s.*\b(?:district|town|city|communes?|wards?|township|special zone)\b)/gi;
// A centrally run city is a province: "Thành ủy Hà Nội", "Ho Chi Minh City Party Committee".
const CENTRAL_CITY = /(?:thành phố|thành ủy|thành uỷ|tp\.?|city(?: party committee| people's committee| people's council)?)\s+(?:hà nội|hải phòng|đà nẵng|cần thơ|hồ chí minh|huế)|(?:hanoi|ha noi|hai phong|da nang|can tho|ho chi minh|hue)\s+city/iu;
// Bodies of the whole country: they name no province of their own.
const NATIONAL_BODY =
  /(?<!\p{L})(?:[Tt]rung ương|[Bb]ộ [Cc]hính trị|[Bb]an [Bb]í thư|[Qq]uốc hội|[Cc]hính phủ|[Tt]hủ tướng|National Assembly|NA|Politburo|Secretariat|Central Committee|Party Central|Government|Prime Minister|Ministry|Bộ \p{Lu}\p{Ll}*|[Cc]entral)(?!\p{L})/u;
// A delegation of a national body works in a province: its province is the one it visits.
const DELEGATION = /(?<!\p{L})(?:delegation|team|working group|đoàn(?! thể)|tổ công tác|tổ kiểm tra)(?!\p{L})/iu;

// "in Hanoi", "at the National Assembly House in Hanoi", "tại Hà Nội", "tại thành phố Đà Nẵng".
// "tại Hội trường Bộ Quốc phòng (TP Hà Nội)", "at the National Convention Centre, Hanoi": the venue, then its city.
const MET_AT = /(?:\b(?:in|at)\s+(?:the\s+)?(?:[\p{L}'’]+,?\s+){0,5}|(?<!\p{L})tại\s+(?:[\p{L}]+,?\s+){0,6}(?:\(\s*(?:(?:TP\.?|thành phố|tỉnh)\s*)?)?)$/u;

// "The meeting, taking place at the National Convention Centre in Hà Nội", "Đại hội diễn ra tại Hội trường ... thành phố Hà Nội":
// a later sentence that says where the event took place.
const TOOK_PLACE_AT =
  /(?:\b(?:taking place|took place|takes place|was held|were held|is held|being held|was convened|opened)\s+(?:at|in)\s+(?:the\s+)?(?:[\p{L}'’]+\s+){0,6}(?:in\s+)?|(?<!\p{L})(?:diễn ra|được tổ chức|khai mạc)\s+tại\s+(?:[\p{L}]+\s+){0,6})$/u;

// "worked with the Standing Board of the Bac Giang Provincial Party Committee", "làm việc với Ban Thường vụ Tỉnh ủy ...": the host.
const WITH_BEFORE = /(?<!\p{L})(?:with|với)\s+(?:the\s+)?(?:[\p{L}'’]+\s+){0,6}$/u;
// "led a delegation to visit the central province of Thanh Hoa", "visited Lao Cai province", "về thăm tỉnh Hà Giang":
// the province a national body's leader or team visits is where the event is.
const VISIT_BEFORE = /(?:\b(?:visit(?:s|ed|ing)?|tour(?:s|ed|ing)?)\s+(?:and\s+work(?:s|ed)?\s+(?:in|with)\s+)?(?:the\s+)?(?:(?:northern|southern|central|north|south|western|eastern|north-central|south-central|northwestern|northeastern|southwestern|southeastern|mountainous|border|coastal|highland|Central Highlands|Mekong Delta|midland|Red River Delta)\s+)*(?:(?:border\s+)?(?:province|city)\s+of\s+)?|(?<!\p{L})(?:về\s+)?thăm(?:\s+và\s+làm việc\s+(?:với|tại))?\s+(?:tỉnh|thành phố|TP\.?)?\s*)$/iu;
// "Tại điểm cầu tỉnh Quảng Ninh", "at the Quang Ninh bridge point": where a national online event met locally.
const BRIDGE_BEFORE = /(?:điểm cầu|bridge point|connecting point)\s+(?:(?:của|of)\s+)?(?:the\s+)?(?:tỉnh|thành phố|tp\.?|province|city)?\s*$/iu;
const BRIDGE_AFTER = /^\s*(?:province|city|provincial)?\s*(?:bridge|connecting)\s+point/iu;
// "Tại điểm cầu tỉnh ta", "at our province's bridge point": the page reports from its own bridge point of a
// national event, a province it does not name; where the national body itself met is not that province.
const OWN_BRIDGE = /(?:điểm cầu|đầu cầu)\s+(?:của\s+)?(?:tỉnh|thành phố|huyện)\s+(?:ta|nhà)(?!\p{L})|\bour\s+(?:province|city)['’]s\s+(?:bridge|connecting)\s+point|\b(?:bridge|connecting)\s+point\s+of\s+our\s+(?:province|city)\b/iu;
// "In Binh Duong, attending and hosting the event was ...": a sentence that opens with the place it reports from.
const OPENING_AT = /(?:^|[.!?\n]\s*)(?:In|At|Tại|Ở)\s+(?:the\s+)?(?:tỉnh|thành phố|TP\.?)?\s*$/u;

/**
 * A national body's event tied to one province by the text: the host it worked with, the
 * province's bridge point of an online event, a sentence that reports from the province.
 * Only when one province alone is so tied (an event of many bridge points ties none).
 */
function nationalBodyTie(
  places: readonly PlaceSpan[],
  configuredProvince: string,
  options: { readonly organizerSentence?: { start: number; end: number } | null; readonly text?: string },
): { province: string; spans: PlaceSpan[] } | null {
  const text = options.text;
  if (!text) return null;
  const where = options.organizerSentence;
  const tied = places.filter((place) => {
    if (place.nameOnly) return false;
    const before = text.slice(Math.max(0, place.start - 60), place.start);
    const after = text.slice(place.end, place.end + 24);
    const inSentence = where !== null && where !== undefined && place.start >= where.start && place.end <= where.end;
    return (inSentence && (WITH_BEFORE.test(before) || VISIT_BEFORE.test(before))) || BRIDGE_BEFORE.test(before) || BRIDGE_AFTER.test(after) || (OPENING_AT.test(before) && /^\s*,/.test(after));
  });
  // "với Ban Thường vụ Thành ủy Hà Nội và Thành phố Hồ Chí Minh", "with the Standing Boards of A, B and C": the places
  // joined to a host are hosts too, and then no one province is tied.
  for (const place of places) {
    if (place.nameOnly || tied.includes(place)) continue;
    const joined = tied.some((host) => host.end <= place.start && place.start - host.end <= 40 && HOST_JOINER.test(text.slice(host.end, place.start)));
    if (joined) tied.push(place);
  }
  // ("và Thành phố Hồ Chí Minh": a second host written with its level word, though its name is also a person's.)
  if (tied.some((host) => /^\s*(?:,|và|and)\s*(?:thành phố|tỉnh|tp\.?)\s+\p{Lu}/iu.test(text.slice(host.end, host.end + 30)))) return null;
  const provinces = new Set(tied.map((place) => (place.unit ? configuredProvince : place.province)));
  if (provinces.size !== 1) return null;
  const [province] = provinces;
  return province ? { province, spans: tied.slice(0, 3) } : null;
}

// ("Cao Bang province and Lang Son province": the English kind word closes the first name.)
const HOST_JOINER = /^\s*(?:province|city)?\s*(?:,|và|and)\s*(?:(?:thành phố|tỉnh|tp\.?|the)\s+)?$/iu;

/** True when a place of one list and a place of the other stand next to each other, joined as items of one list. */
function namedTogether(first: readonly { start: number; end: number }[], second: readonly { start: number; end: number }[], text: string): boolean {
  return first.some((a) => second.some((b) => {
    const [x, y] = a.start < b.start ? [a, b] : [b, a];
    return y.start >= x.end && y.start - x.end <= 24 && HOST_JOINER.test(text.slice(x.end, y.start));
  }));
}

interface Vote {
  weight: number;
  first: number;
  spans: { start: number; end: number }[];
  byUnit: boolean;
  /** Named as where a visiting delegation came from: perhaps not the host's province. */
  visitor: boolean;
}

const RESIDENCE_BEFORE = /(?:\b(?:based|headquartered|residing|stationed)\s+in|(?<!\p{L})(?:có trụ sở|đóng trụ sở|trú đóng|đóng quân)\s+(?:tại|ở|trên địa bàn))\s+(?:the\s+)?(?:tỉnh|thành phố|tp\.?)?\s*$/iu;
// "đoàn công tác tỉnh Thanh Hóa", "a delegation from Thanh Hoa province": the visitors' province.
const VISITOR_BEFORE = /(?:(?<!\p{L})đoàn(?:\s+(?:công tác|đại biểu|cán bộ|lãnh đạo))?(?:\s+(?:của|từ))?|\b(?:delegation|delegates|visitors|guests)\s+(?:from|of))\s+(?:the\s+)?(?:tỉnh|thành phố|tp\.?|huyện)?\s*$/iu;

// A year written after a capitalized word of a body's name: "Hội Chiến sĩ thành cổ Quảng Trị năm 1972".
// A province named with its kind word: "tỉnh Nghệ An", "thành phố Huế", "Nghe An province".
// ("Hội đồng hương Nghệ An tại Hà Nội", "... Association in Hanoi": where the body is.)
const PROVINCE_KIND_BEFORE = /(?<!\p{L})(?:tỉnh|thành phố|TP\.?|tại|ở|in)\s*$/iu;
const PROVINCE_KIND_AFTER = /^\s+(?:province|city)(?!\p{L})/iu;
// A term written after a body's name: "khóa XVIII", "nhiệm kỳ 2021 - 2026", "term 2021-2026".
const TERM_AFTER_BODY = /[\s,]+(?:(?:khóa|khoá)\s+[IVXLC]+|(?:nhiệm kỳ|term)\s+(?:19|20)\d{2}\s?[-–]\s?(?:19|20)\d{2})(?:[\s,]+(?:nhiệm kỳ|term)\s+(?:19|20)\d{2}\s?[-–]\s?(?:19|20)\d{2})?\s*$/u;
// ", on June 30,", ", on the morning of July 1": a date set off by commas at the end of an English subject.
const EN_DATE_ASIDE = /,\s+(?:on|in)\s+(?:the\s+)?(?:(?:morning|afternoon|evening)\s+of\s+)?(?:(?:January|February|March|April|May|June|July|August|September|October|November|December)\b|\d{1,2}(?:st|nd|rd|th)?\b)[^,]*,?\s*$/u;
// How far into the text the organizer's name is looked for again (the headline and the lead).
const YEAR_NAME_REACH = 4000;
// A year right after a capitalized word of a name, or after its abbreviation in brackets: "Quảng Trị (CSTCQT) năm 1972".
const YEAR_IN_NAME = /(?<=\p{Lu}\p{Ll}*(?:\s+\([^()\n]{1,20}\))?\s+(?:năm\s+|of\s+)?)(?:19|20)\d{2}(?![\d\p{L}])/gu;
const YEAR_NAME_WORD = /(\p{Lu}\p{Ll}*)(?:\s+\([^()\n]{1,20}\))?\s+(?:(?:năm|of)\s+)?$/u;

/**
 * Spans of the years that are part of the organizer's own name ("Hội Chiến sĩ thành cổ
 * Quảng Trị năm 1972 tỉnh Nghệ An"), wherever the text writes that name (the headline
 * too): they name the body, not the period the event is about.
 */
export function yearsInOrganizerName(text: string, organizer: OrganizerMatch | null): { start: number; end: number }[] {
  if (!organizer) return [];
  const name = text.slice(organizer.start, organizer.end);
  const spans: { start: number; end: number }[] = [];
  YEAR_IN_NAME.lastIndex = 0;
  for (let match = YEAR_IN_NAME.exec(name); match; match = YEAR_IN_NAME.exec(name)) {
    // The year with the word of the name before it ("Quảng Trị năm 1972"), found again wherever the text writes it:
    // the headline may leave out the abbreviation the lead adds ("Quảng Trị (CSTCQT) năm 1972"), and the year is still
    // the name's there.
    const word = YEAR_NAME_WORD.exec(name.slice(0, match.index))?.[1];
    if (word === undefined) continue;
    const again = new RegExp(`(?<![\\p{L}\\p{M}])${word}(?:\\s+\\([^()\\n]{1,20}\\))?\\s+(?:(?:năm|of)\\s+)?(${match[0]})(?!\\d)`, 'gu');
    for (let found = again.exec(text); found && found.index < YEAR_NAME_REACH; found = again.exec(text)) {
      const end = found.index + found[0].length;
      spans.push({ start: end - 4, end });
    }
  }
  return spans;
}

/**
 * Province and scope follow the organizer: a body named after a unit of the configured
 * province is of that unit's level; a body of another province makes that the province.
 * A body that names no place takes the province the story names most, its headline and
 * lead counting most; when the story names none, the province is unknown (null), never
 * assumed.
 */
export function resolveScope(
  organizer: OrganizerMatch | null,
  places: readonly PlaceSpan[],
  configuredProvince: string,
  language: 'en' | 'vi',
  options: {
    readonly leadEnd: number;
    /** A centrally run city, whose "City People's Council" is the province's. */
    readonly isMunicipality?: (province: string) => boolean;
    /** From 1 July 2025 there is no district level: a city's body is the province's. */
    readonly communeEra?: boolean;
    /** The sentence the organizer was read from, and the analysed text, to tell where a national body met. */
    readonly organizerSentence?: { start: number; end: number } | null;
    readonly text?: string;
  } = { leadEnd: 0 },
): ScopeResult {
  // "international organisations based in Hanoi", "các cơ quan có trụ sở tại Hà Nội": where someone present
  // is based describes them, not the event; it is no sign of the event's province.
  const fullText = options.text;
  if (fullText !== undefined) places = places.filter((place) => !RESIDENCE_BEFORE.test(fullText.slice(Math.max(0, place.start - 40), place.start)));
  // A former commune's name tells the province only when nothing else in the text does otherwise.
  const told = places.filter((place) => !place.formerCommune && (place.unit !== null || place.province !== null));
  places = places.filter((place) => !place.formerCommune || told.every((other) => (other.unit ? configuredProvince : other.province) === place.province));
  const inOrganizer = organizer ? places.filter((place) => place.start >= organizer.start && place.end <= organizer.end) : [];
  const unitPlace = inOrganizer.find((place) => place.unit !== null) ?? null;
  // "Hội Chiến sĩ thành cổ Quảng Trị năm 1972 tỉnh Nghệ An", "... huyện Quỳnh Phụ": when the organizer names two
  // provinces, the one written with its kind word, or told by a unit written with its own ("huyện Quỳnh Phụ" is
  // Thái Bình's), is where the body is; the other is part of its name.
  const provincePlaces = inOrganizer.filter((place) => place.province !== null);
  const withKind =
    fullText === undefined
      ? []
      : provincePlaces.filter(
          (place) =>
            (place.level !== undefined && place.level !== 'province' && !place.bare) ||
            PROVINCE_KIND_BEFORE.test(fullText.slice(Math.max(0, place.start - 12), place.start)) ||
            PROVINCE_KIND_AFTER.test(fullText.slice(place.end, place.end + 10)),
        );
  // An organizer that names two provinces is read with doubt whichever it is taken to be: the report is held.
  const twoProvinces = new Set(provincePlaces.map((place) => place.province)).size > 1;
  const provincePlace = (twoProvinces ? withKind[withKind.length - 1] : undefined) ?? provincePlaces[0] ?? null;
  const text = organizer?.organizer ?? '';

  let province: string | null = null;
  let provinceFrom: ScopeResult['provinceFrom'] = null;
  let provinceSpans: { start: number; end: number; formerCommune?: boolean }[] = [];
  let contested = false;
  if (unitPlace && (!provincePlace || provincePlace.province === configuredProvince)) {
    province = configuredProvince;
    provinceFrom = 'organizer-unit';
    provinceSpans = [unitPlace];
  } else if (provincePlace) {
    province = provincePlace.province;
    provinceFrom = 'organizer';
    provinceSpans = [provincePlace];
    contested = twoProvinces;
  } else if (organizer && isNationalBody(organizer.organizer) && !DELEGATION.test(organizer.organizer)) {
    // A body of the whole country has no province of its own: the event's province is where
    // the sentence says it met ("at the National Assembly House in Hanoi"), else unknown.
    const where = options.organizerSentence;
    let met = where
      ? places.find((place) => place.province !== null && place.start >= where.start && place.end <= where.end && MET_AT.test(options.text?.slice(Math.max(0, place.start - 60), place.start) ?? ''))
      : undefined;
    // Else a later sentence that tells where it took place, when it names one province only.
    const venues = met ? [] : places.filter((place) => place.province !== null && TOOK_PLACE_AT.test(options.text?.slice(Math.max(0, place.start - 80), place.start) ?? ''));
    if (!met && venues.length > 0 && venues.every((place) => place.province === venues[0]!.province)) met = venues[0];
    const ownBridge = options.text !== undefined && OWN_BRIDGE.test(options.text);
    const tie = met && !ownBridge ? null : nationalBodyTie(places, configuredProvince, options);
    if (met && !ownBridge) {
      province = met.province;
      provinceFrom = 'mentions';
      provinceSpans = [met];
    } else if (tie) {
      province = tie.province;
      provinceFrom = 'host';
      provinceSpans = tie.spans;
    }
  } else {
    const votes = new Map<string, Vote>();
    for (const place of places) {
      const name = place.unit ? configuredProvince : place.province;
      if (!name) continue;
      const inLead = place.start < options.leadEnd;
      const weight = (place.level === 'province' ? 1.5 : place.bare ? 0.5 : 1) * (inLead ? 2 : 1);
      const vote = votes.get(name) ?? { weight: 0, first: place.start, spans: [], byUnit: true, visitor: false };
      vote.weight += weight;
      if (options.text && VISITOR_BEFORE.test(options.text.slice(Math.max(0, place.start - 40), place.start))) vote.visitor = true;
      if (vote.spans.length < 3) vote.spans.push(place);
      if (place.level === 'province') vote.byUnit = false;
      votes.set(name, vote);
    }
    // "the Provincial Party Committee" in a story of a province and a centrally run city (their merger, a visit): a
    // city's bodies are the city's ("Thành ủy", "City Party Committee"), so a body called provincial is the province's.
    if (organizer && options.isMunicipality && PROVINCIAL_BODY.test(text) && !CITY_BODY.test(text)) {
      const municipal = [...votes.keys()].filter((name) => options.isMunicipality!(name));
      if (municipal.length > 0 && municipal.length < votes.size) for (const name of municipal) votes.delete(name);
    }
    const ranked = [...votes.entries()].sort((a, b) => b[1].weight - a[1].weight || a[1].first - b[1].first);
    // A national body's team that works with several provinces at once ("Tổ công tác của Bộ Chính trị làm việc với Ban
    // Thường vụ Tỉnh ủy Ninh Bình, Đắk Lắk, Lào Cai"): provinces named as often as each other tie it to none.
    const tiedNational = organizer !== null && isNationalBody(organizer.organizer) && ranked.length > 1 && ranked[1]![1].weight >= ranked[0]![1].weight;
    // "lãnh đạo các tỉnh Quảng Nam, Quảng Ngãi, Bình Định", "in Cao Bang and Lang Son provinces": provinces named as
    // equals in one list, none more often than the others, tie the story to none of them.
    const listed = ranked.length > 1 && ranked[1]![1].weight >= ranked[0]![1].weight && fullText !== undefined && namedTogether(ranked[0]![1].spans, ranked[1]![1].spans, fullText);
    const best = tiedNational || listed ? undefined : ranked[0];
    if (best) {
      province = best[0];
      provinceFrom = best[1].byUnit ? 'units' : 'mentions';
      provinceSpans = best[1].spans;
      const second = ranked[1];
      // A province the text gives as a visiting delegation's home may not be the host's: not one to route on alone.
      contested = (second !== undefined && second[1].weight >= best[1].weight * 0.6) || best[1].visitor;
    }
  }

  // Told only by communes of before the reorganisation: the weakest evidence (see PlaceSpan.formerCommune).
  // (When another place of the text agrees, two readings concur and the path is the usual one.)
  if (told.length === 0 && provinceSpans.length > 0 && provinceSpans.every((span) => span.formerCommune === true)) provinceFrom = 'former-commune';

  // The level: the first level word of the organizer's name, a unit named in it, or a provincial body by default.
  let scope: ScopeResult['scope'] = 'province';
  let scopeFrom: ScopeResult['scopeFrom'] = 'default';
  let scopeSpans: { start: number; end: number }[] = [];
  if (organizer) {
    // "An Giang province's Long Xuyen ward": a possessive level word names whose unit the body's is, not the body's level.
    const levelText = text.replace(POSSESSOR_LEVEL, (found) => ' '.repeat(found.length));
    let firstLevel: { index: number; length: number; word: string; level: ScopeResult['scope'] } | null = null;
    for (const [pattern, level] of language === 'en' ? [...LEVEL_WORDS_EN, ...LEVEL_WORDS_VI] : [...LEVEL_WORDS_VI, ...LEVEL_WORDS_EN]) {
      const match = pattern.exec(levelText);
      if (match && (!firstLevel || match.index < firstLevel.index)) firstLevel = { index: match.index, length: match[0].length, word: match[0], level };
    }
    if (firstLevel?.level === 'district') {
      const cityWord = CITY_WORD.test(firstLevel.word);
      const namesUnit = inOrganizer.some((place) => place.level === 'district');
      if (CENTRAL_CITY.test(text) || (cityWord && !namesUnit && (options.communeEra || (province !== null && options.isMunicipality?.(province) === true)))) {
        firstLevel = { ...firstLevel, level: 'province' };
      } else if (options.communeEra && !namesUnit) firstLevel = { ...firstLevel, level: 'province' };
    }
    if (firstLevel) {
      scope = firstLevel.level;
      scopeFrom = 'level-word';
      scopeSpans = [{ start: organizer.start + firstLevel.index, end: organizer.start + firstLevel.index + firstLevel.length }];
    } else if (unitPlace?.unit) {
      scope = unitPlace.level === 'commune' ? 'commune' : 'district';
      scopeFrom = 'unit';
      scopeSpans = [unitPlace];
    } else if (organizer.placeLevel) {
      scope = organizer.placeLevel.level;
      scopeFrom = 'unit';
      scopeSpans = [{ start: organizer.placeLevel.start, end: organizer.placeLevel.end }];
    }
  }
  let organizerUnit: string | null = null;
  if (scope !== 'province' && province === configuredProvince) {
    organizerUnit = unitPlace?.unit ?? null;
  }
  return { province, scope, organizerUnit, provinceFrom, scopeFrom, provinceSpans, scopeSpans, contested };
}

// A city's level words: a body named with one is a city's (a centrally run city's, or before 1 July 2025 a provincial city's).
const CITY_WORDS = 'thành phố|thành ủy|thành uỷ|thành đoàn|tp\\.?|city|municipal';
const CITY_WORD = new RegExp(`^(?:${CITY_WORDS})$`, 'iu');
const CITY_BODY = new RegExp(`(?<!\\p{L})(?:${CITY_WORDS})(?!\\p{L})`, 'iu');
const PROVINCIAL_BODY = /(?<!\p{L})(?:tỉnh|provincial|province)(?!\p{L})/iu;

/** True when the organizer is a body of the whole country ("Ban Chấp hành Trung ương", "the Ministry of Health"). */
export function isNationalBody(organizer: string): boolean {
  if (NATIONAL_BODY.test(organizer) && !/(?<!\p{L})(?:tỉnh|huyện|xã(?!\s+hội(?!\p{L}))|provinc(?:e|ial)|district|commune)(?!\p{L})/iu.test(organizer)) return true;
  // "Hội LHPN Việt Nam", "Hội Nông dân Việt Nam": an association named after the country alone is its central body;
  // a local chapter names its unit after it ("Hội LHPN Việt Nam huyện Hiệp Đức").
  return NAMED_AFTER_COUNTRY.test(organizer) && !LOCAL_LEVEL.test(organizer);
}
const NAMED_AFTER_COUNTRY = /(?<!\p{L})Việt Nam\s*$/u;
const LOCAL_LEVEL = new RegExp(`(?<!\\p{L})(?:${levelAlternation(VI_ALL_LEVEL_WORDS, { societyGuard: true })}|tp\\.?|tx\\.?)(?!\\p{L})`, 'iu');
