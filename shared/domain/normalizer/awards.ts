/**
 * Awards handed out at the event, read over the shared tokens with the award words of
 * the language pack: each award with the counts of recipients that follow it ("tặng Bằng
 * khen cho 5 tập thể, 10 cá nhân", "certificates of merit to 16 collectives and 24
 * individuals"), recipients written before a passive verb ("24 doanh nghiệp được tặng
 * Bằng khen"), named people as recipients ("the Labour Order to A, B and C": three
 * individuals), and orders with their name and class ("Huân chương Lao động hạng Ba").
 */
import type { Award, Span } from '../record';
import { namesData, packFor, type AwardClass, type LanguagePack, type PackLanguage, type RecipientKind } from './packs';
import { DASH_TEXTS, type AnalysedText, type Token } from './tokens';

/** Quotation marks around a body's name ("Nguoi Lao Dong" Newspaper). */
const QUOTES: ReadonlySet<string> = new Set(['"', '“', '”', "'", '‘', '’']);
/** A sentence's opening day and month before its year: "Ngày 29/6/2017,", "29-6-2017,". */
const OPENING_NUMERIC_DATE = /^(?:ngày\s+)?(\d{1,2})[/.-](\d{1,2})[/.-]((?:19|20)\d\d)\s*,/iu;
/** "On June 29, 2017,". */
const OPENING_WRITTEN_DATE = /^on\s+([a-z]+)\s+(\d{1,2}),?\s+((?:19|20)\d\d)\s*,/iu;
const ENGLISH_MONTHS = ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december'];

const APOSTROPHE_TEXTS: ReadonlySet<string> = new Set(["'", '’']);

export interface AwardsResult {
  readonly awards: Award[];
  /** How likely the awards are right as a whole (0..1). */
  readonly confidence: number;
}

interface AwardHit {
  readonly from: number;
  readonly to: number;
  /** The kind of award, as the record names it ("medal" for every order and medal). */
  readonly award: string;
  /** The award's own name with its class ("Labour Order, First Class"), when the text gives it. */
  readonly name?: string;
  /** The award's word is plural ("certificates", "Orders"): several were given. */
  readonly plural: boolean;
}

interface CountHit {
  readonly from: number;
  readonly to: number;
  readonly count: number;
  readonly recipient: RecipientKind;
}

/**
 * What a sentence's tokens tell the awards after them, one entry per token from the
 * sentence's first (and one past its last): see `clauseFactsOf`.
 */
interface ClauseFacts {
  readonly clauseStart: Int32Array;
  readonly pastBefore: Int32Array;
  readonly proposalsBefore: Int32Array;
  readonly inBasis: Uint8Array;
}

/**
 * The recipients' part of the sentence after the last award of a group (up to the next award
 * or ';'), shared by the group's awards: what is read there is read once per group.
 */
interface Segment {
  readonly segmentEnd: number;
  readonly counts: CountHit[];
  /** A plan written between the award and its recipients ("will be presented to"). */
  readonly planned: boolean;
  /** The people named there, once asked. */
  named?: { count: number; end: number };
  /** Whether a recipient introducer is there, once asked. */
  introduced?: boolean;
  /** How many bodies are named after the introducer, once asked. */
  bodies?: number;
}

const CLASS_NAMES: Readonly<Record<AwardClass, string>> = { first: 'First', second: 'Second', third: 'Third' };

/** Awards that only ever go to one kind of recipient: a Party badge to Party members, an emulation flag to collectives. */
const NATURAL_RECIPIENT: Readonly<Record<string, RecipientKind>> = { 'party membership badge': 'individual', 'emulation flag': 'collective' };

const titleCase = (words: string): string => words.replace(/(^|\s)(\p{Ll})/gu, (_, space: string, letter: string) => space + letter.toUpperCase());

class AwardsReader {
  private readonly tokens: readonly Token[];
  private uncertain = 0;
  /** Per sentence, per token: the latest breakdown opener at or before it, or -1. */
  private readonly breakdownOpeners = new Map<number, Int32Array>();
  /** The people by where they start, for the look-ups of a range. */
  private readonly peopleByStart: readonly { readonly start: number; readonly end: number; readonly name: string }[];
  /** The first person (in the order given) whose name ends at each token, for the look-up before a passive verb. */
  private readonly personEndingAt = new Map<number, { readonly start: number; readonly end: number; readonly name: string }>();

  constructor(
    private readonly doc: AnalysedText,
    private readonly pack: LanguagePack,
    private readonly eventYear: number | null,
    people: readonly { readonly start: number; readonly end: number; readonly name: string }[],
    private readonly eventDate: string | null = null,
  ) {
    this.tokens = doc.tokens;
    this.peopleByStart = [...people].sort((a, b) => a.start - b.start);
    for (const person of people) {
      const last = doc.tokenAt(person.end - 1);
      if (!this.personEndingAt.has(last)) this.personEndingAt.set(last, person);
    }
  }

  /** Whether the text names recipients of both kinds together, once asked: see {@link namesBothKinds}. */
  private bothKindsNamed: boolean | undefined;

  /**
   * The text names the recipients of its awards as both kinds together ("262 organisations and
   * individuals received ...", "các tập thể, cá nhân được tặng ..."): a recipient noun of one kind
   * joined to one of the other in a sentence that gives or receives.
   */
  private namesBothKinds(): boolean {
    for (const sentence of this.doc.sentences) {
      let joined = false;
      for (let k = sentence.firstToken; k < sentence.endToken && !joined; k++) {
        const noun = this.pack.recipients.longestAt(this.doc, k);
        if (noun && noun.end <= sentence.endToken) joined = this.otherKindJoined(noun.end, noun.value, sentence.endToken);
      }
      if (joined && this.hasGivingVerb(sentence.firstToken, sentence.endToken)) return true;
    }
    return false;
  }

