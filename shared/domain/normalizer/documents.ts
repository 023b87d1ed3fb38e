/**
 * Cited Party and State documents, read as token patterns over the shared tokens:
 * NUMBER-TYPE/ISSUER (Party style, "35-CT/TW", "03-CT/T.Ư") or NUMBER/[YEAR/]TYPE-ISSUER
 * (State style, "1234/QĐ-UBND"), however the text spaces them ("35 - CT/ TW"). The word
 * before a code ("Quy định", "Directive") settles its type where the letters leave it open,
 * a date right after it is its issue date, and "của ...", "of the ..." its issuer.
 */
import type { CitedDocument, DocumentType, Span } from '../record';
import { resolveYear, type DateMention } from './dates';
import { PACK_LANGUAGES, packFor, type LanguagePack } from './packs';
import { fold } from './text';
import type { AnalysedText, Token } from './tokens';

/** Type letters of a document code. `QĐ` is a decision or a regulation: the word before it tells. */
const CODE_TYPES: Readonly<Record<string, DocumentType>> = {
  CT: 'directive',
  NQ: 'resolution',
  KL: 'conclusion',
  QD: 'decision',
  HD: 'instruction',
  KH: 'plan',
  CTR: 'program',
  TB: 'notice',
  CV: 'official-letter',
  QC: 'regulation',
  QDI: 'regulation',
};

/**
 * Letters of a type the record has no name for, which no word before the code changes: "CĐ"
 * (công điện), a dispatch that English also calls an "official dispatch", as it does a letter.
 */
const OTHER_TYPE_LETTERS: ReadonlySet<string> = new Set(['CD']);

/** Issuers by their code, for documents whose text does not name the issuer. */
const ISSUER_NAMES: Readonly<Record<string, string>> = {
  TW: 'Party Central Committee',
  BCT: 'Politburo',
  BBT: 'Secretariat',
  BTCTW: 'Central Organization Commission',
  BTGTW: 'Central Propaganda Commission',
  BDVTW: 'Central Mass Mobilization Commission',
  UBKTTW: 'Central Inspection Commission',
  TU: 'Provincial Party Committee',
  HU: 'District Party Committee',
  THU: 'City Party Committee',
  DU: 'Party Committee',
  UBND: "People's Committee",
  HDND: "People's Council",
  CTN: 'State President',
  CP: 'Government',
  TTG: 'Prime Minister',
  QH: 'National Assembly',
  UBTVQH: 'National Assembly Standing Committee',
};

/** Issuers that are Party bodies, whose codes read NUMBER-TYPE/ISSUER: the Central Committee and its commissions, the Politburo, the Secretariat, Party committees. */
const PARTY_ISSUER = /^(?:[A-Z]*TW|BCT|BBT|TU|HU|THU|DU)$/;

export interface DocumentMention {
  readonly document: CitedDocument;
  readonly start: number;
  /** End of the citation including its date and issuer, for the event-date search to skip. */
  readonly end: number;
}

export interface DocumentsResult {
  readonly mentions: DocumentMention[];
  readonly documents: CitedDocument[];
  readonly confidence: number;
}

function foldCode(code: string): string {
  return fold(code).toUpperCase();
}

const DASH = new Set(['-', '–']);
// Module constants, not literals in the token tests: the bundle builds a pattern with
// \p{..} outside a class anew at each evaluation.
const LETTERS_ONLY = /^\p{L}+$/u;
const CODE_LETTERS = /^(?:[\p{Lu}\d]+|\p{Lu}{2,}\p{Ll})$/u;
// A number and a code's type letters written as one word: "121KL" of "121KL/TW".
const FUSED_PARTY_CODE = /^(\d{1,5})(\p{Lu}{2,3})$/u;
// The National Assembly and its Standing Committee with the legislature's number: "QH15", "UBTVQH14".
const LEGISLATURE_ISSUER = /^(?:QH|UBTVQH)\d{2}$/;

class DocumentReader {
  private readonly tokens: readonly Token[];
  /** Codes read with some doubt: an unknown type, a code broken by spaces. */
  doubtful = 0;

  constructor(
    private readonly doc: AnalysedText,
    private readonly packs: readonly LanguagePack[],
  ) {
    this.tokens = doc.tokens;
  }

