import type { Person } from '../record';
import type { PlaceSpan } from './places';
import { fold, foldWord, isUpperInitial } from './text';
import {
  EN_ORG_WORDS,
  EN_ROLE_CONNECTORS,
  EN_TITLES,
  FAMILY_NAME_SET,
  HONORIFICS,
  VI_BODY_ACTIONS,
  VI_BODY_COMPOUNDS,
  VI_BODY_HEADS,
  VI_ROLE_SYLLABLES,
  VI_TITLES,
} from './vocabulary';

type Language = 'en' | 'vi';

interface Token {
  readonly text: string;
  readonly start: number;
  readonly end: number;
}

const TOKEN = /[\p{L}\p{M}\p{N}]+(?:['’]\p{L}+)?|[^\s\p{L}\p{M}\p{N}]/gu;

function tokenize(text: string, offset = 0): Token[] {
  const tokens: Token[] = [];
  TOKEN.lastIndex = 0;
  for (let match = TOKEN.exec(text); match; match = TOKEN.exec(text)) {
    tokens.push({ text: match[0], start: offset + match.index, end: offset + match.index + match[0].length });
  }
  return tokens;
}

const FOLDED_FAMILY_NAMES = new Set([...FAMILY_NAME_SET].map((name) => fold(name)));

/** Single Vietnamese syllables that are never part of a person's name. */
const VI_NEVER_NAME = new Set(
  'bí chủ ủy uỷ ban tỉnh huyện đảng trưởng giám chánh hội sở mặt tổ thường chấp tuyên kiểm tiểu bộ nhà lễ xã phường quận viện báo đài liên tòa tổng cục khối ngành sáng chiều tối ngày tháng năm dự tại theo sau trong với cùng thay đồng thủ'.split(
    ' ',
  ),
);
/** Two syllables that make one word of a body's name: the first is then not a name syllable. */
const VI_COMPOUNDS = new Set(
  'thành ủy|thành uỷ|thành phố|thị ủy|thị uỷ|thị xã|thị trấn|trung ương|chính phủ|chính trị|công an|công đoàn|dân vận|dân tộc|quốc hội|quốc phòng|thanh niên|phụ nữ|nông dân|cựu chiến|lao động|văn hóa|văn hoá|kinh tế|nhân dân|công nghiệp|phát triển|khoa học|giáo dục|y tế|tài chính|nội vụ|văn phòng|văn kiện|quân sự|quân đội|đoàn thanh|mặt trận|hội đồng|đại hội|đại biểu|tổ quốc|công thương|tư pháp|xây dựng|thi đua|khen thưởng|hành chính'.split(
    '|',
  ),
);

const HONORIFIC_TAIL = new RegExp(
  `(?:^|[^\\p{L}])(?:${HONORIFICS.map((h) => h.replace(/[.]/g, '\\.')).join('|')})\\s*[:.]?\\s*$`,
  'iu',
);

const SINGULAR: Readonly<Record<string, string>> = {
  'Vice Chairmen': 'Vice Chairman',
  'Vice Chairwomen': 'Vice Chairwoman',
  Chairmen: 'Chairman',
  Secretaries: 'Secretary',
  'Deputy Secretaries': 'Deputy Secretary',
  Members: 'Member',
  Heads: 'Head',
  'Deputy Heads': 'Deputy Head',
  Directors: 'Director',
  'Deputy Directors': 'Deputy Director',
  'Vice Presidents': 'Vice President',
  Deputies: 'Deputy',
};

function isFamilyName(word: string): boolean {
  const lower = word.toLowerCase();
  if (FAMILY_NAME_SET.has(lower)) return true;
  return FOLDED_FAMILY_NAMES.has(lower) && /^[a-z]+$/.test(lower);
}

function isNameSyllable(word: string): boolean {
  if (!isUpperInitial(word) || word.length > 8) return false;
  const rest = word.slice(1);
  return /^\p{L}*$/u.test(word) && rest === rest.toLowerCase();
}

function isOrgWord(token: Token, next: Token | undefined, language: Language): boolean {
  const lower = token.text.toLowerCase();
  if (EN_ORG_WORDS.has(foldWord(token.text))) return language === 'en' || /^[a-z']+$/.test(lower);
  if (language === 'vi') {
    if (VI_NEVER_NAME.has(lower)) return true;
    if (next && next.start - token.end <= 1 && VI_COMPOUNDS.has(`${lower} ${next.text.toLowerCase()}`)) return true;
  }
  return false;
}

function titleAt(text: string, index: number, language: Language, anyCase = false): string | null {
  const rest = text.slice(index, index + 40);
  const candidates = language === 'en' ? EN_TITLES : VI_TITLES;
  for (const title of candidates) {
    const head = rest.slice(0, title.length);
    const same = language === 'en' ? head === title : head.toLowerCase() === title.toLowerCase() && (anyCase || isUpperInitial(head));
    if (!same) continue;
    const after = rest.charAt(title.length);
    if (after === '' || !/[\p{L}\p{N}]/u.test(after)) return title;
  }
  return null;
}

/** "former", "nguyên", "acting", "quyền" before a title. */
const TITLE_QUALIFIER = /^(?:former|Former|acting|Acting|nguyên|Nguyên|quyền|Quyền)\s+/u;

function startsWithTitle(text: string, language: Language): boolean {
  const trimmed = text.trimStart();
  const qualifier = TITLE_QUALIFIER.exec(trimmed);
  // After a name and its comma, a Vietnamese title is sometimes written in lower case.
  return titleAt(qualifier ? trimmed.slice(qualifier[0].length) : trimmed, 0, language, true) !== null;
}

function compatible(token: Token, language: Language): boolean {
  const word = token.text;
  if (/^\p{N}/u.test(word)) return true;
  if (language === 'en') return isUpperInitial(word) || EN_ROLE_CONNECTORS.has(word.toLowerCase()) || word === 'former' || word === 'acting' || word === 'concurrently';
  if (isUpperInitial(word)) return true;
  return VI_ROLE_SYLLABLES.has(word.toLowerCase()) || word === 'kiêm' || word === 'nguyên' || word === 'quyền';
}

const toPhrases = (list: readonly string[]) => new Map(list.map((phrase) => [phrase, phrase.split(' ').length] as const));
const BODY_HEADS = toPhrases(VI_BODY_HEADS);
const BODY_COMPOUNDS = toPhrases(VI_BODY_COMPOUNDS);
const BODY_ACTIONS = toPhrases(VI_BODY_ACTIONS);
/** A level word closes a body's name: "UBND tỉnh chỉ đạo" is a title and a verb. */
const VI_LEVEL_WORDS = new Set(['tỉnh', 'huyện', 'xã', 'phường', 'quận', 'thị', 'thành', 'trấn']);

/** Syllables of the longest phrase of `phrases` starting at token `i` (written with single spaces), or 0. */
function phraseAt(tokens: readonly Token[], i: number, phrases: ReadonlyMap<string, number>): number {
  let text = '';
  let best = 0;
  for (let k = 0; k < 4 && i + k < tokens.length; k++) {
    const token = tokens[i + k]!;
    if (k > 0 && token.start - tokens[i + k - 1]!.end !== 1) break;
    text = k === 0 ? token.text.toLowerCase() : `${text} ${token.text.toLowerCase()}`;
    if (phrases.get(text) === k + 1) best = k + 1;
  }
  return best;
}

/** Start of a phrase of `phrases` that covers token `i` (earliest start), or -1. */
function phraseCovering(tokens: readonly Token[], i: number, phrases: ReadonlyMap<string, number>): number {
  for (let j = Math.max(0, i - 3); j <= i; j++) if (j + phraseAt(tokens, j, phrases) > i) return j;
  return -1;
}

/**
 * Longest prefix of `segment` that a title can span (stops at the first verb-like word).
 * `describing`: the segment continues the lower-case description of a body ("..., công
 * nghệ, đổi mới sáng tạo"), so words like "phát triển" are part of the name, not verbs.
 */
function rolePrefix(segment: string, language: Language, describing = false): { role: string; complete: boolean; describing: boolean; words: number } {
  const tokens = tokenize(segment);
  let end = 0;
  let complete = true;
  let words = 0;
  // After a body word ("Ban Chỉ đạo", "Hợp tác xã") a lower-case description may follow.
  let inBody = describing;
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i]!;
    if (language === 'vi') {
      const head = isUpperInitial(token.text) ? phraseAt(tokens, i, BODY_HEADS) : 0;
      const compound = head ? 0 : phraseAt(tokens, i, BODY_COMPOUNDS) || (inBody ? phraseAt(tokens, i, BODY_ACTIONS) : 0);
      const span = head || compound;
      if (span > 0 && (head > 0 || !isUpperInitial(token.text) || inBody)) {
        end = tokens[i + span - 1]!.end;
        words += span;
        i += span - 1;
        inBody = inBody || head > 0 || compound > 0;
        continue;
      }
    }
    let ok = compatible(token, language);
    const next = tokens[i + 1];
    // "dự" is "attends" unless it opens "dự án" (project).
    if (ok && language === 'vi' && token.text.toLowerCase() === 'dự' && next?.text.toLowerCase() !== 'án') ok = false;
    // Lower-case "chủ" opens "chủ tịch" (a title) but also "chủ trì" (chairs).
    if (ok && token.text === 'chủ' && !/^(?:tịch|nhiệm)$/.test(next?.text ?? '')) ok = false;
    if (ok && language === 'vi' && token.text === 'và') {
      // "... đổi mới sáng tạo và chuyển đổi số": "và" joins two parts of a description.
      const joinsDescription = inBody && (phraseAt(tokens, i + 1, BODY_COMPOUNDS) > 0 || phraseAt(tokens, i + 1, BODY_ACTIONS) > 0);
      if (!(next && isUpperInitial(next.text)) && !joinsDescription) ok = false;
    }
    if (ok && language === 'en' && token.text === 'and' && !(next && (isUpperInitial(next.text) || next.text === 'concurrently'))) ok = false;
    if (!ok) {
      complete = false;
      break;
    }
    if (language === 'vi' && (VI_LEVEL_WORDS.has(token.text) || (isUpperInitial(token.text) && !BODY_HEADS.has(token.text.toLowerCase())))) inBody = false;
    end = token.end;
    words++;
  }
  return { role: cleanRole(segment.slice(0, end)), complete, describing: inBody, words };
}

function cleanRole(role: string): string {
  let out = role.replace(/\s+/g, ' ').trim();
  out = out.replace(/^(?:the|The|các|Các)\s+/, '');
  out = out.replace(/(?:\s+(?:and|of|the|for|và|-|–))+$/u, '').replace(/[\s,;:-]+$/, '');
  for (const [plural, singular] of Object.entries(SINGULAR)) {
    if (out.startsWith(`${plural} `) || out === plural) {
      out = singular + out.slice(plural.length);
      break;
    }
  }
  return out;
}

/** "Secretary of X and Chairman of Y", "Bí thư ... kiêm Chủ tịch ...": one title each. */
function splitChain(role: string, language: Language): string[] {
  const parts: string[] = [];
  const joiner = language === 'en' ? /,?\s+(?:and\s+)?(?:concurrently|and)\s+/g : /\s+(?:kiêm|và)\s+/g;
  let last = 0;
  for (let match = joiner.exec(role); match; match = joiner.exec(role)) {
    const next = match.index + match[0].length;
    if (titleAt(role, next, language) || /^(?:kiêm|concurrently)|concurrently$/i.test(match[0].replace(/^,/, '').trim())) {
      parts.push(role.slice(last, match.index));
      last = next;
    }
  }
  parts.push(role.slice(last));
  return parts.map(cleanRole).filter((part) => part.length > 1);
}

/** Where a title starts in the text right before a name, or -1. */
function roleStartBefore(segment: string, language: Language): number {
  const tokens = tokenize(segment);
  let firstCompatible = tokens.length;
  for (let i = tokens.length - 1; i >= 0; i--) {
    if (!compatible(tokens[i]!, language)) {
      // "Giám đốc Hợp tác xã dịch vụ nông nghiệp ...": lower-case words of a body's name.
      const from = language === 'vi' ? Math.max(phraseCovering(tokens, i, BODY_COMPOUNDS), phraseCovering(tokens, i, BODY_HEADS)) : -1;
      if (from < 0) break;
      i = from;
      firstCompatible = i;
      continue;
    }
    if (language === 'vi' && tokens[i]!.text.toLowerCase() === 'dự' && tokens[i + 1]?.text.toLowerCase() !== 'án') break;
    firstCompatible = i;
  }
  for (let i = firstCompatible; i < tokens.length; i++) {
    if (!titleAt(segment, tokens[i]!.start, language)) continue;
    const previous = tokens[i - 1];
    if (previous && i - 1 >= firstCompatible && TITLE_QUALIFIER.test(`${previous.text} `)) return previous.start;
    return tokens[i]!.start;
  }
  // "Hai Duong Provincial Party Secretary": the title word closes the phrase.
  if (language === 'en') {
    for (let i = firstCompatible; i < tokens.length; i++) {
      if (!isUpperInitial(tokens[i]!.text)) continue;
      const tail = segment.slice(tokens[i]!.start);
      if (/\b(?:Secretary|Chairman|Chairwoman|Director|Head|President|Commander)\b/.test(tail)) return tokens[i]!.start;
      break;
    }
  }
  return -1;
}

const INTRODUCER = /(?:^|\s)(?:were|was|are|is|by|with|including|included|includes|as|có|gồm|là|do|với|cùng|của)$/iu;

function rolesBefore(prefix: string, language: Language): string[] {
  const roles: string[] = [];
  let rest = prefix.replace(/\s+$/, '');
  while (rest.length > 0) {
    const cut = Math.max(rest.lastIndexOf(','), rest.lastIndexOf(';'), rest.lastIndexOf(':'), rest.lastIndexOf('('), rest.lastIndexOf(')'));
    const segment = rest.slice(cut + 1);
    const first = roles.length === 0;
    const start = roleStartBefore(segment, language);
    if (start < 0 && first && cut >= 0 && rest.charAt(cut) === ',' && /\s(?:and|và)\s/u.test(segment)) {
      // "Head of the Office of Labour, Invalids and Social Affairs X": the comma is inside the body's name.
      const inner = rest.slice(0, cut);
      const innerCut = Math.max(inner.lastIndexOf(','), inner.lastIndexOf(';'), inner.lastIndexOf(':'), inner.lastIndexOf('('), inner.lastIndexOf(')'));
      const joined = rest.slice(innerCut + 1);
      const joinedStart = roleStartBefore(joined.replace(',', ' '), language);
      if (joinedStart >= 0 && rolePrefix(joined.slice(joinedStart).replace(',', ' '), language).complete) {
        roles.unshift(cleanRole(joined.slice(joinedStart)));
        if (innerCut < 0 || inner.charAt(innerCut) !== ',') break;
        rest = inner.slice(0, innerCut);
        continue;
      }
    }
    if (start < 0) break;
    // An earlier segment belongs to the chain only when the whole segment is a title.
    // An earlier segment belongs to the chain when it is all title, or when the title
    // follows a word that introduces attendees ("Cùng dự có Phó Bí thư ..., Chủ tịch ... X").
    const lead = segment.slice(0, start).trim();
    if (!first && lead !== '' && !INTRODUCER.test(lead)) break;
    const role = cleanRole(segment.slice(start));
    if (!role) break;
    roles.unshift(...splitChain(role, language));
    if (cut < 0 || rest.charAt(cut) !== ',') break;
    rest = rest.slice(0, cut);
  }
  return roles;
}

/**
 * "Science, Technology, Innovation and Digital Transformation": capitalized segments
 * that are no title, up to one joined by "and", are one body's name.
 */
function closesEnglishList(rest: string): boolean {
  const segments = rest.split(/,/, 8);
  for (const segment of segments) {
    if (!/^\s*\p{Lu}/u.test(segment) || startsWithTitle(segment, 'en')) return false;
    if (/\sand\s/.test(segment)) return true;
    if (!rolePrefix(segment.trimStart(), 'en').complete) return false;
  }
  return false;
}

const CONCURRENTLY = /^\s*(?:(?:and\s+)?concurrently(?:\s+as)?|kiêm(?:\s+nhiệm)?|đồng thời là)\s+/iu;

function rolesAfter(suffix: string, language: Language): string[] {
  const roles: string[] = [];
  let rest: string;
  const bracket = /^\s*\(([^()]{1,300})\)/.exec(suffix);
  const dash = /^\s+[-–]\s+/.exec(suffix);
  if (bracket) rest = bracket[1]!;
  else if (dash) {
    // "Nguyen Hoai Nam - Director of ... - said": the title runs to the closing dash.
    const body = suffix.slice(dash[0].length);
    const close = /\s[-–]\s/.exec(body);
    rest = close ? body.slice(0, close.index) : body;
  } else if (/^\s*,/.test(suffix)) rest = suffix.replace(/^\s*,/, '');
  else return roles;
  let describing = false;
  while (rest.length > 0) {
    const match = /[,;]/.exec(rest);
    const raw = match ? rest.slice(0, match.index) : rest;
    const delimiter = match ? match[0] : '';
    // ", concurrently Chairman of ...", ", kiêm Chủ tịch ...": one more title.
    const concurrent = CONCURRENTLY.exec(raw);
    const segment = concurrent ? raw.slice(concurrent[0].length) : raw;
    if (!startsWithTitle(segment, language)) {
      if (roles.length === 0 || concurrent) break;
      // "Department of Labour, Invalids and Social Affairs", "Ban Chỉ đạo phát triển khoa
      // học, công nghệ, đổi mới sáng tạo ...": a comma inside a body's name.
      const continuation = rolePrefix(segment.trimStart(), language, describing);
      const continues =
        continuation.role !== '' &&
        (language === 'en'
          ? continuation.complete && /^\s*\p{Lu}/u.test(segment) && closesEnglishList(rest)
          : describing && /^\s*\p{Ll}/u.test(segment) && (continuation.complete || continuation.words >= 2));
      if (!continues) break;
      roles[roles.length - 1] = `${roles[roles.length - 1]}, ${continuation.role}`;
      describing = continuation.describing;
      if (!continuation.complete || delimiter !== ',') break;
      rest = rest.slice(raw.length + 1);
      continue;
    }
    const prefix = rolePrefix(segment.trimStart(), language);
    if (prefix.role) roles.push(...splitChain(prefix.role, language));
    describing = prefix.describing;
    if (!prefix.complete || delimiter !== ',') break;
    rest = rest.slice(raw.length + 1);
  }
  return roles;
}

interface NameSpan {
  readonly start: number;
  readonly end: number;
  readonly name: string;
  readonly tokens: number;
  /** Two syllables after a place word ("HĐND huyện Vũ Hùng"): a person only after a title. */
  readonly afterPlaceWord?: boolean;
  /** Starts with a surname missing from the list: a person only after an honorific or a title. */
  readonly rare?: boolean;
}

const VI_HONORIFIC_WORD = /^(?:Ông|Bà|Anh|Chị)$/u;
const LEVEL_BEFORE_NAME = /(?:^|\s)(?:tỉnh|huyện|xã|phường|quận|thị trấn|thị xã|thành phố|ủy|uỷ|\p{Lu}{2,})\s$/u;

/** Where a name with an unlisted surname starts in a capitalized run, or -1. */
function rareSurnameStart(
  sentence: string,
  runIndex: number,
  tokens: readonly Token[],
  runLength: number,
  language: Language,
  inPlace: (token: Token) => boolean,
): number {
  const before = sentence.slice(Math.max(0, runIndex - 40), runIndex);
  let from = -1;
  let minimum = 3;
  if (runLength >= 3 && VI_HONORIFIC_WORD.test(tokens[0]!.text)) {
    from = 1;
    minimum = 2;
  } else if (HONORIFIC_TAIL.test(before)) {
    from = 0;
    minimum = 2;
  } else if (LEVEL_BEFORE_NAME.test(before)) from = 0;
  else if (language === 'en') {
    // "... Party Committee Khuong Van Thanh": the name follows the body's last word.
    for (let i = runLength - 3; i >= 1; i--) {
      if (EN_ORG_WORDS.has(foldWord(tokens[i - 1]!.text)) && !EN_ORG_WORDS.has(foldWord(tokens[i]!.text))) {
        from = i;
        break;
      }
    }
  }
  if (from < 0 || runLength - from < minimum || runLength - from > 4) return -1;
  for (let k = from; k < runLength; k++) {
    const token = tokens[k]!;
    if (!isNameSyllable(token.text) || inPlace(token) || isOrgWord(token, tokens[k + 1], language)) return -1;
  }
  return from;
}

/** Index of the last span starting at or before `position` (spans sorted by start), or -1. */
export function lastStartingAtOrBefore(spans: readonly { start: number }[], position: number): number {
  let low = 0;
  let high = spans.length - 1;
  let found = -1;
  while (low <= high) {
    const mid = (low + high) >> 1;
    if (spans[mid]!.start <= position) {
      found = mid;
      low = mid + 1;
    } else high = mid - 1;
  }
  return found;
}

const CAPITALIZED = "\\p{Lu}[\\p{Ll}\\p{M}]*(?![\\p{L}\\p{M}\\p{N}'’])";
// Runs of two or more capitalized words: the only places a name can be.
// The scan runs over every sentence, so most positions must fail fast: first on a small
// class of frequent characters no capital is, then on the capital itself, and only then
// on the lookbehind (which re-reads the capital).
const CAPITALIZED_RUN = new RegExp(`(?=[^a-z \\d,.])\\p{Lu}(?<![\\p{L}\\p{M}\\p{N}'’-]\\p{Lu})[\\p{Ll}\\p{M}]*(?![\\p{L}\\p{M}\\p{N}'’])(?: ${CAPITALIZED})+`, 'gu');
const EN_BODY_NOUN = /^(?:Hospital|School|University|College|Street|Road|Ward|Commune|Park|Company|Cooperative|Pagoda|Temple|Bridge|Square|Stadium|Hall|Centre|Center|Museum|Library)$/;
const NEXT_WORD = /^ ([\p{L}\p{M}]+)/u;
const PLACE_BEFORE = /^(?:xã|phường|huyện|tỉnh|thôn|làng|quận|trấn|phố|đường|khu|ấp|bản|sông|núi|chùa|đền|đình|TP\.?|TX\.?|street|village)$/u;
const PLACE_AFTER = /^(?:commune|communes|ward|wards|village|villages|street|road|river|pagoda|temple|hamlet|Commune|Ward|Village|Street|Road|River|Pagoda|Temple)$/u;

function findNameSpans(sentence: string, offset: number, places: readonly PlaceSpan[], language: Language): NameSpan[] {
  const spans: NameSpan[] = [];
  const inPlace = (token: Token) => {
    const place = places[lastStartingAtOrBefore(places, token.start)];
    return place !== undefined && token.end <= place.end;
  };
  CAPITALIZED_RUN.lastIndex = 0;
  for (let run = CAPITALIZED_RUN.exec(sentence); run; run = CAPITALIZED_RUN.exec(sentence)) {
    const tokens: Token[] = [];
    let at = offset + run.index;
    for (const word of run[0].split(' ')) {
      tokens.push({ text: word, start: at, end: at + word.length });
      at += word.length + 1;
    }
    const after = NEXT_WORD.exec(sentence.slice(run.index + run[0].length, run.index + run[0].length + 20));
    if (after) tokens.push({ text: after[1]!, start: at, end: at + after[1]!.length });
    const runLength = after ? tokens.length - 1 : tokens.length;
    // "xã Hà Kỳ", "Thai Hoc commune": a place, whatever its first word looks like.
    const wordBefore = /([\p{L}.]+)\s$/u.exec(sentence.slice(Math.max(0, run.index - 12), run.index))?.[1] ?? '';
    // Place names have two syllables and people's names mostly three or more, so
    // "UBND tỉnh Phạm Quốc Tuấn" is still a person.
    // "Phó Chủ tịch HĐND huyện Vũ Hùng điều hành": after the body of a level ("HĐND huyện",
    // "Đảng ủy xã") and before a lower-case verb, two syllables may be a person; the
    // caller keeps them only when a title precedes and the text never names such a place.
    let afterPlaceWord = false;
    if (runLength <= 2 && PLACE_BEFORE.test(wordBefore)) {
      const bodyBefore = /(?:\p{Lu}{2,}|[ủu]ỷ?y|ủy|uỷ)\s+[\p{L}.]+\s$/u.test(sentence.slice(Math.max(0, run.index - 30), run.index));
      if (!(language === 'vi' && runLength === 2 && bodyBefore && after && /^\p{Ll}/u.test(after[1]!) && !PLACE_AFTER.test(after[1]!))) continue;
      afterPlaceWord = true;
    }
    if (after && PLACE_AFTER.test(after[1]!)) continue;
    // A surname missing from the list still starts a name right after an honorific
    // ("ông Khương Văn Thành", "Comrade Khuong Van Thanh") or a title's body ("UBND
    // huyện Khương Văn Thành", "... Committee Khuong Van Thanh"): the whole rest of the run.
    const rare = rareSurnameStart(sentence, run.index, tokens, runLength, language, inPlace);
    if (rare >= 0 && !tokens.slice(rare, runLength).some((token) => isFamilyName(token.text))) {
      const start = tokens[rare]!.start;
      const end = tokens[runLength - 1]!.end;
      spans.push({ start, end, name: sentence.slice(start - offset, end - offset), tokens: runLength - rare, rare: true });
    }
    let i = 0;
    while (i < runLength) {
      const token = tokens[i]!;
      if (!isNameSyllable(token.text) || !isFamilyName(token.text) || inPlace(token) || isOrgWord(token, tokens[i + 1], language)) {
        i++;
        continue;
      }
      let j = i;
      while (j + 1 < runLength && j - i < 4 && isNameSyllable(tokens[j + 1]!.text) && !isOrgWord(tokens[j + 1]!, tokens[j + 2], language)) j++;
      const count = j - i + 1;
      // "Tran Hung Dao Hospital": a body named after a person is not that person. Only
      // English puts the body's word after the name.
      const namesABody = language === 'en' && j + 1 < runLength && EN_BODY_NOUN.test(tokens[j + 1]!.text);
      if (count >= 2 && !namesABody) {
        const start = token.start;
        const end = tokens[j]!.end;
        spans.push({ start, end, name: sentence.slice(start - offset, end - offset), tokens: count, ...(afterPlaceWord ? { afterPlaceWord } : {}) });
        i = j + 1;
      } else i = j + 1;
    }
  }
  if (spans.length === 0 || !spans.some((span) => span.rare)) return spans;
  // A rare-surname reading never overlaps a regular one.
  return spans.filter((span) => !span.rare || !spans.some((other) => !other.rare && other.start < span.end && span.start < other.end));
}

const WINDOW = 400;
// "<word> huyện Vũ Hùng": the word before the place word tells a body ("HĐND huyện") from a place.
// The lookbehind starts the word only at its first letter (a match never starts
// mid-word anyway): without it every letter of every word retried the place words.
const NAMED_PLACE = /(?<!\p{L})([\p{L}]+)\s+(?:xã|phường|huyện|thôn|làng|quận|thị trấn|thị xã|thành phố|tỉnh)\s+(\p{Lu}\p{Ll}+\s\p{Lu}\p{Ll}+)(?![\p{L}])/gu;
const PLACE_WORD_BEFORE_NAME = /(?:xã|phường|huyện|thôn|làng|quận|thị trấn|thị xã|thành phố|tỉnh)\s+\p{Lu}/u;

export interface PersonMention {
  readonly name: string;
  readonly roles: string[];
  readonly start: number;
  readonly end: number;
}

export interface PeopleResult {
  readonly people: Person[];
  readonly mentions: PersonMention[];
  /** Every run that reads as a full name (three or more syllables), accepted or not. */
  readonly nameSpans: readonly { start: number; end: number }[];
}

/**
 * People named with an honorific, a title before the name ("Chairman of ... Luong Van
 * Khai") or a title after it ("Le Van Hieu, Standing Deputy Secretary ..."). A person
 * keeps the titles of the mention that gives the most of them; later short mentions
 * ("Secretary Tran Duc Thang") repeat what was already said.
 */
export function extractPeople(
  sentences: readonly { text: string; start: number }[],
  places: readonly PlaceSpan[],
  language: Language,
): PeopleResult {
  const mentions: PersonMention[] = [];
  const nameSpans: { start: number; end: number }[] = [];
  // Two-syllable names the text also uses as places ("tại xã Lê Lợi"): never people.
  const placeNames = new Set<string>();
  for (const sentence of sentences) {
    // Every match of NAMED_PLACE contains this, and a literal-led search is many times
    // cheaper than NAMED_PLACE's scan, which starts at each word of every sentence.
    if (!PLACE_WORD_BEFORE_NAME.test(sentence.text)) continue;
    for (const match of sentence.text.matchAll(NAMED_PLACE)) if (!/^(?:\p{Lu}{2,}|[ủu]ỷ?y|ủy|uỷ)$/u.test(match[1] ?? '')) placeNames.add(fold(match[2]!));
  }
  for (const sentence of sentences) {
    const spans = findNameSpans(sentence.text, sentence.start, places, language);
    for (const span of spans) if (span.tokens >= 3) nameSpans.push({ start: span.start, end: span.end });
    let previous: { span: NameSpan; before: string[] } | null = null;
    for (const [index, span] of spans.entries()) {
      const local = span.start - sentence.start;
      // Titles are never longer than a few hundred characters; the window keeps a huge
      // sentence linear.
      // Titles before a name never reach back over the previous name.
      const previousEnd = index > 0 ? spans[index - 1]!.end - sentence.start : 0;
      const prefix = sentence.text.slice(Math.max(0, local - WINDOW, previousEnd), local);
      const nextStart = spans[index + 1] ? spans[index + 1]!.start - sentence.start : sentence.text.length;
      const suffix = sentence.text.slice(span.end - sentence.start, Math.min(nextStart, span.end - sentence.start + WINDOW));
      const honorific = HONORIFIC_TAIL.test(prefix) || /(?:^|[^\p{L}])(?:comrades|các đồng chí)\s*:[^.]*$/iu.test(prefix);
      // "Director of Nguyen Trai School": a name after "of" belongs to a body's name.
      const ofBody = /(?:^|\s)(?:of|the|của|và)\s*$/iu.test(prefix);
      let before = (honorific && !/[,;]\s*$/.test(prefix)) || ofBody ? [] : rolesBefore(prefix, language);
      // "Vice Chairmen ... A and B": the second name shares the first one's titles.
      const joined = previous && /^\s*(?:and|và|,)\s*$/u.test(sentence.text.slice(previous.span.end - sentence.start, local));
      if (joined && previous) before = previous.before;
      const after = rolesAfter(suffix, language);
      // Two-syllable names ("To Lam") need a title or an honorific right next to them.
      const titleRightBefore = before.length > 0 && /\p{L}\s*$/u.test(prefix);
      const accepted =
        (honorific || before.length > 0 || after.length > 0 || joined) && (span.tokens >= 3 || honorific || after.length > 0 || titleRightBefore);
      if (!accepted) continue;
      if (span.afterPlaceWord && (!titleRightBefore || placeNames.has(fold(span.name)))) continue;
      if (span.rare && !(honorific || (titleRightBefore && span.tokens >= 3))) continue;
      mentions.push({ name: span.name, roles: [...before, ...after], start: span.start, end: span.end });
      previous = { span, before };
    }
  }
  // The mention with the most titles leads; other mentions add only titles it lacks
  // ("Secretary Tran Duc Thang" repeats "Secretary of the ... Committee").
  const byName = new Map<string, { name: string; mentions: PersonMention[] }>();
  for (const mention of mentions) {
    const key = fold(mention.name);
    const seen = byName.get(key);
    if (!seen) byName.set(key, { name: mention.name, mentions: [mention] });
    else seen.mentions.push(mention);
  }
  const people = [...byName.values()].map(({ name, mentions: all }) => {
    const lead = all.reduce((best, mention) => (mention.roles.length > best.roles.length ? mention : best));
    const roles = dedupeRoles(lead.roles);
    for (const mention of all) if (mention !== lead) for (const role of mention.roles) if (!repeatsRole(role, roles)) roles.push(role);
    return { name, roles };
  });
  return { people, mentions, nameSpans };
}

const ROLE_ABBREVIATIONS: readonly [RegExp, string][] = [
  [/\bubnd\b/g, 'uy ban nhan dan'],
  [/\bhdnd\b/g, 'hoi dong nhan dan'],
  [/\bmttq\b/g, 'mat tran to quoc'],
  [/\bpeople's\b/g, 'people'],
];
const ROLE_STOP = new Set(['of', 'the', 'and', 'for', 'cua', 'va', 'in']);

function roleWords(role: string): string[] {
  let folded = fold(role);
  for (const [pattern, full] of ROLE_ABBREVIATIONS) folded = folded.replace(pattern, full);
  return folded.split(/[^a-z0-9']+/).filter((word) => word && !ROLE_STOP.has(word));
}

/** A title says nothing new when all its words are in one title already kept. */
function repeatsRole(role: string, kept: readonly string[]): boolean {
  const words = roleWords(role);
  if (words.length === 0) return true;
  return kept.some((other) => {
    const otherWords = new Set(roleWords(other));
    return words.every((word) => otherWords.has(word));
  });
}

function dedupeRoles(roles: readonly string[]): string[] {
  const out: string[] = [];
  for (const role of roles) if (!out.some((kept) => fold(kept) === fold(role))) out.push(role);
  return out;
}
