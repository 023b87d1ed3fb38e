/**
 * People and their titles, read over the shared tokens with the words of the language
 * pack. A name is a run of capitalized syllables starting with a family name; a title is
 * a pack title followed by the words a title's body is made of. Titles come before the
 * name ("Bí thư Tỉnh ủy Trần Đức Thắng"), after it (", Chairman of ...", " - PBT - Chủ
 * tịch UBND", "(Phó Bí thư Thường trực)"), through a verb ("was re-elected as ...",
 * "giữ chức ..."), or once for a list of names ("Các Phó Bí thư Tỉnh ủy gồm có: ...").
 */
import type { Person, Span } from '../record';
import { namesData, packFor, type LanguagePack, type PackLanguage } from './packs';
import type { PlaceSpan } from './places';
import { fold } from './text';
import type { AnalysedText, Lexicon, Token } from './tokens';

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
}

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
}

/** Titles never span more tokens than this, which keeps a huge sentence linear. */
const WINDOW = 90;
const DELIMITERS = new Set([',', ';', ':', '(', ')']);
const DASHES = new Set(['-', '–', '—']);

class PeopleReader {
  private readonly tokens: readonly Token[];
  private readonly names = namesData();

  constructor(
    private readonly doc: AnalysedText,
    private readonly places: readonly PlaceSpan[],
    private readonly pack: LanguagePack,
  ) {
    this.tokens = doc.tokens;
  }

  // --- token predicates -------------------------------------------------------------

  private word(i: number): Token | undefined {
    const token = this.tokens[i];
    return token && token.kind === 'word' ? token : undefined;
  }

  /** Token i follows token i - 1 after whitespace on the same line. */
  private spaced(i: number): boolean {
    const token = this.tokens[i];
    return token !== undefined && token.spaceBefore && !token.newlineBefore;
  }

  private nameSyllable(i: number): boolean {
    const token = this.tokens[i];
    return token !== undefined && token.kind === 'word' && token.capitalized && token.text.length <= 8;
  }

