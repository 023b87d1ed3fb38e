/**
 * Windows-1252 glyphs for 0x80..0x9F. The legacy Vietnamese fonts (.VnTime, VNI-Times) are
 * "ANSI" fonts: bytes they do not redefine keep their Windows-1252 meaning, so curly quotes
 * and dashes typed in those documents arrive here. Undefined slots stay C1 controls, which
 * the scorer treats as junk.
 */
const HIGH_CONTROLS = [
  0x20ac, 0x81, 0x201a, 0x0192, 0x201e, 0x2026, 0x2020, 0x2021, 0x02c6, 0x2030, 0x0160, 0x2039, 0x0152, 0x8d, 0x017d, 0x8f,
  0x90, 0x2018, 0x2019, 0x201c, 0x201d, 0x2022, 0x2013, 0x2014, 0x02dc, 0x2122, 0x0161, 0x203a, 0x0153, 0x9d, 0x017e, 0x0178,
];

/** Byte -> character under Windows-1252 (0x00..0x7F and 0xA0..0xFF are Latin-1). */
export function cp1252Char(byte: number): string {
  if (byte >= 0x80 && byte < 0xa0) return String.fromCharCode(HIGH_CONTROLS[byte - 0x80] ?? byte);
  return String.fromCharCode(byte);
}

const REVERSE = new Map<string, number>(HIGH_CONTROLS.map((code, index) => [String.fromCharCode(code), 0x80 + index]));

/** Character -> Windows-1252 byte, or undefined when the code page has no such character. */
export function cp1252Byte(char: string): number | undefined {
  const code = char.charCodeAt(0);
  if (char.length !== 1) return undefined;
  if (code < 0x80 || (code >= 0xa0 && code <= 0xff)) return code;
  return REVERSE.get(char);
}
