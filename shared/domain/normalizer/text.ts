/**
 * Text helpers shared by the extractors.
 *
 * `fold` keeps every UTF-16 index in place (one code unit in, one code unit out), so a
 * match found in the folded text can be cut from the original text as written.
 */

const foldCache = new Map<number, string>();

function foldUnit(code: number): string {
  const cached = foldCache.get(code);
  if (cached !== undefined) return cached;
  let out: string;
  if (code === 0x0110 || code === 0x0111) out = 'd';
  else if (code >= 0xd800 && code <= 0xdfff) out = ' ';
  else {
    const base = String.fromCharCode(code).normalize('NFD').charAt(0).toLowerCase();
    out = base.length === 1 ? base : ' ';
  }
  foldCache.set(code, out);
  return out;
}

// foldUnit as a code-unit table (0: not computed yet): fold runs over every report
// several times, and a callback per non-ASCII character cost more than the table.
const foldTable = new Uint16Array(0x10000);
// ignoreBOM keeps a leading U+FEFF, which the decoder would otherwise drop.
const utf16 = new TextDecoder('utf-16le', { ignoreBOM: true });

/**
 * Lower case, no diacritics, `đ` as `d`; same length as the input.
 *
 * Each non-ASCII code unit is replaced by its foldUnit, which is lower case already, and
 * an ASCII letter by its lower case, in one pass: a text with letters beyond ASCII needs
 * no second pass of `toLowerCase` over the folded copy (no folded unit is changed by it:
 * `foldUnit` lower-cases each letter on its own, and no capital sigma survives for the
 * final-sigma rule to read).
 */
export function fold(text: string): string {
  const length = text.length;
  let units: Uint16Array | null = null;
  for (let i = 0; i < length; i++) {
    const code = text.charCodeAt(i);
    if (code < 0x80) {
      if (units) units[i] = code >= 0x41 && code <= 0x5a ? code | 0x20 : code;
      continue;
    }
    if (!units) {
      units = new Uint16Array(length);
      for (let k = 0; k < i; k++) {
        const ascii = text.charCodeAt(k);
        units[k] = ascii >= 0x41 && ascii <= 0x5a ? ascii | 0x20 : ascii;
      }
    }
    let mapped = foldTable[code]!;
    if (mapped === 0) {
      mapped = foldUnit(code).charCodeAt(0);
      foldTable[code] = mapped;
    }
    // A few compatibility ideographs fold to half of an astral character, which the
    // decoder would turn into U+FFFD; such rare text takes the per-character path.
    if (mapped >= 0xd800 && mapped <= 0xdfff) return foldByCharacter(text);
    units[i] = mapped;
  }
  // ASCII only: the native lower-casing is the fastest pass.
  return units ? utf16.decode(units) : text.toLowerCase();
}

function foldByCharacter(text: string): string {
  const out = text.replace(/[^\x00-\x7f]/g, (ch) => foldUnit(ch.charCodeAt(0))).toLowerCase();
  if (out.length === text.length) return out;
  // Some letter lower-cased into two code units; fold one unit at a time instead.
  let slow = '';
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    slow += code < 0x80 ? text.charAt(i).toLowerCase() : foldUnit(code).charAt(0) || ' ';
  }
  return slow;
}

const wordCache = new Map<string, string>();

/** `fold` for short words, memoized: names and titles repeat across a report. */
export function foldWord(word: string): string {
  let folded = wordCache.get(word);
  if (folded === undefined) {
    folded = fold(word);
    if (wordCache.size > 20_000) wordCache.clear();
    wordCache.set(word, folded);
  }
  return folded;
}

export { stripDiacritics } from '../fold';

export function isUpperInitial(word: string): boolean {
  const first = word.charAt(0);
  return first !== '' && first !== first.toLowerCase() && first === first.toUpperCase();
}

/** An ASCII letter's code unit (A-Z, a-z). */
export const isAsciiLetter = (code: number): boolean => (code >= 0x41 && code <= 0x5a) || (code >= 0x61 && code <= 0x7a);

/**
 * The sticky copy of a pattern, flags kept but `g`: tried only where a candidate place says,
 * it matches there what the global scan would find starting there.
 */
export const stickyOf = (pattern: RegExp): RegExp => new RegExp(pattern.source, pattern.flags.replace('g', '') + 'y');

/** Escapes a literal for use inside a RegExp. */
export function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** A letter on either side of a match means the match is part of a longer word. */
export function isWordBoundary(text: string, index: number): boolean {
  if (index <= 0 || index >= text.length) return true;
  return !/[\p{L}\p{N}]/u.test(text.charAt(index));
}

export interface Sentence {
  readonly text: string;
  readonly start: number;
}

// Abbreviations after which a full stop does not end the sentence.
const ABBREVIATIONS = new Set(['no', 'mr', 'mrs', 'ms', 'dr', 'st', 'tp', 'tx', 'prof', 'assoc', 'jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec', 'gs', 'pgs', 'ts', 'ths', 'vs', 'etc', 'lt', 'col', 'gen', 'số']);

/** Splits on line breaks and on sentence-ending punctuation followed by a capital or a quote. */
export function splitSentences(text: string): Sentence[] {
  const sentences: Sentence[] = [];
  let start = 0;
  const push = (end: number) => {
    const raw = text.slice(start, end);
    const lead = raw.length - raw.trimStart().length;
    const trimmed = raw.trim();
    if (trimmed) sentences.push({ text: trimmed, start: start + lead });
    start = end;
  };
  for (let i = 0; i < text.length; i++) {
    const ch = text.charAt(i);
    if (ch === '\n') {
      push(i);
      start = i + 1;
      continue;
    }
    if (ch !== '.' && ch !== '!' && ch !== '?') continue;
    const next = text.charAt(i + 1);
    if (next !== ' ') continue;
    let j = i + 2;
    while (text.charAt(j) === ' ') j++;
    const after = text.charAt(j);
    if (!(isUpperInitial(after) || after === '"' || after === '“')) continue;
    if (ch === '.') {
      let k = i - 1;
      while (k >= 0 && /\p{L}/u.test(text.charAt(k))) k--;
      const word = text.slice(k + 1, i).toLowerCase();
      if (ABBREVIATIONS.has(word) || word.length === 1) continue;
    }
    push(i + 1);
  }
  push(text.length);
  return sentences;
}

export const VIETNAMESE_LETTERS = /[ăâđêôơưạảấầẩẫậắằẳẵặẹẻẽếềểễệỉịọỏốồổỗộớờởỡợụủứừửữựỳỵỷỹ]/i;
