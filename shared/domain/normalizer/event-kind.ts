import type { EventKind } from '../record';

// Earliest keyword after the organizer wins: "held a conference to review ... Party
// Congress" is a conference. Vietnamese is matched with its diacritics because folding
// merges "họp" (meet) with "hợp" (combine); a report typed without diacritics is matched
// by its folded words, which a text with diacritics never contains.
const KIND_PATTERNS: readonly [RegExp, EventKind][] = [
  // A congress's preparatory session ("phiên trù bị") is part of the congress.
  [/\b(?:congress(?:es)?|preparatory session)\b|(?<!\p{L})(?:đại hội|phiên trù bị|dai hoi)(?!\p{L})/iu, 'congress'],
  [/\b(?:plenary\s+)?session\b|(?<!\p{L})(?:kỳ họp|kì họp|ky hop)(?!\p{L})/iu, 'session'],
  [/\b(?:conference|plenum)\b|(?<!\p{L})(?:hội nghị|hoi nghi)(?!\p{L})/iu, 'conference'],
  // A gathering that marks an anniversary ("gặp mặt kỷ niệm 75 năm ...") is a ceremony.
  [/(?<!\p{L})gặp mặt(?:\s+(?:các|cựu|đại biểu|\p{Ll}+)){0,3}\s+(?:kỷ niệm|kỉ niệm|mừng|nhân dịp|truyền thống)(?!\p{L})/iu, 'ceremony'],
  // "ngày làm việc thứ nhất Đại hội", "phiên làm việc": a day's work of an event names no meeting of its own.
  // Receiving a delegation ("tiếp đoàn công tác", "received a delegation") is a working meeting.
  [/\b(?:meeting|met|dialogue|work(?:ed|s)? (?:with|in)|working (?:visit|trip)|visit(?:ed|s)?|(?:received|welcomed) (?:a|the) (?:working )?delegation)\b|(?<!\p{L})(?:cuộc họp|phiên họp|họp|giao ban|gặp mặt|có buổi làm việc|buổi làm việc với|(?<!(?:ngày|phiên|buổi)\s)làm việc|tiếp xúc cử tri|đối thoại|thăm|tiếp đón|tiếp(?=\s+(?:đoàn|các đoàn)))(?!\p{L})/iu, 'meeting'],
  // Marking an anniversary, handing out prizes, laying incense: the acts of a ceremony.
  [/\b(?:ceremony|ceremonies|celebrat(?:e|ed|es|ing|ions?)|commemorat(?:e|ed|es|ing|ions?)|anniversary|rally|inauguration|groundbreaking)\b|(?<!\p{L})(?:lễ|mít tinh|míttinh|kỷ niệm|kỉ niệm|trao giải|trao tặng|trao thưởng|dâng hương|khánh thành|khởi công)(?!\p{L})/iu, 'ceremony'],
  // A festival or a show is a programme of its own, whatever anniversary it marks.
  [/\b(?:festival|gala)\b|(?<!\p{L})(?:festival|liên hoan|hội diễn|chương trình nghệ thuật)(?!\p{L})/iu, 'other'],
  [/\b(?:workshop|seminar|symposium|forum|scientific conference|roundtable)\b|(?<!\p{L})(?:hội thảo|tọa đàm|toạ đàm|diễn đàn)(?!\p{L})/iu, 'workshop'],
  [/\b(?:inspect(?:ed|s|ion|ing)?|supervis(?:ed|ion|ing|es)|examin(?:ed|ation))\b|(?<!\p{L})(?:kiểm tra|giám sát)(?!\p{L})/iu, 'inspection'],
];

// A body that "reviews" ("tổng kết", "sơ kết", "quán triệt") holds a conference to do it.
const REVIEW_VERB = /^\s*(?:(?:đã|long trọng)\s+)?(?:tổng kết|sơ kết|quán triệt|triển khai|reviewed|summed up|reviews)(?!\p{L})/iu;