  /** Award phrases of the sentence, in order, not overlapping. */
  private hits(from: number, to: number): AwardHit[] {
    const hits: AwardHit[] = [];
    for (let i = from; i < to; i++) {
      const gap = this.gapAt(i, to);
      if (gap) {
        hits.push(gap);
        i = gap.to - 1;
        continue;
      }
      const found = this.pack.awards.longestAt(this.doc, i) ?? this.afterGivingVerb(i);
      if (!found) continue;
      const last = this.tokens[found.end - 1]!;
      // "Labour Orders", and "certificates of merit": the head may be the first word.
      const plural = this.pack.language === 'en' && (/[^'’]s$/.test(last.key) || (found.end - i > 1 && /[^'’]s$/.test(this.tokens[i]!.key)));
      if (found.value === 'order' || found.value === 'medal') {
        const named = this.namedOrder(i, found.end, found.value, to);
        // "in order to", "the order of business": a bare English "order" is no award.
        if (!named && found.value === 'order' && this.pack.awardOrderNamesBefore) continue;
        const from = named?.from ?? i;
        const end = named?.to ?? found.end;
        // "The second-class and third-class Labour Orders": one award per class.
        for (const other of named?.otherClasses ?? []) hits.push({ from, to: end, award: 'medal', name: other, plural });
        hits.push({ from, to: end, award: 'medal', ...(named ? { name: named.award } : {}), plural });
        i = end - 1;
        continue;
      }
      hits.push({ from: i, to: found.end, award: found.value, plural });
      i = found.end - 1;
    }
    return hits;
  }

  /** "trao giải": a word that is an award only right after a giving verb. */
  private afterGivingVerb(i: number): { end: number; value: string } | null {
    const found = this.pack.awardsAfterGivingVerb.longestAt(this.doc, i);
    if (!found) return null;
    for (let start = Math.max(0, i - this.pack.givingVerbs.maxTokens); start < i; start++) {
      if (this.pack.givingVerbs.longestAt(this.doc, start)?.end === i) return found;
    }
    return null;
  }

  /** "cờ dẫn đầu phong trào thi đua", "Huy hiệu 30 năm tuổi Đảng". */
  private gapAt(i: number, to: number): AwardHit | null {
    for (const gap of this.pack.awardGaps) {
      const first = gap.first.longestAt(this.doc, i);
      if (!first) continue;
      // "Huy hiệu 30, 40, 45, 50 năm tuổi Đảng": a list of numbers counts as one word of the gap.
      let words = 0;
      for (let k = first.end; k < to && words <= gap.within; k++) {
        const last = gap.last.longestAt(this.doc, k);
        if (last) return { from: i, to: last.end, award: gap.award, plural: false };
        const token = this.tokens[k]!;
        const listComma = token.text === ',' && this.tokens[k + 1]?.kind === 'number';
        if (token.kind === 'punct' && !listComma) break;
        if (!listComma && !(token.kind === 'number' && this.tokens[k - 1]?.text === ',')) words++;
      }
    }
    return null;
  }

  /** "Huân chương Lao động hạng Nhất", "the first-class Labour Order", "Labour Order, second class". */
  private namedOrder(from: number, to: number, kind: string, limit: number): { from: number; to: number; award: string; otherClasses: string[] } | null {
    let start = from;
    let end = to;
    let name: string | null = null;
    let grade: AwardClass | null = null;
    // A name in quotation marks ('Huân chương "Chiến công"', '“Military Exploit” Order') is the same name.
    const quoted = (at: number): boolean => QUOTES.has(this.tokens[at]?.text ?? '');
    const opensQuote = !this.pack.awardOrderNamesBefore && quoted(end);
    const nameAfter = this.pack.awardNames.longestAt(this.doc, opensQuote ? end + 1 : end);
    if (!this.pack.awardOrderNamesBefore && nameAfter && (!opensQuote || quoted(nameAfter.end))) {
      name = nameAfter.value;
      end = nameAfter.end + (opensQuote ? 1 : 0);
    }
    if (this.pack.awardOrderNamesBefore) {
      const closesQuote = quoted(from - 1);
      const nameEnd = closesQuote ? from - 1 : from;
      for (let k = Math.max(0, nameEnd - 4); k < nameEnd; k++) {
        const before = this.pack.awardNames.longestAt(this.doc, k);
        if (before && before.end === nameEnd && (!closesQuote || quoted(k - 1))) {
          name = before.value;
          start = closesQuote ? k - 1 : k;
          break;
        }
      }
    }
    // "the Medal for National Security": a medal written as a name, its name after a link word
    // and in capitals (not "the Labour Order for Hai Duong Hospital": that order is named before).
    const link = name === null && this.tokens[from]!.upperInitial ? this.pack.awardNameLinks.longestAt(this.doc, to) : null;
    if (link) {
      let k = link.end;
      while (k < limit && k < link.end + 4 && this.tokens[k]!.kind === 'word' && this.tokens[k]!.upperInitial) k++;
      if (k > link.end) {
        const noun = kind === 'order' ? 'Order' : 'Medal';
        return { from, to: k, award: `${noun} ${this.doc.text.slice(this.tokens[link.end - 1]!.start, this.tokens[k - 1]!.end)}`, otherClasses: [] };
      }
    }
    // The class: right after ("hạng Ba", ", second class") or right before ("first class Labour Order").
    let after = end;
    if (this.tokens[after]?.text === ',') after++;
    const classAfter = after < limit ? this.pack.awardClasses.longestAt(this.doc, after) : null;
    if (classAfter) {
      grade = classAfter.value;
      end = classAfter.end;
    } else {
      start = this.classBefore(start, (found) => (grade = found));
    }
    if (!name && !grade) return null;
    const noun = kind === 'order' ? 'Order' : 'Medal';
    const named = (g: AwardClass | null) => (name ? `${titleCase(name)} ${noun}${g ? `, ${CLASS_NAMES[g]} Class` : ''}` : `${noun}, ${CLASS_NAMES[g!]} Class`);
    // "second-class and third-class Labour Orders": more classes joined before the one read.
    const otherClasses: string[] = [];
    while (grade && this.pack.chainJoiners.longestAt(this.doc, start - 1)?.end === start) {
      let other: AwardClass | null = null;
      const earlier = this.classBefore(start - 1, (found) => (other = found));
      if (other === null || earlier === start - 1) break;
      otherClasses.unshift(named(other));
      start = earlier;
    }
    return { from: start, to: end, award: named(grade), otherClasses };
  }

  /** A class ("first class", "first-class") ending right before token `at`: its start (or `at`), reported to `found`. */
  private classBefore(at: number, found: (grade: AwardClass) => void): number {
    for (let k = Math.max(0, at - 3); k < at; k++) {
      const before = this.pack.awardClasses.longestAt(this.doc, k);
      if (before && before.end === at) {
        found(before.value);
        return k;
      }
    }
    return at;
  }

  /** A number that is a count: digits (not part of "1.860" or "7,3") or a number word. */
  private countAt(i: number): number | null {
    const token = this.tokens[i];
    if (!token) return null;
    if (token.kind === 'number') {
      const previous = this.tokens[i - 1];
      const next = this.tokens[i + 1];
      if (previous && !token.spaceBefore && (previous.text === '.' || previous.text === ',' || previous.kind === 'number')) return null;
      if (next && !next.spaceBefore && (next.text === '.' || next.text === ',') && this.tokens[i + 2]?.kind === 'number' && !this.tokens[i + 2]!.spaceBefore) return null;
      if (token.text.length > 4) return null;
      // "2/9 Đảng bộ", "2025-08-29 Đảng bộ", "tháng 9 Đảng bộ", "September 9 Party cells": a day or a
      // month of a date, never a count of the recipient noun after it.
      if (previous && !token.spaceBefore && (previous.text === '/' || previous.text === '-')) return null;
      if (previous && this.pack.dateWordsBeforeCount.has(previous.key)) return null;
      const value = Number(token.text);
      return value > 0 ? value : null;
    }
    if (token.kind !== 'word') return null;
    // "20 năm tổ chức": a number word right after a number is its unit ("năm" = years), no count.
    if (this.tokens[i - 1]?.kind === 'number') return null;
    return this.pack.numberWords.get(token.key) ?? null;
  }

  /**
   * A count written in groups of three digits after the first ("1.625", "1,936") starting at
   * token `i`: its value and the token after it, or null. Vietnamese writes the thousands with a
   * dot, English with a comma; a group of another length ("7,3", "1.5") is a decimal.
   */
  private groupedCountAt(i: number): { value: number; end: number } | null {
    const token = this.tokens[i];
    if (!token || token.kind !== 'number' || token.text.length > 3) return null;
    const previous = this.tokens[i - 1];
    if (previous && !token.spaceBefore && (previous.text === '.' || previous.text === ',' || previous.kind === 'number')) return null;
    let text = token.text;
    let end = i + 1;
    while ((this.tokens[end]?.text === '.' || this.tokens[end]?.text === ',') && !this.tokens[end]!.spaceBefore) {
      const group = this.tokens[end + 1];
      if (!group || group.kind !== 'number' || group.spaceBefore || group.text.length !== 3) return null;
      text += group.text;
      end += 2;
    }
    // A group after the last one that is no group ("1.625.5") or a single group that runs on: no count.
    if (end === i + 1 || this.tokens[end]?.kind === 'number') return null;
    const value = Number(text);
    return value > 0 && value < 100000 ? { value, end } : null;
  }

  /** A count and its recipient noun starting at token i ("5 tập thể", "nine full-time NA deputies", "1.625 đảng viên"). */
  private countRecipientAt(i: number, limit: number): CountHit | null {
    const grouped = this.groupedCountAt(i);
    const count = grouped?.value ?? this.countAt(i);
    if (count === null) return null;
    let k = grouped?.end ?? i + 1;
    // "10 “sinh viên 5 tốt”": the recipients named by a title in quotation marks.
    if (QUOTES.has(this.tokens[k]?.text ?? '') && k + 1 < limit) k++;
    for (let modifiers = 0; modifiers <= 5 && k < limit; modifiers++) {
      const modifier = this.pack.recipientModifiers.longestAt(this.doc, k);
      if (modifier && modifier.end <= limit && !this.pack.modifiersBeforeRecipient) {
        k = modifier.end;
        continue;
      }
      const noun = this.pack.recipients.longestAt(this.doc, k);
      if (noun && noun.end <= limit) return this.otherKindJoined(noun.end, noun.value, limit) ? null : { from: i, to: noun.end, count, recipient: noun.value };
      if (!this.pack.modifiersBeforeRecipient) return null;
      // English puts describing words before the noun: "15 outstanding union members".
      const token = this.tokens[k]!;
      const describes = (token.kind === 'word' && !this.pack.phraseBreaks.has(token.key)) || (token.text === '-' && !token.spaceBefore);
      if (!describes) return null;
      k++;
    }
    return null;
  }

  /**
   * "46 tập thể và cá nhân", "262 organisations and individuals": the recipient noun ending at
   * `at` is joined to one of the other kind with no count of its own, so the count is of both
   * together, which no entry can hold.
   */
  private otherKindJoined(at: number, kind: RecipientKind, limit: number): boolean {
    const joined = this.tokens[at]?.text === ',' ? at + 1 : this.pack.chainJoiners.longestAt(this.doc, at)?.end;
    if (joined === undefined || joined >= limit) return false;
    const other = this.pack.recipients.longestAt(this.doc, joined);
    return other !== null && other.value !== kind && other.end <= limit;
  }

  /**
   * The count at token `at` stands in brackets right after a capitalized name, or a name and its
   * lower-case kind ("Quế Võ (126 đảng viên)", "Bac Ninh city (148 Party members)").
   */
  private shareInBrackets(at: number): boolean {
    if (this.tokens[at - 1]?.text !== '(') return false;
    const name = this.tokens[at - 2];
    const before = this.tokens[at - 3];
    if (name?.kind !== 'word') return false;
    return name.upperInitial || (before?.kind === 'word' && before.upperInitial);
  }

  /** A recipient introducer ("cho", "to") ends right before token `at`, and starts at `floor` or after. */
  private introducerEndsAt(at: number, floor: number): boolean {
    for (let k = Math.max(floor, at - 3); k < at; k++) {
      if (this.pack.recipientIntroducers.longestAt(this.doc, k)?.end === at) return true;
    }
    return false;
  }

  /** Counts with recipients in tokens `from` .. `to - 1`, skipping those a passive verb gives to a later award. */
  private countsIn(from: number, to: number, passiveOnly: boolean): CountHit[] {
    const counts: CountHit[] = [];
    const listEnds = new Map<number, number>();
    for (let i = from; i < to; i++) {
      const hit = this.countRecipientAt(i, to);
      if (!hit) continue;
      // "... là: huyện Lương Tài (143 đảng viên), Quế Võ (126 đảng viên)", "include Bac Ninh city (148
      // Party members)": a count in brackets after a named place is that unit's share, no recipients.
      if (this.shareInBrackets(i)) {
        i = hit.to - 1;
        continue;
      }
      // "15 tập thể, 30 cá nhân được tặng", "Fifteen collectives and 30 individuals received":
      // counts listed together share the verb after the last of them.
      // The end of a list is read once, at its first count, for all of them: walking the rest
      // of the list again from every count grew with the square of a long list.
      let listEnd = listEnds.get(hit.to);
      if (listEnd === undefined) {
        const members = [hit.to];
        listEnd = hit.to;
        for (let next = this.listedCountAfter(listEnd, to); next !== null; next = this.listedCountAfter(listEnd, to)) {
          listEnd = next.to;
          members.push(next.to);
        }
        for (const member of members) listEnds.set(member, listEnd);
      }
      const passive = this.passiveAfter(listEnd, to);
      if (passive !== passiveOnly) {
        i = hit.to - 1;
        continue;
      }
      counts.push(hit);
      i = hit.to - 1;
    }
    return counts;
  }

  /** A number of awards right before the award at `at` ("48 Cờ thi đua", "48 excellent Emulation Flags"), or null. */
  private countBeforeAward(at: number, floor: number): number | null {
    let k = at - 1;
    // English describing words between ("48 excellent ...").
    for (let steps = 0; steps < 2 && k > floor; steps++) {
      const modifier = this.pack.recipientModifiers.longestAt(this.doc, k);
      if (!modifier || modifier.end !== k + 1) break;
      k--;
    }
    if (k < floor) return null;
    const token = this.tokens[k]!;
    // "năm 2024 Bằng khen" is no count: a year is four digits.
    if (token.kind === 'number' && token.text.length >= 4) return null;
    const count = this.countAt(k);
    return count === null || (count >= 1900 && count <= 2100) ? null : count;
  }

  /** The first recipient after the introducer is a body written with its name ("cho Công ty ...", "to the Hospital ..."). */
  private namedBodyFirst(from: number, to: number): boolean {
    for (let k = from; k < to && k < from + 8; k++) {
      const introducer = this.pack.recipientIntroducers.longestAt(this.doc, k);
      if (!introducer) continue;
      let at = introducer.end;
      if (this.pack.roleLeadDrop.has(this.tokens[at]?.key ?? '')) at++;
      const noun = this.pack.recipients.longestAt(this.doc, at);
      // "cho Công ty ...", and "cho tập thể Công ty ...": the body's name opens on a capital, after its kind or not.
      if (noun === null || noun.value !== 'collective' || !(this.tokens[at]!.upperInitial || this.tokens[noun.end]?.upperInitial === true)) return false;
      const start = this.tokens[at]!.start;
      return !this.peopleByStart.some((person) => person.start <= start && start < person.end);
    }
    return false;
  }

  /**
   * How many bodies the first recipient introducer of tokens `from` .. `to - 1` names ("cho Ban
   * Tổ chức Tỉnh ủy và Sở Nội vụ", "to \"Nguoi Lao Dong\" Newspaper and the Vietnam Rubber
   * Group"): each item of the list opens on a capital and is a body by its noun (first in
   * Vietnamese, last in English). A list with an item that is no body ("Đảng bộ, chính quyền
   * và Nhân dân xã ...", "the Department of Culture, Sports and Tourism") is one body; 0 when
   * no body is named there.
   */
  private namedBodiesAfter(from: number, to: number): number {
    for (let k = from; k < to && k < from + 8; k++) {
      const introducer = this.pack.recipientIntroducers.longestAt(this.doc, k);
      if (!introducer) continue;
      let items = 0;
      let at = introducer.end;
      for (;;) {
        const item = this.bodyItemAt(at, to);
        if (!item) return items === 0 ? 0 : 1;
        items++;
        const next = this.tokens[item.end];
        if (next?.text === ',' && item.end + 1 < to) at = item.end + 1;
        else {
          const joiner = this.pack.chainJoiners.longestAt(this.doc, item.end);
          if (!joiner || joiner.end >= to) return items;
          at = joiner.end;
        }
        if (this.pack.chainJoiners.longestAt(this.doc, at)) at = this.pack.chainJoiners.longestAt(this.doc, at)!.end;
      }
    }
    return 0;
  }

  /**
   * A body's name at token `at` (an article or an opening quote before it): its capitalized
   * words, up to a comma, a joiner or other punctuation, when the body's noun stands where the
   * language puts it. Its end, or null.
   */
  private bodyItemAt(at: number, to: number): { end: number } | null {
    let k = at;
    if (this.pack.roleLeadDrop.has(this.tokens[k]?.key ?? '')) k++;
    if (QUOTES.has(this.tokens[k]?.text ?? '')) k++;
    const first = this.tokens[k];
    if (!first || k >= to || first.kind !== 'word' || !first.upperInitial) return null;
    const start = k;
    let lastCapital = k;
    for (; k < to; k++) {
      const token = this.tokens[k]!;
      if (QUOTES.has(token.text)) continue;
      if (token.kind !== 'word' || this.pack.chainJoiners.longestAt(this.doc, k)) break;
      // English ends the name on its last capitalized word ("the Vietnam Rubber Group for its efforts").
      if (this.pack.modifiersBeforeRecipient && !token.upperInitial) break;
      if (token.upperInitial) lastCapital = k;
    }
    if (this.pack.modifiersBeforeRecipient) {
      // "the Vietnam Rubber Group": the noun is the name's last word.
      for (let j = start; j <= lastCapital; j++) {
        const noun = this.pack.recipients.longestAt(this.doc, j);
        if (noun?.value === 'collective' && noun.end === lastCapital + 1) return { end: k };
      }
      return null;
    }
    const noun = this.pack.recipients.longestAt(this.doc, start);
    if (noun) return noun.value === 'collective' ? { end: k } : null;
    return this.pack.bodyHeads.longestAt(this.doc, start) ? { end: k } : null;
  }

  /** A number right after the recipient introducer ("cho 20 ...", "to 20 ..."). */
  private countAfterIntroducer(from: number, to: number): boolean {
    for (let k = from; k < to && k < from + 8; k++) {
      const introducer = this.pack.recipientIntroducers.longestAt(this.doc, k);
      if (introducer) return this.countAt(introducer.end) !== null;
    }
    return false;
  }

  /** The first recipient introducer of tokens `from` .. `to - 1` (within a few words) is followed by a capitalized name ("cho Công ty ...", "to the People's Committee of ..."). */
  private bodyNamedAfterIntroducer(from: number, to: number): boolean {
    for (let k = from; k < to && k < from + 8; k++) {
      const introducer = this.pack.recipientIntroducers.longestAt(this.doc, k);
      if (!introducer) continue;
      let at = introducer.end;
      if (this.pack.pluralMarkers.longestAt(this.doc, at)?.end === at + 1 && this.pack.language === 'en') at++;
      const token = this.tokens[at];
      return at < to && token !== undefined && token.kind === 'word' && token.upperInitial;
    }
    return false;
  }

  /** A recipient introducer ("cho", "to") among tokens `from` .. `to - 1`. */
  private introducerIn(from: number, to: number): boolean {
    for (let k = from; k < to; k++) if (this.pack.recipientIntroducers.longestAt(this.doc, k)) return true;
    return false;
  }

  /** "... cá nhân được tặng", "... individuals were awarded": a passive verb follows the recipients (within a few words). */
  private passiveAfter(at: number, to: number): boolean {
    // "three collectives awarded the Labour Order": a participle right after the recipients.
    if (this.pack.participlePassives.longestAt(this.doc, at)) return true;
    for (let k = at; k < to && k < at + 12; k++) {
      const token = this.tokens[k]!;
      // "12 tập thể, 25 cá nhân được tặng": the list goes on to the verb.
      const listed = token.text === ',' ? this.countRecipientAt(k + 1, to) : null;
      if (listed) return this.passiveAfter(listed.to, to);
      if (token.kind === 'punct' && token.text !== '-') return false;
      // "to 77 individuals who were advanced models": a relative clause describes the recipients.
      if (this.pack.recipientRelatives.longestAt(this.doc, k)) return false;
      if (this.pack.passiveMarkers.longestAt(this.doc, k)) return true;
    }
    return false;
  }

  /**
   * The people named right before a passive verb in tokens `from` .. `to - 1` ("đồng chí
   * Nguyễn Văn Hải được trao", "Nguyen Van An and Tran Thi Binh were presented with"): how
   * many, or 0 when no name ends at the passive verb.
   */
  private peopleBeforePassive(from: number, to: number, listFrom = from): number {
    for (let k = from + 1; k < to; k++) {
      if (!this.pack.passiveMarkers.longestAt(this.doc, k)) continue;
      // "Senior revolutionary Le Van An, who received the Independence Order": the person before the relative word.
      let end = k;
      for (let start = Math.max(from + 1, k - this.pack.recipientRelatives.maxTokens); start < k; start++) {
        if (this.pack.recipientRelatives.longestAt(this.doc, start)?.end === k) {
          end = start;
          break;
        }
      }
      const personBefore = this.personEndingAt.get(end - 1);
      if (personBefore) return this.namesakeAt(this.doc.tokenAt(personBefore.start)) ? 0 : this.peopleIn(from, end).count;
      // A sentence that opens on bare names ("Nguyen Van An and Tran Thi Binh were ..."), read by their shape.
      const count = this.namesBefore(end, from);
      if (count > 0) return count;
      // "Các đồng chí A - Giám đốc Sở ...; B - ... và đồng chí C - Bí thư Huyện ủy được trao tặng ...": each name
      // followed by its titles up to the verb.
      const titled = this.titledPeopleBefore(listFrom, end);
      if (titled > 0) return titled;
    }
    return 0;
  }

  /**
   * People named with their titles after a dash right up to the passive verb at `end` ("GS.TS A -
   * Giám đốc Sở ... được trao tặng", "A - ...; B - ... và đồng chí C - ... được trao tặng"): how
   * many, or 0. The last of them carries the titles that reach the verb: no giving verb, award or
   * recipient noun between.
   */
  private titledPeopleBefore(from: number, end: number): number {
    const start = this.tokens[from]?.start ?? 0;
    const stop = this.tokens[end - 1]?.end ?? 0;
    const inside = this.peopleByStart.filter((person) => person.start >= start && person.end <= stop);
    const last = inside[inside.length - 1];
    if (!last) return 0;
    const after = this.doc.tokenAt(last.end - 1) + 1;
    if (!DASH_TEXTS.has(this.tokens[after]?.text ?? '')) return 0;
    for (let k = after; k < end; k++) if (this.pack.givingVerbs.longestAt(this.doc, k) || this.pack.awards.longestAt(this.doc, k)) return 0;
    return new Set(inside.map((person) => person.name)).size;
  }

  /** The first token of a personal name (a family name and one to three capitalized syllables) that ends right before token `end`, or null. */
  private nameShapeBefore(end: number, from: number): number | null {
    for (let start = end - 2; start >= Math.max(from, end - 4); start--) {
      const first = this.tokens[start]!;
      if (first.kind !== 'word' || !first.capitalized) return null;
      if (!this.familyName(first)) continue;
      let shaped = true;
      for (let k = start + 1; k < end && shaped; k++) {
        const token = this.tokens[k]!;
        shaped = token.kind === 'word' && token.capitalized && token.spaceBefore && token.text.length <= 7 && !this.pack.namesakeAfter.has(token.key) && this.pack.recipients.longestAt(this.doc, k)?.value !== 'collective';
      }
      if (shaped && !this.namesakeAt(start)) return start;
    }
    return null;
  }

  /** A Vietnamese family name, written with its diacritics or folded ("Nguyễn", "Nguyen"). */
  private familyName(token: Token): boolean {
    const names = namesData();
    return names.familyNames.has(token.key) || (/^[a-z]+$/.test(token.key) && names.foldedFamilyNames.has(token.key));
  }

  /** A name starting at token `start` that names a body after a person ("Trường Tiểu học Nguyễn Huệ", "Tran Hung Dao Hospital"). */
  private namesakeAt(start: number): boolean {
    for (let k = Math.max(0, start - 3); k < start; k++) {
      const before = this.pack.bodyHeads.longestAt(this.doc, k) ?? this.pack.namesakeBefore.longestAt(this.doc, k);
      if (before) return true;
      const noun = this.pack.recipients.longestAt(this.doc, k);
      if (noun?.value === 'collective') return true;
    }
    return false;
  }

  /** Distinct people named in tokens `from` .. `to - 1`, and the token after the last of them. */
  private peopleIn(from: number, to: number): { count: number; end: number } {
    const start = this.tokens[from]?.start ?? 0;
    const end = this.tokens[to - 1]?.end ?? 0;
    const names = new Set<string>();
    let last = from;
    const people = this.peopleByStart;
    // The first person who starts at or after `start`; only those up to `end` can be inside.
    let low = 0;
    let high = people.length;
    while (low < high) {
      const middle = (low + high) >>> 1;
      if (people[middle]!.start < start) low = middle + 1;
      else high = middle;
    }
    for (let index = low; index < people.length && people[index]!.start <= end; index++) {
      const person = people[index]!;
      if (person.end > end) continue;
      names.add(person.name);
      last = Math.max(last, this.doc.tokenAt(person.end - 1) + 1);
    }
    return { count: names.size, end: last };
  }

  /**
   * Kinds of the recipients named without a count after an award ("cho các tập thể, cá
   * nhân": collectives and individuals; "to outstanding officials": individuals). An
   * emulation flag goes to collectives only.
   */
  private uncountedKinds(hit: AwardHit, from: number, to: number): RecipientKind[] {
    if (hit.award === 'emulation flag') return ['collective'];
    const kinds: RecipientKind[] = [];
    const start = this.pastGiver(from, to);
    let k = start;
    for (; k < to && k < start + 8; k++) {
      const introducer = this.introducerAt(k);
      if (introducer) {
        k = introducer.end;
        break;
      }
    }
    for (let steps = 0; k < to && steps < 12; steps++) {
      const marker = this.pack.pluralRecipients.longestAt(this.doc, k) ?? this.pack.recipientModifiers.longestAt(this.doc, k);
      if (marker) {
        k = marker.end;
        continue;
      }
      const noun = this.pack.recipients.longestAt(this.doc, k);
      if (noun) {
        if (!kinds.includes(noun.value)) kinds.push(noun.value);
        k = noun.end;
        continue;
      }
      const token = this.tokens[k]!;
      if (token.text === ',' || this.pack.chainJoiners.longestAt(this.doc, k)?.end === k + 1) {
        k++;
        continue;
      }
      break;
    }
    return kinds;
  }

  /**
   * The kinds of a group named without a number right before a passive verb in tokens
   * `from` .. `to - 1` ("nhiều tập thể, cá nhân được ...", "many individuals were ..."),
   * or none.
   */
  private groupBeforePassive(from: number, to: number): RecipientKind[] {
    for (let k = from; k < to; k++) {
      const plural = this.pack.pluralRecipients.longestAt(this.doc, k);
      if (!plural || this.pack.recipients.longestAt(this.doc, plural.end) === null) continue;
      const kinds: RecipientKind[] = [];
      let j = plural.end;
      while (j < to) {
        const noun = this.pack.recipients.longestAt(this.doc, j);
        if (noun) {
          if (!kinds.includes(noun.value)) kinds.push(noun.value);
          j = noun.end;
          continue;
        }
        if (this.tokens[j]!.text === ',' || this.pack.chainJoiners.longestAt(this.doc, j)?.end === j + 1) {
          j++;
          continue;
        }
        break;
      }
      if (j < to && this.pack.passiveMarkers.longestAt(this.doc, j)) return kinds;
    }
    return [];
  }

  /** A recipient with no count that is a group ("cho các tập thể, cá nhân", "to the units"). */
  private pluralRecipient(from: number, to: number): boolean {
    const start = this.pastGiver(from, to);
    for (let k = start; k < to && k < start + 8; k++) {
      const introducer = this.introducerAt(k);
      if (!introducer) continue;
      const plural = this.pack.pluralRecipients.longestAt(this.doc, introducer.end);
      if (!plural) return false;
      // "to the hospital" is one body; "to the units", "cho các tập thể" are many.
      const noun = this.pack.recipients.longestAt(this.doc, plural.end);
      if (this.pack.language === 'en' && plural.end - introducer.end === 1 && this.tokens[introducer.end]!.key === 'the') {
        return noun !== null && /s$/.test(this.tokens[noun.end - 1]!.key);
      }
      return true;
    }
    return false;
  }

  /**
   * A personal name right after the recipient introducer in tokens `from` .. `to - 1` ("to
   * Tran Thi Hong Hanh", "cho Nguyễn Văn Nam"): a family name and one to three more
   * capitalized syllables, none of them a body's noun ("to Nguyen Hue Ward" is a ward).
   * The token after the name, or null.
   */
  private personalNameAfter(from: number, to: number): number | null {
    for (let k = from; k < to && k < from + 8; k++) {
      const introducer = this.pack.recipientIntroducers.longestAt(this.doc, k);
      if (!introducer) continue;
      const first = this.tokens[introducer.end];
      if (!first || introducer.end >= to || first.kind !== 'word' || !first.capitalized) return null;
      if (!this.familyName(first)) return null;
      let end = introducer.end + 1;
      while (end < to && end < introducer.end + 5 && this.tokens[end]!.kind === 'word' && this.tokens[end]!.capitalized && this.tokens[end]!.spaceBefore) {
        if (this.pack.recipients.longestAt(this.doc, end)?.value === 'collective') return null;
        end++;
      }
      if (end - introducer.end < 2 || (end < to && this.tokens[end]!.kind === 'word' && this.tokens[end]!.upperInitial)) return null;
      return end;
    }
    return null;
  }

  /**
   * A sentence from token `from` that tells who attended before the award at `to`: an
   * attendance marker ("was attended by"), or an opener that lists the guests ("Dự hội nghị
   * có ...", "Attending the ceremony were ..."), not one that leads to the actor ("Tham dự
   * buổi lễ, đồng chí ... trao ...").
   */
  private attendance(from: number, to: number): boolean {
    let start = from;
    while (start < to && this.tokens[start]!.kind === 'punct') start++;
    for (let k = start; k < to; k++) if (this.pack.attendanceMarkers.longestAt(this.doc, k)) return true;
    const opener = this.pack.attendanceOpeners.longestAt(this.doc, start);
    if (!opener) return false;
    for (let k = opener.end; k < to && k < opener.end + 10; k++) {
      if (this.tokens[k]!.kind === 'punct') return false;
      if (this.pack.attendanceListVerbs.longestAt(this.doc, k)) return true;
    }
    return false;
  }

  /**
   * A proposal word ("đề nghị", "tham mưu", "proposed") starting in tokens `start` .. `end - 1`
   * of the sentence `from` .. `to - 1`: what follows is proposed, not handed out. Counted once
   * per sentence (see {@link clauseFactsOf}): each award phrase and honouring verb asks.
   */
  private proposedIn(start: number, end: number, from: number, to: number): boolean {
    const facts = this.clauseFactsOf(from, to);
    return facts.proposalsBefore[end - from]! - facts.proposalsBefore[start - from]! > 0;
  }

  /**
   * "presented <recipients> with <award>": the token after the giving verb when the award at
   * `at` follows a "with" (and an article) that closes the recipients, else null.
   */
  private recipientsBeforeWith(from: number, at: number): number | null {
    const k = this.withAt(at);
    if (k === null || k <= from) return null;
    for (let start = k - 1; start >= from; start--) {
      const verb = this.pack.givingVerbs.longestAt(this.doc, start);
      if (verb && verb.end <= k) return verb.end < k ? verb.end : null;
    }
    return null;
  }

  /**
   * "awarded <people> the <award>": how many people stand between a giving verb and the
   * article that opens the award at `at`, when nothing but their names and titles does.
   */
  private peopleBeforeArticle(from: number, at: number): number {
    let article = -1;
    for (let k = Math.max(from, at - this.pack.awardArticles.maxTokens); k < at; k++) {
      if (this.pack.awardArticles.longestAt(this.doc, k)?.end === at) {
        article = k;
        break;
      }
    }
    if (article <= from) return 0;
    for (let start = article - 1; start >= from && start >= article - 16; start--) {
      const verb = this.pack.givingVerbs.longestAt(this.doc, start);
      if (!verb || verb.end > article) continue;
      if (verb.end === article || this.countsIn(verb.end, article, false).length > 0 || this.hits(verb.end, article).length > 0) return 0;
      return this.peopleIn(verb.end, article).count || this.namesBefore(article, verb.end);
    }
    return 0;
  }

  /** The first token of the "with" ("with the") that ends right before the award at `at`, or null. */
  private withAt(at: number): number | null {
    for (let k = Math.max(0, at - this.pack.awardWithMarkers.maxTokens); k < at; k++) {
      if (this.pack.awardWithMarkers.longestAt(this.doc, k)?.end === at) return k;
    }
    return null;
  }

  /** How many personal names, read by their shape, end a list right before token `end` ("A, B and C were ..."). */
  private namesBefore(end: number, from: number): number {
    let count = 0;
    for (let start = this.nameShapeBefore(end, from); start !== null; start = this.nameShapeBefore(end, from)) {
      count++;
      const joiner = this.tokens[start - 1];
      if (!joiner || (joiner.text !== ',' && this.pack.chainJoiners.longestAt(this.doc, start - 1)?.end !== start)) break;
      end = start - 1;
    }
    return count;
  }

  /** The first recipient introducer ("cho", "to") in tokens `from` .. `to - 1`, or `to`. */
  private firstIntroducer(from: number, to: number): number {
    for (let k = from; k < to; k++) if (this.introducerAt(k)) return k;
    return to;
  }

  /**
   * A recipient introducer at token `k` that recipients follow: a group word, a describing
   * word, a recipient noun, an honorific, a count or a name ("cho các cháu", "to 5 units",
   * "cho ông Nam", "to Nguyen Van An"), not another verb's object ("tặng quà cho ...": "tặng" gives gifts here).
   */
  private introducerAt(k: number): { end: number } | null {
    const introducer = this.pack.recipientIntroducers.longestAt(this.doc, k);
    if (!introducer) return null;
    const next = this.tokens[introducer.end];
    if (!next) return null;
    const opensRecipients =
      this.pack.pluralRecipients.longestAt(this.doc, introducer.end) !== null ||
      this.pack.recipientModifiers.longestAt(this.doc, introducer.end) !== null ||
      this.pack.recipients.longestAt(this.doc, introducer.end) !== null ||
      this.pack.honorifics.longestAt(this.doc, introducer.end) !== null ||
      this.countAt(introducer.end) !== null ||
      (next.kind === 'word' && next.upperInitial);
    return opensRecipients ? introducer : null;
  }

  /**
   * The kind of the recipients named after the last award of a list ("... cho các điển hình
   * tiên tiến": individuals; "to outstanding units": collectives). An award counted by its
   * pieces is mostly given to people: individuals when the text names no kind.
   */
  private recipientKindAfter(from: number, to: number): RecipientKind {
    for (let k = from; k < to; k++) {
      const introducer = this.introducerAt(k);
      if (!introducer) continue;
      for (let j = introducer.end; j < to && j < introducer.end + 6; j++) {
        const noun = this.pack.recipients.longestAt(this.doc, j);
        if (noun) return noun.value;
        const skip = this.pack.pluralRecipients.longestAt(this.doc, j) ?? this.pack.recipientModifiers.longestAt(this.doc, j);
        if (skip) j = skip.end - 1;
        else if (this.tokens[j]!.kind !== 'number' && this.countAt(j) === null) break;
      }
      break;
    }
    return 'individual';
  }


  /**
   * For each award phrase of a sentence, the last phrase of its group: classes of one order
   * share its phrase ("second-class and third-class Labour Orders"), and awards listed
   * together share the recipients after the last ("trao cờ thi đua, bằng khen ... cho ...").
   * Found from the end in one pass.
   */
  private lastsOfGroups(hits: readonly AwardHit[]): number[] {
    const lastListed: number[] = new Array<number>(hits.length);
    const lastOfGroup: number[] = new Array<number>(hits.length);
    for (let index = hits.length - 1; index >= 0; index--) {
      const next = hits[index + 1];
      const listed = next !== undefined && this.listedTogether(hits[index]!.to, next.from);
      lastListed[index] = listed ? lastListed[index + 1]! : index;
      const sameFrom = next !== undefined && next.from === hits[index]!.from;
      lastOfGroup[index] = sameFrom ? lastOfGroup[index + 1]! : lastListed[index]!;
    }
    return lastOfGroup;
  }

  /**
   * "certificates of merit of the Chairman of the HCMC People’s Committee were offered to ...": the giver an award
   * names after it, skipped up to the verb or the word that introduces the recipients; `at` itself when none is named.
   */
  private pastGiver(at: number, to: number): number {
    if (!this.pack.awardGiverMarkers.longestAt(this.doc, at)) return at;
    for (let k = at + 1; k < to && k <= at + 12; k++) {
      if (this.pack.passiveMarkers.longestAt(this.doc, k) || this.pack.givingVerbs.longestAt(this.doc, k) || this.pack.recipientIntroducers.longestAt(this.doc, k)) return k;
      const token = this.tokens[k]!;
      if (token.kind === 'punct' && !APOSTROPHE_TEXTS.has(token.text) && token.text !== '-') return at;
    }
    return at;
  }

  /**
   * "quyết định khen thưởng của Chủ tịch UBND xã cho 5 cá nhân": the giver a verb may name before its
   * recipients, skipped up to the word that introduces them; `at` itself when no giver is named there.
   */
  private afterGiver(at: number, to: number): number {
    if (!this.pack.awardGiverMarkers.longestAt(this.doc, at)) return at;
    for (let k = at + 1; k < to && k <= at + 9; k++) {
      const token = this.tokens[k]!;
      if (this.pack.recipientIntroducers.longestAt(this.doc, k)) return k;
      if (token.kind !== 'word') return at;
    }
    return at;
  }

  /** Only a comma or a joiner between two award phrases, and maybe an article ("..., the Fatherland Defence Order"),
   * after the giver each award may name ("Cờ thi đua của Chính phủ, Bằng khen của Thủ tướng ...").
    */
  private listedTogether(end: number, start: number): boolean {
    // "Cờ thi đua của Chính phủ, Bằng khen của Thủ tướng ...": each award may name its giver before the comma.
    let from = end;
    if (this.pack.awardGiverMarkers.longestAt(this.doc, end)) {
      let k = end + 1;
      while (k < start && k <= end + 8 && this.tokens[k]!.kind === 'word' && !this.pack.recipientIntroducers.longestAt(this.doc, k) && !this.pack.chainJoiners.longestAt(this.doc, k)) k++;
      from = k;
    }
    if (start - from < 1 || start - from > 3) return false;
    let joins = 0;
    for (let k = from; k < start; k++) {
      const token = this.tokens[k]!;
      if (token.text === ',' || this.pack.chainJoiners.longestAt(this.doc, k)?.end === k + 1) joins++;
      else if (!this.pack.roleLeadDrop.has(token.key) || k !== start - 1) return false;
    }
    return joins > 0;
  }

  /**
   * "Trong nhiệm kỳ qua, ...", "Nhiệm kỳ 2015-2020, ...", "Qua 70 năm xây dựng và phát
   * triển, ...", "During the 2016-2021 term, ...", "Over the past 75 years, ...": a
   * sentence that opens on a past term or the years behind tells history, unless it ties
   * itself to the event ("Dịp này", "At the ceremony").
   */
  private history(from: number, to: number): boolean {
    const pack = this.pack;
    if (this.hasOccasion(from, to)) return false;
    let k = from;
    // Written years or a term may follow an opener ("Nhiệm kỳ 2015-2020", "the 2016-2021 term").
    const values = (at: number): number => {
      let end = at;
      while (end < to && (this.tokens[end]!.kind === 'number' || DASH_TEXTS.has(this.tokens[end]!.text))) end++;
      return end;
    };
    const opener = pack.historyOpeners.longestAt(this.doc, k);
    if (opener) return true;
    // "During the 2016-2021 term": the term's years between the opener's words.
    if (this.tokens[k]?.key === 'during' || this.tokens[k]?.key === 'in') {
      let j = k + 1;
      if (this.tokens[j]?.key === 'the') j++;
      const after = values(j);
      if (after > j && this.tokens[after]?.key === 'term') return true;
    }
    const years = pack.historyYearsOpeners.longestAt(this.doc, k);
    if (years) {
      k = years.end;
      if (this.tokens[k]?.kind !== 'number' && !pack.numberWords.has(this.tokens[k]?.key ?? '')) return false;
      return pack.yearsWords.longestAt(this.doc, k + 1) !== null;
    }
    return false;
  }

  /** Per sentence (by first token): see {@link clauseFactsOf}. */
  private readonly clauseFacts = new Map<number, ClauseFacts>();

  /**
   * For each token of the sentence `from` .. `to - 1`: where its clause starts (after the last
   * ';' before it), how many marks of an earlier award ("đã được", "5 lần") and how many
   * proposal words come before it, and whether it lies in a proposal cited as a basis ("Theo
   * đề nghị của Sở Nội vụ, ..."), whose words make nothing a proposal. Read once per
   * sentence: every award phrase and honouring verb of a long sentence asks about its own clause.
   */
  private clauseFactsOf(from: number, to: number): ClauseFacts {
    const known = this.clauseFacts.get(from);
    if (known && known.clauseStart.length === to - from + 1) return known;
    const clauseStart = new Int32Array(to - from + 1);
    const pastBefore = new Int32Array(to - from + 1);
    const proposalsBefore = new Int32Array(to - from + 1);
    const inBasis = new Uint8Array(to - from + 1);
    let start = from;
    let basisEnd = from;
    for (let k = from; k < to; k++) {
      clauseStart[k - from] = start;
      if (this.tokens[k]!.text === ';') start = k + 1;
      const token = this.tokens[k]!;
      const past =
        this.pack.awardPastMarkers.longestAt(this.doc, k) !== null ||
        (token.kind === 'number' && !/^(?:19|20)\d\d$/.test(token.text) && this.pack.timesWords.longestAt(this.doc, k + 1) !== null);
      pastBefore[k - from + 1] = pastBefore[k - from]! + (past ? 1 : 0);
      if (k >= basisEnd) basisEnd = this.pack.awardProposalBases.longestAt(this.doc, k)?.end ?? k;
      const basis = k < basisEnd;
      inBasis[k - from] = basis ? 1 : 0;
      const proposal = !basis && this.pack.awardProposalMarkers.longestAt(this.doc, k) !== null;
      proposalsBefore[k - from + 1] = proposalsBefore[k - from]! + (proposal ? 1 : 0);
    }
    clauseStart[to - from] = start;
    const facts = { clauseStart, pastBefore, proposalsBefore, inBasis };
    this.clauseFacts.set(from, facts);
    return facts;
  }

  /**
   * The award at tokens `at` .. is not handed out at the event: the words before it in its
   * clause make it a proposal or a plan ("đề nghị UBND tỉnh tặng", "will present"), or tell
   * it was received before ("Đảng bộ từng được tặng", "đã 3 lần được", "Nhiều năm liền, ...",
   * "Năm 2019, ...", "had been awarded"), and nothing ties the sentence to the event.
   * Only the words before the award count: what follows it describes the recipients ("...
   * hoàn thành xuất sắc nhiệm vụ 5 năm liền").
   */
  private notHandedOut(at: number, from: number, to: number): boolean {
    const pack = this.pack;
    const facts = this.clauseFactsOf(from, to);
    const clause = facts.clauseStart[at - from]!;
    // A plan marker close before the award: "đề nghị Thủ tướng tặng Bằng khen", "will be presented".
    // A proposal cited as the basis ("Theo đề nghị của Sở Nội vụ, ...") plans nothing.
    for (let k = Math.max(clause, at - 8); k < at; k++) if (facts.inBasis[k - from] === 0 && pack.awardPlanMarkers.longestAt(this.doc, k)) return true;
    if (this.hasOccasion(from, to)) return false;
    if (facts.pastBefore[at - from]! - facts.pastBefore[clause - from]! > 0) return true;
    if (this.summedUpBefore(at, from, to)) return true;
    if (this.opensOnEarlierDay(from)) return true;
    if (this.lineOpensOnEarlierYear(from)) return true;
    // "Năm 2019, ...", "In 2019, ...": a sentence that opens on an earlier year.
    const marker = pack.pastYearMarkers.longestAt(this.doc, from);
    const year = marker ? this.tokens[marker.end] : undefined;
    return (
      this.eventYear !== null &&
      year !== undefined &&
      year.kind === 'number' &&
      /^(?:19|20)\d\d$/.test(year.text) &&
      Number(year.text) < this.eventYear &&
      this.tokens[marker!.end + 1]?.text === ',' &&
      year.index < at
    );
  }

  /**
   * "- Năm 2005: Tập thể Lao động xuất sắc. Được UBND tỉnh tặng Bằng khen.", "- In 2019: ...": the
   * line of the sentence from `from` opens (after a dash or a bullet) on an earlier year and a
   * colon or a comma, as a list of a body's achievements year by year does.
   */
  private lineOpensOnEarlierYear(from: number): boolean {
    let start = from;
    while (start > 0 && !this.tokens[start]!.newlineBefore) start--;
    const year = this.lineYear(start);
    if (year === null) return false;
    // With no event year, a list of lines that each open on a year tells the years one by one.
    if (this.eventYear === null) return (this.yearLines ??= this.countYearLines()) >= 2;
    return year < this.eventYear;
  }

  /** The year a line opens on ("- Năm 2005:", "In 2019,"), from its first token, or null. */
  private lineYear(start: number): number | null {
    let k = start;
    while (k < this.tokens.length && this.tokens[k]!.kind === 'punct' && ['-', '–', '•', '+', '*'].includes(this.tokens[k]!.text)) k++;
    const marker = this.pack.pastYearMarkers.longestAt(this.doc, k);
    const year = marker ? this.tokens[marker.end] : undefined;
    if (!year || year.kind !== 'number' || !/^(?:19|20)\d\d$/.test(year.text)) return null;
    const after = this.tokens[year.index + 1]?.text;
    return after === ':' || after === ',' ? Number(year.text) : null;
  }

  /** How many lines of the text open on a year, once asked. */
  private yearLines: number | undefined;

  private countYearLines(): number {
    let count = 0;
    for (let k = 0; k < this.tokens.length; k++) if ((k === 0 || this.tokens[k]!.newlineBefore) && this.lineYear(k) !== null) count++;
    return count;
  }

  /**
   * "Hội đã được Đảng, Nhà nước tặng nhiều phần thưởng cao quý; trong đó có 2 Huân chương ...",
   * "the school has received many noble awards, including ...": awards received and summed up as
   * many before the award at `at`, in the sentence from `from`. The list after the summary names
   * what the body holds, not what the event handed out.
   */
  private summedUpBefore(at: number, from: number, to: number): boolean {
    return this.firstSummaryIn(from, to) < at;
  }

  /** Per sentence: the first summary after a passive marker (or `to`): each award of a long sentence asks. */
  private readonly firstSummary = new Map<number, number>();

  private firstSummaryIn(from: number, to: number): number {
    // Token indexes stay below 2^20 (the analysed text is cut at 200,000 characters).
    const key = from * 1_048_576 + to;
    const known = this.firstSummary.get(key);
    if (known !== undefined) return known;
    let found = to;
    let passive = false;
    for (let k = from; k < to; k++) {
      if (this.pack.passiveMarkers.longestAt(this.doc, k)) passive = true;
      else if (passive && this.pack.awardSummaries.longestAt(this.doc, k)) {
        found = k;
        break;
      }
    }
    this.firstSummary.set(key, found);
    return found;
  }

  /**
   * "Ngày 29/6/2017, ...", "On June 29, 2017, ...": a sentence that opens on a full date
   * before the event's tells an earlier event, as a review of past years does (the prizes of
   * a contest held months before).
   */
  private opensOnEarlierDay(from: number): boolean {
    const first = this.tokens[from];
    if (!this.eventDate || !first) return false;
    const opening = this.doc.text.slice(first.start, first.start + 40);
    const numeric = OPENING_NUMERIC_DATE.exec(opening);
    const written = numeric ? null : OPENING_WRITTEN_DATE.exec(opening);
    const month = numeric ? Number(numeric[2]) : written ? ENGLISH_MONTHS.indexOf(written[1]!.toLowerCase()) + 1 : 0;
    const day = numeric ? Number(numeric[1]) : written ? Number(written[2]) : 0;
    const year = numeric?.[3] ?? written?.[3];
    if (!year || month < 1 || month > 12 || day < 1 || day > 31) return false;
    return `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}` < this.eventDate;
  }

  /**
   * "... has been awarded a certificate of merit ... for 4 consecutive years from 2017-2020",
   * "... được tặng Bằng khen 5 năm liên tục": a sentence that counts years behind, and does not
   * tie itself to the event, tells what was received before. Used only for awards without
   * counted recipients after them: "tặng Giấy khen cho 9 chi bộ ... 5 năm liền" describes them.
   */
  private pastSpan(from: number, to: number): boolean {
    if (this.hasOccasion(from, to)) return false;
    for (let k = from; k < to; k++) {
      if (this.pack.awardPastMarkers.longestAt(this.doc, k)) return true;
      // "... the Labour Order three times": earlier awards counted.
      if ((this.tokens[k]!.kind === 'number' || this.pack.numberWords.has(this.tokens[k]!.key)) && this.pack.timesWords.longestAt(this.doc, k + 1)) return true;
      // "... over the past 20 years": an opener of several words, a number and the word for years.
      const years = this.pack.historyYearsOpeners.longestAt(this.doc, k);
      if (years && years.end - k >= 2 && this.isCount(years.end) && this.pack.yearsWords.longestAt(this.doc, years.end + 1)) return true;
      // "..., 5 năm qua, 20 tập thể được tặng ...", "5 years ago": the years behind, closed after the number.
      if (this.yearsBehindEnd(k) >= 0) return true;
      const token = this.tokens[k]!;
      // "2017-2020": years that end before the event's.
      if (this.eventYear !== null && token.kind === 'number' && /^(?:19|20)\d\d$/.test(token.text) && DASH_TEXTS.has(this.tokens[k + 1]?.text ?? '')) {
        const end = this.tokens[k + 2];
        if (end?.kind === 'number' && /^(?:19|20)\d\d$/.test(end.text) && Number(end.text) < this.eventYear) return true;
      }
    }
    return false;
  }

  /** Token `k` is a number or a number word ("5", "five"). */
  /** "5 năm qua", "5 years ago": a count, the word for years and a closer from token k; the end of the phrase, or -1. */
  private yearsBehindEnd(k: number): number {
    const yearsWord = this.isCount(k) ? this.pack.yearsWords.longestAt(this.doc, k + 1) : null;
    return (yearsWord && this.pack.historyYearsClosers.longestAt(this.doc, yearsWord.end)?.end) ?? -1;
  }

  private isCount(k: number): boolean {
    const token = this.tokens[k];
    return token !== undefined && (token.kind === 'number' || this.pack.numberWords.has(token.key));
  }

  /**
   * A giving verb of the sentence that gives something: "Khen thưởng" in "Hội đồng Thi đua -
   * Khen thưởng tỉnh" is part of a body's name (a dash, a comma or nothing between it and the
   * field of work before it).
   */
  private hasGivingVerb(from: number, to: number): boolean {
    return this.pack.givingVerbs.findAll(this.doc, from, to).some((verb) => !this.verbInBodyName(verb.start, from));
  }

  /** The verb at token `at` names a field of work with the word before it ("Thi đua - Khen thưởng", "thi đua, khen thưởng"). */
  private verbInBodyName(at: number, from: number): boolean {
    let before = at;
    while (before > from && (DASH_TEXTS.has(this.tokens[before - 1]!.text) || this.tokens[before - 1]!.text === ',')) before--;
    if (before === at && this.tokens[at - 1]?.kind !== 'word') return false;
    for (let start = Math.max(from, before - this.pack.givingVerbNamePrefixes.maxTokens); start < before; start++) {
      if (this.pack.givingVerbNamePrefixes.longestAt(this.doc, start)?.end === before) return true;
    }
    return false;
  }

  /**
   * "toàn tỉnh đã có 151 đồng chí được tặng ...", "được các cấp khen thưởng": a tally of the
   * whole province, or of the bodies of every level, written in tokens `from` .. `to - 1`.
   */
  private tallyIn(from: number, to: number): boolean {
    for (let k = from; k < to; k++) {
      if (this.pack.awardTallyMarkers.longestAt(this.doc, k)) return true;
      // "Toàn tỉnh Bắc Ninh đã có ...": the place's name between the opener and the verb.
      const opener = this.pack.awardTallyOpeners.longestAt(this.doc, k);
      if (!opener) continue;
      let j = opener.end;
      while (j < to && j < opener.end + 4 && this.tokens[j]!.kind === 'word' && this.tokens[j]!.upperInitial) j++;
      if (j > opener.end && this.pack.awardTallyVerbs.longestAt(this.doc, j)) return true;
    }
    return false;
  }

  /**
   * A count written with a thousands separator right before a recipient noun ("5.719 đơn vị",
   * "2,171 individuals") in tokens `from` .. `to - 1`: recipients counted so are a tally, never
   * one event's.
   */
  private thousandsCountIn(from: number, to: number): boolean {
    for (let k = from; k + 3 < to; k++) {
      const token = this.tokens[k]!;
      if (token.kind !== 'number' || token.text.length > 3) continue;
      let end = k + 1;
      while (end + 1 < to && (this.tokens[end]!.text === '.' || this.tokens[end]!.text === ',') && !this.tokens[end]!.spaceBefore) {
        const group = this.tokens[end + 1]!;
        if (group.kind !== 'number' || group.spaceBefore || group.text.length !== 3) break;
        end += 2;
      }
      if (end > k + 1 && this.pack.recipients.longestAt(this.doc, end) !== null) return true;
      k = end - 1;
    }
    return false;
  }

  /**
   * A count of both kinds of recipient together starting at token `k` ("58 tập thể, cá nhân", "six
   * collectives and individuals", "55.777 tập thể, cá nhân"): the token after the second noun, and
   * whether a word before the count makes it approximate ("hơn 700 ..."), or null.
   */
  private jointCountAt(k: number, to: number): { end: number; approximate: boolean } | null {
    const token = this.tokens[k];
    if (!token || (token.kind !== 'number' && this.countAt(k) === null)) return null;
    let end = k + 1;
    // "55.777 tập thể, cá nhân": the groups of a number written with separators.
    while (end + 1 < to && (this.tokens[end]!.text === '.' || this.tokens[end]!.text === ',') && !this.tokens[end]!.spaceBefore && this.tokens[end + 1]!.kind === 'number' && !this.tokens[end + 1]!.spaceBefore) end += 2;
    const noun = this.pack.recipients.longestAt(this.doc, end);
    if (!noun || noun.end > to || !this.otherKindJoined(noun.end, noun.value, to)) return null;
    const joined = this.tokens[noun.end]?.text === ',' ? noun.end + 1 : (this.pack.chainJoiners.longestAt(this.doc, noun.end)?.end ?? noun.end);
    const other = this.pack.recipients.longestAt(this.doc, joined);
    if (!other) return null;
    let approximate = false;
    for (let start = Math.max(0, k - this.pack.approximateMarkers.maxTokens); start < k && !approximate; start++) approximate = this.pack.approximateMarkers.longestAt(this.doc, start)?.end === k;
    return { end: other.end, approximate };
  }

  /**
   * "20 tập thể, cá nhân được UBND tỉnh tặng Bằng khen", "hơn 700 tập thể, cá nhân được Thủ tướng
   * tặng Cờ thi đua": a count of both kinds together before the passive verb in tokens `from` ..
   * `to - 1`, or null.
   */
  private jointCountBeforePassive(from: number, to: number): { approximate: boolean } | null {
    for (let k = from; k < to; k++) {
      const joint = this.jointCountAt(k, to);
      if (joint && this.passiveAfter(joint.end, to)) return joint;
    }
    return null;
  }

  /** "cho 13 tập thể và cá nhân", "to six collectives and individuals": a count of both kinds together right after the first recipient introducer. */
  private jointCountAfterIntroducer(from: number, to: number): { approximate: boolean } | null {
    for (let k = from; k < to && k < from + 8; k++) {
      const introducer = this.pack.recipientIntroducers.longestAt(this.doc, k);
      if (!introducer) continue;
      let at = introducer.end;
      if (this.pack.approximateMarkers.longestAt(this.doc, at)) at = this.pack.approximateMarkers.longestAt(this.doc, at)!.end;
      const joint = this.jointCountAt(at, to);
      return joint ? { approximate: joint.approximate || at !== introducer.end } : null;
    }
    return null;
  }

  /** "in 2015", "năm 2015" earlier than the event: the sentence tells history. */
  private pastYear(from: number, to: number): boolean {
    if (this.eventYear === null) return false;
    for (let k = from; k < to; k++) {
      const marker = this.pack.pastYearMarkers.longestAt(this.doc, k);
      if (!marker) continue;
      const year = this.tokens[marker.end];
      if (year?.kind === 'number' && /^(?:19|20)\d\d$/.test(year.text) && Number(year.text) < this.eventYear - 1) return true;
    }
    return false;
  }

  /**
   * The sentence `index` opens on a breakdown ("Trong đó, ...", "Of which, ...") or goes on with
   * the one before ("Theo đó, ...", "Accordingly, ..."), and the one before has a proposal word.
   */
  private breaksDownProposal(index: number): boolean {
    const sentence = this.doc.sentences[index];
    const before = this.doc.sentences[index - 1];
    if (!sentence || !before) return false;
    const first = sentence.firstToken;
    if (!this.pack.breakdownOpeners.longestAt(this.doc, first) && !this.pack.followUpOpeners.longestAt(this.doc, first)) return false;
    return this.proposedIn(before.firstToken, before.endToken, before.firstToken, before.endToken);
  }

  /**
   * "5 năm qua, ... nhiều tập thể, cá nhân được ghi nhận, khen thưởng. Trong đó có 1 cá nhân được tặng ...", "Over the
   * past five years, ... Of these, ...": the breakdown of what the sentence before tells of the years behind is history.
   */
  private breaksDownHistory(index: number): boolean {
    const sentence = this.doc.sentences[index];
    if (!sentence || !this.pack.breakdownOpeners.longestAt(this.doc, sentence.firstToken)) return false;
    // The sentences before it in its paragraph: the first may tell the years, the next what they brought.
    const start = this.tokens[sentence.firstToken]!.start;
    const paragraph = Math.max(0, this.doc.text.lastIndexOf('\n', start - 1) + 1);
    // (At most a lead paragraph's length back: a text that never breaks its lines is read near the sentence only.)
    let first = Math.max(this.doc.tokenAt(paragraph), sentence.firstToken - HISTORY_PARAGRAPH_TOKENS);
    while (first < sentence.firstToken && this.tokens[first]!.end <= paragraph) first++;
    if (first >= sentence.firstToken || this.hasOccasion(first, sentence.firstToken)) return false;
    if (this.history(first, sentence.firstToken)) return true;
    // "5 năm qua, ...", "Over the past 5 years, ...": the years behind set off by a comma (a caption may run into them).
    for (let k = first; k < sentence.firstToken; k++) {
      const end = this.yearsBehindEnd(k);
      if (end >= 0 && this.tokens[end]?.text === ',') return true;
    }
    return false;
  }

  /**
   * The breakdown opener ("Trong đó", "of whom") that starts the sentence or clause of
   * token `at`, before it: its token, or null.
   */
  private breakdownBefore(at: number): number | null {
    const index = this.tokens[at]!.sentence;
    // Found once per sentence: a sentence of many awards asks for each of them, and a
    // walk back from each award grew with the square of the sentence.
    let openers = this.breakdownOpeners.get(index);
    if (!openers) {
      const sentence = this.doc.sentences[index]!;
      openers = new Int32Array(sentence.endToken - sentence.firstToken);
      let latest = -1;
      for (let k = sentence.firstToken; k < sentence.endToken; k++) {
        const opensClause = k === sentence.firstToken || [',', ';', ':', '('].includes(this.tokens[k - 1]!.text);
        if (opensClause && this.pack.breakdownOpeners.longestAt(this.doc, k)) latest = k;
        openers[k - sentence.firstToken] = latest;
      }
      this.breakdownOpeners.set(index, openers);
    }
    const found = openers[at - this.doc.sentences[index]!.firstToken]!;
    return found < 0 ? null : found;
  }

  read(): AwardsResult {
    const awards: Award[] = [];
    // Entries whose count the text does not write ("a single body" read as one collective).
    const guessed = new Set<Award>();
    // Entries of one body the text names ("cho Hội LHPN huyện Hiệp Đức"): one of a counted group when the text counts that group.
    const namedBodies = new Set<Award>();
    // Each entry's key, with the sentence that first told it and the entry.
    const seen = new Map<string, { sentence: number; entry: Award }>();
    // The latest sentence that told an entry again (its first telling kept).
    const lastTold = new Map<Award, number>();
    // `guess`: the entry stands for a body the text does not write ("trao Bằng khen" alone).
    const add = (award: Award, hit: AwardHit, end: number, guess = false) => {
      const named: Award = hit.name ? { ...award, name: hit.name } : award;
      const key = `${named.award}|${named.name ?? ''}|${named.count}|${named.recipient}`;
      const sentence = this.tokens[hit.from]!.sentence;
      const told = seen.get(key);
      // The headline and the lead often tell the same single award twice; a photo caption
      // retells the body's "trao kỷ niệm chương cho 10 đồng chí" in a sentence of its own.
      // "Huân chương Lao động cho 4 cá nhân ... 4 cá nhân": one mention of the award counted twice is one entry.
      const sameMention = told !== undefined && this.doc.tokenAt(told.entry.evidence![0]!.start) === hit.from;
      if (sameMention) return null;
      const retold = told !== undefined && (named.count === 1 || named.count === null || told.sentence !== sentence);
      // "đón nhận Huân chương" in the lead, "trao Huân chương cho tập thể Công ty" later: the later telling, which writes the body, stands for both.
      if (retold && (guess || !guessed.has(told.entry))) {
        // The headline's "trao Huy hiệu Đảng cho 37 đảng viên" told again in the story: its parts by seniority follow the story's telling.
        if (!guess) lastTold.set(told.entry, Math.max(lastTold.get(told.entry) ?? 0, sentence));
        return null;
      }
      const evidence: Span[] = [this.doc.spanOf(hit.from, Math.max(hit.to, end))];
      const entry: Award = { ...named, evidence };
      if (retold) {
        guessed.delete(told.entry);
        namedBodies.delete(told.entry);
        awards[awards.indexOf(told.entry)] = entry;
        seen.set(key, { sentence, entry });
        return entry;
      }
      if (told === undefined) seen.set(key, { sentence, entry });
      if (guess) guessed.add(entry);
      awards.push(entry);
      return entry;
    };
    let mentioned = false;
    for (const sentence of this.doc.sentences) {
      const from = sentence.firstToken;
      const to = sentence.endToken;
      // Most sentences name no award and honour no one: one look-up per word says so.
      let candidate = false;
      for (let i = from; i < to && !candidate; i++) {
        candidate = this.pack.awards.mayStartAt(this.doc, i) || this.pack.honouringVerbs.mayStartAt(this.doc, i) || this.pack.awardGaps.some((gap) => gap.first.mayStartAt(this.doc, i));
      }
      if (!candidate) continue;
      const hits = this.hits(from, to);
      const giving = this.hasGivingVerb(from, to);
      // "... thống nhất đề nghị 22 tập thể, cá nhân được khen thưởng. Trong đó, có 1 tập thể nhận Huân
      // chương ...": the breakdown of a proposal is proposed too.
      if (hits.length > 0 && (this.breaksDownProposal(sentence.index) || this.breaksDownHistory(sentence.index))) {
        mentioned = true;
        this.uncertain += 0.5;
        continue;
      }
      if (hits.length === 0) {
        // A sentence that honours someone and yields no award may hold one the rules cannot read.
        if ((giving || this.pack.honouringVerbs.findAll(this.doc, from, to).length > 0) && this.honoured(from, to, add)) mentioned = true;
        continue;
      }
      mentioned = true;
      if (!giving) continue;
      // "Dự hội nghị có 150 đại biểu ... được tặng Bằng khen trong năm", "The congress was attended by
      // 250 delegates, including 30 who received ...": who came, not what was handed out.
      if (this.attendance(from, hits[0]!.from)) continue;
      // Awards in a sentence about the past term may be history or may be handed out at the
      // event (a congress often hands out the term's awards): they stay, less surely.
      const history = this.history(from, to);
      // "Cùng thời gian, tỉnh tặng Cờ thi đua cho 993 tập thể, 5.719 đơn vị đạt ..., 2.171 cá nhân ...":
      // a sentence about the years behind that counts recipients by the thousand is the term's tally.
      if (history && this.thousandsCountIn(from, to)) {
        this.uncertain += 0.5;
        continue;
      }
      if (history) this.uncertain++;
      const pastYear = this.pastYear(from, to);
      // Asked for each award phrase without counted recipients: read once per sentence.
      let pastSpan: boolean | undefined;
      // The kind of the recipients after the sentence's last award, asked by each counted award: read once.
      let recipientAfterList: RecipientKind | undefined;
      const lastOfGroup = this.lastsOfGroups(hits);
      // Awards listed together share one segment of recipients: read once per group.
      const segments = new Map<number, Segment>();
      // The token of a tally read in this sentence ("trên địa bàn huyện có 13 đồng chí được nhận ..."):
      // a breakdown after it ("trong đó có 3 đồng chí ...") gives the tally's parts, not the event's.
      let tallyAt: number | null = null;
      for (const [index, hit] of hits.entries()) {
        const last = lastOfGroup[index]!;
        let segment = segments.get(last);
        if (!segment) {
          const nextHit = hits[last + 1]?.from ?? to;
          let end = hits[last]!.to;
          // "..., nhiều nhất là Đảng bộ xã A với 40 người, tiếp đến là ...", "the most being ... with 40":
          // the counts after a ranking word are the units' shares of the total, never the award's count.
          while (end < nextHit && this.tokens[end]!.text !== ';' && !this.pack.awardShareMarkers.longestAt(this.doc, end)) end++;
          // "Certificates of merit will be presented to ...", "... to be awarded to": a plan between the award and its recipients.
          const planned = this.proposedIn(hits[last]!.to, Math.min(end, this.firstIntroducer(hits[last]!.to, end) + 1), from, to);
          let counts = planned ? [] : this.countsIn(hits[last]!.to, end, false);
          // "trao tặng huy hiệu đảng cho 18 đồng chí được nhận ..." with no award after the passive verb:
          // the recipients the introducer names are this award's, the verb only describes them.
          if (!planned && counts.length === 0 && hits[last + 1] === undefined) {
            counts = this.countsIn(hits[last]!.to, end, true).filter((count) => this.introducerEndsAt(count.from, hits[last]!.to));
          }
          segment = { segmentEnd: end, counts, planned };
          segments.set(last, segment);
        }
        // "thông qua đề nghị khen thưởng Cờ thi đua cho 57 đơn vị": proposed, to be decided later;
        // "đã 3 lần được tặng", "Nhiều năm liền, ...": received before the event.
        if (tallyAt !== null && (this.breakdownBefore(hit.from) ?? -1) > tallyAt) {
          this.uncertain += 0.5;
          continue;
        }
        if (segment.planned || this.proposedIn(from, hit.from, from, to) || this.notHandedOut(hit.from, from, to)) {
          // A plan or an earlier award was read as such; a reader may still count it.
          this.uncertain += 0.5;
          continue;
        }
        const { segmentEnd, counts } = segment;
        if (counts.length > 0) {
          for (const count of counts) add({ count: count.count, recipient: count.recipient, award: hit.award }, hit, count.to);
          continue;
        }
        // In a sentence about the past term only an award handed to counted recipients after
        // it may be the event's ("Trong nhiệm kỳ qua, ...: UBND tỉnh tặng bằng khen cho 11 tập
        // thể"); "Qua 5 năm, 20 tập thể được tặng Bằng khen" and "Nhiệm kỳ qua, Hội được tặng
        // Huân chương" tell what was received before.
        if (pastYear || history || (pastSpan ??= this.pastSpan(from, to))) continue;
        // "tặng 1 Huân chương ...; 42 Bằng khen ... cho các điển hình tiên tiến", "trao 36 Cờ thi đua cho các đơn vị",
        // "tặng 25 Huy hiệu Đảng": the awards are counted, the recipients named after the list (if at all).
        const awardsCounted = this.countBeforeAward(hit.from, from);
        if (awardsCounted !== null) {
          // An emulation flag goes to collectives only.
          const recipient = NATURAL_RECIPIENT[hit.award] ?? (recipientAfterList ??= this.recipientKindAfter(hits[hits.length - 1]!.to, to));
          add({ count: awardsCounted, recipient, award: hit.award }, hit, hit.to);
          continue;
        }
        // Recipients may come before the award: "24 doanh nghiệp được tặng Bằng khen".
        let beforeStart = index === 0 ? from : hits[index - 1]!.to;
        for (let k = hit.from - 1; k >= beforeStart; k--) {
          if (this.tokens[k]!.text === ';') {
            beforeStart = k + 1;
            break;
          }
        }
        const earlier = this.countsIn(beforeStart, hit.from, true);
        // "Nhân dịp này, toàn tỉnh đã có 151 đồng chí được tặng ...": everyone the province honoured, not the event's recipients.
        if (earlier.length > 0 && this.tallyIn(beforeStart, hit.from)) {
          this.uncertain += 0.5;
          tallyAt = hit.from;
          continue;
        }
        if (earlier.length > 0) {
          for (const count of earlier) add({ count: count.count, recipient: count.recipient, award: hit.award }, hit, hit.to);
          continue;
        }
        // "presented 15 outstanding individuals with certificates of merit", "presented Nguyen Van An with the Labour Order".
        const withStart = this.recipientsBeforeWith(beforeStart, hit.from);
        if (withStart !== null) {
          const counted = this.countsIn(withStart, hit.from, false);
          const people = counted.length > 0 ? 0 : this.peopleIn(withStart, hit.from).count || this.namesBefore(this.withAt(hit.from) ?? hit.from, withStart);
          if (counted.length > 0 || people > 0) {
            for (const count of counted) add({ count: count.count, recipient: count.recipient, award: hit.award }, hit, hit.to);
            if (people > 0) add({ count: people, recipient: 'individual', award: hit.award }, hit, hit.to);
            continue;
          }
        }
        // "awarded Mr. Dang Van Sinh the Labour Order": the people named between the verb and the award's article.
        const givenPeople = this.peopleBeforeArticle(beforeStart, hit.from);
        if (givenPeople > 0) {
          add({ count: givenPeople, recipient: 'individual', award: hit.award }, hit, hit.to);
          continue;
        }
        // "20 tập thể, cá nhân được ... tặng Bằng khen": a number of both kinds together, which no entry
        // holds: the award goes to each kind, uncounted. "hơn 700 tập thể, cá nhân được ... tặng": a tally.
        const jointBefore = this.jointCountBeforePassive(beforeStart, hit.from);
        if (jointBefore) {
          if (jointBefore.approximate || this.tallyIn(from, hit.from) || history || pastYear) {
            this.uncertain += 0.5;
            continue;
          }
          this.uncertain++;
          for (const recipient of hit.award === 'emulation flag' ? (['collective'] as const) : (['collective', 'individual'] as const)) add({ count: null, recipient, award: hit.award }, hit, hit.to);
          continue;
        }
        // "nhiều tập thể, cá nhân được ... tặng Bằng khen": a group before a passive, uncounted.
        const groupBefore = this.groupBeforePassive(beforeStart, hit.from);
        if (groupBefore.length > 0) {
          this.uncertain++;
          for (const recipient of hit.award === 'emulation flag' ? (['collective'] as const) : groupBefore) add({ count: null, recipient, award: hit.award }, hit, hit.to);
          continue;
        }
        // "đồng chí Nguyễn Văn Hải được trao Huân chương ...", "A and B were presented with ...": the people before the passive.
        // A list of titled people may run over semicolons back to the award before ("A - ...; B - ... và C - ... được trao").
        const namedBefore = hit.award === 'emulation flag' ? 0 : this.peopleBeforePassive(beforeStart, hit.from, index === 0 ? from : hits[index - 1]!.to);
        if (namedBefore > 0) {
          add({ count: namedBefore, recipient: 'individual', award: hit.award }, hit, hit.to);
          continue;
        }
        // "the Labour Order to A, B and C": as many individuals as people named.
        const named = (segment.named ??= this.peopleIn(hits[last]!.to, segmentEnd));
        if (named.count > 0) {
          add({ count: named.count, recipient: 'individual', award: hit.award }, hit, named.end);
          // "cho Công ty cổ phần Hải Hà và ông Nguyễn Văn Sơn": a body named first is one collective more.
          if (this.namedBodyFirst(hits[last]!.to, segmentEnd)) add({ count: 1, recipient: 'collective', award: hit.award }, hit, named.end);
          continue;
        }
        // "... to Tran Thi Hong Hanh" in a caption: a personal name after the introducer is one individual.
        const nameEnd = hit.plural ? null : this.personalNameAfter(hits[last]!.to, segmentEnd);
        if (nameEnd !== null) {
          this.uncertain++;
          add({ count: 1, recipient: 'individual', award: hit.award }, hit, nameEnd);
          continue;
        }
        // "tặng Giấy khen cho 38 tập thể và cá nhân", "the second-class Labour Order to six collectives and
        // individuals": one number for both kinds, which no entry holds; each kind uncounted.
        const jointAfter = this.jointCountAfterIntroducer(hits[last]!.to, segmentEnd);
        if (jointAfter) {
          this.uncertain++;
          if (jointAfter.approximate) continue;
          for (const recipient of hit.award === 'emulation flag' ? (['collective'] as const) : (['collective', 'individual'] as const)) add({ count: null, recipient, award: hit.award }, hit, segmentEnd);
          continue;
        }
        // "trao cờ thi đua cho Ban Tổ chức Tỉnh ủy và Sở Nội vụ", "certificates of merit to \"Nguoi Lao
        // Dong\" Newspaper and the Vietnam Rubber Group": as many collectives as bodies named.
        const bodies = (segment.bodies ??= this.namedBodiesAfter(hits[last]!.to, segmentEnd));
        if (bodies > 1 || (bodies === 1 && hit.plural)) {
          // Bodies counted by their names: a name's end may be misread.
          this.uncertain += 0.5;
          add({ count: bodies, recipient: 'collective', award: hit.award }, hit, segmentEnd);
          continue;
        }
        const kinds = this.uncountedKinds(hit, hits[last]!.to, segmentEnd);
        // "cho các tập thể, cá nhân": given to many, but the text does not say how many.
        if (hit.plural || this.pluralRecipient(hits[last]!.to, segmentEnd)) {
          this.uncertain++;
          for (const recipient of this.uncountedKinds(hit, hits[last]!.to, segmentEnd)) add({ count: null, recipient, award: hit.award }, hit, segmentEnd);
          continue;
        }
        this.uncertain++;
        // "The third-class Labour Order, ... and certificate of merit were also presented at the event": no recipient is
        // written. They go to the event's recipients when the text names them as both kinds ("262 organisations and
        // individuals received noble awards at a ceremony"), uncounted; else to no one the record can hold.
        if (this.passiveAfter(hits[last]!.to, segmentEnd) && !(segment.introduced ??= this.introducerIn(hits[last]!.to, segmentEnd))) {
          if (!(this.bothKindsNamed ??= this.namesBothKinds())) continue;
          for (const recipient of hit.award === 'emulation flag' ? (['collective'] as const) : (['collective', 'individual'] as const)) add({ count: null, recipient, award: hit.award }, hit, segmentEnd);
          continue;
        }
        // "trao Huy hiệu 70 năm tuổi Đảng cho đảng viên": people named by what they are, without a number;
        // "trao Huy hiệu Đảng" alone: a Party badge goes to Party members.
        const forPeople = NATURAL_RECIPIENT[hit.award] === 'individual' || this.pack.individualAwards.longestAt(this.doc, hit.from) !== null;
        if ((kinds.length === 1 && kinds[0] === 'individual') || (kinds.length === 0 && forPeople)) {
          add({ count: null, recipient: 'individual', award: hit.award }, hit, segmentEnd);
          continue;
        }

        // "trao giải thưởng cho 20 tác phẩm": a count of things, not of recipients the record knows.
        if (this.countAfterIntroducer(hits[last]!.to, segmentEnd)) continue;
        // "cho Tổng công ty May 10", "to the Party, Government and people of Cu Chi District": the body is written, not guessed.
        const bodyWritten = this.bodyNamedAfterIntroducer(hits[last]!.to, segmentEnd);
        const single = add({ count: 1, recipient: 'collective', award: hit.award }, hit, hit.to, !bodyWritten);
        if (single && bodyWritten) namedBodies.add(single);
      }
    }
    // "71 đảng viên được trao huy hiệu Đảng ... 5 đảng viên được trao huy hiệu 60 năm, 26 ... 55 năm và 40 ... 50 năm":
    // Party badges counted by seniority after their total, within two sentences, add up to no more than it.
    this.sumSameTellings(awards, guessed, lastTold);
    // The parts of a total told before them: badges by seniority, and counts that add up to it exactly.
    const partsOfTotals = this.senioritiesOfTotals(awards, lastTold);
    for (const part of exactPartsOfTotals(awards)) partsOfTotals.add(part);
    const totals = this.totalsOfNamedParts(awards);
    const kept = this.withoutRetellings(awards, guessed, partsOfTotals).filter((award) => !totals.has(award)).filter(
      // "trao Giải thưởng cho Hội LHPN huyện Hiệp Đức" and "... cho 7 tập thể": the body named alone is one of the seven.
      (award, _, all) => !namedBodies.has(award) || !all.some((other) => other.award === award.award && other.recipient === award.recipient && (other.count ?? 0) > 1),
    ).filter(
      // "nhận Huân chương hạng Nhất" (a headline) and "đón nhận Huân chương Lao động hạng Nhất": the short name is the
      // full one shortened, one award told twice.
      (award, _, all) => award.name === undefined || !all.some((other) => other !== award && other.award === award.award && other.recipient === award.recipient && other.count === award.count && other.name !== undefined && other.name.endsWith(` ${award.name}`)),
    );
    return { awards: kept, confidence: awardsConfidence(kept.length, mentioned, this.uncertain) };
  }

  /**
   * "trao Huân chương cho 83 đồng chí, gồm: 9 Huân chương Độc lập hạng Ba, 3 ... hạng Nhì và 71
   * ... hạng Ba", "medals to 12 officers: 5 Labour Orders, second class, and 7 ...": a total
   * written without the award's name, then the named awards it is made of. Each named award is
   * one handed out; the total, which their counts add up to exactly, is none of its own.
   */
  private totalsOfNamedParts(awards: readonly Award[]): Set<Award> {
    const sentences = awards.map((award) => this.tokens[this.doc.tokenAt(award.evidence![0]!.start)]!.sentence);
    // The named parts of each award and recipient, in the order of the list: a report of many awards
    // asks each total about its own kind only, not about every later award.
    const parts = new Map<string, number[]>();
    for (const [index, part] of awards.entries()) {
      if (part.name === undefined || part.count === null) continue;
      const key = `${part.award}|${part.recipient}`;
      const list = parts.get(key);
      if (list) list.push(index);
      else parts.set(key, [index]);
    }
    const ordered = sentences.every((sentence, index) => index === 0 || sentence >= sentences[index - 1]!);
    const totals = new Set<Award>();
    for (const [index, total] of awards.entries()) {
      if (total.count === null) continue;
      const sentence = sentences[index]!;
      const list = parts.get(`${total.award}|${total.recipient}`);
      if (!list) continue;
      // A bare total is split in its sentence or the next; a total the headline names ("Huân chương Lao động
      // hạng Nhì và hạng Ba cho 4 cá nhân") may be split by the story's named awards in any later sentence.
      let found = 0;
      let sum = 0;
      for (const j of list) {
        if (j <= index) continue;
        const apart = sentences[j]! - sentence;
        if (total.name === undefined ? apart > 1 : apart <= 0) {
          // In the text's order, past the next sentence no later part of a bare total's can count.
          if (total.name === undefined && ordered) break;
          continue;
        }
        found++;
        sum += awards[j]!.count!;
        // Once the parts add up past the total, the total is not theirs (counts are positive).
        if (sum > total.count) break;
      }
      if (found >= 2 && sum === total.count) totals.add(total);
    }
    return totals;
  }

  /**
   * "524 đảng viên được trao tặng Huy hiệu Đảng và 20 đảng viên được truy tặng Huy hiệu Đảng", "140
   * Party members received Party membership badges, and two others were bestowed with the Party
   * membership badges": the same award, written the same way, counted twice for one kind of recipient
   * in one sentence and not as a breakdown, is one award to them all. The entries are summed in place.
   */
  private sumSameTellings(awards: Award[], guessed: ReadonlySet<Award>, lastTold: Map<Award, number>): void {
    const startOf = (award: Award): number => this.doc.tokenAt(award.evidence![0]!.start);
    const textOf = (award: Award): string => this.doc.text.slice(award.evidence![0]!.start, award.evidence![0]!.end).toLowerCase();
    for (let i = 0; i < awards.length; i++) {
      const total = awards[i]!;
      if (total.count === null || guessed.has(total) || total.award !== 'party membership badge') continue;
      const sentence = this.tokens[startOf(total)]!.sentence;
      for (let j = i + 1; j < awards.length; j++) {
        const extra = awards[j]!;
        const start = startOf(extra);
        if (this.tokens[start]!.sentence !== sentence) break;
        if (extra.count === null || guessed.has(extra) || extra.award !== total.award || extra.recipient !== total.recipient || (extra.name ?? '') !== (total.name ?? '')) continue;
        if (textOf(extra) !== textOf(total) || (this.breakdownBefore(start) ?? -1) > startOf(awards[i]!)) continue;
        const summed: Award = { ...awards[i]!, count: awards[i]!.count! + extra.count, evidence: [...awards[i]!.evidence!, ...extra.evidence!] };
        const told = lastTold.get(awards[i]!);
        if (told !== undefined) lastTold.set(summed, told);
        awards[i] = summed;
        awards.splice(j, 1);
        j--;
      }
      // "1.958 đảng viên được tặng Huy hiệu Đảng" (the headline) and the story's sum of the same: one award, told again.
      const summed = awards[i]!;
      if (summed === total) continue;
      const earlier = awards.find(
        (other, k) => k !== i && !guessed.has(other) && other.award === summed.award && other.recipient === summed.recipient && other.count === summed.count && (other.name ?? '') === (summed.name ?? ''),
      );
      if (earlier) {
        lastTold.set(earlier, Math.max(lastTold.get(earlier) ?? 0, sentence));
        awards.splice(i, 1);
        i--;
      }
    }
  }

  /**
   * Party badges counted by seniority after their total ("71 ... huy hiệu Đảng; 5 ... 60 năm,
   * 26 ... 55 năm"): the parts within two sentences after a total that add up to no more
   * than it.
   */
  private senioritiesOfTotals(awards: readonly Award[], lastTold: ReadonlyMap<Award, number>): Set<Award> {
    const sentenceOf = (award: Award): number => this.tokens[this.doc.tokenAt(award.evidence![0]!.start)]!.sentence;
    const parts = new Set<Award>();
    for (const [index, total] of awards.entries()) {
      if (total.award !== 'party membership badge' || total.count === null || parts.has(total)) continue;
      const found: Award[] = [];
      const told = Math.max(sentenceOf(total), lastTold.get(total) ?? 0);
      for (const part of awards.slice(index + 1)) {
        const distance = sentenceOf(part) - told;
        if (distance > 2) continue;
        // Two sentences on, the parts open on a breakdown ("Of these, ..."): "On the same day, ... also
        // offered badges to 21 Party members of District 3" is another ceremony.
        // A breakdown may run on into the next sentence ("Among the recipients, 10 ... 80-year badge, ... . 288
        // members received the 55-year badge, ..."): a sentence that opens on a count right after an opening
        // one goes on with it ("On the same day, ... also offered ..." is another ceremony).
        const opens = (sentence: number): boolean => this.pack.breakdownOpeners.longestAt(this.doc, this.doc.sentences[sentence]!.firstToken) !== null;
        const runsOn = (sentence: number): boolean => this.tokens[this.doc.sentences[sentence]!.firstToken]?.kind === 'number' && opens(sentence - 1);
        if (distance === 2 && !opens(sentenceOf(part)) && !runsOn(sentenceOf(part))) continue;
        // A count as large as the total is another ceremony's total ("... to 21 Party members. ... presented 88 badges"), no part of it.
        if (part.award === total.award && part.recipient === total.recipient && part.count !== null && part.count < total.count) found.push(part);
      }
      const sum = found.reduce((acc, part) => acc + part.count!, 0);
      if (found.length > 0 && sum <= total.count) for (const part of found) parts.add(part);
    }
    return parts;
  }

  /**
   * The awards less those another entry tells better. Each question is answered from
   * indexes built once (by kind, recipient, name and sentence): asked of every pair of
   * entries, it grew with the square of the awards in the text.
   */
  private withoutRetellings(awards: readonly Award[], guessed: ReadonlySet<Award>, parts: ReadonlySet<Award>): Award[] {
    const starts = awards.map((award) => this.doc.tokenAt(award.evidence![0]!.start));
    const sentences = starts.map((start) => this.tokens[start]!.sentence);
    const key = (...parts: readonly (string | number)[]): string => parts.join('\u0000');
    // Counted entries: the first token of each kind in each sentence; the sentences of each kind, recipient and name (not guessed).
    const firstCounted = new Map<string, number>();
    const countedSentences = new Map<string, { first: number; several: boolean }>();
    // Kinds told by an entry that is not a guess; names of each kind and recipient.
    const toldKinds = new Set<string>();
    const namesOf = new Map<string, Set<string>>();
    awards.forEach((award, index) => {
      const names = namesOf.get(key(award.award, award.recipient)) ?? new Set<string>();
      names.add(award.name ?? '');
      namesOf.set(key(award.award, award.recipient), names);
      if (!guessed.has(award)) {
        toldKinds.add(award.award);
        toldKinds.add(key(award.award, award.name ?? ''));
      }
      if (award.count === null) return;
      const at = key(award.award, sentences[index]!);
      firstCounted.set(at, Math.min(firstCounted.get(at) ?? Infinity, starts[index]!));
      if (guessed.has(award)) return;
      const told = key(award.award, award.recipient, award.name ?? '');
      const seen = countedSentences.get(told);
      if (!seen) countedSentences.set(told, { first: sentences[index]!, several: false });
      else if (seen.first !== sentences[index]) seen.several = true;
    });
    // "35 đảng viên được trao Huy hiệu Đảng. Trong đó, 4 đồng chí nhận Huy hiệu 60 năm, 5 ...":
    // the counts after the breakdown are parts of the total already counted (in this
    // sentence or the one before, before the breakdown's opener).
    const partOfTotal = (award: Award, index: number): boolean => {
      const opener = this.breakdownBefore(starts[index]!);
      if (opener === null) return false;
      const sentence = sentences[index]!;
      // A photo caption often stands between the total and its breakdown ("... 524 đảng viên được
      // trao tặng Huy hiệu Đảng." / a caption / "Trong đó, ..."): the total two sentences back counts too.
      return (
        (firstCounted.get(key(award.award, sentence - 1)) ?? Infinity) < opener ||
        (firstCounted.get(key(award.award, sentence - 2)) ?? Infinity) < opener ||
        (firstCounted.get(key(award.award, sentence)) ?? Infinity) < opener
      );
    };
    // "Biểu dương các Câu lạc bộ ..." (a caption) and "đã biểu dương và tặng Bằng khen cho 8 Câu lạc bộ ..."
    // (the story): the story's honouring, counted with its award, tells the caption's groups again.
    // Per recipient kind, the sentences where a counted award follows an honouring verb. The
    // verbs of a sentence are found once: a sentence of many awards asks for each of them.
    const honouredCounted = new Map<string, Set<number>>();
    const firstHonouring = new Map<number, { start: number; end: number } | null>();
    const firstHonouringIn = (index: number): { start: number; end: number } | null => {
      const sentence = sentences[index]!;
      let first = firstHonouring.get(sentence);
      if (first === undefined) {
        let from = starts[index]!;
        while (from > 0 && this.tokens[from - 1]!.sentence === sentence) from--;
        let to = starts[index]!;
        while (to < this.tokens.length && this.tokens[to]!.sentence === sentence) to++;
        first = this.pack.honouringVerbs.findAll(this.doc, from, to)[0] ?? null;
        firstHonouring.set(sentence, first);
      }
      return first;
    };
    awards.forEach((award, index) => {
      if (award.count === null || guessed.has(award)) return;
      const verb = firstHonouringIn(index);
      if (verb === null || verb.end > starts[index]!) return;
      const told = honouredCounted.get(award.recipient) ?? new Set<number>();
      told.add(sentences[index]!);
      honouredCounted.set(award.recipient, told);
    });
    const honouredElsewhere = (award: Award, index: number): boolean => {
      const told = honouredCounted.get(award.recipient);
      return told !== undefined && (told.size > 1 || !told.has(sentences[index]!));
    };
    // Per kind, recipient and count, the names counted and their sentences: a counted entry whose
    // name another sentence's entry of the same count extends ("Labour Order" and "Labour Order,
    // Second Class") tells that award again, less precisely.
    const namedCounts = new Map<string, { name: string; sentence: number }[]>();
    awards.forEach((award, index) => {
      if (award.count === null || award.name === undefined) return;
      const at = key(award.award, award.recipient, award.count);
      namedCounts.set(at, [...(namedCounts.get(at) ?? []), { name: award.name, sentence: sentences[index]! }]);
    });
    // "75 officers were awarded medals" (a headline), then each medal by its name to the 75: the bare telling goes.
    const toldWithClass = (award: Award, index: number): boolean => {
      const name = award.name ?? '';
      if (award.count === null) return false;
      const others = namedCounts.get(key(award.award, award.recipient, award.count)) ?? [];
      return others.some((other) => other.sentence !== sentences[index] && other.name.length > name.length && other.name.startsWith(name));
    };
    return awards.filter((award, index) => {
      if (parts.has(award) || partOfTotal(award, index)) return false;
      if (award.count === null && award.award === 'commendation' && !award.name && honouredElsewhere(award, index)) return false;
      // A lead's "trao Bằng khen" read as one body goes when the story tells who received it.
      // (An award of another name, "the Independence Medal" guessed and "the Labour Medal" told, is another award.)
      if (guessed.has(award) && toldKinds.has(award.award) && (award.name === undefined || toldKinds.has(key(award.award, award.name)) || toldKinds.has(key(award.award, '')))) return false;
      // "trao Huân chương Lao động cho 4 cá nhân" (a headline) and "... Huân chương Lao động hạng Nhì và
      // hạng Ba cho 4 cá nhân" (the story): the same count told again with the award's class; the vaguer goes.
      if (award.count !== null) return !toldWithClass(award, index);
      // "trao giải cho các tác giả" in a caption, "trao giải cho 11 tập thể, 28 cá nhân" in
      // the story: the counted telling stays (in one sentence an uncounted group is another group).
      const name = award.name ?? '';
      const counted = countedSentences.get(key(award.award, award.recipient, name));
      if (counted && (counted.several || counted.first !== sentences[index])) return false;
      // "trao huy hiệu Đảng cho 18 đồng chí được nhận huy hiệu 60 năm, 55 năm tuổi Đảng": the recipients
      // after the introducer run up to the passive verb of the next telling of the same award, which
      // counts them; the uncounted first telling is the same award.
      const end = award.evidence![0]!.end;
      const retoldRightAfter = awards.some(
        (other, at) =>
          at !== index && other.count !== null && !guessed.has(other) && other.award === award.award && other.recipient === award.recipient &&
          sentences[at] === sentences[index] && other.evidence![0]!.start >= end && this.doc.text.slice(end, other.evidence![0]!.start).trim() === '',
      );
      if (retoldRightAfter) return false;
      // "presents the Labour Orders to individuals" (a caption) says again, less precisely, what
      // the story tells with a class or a count: the vaguer uncounted entry goes.
      for (const other of namesOf.get(key(award.award, award.recipient)) ?? []) if (other !== name && other.startsWith(name)) return false;
      return true;
    });
  }

  /**
   * "the province honoured 60 exemplary individuals ..., and outstanding collectives and
   * individuals who ...": people honoured without an award's name; groups named after the
   * counted ones without a count are there too, uncounted. Returns whether an honouring
   * verb of the sentence (not one of a body's name) was read, whatever it gave.
   */
  private honoured(from: number, to: number, add: (award: Award, hit: AwardHit, end: number) => void): boolean {
    // "Trong nhiệm kỳ qua, đã khen thưởng 500 tập thể": the term's honours, not the event's.
    if (this.history(from, to) || this.pastYear(from, to)) return false;
    let read = false;
    // Counts before a passive verb are read from the end of the verb before: the counts before
    // that verb were its own ("30 hộ được biểu dương, 20 cá nhân được khen thưởng"), and
    // reading from the sentence's start for every verb grew with the square of the sentence.
    let previousEnd = from;
    // The end of a verb joined to the one before ("biểu dương, khen thưởng"): read with it, not again.
    let joinedEnd = -1;
    for (const verb of this.pack.honouringVerbs.findAll(this.doc, from, to)) {
      if (verb.start < joinedEnd) continue;
      const hit: AwardHit = { from: verb.start, to: verb.end, award: 'commendation', plural: false };
      const earlierFrom = previousEnd;
      previousEnd = verb.end;
      if (this.verbInBodyName(verb.start, from)) continue;
      read = true;
      // "UBND, Uỷ ban MTTQ hai cấp huyện và xã đã khen thưởng 358 tập thể": what the bodies of every level gave, a tally.
      if (this.tallyIn(earlierFrom, verb.start)) continue;
      if (this.proposedIn(from, verb.start, from, to) || this.notHandedOut(verb.start, from, to)) continue;
      // "biểu dương, khen thưởng 50 tập thể": verbs joined before the recipients share them.
      let after = verb.end;
      const joined = this.tokens[after]?.text === ',' ? after + 1 : this.pack.chainJoiners.longestAt(this.doc, after)?.end;
      const nextVerb = joined !== undefined ? (this.pack.givingVerbs.longestAt(this.doc, joined) ?? this.pack.honouringVerbs.longestAt(this.doc, joined)) : null;
      if (nextVerb) after = joinedEnd = nextVerb.end;
      after = this.afterGiver(after, to);
      // "khen thưởng 58 tập thể, cá nhân", "78 collectives and individuals were commended": one number for both
      // kinds, which no entry holds; each kind uncounted (none when the number is approximate, "hơn 700 ...").
      const joint = this.jointCountAt(this.pack.recipientIntroducers.longestAt(this.doc, after)?.end ?? after, to) ?? this.jointCountBeforePassive(earlierFrom, verb.start);
      if (joint) {
        this.uncertain++;
        if (!joint.approximate) for (const recipient of ['collective', 'individual'] as const) add({ count: null, recipient, award: 'commendation' }, hit, verb.end);
        continue;
      }
      // "khen thưởng cho 5 cá nhân": the word that introduces the recipients stands before their count.
      const count = this.countRecipientAt(this.pack.recipientIntroducers.longestAt(this.doc, after)?.end ?? after, to);
      if (!count) {
        // "25 hộ gia đình được UBND xã khen thưởng": counted recipients before a passive verb.
        const earlier = this.countsIn(earlierFrom, verb.start, true);
        if (earlier.length > 0) {
          this.uncertain++;
          for (const found of earlier) add({ count: found.count, recipient: found.recipient, award: 'commendation' }, hit, verb.end);
          continue;
        }
        this.honouredGroup(verb.start, verb.end, from, to, add);
        continue;
      }
      this.uncertain++;
      add({ count: count.count, recipient: count.recipient, award: 'commendation' }, hit, count.to);
      // "khen thưởng 15 tập thể và 30 cá nhân": more counts listed after the first.
      let last = count;
      for (let next = this.listedCountAfter(last.to, to); next; next = this.listedCountAfter(last.to, to)) {
        add({ count: next.count, recipient: next.recipient, award: 'commendation' }, hit, next.to);
        last = next;
      }
      for (const group of this.uncountedGroupsFrom(last.to, to)) add({ count: null, recipient: group.kind, award: 'commendation' }, hit, group.end);
    }
    return read;
  }

  /**
   * A group named without a count at token k ("và các tập thể", "and outstanding
   * collectives"): its kind and the token after its noun, or null.
   */
  private uncountedGroupAt(k: number): { kind: RecipientKind; end: number } | null {
    const lead = this.pack.recipientModifiers.longestAt(this.doc, k) ?? this.pack.chainJoiners.longestAt(this.doc, k);
    if (!lead) return null;
    const noun = this.pack.recipients.longestAt(this.doc, lead.end);
    if (!noun || this.countAt(k) !== null || (this.pack.language === 'en' && !/s$/.test(this.tokens[noun.end - 1]!.key))) return null;
    return { kind: noun.value, end: noun.end };
  }

  /** Per token: the groups {@link uncountedGroupsFrom} finds from it on (tokens belong to one sentence, so one end each). */
  private readonly groupsFrom = new Map<number, readonly { kind: RecipientKind; end: number }[]>();

  /**
   * The groups named without a count in tokens `from` .. `to - 1`, read from left to right
   * (a group's noun is skipped once read), each kind once, at its first place. Every
   * honouring verb of a sentence reads to the sentence's end, so the reading is kept per
   * token: the verbs after the first reuse it instead of reading the rest again.
   */
  private uncountedGroupsFrom(from: number, to: number): readonly { kind: RecipientKind; end: number }[] {
    const walked: { at: number; group: { kind: RecipientKind; end: number } | null }[] = [];
    let rest: readonly { kind: RecipientKind; end: number }[] = [];
    for (let k = from; k < to; ) {
      const known = this.groupsFrom.get(k);
      if (known) {
        rest = known;
        break;
      }
      const group = this.uncountedGroupAt(k);
      walked.push({ at: k, group });
      k = group ? group.end : k + 1;
    }
    for (let index = walked.length - 1; index >= 0; index--) {
      const { at, group } = walked[index]!;
      if (group) rest = [group, ...rest.filter((other) => other.kind !== group.kind)];
      this.groupsFrom.set(at, rest);
    }
    return rest;
  }

  /** Sentences (by first token) that tie themselves to the event ("Dịp này", "On this occasion"): read once per sentence, not once per verb. */
  private readonly occasions = new Map<number, boolean>();

  private hasOccasion(from: number, to: number): boolean {
    let occasion = this.occasions.get(from);
    if (occasion === undefined) {
      occasion = false;
      for (let k = from; k < to && !occasion; k++) occasion = this.pack.occasionMarkers.longestAt(this.doc, k) !== null;
      this.occasions.set(from, occasion);
    }
    return occasion;
  }

  /**
   * The count listed after the recipients that end at token `at` ("15 tập thể, 30 cá nhân",
   * "15 tập thể có thành tích xuất sắc và 30 cá nhân"): a few describing words, a comma or a
   * joiner, then the count. Null when the list ends.
   */
  private listedCountAfter(at: number, to: number): CountHit | null {
    let words = 0;
    for (let k = at; k < to && words <= 4; k++) {
      const token = this.tokens[k]!;
      const joiner = token.text === ',' ? k + 1 : this.pack.chainJoiners.longestAt(this.doc, k)?.end;
      if (joiner !== undefined) return this.countRecipientAt(joiner, to);
      if (token.kind !== 'word') return null;
      const modifier = this.pack.recipientModifiers.longestAt(this.doc, k);
      if (modifier) k = modifier.end - 1;
      else words++;
    }
    return null;
  }

  /**
   * "Dịp này, ... biểu dương các tập thể, cá nhân ...", "On this occasion, ... commended
   * exemplary organizations and individuals": a group honoured without a count, once per
   * kind, uncounted. Only in a sentence tied to the event: a speech that praises groups
   * hands out nothing.
   */
  private honouredGroup(verbStart: number, verbEnd: number, from: number, to: number, add: (award: Award, hit: AwardHit, end: number) => void): void {
    // A headline or caption that opens on the verb ("Tôn vinh các tập thể, cá nhân ...") tells the event's own act.
    if (verbStart !== from && !this.hasOccasion(from, to)) return;
    let k = verbEnd;
    // "khen thưởng cho các tập thể, cá nhân", "honoured to the ...": the word that introduces the recipients.
    k = this.pack.recipientIntroducers.longestAt(this.doc, k)?.end ?? k;
    // English names its groups in the plural, with or without a word before them ("honoured collectives and individuals").
    let marked = this.pack.language === 'en';
    for (let steps = 0; steps < 3 && k < to; steps++) {
      const marker = this.pack.pluralRecipients.longestAt(this.doc, k) ?? this.pack.recipientModifiers.longestAt(this.doc, k);
      if (!marker) break;
      marked = true;
      k = marker.end;
    }
    if (!marked) return;
    const kinds: { kind: RecipientKind; end: number }[] = [];
    while (k < to) {
      const noun = this.pack.recipients.longestAt(this.doc, k);
      // English groups are plural: "organizations and individuals".
      if (noun && (this.pack.language !== 'en' || /s$/.test(this.tokens[noun.end - 1]!.key))) {
        if (!kinds.some((found) => found.kind === noun.value)) kinds.push({ kind: noun.value, end: noun.end });
        k = noun.end;
        continue;
      }
      if (this.tokens[k]!.text === ',' || this.pack.chainJoiners.longestAt(this.doc, k)?.end === k + 1) {
        k++;
        continue;
      }
      break;
    }
    if (kinds.length === 0) return;
    this.uncertain++;
    const hit: AwardHit = { from: verbStart, to: verbEnd, award: 'commendation', plural: true };
    for (const found of kinds) add({ count: null, recipient: found.kind, award: 'commendation' }, hit, found.end);
  }
}

