/**
 * People and their titles, read over the shared tokens with the words of the language
 * pack. A name is a run of capitalized syllables starting with a family name; a title is
 * a pack title followed by the words a title's body is made of. Titles come before the
 * name ("Bí thư Tỉnh ủy Trần Đức Thắng"), after it (", Chairman of ...", " - PBT - Chủ
 * tịch UBND", "(Phó Bí thư Thường trực)"), through a verb ("was re-elected as ...",
 * "giữ chức ..."), or once for a list of names ("Các Phó Bí thư Tỉnh ủy gồm có: ...").
 */
import type { Person, Span } from '../record';
import { namesData, PACK_LANGUAGES, packFor, type LanguagePack, type PackLanguage } from './packs';
import type { PlaceSpan } from './places';
import { fold } from './text';
import { DASH_TEXTS, keyOf, type AnalysedText, type Lexicon, type Token } from './tokens';

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
  /** How likely the list of people and titles is right as a whole (0..1). */
  readonly confidence: number;
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

/** A title as read: its words (cleaned) and the token range it was read from. */
interface Role {
  readonly text: string;
  readonly from: number;
  readonly to: number;
  /** The term written after the title and left out of its text ("khóa XIX", "term 2015-2020"). */
  readonly term?: string;
}

/** The country's name, folded: never a person's name, whatever honorific stands before it. */
const COUNTRY_NAMES: ReadonlySet<string> = new Set(['viet nam', 'vietnam']);

interface NameSpan {
  /** Token range of the name. */
  readonly from: number;
  readonly to: number;
  readonly name: string;
  /** Two syllables after a place word ("HĐND huyện Vũ Hùng"): a person only after a title. */
  readonly afterPlaceWord?: boolean;
  /** Starts with a surname missing from the list: a person only after an honorific or a title. */
  readonly rare?: boolean;
}

interface Accepted {
  readonly span: NameSpan;
  readonly roles: Role[];
  readonly cues: number;
  /** Names listed together ("A, B and C"): a verb after the list gives each the title. */
  group: Accepted[];
}