  /** Token i follows i - 1 within a line, with at most two spaces (codes are written tight). */
  private near(i: number): boolean {
    const token = this.tokens[i];
    const previous = this.tokens[i - 1];
    return token !== undefined && previous !== undefined && !token.newlineBefore && token.start - previous.end <= 2;
  }

  private is(i: number, set: ReadonlySet<string> | string): boolean {
    const token = this.tokens[i];
    if (!token || token.kind !== 'punct' || !this.near(i)) return false;
    return typeof set === 'string' ? token.text === set : set.has(token.text);
  }

  /** Type letters: a capital and up to four letters ("CT", "QĐ", "CTr"). */
  private typeAt(i: number): boolean {
    const token = this.tokens[i];
    return token !== undefined && token.kind === 'word' && this.near(i) && token.upperInitial && token.text.length <= 5 && LETTERS_ONLY.test(token.text);
  }

  /**
   * An issuer code from token i: capitals and digits ("TW", "BTCTW", "UBND"), "T.Ư" or
   * "T.W" written with dots, up to three parts joined by dashes ("UBND-VX"). Its end
   * (exclusive) and the code as written, or null.
   */
  private issuerAt(i: number): { end: number; code: string } | null {
    const parts: string[] = [];
    let k = i;
    for (let part = 0; part < 3; part++) {
      const read = this.issuerPart(k);
      if (!read) break;
      parts.push(read.code);
      k = read.end;
      if (!(this.is(k, DASH) && !this.tokens[k]!.spaceBefore && this.issuerPart(k + 1))) break;
      k++;
    }
    return parts.length > 0 ? { end: k, code: parts.join('-') } : null;
  }

  private issuerPart(i: number): { end: number; code: string } | null {
    const token = this.tokens[i];
    // Capitals and digits; the Prime Minister's "TTg" ends on a small letter.
    if (!token || token.kind !== 'word' || !this.near(i) || !CODE_LETTERS.test(token.text) || token.text.length > 10) return null;
    let code = token.text;
    let end = i + 1;
    // "T.Ư", "T.W": letters joined by dots.
    while (this.tokens[end]?.text === '.' && !this.tokens[end]!.spaceBefore && this.tokens[end + 1]?.kind === 'word' && !this.tokens[end + 1]!.spaceBefore && /^\p{Lu}$/u.test(this.tokens[end + 1]!.text)) {
      code += this.tokens[end + 1]!.text;
      end += 2;
    }
    return { end, code: normalizeIssuer(code) };
  }

  /** Where the type word before the code starts ("Quyết định số" -> "Quyết"), or the number's index. */
  private typeWordsStart(numberStart: number): number {
    let end = numberStart;
    for (const pack of this.packs) {
      const word = this.phraseEndingAt(pack.documentNumberWords, end, 3);
      if (word >= 0) {
        end = word;
        break;
      }
    }
    for (const pack of this.packs) {
      for (let start = Math.max(0, end - pack.documentTypes.maxTokens); start < end; start++) {
        const hit = pack.documentTypes.longestAt(this.doc, start);
        if (hit && hit.end === end) return start;
      }
    }
    return numberStart;
  }

  /**
   * The date a sentence opens with when the sentence says the document was issued on it:
   * "Ngày 09/9/2019 Ban Thường vụ Huyện ủy ban hành Quyết định số 818-QĐ/HU", "On
   * September 9, the Standing Committee issued Decision No. ...". The issuing verb must
   * stand right before the document's type word and no other date may come between.
   */
  private dateBefore(numberIndex: number, dates: readonly DateMention[]): DateMention | null {
    const typeStart = this.typeWordsStart(numberIndex);
    if (typeStart === numberIndex) return null;
    let verb = -1;
    for (const pack of this.packs) {
      verb = this.phraseEndingAt(pack.documentIssueVerbs, typeStart, 3);
      if (verb >= 0) break;
    }
    if (verb < 0) return null;
    const sentence = this.tokens[numberIndex]!.sentence;
    let first = verb;
    // The sentence's first token, read off the sentence (a walk back from each code made a long sentence of codes quadratic).
    const opening = this.doc.sentences[sentence];
    if (opening && opening.firstToken <= verb && this.tokens[opening.firstToken]!.sentence === sentence) first = opening.firstToken;
    else while (first > 0 && this.tokens[first - 1]!.sentence === sentence) first--;
    const sentenceStart = this.tokens[first]!.start;
    const verbStart = this.tokens[verb]!.start;
    const inSentence = datesWithin(dates, sentenceStart, verbStart, 2);
    if (inSentence.length === 1) {
      // The date opens the sentence: at most a date word or a part of day before it.
      const date = inSentence[0]!;
      if (this.doc.tokenAt(date.start) - first <= 4) return date;
    }
    // "Nhằm đáp ứng nguyện vọng của hội viên, ngày 11/11/2025, UBND tỉnh đã ban hành Quyết định số ...": or the
    // clause of the issuing verb opens after a comma with the date, the last one before the verb.
    const last = inSentence[inSentence.length - 1];
    if (!last) return null;
    const dateToken = this.doc.tokenAt(last.start);
    // (At most a date word or a part of day between the comma and the date: "ngày", "sáng ngày", "on".)
    for (let k = dateToken - 1; k >= Math.max(first, dateToken - 3); k--) {
      const token = this.tokens[k]!;
      if (token.text === ',') return last;
      if (token.kind !== 'word') return null;
    }
    return null;
  }

