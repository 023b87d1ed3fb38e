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
import type { AnalysedText, Token } from './tokens';

/** Dashes that join the years of a term ("2016-2021", "2016 – 2021"). */
const DASH_TEXTS: ReadonlySet<string> = new Set(['-', '–', '—']);

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

const CLASS_NAMES: Readonly<Record<AwardClass, string>> = { first: 'First', second: 'Second', third: 'Third' };

const titleCase = (words: string): string => words.replace(/(^|\s)(\p{Ll})/gu, (_, space: string, letter: string) => space + letter.toUpperCase());

class AwardsReader {
  private readonly tokens: readonly Token[];
  private uncertain = 0;

  constructor(
    private readonly doc: AnalysedText,
    private readonly pack: LanguagePack,
    private readonly eventYear: number | null,
    private readonly people: readonly { readonly start: number; readonly end: number; readonly name: string }[],
  ) {
    this.tokens = doc.tokens;
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
      const plural = /s$/.test(last.key) && this.pack.language === 'en';
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
    const nameAfter = this.pack.awardNames.longestAt(this.doc, end);
    if (!this.pack.awardOrderNamesBefore && nameAfter) {
      name = nameAfter.value;
      end = nameAfter.end;
    }
    if (this.pack.awardOrderNamesBefore) {
      for (let k = Math.max(0, from - 4); k < from; k++) {
        const before = this.pack.awardNames.longestAt(this.doc, k);
        if (before && before.end === from) {
          name = before.value;
          start = k;
          break;
        }
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
      const value = Number(token.text);
      return value > 0 ? value : null;
    }
    if (token.kind !== 'word') return null;
    // "20 năm tổ chức": a number word right after a number is its unit ("năm" = years), no count.
    if (this.tokens[i - 1]?.kind === 'number') return null;
    return this.pack.numberWords.get(token.key) ?? null;
  }

  /** A count and its recipient noun starting at token i ("5 tập thể", "nine full-time NA deputies"). */
  private countRecipientAt(i: number, limit: number): CountHit | null {
    const count = this.countAt(i);
    if (count === null) return null;
    let k = i + 1;
    for (let modifiers = 0; modifiers <= 5 && k < limit; modifiers++) {
      const modifier = this.pack.recipientModifiers.longestAt(this.doc, k);
      if (modifier && modifier.end <= limit && !this.pack.modifiersBeforeRecipient) {
        k = modifier.end;
        continue;
      }
      const noun = this.pack.recipients.longestAt(this.doc, k);
      if (noun && noun.end <= limit) return { from: i, to: noun.end, count, recipient: noun.value };
      if (!this.pack.modifiersBeforeRecipient) return null;
      // English puts describing words before the noun: "15 outstanding union members".
      const token = this.tokens[k]!;
      const describes = (token.kind === 'word' && !this.pack.phraseBreaks.has(token.key)) || (token.text === '-' && !token.spaceBefore);
      if (!describes) return null;
      k++;
    }
    return null;
  }

  /** Counts with recipients in tokens `from` .. `to - 1`, skipping those a passive verb gives to a later award. */
  private countsIn(from: number, to: number, passiveOnly: boolean): CountHit[] {
    const counts: CountHit[] = [];
    for (let i = from; i < to; i++) {
      const hit = this.countRecipientAt(i, to);
      if (!hit) continue;
      const passive = this.passiveAfter(hit.to, to);
      if (passive !== passiveOnly) {
        i = hit.to - 1;
        continue;
      }
      counts.push(hit);
      i = hit.to - 1;
    }
    return counts;
  }

  /** "... cá nhân được tặng", "... individuals were awarded": a passive verb follows the recipients (within a few words). */
  private passiveAfter(at: number, to: number): boolean {
    for (let k = at; k < to && k < at + 12; k++) {
      const token = this.tokens[k]!;
      // "12 tập thể, 25 cá nhân được tặng": the list goes on to the verb.
      const listed = token.text === ',' ? this.countRecipientAt(k + 1, to) : null;
      if (listed) return this.passiveAfter(listed.to, to);
      if (token.kind === 'punct' && token.text !== '-') return false;
      if (this.pack.passiveMarkers.longestAt(this.doc, k)) return true;
    }
    return false;
  }

  /**
   * The people named right before a passive verb in tokens `from` .. `to - 1` ("đồng chí
   * Nguyễn Văn Hải được trao", "Nguyen Van An and Tran Thi Binh were presented with"): how
   * many, or 0 when no name ends at the passive verb.
   */
  private peopleBeforePassive(from: number, to: number): number {
    for (let k = from + 1; k < to; k++) {
      if (!this.pack.passiveMarkers.longestAt(this.doc, k)) continue;
      const verbStart = this.tokens[k]!.start;
      const personBefore = this.people.find((person) => person.end <= verbStart && this.doc.tokenAt(person.end - 1) === k - 1);
      if (personBefore) return this.namesakeAt(this.doc.tokenAt(personBefore.start)) ? 0 : this.peopleIn(from, k).count;
      // A sentence that opens on bare names ("Nguyen Van An and Tran Thi Binh were ..."), read by their shape.
      const count = this.namesBefore(k, from);
      if (count > 0) return count;
    }
    return 0;
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
    for (const person of this.people) {
      if (person.start < start || person.end > end) continue;
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
    let k = from;
    for (; k < to && k < from + 8; k++) {
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
    for (let k = from; k < to && k < from + 8; k++) {
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

  /** A proposal word ("đề nghị", "tham mưu", "proposed") in tokens `from` .. `to - 1`: what follows is proposed, not handed out. */
  private proposedBefore(from: number, to: number): boolean {
    for (let k = from; k < to; k++) {
      // "Theo đề nghị của Sở Nội vụ, Chủ tịch UBND tỉnh tặng ...": the proposal is the basis of an award given.
      const basis = this.pack.awardProposalBases.longestAt(this.doc, k);
      if (basis) {
        k = basis.end - 1;
        continue;
      }
      if (this.pack.awardProposalMarkers.longestAt(this.doc, k)) return true;
    }
    return false;
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

  /** A count written right before an award ("42 Bằng khen", "three Labour Orders"), not a year: the number of awards. */
  private countBefore(at: number): number | null {
    if (at < 1 || this.tokens[at - 1]!.sentence !== this.tokens[at]!.sentence) return null;
    const count = this.countAt(at - 1);
    if (count === null || (count >= 1900 && count <= 2100)) return null;
    return count;
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

  /** Only a comma or a joiner between two award phrases. */
  private listedTogether(end: number, start: number): boolean {
    // "Cờ thi đua của Chính phủ, Bằng khen của Thủ tướng ...": each award may name its giver before the comma.
    let from = end;
    if (this.pack.awardGiverMarkers.longestAt(this.doc, end)) {
      let k = end + 1;
      while (k < start && k <= end + 8 && this.tokens[k]!.kind === 'word' && !this.pack.recipientIntroducers.longestAt(this.doc, k) && !this.pack.chainJoiners.longestAt(this.doc, k)) k++;
      from = k;
    }
    if (start - from < 1 || start - from > 2) return false;
    for (let k = from; k < start; k++) if (this.tokens[k]!.text !== ',' && this.pack.chainJoiners.longestAt(this.doc, k)?.end !== k + 1) return false;
    return true;
  }

  /**
   * "Trong nhiệm kỳ qua, ...", "Nhiệm kỳ 2015-2020, ...", "Qua 70 năm xây dựng và phát
   * triển, ...", "During the 2016-2021 term, ...", "Over the past 75 years, ...": a
   * sentence that opens on a past term or the years behind tells history, unless it ties
   * itself to the event ("Dịp này", "At the ceremony").
   */
  private history(from: number, to: number): boolean {
    const pack = this.pack;
    for (let k = from; k < to; k++) if (pack.occasionMarkers.longestAt(this.doc, k)) return false;
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
   * The breakdown opener ("Trong đó", "of whom") that starts the sentence or clause of
   * token `at`, before it: its token, or null.
   */
  private breakdownBefore(at: number): number | null {
    const sentence = this.doc.sentences[this.tokens[at]!.sentence]!;
    for (let k = at; k >= sentence.firstToken; k--) {
      const opensClause = k === sentence.firstToken || [',', ';', ':', '('].includes(this.tokens[k - 1]!.text);
      if (opensClause && this.pack.breakdownOpeners.longestAt(this.doc, k)) return k;
    }
    return null;
  }

  read(): AwardsResult {
    const awards: Award[] = [];
    // Entries whose count the text does not write ("a single body" read as one collective).
    const guessed = new Set<Award>();
    const seen = new Set<string>();
    const add = (award: Award, hit: AwardHit, end: number) => {
      const named: Award = hit.name ? { ...award, name: hit.name } : award;
      const key = `${named.award}|${named.name ?? ''}|${named.count}|${named.recipient}`;
      // The headline and the lead often tell the same single award twice.
      if ((named.count === 1 || named.count === null) && seen.has(key)) return null;
      seen.add(key);
      const evidence: Span[] = [this.doc.spanOf(hit.from, Math.max(hit.to, end))];
      const entry: Award = { ...named, evidence };
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
      const giving = this.pack.givingVerbs.findAll(this.doc, from, to).length > 0;
      if (hits.length === 0) {
        if (giving || this.pack.honouringVerbs.findAll(this.doc, from, to).length > 0) this.honoured(from, to, add);
        continue;
      }
      mentioned = true;
      if (!giving) continue;
      // "Dự hội nghị có 150 đại biểu ... được tặng Bằng khen trong năm", "The congress was attended by
      // 250 delegates, including 30 who received ...": who came, not what was handed out.
      if (this.attendance(from, hits[0]!.from)) continue;
      // Awards in a sentence about the past term may be history or may be handed out at the
      // event (a congress often hands out the term's awards): they stay, less surely.
      if (this.history(from, to)) this.uncertain++;
      const pastYear = this.pastYear(from, to);
      for (const [index, hit] of hits.entries()) {
        // "thông qua đề nghị khen thưởng Cờ thi đua cho 57 đơn vị": proposed, to be decided later, not handed out.
        if (this.proposedBefore(from, hit.from)) continue;
        // "trao cờ thi đua, bằng khen ... cho ...": awards listed together share the recipients after the last.
        let last = index;
        // Classes of one order share its phrase ("second-class and third-class Labour Orders").
        while (hits[last + 1] && hits[last + 1]!.from === hits[last]!.from) last++;
        while (hits[last + 1] && this.listedTogether(hits[last]!.to, hits[last + 1]!.from)) last++;
        const nextHit = hits[last + 1]?.from ?? to;
        let segmentEnd = hits[last]!.to;
        while (segmentEnd < nextHit && this.tokens[segmentEnd]!.text !== ';') segmentEnd++;
        // "Certificates of merit will be presented to ...", "... to be awarded to": a plan between the award and its recipients.
        if (this.proposedBefore(hits[last]!.to, Math.min(segmentEnd, this.firstIntroducer(hits[last]!.to, segmentEnd) + 1))) continue;
        const counts = this.countsIn(hits[last]!.to, segmentEnd, false);
        if (counts.length > 0) {
          for (const count of counts) add({ count: count.count, recipient: count.recipient, award: hit.award }, hit, count.to);
          continue;
        }
        if (pastYear) continue;
        // "tặng 1 Huân chương ...; 42 Bằng khen ... cho các điển hình tiên tiến": the awards are counted, the recipients after the list.
        const awardsCounted = this.countBefore(hit.from);
        if (awardsCounted !== null) {
          // An emulation flag goes to collectives only.
          const recipient = hit.award === 'emulation flag' ? 'collective' : this.recipientKindAfter(hits[hits.length - 1]!.to, to);
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
        // "nhiều tập thể, cá nhân được ... tặng Bằng khen": a group before a passive, uncounted.
        const groupBefore = this.groupBeforePassive(beforeStart, hit.from);
        if (groupBefore.length > 0) {
          this.uncertain++;
          for (const recipient of hit.award === 'emulation flag' ? (['collective'] as const) : groupBefore) add({ count: null, recipient, award: hit.award }, hit, hit.to);
          continue;
        }
        // "đồng chí Nguyễn Văn Hải được trao Huân chương ...", "A and B were presented with ...": the people before the passive.
        const namedBefore = hit.award === 'emulation flag' ? 0 : this.peopleBeforePassive(beforeStart, hit.from);
        if (namedBefore > 0) {
          add({ count: namedBefore, recipient: 'individual', award: hit.award }, hit, hit.to);
          continue;
        }
        // "the Labour Order to A, B and C": as many individuals as people named.
        const named = this.peopleIn(hits[last]!.to, segmentEnd);
        if (named.count > 0) {
          add({ count: named.count, recipient: 'individual', award: hit.award }, hit, named.end);
          continue;
        }
        // "... to Tran Thi Hong Hanh" in a caption: a personal name after the introducer is one individual.
        const nameEnd = hit.plural ? null : this.personalNameAfter(hits[last]!.to, segmentEnd);
        if (nameEnd !== null) {
          this.uncertain++;
          add({ count: 1, recipient: 'individual', award: hit.award }, hit, nameEnd);
          continue;
        }
        // "cho các tập thể, cá nhân": given to many, but the text does not say how many.
        if (hit.plural || this.pluralRecipient(hits[last]!.to, segmentEnd)) {
          this.uncertain++;
          for (const recipient of this.uncountedKinds(hit, hits[last]!.to, segmentEnd)) add({ count: null, recipient, award: hit.award }, hit, segmentEnd);
          continue;
        }
        this.uncertain++;
        const single = add({ count: 1, recipient: 'collective', award: hit.award }, hit, hit.to);
        if (single) guessed.add(single);
      }
    }
    // "presents the Labour Orders to individuals" (a caption) says again, less precisely, what
    // the story tells with a class or a count: the vaguer uncounted entry goes.
    const sentenceOf = (award: Award): number => this.tokens[this.doc.tokenAt(award.evidence![0]!.start)]!.sentence;
    const startOf = (award: Award): number => this.doc.tokenAt(award.evidence![0]!.start);
    // "35 đảng viên được trao Huy hiệu Đảng. Trong đó, 4 đồng chí nhận Huy hiệu 60 năm, 5 ...":
    // the counts after the breakdown are parts of the total already counted.
    const partOfTotal = (award: Award): boolean => {
      const opener = this.breakdownBefore(startOf(award));
      if (opener === null) return false;
      return awards.some((other) => other !== award && other.count !== null && other.award === award.award && startOf(other) < opener && sentenceOf(other) >= sentenceOf(award) - 1);
    };
    const kept = awards.filter(
      (award) =>
        !partOfTotal(award) &&
        // A lead's "trao Bằng khen" read as one body goes when the story tells who received it.
        !(guessed.has(award) && awards.some((other) => !guessed.has(other) && other.award === award.award)) &&
        (award.count !== null ||
        // "trao giải cho các tác giả" in a caption, "trao giải cho 11 tập thể, 28 cá nhân" in
        // the story: the counted telling stays (in one sentence an uncounted group is another group).
        (!awards.some((other) => other.count !== null && !guessed.has(other) && other.award === award.award && other.recipient === award.recipient && (other.name ?? '') === (award.name ?? '') && sentenceOf(other) !== sentenceOf(award)) &&
        !awards.some(
          (other) => other !== award && other.award === award.award && other.recipient === award.recipient && (other.name ?? '').startsWith(award.name ?? '') && (other.name ?? '') !== (award.name ?? ''),
        ))),
    );
    return { awards: kept, confidence: awardsConfidence(kept.length, mentioned, this.uncertain) };
  }

  /**
   * "the province honoured 60 exemplary individuals ..., and outstanding collectives and
   * individuals who ...": people honoured without an award's name; groups named after the
   * counted ones without a count are there too, uncounted.
   */
  private honoured(from: number, to: number, add: (award: Award, hit: AwardHit, end: number) => void): void {
    // "Trong nhiệm kỳ qua, đã khen thưởng 500 tập thể": the term's honours, not the event's.
    if (this.history(from, to) || this.pastYear(from, to)) return;
    for (const verb of this.pack.honouringVerbs.findAll(this.doc, from, to)) {
      if (this.proposedBefore(from, verb.start)) continue;
      // "biểu dương, khen thưởng 50 tập thể": verbs joined before the recipients share them.
      let after = verb.end;
      const joined = this.tokens[after]?.text === ',' ? after + 1 : this.pack.chainJoiners.longestAt(this.doc, after)?.end;
      const nextVerb = joined !== undefined ? (this.pack.givingVerbs.longestAt(this.doc, joined) ?? this.pack.honouringVerbs.longestAt(this.doc, joined)) : null;
      if (nextVerb) after = nextVerb.end;
      const count = this.countRecipientAt(after, to);
      if (!count) {
        this.honouredGroup(verb.start, verb.end, from, to, add);
        continue;
      }
      this.uncertain++;
      const hit: AwardHit = { from: verb.start, to: verb.end, award: 'commendation', plural: false };
      add({ count: count.count, recipient: count.recipient, award: 'commendation' }, hit, count.to);
      // "khen thưởng 15 tập thể và 30 cá nhân": more counts listed after the first.
      let last = count;
      for (let next = this.listedCountAfter(last.to, to); next; next = this.listedCountAfter(last.to, to)) {
        add({ count: next.count, recipient: next.recipient, award: 'commendation' }, hit, next.to);
        last = next;
      }
      const seen = new Set<RecipientKind>();
      for (let k = last.to; k < to; k++) {
        const lead = this.pack.recipientModifiers.longestAt(this.doc, k) ?? this.pack.chainJoiners.longestAt(this.doc, k);
        if (!lead) continue;
        const noun = this.pack.recipients.longestAt(this.doc, lead.end);
        if (!noun || this.countAt(k) !== null || (this.pack.language === 'en' && !/s$/.test(this.tokens[noun.end - 1]!.key))) continue;
        if (!seen.has(noun.value)) add({ count: null, recipient: noun.value, award: 'commendation' }, hit, noun.end);
        seen.add(noun.value);
        k = noun.end - 1;
      }
    }
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
    let occasion = verbStart === from;
    for (let k = from; k < to && !occasion; k++) occasion = this.pack.occasionMarkers.longestAt(this.doc, k) !== null;
    if (!occasion) return;
    let k = verbEnd;
    let marked = false;
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
): AwardsResult {
  return new AwardsReader(doc, packFor(language), eventYear, people).read();
}
