import { UnprocessableReportError } from '../../errors';
import { utf16WithoutBom } from './sniff';
import { plausibility, vietnameseEvidence, type VietnameseEvidence } from './vietnamese';

export type TextEncoding =
  | 'utf-8'
  | 'utf-8-bom'
  | 'utf-16le'
  | 'utf-16be'
  | 'windows-1258'
  | 'windows-1252'
  | 'tcvn3'
  | 'vni-windows';

export interface DecodedText {
  readonly text: string;
  readonly encoding: TextEncoding;
}

/** Legacy encodings are ranked on a sample: enough words to decide, cheap on large files. */
const SAMPLE_BYTES = 64 * 1024;

function undecodable(detail: string, cause?: unknown): UnprocessableReportError {
  return new UnprocessableReportError('undecodable-text', detail, cause === undefined ? undefined : { cause });
}

function decodeUtf16(bytes: Uint8Array, encoding: 'utf-16le' | 'utf-16be'): string {
  if (bytes.length % 2 !== 0) throw undecodable(`the file says it is ${encoding.toUpperCase()} but has an odd number of bytes, so it is cut or damaged`);
  let little = bytes;
  if (encoding === 'utf-16be') {
    little = new Uint8Array(bytes.length);
    for (let i = 0; i < bytes.length; i += 2) {
      little[i] = bytes[i + 1] as number;
      little[i + 1] = bytes[i] as number;
    }
  }
  try {
    return new TextDecoder('utf-16le', { fatal: true }).decode(little);
  } catch (error) {
    throw undecodable(`the file says it is ${encoding.toUpperCase()} but contains invalid character sequences`, error);
  }
}

function strictUtf8(bytes: Uint8Array): string | undefined {
  try {
    return new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(bytes);
  } catch {
    return undefined;
  }
}

/**
 * Bytes of a text file -> Unicode. A BOM decides; otherwise valid UTF-8 wins (legacy
 * Vietnamese bytes are almost never valid UTF-8); otherwise each legacy single-byte
 * encoding decodes a sample and the most Vietnamese-looking result wins.
 */
export async function decodeTextBytes(bytes: Uint8Array): Promise<DecodedText> {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) {
    const text = strictUtf8(bytes.subarray(3));
    if (text === undefined) throw undecodable('the file starts with a UTF-8 byte-order mark but is not valid UTF-8');
    return { text, encoding: 'utf-8-bom' };
  }
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return { text: decodeUtf16(bytes.subarray(2), 'utf-16le'), encoding: 'utf-16le' };
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return { text: decodeUtf16(bytes.subarray(2), 'utf-16be'), encoding: 'utf-16be' };
  const utf16 = utf16WithoutBom(bytes);
  if (utf16) return { text: decodeUtf16(bytes, utf16), encoding: utf16 };
  const utf8 = strictUtf8(bytes);
  if (utf8 !== undefined) return { text: utf8, encoding: 'utf-8' };
  return decodeLegacy(bytes);
}

interface Candidate {
  readonly encoding: 'windows-1258' | 'tcvn3' | 'vni-windows' | 'windows-1252';
  readonly decode: (bytes: Uint8Array) => string;
}

type LegacyCodecs = typeof import('./legacy');

/**
 * The code-page tables, loaded on first use: most uploads are UTF-8 and never need them.
 * `require` rather than `import()`: a relative TypeScript module must also resolve under the
 * CommonJS hook the CLI runs with, and the Lambda bundle is CommonJS.
 */
function legacyCodecs(): LegacyCodecs {
  return require('./legacy') as LegacyCodecs;
}

function candidates(): Candidate[] {
  const { decodeWindows1258, decodeTcvn3, restoreSentenceCapitals, decodeVni } = legacyCodecs();
  return [
    { encoding: 'windows-1258', decode: (bytes) => decodeWindows1258(bytes).normalize('NFC') },
    { encoding: 'tcvn3', decode: (bytes) => restoreSentenceCapitals(decodeTcvn3(bytes)) },
    { encoding: 'vni-windows', decode: decodeVni },
    { encoding: 'windows-1252', decode: decodeWindows1252 },
  ];
}

/** Also used for HTML that declares a Latin-1 family charset. */
export function decodeWindows1252(bytes: Uint8Array): string {
  const { cp1252Char } = require('./legacy/cp1252') as typeof import('./legacy/cp1252');
  const { unitsToString } = require('./legacy/vni') as typeof import('./legacy/vni');
  const units = new Uint16Array(256).map((_, byte) => cp1252Char(byte).charCodeAt(0));
  return unitsToString(bytes.reduce((out, byte, index) => ((out[index] = units[byte] as number), out), new Uint16Array(bytes.length)));
}

/** Windows-1258 for HTML that declares it. */
export function decodeWindows1258Text(bytes: Uint8Array): string {
  return legacyCodecs().decodeWindows1258(bytes).normalize('NFC');
}

/** Decodes legacy single-byte text; exported so HTML without a usable charset can reuse the ranking. */
export async function decodeLegacy(bytes: Uint8Array): Promise<DecodedText> {
  const sample = bytes.subarray(0, SAMPLE_BYTES);
  const ranked: Array<{ candidate: Candidate; evidence: VietnameseEvidence; score: number }> = [];
  for (const candidate of candidates()) {
    const evidence = vietnameseEvidence(candidate.decode(sample));
    ranked.push({ candidate, evidence, score: plausibility(evidence) });
  }
  ranked.sort((a, b) => b.score - a.score);
  let best = ranked[0];
  // Without any Vietnamese word the bytes are most likely Western text with curly quotes.
  if (!best || best.evidence.good === 0) best = ranked.find((entry) => entry.candidate.encoding === 'windows-1252') ?? best;
  if (!best) throw undecodable('the text is not UTF-8 and no known encoding fits it');
  const text = best.candidate.decode(bytes);
  const junk = best.evidence.junk;
  if (junk > Math.max(4, sample.length * 0.01)) {
    throw undecodable('the text is not UTF-8, UTF-16 or a Vietnamese legacy encoding (TCVN3, VNI, Windows-1258); save it as UTF-8 and upload it again');
  }
  return { text, encoding: best.candidate.encoding };
}
