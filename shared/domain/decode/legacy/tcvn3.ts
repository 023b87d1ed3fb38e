import { cp1252Byte, cp1252Char } from './cp1252';
import { unitsToString } from './vni';

/**
 * TCVN 5712:1993 "VN3" (the ABC / .Vn font encoding): one byte per letter, lower case only
 * for toned vowels. Capitals with a tone never had code points: documents switched to an
 * upper-case font (.VnTimeH) and kept the lower-case bytes, so that case is lost in the
 * bytes. Slots 0xA1..0xFE below; everything else keeps its Windows-1252 meaning.
 */
const VN3: ReadonlyArray<readonly [number, string]> = [
  [0xa1, 'Ă'], [0xa2, 'Â'], [0xa3, 'Ê'], [0xa4, 'Ô'], [0xa5, 'Ơ'], [0xa6, 'Ư'], [0xa7, 'Đ'],
  [0xa8, 'ă'], [0xa9, 'â'], [0xaa, 'ê'], [0xab, 'ô'], [0xac, 'ơ'], [0xad, 'ư'], [0xae, 'đ'],
  [0xb5, 'à'], [0xb6, 'ả'], [0xb7, 'ã'], [0xb8, 'á'], [0xb9, 'ạ'],
  [0xbb, 'ằ'], [0xbc, 'ẳ'], [0xbd, 'ẵ'], [0xbe, 'ắ'], [0xc6, 'ặ'],
  [0xc7, 'ầ'], [0xc8, 'ẩ'], [0xc9, 'ẫ'], [0xca, 'ấ'], [0xcb, 'ậ'],
  [0xcc, 'è'], [0xce, 'ẻ'], [0xcf, 'ẽ'], [0xd0, 'é'], [0xd1, 'ẹ'],
  [0xd2, 'ề'], [0xd3, 'ể'], [0xd4, 'ễ'], [0xd5, 'ế'], [0xd6, 'ệ'],
  [0xd7, 'ì'], [0xd8, 'ỉ'], [0xdc, 'ĩ'], [0xdd, 'í'], [0xde, 'ị'],
  [0xdf, 'ò'], [0xe1, 'ỏ'], [0xe2, 'õ'], [0xe3, 'ó'], [0xe4, 'ọ'],
  [0xe5, 'ồ'], [0xe6, 'ổ'], [0xe7, 'ỗ'], [0xe8, 'ố'], [0xe9, 'ộ'],
  [0xea, 'ờ'], [0xeb, 'ở'], [0xec, 'ỡ'], [0xed, 'ớ'], [0xee, 'ợ'],
  [0xef, 'ù'], [0xf1, 'ủ'], [0xf2, 'ũ'], [0xf3, 'ú'], [0xf4, 'ụ'],
  [0xf5, 'ừ'], [0xf6, 'ử'], [0xf7, 'ữ'], [0xf8, 'ứ'], [0xf9, 'ự'],
  [0xfa, 'ỳ'], [0xfb, 'ỷ'], [0xfc, 'ỹ'], [0xfd, 'ý'], [0xfe, 'ỵ'],
];

const DECODE: readonly string[] = Array.from({ length: 256 }, (_, byte) => cp1252Char(byte)).map(
  (char, byte) => VN3.find(([code]) => code === byte)?.[1] ?? char,
);

const ENCODE = new Map<string, number>(VN3.map(([code, char]) => [char, code]));
/** Bytes the table took over: their Windows-1252 characters cannot be written in TCVN3. */
const TAKEN = new Set<number>(VN3.map(([code]) => code));

const UNITS = Uint16Array.from(DECODE, (char) => char.charCodeAt(0));

export function decodeTcvn3(bytes: Uint8Array): string {
  const out = new Uint16Array(bytes.length);
  for (let i = 0; i < bytes.length; i++) out[i] = UNITS[bytes[i] as number] as number;
  return unitsToString(out);
}

/**
 * Unicode -> TCVN3 as a .VnTime document would store it: toned capitals fall back to their
 * lower-case byte (what a .VnTimeH run holds). Characters with no byte at all become `?`.
 */
export function encodeTcvn3(text: string): Uint8Array {
  const out: number[] = [];
  for (const char of text.normalize('NFC')) {
    const direct = ENCODE.get(char) ?? ENCODE.get(char.toLowerCase());
    if (direct !== undefined) {
      out.push(direct);
      continue;
    }
    const byte = cp1252Byte(char);
    out.push(byte !== undefined && !TAKEN.has(byte) ? byte : 0x3f);
  }
  return Uint8Array.from(out);
}

/** Capital letters TCVN3 can only store in lower case; a decoder may restore them at sentence starts. */
export function tcvn3LosesCase(char: string): boolean {
  const lower = char.toLowerCase();
  return lower !== char && !ENCODE.has(char) && ENCODE.has(lower);
}

/**
 * Upper-cases a sentence-initial letter that TCVN3 could only store in lower case. Vietnamese
 * sentences always start with a capital, so this undoes part of the lost case without guessing
 * inside sentences.
 */
export function restoreSentenceCapitals(text: string): string {
  return text.replace(/(^|[.!?…]["”’)]?\s+|\n\s*\n\s*)(\p{Ll})/gu, (whole, before: string, letter: string) =>
    tcvn3LosesCase(letter.toUpperCase()) ? before + letter.toUpperCase() : whole,
  );
}
