import { UnprocessableReportError } from '../../errors';
import type { SourceFormat } from '../record';

export interface DecodeLimits {
  /** Largest object accepted, in bytes. */
  readonly maxBytes: number;
  /** Largest total uncompressed size of a .docx package (zip-bomb guard). */
  readonly maxDecompressedBytes: number;
  readonly maxPdfPages: number;
  /** Time budget for decoding one file. */
  readonly timeBudgetMs: number;
}

export const DEFAULT_DECODE_LIMITS: DecodeLimits = {
  maxBytes: 25 * 1024 * 1024,
  maxDecompressedBytes: 100 * 1024 * 1024,
  maxPdfPages: 200,
  timeBudgetMs: 20_000,
};

export interface DecodedDocument {
  /** Clean Unicode text (NFC). */
  readonly text: string;
  readonly format: SourceFormat;
  /** Character encoding the bytes were in, e.g. `utf-8`, `windows-1258`, `tcvn3`. */
  readonly encoding: string;
}

export interface DecodeOptions {
  /** Original file name or key: breaks ties when the bytes do not tell the format. */
  readonly fileName?: string;
  readonly limits?: Partial<DecodeLimits>;
}

/** Placeholder decoder: UTF-8 text only. */
export async function decodeDocument(bytes: Uint8Array, options: DecodeOptions = {}): Promise<DecodedDocument> {
  const limits = { ...DEFAULT_DECODE_LIMITS, ...options.limits };
  if (bytes.byteLength === 0) throw new UnprocessableReportError('empty', 'the file is empty');
  if (bytes.byteLength > limits.maxBytes) {
    throw new UnprocessableReportError('too-large', `the file has ${bytes.byteLength} bytes; the limit is ${limits.maxBytes}`);
  }
  const text = new TextDecoder('utf-8', { fatal: false }).decode(bytes).normalize('NFC');
  return { text, format: options.fileName?.endsWith('.md') ? 'md' : 'txt', encoding: 'utf-8' };
}
