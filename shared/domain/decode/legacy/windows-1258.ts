import iconv from 'iconv-lite';

/**
 * Windows-1258 holds a few precomposed Vietnamese letters plus five combining tone marks,
 * so most toned letters are two bytes (base, tone). Decoding yields combining sequences;
 * callers normalise to NFC.
 */
export function decodeWindows1258(bytes: Uint8Array): string {
  return iconv.decode(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength), 'windows1258');
}

const TONE_BYTES: Readonly<Record<string, number>> = {
  '\u0300': 0xcc,
  '\u0301': 0xec,
  '\u0309': 0xd2,
  '\u0303': 0xde,
  '\u0323': 0xf2,
};

let reverse: Map<string, number> | undefined;
function table(): Map<string, number> {
  if (!reverse) {
    const all = decodeWindows1258(Uint8Array.from({ length: 256 }, (_, byte) => byte));
    reverse = new Map(Array.from(all, (char, byte) => [char, byte] as const).filter(([char]) => char !== '\ufffd'));
  }
  return reverse;
}

/** Unicode -> Windows-1258 the way Windows writes it: precomposed where the code page has the letter, else base + tone. */
export function encodeWindows1258(text: string): Uint8Array {
  const codes = table();
  const out: number[] = [];
  for (const char of text.normalize('NFC')) {
    const direct = codes.get(char);
    if (direct !== undefined) {
      out.push(direct);
      continue;
    }
    const parts = char.normalize('NFD');
    const tone = Array.from(parts).find((part) => part in TONE_BYTES);
    const base = tone ? parts.replace(tone, '').normalize('NFC') : parts;
    const baseByte = codes.get(base);
    if (tone && baseByte !== undefined) out.push(baseByte, TONE_BYTES[tone] as number);
    else out.push(0x3f);
  }
  return Uint8Array.from(out);
}
