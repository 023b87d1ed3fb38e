/**
 * The shared span layer: the analysed text cut once into tokens and sentences, with the
 * forms every extractor compares (lower case, folded) and helpers that turn token ranges
 * into evidence spans. Extractors read this object; none of them re-tokenizes the text.
 *
 * A token is a word (letters and marks, possibly with digits and one inner apostrophe:
 * "people's"), a number (digits only) or one punctuation character. Whitespace is never a
 * token; `spaceBefore` and `newlineBefore` say what separated a token from the previous one,
 * so patterns can tell "03-CT" (adjacent) from "03 - CT".
 */
import type { Span } from '../record';
import { fold } from './text';

export type TokenKind = 'word' | 'number' | 'punct';

export interface Token {
  /** Position in {@link AnalysedText.tokens}. */
  readonly index: number;
  readonly kind: TokenKind;
  readonly start: number;
  readonly end: number;
  /** As written. */
  readonly text: string;
  /** Lower case with diacritics, tone marks placed one way ("uỷ" and "ủy" both read "ủy"). */
  readonly key: string;
  /** Lower case without diacritics ("Đảng" -> "dang"), as in {@link fold}. */
  readonly folded: string;
  /** {@link formHash} of `key`: lets a phrase list tell with one bit test that no entry starts here. */
  readonly keyHash: number;
  /** {@link formHash} of `folded`. */
  readonly foldedHash: number;
  /** First character is an upper-case letter. */
  readonly upperInitial: boolean;
  /** Two or more letters, all upper case ("HĐND", "PPC", "TW"). */
  readonly allCaps: boolean;
  /** Upper-case initial and lower-case rest, letters only: the shape of a name syllable. */
  readonly capitalized: boolean;
  /** Whitespace between this token and the previous one (true for the first token). */
  readonly spaceBefore: boolean;
  /** A line break between this token and the previous one (true for the first token). */
  readonly newlineBefore: boolean;
  /** Index of the sentence the token belongs to. */
  readonly sentence: number;
}

export interface SentenceSpan {
  readonly index: number;
  readonly start: number;
  readonly end: number;
  /** The sentence as written, trimmed. */
  readonly text: string;
  /** First token of the sentence. */
  readonly firstToken: number;
  /** One past the last token of the sentence. */
  readonly endToken: number;
}

/**
 * One step of a token pattern: a word in key form ("bầu"), a phrase list (the longest
 * entry at that point is consumed), a test on the token, or an optional / repeated step.
 */
export type PatternStep =
  | string
  | Lexicon<unknown>
  | ((token: Token, text: AnalysedText) => boolean)
  | { readonly optional: PatternStep }
  | { readonly repeat: PatternStep; readonly min?: number; readonly max: number };

export interface AnalysedText {
  readonly text: string;
  readonly folded: string;
  readonly tokens: readonly Token[];
  readonly sentences: readonly SentenceSpan[];
  /** Evidence span of tokens `from` .. `to - 1`. */
  spanOf(from: number, to: number): Span;
  /** Evidence span of the characters `start` .. `end - 1`. */
  span(start: number, end: number): Span;
  /** The text a span covers, as written. */
  quote(span: { readonly start: number; readonly end: number }): string;
  /** Index of the token containing `offset`, or of the first token after it (tokens.length past the end). */
  tokenAt(offset: number): number;
  /** Tokens of one sentence. */
  sentenceTokens(sentence: number): readonly Token[];
  /** Key forms of tokens `from` .. `to - 1` joined by single spaces. */
  keys(from: number, to: number): string;
  /**
   * End (exclusive token index) of `steps` matched from token `at`, or -1. Steps are
   * matched greedily, left to right, without backtracking, and never across a line break.
   */
  match(at: number, steps: readonly PatternStep[]): number;
}

