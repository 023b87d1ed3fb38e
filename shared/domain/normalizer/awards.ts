/**
 * Awards handed out at the event, read over the shared tokens with the award words of
 * the language pack: each award with the counts of recipients that follow it ("tặng Bằng
 * khen cho 5 tập thể, 10 cá nhân", "certificates of merit to 16 collectives and 24
 * individuals"), recipients written before a passive verb ("24 doanh nghiệp được tặng
 * Bằng khen"), named people as recipients ("the Labour Order to A, B and C": three
 * individuals), and orders with their name and class ("Huân chương Lao động hạng Ba").
 */
import type { Award, Span } from '../record';
import { packFor, type AwardClass, type LanguagePack, type PackLanguage, type RecipientKind } from './packs';
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

/** Awards that only ever go to one kind of recipient: a Party badge to Party members, an emulation flag to collectives. */
const NATURAL_RECIPIENT: Readonly<Record<string, RecipientKind>> = { 'party membership badge': 'individual', 'emulation flag': 'collective' };

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
      // "Huy hiệu 30, 40, 45, 50 năm tuổi Đảng": the commas of a list of numbers do not count as words between.
      let listed = 0;
      for (let k = first.end; k < to && k <= first.end + gap.within + listed; k++) {
        const last = gap.last.longestAt(this.doc, k);
        if (last) return { from: i, to: last.end, award: gap.award, plural: false };
        const token = this.tokens[k]!;
        if (token.kind === 'punct') {
          const numbersAround = token.text === ',' && this.tokens[k - 1]?.kind === 'number' && this.tokens[k + 1]?.kind === 'number';
          if (!numbersAround) break;
          listed += 2;
        }
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
      // "15 tập thể, 30 cá nhân được tặng", "Fifteen collectives and 30 individuals received":
      // counts listed together share the verb after the last of them.
      let listEnd = hit.to;
      for (let next = this.listedCountAfter(listEnd, to); next !== null; next = this.listedCountAfter(listEnd, to)) listEnd = next.to;
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
    return this.countAt(k);
  }

  /** The first recipient after the introducer is a body written with its name ("cho Công ty ...", "to the Hospital ..."). */
  private namedBodyFirst(from: number, to: number): boolean {
    for (let k = from; k < to && k < from + 8; k++) {
      const introducer = this.pack.recipientIntroducers.longestAt(this.doc, k);
      if (!introducer) continue;
      let at = introducer.end;
      if (this.pack.roleLeadDrop.has(this.tokens[at]?.key ?? '')) at++;
      const noun = this.pack.recipients.longestAt(this.doc, at);
      return noun !== null && noun.value === 'collective' && this.tokens[at]!.upperInitial && !this.people.some((person) => person.start <= this.tokens[at]!.start && this.tokens[at]!.start < person.end);
    }
    return false;
  }

  /** A number right after the recipient introducer ("cho 20 ...", "to 20 ..."). */
  private countAfterIntroducer(from: number, to: number): boolean {
    for (let k = from; k < to && k < from + 8; k++) {
      const introducer = this.pack.recipientIntroducers.longestAt(this.doc, k);
      if (introducer) return this.countAt(introducer.end) !== null;
    }
    return false;
  }

  /** A recipient introducer ("cho", "to") among tokens `from` .. `to - 1`. */
  private introducerIn(from: number, to: number): boolean {
    for (let k = from; k < to; k++) if (this.pack.recipientIntroducers.longestAt(this.doc, k)) return true;
    return false;
  }

  /** The count and recipient right after a comma or a joiner at token `at` ("..., 30 cá nhân", "and 30 individuals"), or null. */
  private listedCountAfter(at: number, to: number): CountHit | null {
    let k = at;
    if (this.tokens[k]?.text === ',') k++;
    const joiner = this.pack.chainJoiners.longestAt(this.doc, k);
    if (joiner) k = joiner.end;
    return k > at && k < to ? this.countRecipientAt(k, to) : null;
  }

  /** "... cá nhân được tặng", "... individuals were awarded": a passive verb follows the recipients (within a few words). */
  private passiveAfter(at: number, to: number): boolean {
    for (let k = at; k < to && k < at + 12; k++) {
      const token = this.tokens[k]!;
      if (token.kind === 'punct' && token.text !== '-') return false;
      if (this.pack.passiveMarkers.longestAt(this.doc, k)) return true;
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
      const introducer = this.pack.recipientIntroducers.longestAt(this.doc, k);
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
      const introducer = this.pack.recipientIntroducers.longestAt(this.doc, k);
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

  /** Only a comma or a joiner between two award phrases, and maybe an article ("..., the Fatherland Defence Order"). */
  private listedTogether(end: number, start: number): boolean {
    if (start - end < 1 || start - end > 3) return false;
    let joins = 0;
    for (let k = end; k < start; k++) {
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
    let clause = from;
    for (let k = at - 1; k >= from; k--) {
      if (this.tokens[k]!.text === ';') {
        clause = k + 1;
        break;
      }
    }
    // A plan marker close before the award: "đề nghị Thủ tướng tặng Bằng khen", "will be presented".
    for (let k = Math.max(clause, at - 8); k < at; k++) if (pack.awardPlanMarkers.longestAt(this.doc, k)) return true;
    for (let k = from; k < to; k++) if (pack.occasionMarkers.longestAt(this.doc, k)) return false;
    for (let k = clause; k < at; k++) {
      if (pack.awardPastMarkers.longestAt(this.doc, k)) return true;
      const token = this.tokens[k]!;
      if (token.kind === 'number' && !/^(?:19|20)\d\d$/.test(token.text) && pack.timesWords.longestAt(this.doc, k + 1)) return true;
    }
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
   * "... has been awarded a certificate of merit ... for 4 consecutive years from 2017-2020",
   * "... được tặng Bằng khen 5 năm liên tục": a sentence that counts years behind, and does not
   * tie itself to the event, tells what was received before. Used only for awards without
   * counted recipients after them: "tặng Giấy khen cho 9 chi bộ ... 5 năm liền" describes them.
   */
  private pastSpan(from: number, to: number): boolean {
    for (let k = from; k < to; k++) if (this.pack.occasionMarkers.longestAt(this.doc, k)) return false;
    for (let k = from; k < to; k++) {
      if (this.pack.awardPastMarkers.longestAt(this.doc, k)) return true;
      // "... the Labour Order three times": earlier awards counted.
      if ((this.tokens[k]!.kind === 'number' || this.pack.numberWords.has(this.tokens[k]!.key)) && this.pack.timesWords.longestAt(this.doc, k + 1)) return true;
      // "... over the past 20 years": an opener of several words, a number and the word for years.
      const years = this.pack.historyYearsOpeners.longestAt(this.doc, k);
      if (years && years.end - k >= 2 && (this.tokens[years.end]?.kind === 'number' || this.pack.numberWords.has(this.tokens[years.end]?.key ?? '')) && this.pack.yearsWords.longestAt(this.doc, years.end + 1)) return true;
      const token = this.tokens[k]!;
      // "2017-2020": years that end before the event's.
      if (this.eventYear !== null && token.kind === 'number' && /^(?:19|20)\d\d$/.test(token.text) && DASH_TEXTS.has(this.tokens[k + 1]?.text ?? '')) {
        const end = this.tokens[k + 2];
        if (end?.kind === 'number' && /^(?:19|20)\d\d$/.test(end.text) && Number(end.text) < this.eventYear) return true;
      }
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
      // Awards in a sentence about the past term may be history or may be handed out at the
      // event (a congress often hands out the term's awards): they stay, less surely.
      const history = this.history(from, to);
      if (history) this.uncertain++;
      const pastYear = this.pastYear(from, to);
      for (const [index, hit] of hits.entries()) {
        if (this.notHandedOut(hit.from, from, to)) {
          // A plan or an earlier award was read as such; a reader may still count it.
          this.uncertain += 0.5;
          continue;
        }
        // "trao cờ thi đua, bằng khen ... cho ...": awards listed together share the recipients after the last.
        let last = index;
        // Classes of one order share its phrase ("second-class and third-class Labour Orders").
        while (hits[last + 1] && hits[last + 1]!.from === hits[last]!.from) last++;
        while (hits[last + 1] && this.listedTogether(hits[last]!.to, hits[last + 1]!.from)) last++;
        const nextHit = hits[last + 1]?.from ?? to;
        let segmentEnd = hits[last]!.to;
        while (segmentEnd < nextHit && this.tokens[segmentEnd]!.text !== ';') segmentEnd++;
        const counts = this.countsIn(hits[last]!.to, segmentEnd, false);
        if (counts.length > 0) {
          for (const count of counts) add({ count: count.count, recipient: count.recipient, award: hit.award }, hit, count.to);
          continue;
        }
        // In a sentence about the past term only an award handed to counted recipients after
        // it may be the event's ("Trong nhiệm kỳ qua, ...: UBND tỉnh tặng bằng khen cho 11 tập
        // thể"); "Qua 5 năm, 20 tập thể được tặng Bằng khen" and "Nhiệm kỳ qua, Hội được tặng
        // Huân chương" tell what was received before.
        if (pastYear || history || this.pastSpan(from, to)) continue;
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
        // "nhiều tập thể, cá nhân được ... tặng Bằng khen": a group before a passive, uncounted.
        const groupBefore = this.groupBeforePassive(beforeStart, hit.from);
        if (groupBefore.length > 0) {
          this.uncertain++;
          for (const recipient of hit.award === 'emulation flag' ? (['collective'] as const) : groupBefore) add({ count: null, recipient, award: hit.award }, hit, hit.to);
          continue;
        }
        // "the Labour Order to A, B and C": as many individuals as people named.
        const named = this.peopleIn(hits[last]!.to, segmentEnd);
        if (named.count > 0) {
          add({ count: named.count, recipient: 'individual', award: hit.award }, hit, named.end);
          // "cho Công ty cổ phần Hải Hà và ông Nguyễn Văn Sơn": a body named first is one collective more.
          if (this.namedBodyFirst(hits[last]!.to, segmentEnd)) add({ count: 1, recipient: 'collective', award: hit.award }, hit, named.end);
          continue;
        }
        // "trao 48 Cờ thi đua cho các đơn vị", "tặng 25 Huy hiệu Đảng": the number of awards is the number of recipients.
        const kinds = this.uncountedKinds(hit, hits[last]!.to, segmentEnd);
        const awardCount = this.countBeforeAward(hit.from, from);
        const kindOfCount = kinds.length === 1 ? kinds[0] : kinds.length === 0 ? NATURAL_RECIPIENT[hit.award] : undefined;
        if (awardCount !== null && kindOfCount !== undefined && index === last) {
          add({ count: awardCount, recipient: kindOfCount, award: hit.award }, hit, segmentEnd);
          continue;
        }
        // "cho các tập thể, cá nhân": given to many, but the text does not say how many.
        if (hit.plural || this.pluralRecipient(hits[last]!.to, segmentEnd)) {
          this.uncertain++;
          for (const recipient of this.uncountedKinds(hit, hits[last]!.to, segmentEnd)) add({ count: null, recipient, award: hit.award }, hit, segmentEnd);
          continue;
        }
        this.uncertain++;
        // "The third-class Labour Order, ... and certificate of merit were also presented at the event": no recipient is written.
        if (this.passiveAfter(hits[last]!.to, segmentEnd) && !this.introducerIn(hits[last]!.to, segmentEnd)) continue;
        // "trao Huy hiệu 70 năm tuổi Đảng cho đảng viên": people named by what they are, without a number;
        // "trao Huy hiệu Đảng" alone: a Party badge goes to Party members.
        if ((kinds.length === 1 && kinds[0] === 'individual') || (kinds.length === 0 && NATURAL_RECIPIENT[hit.award] === 'individual')) {
          add({ count: null, recipient: 'individual', award: hit.award }, hit, segmentEnd);
          continue;
        }

        // "trao giải thưởng cho 20 tác phẩm": a count of things, not of recipients the record knows.
        if (this.countAfterIntroducer(hits[last]!.to, segmentEnd)) continue;
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
    // "71 đảng viên được trao huy hiệu Đảng ... 5 đảng viên được trao huy hiệu 60 năm, 26 ... 55 năm và 40 ... 50 năm":
    // Party badges counted by seniority after their total, within two sentences, add up to no more than it.
    const seniorities = new Set<Award>();
    for (const [index, total] of awards.entries()) {
      if (total.award !== 'party membership badge' || total.count === null || seniorities.has(total)) continue;
      const parts = awards
        .slice(index + 1)
        .filter((part) => part.award === total.award && part.recipient === total.recipient && part.count !== null && sentenceOf(part) - sentenceOf(total) <= 2);
      const sum = parts.reduce((acc, part) => acc + part.count!, 0);
      if (parts.length > 0 && sum <= total.count && parts.every((part) => part.count! < total.count!)) for (const part of parts) seniorities.add(part);
    }
    const kept = awards.filter(
      (award) =>
        !partOfTotal(award) &&
        !seniorities.has(award) &&
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
    for (const verb of this.pack.honouringVerbs.findAll(this.doc, from, to)) {
      const hit: AwardHit = { from: verb.start, to: verb.end, award: 'commendation', plural: false };
      if (this.notHandedOut(verb.start, from, to)) continue;
      const count = this.countRecipientAt(verb.end, to);
      if (!count) {
        // "25 hộ gia đình được UBND xã khen thưởng": counted recipients before a passive verb.
        const earlier = this.history(from, to) ? [] : this.countsIn(from, verb.start, true);
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
      // "khen thưởng 10 tập thể và 15 cá nhân": counts listed together.
      let listEnd = count.to;
      for (let next = this.listedCountAfter(listEnd, to); next !== null; next = this.listedCountAfter(listEnd, to)) {
        add({ count: next.count, recipient: next.recipient, award: 'commendation' }, hit, next.to);
        listEnd = next.to;
      }
      const seen = new Set<RecipientKind>();
      for (let k = count.to; k < to; k++) {
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
   * "Dịp này, ... biểu dương các tập thể, cá nhân ...", "On this occasion, ... commended
   * exemplary organizations and individuals": a group honoured without a count, once per
   * kind, uncounted. Only in a sentence tied to the event: a speech that praises groups
   * hands out nothing.
   */
  private honouredGroup(verbStart: number, verbEnd: number, from: number, to: number, add: (award: Award, hit: AwardHit, end: number) => void): void {
    let occasion = false;
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
