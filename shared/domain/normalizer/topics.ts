import type { Topic } from '../record';
import { fold, isAsciiLetter, stickyOf } from './text';

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

const STICKY_KEYWORDS: readonly RegExp[] = TOPIC_KEYWORDS.map(([, pattern]) => stickyOf(pattern));

/** The top-level alternatives of a pattern written `\b(?:a|b|...)\b`, or null for another shape. */
function alternativesOf(source: string): string[] | null {
  if (!source.startsWith('\\b(?:') || !source.endsWith(')\\b')) return null;
  const body = source.slice(5, -3);
  const out: string[] = [];
  let depth = 0;
  let inClass = false;
  let from = 0;
  for (let i = 0; i < body.length; i++) {
    const ch = body[i];
    if (ch === '\\') i++;
    else if (inClass) inClass = ch !== ']';
    else if (ch === '[') inClass = true;
    else if (ch === '(') depth++;
    else if (ch === ')' && --depth < 0) return null;
    else if (ch === '|' && depth === 0) {
      out.push(body.slice(from, i));
      from = i + 1;
    }
  }
  if (depth !== 0 || inClass) return null;
  out.push(body.slice(from));
  return out;
}

/** The characters every match of an alternative opens with: its literal head, short of a quantified character. */
function literalHead(alternative: string): string {
  let head = '';
  for (let i = 0; i < alternative.length; i++) {
    const ch = alternative[i]!;
    if ('\\()[]{}|?*+.^$'.includes(ch)) break;
    const next = alternative[i + 1];
    if (next === '?' || next === '*' || next === '{') break;
    head += ch;
  }
  return head;
}

/** 1 for the code units `\b` counts as word characters (ASCII letters, digits, "_"); code units past 127 read undefined. */
const WORD_UNIT = Uint8Array.from({ length: 128 }, (_, code) => (isWordUnitCode(code) ? 1 : 0));

function isWordUnitCode(code: number): boolean {
  return isAsciiLetter(code) || (code >= 0x30 && code <= 0x39) || code === 0x5f;
}

/**
 * The keywords' literal heads by their first two characters: the heads of slot `first * 128 +
 * second` are `heads[slotStart[slot]]` .. `heads[slotStart[slot + 1] - 1]`, with their topics.
 * Read from the patterns' alternatives; null when some alternative opens otherwise (with fewer
 * than two literal characters, or not with a letter) or a pattern ignores case, and every position
 * is tried.
 */
interface KeywordHeadIndex {
  readonly slotStart: Uint16Array;
  readonly heads: readonly string[];
  readonly topics: Uint8Array;
}

function keywordHeadIndex(): KeywordHeadIndex | null {
  const bySlot = new Map<number, { topic: number; head: string }[]>();
  for (const [topic, [, pattern]] of TOPIC_KEYWORDS.entries()) {
    // Heads are compared as written: a pattern that ignores case is not read.
    const alternatives = pattern.ignoreCase ? null : alternativesOf(pattern.source);
    if (!alternatives) return null;
    for (const alternative of alternatives) {
      const head = literalHead(alternative);
      const first = head.charCodeAt(0);
      const second = head.charCodeAt(1);
      if (head.length < 2 || !isAsciiLetter(first) || second >= 128) return null;
      const key = first * 128 + second;
      const list = bySlot.get(key) ?? [];
      bySlot.set(key, list);
      // A head that a shorter head of the same topic opens: where it is written, so is the shorter one.
      if (list.some((known) => known.topic === topic && head.startsWith(known.head))) continue;
      for (let k = list.length - 1; k >= 0; k--) if (list[k]!.topic === topic && list[k]!.head.startsWith(head)) list.splice(k, 1);
      list.push({ topic, head });
    }
  }
  const slotStart = new Uint16Array(128 * 128 + 1);
  const heads: string[] = [];
  const topics: number[] = [];
  for (let slot = 0; slot < 128 * 128; slot++) {
    slotStart[slot] = heads.length;
    for (const { topic, head } of bySlot.get(slot) ?? []) {
      heads.push(head);
      topics.push(topic);
    }
  }
  slotStart[128 * 128] = heads.length;
  return { slotStart, heads, topics: Uint8Array.from(topics) };
}

const KEYWORD_HEADS = keywordHeadIndex();