// Tone marks moved from the second vowel of a final "oa", "oe", "uy" to the first, the
// spelling the packs use: old-style "hoà", "thuỷ" read as "hòa", "thủy".
const TONE_PLACEMENT: Readonly<Record<string, string>> = {
  oà: 'òa', oá: 'óa', oả: 'ỏa', oã: 'õa', oạ: 'ọa',
  oè: 'òe', oé: 'óe', oẻ: 'ỏe', oẽ: 'õe', oẹ: 'ọe',
  uỳ: 'ùy', uý: 'úy', uỷ: 'ủy', uỹ: 'ũy', uỵ: 'ụy',
};

/** Lower case with the tone mark placed one way; the form packs and patterns compare. */
export function keyOf(word: string): string {
  return placeTone(word.toLowerCase());
}

/** {@link keyOf} of a word already in lower case. */
function placeTone(lower: string): string {
  const length = lower.length;
  if (length < 2) return lower;
  const last = lower.charCodeAt(length - 1);
  if (last < 0xe0) return lower;
  // Every moved pair opens with "o" or "u".
  const before = lower.charCodeAt(length - 2);
  if (before !== 0x6f && before !== 0x75) return lower;
  const tail = TONE_PLACEMENT[lower.slice(-2)];
  // "quý": after "q" the "u" is part of the consonant, and the mark stays where it is.
  if (tail === undefined || lower.charAt(length - 3) === 'q') return lower;
  return lower.slice(0, -2) + tail;
}

// Character classes by code unit: 1 letter or mark, 2 digit, 3 whitespace, 4 other
// (punctuation, symbols). ASCII and Latin are read from the table; the rest is asked once.
const CLASS = new Uint8Array(0x10000);
const LETTER_OR_MARK = /[\p{L}\p{M}]/u;
const DIGIT = /\p{N}/u;
const WHITE = /\s/u;

function classOf(code: number): number {
  let found = CLASS[code]!;
  if (found !== 0) return found;
  const ch = String.fromCharCode(code);
  // Surrogate halves are treated as letters: astral letters are rare and never punctuation here.
  if (code >= 0xd800 && code <= 0xdfff) found = 1;
  else if (LETTER_OR_MARK.test(ch)) found = 1;
  else if (DIGIT.test(ch)) found = 2;
  else if (WHITE.test(ch)) found = 3;
  else found = 4;
  CLASS[code] = found;
  return found;
}

/** The dashes as tokens: a hyphen, an en dash, an em dash. */
export const DASH_TEXTS: ReadonlySet<string> = new Set(['-', '–', '—']);

const APOSTROPHES = new Set([0x27, 0x2019]);

// Letter case by code unit: 1 upper, 2 lower, 3 a letter or mark without case; 0 not asked yet.
const CASE = new Uint8Array(0x10000);

function caseOf(code: number): number {
  let found = CASE[code]!;
  if (found !== 0) return found;
  const ch = String.fromCharCode(code);
  const lower = ch.toLowerCase();
  const upper = ch.toUpperCase();
  found = lower !== ch ? 1 : upper !== ch ? 2 : 3;
  CASE[code] = found;
  return found;
}

// Abbreviations after which a full stop does not end a sentence (key form).
const NO_STOP_AFTER = new Set([
  'no', 'mr', 'mrs', 'ms', 'dr', 'st', 'tp', 'tx', 'prof', 'assoc', 'jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug',
  'sep', 'sept', 'oct', 'nov', 'dec', 'gs', 'pgs', 'ts', 'ths', 'vs', 'etc', 'lt', 'col', 'gen', 'số', 'uv',
]);

interface MutableToken {
  index: number;
  kind: TokenKind;
  start: number;
  end: number;
  text: string;
  key: string;
  folded: string;
  keyHash: number;
  foldedHash: number;
  upperInitial: boolean;
  allCaps: boolean;
  capitalized: boolean;
  spaceBefore: boolean;
  newlineBefore: boolean;
  sentence: number;
}

