import { UnprocessableReportError } from '../../errors';
import type { SourceFormat } from '../record';
import { Deadline, raceDeadline, textTooLong } from './budget';
import { cleanText } from './clean';
import { decodeDocx } from './docx';
import { decodeHtml } from './html';
import { rejectOle2 } from './ole2';
import { decodePdf } from './pdf';
import { extensionOf, isMarkdown, sniffContainer, sniffHtml } from './sniff';
import { decodeTextBytes } from './text';

export interface DecodeLimits {
  /** Largest object accepted, in bytes. */
  readonly maxBytes: number;
  /** Largest total uncompressed size of a .docx package, all parts (zip-bomb guard). */
  readonly maxDecompressedBytes: number;
  /** Largest uncompressed size of the markup parts of a .docx, which mammoth holds as a tree. */
  readonly maxMarkupBytes: number;
  readonly maxPdfPages: number;
  /** Most tags an HTML page may have (the parser builds one node per tag). */
  readonly maxHtmlElements: number;
  /** Longest text a file may yield, in UTF-16 code units (what the normalizer then reads). */
  readonly maxTextChars: number;
  /** Time budget for decoding one file. */
  readonly timeBudgetMs: number;
}

/** Memory of the parser the defaults are sized for, in MB (the function's configured memory). */
export const DEFAULT_MEMORY_MB = 1024;

/**
 * Limits sized for a process of `memoryMb`. Measured on the attack corpus: mammoth holds
 * about 45 bytes of heap per byte of document XML, pdf.js and htmlparser2 about 100 bytes
 * per tag; the decoder gets three eighths of the memory (see `decoderHeapMb`), so the markup a
 * file may carry is about a fiftieth of that.
 */
export function decodeLimitsForMemory(memoryMb: number): DecodeLimits {
  const heapBytes = decoderHeapMb(memoryMb) * 1024 * 1024;
  return {
    maxBytes: 25 * 1024 * 1024,
    maxDecompressedBytes: Math.min(100 * 1024 * 1024, Math.floor(heapBytes / 8)),
    maxMarkupBytes: Math.floor(heapBytes / 50),
    maxPdfPages: 200,
    maxHtmlElements: Math.floor(heapBytes / 1024),
    maxTextChars: Math.min(2_000_000, Math.floor(heapBytes / 256)),
    timeBudgetMs: 20_000,
  };
}

/**
 * Old-generation heap the decoder may use in a process of `memoryMb`: three eighths. The
 * rest is the runtime and the SDK (about 150 MB), the worker's young generation and code,
 * and buffers outside the heap (the file, inflated parts); a bomb at this cap peaked at
 * 830 MB of resident memory for 1024 MB.
 */
export function decoderHeapMb(memoryMb: number): number {
  return Math.max(64, Math.floor((memoryMb * 3) / 8));
}

export const DEFAULT_DECODE_LIMITS: DecodeLimits = decodeLimitsForMemory(DEFAULT_MEMORY_MB);

export interface DecodedDocument {
  /** Clean Unicode text (NFC): `\n` line ends, paragraphs one per line, at most one blank line in a row. */
  readonly text: string;
  readonly format: SourceFormat;
  /**
   * Character encoding of the bytes. Text and HTML: `utf-8`, `utf-8-bom`, `utf-16le`,
   * `utf-16be`, `windows-1258`, `windows-1252`, `tcvn3`, `vni-windows` (HTML may also report
   * another charset it declared, e.g. `iso-8859-2`). `.docx`: `utf-8` (its XML parts).
   * `.pdf`: `n/a` (text comes from font maps, not a character encoding).
   */
  readonly encoding: string;
}

export interface DecodeOptions {
  /** Original file name or key: breaks ties when the bytes do not tell the format. */
  readonly fileName?: string;
  readonly limits?: Partial<DecodeLimits>;
}

/**
 * Bytes of an uploaded report -> clean text. Every input that cannot become a report fails
 * with {@link UnprocessableReportError}; nothing else escapes for bad input.
 */
export async function decodeDocument(bytes: Uint8Array, options: DecodeOptions = {}): Promise<DecodedDocument> {
  const limits: DecodeLimits = { ...DEFAULT_DECODE_LIMITS, ...options.limits };
  if (bytes.byteLength === 0) throw new UnprocessableReportError('empty', 'the file is empty');
  if (bytes.byteLength > limits.maxBytes) {
    throw new UnprocessableReportError('too-large', `the file has ${bytes.byteLength} bytes; the limit is ${limits.maxBytes}`);
  }
  const deadline = new Deadline(limits.timeBudgetMs);
  const extension = extensionOf(options.fileName);
  let decoded: DecodedDocument;
  try {
    decoded = await raceDeadline(decodeByFormat(bytes, extension, limits, deadline), deadline);
  } catch (error) {
    if (error instanceof UnprocessableReportError) throw error;
    // A library failing in a way we did not anticipate still means this file is unreadable.
    throw new UnprocessableReportError('undecodable', `the file could not be read (${describe(error)})`, { cause: error });
  }
  if (decoded.text.length > limits.maxTextChars) throw textTooLong(decoded.text.length, limits.maxTextChars);
  const text = cleanText(decoded.text);
  if (!text) throw new UnprocessableReportError('empty', `the ${decoded.format} file contains no text`);
  return { ...decoded, text };
}

function describe(error: unknown): string {
  return error instanceof Error ? error.message.slice(0, 200) : String(error).slice(0, 200);
}

async function decodeByFormat(bytes: Uint8Array, extension: string, limits: DecodeLimits, deadline: Deadline): Promise<DecodedDocument> {
  const container = sniffContainer(bytes);
  switch (container.kind) {
    case 'pdf': {
      return { text: await decodePdf(bytes, limits, deadline), format: 'pdf', encoding: 'n/a' };
    }
    case 'zip': {
      return { text: await decodeDocx(bytes, limits, deadline), format: 'docx', encoding: 'utf-8' };
    }
    case 'ole2': {
      return rejectOle2(bytes);
    }
    case 'binary':
      throw new UnprocessableReportError(
        'unsupported-format',
        `the file is ${container.what}; upload the report as .docx, .pdf, .txt, .md or .html`,
      );
    case 'text':
      return decodeTextLike(bytes, extension, limits);
  }
}

async function decodeTextLike(bytes: Uint8Array, extension: string, limits: DecodeLimits): Promise<DecodedDocument> {
  const head = looseHead(bytes);
  if (sniffHtml(head, extension)) {
    const { text, encoding } = await decodeHtml(bytes, limits);
    return { text, format: 'html', encoding };
  }
  const { text, encoding } = await decodeTextBytes(bytes);
  return { text, format: isMarkdown(text, extension) ? 'md' : 'txt', encoding };
}

/** The first bytes as characters, good enough to look for tags in any ASCII-compatible or UTF-16 file. */
function looseHead(bytes: Uint8Array): string {
  const head = bytes.subarray(0, 4096);
  if ((head[0] === 0xff && head[1] === 0xfe) || (head[0] === 0xfe && head[1] === 0xff)) {
    const low = head[0] === 0xff ? 0 : 1;
    let text = '';
    for (let i = 2; i + 1 < head.length; i += 2) text += String.fromCharCode((head[i + low] as number) | ((head[i + 1 - low] as number) << 8));
    return text;
  }
  return Array.from(head, (byte) => String.fromCharCode(byte)).join('');
}