/**
 * Confidence that the awards are right as a whole: a text that names no award has none;
 * each award read without a written count lowers it.
 */
function awardsConfidence(found: number, mentioned: boolean, uncertain: number): number {
  if (!mentioned && found === 0) return 0.97;
  let confidence = found > 0 ? 0.9 : 0.75;
  confidence -= 0.12 * uncertain;
  return Math.max(0.1, Math.min(0.99, confidence));
}

/**
 * Awards presented at the event. `people`: the people read from the text, so an award
 * handed to named people counts them. Awards of earlier years are history, not part of
 * this event.
 */
export function extractAwards(
  doc: AnalysedText,
  eventYear: number | null,
  language: PackLanguage,
  people: readonly { readonly start: number; readonly end: number; readonly name: string }[] = [],
  eventDate: string | null = null,
): AwardsResult {
  return new AwardsReader(doc, packFor(language), eventYear, people, eventDate).read();
}

/** How far back in its paragraph a breakdown looks for the years it breaks down, in tokens. */
const HISTORY_PARAGRAPH_TOKENS = 400;

/** The smallest total whose exact parts are looked for anywhere in the text: small sums meet by chance. */
const EXACT_PARTS_MIN_TOTAL = 10;
/** How many totals of one kind are tried: a text that repeats one award all along is no tally of parts. */
const EXACT_PARTS_MAX_TOTALS = 8;