/**
 * A 16-bit hash of a token form, from its length and its first, second and last two code
 * units (read once per token, so it stays a few operations). Phrase lists keep one bit per
 * hash of their entries' first forms: most tokens start no entry, and the bit says so
 * without a map look-up.
 */
export function formHash(form: string): number {
  const length = form.length;
  if (length === 0) return 0;
  let hash = Math.imul(form.charCodeAt(0) ^ (length << 11), 0x9e3779b1);
  if (length > 1) hash = Math.imul(hash ^ form.charCodeAt(1), 0x85ebca6b) ^ Math.imul(form.charCodeAt(length - 1) ^ (form.charCodeAt(length - 2) << 8), 0xc2b2ae35);
  return (hash ^ (hash >>> 16)) & 0xffff;
}

const keyCache = new Map<string, string>();

function cachedKey(word: string): string {
  let key = keyCache.get(word);
  if (key === undefined) {
    key = keyOf(word);
    if (keyCache.size > 50_000) keyCache.clear();
    keyCache.set(word, key);
  }
  return key;
}

/**
 * {@link keyOf} of a word with letters beyond ASCII, `text.slice(start, end)`. Most such
 * words are written in lower case already: their key needs only the tone placement, which
 * costs less than the look-up of the words that need lower-casing too.
 */
function keyOfNonAscii(text: string, start: number, end: number, word: string): string {
  for (let k = start; k < end; k++) {
    const code = text.charCodeAt(k);
    // Surrogate halves have no case of their own, but the letter they make may.
    if (caseOf(code) === 1 || (code >= 0xd800 && code <= 0xdfff)) return cachedKey(word);
  }
  return placeTone(word);
}

/** The forms of a word token that depend on its letters alone, and its folded form. */
type WordForms = Pick<Token, 'key' | 'folded' | 'keyHash' | 'foldedHash' | 'upperInitial' | 'allCaps' | 'capitalized'>;

const wordForms = new Map<string, WordForms>();

/** Whether `folded` has the code units of `form` from `start` (a cached folded form is checked, not trusted). */
function sameUnits(folded: string, start: number, form: string): boolean {
  for (let k = 0; k < form.length; k++) if (folded.charCodeAt(start + k) !== form.charCodeAt(k)) return false;
  return true;
}

function wordFormsOf(text: string, start: number, end: number, word: string, ascii: boolean, upperInitial: boolean, folded: string): WordForms {
  const key = ascii ? word.toLowerCase() : keyOfNonAscii(text, start, end, word);
  let allCaps = false;
  let capitalized = false;
  if (upperInitial) {
    let upper = 0;
    let lower = 0;
    let other = 0;
    for (let k = start; k < end; k++) {
      const code = text.charCodeAt(k);
      const letterCase = caseOf(code);
      if (letterCase === 1) upper++;
      else if (letterCase === 2) lower++;
      else if (classOf(code) !== 1) other++;
    }
    allCaps = upper >= 2 && lower === 0;
    capitalized = upper === 1 && other === 0;
  }
  const foldedWord = ascii ? key : folded.slice(start, end);
  const keyHash = formHash(key);
  return { key, folded: foldedWord, keyHash, foldedHash: ascii ? keyHash : formHash(foldedWord), upperInitial, allCaps, capitalized };
}

