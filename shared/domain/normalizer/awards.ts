import type { Award } from '../record';
import { fold } from './text';

/** Award names as folded text -> the English name the record uses. Longest first. */
const AWARD_NAMES: readonly [RegExp, string][] = [
  [/\bcertificates? of merit\b|\bbang khen\b/g, 'certificate of merit'],
  [/\bcertificates? of commendation\b|\bcommendation certificates?\b|\bgiay khen\b/g, 'certificate of commendation'],
  [/\bemulation flags?\b|\bemulation banners?\b|\bco thi dua\b/g, 'emulation flag'],
  [/\bparty (?:membership )?badges?\b|\bhuy hieu (?:\d+ nam tuoi )?dang\b/g, 'party membership badge'],
  [/\bcommemorative medals?\b|\bky niem chuong\b/g, 'commemorative medal'],
  [/\b(?:labou?r|independence|fatherland defence|military exploit|ho chi minh|friendship|feat) orders?\b|\bhuan chuong\b|\bhuy chuong\b|\bmedals?\b|\borders?, (?:first|second|third) class\b/g, 'medal'],
  [/\b(?:title of )?emulation fighters?\b|\bchien si thi dua\b/g, 'emulation fighter title'],
  [/\bheroe?s? of labou?r\b|\banh hung lao dong\b/g, 'hero of labour title'],
];

const GIVING = /\b(?:present(?:ed|s|ing)?|award(?:ed|s|ing)?|confer(?:red|s|ring)?|grant(?:ed|s)?|hand(?:ed)? over|receiv(?:e|ed|es|ing)|honou?red|tang|trao|don nhan|nhan)\b/;

const NUMBER_WORDS: Readonly<Record<string, number>> = {
  one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10, eleven: 11, twelve: 12,
  mot: 1, hai: 2, ba: 3, bon: 4, nam: 5, sau: 6, bay: 7, tam: 8, chin: 9, muoi: 10,
};

// Nouns for people: a count followed by one of these is so many individuals.
const INDIVIDUAL_NOUNS =
  'individuals?|people|persons?|party members?|members?|officials?|officers?|cadres?|teachers?|lecturers?|students?|pupils?|children|workers?|employees?|staff|soldiers?|militiam[ae]n|recruits?|doctors?|physicians?|nurses?|farmers?|fishermen|delegates?|veterans?|citizens?|residents?|women|men|youths?|young people|volunteers?|athletes?|artisans?|entrepreneurs?|businesspeople|journalists?|reporters?|scientists?|heroes|mothers?|comrades?|leaders?|managers?|police(?:m[ae]n)?|' +
  'ca nhan|dang vien|can bo|cong chuc|vien chuc|hoc sinh|sinh vien|hoi vien|doan vien|doi vien|dong chi|nguoi|chien si|giao vien|nha giao|cong nhan|nguoi lao dong|nong dan|dai bieu|cuu chien binh|ba me|me viet nam anh hung|nghe nhan|thanh nien|phu nu|chi em|tinh nguyen vien|van dong vien|bac si|y bac si|nha khoa hoc|doanh nhan|phong vien|nha bao|thieu nhi|em|chau|tan binh|thanh nien nhap ngu|cong an vien|dan quan|hoi vien phu nu|lanh dao|nhan vien|guong dien hinh|guong';
const COLLECTIVE_NOUNS =
  'collectives?|units?|organizations?|organisations?|enterprises?|businesses|companies|company|agencies|agency|schools?|communes?|wards?|villages?|households?|cooperatives?|party cells?|party organizations?|grassroots party organizations?|departments?|localities|locality|associations?|teams?|groups?|tap the|don vi|doanh nghiep|to chuc co so dang|to chuc dang|chi bo|dang bo|co quan|tap the|xa|phuong|thon|khu dan cu|hop tac xa|ho gia dinh|ho|truong|dia phuong|chi doan|lien chi doan|co so doan|chi hoi|cau lac bo|to chuc|to|doi|nhom';

// Words that end a noun phrase: a modifier before the recipient noun is none of these.
const PHRASE_BREAK = 'and|or|of|to|for|from|in|on|at|with|by|who|which|that|the|a|an|va|cho|cua|voi|tai|tu|den|nam|thang|ngay';
// English puts the head noun last ("15 outstanding union members", "10 school teachers"):
// up to three modifier words, tried longest first. Vietnamese puts it first ("15 đoàn
// viên tiêu biểu", "12 cán bộ xã"), so the noun right after the count wins there.
const COUNT = `(?<![\\d.,])(\\d{1,4}|${Object.keys(NUMBER_WORDS).join('|')})\\s+`;
const RECIPIENT = `(${INDIVIDUAL_NOUNS}|${COLLECTIVE_NOUNS})\\b`;
const COUNT_RECIPIENT_VI = new RegExp(`${COUNT}(?:(?:outstanding|typical|exemplary|excellent|tieu bieu|xuat sac)\\s+)?${RECIPIENT}`, 'g');
const COUNT_RECIPIENT_EN = new RegExp(`${COUNT}(?:(?!(?:${PHRASE_BREAK})\\b)[a-z'-]{1,20}\\s+){0,3}${RECIPIENT}`, 'g');
const INDIVIDUAL = new RegExp(`^(?:${INDIVIDUAL_NOUNS})$`);