  /** The document type a word before the code gives ("Quy định số", "Directive No."), or null. */
  private typeFromWords(numberStart: number): DocumentType | null {
    let end = numberStart;
    for (const pack of this.packs) {
      const word = this.phraseEndingAt(pack.documentNumberWords, end, 3);
      if (word >= 0) {
        end = word;
        break;
      }
    }
    for (const pack of this.packs) {
      for (let start = Math.max(0, end - pack.documentTypes.maxTokens); start < end; start++) {
        const hit = pack.documentTypes.longestAt(this.doc, start);
        if (hit && hit.end === end) return hit.value;
      }
    }
    return null;
  }

  private phraseEndingAt(lexicon: LanguagePack['documentNumberWords'], end: number, span: number): number {
    for (let start = Math.max(0, end - Math.max(span, lexicon.maxTokens)); start < end; start++) {
      if (lexicon.longestAt(this.doc, start)?.end === end) return start;
    }
    return -1;
  }

  /** The issuer named after a code ("của Bộ Chính trị", "of the 13th Party Central Committee"), and where it ends. */
  private issuerName(at: number): { name: string; end: number } | null {
    let k = at;
    if (this.tokens[k]?.text === ',') k++;
    let marker: number | null = null;
    for (const pack of this.packs) {
      const hit = pack.documentIssuerMarkers.longestAt(this.doc, k);
      if (hit) {
        marker = hit.end;
        break;
      }
    }
    if (marker === null) return null;
    k = marker;
    if (this.tokens[k]?.key === 'the') k++;
    const first = this.tokens[k];
    if (!first || !(first.upperInitial || first.kind === 'number' || /^\d/.test(first.text))) return null;
    const start = k;
    const limit = this.tokens[start]!.start + 120;
    for (; k < this.tokens.length; k++) {
      const token = this.tokens[k]!;
      if (k > start && token.newlineBefore) break;
      if (token.end > limit) return null;
      if (token.kind === 'punct' && /^[,;.()]$/.test(token.text)) break;
      if (k > start && this.packs.some((pack) => pack.documentSubjectStops.longestAt(this.doc, k) !== null)) break;
    }
    if (k === start) return null;
    const name = this.doc.text.slice(this.tokens[start]!.start, this.tokens[k - 1]!.end);
    return name.length >= 2 ? { name, end: k } : null;
  }

  /** A date right after the code ("ngày 9/5/2024", ", dated June 14, 2024") or after its issuer. */
  private dateAfter(at: number, dates: readonly DateMention[], from: number): { date: DateMention; index: number } | null {
    const offset = this.tokens[at - 1]?.end ?? 0;
    let d = from;
    while (d < dates.length && dates[d]!.start < offset) d++;
    const next = dates[d];
    if (!next || next.start - offset > 90) return null;
    const first = this.doc.tokenAt(next.start);
    // Only date words, a comma or the issuer's name between the code and the date.
    let k = at;
    if (this.tokens[k]?.text === ',') k++;
    const issuer = this.issuerName(at);
    if (issuer && issuer.end <= first) k = issuer.end;
    // "của Bộ Chính trị (khóa X) ngày 26/3/2008", "of the Politburo (term X) dated ...": the issuer's term in brackets.
    if (this.tokens[k]?.text === '(') {
      let close = k + 1;
      while (close < first && close <= k + 5 && this.tokens[close]!.text !== ')') close++;
      if (this.tokens[close]?.text === ')' && close < first) k = close + 1;
    }
    if (this.tokens[k]?.text === ',') k++;
    for (const pack of this.packs) {
      const marker = pack.documentDateMarkers.longestAt(this.doc, k);
      if (marker && marker.end <= first) {
        k = marker.end;
        break;
      }
    }
    return k === first ? { date: next, index: d } : null;
  }