function tokenize(text: string, folded: string): MutableToken[] {
  const tokens: MutableToken[] = [];
  const length = text.length;
  let space = true;
  let newline = true;
  let i = 0;
  while (i < length) {
    const code = text.charCodeAt(i);
    // The table answers every character met before; classOf only the first time.
    let cls = CLASS[code]!;
    if (cls === 0) cls = classOf(code);
    if (cls === 3) {
      space = true;
      if (code === 0x0a) newline = true;
      i++;
      continue;
    }
    const start = i;
    let kind: TokenKind;
    // ASCII needs no tone placement and folds to its lower case: no look-up, no second string.
    // (Noted while the token is scanned, not in a second pass over it.)
    let ascii = code < 0x80;
    if (cls === 4) {
      kind = 'punct';
      i++;
    } else {
      let letters = cls === 1;
      i++;
      for (; i < length; i++) {
        const c = text.charCodeAt(i);
        let k = CLASS[c]!;
        if (k === 0) k = classOf(c);
        if (k === 1) {
          letters = true;
          if (c >= 0x80) ascii = false;
        } else if (k !== 2) {
          // One apostrophe inside a word followed by a letter: "people's", "People’s".
          if (letters && APOSTROPHES.has(c) && i + 1 < length && classOf(text.charCodeAt(i + 1)) === 1) {
            if (c >= 0x80) ascii = false;
            i++;
            while (i < length && classOf(text.charCodeAt(i)) === 1) {
              if (text.charCodeAt(i) >= 0x80) ascii = false;
              i++;
            }
          }
          break;
        } else if (c >= 0x80) ascii = false;
      }
      kind = letters ? 'word' : 'number';
    }
    const word = text.slice(start, i);
    // For a lower-case word and a number: no capital (other words take theirs from their forms).
    const upperInitial = false;
    const allCaps = false;
    const capitalized = false;
    if (kind === 'word') {
      const first = caseOf(code);
      if (ascii && first !== 1) {
        // A lower-case ASCII word: its forms cost less than a look-up.
        const key = word.toLowerCase();
        const keyHash = formHash(key);
        tokens.push({
          index: tokens.length, kind, start, end: i, text: word, key, folded: key, keyHash, foldedHash: keyHash,
          upperInitial, allCaps, capitalized, spaceBefore: space, newlineBefore: newline, sentence: 0,
        });
      } else {
        // Capitalized and non-ASCII words repeat through a report (names, titles, syllables):
        // their forms are read once per distinct word, and the tokens share the strings.
        let forms = wordForms.get(word);
        if (forms === undefined || (!ascii && !sameUnits(folded, start, forms.folded))) {
          forms = wordFormsOf(text, start, i, word, ascii, first === 1, folded);
          if (wordForms.size > 50_000) wordForms.clear();
          wordForms.set(word, forms);
        }
        tokens.push({
          index: tokens.length, kind, start, end: i, text: word, key: forms.key, folded: forms.folded, keyHash: forms.keyHash, foldedHash: forms.foldedHash,
          upperInitial: forms.upperInitial, allCaps: forms.allCaps, capitalized: forms.capitalized, spaceBefore: space, newlineBefore: newline, sentence: 0,
        });
      }
    } else {
      const foldedWord = ascii ? word : folded.slice(start, i);
      const keyHash = formHash(word);
      tokens.push({
        index: tokens.length, kind, start, end: i, text: word, key: word, folded: foldedWord, keyHash, foldedHash: ascii ? keyHash : formHash(foldedWord),
        upperInitial, allCaps, capitalized, spaceBefore: space, newlineBefore: newline, sentence: 0,
      });
    }
    space = false;
    newline = false;
  }
  return tokens;
}

/**
 * Sentences over the tokens: a line break always ends one; ".", "!" or "?" ends one when
 * a space and then a capital or an opening quote follow, unless the full stop closes an
 * abbreviation ("Mr.", "TP.") or an initial ("V.").
 */
