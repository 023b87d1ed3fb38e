import type { Topic } from '../record';
import { fold } from './text';

// Folded keywords per topic; a topic needs two hits (or one in the lead) to be kept,
// so a passing mention does not tag the report.
const TOPIC_KEYWORDS: readonly [Topic, RegExp][] = [
  ['party-building', /\b(?:party building|building the party|rectif\w+ the party|party congress(?:es)?|party members?|party organi[sz]ations?|xay dung dang|chinh don dang|dai hoi dang bo|dang vien|to chuc co so dang|chi bo|ket nap dang)\b/g],
  ['inspection-and-supervision', /\b(?:inspect\w*|supervis\w*|kiem tra|giam sat|inspection commission|uy ban kiem tra)\b/g],
  ['anti-corruption', /\b(?:corruption|anti-corruption|negativity|wastefulness|tham nhung|tieu cuc|lang phi)\b/g],
  ['mass-mobilization', /\b(?:mass mobili[sz]ation|fatherland front|dan van|mat tran to quoc|mttq|great national unity|dai doan ket)\b/g],
  ['propaganda', /\b(?:propaganda|communication work|tuyen giao|tuyen truyen|bao chi|press)\b/g],
  ['socio-economic-development', /\b(?:socio-economic|economic growth|investment|budget revenue|industrial|grdp|export|new rural|kinh te - xa hoi|kinh te xa hoi|dau tu|thu ngan sach|tang truong|nong thon moi|cong nghiep|giai ngan)\b/g],
  ['administrative-restructuring', /\b(?:administrative units?|arrangement of|streamlin\w+|merg\w+|sap xep (?:don vi hanh chinh|to chuc bo may)|tinh gon|sap nhap|hop nhat)\b/g],
  ['personnel', /\b(?:personnel|cadres? work|elected|election|appoint\w*|nhan su|cong tac can bo|bau|bo nhiem)\b/g],
  ['emulation-and-awards', /\b(?:emulation|certificates? of merit|certificates? of commendation|labou?r order|thi dua|khen thuong|bang khen|giay khen|huan chuong)\b/g],
  ['digital-transformation', /\b(?:digital transformation|digital technology|e-government|e-commerce|chuyen doi so|so hoa|chinh phu dien tu)\b/g],
  ['national-defence', /\b(?:national defen[cs]e|military|defen[cs]e zone|armed forces|militia|quoc phong|quan su|luc luong vu trang|dan quan)\b/g],
];

// Scanning a whole report once per topic cost more than the rest of topic tagging. One
// zero-width scan finds every position where some topic's keyword starts; each topic's
// own sticky pattern is then tried there, so the counts are those of `match` per topic.
// Every pattern opens with `\b`; hoisted out of the lookahead, it rejects most positions
// before any alternative is tried.
const ANY_KEYWORD = new RegExp(
  TOPIC_KEYWORDS.every(([, pattern]) => pattern.source.startsWith('\\b'))
    ? `\\b(?=${TOPIC_KEYWORDS.map(([, pattern]) => `(?:${pattern.source.slice(2)})`).join('|')})`
    : `(?=${TOPIC_KEYWORDS.map(([, pattern]) => `(?:${pattern.source})`).join('|')})`,
  'g',
);
const STICKY_KEYWORDS: readonly RegExp[] = TOPIC_KEYWORDS.map(([, pattern]) => new RegExp(pattern.source, 'y'));

/** Non-overlapping keyword matches per topic, as `folded.match(pattern).length` counts them. */
function keywordHits(folded: string): number[] {
  const hits = TOPIC_KEYWORDS.map(() => 0);
  // Where each topic's last match ended: its next match cannot start before.
  const ends = TOPIC_KEYWORDS.map(() => 0);
  ANY_KEYWORD.lastIndex = 0;
  for (let found = ANY_KEYWORD.exec(folded); found; found = ANY_KEYWORD.exec(folded)) {
    const at = found.index;
    for (let t = 0; t < STICKY_KEYWORDS.length; t++) {
      if (at < ends[t]!) continue;
      const sticky = STICKY_KEYWORDS[t]!;
      sticky.lastIndex = at;
      const match = sticky.exec(folded);
      if (!match) continue;
      hits[t]!++;
      ends[t] = at + match[0].length;
    }
    ANY_KEYWORD.lastIndex = at + 1;
  }
  return hits;
}

/** Topics of the closed list that the report is about, most prominent first (at most four). */
export function extractTopics(text: string, lead: string, foldedText?: string): Topic[] {
  const folded = foldedText ?? fold(text);
  const foldedLead = fold(lead);
  const textHits = keywordHits(folded);
  const scored: { topic: Topic; score: number }[] = [];
  for (const [t, [topic, pattern]] of TOPIC_KEYWORDS.entries()) {
    const hits = textHits[t]!;
    const leadHits = foldedLead.match(pattern)?.length ?? 0;
    const score = hits + leadHits * 2;
    if (score >= 2) scored.push({ topic, score });
  }
  scored.sort((a, b) => b.score - a.score);
  const topics = scored.slice(0, 4).map(({ topic }) => topic);
  return topics.length > 0 ? topics : ['other'];
}