/** The kind a verb alone implies when no kind word follows it. */
export function kindOfVerb(after: string): EventKind {
  return REVIEW_VERB.test(after) ? 'conference' : 'other';
}

// A subject that is itself an event ("The 10th National Congress of ... began its first
// working session", "Kỳ họp thứ 5 HĐND ... khai mạc") gives its kind to what it does.
const EVENT_SUBJECT = /^(?:the\s+)?(?:(?:\d+(?:st|nd|rd|th)|first|second|third|extraordinary|national|plenary|\s)+)?(congress|session|conference|plenum)\b|^(đại hội|kỳ họp|kì họp|hội nghị)(?!\p{L})/iu;

/** The kind named by a subject that is an event rather than a body, else null. */
export function kindOfEventSubject(subject: string): EventKind | null {
  const match = EVENT_SUBJECT.exec(subject.trim());
  if (!match) return null;
  const word = (match[1] ?? match[2] ?? '').toLowerCase();
  if (word === 'congress' || word === 'đại hội') return 'congress';
  if (word === 'session' || word === 'kỳ họp' || word === 'kì họp') return 'session';
  return 'conference';
}

/** Kind of the event, read from the lead sentence after its subject. */
export function extractEventKind(lead: string, from: number): EventKind {
  const text = lead.slice(from);
  let best: { index: number; kind: EventKind } | null = null;
  for (const [pattern, kind] of KIND_PATTERNS) {
    const match = pattern.exec(text);
    if (!match) continue;
    // "working session" is a meeting, "scientific conference" a workshop: the longer phrase decides.
    let resolved = kind;
    if (kind === 'session' && /working\s+session/i.test(text.slice(Math.max(0, match.index - 8), match.index + match[0].length))) resolved = 'meeting';
    // "the first session of the Executive Board of the 16th ... Party Committee" is a plenum; only a council sits in session.
    else if (kind === 'session' && /^\s+of\s+(?:the\s+)?(?:[^.,;]{0,40}?\s)?(?:Executive\s+(?:Board|Committee)|Party\s+Committee|Standing\s+(?:Board|Committee)\s+of\s+(?:the\s+)?[^.,;]{0,30}?Party)/i.test(text.slice(match.index + match[0].length, match.index + match[0].length + 90)) &&
      !/^\s+of\s+(?:the\s+)?[^.,;]{0,60}?(?:People['’]s\s+Council|National\s+Assembly)/i.test(text.slice(match.index + match[0].length, match.index + match[0].length + 90))) resolved = 'conference';
    // "Hội nghị giao ban" is a briefing meeting; "the 13th meeting of the ... People's Council" is a session,
    // "the 26th meeting of the ... Party Committee" a plenum (conference).
    if (kind === 'conference' && /^\s*giao ban/iu.test(text.slice(match.index + match[0].length))) resolved = 'meeting';
    if (kind === 'meeting' && /^meeting$/i.test(match[0])) {
      const before = text.slice(Math.max(0, match.index - 30), match.index);
      const after = text.slice(match.index + match[0].length, match.index + match[0].length + 90);
      if (/\d+(?:st|nd|rd|th)\s+(?:regular\s+|extraordinary\s+|special\s+)?$|(?:first|second|third)\s+$/i.test(before)) {
        const owner = /^\s+of\s+(?:the\s+)?[^.,;]{0,50}?(People['’]s\s+Council|Party\s+Committee|Executive\s+Committee)/i.exec(after)?.[1] ??
          /(People['’]s\s+Council|Party\s+Committee|Executive\s+Committee)\s+(?:held|convened|opened|had)\s+its\s+[^.,;]{0,20}$/i.exec(lead.slice(Math.max(0, from + match.index - 90), from + match.index))?.[1];
        if (owner) resolved = /council/i.test(owner) ? 'session' : 'conference';
      }
    }
    if (!best || match.index < best.index) best = { index: match.index, kind: resolved };
  }
  if (best && best.kind === 'conference' && /scientific\s+conference|hội thảo khoa học/i.test(text)) return 'workshop';
  return best?.kind ?? 'other';
}
