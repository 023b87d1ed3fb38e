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
import { DEFAULT_DECODE_LIMITS, type DecodeLimits } from './limits';

// The limits live in their own module so that the format decoders can use them without
// importing this entry point (which imports them).
export { DEFAULT_DECODE_LIMITS, DEFAULT_MEMORY_MB, decodeLimitsForMemory, decoderHeapMb, type DecodeLimits } from './limits';

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
  /** The address an HTML page says it was published at (its canonical link, Open Graph address or the saving browser's mark). */
  readonly pageAddress?: string;
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
    const { text, encoding, pageAddress } = await decodeHtml(bytes, limits);
    return pageAddress ? { text, format: 'html', encoding, pageAddress } : { text, format: 'html', encoding };
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