function splitIntoSentences(text: string, tokens: MutableToken[]): SentenceSpan[] {
  const sentences: SentenceSpan[] = [];
  let first = 0;
  const close = (endToken: number) => {
    if (endToken <= first) return;
    const start = tokens[first]!.start;
    const end = tokens[endToken - 1]!.end;
    const index = sentences.length;
    for (let k = first; k < endToken; k++) tokens[k]!.sentence = index;
    sentences.push({ index, start, end, text: text.slice(start, end), firstToken: first, endToken });
    first = endToken;
  };
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i]!;
    if (i > first && token.newlineBefore) close(i);
    else if (i > first && token.allCaps && token.start < RUN_IN_REACH && runInSourceCode(tokens, i)) close(i);
    if (token.kind !== 'punct') continue;
    const ch = token.text;
    if (ch !== '.' && ch !== '!' && ch !== '?') continue;
    const next = tokens[i + 1];
    if (ch === '.' && next && !next.spaceBefore && !next.newlineBefore && gluedFullStop(text, tokens, i)) {
      close(i + 1);
      continue;
    }
    // Exactly one space after the mark, then a capital or a quote, as the text was cleaned to.
    if (!next || next.newlineBefore || !next.spaceBefore || text.charAt(token.end) !== ' ') continue;
    if (!(next.upperInitial || next.text === '"' || next.text === '“')) continue;
    if (ch === '.') {
      const previous = tokens[i - 1];
      if (previous && previous.kind === 'word' && !token.spaceBefore) {
        // An initial ("V.", also the "s." of "people's.") or an abbreviation written alone.
        const letters = lettersAtEnd(previous.text);
        if (letters.length === 1 || (letters.length === previous.text.length && NO_STOP_AFTER.has(previous.key))) continue;
      }
    }
    close(i + 1);
  }
  close(tokens.length);
  return sentences;
}

/**
 * "... in the Mekong Delta province of Soc Trang have been recognised so far.The People's Committee ...": a page whose
 * paragraphs were run together with no space after the full stop. A stop ends a sentence there only between a word of
 * three letters or more, or a lower-case syllable with a tone mark (no abbreviation, no part of an address: nothing but
 * a space or an opening mark before it)
 * and a capitalised word of two letters or more ("TP.HCM", "Q.1", "ThS.Nguyễn" stay whole).
 */