/** `text.startsWith(head, at)` for a head whose first two characters are known to be there: most differ at the third. */
function headAt(text: string, at: number, head: string): boolean {
  const length = head.length;
  if (at + length > text.length) return false;
  for (let k = 2; k < length; k++) if (text.charCodeAt(at + k) !== head.charCodeAt(k)) return false;
  return true;
}

// The patterns' own zero-width union: the fallback for patterns the head index cannot read.
const ANY_KEYWORD = new RegExp(`(?=${TOPIC_KEYWORDS.map(([, pattern]) => `(?:${pattern.source})`).join('|')})`, 'g');

/**
 * Non-overlapping keyword matches per topic, as `folded.match(pattern).length` counts them.
 *
 * Scanning the report once per topic, or once with the topics' zero-width union, tried every
 * keyword at every position. A keyword opens after `\b` with a letter, and it starts with the
 * literal head its pattern writes: at each word start, the head index (read from the patterns)
 * names the heads that open there with the same two characters, and the topic of each head
 * found in full is tried with its sticky pattern (which keeps its `\b`), in text order, each
 * topic resuming after its own last match. So each topic finds the leftmost non-overlapping
 * matches its global scan finds, and a report costs one pass over its characters.
 */
export function keywordHits(folded: string): number[] {
  const hits = TOPIC_KEYWORDS.map(() => 0);
  // Where each topic's last match ended: its next match cannot start before.
  const ends = TOPIC_KEYWORDS.map(() => 0);
  if (!KEYWORD_HEADS) {
    ANY_KEYWORD.lastIndex = 0;
    for (let found = ANY_KEYWORD.exec(folded); found; found = ANY_KEYWORD.exec(folded)) {
      for (let t = 0; t < STICKY_KEYWORDS.length; t++) tryKeyword(folded, found.index, t, hits, ends);
      ANY_KEYWORD.lastIndex = found.index + 1;
    }
    return hits;
  }
  const { slotStart, heads, topics } = KEYWORD_HEADS;
  const last = folded.length - 1;
  for (let at = 0; at < last; at++) {
    // At a word start (a word unit after none): try the heads there, then run to the word's end.
    if (WORD_UNIT[folded.charCodeAt(at)] !== 1) continue;
    const second = folded.charCodeAt(at + 1);
    if (second < 128) {
      const slot = folded.charCodeAt(at) * 128 + second;
      for (let h = slotStart[slot]!, end = slotStart[slot + 1]!; h < end; h++) if (headAt(folded, at, heads[h]!)) tryKeyword(folded, at, topics[h]!, hits, ends);
    }
    // The unit after the word is no word unit, and no word starts on it: the loop steps past it.
    at++;
    while (at < last && WORD_UNIT[folded.charCodeAt(at)] === 1) at++;
  }
  return hits;
}

/** Topic `t`'s sticky pattern tried at `at`, unless its last match runs past `at`. */
function tryKeyword(folded: string, at: number, t: number, hits: number[], ends: number[]): void {
  if (at < ends[t]!) return;
  const sticky = STICKY_KEYWORDS[t]!;
  sticky.lastIndex = at;
  const match = sticky.exec(folded);
  if (!match) return;
  hits[t]!++;
  ends[t] = at + Math.max(1, match[0].length);
}

/** The topics' patterns, for the tests that compare {@link keywordHits} with `match`. */
export const TOPIC_PATTERNS: readonly RegExp[] = TOPIC_KEYWORDS.map(([, pattern]) => pattern);

/** Topics of the closed list that the report is about, most prominent first (at most four). */
export function extractTopics(text: string, lead: string, foldedText?: string): Topic[] {
  const folded = foldedText ?? fold(text);
  const foldedLead = fold(lead);
  const textHits = keywordHits(folded);
  const leadHits = keywordHits(foldedLead);
  const scored: { topic: Topic; score: number }[] = [];
  for (const [t, [topic]] of TOPIC_KEYWORDS.entries()) {
    const hits = textHits[t]!;
    const score = hits + leadHits[t]! * 2;
    if (score >= 2) scored.push({ topic, score });
  }
  scored.sort((a, b) => b.score - a.score);
  const topics = scored.slice(0, 4).map(({ topic }) => topic);
  return topics.length > 0 ? topics : ['other'];
}