  /** The letters where a State code puts its type are a State issuer's ("UBND", "HĐND"), and an office follows them. */
  private officialLetterForm(typeLetters: string, issuer: string): boolean {
    const body = foldCode(typeLetters);
    return ISSUER_NAMES[body] !== undefined && !PARTY_ISSUER.test(body) && issuer.length > 0 && !PARTY_ISSUER.test(foldCode(issuer));
  }

  read(dates: readonly DateMention[], referenceDate: string): DocumentMention[] {
    const mentions: DocumentMention[] = [];
    let d = 0;
    const tokens = this.tokens;
    for (let i = 0; i < tokens.length; i++) {
      const number = tokens[i]!;
      // A number of up to five digits, or one written tight against its type letters ("121KL/TW", bounded by its pattern).
      const fused = number.kind === 'word' ? FUSED_PARTY_CODE.exec(number.text) : null;
      if (!(number.kind === 'number' ? number.text.length <= 5 : fused)) continue;
      // A code starts on its own: not inside "2020-2025" or "18/20".
      const previous = tokens[i - 1];
      // "No.121-KL/TW": the full stop of the number word, written tight, is no decimal point.
      const afterNumberWord = previous?.text === '.' && this.packs.some((pack) => this.phraseEndingAt(pack.documentNumberWords, i, 3) >= 0);
      if (previous && !number.spaceBefore && !afterNumberWord && (previous.kind !== 'punct' || previous.text === '/' || DASH.has(previous.text) || previous.text === '.')) continue;
      const numberText = fused ? fused[1]! : number.text;
      const read = fused ? this.fusedPartyCode(i, numberText, fused[2]!) : (this.partyCode(i) ?? this.stateCode(i));
      if (!read) continue;
      const { code, typeLetters, issuer, end: codeEnd } = read;
      // A code written without its dash, its number fused to its letters, is read with doubt.
      if (fused) this.doubtful += 0.5;
      const letterType = CODE_TYPES[foldCode(typeLetters)] ?? 'other';
      const wordType = this.typeFromWords(i);
      // The word settles QĐ (decision or regulation); otherwise the letters are more reliable.
      const settled = OTHER_TYPE_LETTERS.has(foldCode(typeLetters)) ? 'other' : letterType === 'other' || letterType === 'decision' ? (wordType ?? letterType) : letterType;
      // "văn bản số 238/UBND-KGVX", "4912/UBND-NC": a State body's code and its drafting office with
      // no type letters is how an official letter (công văn) is numbered.
      const letterForm = settled === 'other' && wordType === null && this.officialLetterForm(typeLetters, issuer);
      const type: DocumentType = letterForm ? 'official-letter' : settled;
      if (type === 'other') this.doubtful++;
      if (letterForm) this.doubtful += 0.25;
      if (this.doc.text.slice(number.start, tokens[codeEnd - 1]!.end).includes(' ')) this.doubtful += 0.5;
      let end = tokens[codeEnd - 1]!.end;
      let date: string | null = null;
      const dated = this.dateAfter(codeEnd, dates, d);
      if (dated) {
        date = resolveYear(dated.date, referenceDate, 0);
        end = dated.date.end;
        d = dated.index;
      } else {
        const before = this.dateBefore(i, dates);
        if (before) date = resolveYear(before, referenceDate, 0);
      }
      const dateEndToken = dated ? this.doc.tokenAt(dated.date.end - 1) + 1 : codeEnd;
      const issuerName = this.issuerName(codeEnd)?.name ?? this.issuerName(dateEndToken)?.name ?? ISSUER_NAMES[foldCode(issuer)] ?? null;
      // "Quyết định 217, 218-QĐ/TW": the numbers listed before share the code's letters, issuer and date.
      for (const listed of this.listedBefore(i)) {
        const first = tokens[listed]!;
        // The code starts with its number: the listed number takes its place.
        const listedCode = `${first.text}${code.slice(numberText.length)}`;
        const listedDocument: CitedDocument = { code: listedCode, type, date, number: first.text, issuer: issuer.toUpperCase(), issuerName, evidence: [this.doc.span(first.start, first.end)] };
        mentions.push({ document: listedDocument, start: first.start, end: first.end });
        this.doubtful += 0.5;
      }
      const evidence: Span[] = [this.doc.span(number.start, tokens[codeEnd - 1]!.end)];
      const document: CitedDocument = { code, type, date, number: numberText, issuer: issuer.toUpperCase(), issuerName, evidence };
      mentions.push({ document, start: number.start, end });
      i = codeEnd - 1;
    }
    return mentions;
  }

