/**
 * How much a decoded text looks like Vietnamese: the evidence used to choose between
 * single-byte encodings that all decode any byte string "successfully".
 */

const TONE_MARKS = /[\u0300\u0301\u0303\u0309\u0323]/gu;
const ONSET = '(?:ngh|ng|nh|ch|gh|gi|kh|ph|qu|th|tr|[bcdđghklmnpqrstvx])?';
const NUCLEUS = '[aăâeêioôơuưy]{1,3}';
const CODA = '(?:ch|nh|ng|c|m|n|p|t)?';
const SYLLABLE = new RegExp(`^${ONSET}(${NUCLEUS})(${CODA})$`, 'u');
const STOP_CODA = /^(?:c|ch|p|t)$/u;

/** True when `word` (any case) is a well-formed Vietnamese syllable with at most one tone. */
export function isVietnameseSyllable(word: string): boolean {
  const decomposed = word.toLowerCase().normalize('NFD');
  const tones = decomposed.match(TONE_MARKS) ?? [];
  if (tones.length > 1) return false;
  const base = decomposed.replace(TONE_MARKS, '').normalize('NFC');
  const match = SYLLABLE.exec(base);
  if (!match) return false;
  // Syllables closed by a stop consonant only take the sắc or nặng tone.
  const tone = tones[0];
  if (STOP_CODA.test(match[2] ?? '') && tone !== undefined && tone !== '\u0301' && tone !== '\u0323') return false;
  return true;
}

export interface VietnameseEvidence {
  /** Words with non-ASCII letters that are valid Vietnamese syllables. */
  readonly good: number;
  /** Words with non-ASCII characters that are not. */
  readonly bad: number;
  /** Characters that never appear in clean text (C1 controls, replacement character, private use). */
  readonly junk: number;
}

const EDGE_PUNCTUATION = /^[\s"'()[\]{}<>.,;:!?…“”‘’«»\-–—/\\*•]+|[\s"'()[\]{}<>.,;:!?…“”‘’«»\-–—/\\*•]+$/gu;
const JUNK = /[\u0080-\u009f\ufffd\ue000-\uf8ff\u0000-\u0008\u000e-\u001f]/gu;

/** Collects the evidence from (a sample of) a decoded text. */
export function vietnameseEvidence(text: string): VietnameseEvidence {
  let good = 0;
  let bad = 0;
  const junk = (text.match(JUNK) ?? []).length;
  for (const raw of text.normalize('NFC').split(/\s+/u)) {
    const token = raw.replace(EDGE_PUNCTUATION, '');
    if (!token || /^[\x00-\x7f]*$/u.test(token)) continue;
    const parts = token.split(/[-–]/u).filter(Boolean);
    if (parts.length > 0 && parts.every(isVietnameseSyllable)) good++;
    else bad++;
  }
  return { good, bad, junk };
}

/** One number to rank candidate decodings; higher is more plausible. */
export function plausibility(evidence: VietnameseEvidence): number {
  return evidence.good - 2 * evidence.bad - 3 * evidence.junk;
}