/** Titles never span more tokens than this, which keeps a huge sentence linear. */
const WINDOW = 90;
const DELIMITERS = new Set([',', ';', ':', '(', ')']);
// Words before a term's years at the end of an English title ("for the 2021-2026 term", "in the 2016-2021 tenure").
const TERM_PREPOSITIONS: ReadonlySet<string> = new Set(['for', 'in']);
// Kept out of the hot method: the bundle builds a pattern with \p{..} outside a class anew at each evaluation.
const POSSESSIVE_SYLLABLE = /^\p{Lu}\p{Ll}+['’]s$/u;

class PeopleReader {
  private readonly tokens: readonly Token[];
  private readonly names = namesData();
  private readonly deputyWords: ReadonlySet<string>;

  constructor(
    private readonly doc: AnalysedText,
    private readonly places: readonly PlaceSpan[],
    private readonly pack: LanguagePack,
  ) {
    this.tokens = doc.tokens;
    this.deputyWords = new Set(pack.data.deputyWords.map(fold));
  }

  // --- token predicates -------------------------------------------------------------

  private word(i: number): Token | undefined {
    const token = this.tokens[i];
    return token && token.kind === 'word' ? token : undefined;
  }

  /**
   * Tokens from i are lower-case words of a body's name (compounds, place words) up to a
   * capital or a level word within a few words: "các cơ quan Đảng", "chi bộ thôn Đoài".
   */
  private bodyWordsBeforeName(i: number, limit: number): boolean {
    let k = i;
    for (let steps = 0; steps < 4 && k < limit; steps++) {
      const token = this.tokens[k]!;
      if (k > i && (token.newlineBefore || !token.spaceBefore)) return false;
      if (k > i && token.kind === 'word' && (token.upperInitial || this.levelWordAt(k))) return true;
      const phrase = Math.max(
        this.pack.bodyCompounds.longestAt(this.doc, k)?.end ?? 0,
        this.pack.compounds.longestAt(this.doc, k)?.end ?? 0,
        this.pack.placeBefore.longestAt(this.doc, k)?.end ?? 0,
      );
      if (phrase <= k) return false;
      k = phrase;
    }
    return false;
  }

  /** A lower-case compound of a body's name starts at token i ("nhân dân" of "Ủy ban nhân dân"). */
  private lowerCompoundAt(i: number): boolean {
    return (this.pack.compounds.longestAt(this.doc, i)?.end ?? 0) > i + 1 || (this.pack.bodyCompounds.longestAt(this.doc, i)?.end ?? 0) > i + 1;
  }

  /** A level word starts at token i ("xã", "huyện", "thành phố"). */
  private levelWordAt(i: number): boolean {
    return this.pack.levelWords.longestAt(this.doc, i) !== null;
  }

  /** Token i follows token i - 1 after whitespace on the same line. */
  private spaced(i: number): boolean {
    const token = this.tokens[i];
    return token !== undefined && token.spaceBefore && (!token.newlineBefore || this.wrapped.has(i));
  }

  /** Tokens that open a line inside a name the text hard-wrapped ("đ/c Nguyễn\nVăn Hán"). */
  private readonly wrapped = new Set<number>();

  /**
   * "...; đ/c Nguyễn\nVăn Hán, UV BTV Huyện ủy": a line that ends on an honorific and a family name, and a
   * next line that opens on name syllables, break one name. Such a name, and its sentence, go on past the break.
   */
  private findWrappedNames(): void {
    for (const sentence of this.doc.sentences) {
      const last = sentence.endToken - 1;
      const next = sentence.endToken;
      if (last <= sentence.firstToken || next + 1 >= this.tokens.length) continue;
      const opening = this.tokens[next]!;
      if (!opening.newlineBefore || /\n\s*\n/.test(this.doc.text.slice(this.tokens[last]!.end, opening.start))) continue;
      if (!this.nameSyllable(last) || !this.isFamilyName(last) || this.honorificBefore(last, sentence.firstToken) < 0) continue;
      if (!this.nameSyllable(next) || !(this.nameSyllable(next + 1) || this.tokens[next + 1]!.text === ',')) continue;
      this.wrapped.add(next);
    }
  }

  /**
   * The lower-case word right after the name in tokens `from` .. `to - 1` is its last
   * syllable, written capitalized elsewhere in the text: the full name as written there, or null.
   */
  private lowerLastSyllable(from: number, to: number): string | null {
    const next = this.tokens[to];
    if (!next || next.kind !== 'word' || next.upperInitial || !this.spaced(to) || next.text.length > 7) return null;
    const full = `${this.doc.text.slice(this.tokens[from]!.start, this.tokens[to - 1]!.end)} ${next.text.charAt(0).toUpperCase()}${next.text.slice(1)}`;
    return this.doc.text.includes(full) ? full : null;
  }

  /** "Trong’s", "Lan's": a capitalized syllable with the possessive "’s". */
  private possessiveSyllable(i: number): boolean {
    const token = this.tokens[i];
    return token !== undefined && token.kind === 'word' && token.text.length <= 10 && POSSESSIVE_SYLLABLE.test(token.text);
  }

  private nameSyllable(i: number): boolean {
    const token = this.tokens[i];
    return token !== undefined && token.kind === 'word' && token.capitalized && token.text.length <= 8 && !this.cutOffWord(i);
  }

  /** A word at the end of a line or of the text that ends on a vowel no Vietnamese syllable ends on: cut off there. */
  private cutOffWord(i: number): boolean {
    const next = this.tokens[i + 1];
    if (next !== undefined && !next.newlineBefore) return false;
    const key = this.tokens[i]!.key;
    return CUT_VOWELS.has(key.charAt(key.length - 1));
  }

  private isFamilyName(i: number): boolean {
    const token = this.tokens[i]!;
    if (this.names.familyNames.has(token.key)) return true;
    if (/^[a-z]+$/.test(token.key) && this.names.foldedFamilyNames.has(token.key)) return true;
    // "Đồng Văn Lưu": a family name that is also a given name, before a middle name.
    const ambiguous = this.names.ambiguousFamilyNames.has(token.key) || (/^[a-z]+$/.test(token.key) && this.names.foldedAmbiguousFamilyNames.has(token.key));
    if (!ambiguous) return false;
    const next = this.tokens[i + 1];
    return (
      next !== undefined &&
      this.nameSyllable(i + 1) &&
      this.spaced(i + 1) &&
      (this.names.middleNames.has(next.key) || (/^[a-z]+$/.test(next.key) && this.names.foldedMiddleNames.has(next.key)))
    );
  }

  private inPlace(i: number): boolean {
    const token = this.tokens[i]!;
    const place = this.places[lastStartingAtOrBefore(this.places, token.start)];
    if (place === undefined || token.end > place.end) return false;
    // "UBND TP Chu Ngọc Anh": a place that ends on a family name, followed by name
    // syllables that are none, cuts a person's name in two; the name wins.
    const next = this.tokens[i + 1];
    const endsHere = next === undefined || next.start >= place.end;
    return !(endsHere && this.isFamilyName(i) && this.nameSyllable(i + 1) && this.spaced(i + 1) && !this.isFamilyName(i + 1));
  }

  /** A word of a body's name, a place kind or a title: never part of a person's name. */
  private isOrgWord(i: number, first: boolean): boolean {
    const token = this.tokens[i]!;
    if (this.pack.neverName.has(token.key)) return true;
    if (first && this.pack.neverNameStart.has(token.key)) return true;
    const compound = this.pack.compounds.longestAt(this.doc, i);
    return compound !== null && compound.end > i + 1;
  }

  /** End of a phrase of `lexicon` that ends exactly at token `end` (exclusive), searching back a few tokens, or -1 for its start. */
  private phraseEndingAt(lexicon: Lexicon<unknown>, end: number, floor: number): number {
    for (let start = Math.max(floor, end - lexicon.maxTokens); start < end; start++) {
      const hit = lexicon.longestAt(this.doc, start);
      if (hit && hit.end === end) return start;
    }
    return -1;
  }

  /** An honorific right before token `at` ("ông", "Comrade", "các đồng chí:", "đ/c"); its first token, or -1. */
  private honorificBefore(at: number, floor: number): number {
    const direct = this.phraseEndingAt(this.pack.honorifics, at, floor);
    if (direct >= 0) return direct;
    const previous = this.tokens[at - 1];
    return previous && (previous.text === ':' || previous.text === '.') ? this.phraseEndingAt(this.pack.honorifics, at - 1, floor) : -1;
  }

  // --- titles -------------------------------------------------------------------------

  /** End of the title (or rank) starting at token `i`, or -1. `anyCase`: a lower-case title counts. */
  private titleAt(i: number, anyCase: boolean): number {
    const token = this.tokens[i];
    if (!token || token.kind !== 'word') return -1;
    if (!anyCase && !token.upperInitial) return -1;
    const title = this.pack.titles.longestAt(this.doc, i);
    const rank = this.pack.ranks.longestAt(this.doc, i);
    const end = Math.max(title?.end ?? -1, rank?.end ?? -1);
    if (end < 0) return -1;
    // "Trưởng" opens a title, "trưởng thành" (to grow up) does not: a title ends at a word boundary.
    return end;
  }

  /**
   * Where the title starts in "Party Committee Secretary", "Politburo member", "NA
   * Chairman": a language that puts a title's body before it lets capitalized words
   * lead, and then a lower-case title counts. -1 when none does.
   */
  private titleAfterModifiers(i: number, limit: number): number {
    if (!this.pack.modifiersBeforeTitle) return -1;
    for (let k = i; k < limit && k < i + 6; k++) {
      const token = this.tokens[k]!;
      if (k > i && this.titleAt(k, true) >= 0) return k;
      if (token.kind !== 'word' || !token.upperInitial || this.pack.titleModifierStops.has(token.key) || (k > i && !this.spaced(k))) return -1;
    }
    return -1;
  }

  /** A title, possibly after "former", "nguyên", "quyền" or (English) the body it heads. */
  private startsWithTitle(i: number, anyCase: boolean): boolean {
    const qualifier = this.pack.titleQualifiers.longestAt(this.doc, i);
    const at = qualifier ? qualifier.end : i;
    return this.titleAt(at, anyCase) >= 0 || this.titleAfterModifiers(at, this.tokens.length) >= 0;
  }

  /** "(term 2011-2015)", "(nhiệm kỳ 2015-2020)": a term in brackets after a title; the end of the group, or -1. */
  private bracketedTerm(i: number, limit: number): number {
    if (this.tokens[i]?.text !== '(') return -1;
    const tail = this.roleTailAt(i + 1, limit);
    return tail > 0 && this.tokens[tail]?.text === ')' && tail < limit ? tail + 1 : -1;
  }

  /** "(PPC)": an abbreviation in brackets inside a title; the end of the group, or -1. */
  private bracketedAbbreviation(i: number): number {
    const token = this.tokens[i];
    if (token?.text !== '(') return -1;
    const inner = this.tokens[i + 1];
    return inner?.kind === 'word' && inner.allCaps && this.tokens[i + 2]?.text === ')' ? i + 3 : -1;
  }

  /** May token i be inside a title? */
  private compatible(i: number): boolean {
    const token = this.tokens[i]!;
    if (token.kind === 'number') return true;
    // "Farmers' Association", "deputies' delegation": the apostrophe of a plural's possessive, written tight, before a
    // capitalized word or a lower-case word of a title's body.
    if ((token.text === "'" || token.text === '’') && !token.spaceBefore && /s$/.test(this.tokens[i - 1]?.key ?? '')) {
      const next = this.tokens[i + 1];
      if (next?.upperInitial === true || (next?.kind === 'word' && next.spaceBefore && this.pack.roleWords.has(next.key))) return true;
    }
    // Capitalized words, abbreviations and ordinals ("16th").
    if (token.kind === 'word' && (token.upperInitial || (token.text.charCodeAt(0) >= 0x30 && token.text.charCodeAt(0) <= 0x39))) return true;
    // "Committee on Social Affairs", "Commission on Organization": after a body's word, "on" opens its remit in capitals.
    const after = this.tokens[i + 1];
    if (this.pack.remitLinks.get(token.key)?.has(this.tokens[i - 1]?.key ?? '') === true && after?.upperInitial === true && !this.pack.calendarWords.has(after.key)) return true;
    // "district’s": the pack writes the possessive with a straight apostrophe.
    return this.pack.roleWords.has(token.key) || (token.key.includes('’') && this.pack.roleWords.has(token.key.replace(/’/g, "'")));
  }

  /** Start of a phrase of `lexicon` covering token i (earliest start, not before `floor`), or -1. */
  private phraseCovering(lexicon: Lexicon<unknown>, i: number, floor: number): number {
    for (let j = Math.max(floor, i - lexicon.maxTokens + 1); j <= i; j++) {
      const hit = lexicon.longestAt(this.doc, j);
      if (hit && hit.end > i) return j;
    }
    return -1;
  }

  /** "nhiệm kỳ 2020-2025", "khóa XV" after a title: the end of the tail, or -1. */
  private roleTailAt(i: number, limit: number): number {
    const tail = this.pack.roleTail.longestAt(this.doc, i);
    if (!tail) return -1;
    let end = tail.end;
    let values = 0;
    while (end < limit) {
      const token = this.tokens[end]!;
      if (token.kind === 'number' || (token.kind === 'word' && (((token.allCaps || token.text.length === 1) && /^[IVXLC]+$/.test(token.text)) || /^\d+(?:st|nd|rd|th)$/.test(token.key)))) values++;
      else if (!(DASH_TEXTS.has(token.text) || token.text === '/') || values === 0) break;
      end++;
    }
    while (end > tail.end && DASH_TEXTS.has(this.tokens[end - 1]!.text)) end--;
    return values > 0 ? end : -1;
  }

  /**
   * Longest run of tokens from `from` (before `limit`) that a title can span: it stops at
   * the first word that is no part of a title. `describing`: the run continues the
   * lower-case description of a body ("..., công nghệ, đổi mới sáng tạo"), where words
   * such as "phát triển" belong to the name and are no verbs.
   */
  private rolePrefix(from: number, limit: number, describing = false): { to: number; complete: boolean; describing: boolean; words: number } {
    const pack = this.pack;
    let to = from;
    let complete = true;
    let words = 0;
    let inBody = describing;
    // A lower-case level word was read ("... UBND xã"): only a place's name, a term or a joiner may follow.
    let afterLevel = false;
    // A capitalized word of the body was read after the title ("Bí thư Huyện ủy", "Giám đốc Sở Tài chính").
    let bodySeen = false;
    for (let i = from; i < limit; i++) {
      const token = this.tokens[i]!;
      if (i > from && token.newlineBefore) {
        complete = false;
        break;
      }
      // "Head of Working Group No. 5", "Trưởng Đoàn công tác số 3": a number mark and its number
      // name one group among several, so they belong to the title.
      const numberMark = i > from ? pack.documentNumberWords.longestAt(this.doc, i) : null;
      const numbered = numberMark ? this.tokens[numberMark.end] : undefined;
      if (numberMark && numbered?.kind === 'number' && !numbered.newlineBefore && numberMark.end < limit) {
        to = numberMark.end + 1;
        words++;
        i = numberMark.end;
        continue;
      }
      // "Trưởng ban Nội chính Tỉnh ủy và các Ủy viên Ban Thường vụ: ...": "và các" before a title opens other people's.
      if (i > from && pack.chainJoiners.longestAt(this.doc, i)?.end === i + 1 && this.tokens[i + 1] && pack.roleLeadDrop.has(this.tokens[i + 1]!.key) && this.titleAt(i + 2, false) >= 0) break;
      // "Phó Chủ tịch UBND xã thông báo ...", "... huyện tổ chức ...": a title ends at its level; a lower-case word after it is the sentence's verb.
      // "Bí thư huyện ủy": the committee of a level written in lower case goes on the title.
      if (afterLevel && token.kind === 'word' && !token.upperInitial && pack.bodyOfLevel.longestAt(this.doc, i - 1)?.end === i + 1) {
        to = i + 1;
        words++;
        afterLevel = false;
        bodySeen = true;
        continue;
      }
      if (afterLevel && pack.titleEndsAfterLevel && token.kind === 'word' && !token.upperInitial && !this.levelWordAt(i) && !pack.chainJoiners.longestAt(this.doc, i) && !pack.concurrently.longestAt(this.doc, i) && this.roleTailAt(i, limit) < 0) {
        complete = false;
        break;
      }
      // "Bí thư Huyện ủy thông báo ...", "Giám đốc Sở Tài chính tổ chức ...": after the body's name a lower-case word is
      // the sentence's verb, unless it is a level word or starts a known lower-case part of the name before a capital
      // ("Đảng ủy các cơ quan Đảng tỉnh", "Bí thư chi bộ thôn Đoài").
      // Only a second lower-case word counts: "Huyện ủy", "Tài chính" write a body's word with a lower-case syllable.
      const previous = this.tokens[i - 1];
      const afterWordEnd = previous !== undefined && previous.kind === 'word' && (!previous.upperInitial || previous.allCaps) && !this.levelWordAt(i - 1);
      if (bodySeen && !inBody && afterWordEnd && pack.titleEndsAfterLevel && token.kind === 'word' && !token.upperInitial && !this.levelWordAt(i) && !pack.placeBefore.longestAt(this.doc, i) && !pack.chainJoiners.longestAt(this.doc, i) && !pack.concurrently.longestAt(this.doc, i) && this.roleTailAt(i, limit) < 0 && !this.bodyWordsBeforeName(i, limit) && !this.lowerCompoundAt(i)) {
        complete = false;
        break;
      }
      if (token.kind === 'word' && !token.upperInitial && this.levelWordAt(i)) afterLevel = true;
      // "... xã kiêm Giám đốc Hợp tác xã nông nghiệp": the next title starts afresh.
      else if (pack.chainJoiners.longestAt(this.doc, i) || pack.concurrently.longestAt(this.doc, i)) afterLevel = false;
      // "Secretary of the Provincial Party Committee and Mr. Le Van Hieu": an honorific opens the next person.
      if (i > from && pack.honorifics.longestAt(this.doc, i)) break;
      // "Phó Chủ tịch HĐND huyện chủ tọa": a verb in lower case says what the person did.
      if (i > from && !token.upperInitial && pack.roleEndWords.longestAt(this.doc, i)) {
        complete = false;
        break;
      }
      // "Trưởng ban Chỉ đạo ...": a body's head written in lower case right after the title opens the body.
      const headAfterTitle = !token.upperInitial && i > from && this.titleAt(from, true) === i;
      const head = token.upperInitial || headAfterTitle ? (pack.bodyHeads.longestAt(this.doc, i)?.end ?? 0) : 0;
      const compound = head
        ? 0
        : Math.max(pack.bodyCompounds.longestAt(this.doc, i)?.end ?? 0, pack.compounds.longestAt(this.doc, i)?.end ?? 0) ||
          (inBody ? (pack.bodyActions.longestAt(this.doc, i)?.end ?? 0) : 0);
      // "Thị ủy viên", "Đảng ủy viên": a role that opens on a title longer than the compound it starts with is that title.
      const phraseEnd = Math.min(head || compound, limit);
      // "Đại biểu Quốc hội": a title that holds a body's head ("Quốc hội") is read as the compound and that body.
      const longerTitle = i === from && phraseEnd < limit ? this.titleAt(i, true) : -1;
      const titleFirst = longerTitle > phraseEnd && !this.holdsBodyHead(i, longerTitle);
      if (phraseEnd > i && !titleFirst) {
        words += phraseEnd - i;
        to = phraseEnd;
        i = phraseEnd - 1;
        // A capitalized compound ("Đại biểu Quốc hội") names a body; a lower-case one describes it.
        inBody = inBody || head > 0 || !token.upperInitial;
        if (token.upperInitial) bodySeen = true;
        // "Hội Nông dân": a capitalized compound after the head is the body's own name; no description follows.
        if (token.upperInitial && head === 0 && pack.titleEndsAfterLevel) inBody = false;
        continue;
      }
      // "Bí thư Thứ nhất": a title of several words is read whole; "Deputy political commissar":
      // right after a word that makes a title another one, the title may be written in lower case.
      const afterDeputyWord = i === from + 1 && this.deputyWords.has(fold(this.tokens[from]!.text));
      const title = i > from && !afterDeputyWord ? this.titleAt(i, false) : this.titleAt(i, true);
      if (title > i + 1 && title <= limit && !this.holdsBodyHead(i, title)) {
        words += title - i;
        to = title;
        i = title - 1;
        continue;
      }
      const tail = this.roleTailAt(i, limit);
      if (tail > 0) {
        to = tail;
        words += tail - i;
        i = tail - 1;
        continue;
      }
      const bracket = i > from ? Math.max(this.bracketedAbbreviation(i), this.bracketedTerm(i, limit)) : -1;
      if (bracket > 0 && bracket <= limit) {
        to = bracket;
        i = bracket - 1;
        continue;
      }
      // "T.Ư", "Đ/c": an abbreviation written with punctuation is one word of the title.
      const abbreviation = pack.abbreviations.longestAt(this.doc, i);
      if (abbreviation && abbreviation.end > i + 1 && abbreviation.end <= limit) {
        to = abbreviation.end;
        words++;
        i = abbreviation.end - 1;
        continue;
      }
      const next = this.tokens[i + 1];
      // "PCT.HĐND huyện", "CT.UBND": a dot between two words, with no space, joins an abbreviated title to its body.
      if (token.text === '.' && i > from && !token.spaceBefore && next?.kind === 'word' && !next.spaceBefore && next.upperInitial && this.tokens[i - 1]!.kind === 'word' && i + 1 < limit) continue;
      let ok = this.compatible(i);
      const stopUnless = pack.roleStops.get(token.key);
      if (ok && stopUnless && !(next && stopUnless.has(next.key))) ok = false;
      if (ok && pack.chainJoiners.longestAt(this.doc, i)?.end === i + 1 && token.kind === 'word') {
        // "... đổi mới sáng tạo và chuyển đổi số": "và" joins two parts of a description.
        const joinsDescription = inBody && (pack.bodyCompounds.longestAt(this.doc, i + 1) !== null || pack.bodyActions.longestAt(this.doc, i + 1) !== null);
        // "..., member of the Standing Board and head of its Propaganda Department": a lower-case title after "and" that goes on.
        const lowerEnd = next !== undefined && !next.upperInitial ? this.titleAt(i + 1, true) : -1;
        // Not a plural one: "... and members of the Standing Board" are other people.
        const lowerTitle = lowerEnd > i + 1 && lowerEnd < limit && this.compatible(lowerEnd) && !this.pack.plurals.has(this.doc.keys(i + 1, lowerEnd));
        // "former Politburo member and former Chairwoman of ...": a qualifier before the next title.
        const qualifiedTitle = next !== undefined && !next.upperInitial && this.qualifiedTitleAt(i + 1, limit);
        const joinsTitles = next !== undefined && (next.upperInitial || lowerTitle || qualifiedTitle || pack.concurrently.longestAt(this.doc, i + 1) !== null);
        // "Phòng Đoàn thể và các Hội": "và các" before a capital joins two parts of a body's name.
        const joinsBodies = next !== undefined && pack.roleLeadDrop.has(next.key) && !next.upperInitial && this.tokens[i + 2]?.upperInitial === true && i + 2 < limit;
        if (joinsBodies) {
          to = i + 2;
          words += 2;
          i++;
          continue;
        }
        if (!joinsTitles && !joinsDescription) ok = false;
      }
      if (!ok) {
        complete = false;
        break;
      }
      if (pack.levelSyllables.has(token.key) || (token.upperInitial && pack.bodyHeads.longestAt(this.doc, i)?.end !== i + 1)) inBody = false;
      if (i > from && token.upperInitial && token.kind === 'word') bodySeen = true;
      to = i + 1;
      words++;
    }
    return { to, complete, describing: inBody, words };
  }

  /** A body's head ("Quốc hội", "Ban") starts inside the title read from token `start` to `end`. */
  private holdsBodyHead(start: number, end: number): boolean {
    for (let k = start + 1; k < end; k++) if (this.pack.bodyHeads.longestAt(this.doc, k)) return true;
    return false;
  }

  /**
   * An excerpt that ends mid-word ("Ông Lê Minh Hưng, Ủy viên Bộ Ch"): the title's last
   * word is the text's last, with no closing mark, and has no vowel, which no syllable of
   * either language lacks (abbreviations are written in capitals: "TW", "HĐND").
   */
  private cutOff(to: number): boolean {
    if (to !== this.tokens.length) return false;
    const last = this.tokens[to - 1]!;
    return last.kind === 'word' && !last.allCaps && !/[aeiouy]/.test(last.folded);
  }

  /** The title read from tokens `from` .. `to - 1`: leading "the"/"các" and trailing joiners dropped. */
  private makeRole(from: number, to: number): Role | null {
    const pack = this.pack;
    while (from < to && pack.roleLeadDrop.has(this.tokens[from]!.key)) from++;
    // "Secretary of the Provincial Party Committee (PPC)": the abbreviation is said once, not kept.
    if (to - 3 > from && this.bracketedAbbreviation(to - 3) === to) to -= 3;
    const trimmed = (end: number): number => {
      while (end > from) {
        const last = this.tokens[end - 1]!;
        if (pack.roleTrailDrop.has(last.key) || (last.kind === 'punct' && /^[,;:\-–—]$/.test(last.text))) end--;
        else break;
      }
      return end;
    };
    // "... for the 2021-2026 term and Mr. B": the joiner goes first, so the term is found at the end.
    const whole = trimmed(to);
    to = trimmed(this.withoutTerm(from, whole));
    if (to <= from) return null;
    if (this.cutOff(to)) return null;
    const begin = this.tokens[from]!.start;
    // "Vice Chairmen of ...", "were re-elected Deputy Secretaries": a title shared by a list is kept
    // as the text writes it, plural included, like every other title.
    let text = this.doc.text.slice(begin, this.tokens[to - 1]!.end);
    text = text.replace(/\s+/g, ' ');
    if (text.length <= 1) return null;
    const term = this.termText(to, whole);
    return term ? { text, from, to, term } : { text, from, to };
  }

  /** The first term among tokens `from` .. `to - 1` (what `withoutTerm` left out), up to a comma, or undefined. */
  private termText(from: number, to: number): string | undefined {
    let k = from;
    while (k < to && this.tokens[k]!.kind === 'punct') k++;
    let end = k;
    while (end < to && !(this.tokens[end]!.kind === 'punct' && DELIMITERS.has(this.tokens[end]!.text))) end++;
    if (end <= k) return undefined;
    return this.doc.text.slice(this.tokens[k]!.start, this.tokens[end - 1]!.end).replace(/\s+/g, ' ');
  }

  /**
   * A title without its term ("khóa XI", "nhiệm kỳ 2017-2022", "(term 2011-2015)", "for the
   * 2021-2026 term"): the term tells when, not which office.
   */
  private withoutTerm(from: number, to: number): number {
    for (let k = from + 1; k < to; k++) {
      const token = this.tokens[k]!;
      if (this.onlyTerms(k, to)) return k;
      // "for the 2021-2026 term", "in the 2016-2021 tenure", "2015-2020 term": the values come first.
      // "for 2012-2017": the term's years alone, after "for", end a title too.
      const termWord = this.tokens[to - 1]!.kind === 'word' && this.pack.roleTail.longestAt(this.doc, to - 1)?.end === to;
      let opener = k - 1;
      while (opener > from && this.pack.roleLeadDrop.has(this.tokens[opener]!.key)) opener--;
      // "chairman of the District Veterans Union 2022 - 2027": two years joined by a dash end a title on their own too.
      const yearRange = k === to - 3 && DASH_TEXTS.has(this.tokens[k + 1]!.text) && YEAR.test(this.tokens[k]!.text) && YEAR.test(this.tokens[to - 1]!.text);
      const yearsAlone = !termWord && (yearRange || (opener > from && TERM_PREPOSITIONS.has(this.tokens[opener]!.key) && this.tokens[to - 1]!.kind === 'number' && to - k >= 3 && YEAR.test(this.tokens[k]!.text)));
      if (token.kind === 'number' && (termWord || yearsAlone)) {
        let cut = k;
        while (cut - 1 > from && this.pack.roleLeadDrop.has(this.tokens[cut - 1]!.key)) cut--;
        if (cut - 1 > from && TERM_PREPOSITIONS.has(this.tokens[cut - 1]!.key)) cut--;
        let values = true;
        for (let m = k; m < (termWord ? to - 1 : to); m++) if (!(this.tokens[m]!.kind === 'number' || DASH_TEXTS.has(this.tokens[m]!.text))) values = false;
        if (values) return cut;
      }
    }
    return to;
  }

  /** Tokens `from` .. `to - 1` are terms only ("khóa XI nhiệm kỳ 2017-2022", ", term I", "(term 12)"). */
  private onlyTerms(from: number, to: number): boolean {
    let k = from;
    let terms = 0;
    while (k < to) {
      const token = this.tokens[k]!;
      if (token.text === ',' || token.text === '(' || token.text === ')') {
        k++;
        continue;
      }
      const tail = this.roleTailAt(k, to);
      if (tail < 0) return false;
      terms++;
      k = tail;
    }
    return terms > 0;
  }

  /** Tokens `from` .. `to - 1` end on a name: a family name and one to three name syllables. */
  private endsOnName(from: number, to: number): boolean {
    for (let k = Math.max(from + 1, to - 4); k <= to - 2; k++) {
      if (!this.isFamilyName(k)) continue;
      let all = true;
      for (let m = k; m < to; m++) if (!this.nameSyllable(m) || (m > k && !this.spaced(m))) all = false;
      if (all) return true;
    }
    return false;
  }

  /** Token `at - 1` is a joiner word ("và", "and") right before a name, after the title that starts at `from`. */
  private joinerRightBefore(from: number, at: number): boolean {
    const before = this.tokens[at - 1];
    return at - 1 > from && before !== undefined && before.kind === 'word' && this.pack.chainJoiners.longestAt(this.doc, at - 1)?.end === at;
  }

  /** The last "và", "and" among tokens `from` .. `to - 1` that a title follows ("... tỉnh và Đại tá ..."), or -1. */
  private lastJoinerBeforeTitle(from: number, to: number): number {
    for (let k = to - 2; k > from; k--) {
      const joiner = this.pack.chainJoiners.longestAt(this.doc, k);
      if (joiner && joiner.end < to && this.tokens[k]!.kind === 'word' && this.titleAt(joiner.end, false) >= 0) return k;
    }
    return -1;
  }

  /** "Secretary of X and Chairman of Y", "Bí thư ... kiêm Chủ tịch ...": one title each. */
  /** A title qualifier ("former", "nguyên") at token `at`, then a title, in either case, before `limit`. */
  private qualifiedTitleAt(at: number, limit: number): boolean {
    const qualifier = this.pack.titleQualifiers.longestAt(this.doc, at);
    return qualifier !== null && qualifier.end < limit && this.titleAt(qualifier.end, true) >= 0;
  }

  private splitChain(from: number, to: number): Role[] {
    const roles: Role[] = [];
    let last = from;
    for (let k = from + 1; k < to; k++) {
      // "Phó Chủ tịch UBND tỉnh - Trưởng đoàn ĐBQH tỉnh": a spaced dash before a title joins two titles.
      if (this.dashBeforeTitle(k) && k + 1 < to) {
        const role = this.makeRole(last, k);
        if (role) roles.push(role);
        last = k + 1;
        continue;
      }
      const concurrent = this.pack.concurrently.longestAt(this.doc, k);
      if (concurrent && concurrent.end < to) {
        const role = this.makeRole(last, k);
        if (role) roles.push(role);
        last = concurrent.end;
        k = concurrent.end - 1;
        continue;
      }
      const joiner = this.pack.chainJoiners.longestAt(this.doc, k);
      const lowerTitle = joiner ? this.titleAt(joiner.end, true) : -1;
      const lowerTitleGoesOn =
        lowerTitle > 0 && lowerTitle < to && this.pack.roleWords.has(this.tokens[lowerTitle]!.key) && !this.pack.chainJoiners.longestAt(this.doc, lowerTitle) && !this.pack.plurals.has(this.doc.keys(joiner!.end, lowerTitle));
      // "former Politburo member and former Chairwoman of the National Assembly": a qualifier opens the next title.
      const qualifiedTitle = joiner !== null && this.qualifiedTitleAt(joiner.end, to);
      if (joiner && joiner.end < to && (this.titleAt(joiner.end, false) >= 0 || lowerTitleGoesOn || qualifiedTitle || this.titleAfterModifiers(joiner.end, to) >= 0)) {
        const role = this.makeRole(last, k);
        if (role) roles.push(role);
        last = joiner.end;
        k = joiner.end - 1;
      }
    }
    const role = this.makeRole(last, to);
    if (role) roles.push(role);
    return roles;
  }

  /** Where a title starts among tokens `from` .. `end - 1` that end right before a name, or -1. */
  private roleStartBefore(from: number, end: number): number {
    let firstCompatible = end;
    for (let i = end - 1; i >= from; i--) {
      if (i - 2 >= from && this.bracketedAbbreviation(i - 2) === i + 1) {
        i -= 2;
        firstCompatible = i;
        continue;
      }
      if (!this.compatible(i)) {
        // "Giám đốc Hợp tác xã dịch vụ nông nghiệp ...": lower-case words of a body's name.
        const covering = Math.max(
          this.phraseCovering(this.pack.bodyCompounds, i, from),
          this.phraseCovering(this.pack.bodyHeads, i, from),
          this.phraseCovering(this.pack.abbreviations, i, from),
          this.phraseCovering(this.pack.roleTail, i, from),
          this.phraseCovering(this.pack.titles, i, from),
          this.phraseCovering(this.pack.ranks, i, from),
        );
        if (covering < 0) break;
        i = covering;
        firstCompatible = i;
        continue;
      }
      const stopUnless = this.pack.roleStops.get(this.tokens[i]!.key);
      if (stopUnless && !stopUnless.has(this.tokens[i + 1]?.key ?? '')) break;
      firstCompatible = i;
    }
    for (let i = firstCompatible; i < end; i++) {
      const afterModifier = this.pack.modifiersBeforeTitle && i > firstCompatible && this.tokens[i - 1]!.upperInitial && this.tokens[i - 1]!.kind === 'word';
      // "..., and head of the NA's Committee for Deputy Affairs Tran Van Tuy": a title after a
      // comma, a joiner or an article may be written in lower case.
      const listItem =
        i > 0 && (this.tokens[i - 1]!.text === ',' || this.pack.roleLeadDrop.has(this.tokens[i - 1]!.key) || this.pack.chainJoiners.longestAt(this.doc, i - 1)?.end === i);
      if (this.titleAt(i, afterModifier || listItem) < 0) continue;
      const qualifier = this.phraseEndingAt(this.pack.titleQualifiers, i, firstCompatible);
      if (qualifier >= 0) return qualifier;
      // "NA Chairman", "Hai Duong Provincial Party Secretary": English puts the body before the title.
      if (this.pack.modifiersBeforeTitle) {
        let start = i;
        while (start - 1 >= firstCompatible) {
          // "National Assembly (NA) Chairman": the body's abbreviation in brackets inside the words that lead.
          if (start - 3 >= firstCompatible && this.bracketedAbbreviation(start - 3) === start && this.tokens[start - 4]?.upperInitial) {
            start -= 3;
            continue;
          }
          const before = this.tokens[start - 1]!;
          if (before.kind !== 'word' || !before.upperInitial || this.pack.titleModifierStops.has(before.key)) break;
          start--;
        }
        // "former Party leader": a qualifier before the body that leads the title is the title's.
        const leading = this.phraseEndingAt(this.pack.titleQualifiers, start, firstCompatible);
        return leading >= 0 ? leading : start;
      }
      return i;
    }
    return -1;
  }

  /** The start of the first capitalized title after the one at `start`, before `end`, or -1. */
  private nextTitleStart(start: number, end: number): number {
    const first = Math.max(start + 1, this.titleAt(start, true));
    for (let k = first; k < end; k++) if (this.titleAt(k, false) >= 0) return k;
    return -1;
  }

  /** A joiner ("and", "và") between tokens `from` and `to`. */
  private joinerBetween(from: number, to: number): boolean {
    for (let k = from; k < to; k++) if (this.tokens[k]!.kind === 'word' && this.pack.chainJoiners.longestAt(this.doc, k)) return true;
    return false;
  }

  /** Titles in the tokens before a name (`lo` .. `nameStart - 1`), nearest last. */
  private rolesBefore(lo: number, nameStart: number, afterName: boolean, namedAfterTitles = false): Role[] {
    const roles: Role[] = [];
    let end = nameStart;
    // "có Bí thư Tỉnh ủy là ông Trần Đức Thắng": the title, a link word, an honorific.
    const honorific = this.honorificBefore(end, lo);
    if (honorific >= 0) {
      const link = this.phraseEndingAt(this.pack.linkBeforeName, honorific, lo);
      // "Phó Trưởng ban Pháp chế: ông A; ...", "Deputy Head of the Legal Committee: Mr. A": a title, a colon, the person.
      const colon = honorific - 1;
      if (link < 0 && colon > lo && this.tokens[colon]!.text === ':') {
        const titled = this.titleBeforeColon(lo, colon);
        if (titled.length > 0) return titled;
      }
      if (link < 0) {
        // "Phó Chủ tịch UBND tỉnh, ông Nguyễn Văn A cho biết", "The Chairman of ..., Mr. Le Van B,": a title that opens the clause, then the honorific.
        // Only with no name before it in the sentence: "ông A – Bí thư Tỉnh ủy, bà B" gives A the title.
        const comma = honorific - 1;
        const opens = !afterName || this.clauseBreakBetween(lo, comma);
        const appositive = opens && comma > lo && this.tokens[comma]!.text === ',' ? this.appositiveTitle(lo, comma, true) : null;
        return appositive ? this.appositiveChain(lo, appositive) : roles;
      }
      end = link;
    } else {
      const link = this.phraseEndingAt(this.pack.linkBeforeName, end, lo);
      if (link >= 0) end = link;
      // "bầu bổ sung Ủy viên UBND xã đối với Trung tá A": a rank stands between the link and the name.
      const rank = link < 0 ? this.phraseEndingAt(this.pack.ranks, end, lo) : -1;
      const rankLink = rank > lo ? this.phraseEndingAt(this.pack.linkBeforeName, rank, lo) : -1;
      const rankRole = rankLink >= 0 && rank - rankLink >= 2 ? this.makeRole(rank, end) : null;
      if (rankRole) return [...this.rolesBefore(lo, rank, afterName, namedAfterTitles), rankRole];
      // "Commander of the HCMC High Command Lieutenant General Nguyen Van Nam": a rank right after a title, before the
      // name, is a role of its own.
      if (rank > lo && rankLink < 0 && this.tokens[rank - 1]!.kind === 'word') {
        const rankOnly = this.makeRole(rank, end);
        const titles = rankOnly ? this.rolesBefore(lo, rank, afterName, namedAfterTitles) : [];
        if (rankOnly && titles.length > 0 && titles[titles.length - 1]!.to === rank) return [...titles, rankOnly];
      }
    }
    // "A, Chairman of X and B": a joiner right before the name closes the previous name's titles.
    if (this.joinerRightBefore(lo, end)) return roles;
    let first = true;
    while (end > lo) {
      let cut = end - 1;
      while (cut >= lo && !(this.tokens[cut]!.kind === 'punct' && DELIMITERS.has(this.tokens[cut]!.text))) cut--;
      // "Secretary of the Provincial Party Committee (PPC) Nguyen Van Danh".
      while (cut - 2 >= lo && this.bracketedAbbreviation(cut - 2) === cut + 1) {
        cut -= 3;
        while (cut >= lo && !(this.tokens[cut]!.kind === 'punct' && DELIMITERS.has(this.tokens[cut]!.text))) cut--;
      }
      const segmentStart = cut + 1;
      let start = this.roleStartBefore(segmentStart, end);
      // "Chủ tịch Hồ Chí Minh và Đại tướng Võ Nguyên Giáp": a title that ends on a name before the joiner is that name's.
      const joinerAt = start >= 0 ? this.lastJoinerBeforeTitle(start, end) : -1;
      if (joinerAt > start && this.endsOnName(start, joinerAt)) start = this.pack.chainJoiners.longestAt(this.doc, joinerAt)!.end;
      // "A - ..., Chairman of the PPC and Vice Chairmen of the PPC B, C": a plural title after the joiner opens a
      // list of other people; the titles before it are A's.
      if (first && joinerAt > start) {
        const after = this.pack.chainJoiners.longestAt(this.doc, joinerAt)!.end;
        if (this.pluralTitleAt(after) || this.barePluralTitleAt(after)) {
          roles.unshift(...this.splitChain(after, end));
          break;
        }
      }
      if (first && (!afterName || this.clauseBreakBetween(lo, cut)) && segmentStart === end && cut > lo && this.tokens[cut]!.text === ',') {
        // "The newly elected Secretary, Vu Dai Thang, ...": a title set off by a comma before the name
        // (after another name, "A, Bí thư Đảng ủy, Chủ tịch HĐND xã, B, ..." gives that title to A).
        const appositive = this.appositiveTitle(lo, cut);
        if (appositive) return this.appositiveChain(lo, appositive);
      }
      // "miễn nhiệm chức danh Chủ tịch UBND xã khóa I, nhiệm kỳ 2021 - 2026 đối với ông A": a term set off by a
      // comma between the title and the name tells when; the title is before it.
      if (start < 0 && first && segmentStart < end && cut > lo && this.tokens[cut]!.text === ',' && this.onlyTerms(segmentStart, end)) {
        end = cut;
        continue;
      }
      if (start < 0 && first && cut >= lo && this.tokens[cut]!.text === ',') {
        // "Head of the Office of Labour, Invalids and Social Affairs X": the comma is inside the body's name.
        const joined = this.commaInsideBody(lo, cut, end) ?? this.bodyAfterComma(lo, cut, end);
        if (joined) {
          roles.unshift(joined.role);
          if (joined.cut < lo || this.tokens[joined.cut]!.text !== ',') break;
          end = joined.cut;
          first = false;
          continue;
        }
      }
      if (start < 0) break;
      // An earlier segment belongs to the chain when it is all title, or when the title
      // follows a word that introduces attendees ("Cùng dự có Phó Bí thư ..., Chủ tịch ... X").
      // "A and Standing Deputy Secretary of ..., Chairman of ... B": so does a title right after
      // the joiner that follows the previous name.
      const afterJoiner = segmentStart === lo && lo > 0 && this.tokens[lo - 1]!.kind === 'word' && this.pack.chainJoiners.longestAt(this.doc, lo)?.end === start;
      // "...; and Politburo member, Permanent member of ... B": a list's last item opens on the joiner after its semicolon.
      const afterListJoiner = segmentStart > lo && this.tokens[segmentStart - 1]?.text === ';' && this.pack.chainJoiners.longestAt(this.doc, segmentStart)?.end === start;
      if (!first && start > segmentStart && !afterJoiner && !afterListJoiner && this.phraseEndingAt(this.pack.listIntroducers, start, segmentStart) < 0) break;
      // "Colonel A, Political Commissar of ..., and Senior Colonel B": the titles right after A's comma are A's.
      // Unless the text names each person after their titles ("Secretary of X A, Deputy Secretary of X, Chairman of Y B").
      if (!first && afterName && !namedAfterTitles && segmentStart === lo + 1 && this.tokens[lo]?.text === ',' && this.tokens[lo - 1]?.kind === 'word') break;
      if (start < segmentStart) start = segmentStart;
      // "Thừa ủy quyền của Chủ tịch nước, Thứ trưởng ... X", "On behalf of the State President, Vice President X":
      // the title after the marker is the principal's; the person's own title, if any, is the next one.
      if (this.phraseEndingAt(this.pack.principalMarkers, start, Math.max(0, start - this.pack.principalMarkers.maxTokens)) >= 0) {
        const own = this.nextTitleStart(start, end);
        if (own >= 0) roles.unshift(...this.splitChain(own, end));
        break;
      }
      // "A, Phó Giám đốc Công an tỉnh và Đại tá B": between two names, only the titles after the last joiner are B's.
      if (first && cut === lo && lo > 0 && this.tokens[lo]!.text === ',' && this.tokens[lo - 1]!.kind === 'word') {
        const joiner = this.lastJoinerBeforeTitle(start, end);
        if (joiner > start) start = this.pack.chainJoiners.longestAt(this.doc, joiner)!.end;
      }
      roles.unshift(...this.splitChain(start, end));
      if (cut < lo || this.tokens[cut]!.text !== ',') break;
      end = cut;
      first = false;
    }
    return roles;
  }

  /** The titles of the item that ends at the colon `colon` when the item is all title (not a plural one a list shares), else none. */
  private titleBeforeColon(lo: number, colon: number): Role[] {
    let segmentStart = colon - 1;
    while (segmentStart >= lo && !(this.tokens[segmentStart]!.kind === 'punct' && DELIMITERS.has(this.tokens[segmentStart]!.text))) segmentStart--;
    segmentStart++;
    while (segmentStart < colon && this.pack.roleLeadDrop.has(this.tokens[segmentStart]!.key)) segmentStart++;
    if (segmentStart >= colon || this.pluralTitleAt(segmentStart)) return [];
    return this.roleStartBefore(segmentStart, colon) === segmentStart ? this.splitChain(segmentStart, colon) : [];
  }

  /**
   * A title that opens its clause ("The newly elected Secretary", "Chairman of the PPC")
   * and ends at the comma `cut` before a name; null when the clause is anything else, or
   * when it follows another name (then it is that name's title).
   */
  private appositiveTitle(lo: number, cut: number, opensClause = false): { from: number; to: number } | null {
    let start = cut - 1;
    while (start >= lo && !(this.tokens[start]!.kind === 'punct' && DELIMITERS.has(this.tokens[start]!.text))) start--;
    start++;
    // "..., while Vice Director of X, B, ...": the title opens the clause after the opener.
    for (let m = cut - 1; m >= start; m--) {
      if (!this.clauseOpenerAt(m)) continue;
      start = this.pack.clauseOpeners.longestAt(this.doc, m)!.end;
      break;
    }
    if (start <= lo && lo > 0 && this.tokens[lo - 1]?.kind === 'word') return null;
    let k = start;
    while (k < cut && (this.pack.roleLeadDrop.has(this.tokens[k]!.key) || this.pack.titleQualifiers.longestAt(this.doc, k) !== null)) k = this.pack.titleQualifiers.longestAt(this.doc, k)?.end ?? k + 1;
    // "newly-elected": describing words between the article and the title.
    let title = -1;
    for (let m = k; m < cut && m < k + 4; m++) {
      // "Party Central Committee member and Deputy Head of ...": English capitalized words before the title open it.
      if (this.titleAt(m, false) >= 0 || (m === k && this.titleAfterModifiers(m, cut) > m)) {
        title = m;
        break;
      }
      if (this.tokens[m]!.kind !== 'word') break;
    }
    // `opensClause`: the title is the clause's first word ("Authorized by the State President, ..." names no title of the person).
    if (title < 0 || (opensClause && title !== k)) return null;
    const prefix = this.rolePrefix(title, cut);
    if (!prefix.complete || prefix.to !== cut) return null;
    return { from: title, to: cut };
  }

  /**
   * A semicolon among tokens `from` .. `to - 1`: the clause of the name before it has ended
   * ("..., A; Vice Chairman of ..., B, ..."), so a title after it is the next name's.
   */
  private clauseBreakBetween(from: number, to: number): boolean {
    for (let k = from; k < to; k++) if (this.tokens[k]!.text === ';' || this.clauseOpenerAt(k)) return true;
    return false;
  }

  /** "..., while Vice Director of X, Nguyen Van B, is ...": a lower-case word that opens a clause, at token `k`. */
  private clauseOpenerAt(k: number): boolean {
    const token = this.tokens[k]!;
    return token.kind === 'word' && !token.upperInitial && this.pack.clauseOpeners.longestAt(this.doc, k) !== null;
  }

  /**
   * "Alternate Member of the Party Central Committee, Deputy Secretary of ..., Chairman of
   * ..., Ho Van Mung, chaired": clauses before the appositive title that are each all title
   * are the same person's chain.
   */
  private appositiveChain(lo: number, appositive: { from: number; to: number }): Role[] {
    const roles = this.splitChain(appositive.from, appositive.to);
    let from = appositive.from;
    while (from - 1 > lo && this.tokens[from - 1]!.text === ',') {
      const earlier = this.appositiveTitle(lo, from - 1, true);
      if (!earlier) break;
      roles.unshift(...this.splitChain(earlier.from, earlier.to));
      from = earlier.from;
    }
    return roles;
  }

  /** A title before a name whose body's name holds commas (", Invalids and Social Affairs", ", Sports, and Tourism"). */
  private commaInsideBody(lo: number, cut: number, end: number): { role: Role; cut: number } | null {
    const opening = this.tokens[cut + 1];
    const joinerFirst =
      opening !== undefined && cut + 2 < end && this.pack.chainJoiners.longestAt(this.doc, cut + 1)?.end === cut + 2 && this.tokens[cut + 2]?.upperInitial === true;
    if (!opening?.upperInitial && !joinerFirst) return null;
    let joiner = false;
    for (let k = cut + 1; k < end; k++) if (this.tokens[k]!.kind === 'word' && this.pack.chainJoiners.longestAt(this.doc, k)?.end === k + 1) joiner = true;
    if (!joiner || !this.rolePrefix(joinerFirst ? cut + 2 : cut + 1, end).complete) return null;
    let comma = cut;
    for (let segments = 0; segments < 4; segments++) {
      let previous = comma - 1;
      while (previous >= lo && !(this.tokens[previous]!.kind === 'punct' && DELIMITERS.has(this.tokens[previous]!.text))) previous--;
      const start = this.roleStartBefore(previous + 1, comma);
      if (start >= 0) {
        if (!this.rolePrefix(start, comma).complete) return null;
        const role = this.makeRole(start, end);
        return role ? { role, cut: previous } : null;
      }
      if (previous < lo || this.tokens[previous]!.text !== ',' || !this.tokens[previous + 1]?.upperInitial || !this.rolePrefix(previous + 1, comma).complete) return null;
      comma = previous;
    }
    return null;
  }

  /**
   * "Phó Vụ trưởng Vụ Địa phương II, Ban Tổ chức Trung ương X": a title whose body is a unit
   * of a larger body, written after a comma; the segment before the name opens on a body's head.
   */
  private bodyAfterComma(lo: number, cut: number, end: number): { role: Role; cut: number } | null {
    const opening = this.tokens[cut + 1];
    if (!opening?.upperInitial || !this.pack.bodyHeads.longestAt(this.doc, cut + 1)) return null;
    const body = this.rolePrefix(cut + 1, end);
    if (!body.complete || body.to !== end) return null;
    let previous = cut - 1;
    while (previous >= lo && !(this.tokens[previous]!.kind === 'punct' && DELIMITERS.has(this.tokens[previous]!.text))) previous--;
    const start = this.roleStartBefore(previous + 1, cut);
    // The title opens its segment, or follows a word that introduces attendees ("Dự hội nghị có ...").
    if (start < 0 || (start !== previous + 1 && this.phraseEndingAt(this.pack.listIntroducers, start, previous + 1) < 0)) return null;
    if (!this.rolePrefix(start, cut).complete) return null;
    const role = this.makeRole(start, end);
    return role ? { role, cut: previous } : null;
  }

  /**
   * "Science, Technology, Innovation and Digital Transformation": capitalized segments
   * that are no title, up to one joined by "and", are one body's name.
   */
  private closesCapitalizedList(from: number, limit: number): boolean {
    let i = from;
    for (let segments = 0; segments < 8 && i < limit; segments++) {
      const token = this.tokens[i];
      if (!token || !token.upperInitial || this.startsWithTitle(i, false)) return false;
      let end = i;
      let joined = false;
      while (end < limit && this.tokens[end]!.text !== ',') {
        if (this.pack.chainJoiners.longestAt(this.doc, end)?.end === end + 1 && this.tokens[end]!.kind === 'word') joined = true;
        end++;
      }
      if (joined) return true;
      if (!this.rolePrefix(i, end).complete) return false;
      i = end + 1;
    }
    return false;
  }

  /** End of the segment starting at `i`: the next "," or ";" (or a spaced dash in dash mode), before `limit`. */
  private segmentEnd(i: number, limit: number, dashes: boolean): number {
    let k = i;
    for (; k < limit; k++) {
      const token = this.tokens[k]!;
      if (token.kind !== 'punct') continue;
      if (token.text === ',' || token.text === ';') break;
      if (dashes && DASH_TEXTS.has(token.text) && (token.spaceBefore || this.tokens[k + 1]?.spaceBefore) && !this.inPlace(k) && !this.joinsTwoFields(k)) break;
      if (this.dashBeforeTitle(k)) break;
    }
    return k;
  }

  /** "Hội đồng Thi đua – Khen thưởng tỉnh": a dash between two fields of work a body is named after joins them. */
  private joinsTwoFields(k: number): boolean {
    return this.phraseEndingAt(this.pack.bodyActions, k, Math.max(0, k - this.pack.bodyActions.maxTokens)) >= 0 && this.pack.bodyActions.longestAt(this.doc, k + 1) !== null;
  }

  /** "Thành ủy viên- Bí thư Huyện ủy", "Tỉnh ủy viên - Bí thư": a spaced dash after a title's end, before a capitalized title, joins two titles. */
  private dashBeforeTitle(k: number): boolean {
    const token = this.tokens[k]!;
    const next = this.tokens[k + 1];
    return DASH_TEXTS.has(token.text) && next !== undefined && next.spaceBefore && !this.inPlace(k) && this.startsWithTitle(k + 1, false);
  }

  /**
   * Titles after a name (tokens from `at`, before `limit`). `nextName`: where the next
   * name starts; a title that runs into it without a delimiter is that name's title.
   */
  private rolesAfter(at: number, limit: number, nextName: number, nameStart = -1): Role[] {
    const roles: Role[] = [];
    const opener = this.tokens[at];
    if (!opener || at >= limit) return roles;
    let i: number;
    let end = limit;
    let dashes = false;
    if (opener.text === '(') {
      let close = at + 1;
      while (close < limit && close < at + WINDOW && this.tokens[close]!.text !== ')') close++;
      if (close >= limit || this.tokens[close]!.text !== ')') return roles;
      // "(thứ 2 từ trái sang), Bí thư Huyện ủy", "(centre) and ...": a caption's place in the picture, then the titles.
      if (!this.startsWithTitle(at + 1, true) && this.tokens[close + 1]?.text === ',' && close + 1 < limit) return this.rolesAfter(close + 1, limit, nextName);
      i = at + 1;
      end = close;
    } else if (DASH_TEXTS.has(opener.text)) {
      i = at + 1;
      dashes = true;
    } else if (opener.text === ',') {
      i = at + 1;
    } else if (nameStart >= 0 && this.spaced(at) && this.startsWithTitle(at, false) && this.listItemOpensAt(nameStart)) {
      // "Tham dự có các đồng chí: ...; Nguyễn Văn A Tỉnh ủy viên, Phó Chủ tịch UBND tỉnh; ...": an item of a
      // list whose comma after the name was left out.
      i = at;
    } else {
      // "was re-elected as ...", "được bầu giữ chức ...", "has held the positions of A, B".
      const verb = this.pack.roleVerbs.longestAt(this.doc, at);
      const title = verb ? this.titleAfterVerb(verb.end) : -1;
      if (title < 0) return roles;
      i = title;
    }
    let describing = false;
    // Roles read before the current comma-delimited item, and whether the item went on past a dash.
    let itemStart = 0;
    let viaDash = false;
    while (i < end) {
      const segmentEnd = this.segmentEnd(i, end, dashes);
      const delimiter = this.tokens[segmentEnd];
      // ", concurrently Chairman of ...", ", kiêm Chủ tịch ...", ", làm Trưởng đoàn": one more title.
      const concurrent = this.pack.concurrently.longestAt(this.doc, i);
      const verb = concurrent ? null : this.pack.roleVerbs.longestAt(this.doc, i);
      let start = concurrent ? concurrent.end : i;
      if (verb && roles.length > 0 && this.startsWithTitle(verb.end, true)) start = verb.end;
      // "A, who was then Politburo member, ...", "A, được bầu giữ chức ...": a verb of two words or more opens the first segment.
      else if (verb && roles.length === 0 && verb.end - i >= 2) {
        const given = this.titleAfterVerb(verb.end);
        if (given > 0 && given < segmentEnd) start = given;
      }
      // ", a member of ...": an article before the title.
      if (start < segmentEnd && !this.tokens[start]!.upperInitial && this.pack.roleLeadDrop.has(this.tokens[start]!.key) && this.startsWithTitle(start + 1, true)) {
        // "ông A - Chủ tịch UBMTTQ phường, các Phó Chủ tịch UBND phường cùng ...": a plural title opens other people.
        if (roles.length > 0 && this.pluralTitleAt(start)) break;
        start++;
      }
      // "A, Deputy Secretary of ..., Head of ..., and Secretary of ...,": the last title of the chain after
      // "and". Only when a delimiter closes it: "..., and Chairman B" opens the next person.
      const lastJoiner = roles.length > 0 && start < segmentEnd && !concurrent ? this.pack.chainJoiners.longestAt(this.doc, start) : null;
      if (lastJoiner && segmentEnd < end && this.tokens[start - 1]?.text === ',' && this.startsWithTitle(lastJoiner.end, true) && !this.pluralTitleAt(lastJoiner.end)) start = lastJoiner.end;
      if (start >= segmentEnd) break;
      if (!this.startsWithTitle(start, true)) {
        if (roles.length === 0 || concurrent) break;
        const continuation = this.continuation(start, segmentEnd, end, describing);
        if (!continuation) break;
        const previous = roles.pop()!;
        // "..., Chairman of the Committee for Science, Technology and Environment Phan Xuan Dung": that title is the next name's.
        if (continuation.complete && segmentEnd === nextName && continuation.to === nextName) break;
        const merged = this.makeRole(previous.from, continuation.to);
        if (merged) roles.push(merged);
        describing = continuation.describing;
        if (!continuation.complete || delimiter?.text !== ',') break;
        i = segmentEnd + 1;
        continue;
      }
      const prefix = this.rolePrefix(start, segmentEnd);
      // "..., Chairman of X Nguyen Van B": a title that runs into the next name is that name's;
      // "A, Phó Giám đốc Công an tỉnh và Đại tá B": the titles before the last joiner stay A's.
      if (prefix.complete && segmentEnd === nextName && prefix.to === nextName) {
        const joiner = this.lastJoinerBeforeTitle(start, prefix.to);
        if (joiner > start) roles.push(...this.splitChain(start, joiner));
        // "A, Phó Bí thư Tỉnh ủy, Chủ tịch HĐND tỉnh và B, ...": a joiner right before the next name
        // closes A's chain; the title before it is A's.
        else if (this.joinerRightBefore(start, nextName)) roles.push(...this.splitChain(start, nextName - 1));
        // "A, Phó Chủ tịch UBND tỉnh - Trưởng đoàn ĐBQH tỉnh B, ...": a dash binds the titles of one
        // item closer than the comma before it, so the whole item is the next name's.
        else if (viaDash) roles.splice(itemStart);
        break;
      }
      if (prefix.to > start) roles.push(...this.splitChain(start, prefix.to));
      describing = prefix.describing;
      if (!prefix.complete) {
        // "... MTTQ Việt Nam làm Trưởng đoàn": a verb that gives one more title.
        // "Mr. A - Vice Chairman of the PPC is the Head of the Committee": after an article too.
        const next = this.pack.roleVerbs.longestAt(this.doc, prefix.to);
        const given = next && next.end < end ? this.titleAfterVerb(next.end) : -1;
        if (given > 0 && given < end) {
          i = given;
          continue;
        }
        // "Trưởng Công an huyện phụ trách Đảng bộ xã ...": a lower-case title right after a title is one more.
        const lowerTitle = prefix.to > start && prefix.to < end && this.spaced(prefix.to) && !this.tokens[prefix.to]!.upperInitial && this.titleAt(prefix.to, true) > prefix.to && !this.pack.roleEndWords.longestAt(this.doc, prefix.to);
        if (lowerTitle) {
          i = prefix.to;
          continue;
        }
        // "Head of Mass Mobilization of the Provincial Party Committee cum Chairman of ...": one more title.
        const concurrently = prefix.to > start ? this.pack.concurrently.longestAt(this.doc, prefix.to) : null;
        if (concurrently && concurrently.end < end && this.startsWithTitle(concurrently.end, true)) {
          i = prefix.to;
          continue;
        }
        if (!this.extendsToItemEnd(roles, prefix.to, segmentEnd, end)) break;
      }
      if (!delimiter) break;
      if (delimiter.text === ';') {
        // "...; and Secretary of the Gia Lai Party Committee": the list of titles goes on.
        let next = segmentEnd + 1;
        const joiner = this.pack.chainJoiners.longestAt(this.doc, next);
        if (joiner) next = joiner.end;
        if (!this.startsWithTitle(next, false)) break;
        // "...; Vice Chairmen of the Provincial People's Council, ...": a plural title names other people.
        const title = this.titleAt(next, false);
        if (title > next && this.pack.plurals.has(this.doc.keys(next, title))) break;
        // "...; Deputy Secretary of the PPC, Chairman of the PPC Le Ngoc Chau": titles that run into a name are that name's.
        if (this.nameAhead(next, this.doc.sentences[this.tokens[next]!.sentence]!.endToken)) break;
        i = next;
        continue;
      }
      if (!(delimiter.text === ',' || (dashes && DASH_TEXTS.has(delimiter.text)) || this.dashBeforeTitle(segmentEnd))) break;
      viaDash = !dashes && delimiter.text !== ',';
      if (!viaDash) itemStart = roles.length;
      i = segmentEnd + 1;
    }
    return roles;
  }

  /** A name (a family name and a name syllable) among tokens `from` .. `limit - 1`, before the next ";". */
  private nameAhead(from: number, limit: number): boolean {
    for (let k = from; k + 1 < limit; k++) {
      const token = this.tokens[k]!;
      if (token.text === ';') return false;
      if (this.nameSyllable(k) && this.isFamilyName(k) && this.nameSyllable(k + 1) && this.spaced(k + 1) && !this.isOrgWord(k + 1, false) && !this.inPlace(k)) return true;
    }
    return false;
  }

  /**
   * A segment after a comma that continues the last title: the rest of a body's name
   * ("Department of Labour, Invalids and Social Affairs"; "Ban Chỉ đạo phát triển khoa học,
   * công nghệ, ..."; "Đảng ủy MTTQ, các đoàn thể Trung ương") or its term (", nhiệm kỳ 2017-2022").
   */
  private continuation(start: number, segmentEnd: number, end: number, describing: boolean): { to: number; complete: boolean; describing: boolean } | null {
    const first = this.tokens[start]!;
    const tail = this.roleTailAt(start, segmentEnd);
    if (tail > 0) return { to: tail, complete: tail === segmentEnd, describing: false };
    if (!first.upperInitial && this.pack.roleLeadDrop.has(first.key)) {
      const rest = this.rolePrefix(start + 1, segmentEnd, true);
      return rest.to > start + 1 && rest.complete ? { to: rest.to, complete: true, describing: rest.describing } : null;
    }
    const continuation = this.rolePrefix(start, segmentEnd, describing);
    const continues =
      continuation.to > start &&
      ((first.upperInitial && (continuation.complete || this.tokens[continuation.to]?.kind === 'punct') && this.closesCapitalizedList(start, end)) ||
        (describing && !first.upperInitial && (continuation.complete || continuation.words >= 2)));
    return continues ? continuation : null;
  }

  // --- names --------------------------------------------------------------------------

  /** Index of the word before token `i`, skipping the full stop of "TP.", or -1. */
  private wordBefore(i: number, floor: number): number {
    let k = i - 1;
    if (k >= floor && this.tokens[k]!.text === '.' && !this.tokens[k]!.spaceBefore) k--;
    return k >= floor && this.tokens[k]!.kind === 'word' ? k : -1;
  }

  /** Where a name with an unlisted surname starts in the run `from` .. `to - 1`, or -1. */
  private rareSurnameStart(from: number, to: number, floor: number): number {
    const runLength = to - from;
    let start = -1;
    let minimum = 3;
    const first = this.tokens[from]!;
    if (runLength >= 3 && this.pack.honorificsBeforeRareName.longestAt(this.doc, from)?.end === from + 1 && first.upperInitial) {
      start = from + 1;
      minimum = 2;
    } else if (this.honorificBefore(from, floor) >= 0) {
      start = from;
      minimum = 2;
    } else {
      const before = this.tokens[from - 1];
      const levelBefore =
        before !== undefined &&
        from - 1 >= floor &&
        before.kind === 'word' &&
        (before.allCaps || this.pack.bodyOfLevel.longestAt(this.doc, from - 1)?.end === from || this.pack.levelWords.longestAt(this.doc, from - 1)?.end === from ||
          this.phraseEndingAt(this.pack.levelWords, from, floor) >= 0);
      if (levelBefore) start = from;
      else if (this.pack.modifiersBeforeTitle) {
        // "... Party Committee Khuong Van Thanh": the name follows the body's last word.
        for (let i = to - 3; i >= from + 1; i--) {
          if (this.isOrgWord(i - 1, false) && !this.isOrgWord(i, true)) {
            start = i;
            break;
          }
        }
      }
    }
    if (start < 0 || to - start < minimum || to - start > 4) return -1;
    for (let k = start; k < to; k++) if (!this.nameSyllable(k) || this.inPlace(k) || this.isOrgWord(k, k === start)) return -1;
    return start;
  }

  /** Name spans in the sentence of tokens `from` .. `to - 1`. */
  private findNameSpans(from: number, to: number): NameSpan[] {
    const spans: NameSpan[] = [];
    const pack = this.pack;
    let i = from;
    while (i < to) {
      if (!this.nameSyllable(i) && !(this.word(i)?.capitalized ?? false)) {
        i++;
        continue;
      }
      // A run starts after whitespace or punctuation, never inside "Rịa-Vũng".
      const previous = i > from ? this.tokens[i - 1] : undefined;
      if (previous && !this.tokens[i]!.spaceBefore && (previous.kind !== 'punct' || DASH_TEXTS.has(previous.text) || previous.text === "'" || previous.text === '’')) {
        i++;
        continue;
      }
      let runEnd = i + 1;
      while (runEnd < to && this.tokens[runEnd]!.kind === 'word' && this.tokens[runEnd]!.capitalized && this.spaced(runEnd)) runEnd++;
      // "Nguyen Phu Trong’s visit": a possessive ends the run on the name's last syllable.
      const possessive = runEnd < to && this.spaced(runEnd) && this.possessiveSyllable(runEnd);
      if (possessive) runEnd++;
      const runStart = i;
      i = runEnd;
      const runLength = runEnd - runStart;
      if (runLength < 2) continue;
      const after = runEnd < to && this.spaced(runEnd) && this.tokens[runEnd]!.kind === 'word' ? this.tokens[runEnd] : undefined;
      // "xã Hà Kỳ", "Thai Hoc commune": a place, whatever its first word looks like.
      const before = this.wordBefore(runStart, from);
      let afterPlaceWord = false;
      if (runLength <= 2 && before >= 0 && pack.placeBefore.longestAt(this.doc, before)?.end !== undefined && this.endsAt(pack.placeBefore, before, runStart)) {
        // "Phó Chủ tịch HĐND huyện Vũ Hùng điều hành": after the body of a level and before
        // a lower-case verb, two syllables may be a person; the caller keeps them only when a
        // title precedes and the text never names such a place.
        const body = before - 1 >= from && (this.tokens[before - 1]!.allCaps || this.phraseEndingAt(pack.bodyOfLevel, before, from) >= 0);
        if (!(runLength === 2 && body && after && !after.upperInitial && !pack.placeAfter.has(after.key))) continue;
        afterPlaceWord = true;
      }
      if (after && pack.placeAfter.has(after.key)) continue;
      const rare = this.rareSurnameStart(runStart, runEnd, from);
      const regular: NameSpan[] = [];
      let k = runStart;
      while (k < runEnd) {
        // "Bí thư Tỉnh Đoàn Lạng Sơn": a family name that ends a body's compound ("Tỉnh Đoàn") starts no name.
        const compoundStart = k > runStart ? this.phraseCovering(this.pack.compounds, k, runStart) : -1;
        if (!this.nameSyllable(k) || !this.isFamilyName(k) || this.inPlace(k) || this.isOrgWord(k, true) || (compoundStart >= 0 && compoundStart < k)) {
          k++;
          continue;
        }
        // "Ông Kim Ngọc Thái làm Chủ tịch ...": an honorific opening a headline is capitalized and may be a family
        // name too ("Ông Văn Tùng"); before another family name and two more syllables it is the honorific.
        if (k + 4 <= runEnd && this.isFamilyName(k + 1) && this.pack.honorifics.longestAt(this.doc, k)?.end === k + 1) {
          k++;
          continue;
        }
        // A name after an honorific, or one that opens its run after a lower-case title
        // ("Phó Chủ tịch HĐND tỉnh Nguyễn Đài Thy"), may hold a word that names bodies elsewhere.
        const firmStart = k === runStart || this.honorificBefore(k, from) >= 0;
        let j = k;
        while (j + 1 < runEnd && j - k < 4 && this.nameGoesOn(k, j + 1, runEnd, possessive, firmStart)) j++;
        // "Trinh Thi M" (a text cut mid-word, an initial): no full name ends in a lone letter.
        if (this.tokens[j]!.text.length < 2) {
          k = j + 1;
          continue;
        }
        const count = j - k + 1;
        // "Tran Hung Dao Hospital": a body named after a person is not that person.
        const namesABody = j + 1 < runEnd && pack.namesakeAfter.has(this.tokens[j + 1]!.key);
        if (count >= 2 && !namesABody) {
          let start = k;
          // "các đồng chí: Uông Chu Lưu": one name-shaped syllable before a family name, at
          // the start of a list item, is the family name.
          // "Y Giang Gry Niê Knơng", "Y Biêr Niê": an Ê Đê man's name opens on "Y", before the family name.
          if (k > runStart && this.tokens[k - 1]!.text === 'Y' && (k - 1 === runStart || !this.nameSyllable(k - 2))) start = k - 1;
          else if (k === runStart + 1 && count <= 3 && !this.isOrgWord(runStart, true) && !this.pack.honorifics.longestAt(this.doc, runStart) && !this.inPlace(runStart) && this.nameSyllable(runStart) && this.listItemStart(runStart, from)) start = runStart;
          // "Nguyễn Hương giang, Phó Bí thư ...": a two-syllable name whose last syllable was typed in lower case, when the text writes it capitalized elsewhere.
          const typed = count === 2 && j + 1 === runEnd ? this.lowerLastSyllable(start, j + 1) : null;
          if (typed !== null) j++;
          const span = this.nameSpan(start, j + 1, afterPlaceWord);
          regular.push(typed !== null ? { ...span, name: typed } : possessive && j + 1 === runEnd ? { ...span, name: span.name.slice(0, -2) } : span);
        }
        k = j + 1;
      }
      spans.push(...regular);
      if (rare >= 0 && !regular.some((span) => span.from < runEnd && rare < span.to)) {
        let family = false;
        for (let m = rare; m < runEnd; m++) if (this.isFamilyName(m)) family = true;
        if (!family) spans.push({ ...this.nameSpan(rare, runEnd, false), rare: true });
      }
    }
    return spans.sort((a, b) => a.from - b.from);
  }

  /** Token `next` continues the name that starts at family name `k`, in a run that ends at `runEnd`. */
  private nameGoesOn(k: number, next: number, runEnd: number, possessive: boolean, firmStart: boolean): boolean {
    // "Le Van Huong Le Van Huong": a name typed twice ends before its family and middle names come again.
    if (next - k >= 2 && this.tokens[next]!.key === this.tokens[k]!.key && this.tokens[next + 1]?.key === this.tokens[k + 1]!.key) return false;
    if (!this.nameSyllable(next) && !(possessive && next === runEnd - 1)) return false;
    if (!this.isOrgWord(next, false)) return true;
    // "ông Hà Quang Dự, nguyên Ủy viên ...": after an honorific, a word that is no name elsewhere
    // ("dự", to attend) ends the name when it closes the run before a comma or a dash.
    const closing = this.tokens[runEnd];
    if (next === runEnd - 1 && next >= k + 2 && closing !== undefined && (closing.text === ',' || DASH_TEXTS.has(closing.text)) && this.honorificBefore(k, Math.max(0, k - 4)) >= 0 && (this.pack.compounds.longestAt(this.doc, next)?.end ?? next) <= next + 1) return true;
    if (!firmStart || next !== k + 1) return false;
    // "Phạm Văn Hoá": a middle name right after the family name, before one more syllable, is
    // the name's even when it opens a compound elsewhere ("văn hoá", culture).
    const middle = this.tokens[next]!;
    const middleName = this.names.middleNames.has(middle.key) && !this.pack.neverName.has(middle.key) && next + 1 < runEnd && this.nameSyllable(next + 1);
    return middleName || this.orgWordInsideName(next, runEnd);
  }

  /**
   * "bà Nguyễn Đài Thy": right after an honoured family name, a word that names bodies
   * elsewhere ("Đài", a station) is a middle syllable when another name syllable follows it
   * in the run and it opens no compound.
   */
  private orgWordInsideName(i: number, runEnd: number): boolean {
    if (!this.pack.neverName.has(this.tokens[i]!.key)) return false;
    if ((this.pack.compounds.longestAt(this.doc, i)?.end ?? i) > i + 1) return false;
    return i + 1 < runEnd && this.nameSyllable(i + 1) && !this.isOrgWord(i + 1, false);
  }

  private endsAt(lexicon: Lexicon<unknown>, start: number, end: number): boolean {
    return lexicon.longestAt(this.doc, start)?.end === end || (this.tokens[end - 1]?.text === '.' && lexicon.longestAt(this.doc, start)?.end === end - 1);
  }

  /** Token `i` starts an item of a list: after ":", ";", ",", an honorific or the sentence start. */
  private listItemStart(i: number, floor: number): boolean {
    if (i <= floor) return true;
    const previous = this.tokens[i - 1]!;
    if (previous.kind === 'punct' && (previous.text === ':' || previous.text === ';' || previous.text === ',' || previous.text === '(')) return true;
    return this.honorificBefore(i, floor) >= 0;
  }

  private nameSpan(from: number, to: number, afterPlaceWord: boolean): NameSpan {
    const name = this.doc.text.slice(this.tokens[from]!.start, this.tokens[to - 1]!.end).replace(/\s+/g, ' ');
    return afterPlaceWord ? { from, to, name, afterPlaceWord } : { from, to, name };
  }

  /**
   * "Chánh Văn phòng Huyện ủy Hà Khẩu.": two syllables right after a body of a level, with no
   * honorific and nothing after them that could give a title (no comma, no dash), name the
   * body's place. Dropped before the titles are read, so that the title runs on over them.
   */
  private placeOfLevelBody(span: NameSpan, floor: number): boolean {
    if (span.to - span.from !== 2 || this.honorificBefore(span.from, floor) >= 0) return false;
    if (this.phraseEndingAt(this.pack.bodyOfLevel, span.from, floor) < 0) return false;
    const next = this.tokens[span.to];
    return next === undefined || (next.kind === 'punct' && next.text !== ',' && !DASH_TEXTS.has(next.text)) || this.pack.placeAfter.has(next.key);
  }

  /** "tư tưởng Hồ Chí Minh", "Trường Nguyễn Trãi": a name that names something else. */
  private isNamesake(span: NameSpan, floor: number): boolean {
    // "Trường THCS Lê Quý Đôn", "Trường Tiểu học Nguyễn Trãi": the kind of school may stand between.
    let before = span.from;
    for (let steps = 0; steps < 3 && before - 1 > floor; steps++) {
      const kind = this.phraseCovering(this.pack.bodyCompounds, before - 1, floor);
      if (kind >= 0) before = kind;
      else if (this.tokens[before - 1]!.allCaps) before--;
      else break;
    }
    const namesake = Math.max(this.phraseEndingAt(this.pack.namesakeBefore, span.from, floor), before < span.from ? this.phraseEndingAt(this.pack.namesakeBefore, before, floor) : -1);
    // "HĐND thành phố Lê Văn Hiệu": "phố" (a street) closes the word for a city, whose head the name follows.
    if (namesake >= 0 && !(namesake > floor && this.pack.compounds.longestAt(this.doc, namesake - 1)?.end === span.from)) return true;
    // "kỷ niệm ngày sinh Đại tướng Võ Nguyên Giáp", "the birth anniversary of General ...": a commemoration's namesake with a title.
    const title = this.roleStartBefore(Math.max(floor, span.from - 12), span.from);
    if (title > floor && this.phraseEndingAt(this.pack.commemorations, title, floor) >= 0) return true;
    // "tượng đài đồng chí Hoàng Văn Thụ", "Lăng Chủ tịch Hồ Chí Minh": a monument's namesake, honoured or titled.
    const honoured = this.honorificBefore(span.from, floor);
    const honour = honoured >= 0 ? honoured : title;
    if (honour > floor && this.phraseEndingAt(this.pack.namesakeBefore, honour, floor) >= 0 && !(this.pack.compounds.longestAt(this.doc, honour - 1)?.end === honour)) return true;
    const after = this.tokens[span.to];
    return after !== undefined && this.spaced(span.to) && after.kind === 'word' && this.pack.namesakeAfter.has(after.key);
  }

  // --- the reading ---------------------------------------------------------------------

  /** Names two syllables long that the text also uses as places ("tại xã Lê Lợi"): never people. */
  /**
   * "awards merit certificates of ... to Ly Ngoc Minh", "trao Bằng khen cho Nguyễn Văn A":
   * a full name of three or more syllables right after the recipient word of an award named
   * earlier in its sentence is a person, though no title goes with it (a body's name goes on
   * with a capital: "to Ho Chi Minh City Youth Union").
   */
  private awardRecipient(span: { readonly from: number; readonly to: number; readonly rare?: boolean }, sentenceStart: number): boolean {
    if (span.rare || span.to - span.from < 3 || span.from < 1) return false;
    if (this.recipientIntroducerBefore(span.from) < 0) return false;
    const next = this.tokens[span.to];
    // A caption's last word may be the name: the next line's first word goes on nothing.
    if (next && next.kind === 'word' && next.upperInitial && !next.newlineBefore) return false;
    return this.pack.awards.findAll(this.doc, sentenceStart, span.from - 1).length > 0;
  }

  /**
   * Start of the recipient word ("cho", "to") that introduces the name at `from`: right before
   * it, or before a lower-case noun of a person and its qualifiers ("cho đảng viên cao tuổi
   * Nguyễn Thị Hoa", "to veteran party member Tran Van Nam"); -1 when there is none.
   */
  private recipientIntroducerBefore(from: number): number {
    for (let k = from - 1; k >= 0 && k >= from - 5; k--) {
      const token = this.tokens[k]!;
      if (token.kind !== 'word') return -1;
      if (this.pack.recipientIntroducers.longestAt(this.doc, k)?.end === k + 1 && !token.upperInitial) {
        if (k === from - 1) return k;
        // The words between name a person: one is a noun of a person, none is capitalised.
        if (!this.personNounWithin(k + 1, from)) return -1;
        for (let j = k + 1; j < from; j++) if (this.tokens[j]!.upperInitial) return -1;
        return k;
      }
      if (token.upperInitial) return -1;
    }
    return -1;
  }

  /** Whether a noun of a person ("party member", "đảng viên") starts within [from, to). */
  private personNounWithin(from: number, to: number): boolean {
    for (let j = from; j < to; j++) {
      const hit = this.pack.recipients.longestAt(this.doc, j);
      if (hit && hit.value === 'individual' && hit.end <= to) return true;
    }
    return false;
  }

  /**
   * "Nguyen Van Nam said ...", "..., said Tran Thi Lan", "according to Le Van Hoa", "Nguyễn Văn
   * Nam cho biết", "Le Van Khoa, a farmer": a full name of three or more syllables right
   * before or after a verb of speech, or described after a comma, is a person, though the
   * text gives no title or honorific.
   */
  private speaker(span: { readonly from: number; readonly to: number; readonly rare?: boolean }, sentenceStart: number): boolean {
    if (span.rare || span.to - span.from < 3) return false;
    const after = this.pack.speechVerbs.longestAt(this.doc, span.to);
    if (after && this.spaced(span.to) && !this.tokens[span.to]!.upperInitial) return true;
    // "Le Van Khoa, a farmer in ...": a person described after a comma.
    if (this.tokens[span.to]?.text === ',') {
      const described = this.pack.personDescribers.longestAt(this.doc, span.to + 1);
      const next = described ? this.tokens[described.end] : undefined;
      if (next && next.kind === 'word' && !next.upperInitial) return true;
    }
    if (this.phraseEndingAt(this.pack.speechVerbs, span.from, sentenceStart) >= 0 && !this.tokens[span.from - 1]!.upperInitial) return true;
    return this.leader(span, sentenceStart);
  }

  /**
   * "The delegation was headed by Le Van Hoa", "Nguyễn Văn Hòa dẫn đầu đoàn công tác": a full
   * name that a verb puts at the head of a group or a sitting is a person's (a body that leads
   * goes on with a capital or a body word, so it never reads as a full name here).
   */
  private leader(span: { readonly from: number; readonly to: number }, sentenceStart: number): boolean {
    const after = this.pack.leadVerbs.longestAt(this.doc, span.to);
    if (after && this.spaced(span.to) && !this.tokens[span.to]!.upperInitial) return true;
    return this.phraseEndingAt(this.pack.leadVerbs, span.from, sentenceStart) >= 0 && !this.tokens[span.from - 1]!.upperInitial;
  }

  private placeNames(): Set<string> {
    const out = new Set<string>();
    const tokens = this.tokens;
    for (let i = 1; i + 2 < tokens.length; i++) {
      const token = tokens[i]!;
      if (token.kind !== 'word' || token.upperInitial) continue;
      const hit = this.pack.levelWords.longestAt(this.doc, i) ?? this.pack.placeBefore.longestAt(this.doc, i);
      if (!hit) continue;
      const before = tokens[i - 1]!;
      if (before.kind !== 'word' || before.allCaps || this.phraseEndingAt(this.pack.bodyOfLevel, i, 0) >= 0) continue;
      const a = hit.end;
      if (this.nameSyllable(a) && this.nameSyllable(a + 1) && this.spaced(a + 1) && !(tokens[a + 2]?.capitalized && this.spaced(a + 2))) {
        out.add(fold(`${tokens[a]!.text} ${tokens[a + 1]!.text}`));
      }
    }
    return out;
  }

  /** "Provincial Party Committee (PPC)": abbreviations the text defines, folded, with the folded words they stand for. */
  private readonly localAbbreviations = new Map<string, string[]>();

  private readDefinitions(): void {
    for (let i = 1; i + 2 < this.tokens.length; i++) {
      if (this.tokens[i]!.text === '(' && this.readJoinedDefinition(i)) continue;
      if (this.bracketedAbbreviation(i) !== i + 3) continue;
      const letters = this.tokens[i + 1]!.text;
      // The words before the bracket whose initials spell the abbreviation.
      const words: string[] = [];
      for (let k = i - 1; k >= 0 && words.length < letters.length + 2; k--) {
        const token = this.tokens[k]!;
        if (token.kind !== 'word' || !token.upperInitial) break;
        words.unshift(token.text);
        const initials = words.map((word) => word.charAt(0)).join('');
        if (fold(initials) === fold(letters)) {
          this.localAbbreviations.set(fold(letters), words.map(fold));
          break;
        }
      }
    }
  }

  /**
   * "Sở Thông tin và Truyền thông (TT&TT)": an abbreviation of syllable initials with "&" for the joiner,
   * in brackets after the name it spells; recorded as a local abbreviation. Whether one was read at `open`.
   */
  private readJoinedDefinition(open: number): boolean {
    let close = open + 1;
    let written = '';
    while (close < this.tokens.length && close < open + 8 && this.tokens[close]!.text !== ')') {
      const token = this.tokens[close]!;
      if (close > open + 1 && token.spaceBefore) return false;
      if (!(token.kind === 'word' ? token.allCaps : token.text === '&')) return false;
      written += token.text;
      close++;
    }
    if (this.tokens[close]?.text !== ')' || !written.includes('&') || /^&|&$|&&/.test(written)) return false;
    const letters = fold(written.replace(/&/g, '')).toLowerCase();
    const initials: string[] = [];
    for (let k = open - 1; k >= 0 && open - k < letters.length + 3; k--) {
      const token = this.tokens[k]!;
      if (token.kind !== 'word' || token.newlineBefore) return false;
      if (this.pack.chainJoiners.longestAt(this.doc, k)?.end !== k + 1) initials.unshift(fold(token.text.charAt(0)).toLowerCase());
      const spelled = initials.join('');
      if (spelled === letters && token.upperInitial) {
        // The name's words as a title's words are compared ("tư" of "Đầu tư" reads as the abbreviation it also is).
        const name = this.doc.text.slice(token.start, this.tokens[open - 1]!.end);
        this.localAbbreviations.set(fold(written).toLowerCase(), [...spelledWords(name, undefined)]);
        return true;
      }
      if (!letters.endsWith(spelled)) return false;
    }
    return false;
  }

  /** `full` is `short` with an abbreviation the text defines spelled out (the same office, both ways). */
  private spelledOut(short: string, full: string): boolean {
    if (this.localAbbreviations.size === 0 || !repeatsRole(full, [short], this.localAbbreviations)) return false;
    return [...this.localAbbreviations.keys()].some((abbreviation) => fold(short).toLowerCase().includes(abbreviation) && !fold(full).toLowerCase().includes(abbreviation));
  }

  read(): PeopleResult {
    this.readDefinitions();
    const accepted: Accepted[] = [];
    const nameSpans: { start: number; end: number }[] = [];
    const placeNames = this.placeNames();
    let risk = 0;
    let unread = 0;
    let last: Accepted | undefined;
    this.findWrappedNames();
    for (let index = 0; index < this.doc.sentences.length; index++) {
      const sentence = this.doc.sentences[index]!;
      const from = sentence.firstToken;
      let to = sentence.endToken;
      // A sentence cut by a hard-wrapped name goes on with the next line.
      while (this.wrapped.has(to) && index + 1 < this.doc.sentences.length) to = this.doc.sentences[++index]!.endToken;
      const found = this.findNameSpans(from, to);
      for (const span of found) if (span.to - span.from >= 3) nameSpans.push({ start: this.tokens[span.from]!.start, end: this.tokens[span.to - 1]!.end });
      // A namesake ("Trường THCS Lê Quý Đôn") is no person: a title may run into it ("Hiệu trưởng Trường THCS Lê Quý Đôn").
      // ("Bà mẹ Việt Nam anh hùng": the country's name after an honorific is a title's words, no person.)
      const named = found.filter((span) => !this.isNamesake(span, from) && !this.placeOfLevelBody(span, from) && !COUNTRY_NAMES.has(fold(span.name)));
      // "Ông Đức từng giữ các chức ...": a person named before, called by an honorific and the given name.
      let calledBefore: Accepted | undefined;
      const spans = named.filter((span) => {
        const person = this.calledByGivenName(span, from, accepted);
        if (person) calledBefore ??= person;
        return person === undefined;
      });
      const inSentence: Accepted[] = [];
      if (spans.length > 0) {
        const byline = this.bylineAt(from, to);
        const sharedTitles = this.sharedTitles(from, to);
        // The shared title whose list the current name is in, and whether that list is of bare names (its first name
        // has no title of its own): such a list ends at a ";" before a person introduced with an honorific and titles
        // after the name ("former Deputy Secretaries: A, B; Mr. C, former Chairman of ...": C is not one of them).
        let sharedIndex = -1;
        let bareList: boolean | null = null;
        let listEnded = false;
        const honorificList = this.honorificListStart(from, to);
        let previous: Accepted | null = null;
        let previousBefore: Role[] = [];
        let previousLinked: Role[] = [];
        let previousHonorific = false;
        const givenByVerb = this.listsBeforeRoleVerb(spans);
        for (const [index, span] of spans.entries()) {
          if (byline !== null && span.from > byline.start && span.from < byline.end) continue;
          const previousEnd = index > 0 ? spans[index - 1]!.to : from;
          const lo = Math.max(from, span.from - WINDOW, previousEnd);
          const nextStart = spans[index + 1]?.from ?? to;
          const hi = Math.min(nextStart, span.to + WINDOW, to);
          const honorific = this.honorificBefore(span.from, lo) >= 0 || (honorificList >= 0 && span.from >= honorificList);
          // "Director of Nguyen Trai School": a name after "of" belongs to a body's name.
          const ofBody = span.from - 1 >= lo && /^(?:of|the|của|và)$/.test(this.tokens[span.from - 1]!.key);
          // "Secretary of X A, Deputy Secretary of X, Chairman of Y B": the previous name came after a chain of
          // its own titles, and no joiner stands between the two names; the text names each person after their titles.
          const namedAfterTitles = previous !== null && previous.span.to === lo && previousBefore.length > 1 && !this.joinerBetween(lo, span.from);
          let before = ofBody ? [] : this.rolesBefore(lo, span.from, index > 0, namedAfterTitles);
          // Then a title read both after the previous name and before this one is this one's.
          if (namedAfterTitles && previous !== null && before.length > 0) {
            const claimed = previous;
            const kept = claimed.roles.filter((role) => role.from < claimed.span.to || !before.some((mine) => mine.from <= role.from && role.from < mine.to));
            claimed.roles.splice(0, claimed.roles.length, ...kept);
          }
          // "Vice Chairmen ... A and B", "A, B, and C": names listed together.
          const joined = previous !== null && this.listed(previous.span.to, span.from);
          if (joined && before.length === 0) before = previousBefore;
          // "bầu bổ sung Ủy viên UBND tỉnh đối với ông A, Giám đốc Công an tỉnh và ông B, ...": the title linked
          // to A is B's too when only a joiner (and an honorific) follows A's own titles.
          if (!joined && before.length === 0 && previous !== null && previousLinked.length > 0 && this.joinedAfterTitles(previous, span.from)) before = previousLinked;
          const linked = before.length > 0 && (this.linkedBefore(span.from, lo) || before === previousLinked) ? before : [];
          const after = this.rolesAfter(span.to, hi, spans[index + 1]?.from ?? -1, span.from);
          const own = [...before, ...after];
          while (sharedIndex + 1 < sharedTitles.length && sharedTitles[sharedIndex + 1]!.listFrom <= span.from) {
            sharedIndex++;
            bareList = null;
            listEnded = false;
          }
          const shared = sharedIndex >= 0 ? sharedTitles[sharedIndex]! : null;
          if (shared && !listEnded) {
            // (The shared title itself, read before the first name, is not the name's own.)
            const titled = own.some((role) => role.from !== shared.role.from);
            if (bareList === null) bareList = !titled;
            else if (bareList && honorific && after.length > 0 && this.semicolonBetween(previousEnd, span.from)) listEnded = true;
          }
          const sharedRoles = shared && !listEnded && !own.some((role) => fold(role.text).startsWith(shared.head)) ? [shared.role] : [];
          // Two-syllable names ("To Lam") need a title or an honorific right next to them.
          const titleRightBefore = before.length > 0 && before[before.length - 1]!.to >= span.from - 1 && this.tokens[span.from - 1]?.kind === 'word';
          const cues =
            (honorific ? 1 : 0) + (before.length > 0 ? 1 : 0) + (after.length > 0 ? 1 : 0) + (sharedRoles.length > 0 ? 1 : 0) + (givenByVerb[index] ? 1 : 0);
          const syllables = span.to - span.from;
          const ok = (cues > 0 || joined || this.awardRecipient(span, from) || this.speaker(span, from)) && (syllables >= 3 || honorific || after.length > 0 || titleRightBefore || sharedRoles.length > 0);
          if (!ok) {
            // A full name left unread may be a person the text names without a cue we know.
            if (syllables >= 3 && !span.rare && !span.afterPlaceWord) unread++;
            continue;
          }
          // "Chánh Văn phòng Huyện ủy Hà Khẩu": two syllables right after a body of a level, with no title or honorific of their own, name its place.
          if (syllables === 2 && !honorific && after.length === 0 && sharedRoles.length === 0 && this.phraseEndingAt(this.pack.bodyOfLevel, span.from, lo) >= 0) continue;
          // "Vice Chairman of the People's Council of Hua Phan": two syllables after "of" name a place, not a person.
          if (ofBody && syllables === 2 && after.length === 0 && sharedRoles.length === 0 && this.honorificBefore(span.from, lo) < 0) continue;
          if (span.afterPlaceWord && (!titleRightBefore || placeNames.has(fold(span.name)))) continue;
          // "đồng chí Lò Văn A, Hờ A B và ...": a full name listed right after one the honorific opens shares that honorific.
          const listedAfterHonorific: boolean = joined && previousHonorific;
          if (span.rare && !(honorific || (syllables >= 3 && (titleRightBefore || listedAfterHonorific || givenByVerb[index])))) continue;
          const mention: Accepted = { span, roles: [...sharedRoles, ...own], cues, group: [] };
          // Listed before a verb that gives the list its title, each name with its own honorific.
          const listedForVerb = previous !== null && givenByVerb[index] === true && givenByVerb[index - 1] === true && this.listed(previous.span.to, span.from, true);
          if ((joined || listedForVerb) && previous) {
            mention.group = previous.group;
            mention.group.push(mention);
          } else mention.group = [mention];
          inSentence.push(mention);
          accepted.push(mention);
          if (span.rare || syllables === 2 || span.afterPlaceWord) risk++;
          previous = mention;
          previousBefore = before;
          previousLinked = linked;
          previousHonorific = honorific || listedAfterHonorific;
        }
      }
      // "He has held the positions of ...": a sentence that opens with a pronoun speaks of the person last named.
      if (inSentence.length === 0 && calledBefore === undefined) calledBefore = this.givenNameIn(from, to, accepted);
      const pronoun = inSentence.length === 0 ? (calledBefore ?? (last !== undefined && this.pronounOpens(from, to) ? last : undefined)) : undefined;
      this.rolesByVerb(from, to, inSentence, pronoun);
      if (inSentence.length > 0) last = inSentence[inSentence.length - 1];
    }
    return this.merge(accepted, nameSpans, risk + unread);
  }

  /**
   * The person named in full before whom `span` calls by an honorific and the last syllable of the name
   * alone ("Ông Đức", "ông Phụng", "Mr. Duc"), when exactly one such person was named; else undefined.
   */
  private calledByGivenName(span: NameSpan, sentenceStart: number, named: readonly Accepted[]): Accepted | undefined {
    let nameFrom = span.from;
    // At a sentence's start the honorific is capitalized and read with the name.
    const inside = this.pack.honorifics.longestAt(this.doc, span.from);
    if (inside && inside.end < span.to && this.tokens[span.from]!.upperInitial) nameFrom = inside.end;
    else if (this.honorificBefore(span.from, Math.max(sentenceStart, span.from - 3)) < 0) return undefined;
    if (span.to - nameFrom !== 1) return undefined;
    return this.namedWithGivenName(this.tokens[nameFrom]!.folded, named);
  }

  /** "Trước khi sáp nhập, ông Phụng từng giữ ...": an honorific and one capitalized syllable among tokens `from` .. `to - 1`, a person named before. */
  private givenNameIn(from: number, to: number, named: readonly Accepted[]): Accepted | undefined {
    // Most sentences come before any person is named, or name none: nothing to look up.
    if (named.length === 0) return undefined;
    for (let k = from; k + 1 < to; k++) {
      const honorific = this.pack.honorifics.longestAt(this.doc, k);
      if (!honorific || this.tokens[k]!.upperInitial) continue;
      const given = this.tokens[honorific.end];
      const after = this.tokens[honorific.end + 1];
      if (!given || given.kind !== 'word' || !given.capitalized || (after && after.kind === 'word' && after.upperInitial)) continue;
      const person = this.namedWithGivenName(given.folded, named);
      if (person) return person;
    }
    return undefined;
  }

  private namedWithGivenName(given: string, named: readonly Accepted[]): Accepted | undefined {
    let person: Accepted | undefined;
    for (const mention of named) {
      if (mention.span.to - mention.span.from < 3 || this.tokens[mention.span.to - 1]!.folded !== given) continue;
      if (person && fold(person.span.name) !== fold(mention.span.name)) return undefined;
      person ??= mention;
    }
    // The person alone, not the list the name was first read in.
    return person ? { span: person.span, roles: person.roles, cues: person.cues, group: [person] } : undefined;
  }

  /**
   * The sentence speaks of the person last named: it opens with a pronoun ("He has held ..."),
   * or a clause after a comma opens with one right before a verb that gives a title
   * ("During the 12th Congress, he was elected ...").
   */
  private pronounOpens(from: number, to: number): boolean {
    if (this.pack.pronouns.longestAt(this.doc, from) !== null) return true;
    for (let k = from + 1; k < to; k++) {
      if (this.tokens[k - 1]!.text !== ',') continue;
      // "có 25 ông, bà trúng cử ...": words of a pair counted together name the people elected, not the last one named.
      if (k >= 2 && this.pack.pronouns.longestAt(this.doc, k - 2)?.end === k - 1) continue;
      const pronoun = this.pack.pronouns.longestAt(this.doc, k);
      if (pronoun && this.pack.roleVerbs.longestAt(this.doc, pronoun.end)) return true;
    }
    return false;
  }

  /** Tokens `from` .. `nameStart - 1` are a link word before the name, with its honorific ("của ông", "đối với bà"). */
  private linkedToName(from: number, nameStart: number): boolean {
    const honorific = this.honorificBefore(nameStart, from);
    const end = honorific >= 0 ? honorific : nameStart;
    return end > from && this.phraseEndingAt(this.pack.linkBeforeName, end, from) === from;
  }

  /** Where a title starts after a verb that gives it: right after, or after an article ("was elected an alternate member"). */
  private titleAfterVerb(at: number): number {
    // "tái đắc cử chức Chủ tịch", "giữ chức vụ Phó Chủ tịch", "was appointed to the post of": words naming
    // the post stand between the verb and the title. A verb ending in "chức" may open one ("chức vụ").
    let post = this.pack.positionWords.longestAt(this.doc, at)?.end ?? (at > 0 ? (this.pack.positionWords.longestAt(this.doc, at - 1)?.end ?? -1) : -1);
    // "từng giữ các chức vụ: Bí thư Tỉnh đoàn, ...": a list of past posts after a colon.
    if (post > at && this.tokens[post]?.text === ':' && !this.tokens[post + 1]?.newlineBefore) post++;
    if (post > at && this.startsWithTitle(post, true)) return post;
    // "từng giữ các chức vụ quan trọng tại Hải Dương: Trưởng Ban ...": a few words describing the posts
    // before the colon that opens their list.
    if (post > at) {
      for (let k = post; k < post + 7 && k < this.tokens.length; k++) {
        const token = this.tokens[k]!;
        if (token.newlineBefore && k > post) break;
        if (token.text === ':') {
          if (!this.tokens[k + 1]?.newlineBefore && this.startsWithTitle(k + 1, true)) return k + 1;
          break;
        }
        if (token.kind === 'punct') break;
      }
    }
    if (this.startsWithTitle(at, true)) return at;
    // "holding the following positions: Director of ...; Deputy Minister ...": the verb's list after a colon.
    if (this.tokens[at]?.text === ':' && !this.tokens[at + 1]?.newlineBefore && this.startsWithTitle(at + 1, true)) return at + 1;
    const token = this.tokens[at];
    return token !== undefined && !token.upperInitial && this.pack.roleLeadDrop.has(token.key) && this.startsWithTitle(at + 1, true) ? at + 1 : -1;
  }

  /**
   * Only a comma and/or a joiner between two names: they are listed together. With
   * `honorific`, the second name may open on its own honorific ("A and Mr B were
   * re-elected ..."): a verb after the list then gives its title to both, while a title
   * before the first name stays its own.
   */
  private listed(previousEnd: number, start: number, honorific = false): boolean {
    let end = start;
    if (honorific) {
      for (let k = previousEnd + 1; k < start; k++) {
        const found = this.pack.honorifics.longestAt(this.doc, k);
        const close = found && this.tokens[found.end]?.text === '.' ? found.end + 1 : found?.end;
        if (close === start) {
          end = k;
          break;
        }
      }
    }
    const count = end - previousEnd;
    if (count < 1 || count > 2) return false;
    for (let k = previousEnd; k < end; k++) {
      const token = this.tokens[k]!;
      if (token.text !== ',' && this.pack.chainJoiners.longestAt(this.doc, k)?.end !== k + 1) return false;
    }
    return true;
  }

  /**
   * "Bí thư Đảng ủy Công ty cổ phần xi măng X; Phó Chủ tịch UBND tỉnh": a body's name written
   * with lower-case words, in a list of posts whose next item opens with a capitalised title:
   * the whole item is the title, and the list goes on. Only plain words may stand between (no
   * verb of the packs, no honorific) and the item ends on a capitalised name, so a clause after
   * a title ("..., phát biểu, ...") is never taken.
   */
  private extendsToItemEnd(roles: Role[], from: number, itemEnd: number, end: number): boolean {
    const last = roles[roles.length - 1];
    if (!last || from >= itemEnd || itemEnd >= end || itemEnd - from > 10) return false;
    const delimiter = this.tokens[itemEnd]!.text;
    if ((delimiter !== ',' && delimiter !== ';') || !this.startsWithTitle(itemEnd + 1, false) || !this.tokens[itemEnd + 1]!.upperInitial) return false;
    for (let k = from; k < itemEnd; k++) {
      const token = this.tokens[k]!;
      if (token.newlineBefore) return false;
      if (token.kind === 'punct' && token.text !== '(' && token.text !== ')') return false;
      if (token.kind !== 'word' && token.kind !== 'number' && token.kind !== 'punct') return false;
      if (this.pack.roleVerbs.longestAt(this.doc, k) || this.pack.roleEndWords.longestAt(this.doc, k) || this.pack.speechVerbs.longestAt(this.doc, k) || this.pack.honorifics.longestAt(this.doc, k)) return false;
      if (this.pack.leadVerbs.longestAt(this.doc, k) || this.pack.givingVerbs.longestAt(this.doc, k)) return false;
    }
    // A body's name ends on its proper name ("... Vicem Hoàng Mai", "... ma túy (PC47)"); a clause ends on a verb.
    const closing = this.tokens[itemEnd - 1]!.text === ')' ? this.tokens[itemEnd - 2] : this.tokens[itemEnd - 1];
    // "... Thường thực Tỉnh ủy": a capitalised word, then the lower-case end of a body's name, ends one too.
    const before = closing ? this.tokens[closing.index - 1] : undefined;
    const bodyEnd = closing !== undefined && this.pack.roleWords.has(closing.key) && before !== undefined && before.kind === 'word' && before.upperInitial && closing.index - 1 >= from;
    if (!closing || closing.kind !== 'word' || !(closing.upperInitial || bodyEnd)) return false;
    const extended = this.makeRole(last.from, itemEnd);
    if (!extended) return false;
    roles[roles.length - 1] = extended;
    return true;
  }

  /** "Ảnh: ...", "Photo: ...", "Bài, ảnh: ...": what follows in the sentence credits a writer or photographer. */
  private bylineAt(from: number, to: number): { start: number; end: number } | null {
    for (let i = from; i < to; i++) {
      const marker = this.pack.bylineMarkers.longestAt(this.doc, i);
      if (!marker || this.tokens[marker.end]?.text !== ':' || (i !== from && this.tokens[i - 1]!.kind !== 'punct')) continue;
      // "(Photo: SGGP) Secretary of ... Nguyen Quyet Thang": a credit in brackets ends at its bracket; the caption goes on.
      if (i > from && this.tokens[i - 1]!.text === '(') {
        for (let k = marker.end + 1; k < to; k++) if (this.tokens[k]!.text === ')') return { start: i, end: k + 1 };
      }
      return { start: i, end: to };
    }
    return null;
  }

  /** "comrades: A, B ..." / "các đồng chí: A, ...": where the list after the honorific starts, or -1. */
  private honorificListStart(from: number, to: number): number {
    for (let i = from; i < to; i++) if (this.tokens[i]!.text === ':' && this.honorificBefore(i + 1, from) >= 0) return i + 1;
    return -1;
  }

  /**
   * End of the honorifics that open a list ("các ông, bà", "the comrades", "ông/bà") at
   * token `at`, or `at` itself when none does: they stand between a list's verb and its colon.
   */
  private honorificRunEnd(at: number): number {
    let k = at;
    const marker = this.pack.pluralMarkers.longestAt(this.doc, k);
    const first = this.pack.honorifics.longestAt(this.doc, marker ? marker.end : k);
    if (!first) return at;
    k = first.end;
    for (;;) {
      const separator = this.tokens[k];
      if (!separator || (separator.text !== ',' && separator.text !== '/' && this.pack.chainJoiners.longestAt(this.doc, k)?.end !== k + 1)) return k;
      const next = this.pack.honorifics.longestAt(this.doc, k + 1);
      if (!next) return k;
      k = next.end;
    }
  }

  /** Every shared title of tokens `from` .. `to - 1` ("former Secretaries: A, B; former Deputy Secretaries: C, D"), in order. */
  private sharedTitles(from: number, to: number): { role: Role; head: string; listFrom: number }[] {
    const found: { role: Role; head: string; listFrom: number }[] = [];
    for (let start = from; found.length < MAX_SHARED_TITLES; ) {
      const next = this.sharedTitle(start, to);
      if (!next) break;
      found.push(next);
      start = next.listFrom;
    }
    return found;
  }

  private semicolonBetween(from: number, to: number): boolean {
    for (let k = from; k < to; k++) if (this.tokens[k]!.text === ';') return true;
    return false;
  }

  /**
   * "Các Phó Bí thư Tỉnh ủy Bắc Ninh gồm có: ...", "Party Central Committee members: ...":
   * a plural title, then a list of names that each hold it.
   */
  private sharedTitle(from: number, to: number): { role: Role; head: string; listFrom: number } | null {
    let colon = false;
    for (let i = from; i < to && !colon; i++) if (this.tokens[i]!.text === ':') colon = true;
    for (let i = from; i + 1 < to; i++) {
      if (this.tokens[i]!.kind !== 'word') continue;
      // "3 Phó Bí thư khác là A, B, C": a counted title links its list without a colon.
      const counter = this.tokens[i - 1];
      const counted = i > from && counter !== undefined && (counter.kind === 'number' || this.pack.numberWords.has(counter.key));
      // Without a colon or a count only a plural title may link a list (by a verb, below); a quick test first.
      if (!colon && !counted && !(this.tokens[i]!.upperInitial || this.pack.pluralMarkers.longestAt(this.doc, i))) continue;
      const marker = this.pack.pluralMarkers.longestAt(this.doc, i);
      let titleStart = marker ? marker.end : i;
      const modified = this.titleAfterModifiers(titleStart, to);
      const roleStart = titleStart;
      if (modified >= 0) titleStart = modified;
      // "4 deputy chairwomen include Mrs. A, Mrs. B": a counted title may be written in lower case, when the names follow.
      const lowerCounted = counted && modified < 0 && this.titleAt(titleStart, false) < 0;
      // "Attending were members of the Provincial Party Committee: A - ...; B - ...": before a colon, a plural title
      // may be written in lower case too.
      const lowerPlural = colon && modified < 0 && this.pack.plurals.has(this.tokens[titleStart]!.key);
      const titleEnd = this.titleAt(titleStart, modified >= 0 || counted || lowerPlural);
      if (titleEnd < 0) continue;
      const plural = this.pack.plurals.has(this.doc.keys(titleStart, titleEnd));
      // "Các Phó Chủ tịch UBND tỉnh gồm ông A, B và C": in a language without plural forms the marker makes the title plural.
      const markedPlural = marker !== null && !this.pack.modifiersBeforeTitle;
      if (!colon && !counted && !plural && !markedPlural) {
        i = Math.max(i, titleEnd - 1);
        continue;
      }
      // "Các đồng chí Phó Bí thư Tỉnh ủy: A, B": the honorific before the title says it is shared.
      const honorificLead = !marker && i > from && this.phraseEndingAt(this.pack.honorifics, i, from) >= 0;
      if (!plural && !counted && !markedPlural && !honorificLead) continue;
      const prefix = this.rolePrefix(titleStart, Math.min(to, titleStart + WINDOW));
      let roleEnd = prefix.to;
      let k = prefix.to;
      // "các Phó Bí thư Tỉnh ủy, nhiệm kỳ 2025-2030 gồm:": the term between is no part of the role.
      const tail = this.roleTailAt(this.tokens[k]?.text === ',' ? k + 1 : k, to);
      if (tail >= 0) k = tail;
      // "04 Ủy viên UBND tỉnh, nhiệm kỳ 2016 - 2021, bao gồm: ...": the term set off by commas on both sides.
      if (tail >= 0 && this.tokens[k]?.text === ',') k++;
      // "Các Phó Chủ tịch UBND tỉnh trong nhiệm kỳ này, gồm ...", "The Vice Chairmen of the PPC for the new term include
      // ...": "this term" between is no part of the role either (the title's run may have taken its first words).
      if (tail < 0) {
        for (let j = Math.max(titleEnd, prefix.to - 2); j <= prefix.to; j++) {
          const current = this.pack.currentTerm.longestAt(this.doc, j);
          if (current && current.end >= prefix.to) {
            roleEnd = j;
            k = current.end;
            break;
          }
        }
      }
      const others = this.pack.listOthers.longestAt(this.doc, k);
      if (others) k = others.end;
      // "the National Assembly deputies of Tien Giang province, including A, B and C": a comma before the introducer.
      // ("a presidium of 55 members, including ...": a bare count of members is the body's size, no title.)
      if (this.tokens[k]?.text === ',' && (plural || markedPlural) && !counted && prefix.to - roleStart > 1 && this.pack.listIntroducers.longestAt(this.doc, k + 1)) k++;
      const introducer = this.pack.listIntroducers.longestAt(this.doc, k);
      if (introducer) k = this.honorificRunEnd(introducer.end);
      // "The Vice Chairmen of the PPC include Mr. A; Mr. B": a plural title links its list by a verb, as a counted one does.
      const linked = counted || plural || markedPlural;
      const link = linked && this.tokens[k]?.text !== ':' ? this.pack.linkBeforeName.longestAt(this.doc, k) : null;
      if (link) k = link.end - 1;
      else if (linked && introducer && this.tokens[k]?.text !== ':') k--;
      if (this.tokens[k]?.text !== ':' && !(linked && (link || introducer))) {
        i = Math.max(i, titleEnd - 1);
        continue;
      }
      // Without a colon or a count, the list must start right there: "Vice Chairmen ... were present, and Mr. A ..." names no member.
      const viaVerb = !counted && this.tokens[k]?.text !== ':';
      if ((lowerCounted || viaVerb) && !(this.nameSyllable(k + 1) || this.pack.honorifics.longestAt(this.doc, k + 1))) {
        i = Math.max(i, titleEnd - 1);
        continue;
      }
      const role = this.makeRole(roleStart, roleEnd);
      if (!role) continue;
      return { role, head: fold(this.doc.text.slice(this.tokens[titleStart]!.start, this.tokens[titleEnd - 1]!.end)), listFrom: k + 1 };
    }
    return null;
  }

  /**
   * "Thượng tướng Nguyễn Hồng Thái, ... được Bộ Chính trị điều động, ..., giữ chức Bí thư
   * Tỉnh ủy": a verb that gives a title gives it to the last person (or list of people)
   * named before it.
   */
  private rolesByVerb(from: number, to: number, mentions: Accepted[], pronoun: Accepted | undefined): void {
    if (mentions.length === 0 && !pronoun) return;
    // Mentions come in the order of the text: the owner and the next name are then found
    // by pointers that only move forward (a scan of every mention at every verb made a
    // long sentence of names and verbs quadratic). Out of order, each verb scans them all.
    const inOrder = mentions.every((mention, index) => index === 0 || (mention.span.from >= mentions[index - 1]!.span.from && mention.span.to >= mentions[index - 1]!.span.to));
    let ended = 0;
    let following = 0;
    for (let i = from; i < to; i++) {
      const verb = this.pack.roleVerbs.longestAt(this.doc, i);
      if (!verb) continue;
      const start = this.titleAfterVerb(verb.end);
      // A one-word verb ("là", "became") gives a title only to a list of names right before it
      // ("A, B and C became Deputy Secretaries"): elsewhere it is too common a word.
      const oneWord = verb.end - i < 2;
      // "nếu được bầu là đại biểu Quốc hội, ông sẽ ...", "if elected as a deputy": a post only hoped for.
      const hoped = this.phraseEndingAt(this.pack.conditionalMarkers, i, Math.max(from, i - 3)) >= 0;
      if (start < 0 || hoped || (oneWord && !this.listEndsAt(mentions, i))) {
        i = verb.end - 1;
        continue;
      }
      let owner: Accepted | undefined = pronoun;
      let nextName: Accepted | undefined;
      if (inOrder) {
        while (ended < mentions.length && mentions[ended]!.span.to <= i) ended++;
        if (ended > 0) owner = mentions[ended - 1];
        while (following < mentions.length && mentions[following]!.span.from < start) following++;
        nextName = mentions[following];
      } else {
        for (const mention of mentions) if (mention.span.to <= i) owner = mention;
        nextName = mentions.find((mention) => mention.span.from >= start);
      }
      const limit = Math.min(nextName ? nextName.span.from : to, start + WINDOW);
      const verbAt = i;
      const roles = this.rolesAfter(i, limit, nextName ? nextName.span.from : -1);
      i = Math.max(i, (roles[roles.length - 1]?.to ?? verb.end) - 1);
      if (!owner) continue;
      const items = owner.group.length === 1 ? this.itemsBeforeVerb(owner, mentions, verbAt, from) : null;
      // "thôi giữ chức Bí thư Tỉnh ủy của ông A", "miễn nhiệm chức vụ ... đối với bà B": a link word ties the
      // title to the name after it (read with that name), not to the one before the verb.
      if (nextName && roles.length > 0 && this.linkedToName(roles[roles.length - 1]!.to, nextName.span.from)) continue;
      // "A và B lần lượt trúng cử Chủ tịch HĐND và Chủ tịch UBND tỉnh", "A and B were elected Chairman and Vice
      // Chairman, respectively": as many titles as names, in order, one each.
      const respective = roles.length > 1 ? this.respectiveList(owner, verbAt, from, roles[roles.length - 1]!.to) : null;
      if (respective && respective.length === roles.length) {
        respective.forEach((member, index) => {
          const role = roles[index]!;
          // The others' titles, if a reader of the name's own sentence gave them all to it, are not this one's.
          for (let r = member.roles.length - 1; r >= 0; r--) {
            const kept = member.roles[r]!;
            if (roles.some((other, o) => o !== index && other.from === kept.from && other.to === kept.to)) member.roles.splice(r, 1);
          }
          if (!member.roles.some((kept) => fold(kept.text) === fold(role.text))) member.roles.push(role);
        });
        continue;
      }
      for (const member of items ?? owner.group) {
        if (member.roles.some((role) => role.from <= start && start < role.to)) continue;
        // The same title in another term ("... khóa XIX" then "được bầu giữ chức ... khóa XX") is kept for the merge.
        for (const role of roles) if (!member.roles.some((kept) => fold(kept.text) === fold(role.text) && (!kept.term || !role.term || fold(kept.term) === fold(role.term)))) member.roles.push(role);
      }
    }
  }

  /**
   * A link of two words or more ("đối với"), with the honorific after it, stands right before the name at
   * `nameStart`: it ties a decision's title to whoever it names. A one-word copula ("là", "is") names one holder.
   */
  private linkedBefore(nameStart: number, lo: number): boolean {
    const honorific = this.honorificBefore(nameStart, lo);
    const end = honorific >= 0 ? honorific : nameStart;
    const link = this.phraseEndingAt(this.pack.linkBeforeName, end, lo);
    return link >= 0 && end - link >= 2;
  }

  /** Only a joiner, and an honorific, stand between the titles after `previous` and the name at `start`. */
  private joinedAfterTitles(previous: Accepted, start: number): boolean {
    const end = this.mentionEnd(previous, start);
    const joiner = this.pack.chainJoiners.longestAt(this.doc, end);
    if (end === previous.span.to || !joiner || this.tokens[end]!.kind !== 'word') return false;
    const honorific = this.honorificBefore(start, joiner.end);
    return (honorific >= 0 ? honorific : start) === joiner.end;
  }

  /** A verb that gives a title among tokens `from` .. `to - 1`. */
  private verbBetween(from: number, to: number): boolean {
    for (let k = from; k < to; k++) if (this.tokens[k]!.kind === 'word' && this.pack.roleVerbs.longestAt(this.doc, k)) return true;
    return false;
  }

  /** Where a mention's words end before token `before`: its name, or the last title read after it. */
  private mentionEnd(mention: Accepted, before: number): number {
    let end = mention.span.to;
    for (const role of mention.roles) if (role.from >= mention.span.to && role.to > end && role.to <= before) end = role.to;
    // "..., Phó Bí thư Tỉnh ủy khóa XIX;": the term left out of the title is still its words.
    for (let past = Math.min(end + 8, this.tokens.length); past > end; past--) {
      if (this.tokens[past - 1]!.kind !== 'punct' && this.onlyTerms(end, past)) return past;
    }
    return end;
  }

  /**
   * "Các ông: A, Phó Bí thư ...; B, Phó Bí thư Thường trực ...; C, Chủ tịch ... tiếp tục được bầu giữ chức ...":
   * items of a list opened by an honorific and a colon, each a name with its titles and closed by a semicolon,
   * or names with their titles joined by "và"/"and" ("ông A - ... và ông B - ... được bầu làm ..."), right
   * before the verb at `verb` (a few lower-case words between): the verb's title is each item's. Else null.
   */
  private itemsBeforeVerb(owner: Accepted, mentions: readonly Accepted[], verb: number, sentenceStart: number): Accepted[] | null {
    const ownerEnd = this.mentionEnd(owner, verb);
    if (verb < ownerEnd || verb - ownerEnd > 5) return null;
    // "...; and Comrade C, Vice Chairman of ..., were elected ...": a comma may close the last item's titles.
    const closed = this.tokens[ownerEnd]?.text === ',' && ownerEnd < verb;
    for (let k = closed ? ownerEnd + 1 : ownerEnd; k < verb; k++) {
      const token = this.tokens[k]!;
      if (token.kind !== 'word' || token.upperInitial || token.newlineBefore) return null;
    }
    const items = [owner];
    let semicolons = false;
    // Whether every item opens on its own honorific, and the last is joined by "and" / "và".
    let ownHonorifics = this.honorificBefore(owner.span.from, Math.max(sentenceStart, owner.span.from - 4)) >= 0;
    let lastJoined = false;
    for (let j = mentions.indexOf(owner) - 1; j >= 0; j--) {
      const item = mentions[j]!;
      let k = this.mentionEnd(item, items[0]!.span.from);
      // "A ... is the Head of the Board and Mr. B ... assumes ...": an item with a verb of its own is no subject of this one.
      if (this.verbBetween(item.span.to, k)) break;
      // "ông A - Chỉ huy trưởng Quân sự và ông B - Trưởng Công an xã được bầu làm ...": items joined by a joiner.
      const semicolon = this.tokens[k]?.text === ';';
      if (semicolon) k++;
      const joiner = this.pack.chainJoiners.longestAt(this.doc, k);
      if (!semicolon && !(joiner && this.tokens[k]!.kind === 'word' && k > item.span.to)) break;
      k = joiner?.end ?? k;
      const honorific = this.honorificBefore(items[0]!.span.from, k);
      if ((honorific >= 0 ? honorific : items[0]!.span.from) !== k) break;
      if (items.length === 1) lastJoined = joiner !== null;
      semicolons ||= semicolon;
      items.unshift(item);
      ownHonorifics &&= this.honorificBefore(item.span.from, Math.max(sentenceStart, item.span.from - 4)) >= 0;
    }
    if (items.length < 2) return null;
    if (!semicolons) return closed ? null : items;
    // "Comrade A, ...; Comrade B, ...; and Comrade C, ..., were elected ...": each item its own honorific, the last joined.
    if (ownHonorifics && lastJoined) return items;
    if (closed) return null;
    const listStart = this.honorificListStart(sentenceStart, items[0]!.span.from + 1);
    return listStart >= 0 && listStart <= items[0]!.span.from ? items : null;
  }

  /**
   * For each name, whether it is one of a list of names ("A, B and C") right before a verb
   * that gives a title ("became Deputy Secretaries of ..."): that verb is the list's cue.
   */
  private listsBeforeRoleVerb(spans: readonly NameSpan[]): boolean[] {
    const given = spans.map(() => false);
    for (let index = spans.length - 1; index >= 0; index--) {
      const span = spans[index]!;
      const next = spans[index + 1];
      if (next !== undefined && given[index + 1] && this.listed(span.to, next.from, true)) {
        given[index] = true;
        continue;
      }
      // ("A và B lần lượt được bầu ...": the word that gives the titles in order may stand before the verb.)
      const verb = this.pack.roleVerbs.longestAt(this.doc, this.pack.respectively.longestAt(this.doc, span.to)?.end ?? span.to);
      given[index] = verb !== null && index > 0 && this.listed(spans[index - 1]!.to, span.from, true) && this.titleAfterVerb(verb.end) >= 0;
    }
    return given;
  }

  /** The name at `nameStart` opens an item of a list: a colon or a semicolon before it (and its honorific). */
  private listItemOpensAt(nameStart: number): boolean {
    const opens = (k: number): boolean => this.tokens[k - 1]?.text === ':' || this.tokens[k - 1]?.text === ';';
    const honorific = this.phraseEndingAt(this.pack.honorifics, nameStart, Math.max(0, nameStart - 4));
    return opens(nameStart) || (honorific >= 0 && opens(honorific));
  }

  /** A plural title without a marker starts at `at` ("Vice Chairmen of ..."). */
  private barePluralTitleAt(at: number): boolean {
    const end = this.titleAt(at, false);
    return end > at && this.pack.plurals.has(this.doc.keys(at, end));
  }

  /**
   * A plural marker at token `at` before a title that is plural: "các Phó Chủ tịch" (a language
   * whose titles have no plural form), "the Vice Chairmen".
   */
  private pluralTitleAt(at: number): boolean {
    const marker = this.pack.pluralMarkers.longestAt(this.doc, at);
    if (!marker) return false;
    const end = this.titleAt(marker.end, true);
    return end > marker.end && (this.pack.plurals.size === 0 || this.pack.plurals.has(this.doc.keys(marker.end, end)));
  }

  /**
   * The names listed right before a verb ("A, B và C lần lượt được bầu ...", "A and B were elected ...") when the
   * sentence says the titles after it go to them in order: "lần lượt" before the verb, ", respectively" after the
   * titles. The names first to last, or null.
   */
  private respectiveList(owner: Accepted, verb: number, sentenceStart: number, rolesEnd: number): Accepted[] | null {
    const before = this.phraseEndingAt(this.pack.respectively, verb, Math.max(sentenceStart, verb - 3));
    let after = rolesEnd;
    if (this.tokens[after]?.text === ',') after++;
    const respectivelyAfter = this.pack.respectively.longestAt(this.doc, after);
    if (before < 0 && !respectivelyAfter) return null;
    // The list the names were read as (see listsBeforeRoleVerb), all before the verb (or "lần lượt").
    const subjectEnd = before >= 0 ? before : verb;
    return owner.group.length > 1 && owner.group.every((member) => member.span.to <= subjectEnd) ? [...owner.group] : null;
  }

  /** A list of two or more names ends right before token `at`. */
  private listEndsAt(mentions: readonly Accepted[], at: number): boolean {
    return mentions.some((mention) => mention.span.to === at && mention.group.length > 1);
  }

  /** One person per name; the mention with the most titles leads, the others add titles it lacks. */
  private merge(accepted: readonly Accepted[], nameSpans: { start: number; end: number }[], risk: number): PeopleResult {
    const byName = new Map<string, { name: string; mentions: Accepted[] }>();
    for (const mention of accepted) {
      const key = fold(mention.span.name);
      const seen = byName.get(key);
      if (!seen) byName.set(key, { name: mention.span.name, mentions: [mention] });
      else seen.mentions.push(mention);
    }
    const people: Person[] = [];
    let weak = 0;
    for (const { name, mentions } of byName.values()) {
      const lead = mentions.reduce((best, mention) => (mention.roles.length > best.roles.length ? mention : best));
      let roles: Role[] = [];
      // The terms each kept title was written with, by term, with the first title that carried it.
      const terms = new Map<Role, Map<string, Role>>();
      const noteTerm = (kept: Role, role: Role): void => {
        if (!role.term) return;
        const seen = terms.get(kept) ?? new Map<string, Role>();
        terms.set(kept, seen);
        // A term is told by its first value: "khóa XVIII" and "khóa XVIII nhiệm kỳ 2016-2021" are one term,
        // and so are "2025-2030" and a mistyped "2025-2023".
        const key = /\b(?:[IVXLC]+|\d+)\b/.exec(role.term)?.[0] ?? fold(role.term).toLowerCase();
        if (!seen.has(key)) seen.set(key, role);
      };
      // A title that says nothing new is dropped; one that says more than a kept bare
      // title ("Phó Chủ tịch" then "Phó Chủ tịch Ủy ban Trung ương MTTQ") replaces it.
      for (const mention of [lead, ...mentions.filter((other) => other !== lead)]) {
        for (const role of mention.roles) {
          // A page saved cut off mid-title ("... of the Vie") repeats a title in full earlier.
          if (role.to >= this.tokens.length && roles.some((kept) => cutShortOf(role.text, kept.text))) continue;
          // "..., Chủ tịch U" at the end of the page: a title cut in its first letters names no office.
          if (role.to >= this.tokens.length && role.to - role.from > 1 && this.tokens[role.to - 1]!.text.length === 1 && this.tokens[role.to - 1]!.upperInitial) continue;
          const repeated = roles.find((kept) => repeatsRole(role.text, [kept.text], this.localAbbreviations));
          if (repeated) {
            noteTerm(repeated, role);
            // "Giám đốc Sở Thông tin và Truyền thông" then "Giám đốc Sở TT&TT": one office, written first in full.
            // "Deputy PM" in a headline, "Deputy Prime Minister" in the story: the headline shortens, the story's title stands.
            const shortenedInHeadline = this.tokens[repeated.from]?.sentence === 0 && this.tokens[role.from]?.sentence !== 0 && packSpelledOut(repeated.text, role.text);
            if ((role.from < repeated.from && this.spelledOut(repeated.text, role.text)) || shortenedInHeadline) {
              roles[roles.indexOf(repeated)] = role;
              for (const carrier of terms.get(repeated)?.values() ?? []) noteTerm(role, carrier);
              terms.delete(repeated);
            }
            continue;
          }
          const bare = roles.findIndex((kept) => extendsRole(role.text, kept.text) || namesPlaceHead(role.text, kept.text));
          if (bare >= 0) {
            const replaced = roles[bare]!;
            roles[bare] = role;
            for (const carrier of terms.get(replaced)?.values() ?? []) noteTerm(role, carrier);
            terms.delete(replaced);
          } else roles.push(role);
          noteTerm(role, role);
        }
      }
      // "Bí thư Tỉnh ủy khóa XIX, tiếp tục được bầu giữ chức Bí thư Tỉnh ủy khóa XX": the same office in two
      // terms of one kind (two "khóa", two "term"s) is two titles, each with its term as written.
      roles = roles.flatMap((kept) => {
        const carriers = [...(terms.get(kept)?.values() ?? [])];
        const kinds = new Map<string, Role[]>();
        for (const carrier of carriers) {
          const kind = fold(carrier.term!.split(' ')[0]!).toLowerCase();
          kinds.set(kind, [...(kinds.get(kind) ?? []), carrier]);
        }
        const split = [...kinds.values()].find((group) => group.length >= 2);
        if (!split) return [kept];
        return split.sort((a, b) => a.from - b.from).map((carrier) => ({ ...carrier, text: `${carrier.text} ${carrier.term!}` }));
      });
      const spanOf = (from: number, to: number): Span => this.doc.spanOf(from, to);
      people.push({
        name,
        roles: roles.map((role) => role.text),
        evidence: { name: mentions.map((mention) => spanOf(mention.span.from, mention.span.to)), roles: roles.map((role) => spanOf(role.from, role.to)) },
      });
      if (roles.length === 0 || Math.max(...mentions.map((mention) => mention.cues)) < 2) weak++;
    }
    const mentions: PersonMention[] = accepted.map(({ span, roles }) => ({
      name: span.name,
      roles: roles.map((role) => role.text),
      start: this.tokens[span.from]!.start,
      end: this.tokens[span.to - 1]!.end,
    }));
    return { people, mentions, nameSpans, confidence: peopleConfidence(people.length, weak, risk + nearDuplicates(people), nameSpans.length) };
  }
}

/**
 * Confidence that the list of people is right as a whole: each person read from a weak
 * cue (no title, a rare surname, two syllables) and each full-name run left unread lowers it.
 */
/**
 * Pairs of names of three syllables or more that differ in one letter of one syllable ("Tô Thị Bích Châu", "Tô
 * Thị Bình Châu"): one may be the other mistyped, and then the list holds a person too many.
 */
function nearDuplicates(people: readonly Person[]): number {
  // Only names of one length and one family name are compared: a list of hundreds of names stays a few comparisons per name.
  const groups = new Map<string, string[][]>();
  for (const person of people) {
    const syllables = fold(person.name).toLowerCase().split(/\s+/);
    if (syllables.length < 3) continue;
    const key = `${syllables.length} ${syllables[0]!}`;
    const group = groups.get(key);
    if (group) group.push(syllables);
    else groups.set(key, [syllables]);
  }
  let count = 0;
  for (const group of groups.values()) {
    for (let a = 0; a < group.length; a++) {
      for (let b = a + 1; b < group.length; b++) if (oneSyllableOneLetterApart(group[a]!, group[b]!)) count++;
    }
  }
  return count;
}

/** Two names of one length that differ in exactly one syllable, and there in one letter. */
function oneSyllableOneLetterApart(left: readonly string[], right: readonly string[]): boolean {
  let differing = -1;
  for (let index = 1; index < left.length; index++) {
    if (left[index] === right[index]) continue;
    if (differing >= 0) return false;
    differing = index;
  }
  return differing >= 0 && oneLetterApart(left[differing]!, right[differing]!);
}

/** Two syllables of one length that differ in one letter ("bich", "binh"). */
function oneLetterApart(left: string, right: string): boolean {
  if (left.length !== right.length || left.length < 3) return false;
  let apart = 0;
  for (let k = 0; k < left.length; k++) if (left[k] !== right[k]) apart++;
  return apart === 1;
}

function peopleConfidence(people: number, weak: number, risk: number, fullNameRuns: number): number {
  if (people === 0) return fullNameRuns === 0 ? 0.9 : 0.5;
  let confidence = 0.97;
  confidence -= 0.06 * weak + 0.08 * risk;
  confidence -= 0.01 * Math.max(0, people - 6);
  return Math.max(0.05, Math.min(0.99, confidence));
}

/**
 * Vowels no Vietnamese syllable ends on ("â", "ă" with any tone need a final consonant: "Trần", "Đặng"): a word that
 * ends on one where its line or the text ends was cut off ("... Bí thư Tỉnh ủy Hải Dương Trầ" at the end of an
 * excerpt). (Names of the Central Highlands' peoples may end on one, "Kpă Thuyên": only a line's end tells a cut.)
 */
const CUT_VOWELS = new Set([...'âấầẩẫậăắằẳẵặ']);

/** A year written in full, as a term's years are. */
const YEAR = /^(?:19|20)\d{2}$/;

/** Shared titles read in one sentence at most: each is looked for from the list of the one before. */
const MAX_SHARED_TITLES = 8;

const ROLE_STOP = new Set(['of', 'the', 'and', 'for', 'cua', 'va', 'in']);

let expansions: Map<string, string[]> | null = null;
let levels: Set<string> | null = null;
let tails: Set<string> | null = null;
let deputy: string[] | null = null;
/** The abbreviations of every pack, as written ("PPC", "UBND"). */
let packAbbreviations: Set<string> | null = null;
/** Folded word -> the folded word it is compared as ("vice" -> "deputy"). */
const synonyms = new Map<string, string>();

/** Abbreviations of every pack, folded, with their folded words: "ubnd" -> ["uy", "ban", "nhan", "dan"]. */
function abbreviationWords(): Map<string, string[]> {
  if (!expansions) {
    expansions = new Map();
    packAbbreviations = new Set();
    levels = new Set();
    tails = new Set();
    deputy = [];
    for (const language of PACK_LANGUAGES) {
      const pack = packFor(language);
      for (const tail of pack.data.roleTail) for (const word of fold(tail).split(' ')) tails.add(word);
      for (const word of pack.data.deputyWords) deputy.push(fold(word));
      for (const [word, same] of Object.entries(pack.data.roleSynonyms)) synonyms.set(fold(word), fold(same));
      for (const [abbreviation, full] of Object.entries(pack.data.abbreviations)) {
        packAbbreviations!.add(abbreviation);
        expansions.set(fold(abbreviation), fold(full).split(/[^a-z0-9']+/).filter((word) => word && !ROLE_STOP.has(word)));
      }
      for (const level of pack.levelKeys) levels.add(level);
    }
    expansions.set("people's", ['people']);
  }
  return expansions;
}

/**
 * A title's words, abbreviations spelled out, without the generic level words ("tỉnh",
 * "provincial", "city") and the term ("khóa XV", "2021-2026 term").
 */
const expandedCache = new Map<string, Set<string>>();

function expandedWords(role: string, local?: ReadonlyMap<string, string[]>): Set<string> {
  if (local === undefined || local.size === 0) {
    let cached = expandedCache.get(role);
    if (!cached) {
      cached = spelledWords(role, undefined);
      if (expandedCache.size > 5000) expandedCache.clear();
      expandedCache.set(role, cached);
    }
    return cached;
  }
  return spelledWords(role, local);
}

function spelledWords(role: string, local: ReadonlyMap<string, string[]> | undefined): Set<string> {
  const table = abbreviationWords();
  const out = new Set<string>();
  // Level words are dropped in key form: folded, "quận" (district) would read as "quân" (army).
  // "TT&TT" (Thông tin và Truyền thông) is one name: its parts are no abbreviations of their own ("TT", thường trực).
  let afterLevel = false;
  for (const written of role.replace(/’/g, "'").split(/[^\p{L}\p{N}'.&]+/u)) {
    if (!written) continue;
    if (levels!.has(keyOf(written))) {
      afterLevel = true;
      continue;
    }
    const folded = fold(written);
    // "Tỉnh ủy", "Huyện ủy": a level glued to "ủy" is that level's Party committee, so "Tỉnh ủy viên" is no member of the People's Committee.
    if (afterLevel && folded === 'uy') out.add('dang');
    afterLevel = false;
    const word = synonyms.get(folded) ?? folded;
    if (ROLE_STOP.has(word) || tails!.has(word) || /^\d/.test(word) || /^[ivxl]+$/.test(word)) continue;
    for (const part of local?.get(word) ?? table.get(word) ?? [word]) if (!levels!.has(part)) out.add(part);
  }
  return out;
}

// A person named a hundred times compares each of their titles with the kept ones: the
// marks of a title are worked out once.
const deputyMarksCache = new Map<string, string>();

/** The words that make a title another one ("Phó", "Deputy"), as found in a title with its abbreviations spelled out. */
function deputyMarks(role: string): string {
  const cached = deputyMarksCache.get(role);
  if (cached !== undefined) return cached;
  const table = abbreviationWords();
  const words = fold(role.replace(/’/g, "'"))
    .split(/[^a-z0-9'.&]+/)
    .flatMap((word) => table.get(word) ?? [synonyms.get(word) ?? word]);
  const spelled = ` ${words.join(' ')} `;
  const marks = deputy!.filter((word) => spelled.includes(` ${word} `)).join('|');
  if (deputyMarksCache.size > 5000) deputyMarksCache.clear();
  deputyMarksCache.set(role, marks);
  return marks;
}

const subset = (a: ReadonlySet<string>, b: ReadonlySet<string>): boolean => [...a].every((word) => b.has(word));

/** A title says nothing new when its words are all in a title already kept (and it is no deputy's title of it). */
function repeatsRole(role: string, kept: readonly string[], local?: ReadonlyMap<string, string[]>): boolean {
  const words = expandedWords(role, local);
  if (words.size === 0) return true;
  const marks = deputyMarks(role);
  return kept.some((other) => {
    if (deputyMarks(other) !== marks) return false;
    const otherWords = expandedWords(other, local);
    if (subset(words, otherWords)) return true;
    // "Vice Chairman of the People's Committee of Hai Duong province" after "Vice Chairman of
    // the provincial People's Committee": the same office with its place.
    const extra = [...words].filter((word) => !otherWords.has(word));
    // "Secretary of the Provincial Party Committee" after "Provincial Party Secretary": a Party secretary is the Party committee's.
    if (subset(otherWords, words) && otherWords.has('party') && extra.length === 1 && extra[0] === 'committee') return true;
    // "Dak Lak Provincial Party Secretary" after "Secretary of the Provincial Party Committee": the same, with its place.
    if (otherWords.has('party') && [...otherWords].every((word) => words.has(word) || word === 'committee') && extra.length > 0 && extra.every((word) => placeWords(role).has(word))) return true;
    return otherWords.size >= 3 && subset(otherWords, words) && extra.every((word) => placeWords(role).has(word));
  });
}

/**
 * `full` writes out an abbreviation of the language packs that `short` uses ("Deputy PM" and "Deputy Prime
 * Minister"), and is otherwise the same title.
 */
const TITLE_WORD_BREAK = /[^\p{L}\p{N}'’]+/u;

function packSpelledOut(short: string, full: string): boolean {
  abbreviationWords();
  const abbreviated = short.split(TITLE_WORD_BREAK).filter((word) => word.length >= 2 && word === word.toUpperCase() && /\p{Lu}/u.test(word) && packAbbreviations!.has(word));
  if (abbreviated.length === 0) return false;
  const fullWords = new Set(full.split(TITLE_WORD_BREAK));
  if (abbreviated.some((word) => fullWords.has(word))) return false;
  return full.length > short.length && repeatsRole(short, [full]) && repeatsRole(full, [short]);
}

/** Folded words of the capitalized words of a title that name no body or title: its place names. */
function placeWords(role: string): Set<string> {
  const out = new Set<string>();
  for (const written of role.split(/[^\p{L}\p{N}']+/u)) {
    if (!/^\p{Lu}\p{Ll}/u.test(written)) continue;
    const key = keyOf(written);
    if (PACK_LANGUAGES.some((language) => packFor(language).neverName.has(key))) continue;
    if (titleWords().has(key)) continue;
    out.add(fold(written));
  }
  return out;
}

let titleWordSet: Set<string> | null = null;

/** Every word of every title and rank of every pack, key form. */
function titleWords(): Set<string> {
  if (!titleWordSet) {
    titleWordSet = new Set();
    for (const language of PACK_LANGUAGES) {
      const data = packFor(language).data;
      for (const phrase of [...data.titles, ...data.ranks, ...data.compounds, ...data.bodyHeads]) for (const word of phrase.split(/\s+/)) titleWordSet.add(keyOf(word));
    }
  }
  return titleWordSet;
}

/** "Phó Chủ tịch Ủy ban Trung ương MTTQ" says more than a bare "Phó Chủ tịch" kept before it. */
let placeHeads: { readonly head: string; readonly body: readonly string[] }[] | null = null;
/**
 * "Chairman of Hai Duong province" then "Chairman of the Hai Duong Provincial People's
 * Committee", "Chủ tịch thành phố" then "Chủ tịch UBND TP Hải Phòng": a head's title given of
 * a place alone is the office of that place's body, so the title that names the body replaces it.
 */
function namesPlaceHead(role: string, kept: string): boolean {
  if (!placeHeads) {
    placeHeads = [];
    for (const language of PACK_LANGUAGES) {
      for (const [head, body] of Object.entries(packFor(language).data.placeHeadBodies)) {
        placeHeads.push({ head: fold(head), body: [...expandedWords(body)] });
      }
    }
  }
  const keptFolded = fold(kept);
  const roleFolded = fold(role);
  if (deputyMarks(role) !== deputyMarks(kept)) return false;
  const words = expandedWords(role);
  const keptWords = expandedWords(kept);
  if (!subset(keptWords, words)) return false;
  // Place names are capitalised ("Phòng" of "Hải Phòng" is also a title word, so no word list tells them).
  const places = writtenCapitalised(role);
  const keptPlaces = writtenCapitalised(kept);
  return placeHeads.some(({ head, body }) => {
    if (!keptFolded.startsWith(head) || !roleFolded.startsWith(head)) return false;
    const headWords = expandedWords(head);
    // The kept title is the head and a place only; the new one adds the body and, at most, the place.
    if (![...keptWords].every((word) => headWords.has(word) || keptPlaces.has(word))) return false;
    if (!body.every((word) => words.has(word) && !keptWords.has(word))) return false;
    return [...words].every((word) => keptWords.has(word) || body.includes(word) || places.has(word));
  });
}
function writtenCapitalised(role: string): Set<string> {
  const out = new Set<string>();
  for (const written of role.split(/[^\p{L}\p{N}']+/u)) {
    if (!/^\p{Lu}\p{Ll}/u.test(written)) continue;
    out.add(fold(written));
  }
  return out;
}
/** A title as the two tests below compare it: folded, its spaces single. */
const titleForm = (role: string): string => fold(role).replace(/\s+/g, ' ');

/** `cut` is the start of `whole` ending inside one of its words. */
function cutShortOf(cut: string, whole: string): boolean {
  const start = titleForm(cut);
  const full = titleForm(whole);
  return full.length > start.length && full.startsWith(start) && /\p{L}/u.test(full.charAt(start.length));
}

/** `role` is `kept` with more words after it. */
function extendsRole(role: string, kept: string): boolean {
  const longer = titleForm(role);
  const shorter = titleForm(kept);
  return longer.length > shorter.length && longer.startsWith(`${shorter} `);
}
/**
 * People named with an honorific, a title before or after the name, a verb that gives a
 * title, or a list under a shared title. A person keeps the titles of the mention that
 * gives the most of them; later short mentions ("Secretary Tran Duc Thang") add only
 * titles not said yet.
 */
export function extractPeople(doc: AnalysedText, places: readonly PlaceSpan[], language: PackLanguage): PeopleResult {
  return new PeopleReader(doc, places, packFor(language)).read();
}
