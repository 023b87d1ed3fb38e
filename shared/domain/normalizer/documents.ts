import type { CitedDocument, DocumentType } from '../record';
import { resolveYear, type DateMention } from './dates';
import { fold } from './text';

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

/** Type words as written before a code, folded; longest first. */
const TYPE_WORDS: readonly [string, DocumentType][] = [
  ['chuong trinh hanh dong', 'program'],
  ['action program', 'program'],
  ['action programme', 'program'],
  ['official letter', 'official-letter'],
  ['official dispatch', 'official-letter'],
  ['cong van', 'official-letter'],
  ['chuong trinh', 'program'],
  ['programme', 'program'],
  ['program', 'program'],
  ['quy dinh', 'regulation'],
  ['regulation', 'regulation'],
  ['quy che', 'regulation'],
  ['quyet dinh', 'decision'],
  ['decision', 'decision'],
  ['chi thi', 'directive'],
  ['directive', 'directive'],
  ['nghi quyet', 'resolution'],
  ['resolution', 'resolution'],
  ['ket luan', 'conclusion'],
  ['conclusion', 'conclusion'],
  ['huong dan', 'instruction'],
  ['guidance', 'instruction'],
  ['guideline', 'instruction'],
  ['instruction', 'instruction'],
  ['ke hoach', 'plan'],
  ['plan', 'plan'],
  ['thong bao', 'notice'],
  ['notice', 'notice'],
  ['notification', 'notice'],
];

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

// NUMBER-TYPE/ISSUER (Party style) or NUMBER/[YEAR/]TYPE-ISSUER (State style). Every
// quantifier is bounded, so a long run of digits or letters cannot make it backtrack.
const CODE_PATTERN =
  /(?<![\p{L}\d/-])(\d{1,5})\s{0,2}[-–]\s{0,2}([A-ZĐ][A-Za-zĐđ]{0,4})\s{0,2}\/\s{0,2}([A-ZĐ][A-ZĐ0-9]{0,9}(?:-[A-ZĐ][A-ZĐ0-9]{0,9}){0,2})(?![\p{L}\d])|(?<![\p{L}\d/-])(\d{1,5})\s{0,2}\/\s{0,2}(?:((?:19|20)\d{2})\s{0,2}\/\s{0,2})?([A-ZĐ][A-Za-zĐđ]{0,4})\s{0,2}[-–]\s{0,2}([A-ZĐ][A-ZĐ0-9]{0,9}(?:-[A-ZĐ][A-ZĐ0-9]{0,9}){0,2})(?![\p{L}\d])/gu;

const DATE_GAP = /^\s*,?\s*(?:dated|issued on|of|on|ngày|ban hành ngày|,)?\s*$/i;
const ISSUER_THEN_DATE_GAP = /^\s*,?\s*(?:of|của)\s+[^,.;()\d]{1,70}?\s*,?\s*(?:dated|issued on|ban hành ngày|ngày)\s*$/iu;

export interface DocumentMention {
  readonly document: CitedDocument;
  readonly start: number;
  /** End of the citation including its date and issuer, for the event-date search to skip. */
  readonly end: number;
}

function foldCode(code: string): string {
  return fold(code).toUpperCase();
}

function typeFromWords(before: string): DocumentType | null {
  const folded = fold(before).replace(/\s+(?:no\.?|so|number)\s*$/, '').trimEnd();
  for (const [word, type] of TYPE_WORDS) {
    if (folded.endsWith(word)) return type;
  }
  return null;
}

/** Name of the issuer after "of the ..." / "của ...", cut before the subject of the document. */
function issuerFromText(after: string): string | null {
  const match = /^\s*,?\s*(?:of|issued by|by|của)\s+(?:the\s+)?([^,;.()\n]{2,120}?)(?=\s+(?:on|about|regarding|to|for|in|at|towards|dated|issued|ngày|ban hành|về|quy định|hướng dẫn|thực hiện|triển khai|đối với|trong|tại|nhằm|with|and|và)\s|[,;.()\n]|$)/iu.exec(after);
  if (!match || !match[1]) return null;
  const name = match[1].trim();
  return /^[\p{Lu}\d]/u.test(name) ? name : null;
}

/**
 * Cited documents, each once: a code cited in full and then again (in full or as
 * "Directive 35") is one document, keeping the first date and issuer the text gives.
 */
export function extractDocuments(text: string, dates: readonly DateMention[], referenceDate: string): DocumentMention[] {
  const mentions: DocumentMention[] = [];
  let d = 0;
  CODE_PATTERN.lastIndex = 0;
  for (let match = CODE_PATTERN.exec(text); match; match = CODE_PATTERN.exec(text)) {
    const partyStyle = match[1] !== undefined;
    const number = (partyStyle ? match[1] : match[4]) ?? '';
    const typeLetters = (partyStyle ? match[2] : match[6]) ?? '';
    const issuer = (partyStyle ? match[3] : match[7]) ?? '';
    const year = partyStyle ? undefined : match[5];
    const code = partyStyle
      ? `${number}-${typeLetters}/${issuer}`.toUpperCase()
      : `${number}/${year ? `${year}/` : ''}${typeLetters}-${issuer}`.toUpperCase();
    const before = text.slice(Math.max(0, match.index - 40), match.index);
    const letterType = CODE_TYPES[foldCode(typeLetters)] ?? 'other';
    const wordType = typeFromWords(before);
    // The word settles QĐ (decision or regulation); otherwise the letters are more reliable.
    const type = letterType === 'other' || letterType === 'decision' ? (wordType ?? letterType) : letterType;
    const codeEnd = match.index + match[0].length;
    let end = codeEnd;
    let date: string | null = null;
    while (d < dates.length && dates[d]!.start < end) d++;
    const next = dates[d];
    const dateMention = next && next.start - end <= 90 ? next : undefined;
    if (dateMention) {
      const gap = text.slice(end, dateMention.start);
      // "dated ...", "ngày ...", or the issuer first: "of the Politburo dated ...".
      if (DATE_GAP.test(gap) || ISSUER_THEN_DATE_GAP.test(gap)) {
        date = resolveYear(dateMention, referenceDate, 0);
        end = dateMention.end;
      }
    }
    const issuerName = issuerFromText(text.slice(codeEnd, codeEnd + 160)) ?? issuerFromText(text.slice(end, end + 160)) ?? ISSUER_NAMES[foldCode(issuer)] ?? null;
    const document: CitedDocument = { code, type, date, number, issuer: issuer.toUpperCase(), issuerName };
    const mention: DocumentMention = { document, start: match.index, end };
    mentions.push(mention);
  }
  return mentions;
}

/** One entry per document code, in order of first citation. */
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
      });
    }
  }
  return [...byCode.values()];
}