  /**
   * "Kết luận 121KL/TW", "Conclusion 121KL/TW": the dash left out and the number written tight
   * against the type letters, which the tokens read as one word. Read only with type letters the
   * record knows, a Party issuer and the document's type word before it.
   */
  private fusedPartyCode(i: number, numberText: string, typeLetters: string): { code: string; typeLetters: string; issuer: string; end: number } | null {
    if (CODE_TYPES[foldCode(typeLetters)] === undefined || !this.is(i + 1, '/') || this.typeWordsStart(i) === i) return null;
    const issuer = this.issuerAt(i + 2);
    if (!issuer || this.continuesWord(issuer.end) || !PARTY_ISSUER.test(foldCode(issuer.code))) return null;
    return { code: `${numberText}-${typeLetters}/${issuer.code}`.toUpperCase(), typeLetters, issuer: issuer.code, end: issuer.end };
  }

  /** NUMBER-TYPE/ISSUER. */
  private partyCode(i: number): { code: string; typeLetters: string; issuer: string; end: number } | null {
    // "Chỉ thị số 05 CT/TW", "Directive No. 05 CT/TW": the dash left out, read only after the
    // document's type word and with type letters the record knows.
    const dashed = this.is(i + 1, DASH);
    const letters = dashed ? i + 2 : i + 1;
    if (!this.typeAt(letters) || !this.is(letters + 1, '/')) return null;
    if (!dashed && (!this.tokens[letters]!.spaceBefore || CODE_TYPES[foldCode(this.tokens[letters]!.text)] === undefined || this.typeWordsStart(i) === i)) return null;
    const issuer = this.issuerAt(letters + 2);
    if (!issuer || this.continuesWord(issuer.end)) return null;
    const typeLetters = this.tokens[letters]!.text;
    return { code: `${this.tokens[i]!.text}-${typeLetters}/${issuer.code}`.toUpperCase(), typeLetters, issuer: issuer.code, end: issuer.end };
  }

  /**
   * "Quyết định 217, 218-QĐ/TW", "Resolutions No. 18 and 19-NQ/TW": numbers listed right
   * before a code, after the document's type word, share its letters and issuer. Their
   * tokens, first to last.
   */
  private listedBefore(i: number): number[] {
    const listed: number[] = [];
    let k = i - 1;
    while (k >= 1) {
      const joiner = this.tokens[k]!;
      const joins = (joiner.text === ',' && !joiner.spaceBefore) || this.packs.some((pack) => pack.chainJoiners.longestAt(this.doc, k)?.end === k + 1);
      const number = this.tokens[k - 1]!;
      if (!joins || number.kind !== 'number' || number.text.length > 5 || /^(?:19|20)\d\d$/.test(number.text) || joiner.newlineBefore || number.newlineBefore) break;
      listed.unshift(k - 1);
      k -= 2;
    }
    // The list opens on the type word ("Quyết định 217, ..."): not "khóa 12, 35-NQ/TW" or "Điều 5, 6-CT/TU".
    return listed.length > 0 && this.typeWordsStart(listed[0]!) !== listed[0] ? listed : [];
  }