/**
 * "biểu dương, khen thưởng 32 tập thể và 76 cá nhân" in the lead and, further down, "biểu dương 21 tập thể và 55 cá
 * nhân; khen thưởng 11 tập thể và 21 cá nhân": later awards of the same kind and recipients that add up exactly to a
 * total told before them are its parts, however far down they come (two parts or more). Awards that name their class
 * ("6 Huân chương ... hạng Nhì") stand for their total instead (see totalsOfNamedParts), so they take no part here.
 */
function exactPartsOfTotals(awards: readonly Award[]): Set<Award> {
  const parts = new Set<Award>();
  const groups = new Map<string, Award[]>();
  for (const award of awards) {
    if (award.count === null || award.name !== undefined) continue;
    const key = `${award.award}|${award.recipient}`;
    const group = groups.get(key);
    if (group) group.push(award);
    else groups.set(key, [award]);
  }
  for (const group of groups.values()) {
    for (let i = 0; i < group.length - 2 && i < EXACT_PARTS_MAX_TOTALS; i++) {
      const total = group[i]!;
      const target = total.count!;
      if (target < EXACT_PARTS_MIN_TOTAL || parts.has(total)) continue;
      const found: Award[] = [];
      let sum = 0;
      for (let j = i + 1; j < group.length && sum <= target; j++) {
        const part = group[j]!;
        if (part.count! >= target || parts.has(part)) continue;
        found.push(part);
        sum += part.count!;
      }
      if (found.length >= 2 && sum === target) for (const part of found) parts.add(part);
    }
  }
  return parts;
}