function gluedFullStop(text: string, tokens: readonly MutableToken[], at: number): boolean {
  const previous = tokens[at - 1];
  const next = tokens[at + 1];
  if (!previous || !next || previous.kind !== 'word' || next.kind !== 'word' || tokens[at]!.spaceBefore) return false;
  // (Or a lower-case Vietnamese syllable of two letters, "xã.Hội nghị": an abbreviation has no tone mark.)
  const shortSyllable = previous.text.length === 2 && !previous.upperInitial && previous.folded !== previous.key;
  if ((previous.text.length < 3 && !shortSyllable) || lettersAtEnd(previous.text).length !== previous.text.length || NO_STOP_AFTER.has(previous.key)) return false;
  if (!next.upperInitial || next.allCaps || next.text.length < 2) return false;
  const before = text.charAt(previous.start - 1);
  return before === '' || /[\s("“'‘]/u.test(before);
}

// "... trao Huy hiệu Đảng đợt 2/9 cho đảng viên ĐNO - Sáng 27/8, Đảng ủy ...": a headline run into the lead on one
// line, the paper's source code between them. The lead starts at the code when a lower-case word ends the headline
// and the time of the event opens the lead. Only near the top, where headlines are.
const RUN_IN_REACH = 600;
const RUN_IN_OPENERS = new Set(['sáng', 'chiều', 'tối', 'trưa', 'đêm', 'ngày', 'hôm', 'on', 'in', 'at', 'early', 'late']);

function runInSourceCode(tokens: readonly MutableToken[], at: number): boolean {
  const before = tokens[at - 1];
  const code = tokens[at]!;
  if (!before || before.kind !== 'word' || before.upperInitial || !code.spaceBefore || code.text.length > 10) return false;
  const dash = tokens[at + 1];
  const opener = tokens[at + 2];
  return dash !== undefined && DASH_TEXTS.has(dash.text) && dash.spaceBefore && opener !== undefined && opener.spaceBefore && opener.upperInitial && RUN_IN_OPENERS.has(opener.key);
}

function lettersAtEnd(word: string): string {
  let k = word.length;
  while (k > 0 && classOf(word.charCodeAt(k - 1)) === 1) k--;
  return word.slice(k);
}

/** Cuts the analysed text into tokens and sentences, once. `folded` is `fold(text)` when the caller has it. */
export function analyse(text: string, folded: string = fold(text)): AnalysedText {
  const tokens = tokenize(text, folded);
  const sentences = splitIntoSentences(text, tokens);
  const frozen: readonly Token[] = tokens;
  const tokenAt = (offset: number): number => {
    let low = 0;
    let high = frozen.length - 1;
    let found = frozen.length;
    while (low <= high) {
      const mid = (low + high) >> 1;
      if (frozen[mid]!.end > offset) {
        found = mid;
        high = mid - 1;
      } else low = mid + 1;
    }
    return found;
  };
  const analysedText: AnalysedText = {
    text,
    folded,
    tokens: frozen,
    sentences,
    spanOf(from, to) {
      const a = frozen[from];
      const b = frozen[to - 1];
      if (!a || !b || to <= from) throw new RangeError(`no tokens between ${from} and ${to}`);
      return { start: a.start, end: b.end, quote: text.slice(a.start, b.end) };
    },
    span(start, end) {
      return { start, end, quote: text.slice(start, end) };
    },
    quote(span) {
      return text.slice(span.start, span.end);
    },
    tokenAt,
    sentenceTokens(sentence) {
      const found = sentences[sentence];
      return found ? frozen.slice(found.firstToken, found.endToken) : [];
    },
    keys(from, to) {
      let out = '';
      for (let k = from; k < to && k < frozen.length; k++) out = k === from ? frozen[k]!.key : `${out} ${frozen[k]!.key}`;
      return out;
    },
    match(at, steps) {
      return matchSteps(analysedText, at, steps);
    },
  };
  return analysedText;
}

function matchStep(text: AnalysedText, at: number, step: PatternStep): number {
  const token = text.tokens[at];
  if (typeof step === 'string') return token && token.key === step ? at + 1 : -1;
  if (step instanceof Lexicon) {
    const found = step.longestAt(text, at);
    return found ? found.end : -1;
  }
  if (typeof step === 'function') return token && step(token, text) ? at + 1 : -1;
  if ('optional' in step) {
    const end = matchStep(text, at, step.optional);
    return end < 0 ? at : end;
  }
  let end = at;
  let count = 0;
  while (count < step.max) {
    const next = matchStep(text, end, step.repeat);
    if (next < 0 || next === end) break;
    end = next;
    count++;
  }
  return count >= (step.min ?? 0) ? end : -1;
}

function matchSteps(text: AnalysedText, at: number, steps: readonly PatternStep[]): number {
  let end = at;
  for (const step of steps) {
    const next = matchStep(text, end, step);
    if (next < 0) return -1;
    // A match never runs over a line break: a heading and its next line are separate.
    for (let k = Math.max(end, at + 1); k < next; k++) if (text.tokens[k]!.newlineBefore) return -1;
    end = next;
  }
  return end;
}

interface LexiconNode<V> {
  next: Map<string, LexiconNode<V>> | null;
  value: V | undefined;
  /** Set when a phrase ends here. */
  ends: boolean;
}

export interface LexiconHit<V> {
  /** One past the phrase's last token. */
  readonly end: number;
  readonly value: V;
}

/**
 * A list of phrases (titles, body words, verbs...) read as tokens, found by the longest
 * entry starting at a token. Phrases are cut by the same tokenizer as the text, so
 * "T.Ư", "Bà Rịa - Vũng Tàu" or "people's" match however the text spaces them.
 * `by: 'key'` compares with diacritics (Vietnamese words), `by: 'folded'` without.
 */
export class Lexicon<V = true> {
  private readonly root: LexiconNode<V> = { next: null, value: undefined, ends: false };
  private readonly by: 'key' | 'folded';
  /** One bit per {@link formHash} of the entries' first forms. */
  private readonly firsts = new Int32Array(0x10000 >>> 5);
  /** Longest entry, in tokens. */
  private longest = 0;
  readonly size: number;

  constructor(entries: Iterable<readonly [string, V]> | Iterable<string>, options: { by?: 'key' | 'folded' } = {}) {
    this.by = options.by ?? 'key';
    let size = 0;
    for (const entry of entries) {
      const [phrase, value] = typeof entry === 'string' ? [entry, true as V] : entry;
      const parts = analyse(phrase).tokens.map((token) => (this.by === 'key' ? token.key : token.folded));
      if (parts.length === 0) continue;
      const hash = formHash(parts[0]!);
      this.firsts[hash >>> 5]! |= 1 << (hash & 31);
      let node = this.root;
      for (const part of parts) {
        node.next ??= new Map();
        let child = node.next.get(part);
        if (!child) {
          child = { next: null, value: undefined, ends: false };
          node.next.set(part, child);
        }
        node = child;
      }
      if (!node.ends) size++;
      node.ends = true;
      node.value = value;
      this.longest = Math.max(this.longest, parts.length);
    }
    this.size = size;
  }

  /** The longest entry starting at token `at` (not crossing a line break), or null. */
  longestAt(text: AnalysedText, at: number): LexiconHit<V> | null {
    const tokens = text.tokens;
    const first = tokens[at];
    if (first === undefined) return null;
    const byKey = this.by === 'key';
    // Most tokens start no entry: one bit says so for most of them, a map look-up for the rest.
    const hash = byKey ? first.keyHash : first.foldedHash;
    if ((this.firsts[hash >>> 5]! & (1 << (hash & 31))) === 0) return null;
    let node = this.root.next === null ? undefined : this.root.next.get(byKey ? first.key : first.folded);
    if (node === undefined) return null;
    let best: LexiconHit<V> | null = node.ends ? { end: at + 1, value: node.value as V } : null;
    for (let k = at + 1; k < tokens.length && node.next !== null; k++) {
      const token = tokens[k]!;
      if (token.newlineBefore) break;
      node = node.next.get(byKey ? token.key : token.folded);
      if (node === undefined) break;
      if (node.ends) best = { end: k + 1, value: node.value as V };
    }
    return best;
  }

  /** Whether some entry starts with token `at`'s word (a quick test before {@link longestAt}). */
  mayStartAt(text: AnalysedText, at: number): boolean {
    const token = text.tokens[at];
    if (token === undefined) return false;
    const byKey = this.by === 'key';
    const hash = byKey ? token.keyHash : token.foldedHash;
    return (this.firsts[hash >>> 5]! & (1 << (hash & 31))) !== 0 && this.root.next !== null && this.root.next.has(byKey ? token.key : token.folded);
  }

  /** Whether some entry is exactly tokens `from` .. `to - 1`. */
  has(text: AnalysedText, from: number, to: number): boolean {
    const hit = this.longestAt(text, from);
    if (!hit) return false;
    if (hit.end === to) return true;
    // A shorter entry may end at `to` under a longer one.
    let node: LexiconNode<V> | undefined = this.root;
    for (let k = from; k < to; k++) {
      node = node?.next?.get(this.by === 'key' ? text.tokens[k]!.key : text.tokens[k]!.folded);
      if (!node) return false;
    }
    return node?.ends === true;
  }

  /** Entries starting at every token of `from` .. `to - 1`, longest at each start, not overlapping. */
  findAll(text: AnalysedText, from = 0, to = text.tokens.length): { start: number; end: number; value: V }[] {
    const hits: { start: number; end: number; value: V }[] = [];
    for (let k = from; k < to; k++) {
      const hit = this.longestAt(text, k);
      if (hit && hit.end <= to) {
        hits.push({ start: k, end: hit.end, value: hit.value });
        k = hit.end - 1;
      }
    }
    return hits;
  }

  /** Longest entry length in tokens (0 when empty). */
  get maxTokens(): number {
    return this.longest;
  }
}