  /** NUMBER/[YEAR/]TYPE-ISSUER. */
  private stateCode(i: number): { code: string; typeLetters: string; issuer: string; end: number } | null {
    if (!this.is(i + 1, '/')) return null;
    let k = i + 2;
    let year: string | undefined;
    const maybeYear = this.tokens[k];
    if (maybeYear?.kind === 'number' && /^(?:19|20)\d\d$/.test(maybeYear.text) && this.near(k) && this.is(k + 1, '/')) {
      year = maybeYear.text;
      k += 2;
    }
    // "Nghị quyết số 202/2025/QH15", "Law No. 65/2025/QH15": the National Assembly numbers its resolutions and laws by
    // year and legislature, with no type letters; the words before the code tell the type.
    const legislature = this.tokens[k];
    if (year && legislature?.kind === 'word' && this.near(k) && LEGISLATURE_ISSUER.test(legislature.text) && !this.continuesWord(k + 1)) {
      return { code: `${this.tokens[i]!.text}/${year}/${legislature.text}`.toUpperCase(), typeLetters: '', issuer: legislature.text, end: k + 1 };
    }
    if (!this.typeAt(k) || !this.is(k + 1, DASH)) return null;
    const issuer = this.issuerAt(k + 2);
    if (!issuer || this.continuesWord(issuer.end)) return null;
    const typeLetters = this.tokens[k]!.text;
    // "11/NQ-TW": a Party body's document written with the state's separators is the Party's "11-NQ/TW".
    if (!year && PARTY_ISSUER.test(foldCode(issuer.code))) return { code: `${this.tokens[i]!.text}-${typeLetters}/${issuer.code}`.toUpperCase(), typeLetters, issuer: issuer.code, end: issuer.end };
    return { code: `${this.tokens[i]!.text}/${year ? `${year}/` : ''}${typeLetters}-${issuer.code}`.toUpperCase(), typeLetters, issuer: issuer.code, end: issuer.end };
  }

  /** A letter or digit right after the issuer: the code was part of a longer word. */
  private continuesWord(end: number): boolean {
    const next = this.tokens[end];
    return next !== undefined && !next.spaceBefore && next.kind !== 'punct';
  }
}

/**
 * Up to `limit` dates (sorted by start, as findDates gives them) with start >= from and
 * end <= to, found by a binary search instead of a pass over every date.
 */
function datesWithin(dates: readonly DateMention[], from: number, to: number, limit: number): DateMention[] {
  let low = 0;
  let high = dates.length;
  while (low < high) {
    const middle = (low + high) >>> 1;
    if (dates[middle]!.start < from) low = middle + 1;
    else high = middle;
  }
  const found: DateMention[] = [];
  for (let index = low; index < dates.length && dates[index]!.start <= to && found.length < limit; index++) {
    if (dates[index]!.end <= to) found.push(dates[index]!);
  }
  return found;
}

/** "TƯ", "T.Ư" and "T.W" are the Central Committee's "TW" ("03-CT/T.Ư" is "03-CT/TW"). */
function normalizeIssuer(code: string): string {
  return code.replace(/TƯ/g, 'TW');
}

/**
 * Cited documents, each mention with the span it was read from. A code cited in full and
 * then again is one document (see {@link uniqueDocuments}).
 */
export function extractDocuments(doc: AnalysedText, dates: readonly DateMention[], referenceDate: string): DocumentsResult {
  const reader = new DocumentReader(doc, PACK_LANGUAGES.map(packFor));
  const mentions = reader.read(dates, referenceDate);
  const documents = uniqueDocuments(mentions);
  const unknown = documents.filter((document) => document.type === 'other').length;
  const confidence = documents.length === 0 ? 0.95 : Math.max(0.3, 0.97 - 0.1 * reader.doubtful - 0.1 * unknown);
  return { mentions, documents, confidence };
}

/** One entry per document code, in order of first citation, with the spans of every citation. */
export function uniqueDocuments(mentions: readonly DocumentMention[]): CitedDocument[] {
  const byCode = new Map<string, CitedDocument>();
  for (const { document } of mentions) {
    const key = foldCode(document.code);
    const seen = byCode.get(key);
    if (!seen) byCode.set(key, document);
    else {
      byCode.set(key, {
        ...seen,
        date: seen.date ?? document.date,
        issuerName: seen.issuerName ?? document.issuerName,
        type: seen.type === 'other' ? document.type : seen.type,
        evidence: [...(seen.evidence ?? []), ...(document.evidence ?? [])],
      });
    }
  }
  return [...byCode.values()];
}