interface AwardHit {
  readonly index: number;
  readonly end: number;
  readonly award: string;
}

function awardHits(folded: string): AwardHit[] {
  const hits: AwardHit[] = [];
  for (const [pattern, award] of AWARD_NAMES) {
    pattern.lastIndex = 0;
    for (let match = pattern.exec(folded); match; match = pattern.exec(folded)) {
      hits.push({ index: match.index, end: match.index + match[0].length, award });
    }
  }
  // Patterns are listed by precedence; an overlapping later match is dropped.
  hits.sort((a, b) => a.index - b.index || AWARD_NAMES.findIndex(([, n]) => n === a.award) - AWARD_NAMES.findIndex(([, n]) => n === b.award));
  const kept: AwardHit[] = [];
  for (const hit of hits) {
    const last = kept[kept.length - 1];
    if (last && hit.index < last.end) continue;
    kept.push(hit);
  }
  return kept;
}

/**
 * Awards presented at the event: each award name with the counts of recipients that
 * follow it ("certificates of merit to 16 collectives and 24 individuals"). An award
 * handed to one body without a count ("presented the Labour Order to the hospital")
 * counts once. Awards of earlier years are history, not part of this event.
 */
export function extractAwards(
  sentences: readonly { text: string; start: number }[],
  eventYear: number | null,
  foldedText?: string,
  language: 'en' | 'vi' = 'en',
): Award[] {
  const COUNT_RECIPIENT = language === 'vi' ? COUNT_RECIPIENT_VI : COUNT_RECIPIENT_EN;
  const awards: Award[] = [];
  const seen = new Set<string>();
  const add = (award: Award) => {
    const key = `${award.award}|${award.count}|${award.recipient}`;
    if (award.count === 1 && seen.has(key)) return;
    seen.add(key);
    awards.push(award);
  };
  for (const sentence of sentences) {
    const folded = foldedText ? foldedText.slice(sentence.start, sentence.start + sentence.text.length) : fold(sentence.text);
    const hits = awardHits(folded);
    if (hits.length === 0 || !GIVING.test(folded)) continue;
    const pastYear =
      eventYear !== null && [...folded.matchAll(/\b(?:in|nam|vao nam)\s+((?:19|20)\d{2})\b/g)].some((m) => Number(m[1]) < eventYear - 1);
    for (const [index, hit] of hits.entries()) {
      const nextHit = hits[index + 1]?.index ?? folded.length;
      const semicolon = folded.indexOf(';', hit.end);
      const segment = folded.slice(hit.end, semicolon >= 0 && semicolon < nextHit ? semicolon : nextHit);
      const counts: Award[] = [];
      COUNT_RECIPIENT.lastIndex = 0;
      for (let match = COUNT_RECIPIENT.exec(segment); match; match = COUNT_RECIPIENT.exec(segment)) {
        const raw = match[1] ?? '';
        const count = /^\d+$/.test(raw) ? Number(raw) : (NUMBER_WORDS[raw] ?? null);
        if (!count) continue;
        // "5 cá nhân được tặng Giấy khen": these recipients belong to the award that follows.
        if (/^\s*(?:duoc|were|was)\b/.test(segment.slice(match.index + match[0].length))) continue;
        counts.push({ count, recipient: INDIVIDUAL.test(match[2] ?? '') ? 'individual' : 'collective', award: hit.award });
      }
      if (counts.length > 0) {
        counts.forEach(add);
        continue;
      }
      if (pastYear) continue;
      // Recipients may also come before the award: "24 doanh nghiệp được tặng Bằng khen".
      const beforeAll = folded.slice(index === 0 ? 0 : hits[index - 1]!.end, hit.index);
      const before = beforeAll.slice(beforeAll.lastIndexOf(';') + 1);
      const earlierAll = [...before.matchAll(COUNT_RECIPIENT)];
      const lastEarlier = earlierAll[earlierAll.length - 1];
      const passive = lastEarlier !== undefined && /^[^,;.]{0,60}?\b(?:duoc|were|was|received|nhan)\b/.test(before.slice(lastEarlier.index + lastEarlier[0].length));
      const earlier = passive ? earlierAll : [];
      if (earlier.length > 0) {
        for (const match of earlier) {
          const raw = match[1] ?? '';
          const count = /^\d+$/.test(raw) ? Number(raw) : (NUMBER_WORDS[raw] ?? null);
          if (count) add({ count, recipient: INDIVIDUAL.test(match[2] ?? '') ? 'individual' : 'collective', award: hit.award });
        }
        continue;
      }
      const plural = /s\b/.test(folded.slice(hit.index, hit.end)) && /^[a-z ]+s$/.test(folded.slice(hit.index, hit.end).trim());
      if (plural) continue;
      add({ count: 1, recipient: 'collective', award: hit.award });
    }
  }
  return awards;
}
