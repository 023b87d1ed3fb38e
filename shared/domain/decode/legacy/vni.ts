import { cp1252Byte, cp1252Char } from './cp1252';

/**
 * VNI-Windows (the VNI-Times font family): an unmarked base letter followed by one "mark"
 * byte that carries the tone and, for â/ê/ô/ă, the hat or breve. ơ, ư, đ and the toned i
 * and ỵ take a single byte. Bytes are named by the Windows-1252 glyph they replace, which
 * is how the tables are usually published.
 */
const TONES = ['', '\u0301', '\u0300', '\u0309', '\u0303', '\u0323'] as const; // none, sắc, huyền, hỏi, ngã, nặng

/** Mark bytes in tone order (sắc, huyền, hỏi, ngã, nặng), lower and upper case. */
const TONE_MARKS = ['ùøûõï', 'ÙØÛÕÏ'] as const;
/** Hat marks: â alone, then hat plus each tone. */
const HAT_MARKS = ['âáàåãä', 'ÂÁÀÅÃÄ'] as const;
/** Breve marks: ă alone, then breve plus each tone. */
const BREVE_MARKS = ['êéèúüë', 'ÊÉÈÚÜË'] as const;

const HAT = '\u0302';
const BREVE = '\u0306';
const HORN = '\u031b';

/** Letters that are complete on their own. */
const SINGLES: Readonly<Record<string, string>> = {
  'ô': 'ơ', 'Ô': 'Ơ', 'ö': 'ư', 'Ö': 'Ư', 'ñ': 'đ', 'Ñ': 'Đ',
  'í': 'í', 'Í': 'Í', 'ì': 'ì', 'Ì': 'Ì', 'æ': 'ỉ', 'Æ': 'Ỉ', 'ó': 'ĩ', 'Ó': 'Ĩ', 'ò': 'ị', 'Ò': 'Ị',
  'î': 'ỵ', 'Î': 'Ỵ',
};

/** Base letters a mark byte may follow, with what the base itself contributes. */
const BASES: Readonly<Record<string, string>> = {
  a: 'a', A: 'A', e: 'e', E: 'E', o: 'o', O: 'O', u: 'u', U: 'U', y: 'y', Y: 'Y',
  'ô': `o${HORN}`, 'Ô': `O${HORN}`, 'ö': `u${HORN}`, 'Ö': `U${HORN}`,
};

function markFor(base: string, mark: string): string | undefined {
  const plain = base.normalize('NFD')[0]?.toLowerCase() ?? '';
  const horned = base.length > 1;
  for (const set of TONE_MARKS) {
    const tone = set.indexOf(mark);
    if (tone >= 0) return TONES[tone + 1];
  }
  if (horned) return undefined;
  if (plain === 'a' || plain === 'e' || plain === 'o') {
    for (const set of HAT_MARKS) {
      const tone = set.indexOf(mark);
      if (tone >= 0) return HAT + TONES[tone];
    }
  }
  if (plain === 'a') {
    for (const set of BREVE_MARKS) {
      const tone = set.indexOf(mark);
      if (tone >= 0) return BREVE + TONES[tone];
    }
  }
  return undefined;
}

/** Byte -> UTF-16 code unit of the letter a lone byte stands for. */
let singles: Uint16Array | undefined;
/** (base byte << 8 | mark byte) -> the composed letter, 0 where the pair is not a letter. */
let pairs: Uint16Array | undefined;

function tables(): { singles: Uint16Array; pairs: Uint16Array } {
  if (!singles || !pairs) {
    singles = new Uint16Array(256);
    pairs = new Uint16Array(256 * 256);
    for (let byte = 0; byte < 256; byte++) {
      const char = cp1252Char(byte);
      singles[byte] = (SINGLES[char] ?? char).charCodeAt(0);
      const base = BASES[char];
      if (base === undefined) continue;
      for (let next = 0x80; next < 256; next++) {
        const mark = markFor(base, cp1252Char(next));
        if (mark === undefined) continue;
        const letter = (base + mark).normalize('NFC');
        if (letter.length === 1) pairs[(byte << 8) | next] = letter.charCodeAt(0);
      }
    }
  }
  return { singles, pairs };
}

export function decodeVni(bytes: Uint8Array): string {
  const { singles: single, pairs: pair } = tables();
  const out = new Uint16Array(bytes.length);
  let length = 0;
  for (let i = 0; i < bytes.length; i++) {
    const byte = bytes[i] as number;
    const next = bytes[i + 1];
    const composed = next === undefined ? 0 : (pair[(byte << 8) | next] as number);
    if (composed !== 0) {
      out[length++] = composed;
      i++;
    } else {
      out[length++] = single[byte] as number;
    }
  }
  return unitsToString(out.subarray(0, length));
}

/** UTF-16 code units -> string, in chunks small enough for `fromCharCode`'s argument limit. */
export function unitsToString(units: Uint16Array): string {
  const parts: string[] = [];
  for (let at = 0; at < units.length; at += 8192) parts.push(String.fromCharCode(...units.subarray(at, at + 8192)));
  return parts.join('');
}

const I_TONED = ['', 'í', 'ì', 'æ', 'ó', 'ò'];

/** Unicode -> VNI-Windows bytes; characters VNI cannot hold become `?`. */
export function encodeVni(text: string): Uint8Array {
  const out: number[] = [];
  const push = (chars: string): void => {
    for (const char of chars) out.push(cp1252Byte(char) ?? 0x3f);
  };
  for (const char of text.normalize('NFC')) {
    const parts = char.normalize('NFD');
    const letter = parts[0] ?? '';
    const upper = letter !== letter.toLowerCase();
    const marks = parts.slice(1);
    const toneIndex = TONES.findIndex((tone, index) => index > 0 && marks.includes(tone));
    const tone = toneIndex > 0 ? toneIndex : 0;
    const lower = letter.toLowerCase();
    const caseOf = (s: string): string => (upper ? s.toUpperCase() : s);
    if (char === 'đ' || char === 'Đ') {
      push(caseOf('ñ'));
    } else if (!/[aeiouy]/.test(lower) || (marks.length === 0 && char.length === 1 && cp1252Byte(char) !== undefined && !(char in SINGLES))) {
      const byte = cp1252Byte(char);
      out.push(byte !== undefined && !(char in SINGLES) ? byte : 0x3f);
    } else if (lower === 'i') {
      push(tone === 0 ? letter : caseOf(I_TONED[tone] as string));
    } else if (lower === 'y' && tone === 5) {
      push(caseOf('î'));
    } else if (marks.includes(HORN)) {
      push(caseOf(lower === 'o' ? 'ô' : 'ö'));
      if (tone) push(caseOf(TONE_MARKS[0][tone - 1] as string));
    } else if (marks.includes(HAT)) {
      push(letter + caseOf(HAT_MARKS[0][tone] as string));
    } else if (marks.includes(BREVE)) {
      push(letter + caseOf(BREVE_MARKS[0][tone] as string));
    } else if (tone) {
      push(letter + caseOf(TONE_MARKS[0][tone - 1] as string));
    } else {
      push(letter);
    }
  }
  return Uint8Array.from(out);
}