  private isFamilyName(i: number): boolean {
    const token = this.tokens[i]!;
    if (this.names.familyNames.has(token.key)) return true;
    if (/^[a-z]+$/.test(token.key) && this.names.foldedFamilyNames.has(token.key)) return true;
    // "Đồng Văn Lưu": a family name that is also a given name, before a middle name.
    if (!this.names.ambiguousFamilyNames.has(token.key) && !this.names.ambiguousFamilyNames.has(token.folded)) return false;
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
    return place !== undefined && token.end <= place.end;
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

  /** A title, possibly after "former", "nguyên", "quyền". */
  private startsWithTitle(i: number, anyCase: boolean): boolean {
    const qualifier = this.pack.titleQualifiers.longestAt(this.doc, i);
    return this.titleAt(qualifier ? qualifier.end : i, anyCase) >= 0;
  }

  /** May token i be inside a title? */
  private compatible(i: number): boolean {
    const token = this.tokens[i]!;
    if (token.kind === 'number') return true;
    if (token.kind === 'word' && token.upperInitial) return true;
    return this.pack.roleWords.has(token.key);
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
      if (token.kind === 'number' || (token.kind === 'word' && token.allCaps && /^[IVXLC]+$/.test(token.text))) values++;
      else if (!(DASHES.has(token.text) || token.text === '/') || values === 0) break;
      end++;
    }
    while (end > tail.end && DASHES.has(this.tokens[end - 1]!.text)) end--;
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
    for (let i = from; i < limit; i++) {
      const token = this.tokens[i]!;
      if (i > from && token.newlineBefore) {
        complete = false;
        break;
      }
      const head = token.upperInitial ? (pack.bodyHeads.longestAt(this.doc, i)?.end ?? 0) : 0;
      const compound = head ? 0 : (pack.bodyCompounds.longestAt(this.doc, i)?.end ?? 0) || (inBody ? (pack.bodyActions.longestAt(this.doc, i)?.end ?? 0) : 0);
      const phraseEnd = Math.min(head || compound, limit);
      if (phraseEnd > i && (head > 0 || !token.upperInitial || inBody)) {
        words += phraseEnd - i;
        to = phraseEnd;
        i = phraseEnd - 1;
        inBody = true;
        continue;
      }
      const tail = this.roleTailAt(i, limit);
      if (tail > 0) {
        to = tail;
        words += tail - i;
        i = tail - 1;
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
      let ok = this.compatible(i);
      const next = this.tokens[i + 1];
      const stopUnless = pack.roleStops.get(token.key);
      if (ok && stopUnless && !(next && stopUnless.has(next.key))) ok = false;
      if (ok && pack.chainJoiners.longestAt(this.doc, i)?.end === i + 1 && token.kind === 'word') {
        // "... đổi mới sáng tạo và chuyển đổi số": "và" joins two parts of a description.
        const joinsDescription = inBody && (pack.bodyCompounds.longestAt(this.doc, i + 1) !== null || pack.bodyActions.longestAt(this.doc, i + 1) !== null);
        const joinsTitles = next !== undefined && (next.upperInitial || pack.concurrently.longestAt(this.doc, i + 1) !== null);
        if (!joinsTitles && !joinsDescription) ok = false;
      }
      if (!ok) {
        complete = false;
        break;
      }
      if (pack.levelSyllables.has(token.key) || (token.upperInitial && pack.bodyHeads.longestAt(this.doc, i)?.end !== i + 1)) inBody = false;
      to = i + 1;
      words++;
    }
    return { to, complete, describing: inBody, words };
  }

  /** The title read from tokens `from` .. `to - 1`: leading "the"/"các" and trailing joiners dropped, plurals made singular. */
  private makeRole(from: number, to: number): Role | null {
    const pack = this.pack;
    while (from < to && pack.roleLeadDrop.has(this.tokens[from]!.key)) from++;
    while (to > from) {
      const last = this.tokens[to - 1]!;
      if (pack.roleTrailDrop.has(last.key) || (last.kind === 'punct' && /^[,;:\-–—]$/.test(last.text))) to--;
      else break;
    }
    if (to <= from) return null;
    let text = this.doc.text.slice(this.tokens[from]!.start, this.tokens[to - 1]!.end).replace(/\s+/g, ' ');
    const title = pack.titles.longestAt(this.doc, from);
    if (title) {
      const singular = pack.plurals.get(this.doc.keys(from, title.end));
      if (singular !== undefined) text = singular + text.slice(this.tokens[title.end - 1]!.end - this.tokens[from]!.start);
    }
    return text.length > 1 ? { text, from, to } : null;
  }

  /** "Secretary of X and Chairman of Y", "Bí thư ... kiêm Chủ tịch ...": one title each. */
  private splitChain(from: number, to: number): Role[] {
    const roles: Role[] = [];
    let last = from;
    for (let k = from + 1; k < to; k++) {
      const concurrent = this.pack.concurrently.longestAt(this.doc, k);
      if (concurrent && concurrent.end < to) {
        const role = this.makeRole(last, k);
        if (role) roles.push(role);
        last = concurrent.end;
        k = concurrent.end - 1;
        continue;
      }
      const joiner = this.pack.chainJoiners.longestAt(this.doc, k);
      if (joiner && joiner.end < to && this.titleAt(joiner.end, false) >= 0) {
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
      if (!this.compatible(i)) {
        // "Giám đốc Hợp tác xã dịch vụ nông nghiệp ...": lower-case words of a body's name.
        const covering = Math.max(
          this.phraseCovering(this.pack.bodyCompounds, i, from),
          this.phraseCovering(this.pack.bodyHeads, i, from),
          this.phraseCovering(this.pack.abbreviations, i, from),
          this.phraseCovering(this.pack.roleTail, i, from),
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
      if (this.titleAt(i, false) < 0) continue;
      const qualifier = this.phraseEndingAt(this.pack.titleQualifiers, i, firstCompatible);
      if (qualifier >= 0) return qualifier;
      // "NA Chairman", "Hai Duong Provincial Party Secretary": English puts the body before the title.
      if (this.pack.modifiersBeforeTitle) {
        let start = i;
        while (start - 1 >= firstCompatible) {
          const before = this.tokens[start - 1]!;
          if (before.kind !== 'word' || !before.upperInitial || this.pack.titleModifierStops.has(before.key)) break;
          start--;
        }
        return start;
      }
      return i;
    }
    return -1;
  }

  /** Titles in the tokens before a name (`lo` .. `nameStart - 1`), nearest last. */
  private rolesBefore(lo: number, nameStart: number): Role[] {
    const roles: Role[] = [];
    let end = nameStart;
    // "có Bí thư Tỉnh ủy là ông Trần Đức Thắng": the title, a link word, an honorific.
    const honorific = this.honorificBefore(end, lo);
    if (honorific >= 0) {
      const link = this.phraseEndingAt(this.pack.linkBeforeName, honorific, lo);
      if (link < 0) return roles;
      end = link;
    } else {
      const link = this.phraseEndingAt(this.pack.linkBeforeName, end, lo);
      if (link >= 0) end = link;
    }
    let first = true;
    while (end > lo) {
      let cut = end - 1;
      while (cut >= lo && !(this.tokens[cut]!.kind === 'punct' && DELIMITERS.has(this.tokens[cut]!.text))) cut--;
      const segmentStart = cut + 1;
      let start = this.roleStartBefore(segmentStart, end);
      if (start < 0 && first && cut >= lo && this.tokens[cut]!.text === ',') {
        // "Head of the Office of Labour, Invalids and Social Affairs X": the comma is inside the body's name.
        const joined = this.commaInsideBody(lo, cut, end);
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
      if (!first && start > segmentStart && this.phraseEndingAt(this.pack.listIntroducers, start, segmentStart) < 0) break;
      if (start < segmentStart) start = segmentStart;
      roles.unshift(...this.splitChain(start, end));
      if (cut < lo || this.tokens[cut]!.text !== ',') break;
      end = cut;
      first = false;
    }
    return roles;
  }

  /** A title before a name whose body's name holds a comma (", Invalids and Social Affairs"). */
  private commaInsideBody(lo: number, cut: number, end: number): { role: Role; cut: number } | null {
    let joinedCut = cut - 1;
    while (joinedCut >= lo && !(this.tokens[joinedCut]!.kind === 'punct' && DELIMITERS.has(this.tokens[joinedCut]!.text))) joinedCut--;
    const hasJoiner = (() => {
      for (let k = cut + 1; k < end; k++) if (this.pack.chainJoiners.longestAt(this.doc, k)?.end === k + 1) return true;
      return false;
    })();
    if (!hasJoiner) return null;
    const start = this.roleStartBefore(joinedCut + 1, cut);
    if (start < 0) return null;
    if (!this.rolePrefix(start, cut).complete || !this.rolePrefix(cut + 1, end).complete) return null;
    const role = this.makeRole(start, end);
    return role ? { role, cut: joinedCut } : null;
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
      if (dashes && DASHES.has(token.text) && (token.spaceBefore || this.tokens[k + 1]?.spaceBefore) && !this.inPlace(k)) break;
    }
    return k;
  }

  /** Titles after a name (tokens from `at`, before `limit`). */
  private rolesAfter(at: number, limit: number): Role[] {
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
      i = at + 1;
      end = close;
    } else if (DASHES.has(opener.text)) {
      i = at + 1;
      dashes = true;
    } else if (opener.text === ',') {
      i = at + 1;
    } else {
      // "was re-elected as ...", "được bầu giữ chức ...", "đang là ...".
      const verb = this.pack.roleVerbs.longestAt(this.doc, at);
      if (!verb || !this.startsWithTitle(verb.end, true)) return roles;
      const prefix = this.rolePrefix(verb.end, limit);
      return this.splitChain(verb.end, prefix.to);
    }
    let describing = false;
    while (i < end) {
      const segmentEnd = this.segmentEnd(i, end, dashes);
      const delimiter = this.tokens[segmentEnd];
      // ", concurrently Chairman of ...", ", kiêm Chủ tịch ...": one more title.
      const concurrent = this.pack.concurrently.longestAt(this.doc, i);
      const start = concurrent ? concurrent.end : i;
      if (start >= segmentEnd) break;
      if (!this.startsWithTitle(start, true)) {
        if (roles.length === 0 || concurrent) break;
        // "Department of Labour, Invalids and Social Affairs", "Ban Chỉ đạo phát triển khoa
        // học, công nghệ, đổi mới sáng tạo ...": a comma inside a body's name.
        const continuation = this.rolePrefix(start, segmentEnd, describing);
        const first = this.tokens[start]!;
        const continues =
          continuation.to > start &&
          ((continuation.complete && first.upperInitial && this.closesCapitalizedList(start, end)) ||
            (describing && !first.upperInitial && (continuation.complete || continuation.words >= 2)));
        if (!continues) break;
        const previous = roles.pop()!;
        const merged = this.makeRole(previous.from, continuation.to);
        if (merged) roles.push(merged);
        describing = continuation.describing;
        if (!continuation.complete || delimiter?.text !== ',') break;
        i = segmentEnd + 1;
        continue;
      }
      const prefix = this.rolePrefix(start, segmentEnd);
      if (prefix.to > start) roles.push(...this.splitChain(start, prefix.to));
      describing = prefix.describing;
      if (!prefix.complete) break;
      if (!delimiter || !(delimiter.text === ',' || (dashes && DASHES.has(delimiter.text)))) break;
      i = segmentEnd + 1;
    }
    return roles;
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
      if (previous && !this.tokens[i]!.spaceBefore && (previous.kind !== 'punct' || DASHES.has(previous.text) || previous.text === "'" || previous.text === '’')) {
        i++;
        continue;
      }
      let runEnd = i + 1;
      while (runEnd < to && this.tokens[runEnd]!.kind === 'word' && this.tokens[runEnd]!.capitalized && this.spaced(runEnd)) runEnd++;
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
        if (!this.nameSyllable(k) || !this.isFamilyName(k) || this.inPlace(k) || this.isOrgWord(k, true)) {
          k++;
          continue;
        }
        let j = k;
        while (j + 1 < runEnd && j - k < 4 && this.nameSyllable(j + 1) && !this.isOrgWord(j + 1, false)) j++;
        const count = j - k + 1;
        // "Tran Hung Dao Hospital": a body named after a person is not that person.
        const namesABody = j + 1 < runEnd && pack.namesakeAfter.has(this.tokens[j + 1]!.key);
        if (count >= 2 && !namesABody) {
          let start = k;
          // "các đồng chí: Uông Chu Lưu": one name-shaped syllable before a family name, at
          // the start of a list item, is the family name.
          if (k === runStart + 1 && count <= 3 && !this.isOrgWord(runStart, true) && !this.pack.honorifics.longestAt(this.doc, runStart) && !this.inPlace(runStart) && this.nameSyllable(runStart) && this.listItemStart(runStart, from)) start = runStart;
          regular.push(this.nameSpan(start, j + 1, afterPlaceWord));
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
    const name = this.doc.text.slice(this.tokens[from]!.start, this.tokens[to - 1]!.end);
    return afterPlaceWord ? { from, to, name, afterPlaceWord } : { from, to, name };
  }

  /** "Ảnh: ...", "Photo: ...", "Bài, ảnh: ...": what follows on that line credits a writer or photographer. */
  private bylineEnd(from: number, to: number): number {
    for (let i = from; i < to; i++) {
      const marker = this.pack.bylineMarkers.longestAt(this.doc, i);
      if (!marker) continue;
      const colon = this.tokens[marker.end];
      const starts = i === from || this.tokens[i - 1]!.kind === 'punct';
      if (starts && colon?.text === ':') {
        let end = marker.end + 1;
        while (end < to && !(this.tokens[end]!.kind === 'punct' && (this.tokens[end]!.text === ')' || this.tokens[end]!.text === '.'))) end++;
        return end;
      }
    }
    return -1;
  }

  /** "tư tưởng Hồ Chí Minh", "Trường Nguyễn Trãi": a name that names something else. */
  private isNamesake(span: NameSpan, floor: number): boolean {
    if (this.phraseEndingAt(this.pack.namesakeBefore, span.from, floor) >= 0) return true;
    const after = this.tokens[span.to];
    return after !== undefined && this.spaced(span.to) && after.kind === 'word' && this.pack.namesakeAfter.has(after.key);
  }

  // --- the reading ---------------------------------------------------------------------

  /** Names two syllables long that the text also uses as places ("tại xã Lê Lợi"): never people. */
  private placeNames(): Set<string> {
    const out = new Set<string>();
    const tokens = this.tokens;
    for (let i = 1; i + 2 < tokens.length; i++) {
      const hit = this.pack.levelWords.longestAt(this.doc, i) ?? this.pack.placeBefore.longestAt(this.doc, i);
      if (!hit) continue;
      const before = tokens[i - 1]!;
      if (before.kind !== 'word' || before.allCaps || this.phraseEndingAt(this.pack.bodyOfLevel, i, 0) >= 0 || tokens[i]!.upperInitial) continue;
      const a = hit.end;
      if (this.nameSyllable(a) && this.nameSyllable(a + 1) && this.spaced(a + 1) && !(tokens[a + 2]?.capitalized && this.spaced(a + 2))) {
        out.add(fold(`${tokens[a]!.text} ${tokens[a + 1]!.text}`));
      }
    }
    return out;
  }

  read(): PeopleResult {
    const accepted: Accepted[] = [];
    const nameSpans: { start: number; end: number }[] = [];
    const placeNames = this.placeNames();
    let risk = 0;
    for (const sentence of this.doc.sentences) {
      const from = sentence.firstToken;
      const to = sentence.endToken;
      const spans = this.findNameSpans(from, to);
      for (const span of spans) if (span.to - span.from >= 3) nameSpans.push({ start: this.tokens[span.from]!.start, end: this.tokens[span.to - 1]!.end });
      if (spans.length === 0) continue;
      const byline = this.bylineEnd(from, to);
      const shared = this.sharedTitle(from, to);
      const honorificList = this.honorificListStart(from, to);
      const inSentence: Accepted[] = [];
      let previous: { span: NameSpan; before: Role[] } | null = null;
      for (const [index, span] of spans.entries()) {
        if (byline >= 0 && span.from < byline && span.from > from) {
          const marker = this.bylineStart(from, to);
          if (marker >= 0 && span.from > marker) continue;
        }
        if (this.isNamesake(span, from)) continue;
        const previousEnd = index > 0 ? spans[index - 1]!.to : from;
        const lo = Math.max(from, span.from - WINDOW, previousEnd);
        const nextStart = spans[index + 1]?.from ?? to;
        const hi = Math.min(nextStart, span.to + WINDOW, to);
        const honorificStart = this.honorificBefore(span.from, lo);
        const honorific = honorificStart >= 0 || (honorificList >= 0 && span.from >= honorificList);
        // "Director of Nguyen Trai School": a name after "of" belongs to a body's name.
        const ofBody = span.from - 1 >= lo && /^(?:of|the|của|và)$/.test(this.tokens[span.from - 1]!.key);
        let before = ofBody ? [] : this.rolesBefore(lo, span.from);
        // "Vice Chairmen ... A and B": the second name shares the first one's titles.
        const between = previous ? this.tokens.slice(previous.span.to, span.from) : [];
        const joined = previous !== null && between.length === 1 && (between[0]!.text === ',' || this.pack.chainJoiners.longestAt(this.doc, previous.span.to)?.end === span.from);
        if (joined && previous && before.length === 0) before = previous.before;
        const after = this.rolesAfter(span.to, hi);
        const sharedRoles = shared && span.from >= shared.listFrom ? [shared.role] : [];
        // Two-syllable names ("To Lam") need a title or an honorific right next to them.
        const titleRightBefore = before.length > 0 && before[before.length - 1]!.to >= span.from - 1 && this.tokens[span.from - 1]?.kind === 'word';
        const cues = (honorific ? 1 : 0) + (before.length > 0 ? 1 : 0) + (after.length > 0 ? 1 : 0) + (sharedRoles.length > 0 ? 1 : 0);
        const syllables = span.to - span.from;
        const ok =
          (cues > 0 || joined) && (syllables >= 3 || honorific || after.length > 0 || titleRightBefore || sharedRoles.length > 0);
        if (!ok) continue;
        if (span.afterPlaceWord && (!titleRightBefore || placeNames.has(fold(span.name)))) continue;
        if (span.rare && !(honorific || (titleRightBefore && syllables >= 3))) continue;
        const roles = [...sharedRoles.filter((role) => !before.some((b) => fold(b.text) === fold(role.text))), ...before, ...after];
        const mention: Accepted = { span, roles, cues };
        inSentence.push(mention);
        accepted.push(mention);
        if (span.rare || syllables === 2 || span.afterPlaceWord) risk++;
        previous = { span, before };
      }
      this.rolesByVerb(from, to, inSentence);
    }
    return this.merge(accepted, nameSpans, risk);
  }

  private bylineStart(from: number, to: number): number {
    for (let i = from; i < to; i++) {
      const marker = this.pack.bylineMarkers.longestAt(this.doc, i);
      if (marker && this.tokens[marker.end]?.text === ':' && (i === from || this.tokens[i - 1]!.kind === 'punct')) return i;
    }
    return -1;
  }

  /** "comrades: A, B ..." / "các đồng chí: A, ...": where the list after the honorific starts, or -1. */
  private honorificListStart(from: number, to: number): number {
    for (let i = from; i < to; i++) if (this.tokens[i]!.text === ':' && this.honorificBefore(i + 1, from) >= 0) return i + 1;
    return -1;
  }

  /**
   * "Các Phó Bí thư Tỉnh ủy Bắc Ninh gồm có: ...", "The Vice Chairmen of the PPC are: ...":
   * a plural title, then a list of names that each hold it.
   */
  private sharedTitle(from: number, to: number): { role: Role; listFrom: number } | null {
    for (let i = from; i + 1 < to; i++) {
      const marker = this.pack.pluralMarkers.longestAt(this.doc, i);
      const titleStart = marker ? marker.end : i;
      const titleEnd = this.titleAt(titleStart, false);
      if (titleEnd < 0) continue;
      const plural = this.pack.plurals.has(this.doc.keys(titleStart, titleEnd));
      if (!marker && !plural) continue;
      if (marker && !plural && this.pack.language === 'en') continue;
      const prefix = this.rolePrefix(titleStart, Math.min(to, titleStart + WINDOW));
      let k = prefix.to;
      const introducer = this.pack.listIntroducers.longestAt(this.doc, k);
      if (introducer) k = introducer.end;
      if (this.tokens[k]?.text !== ':') continue;
      const role = this.makeRole(titleStart, prefix.to);
      if (!role) continue;
      return { role, listFrom: k + 1 };
    }
    return null;
  }

  /**
   * "Thượng tướng Nguyễn Hồng Thái, ... được Bộ Chính trị điều động, ..., giữ chức Bí thư
   * Tỉnh ủy": a verb that gives a title gives it to the last person named before it.
   */
  private rolesByVerb(from: number, to: number, mentions: Accepted[]): void {
    if (mentions.length === 0) return;
    for (let i = from; i < to; i++) {
      const verb = this.pack.roleVerbs.longestAt(this.doc, i);
      if (!verb) continue;
      const start = verb.end;
      if (!this.startsWithTitle(start, true) || verb.end - i < 2) {
        i = verb.end - 1;
        continue;
      }
      let owner: Accepted | undefined;
      for (const mention of mentions) if (mention.span.to <= i) owner = mention;
      const nextName = mentions.find((mention) => mention.span.from >= start);
      const limit = Math.min(nextName ? nextName.span.from : to, start + WINDOW);
      const prefix = this.rolePrefix(start, limit);
      i = Math.max(i, prefix.to - 1);
      if (!owner || owner.roles.some((role) => role.from <= start && start < role.to)) continue;
      for (const role of this.splitChain(start, prefix.to)) if (!owner.roles.some((kept) => fold(kept.text) === fold(role.text))) owner.roles.push(role);
    }
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
      const roles: Role[] = [];
      for (const role of lead.roles) if (!roles.some((kept) => fold(kept.text) === fold(role.text))) roles.push(role);
      for (const mention of mentions) if (mention !== lead) for (const role of mention.roles) if (!repeatsRole(role.text, roles.map((kept) => kept.text))) roles.push(role);
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
    return { people, mentions, nameSpans, confidence: peopleConfidence(people.length, weak, risk, nameSpans.length) };
  }
}

/**
 * Confidence that the list of people is right as a whole: each person read from a weak
 * cue (no title, a rare surname, two syllables) and each full-name run left unread lowers it.
 */
function peopleConfidence(people: number, weak: number, risk: number, fullNameRuns: number): number {
  if (people === 0) return fullNameRuns === 0 ? 0.9 : 0.5;
  let confidence = 0.97;
  confidence -= 0.06 * weak + 0.05 * risk;
  confidence -= 0.01 * Math.max(0, people - 6);
  return Math.max(0.05, Math.min(0.99, confidence));
}

const ROLE_STOP = new Set(['of', 'the', 'and', 'for', 'cua', 'va', 'in']);

function roleWords(role: string): string[] {
  return fold(role)
    .split(/[^a-z0-9'.]+/)
    .filter((word) => word && !ROLE_STOP.has(word));
}

let expansions: Map<string, string[]> | null = null;

/** Abbreviations of both packs, folded, with their folded words: "ubnd" -> ["uy", "ban", "nhan", "dan"]. */
function abbreviationWords(): Map<string, string[]> {
  if (!expansions) {
    expansions = new Map();
    for (const language of ['vi', 'en'] as const) {
      for (const [abbreviation, full] of Object.entries(packFor(language).data.abbreviations)) {
        expansions.set(fold(abbreviation), fold(full).split(/[^a-z0-9']+/).filter((word) => word && !ROLE_STOP.has(word)));
      }
    }
    expansions.set("people's", ['people']);
  }
  return expansions;
}

function expandedWords(role: string): string[] {
  const table = abbreviationWords();
  return roleWords(role).flatMap((word) => table.get(word) ?? [word]);
}

/** A title says nothing new when all its words are in one title already kept. */
function repeatsRole(role: string, kept: readonly string[]): boolean {
  const words = expandedWords(role);
  if (words.length === 0) return true;
  return kept.some((other) => {
    const otherWords = new Set(expandedWords(other));
    return words.every((word) => otherWords.has(word));
  });
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
