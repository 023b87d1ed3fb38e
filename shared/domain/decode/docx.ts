import * as zlib from 'node:zlib';
import { UnprocessableReportError } from '../../errors';
import type { Deadline } from './budget';
import { entryData, readCentralDirectory, type ZipEntry } from './zip';
import type { DecodeLimits } from './limits';

function otherZipKind(names: ReadonlySet<string>): string {
  if (names.has('xl/workbook.xml')) return 'an Excel workbook (.xlsx)';
  if (names.has('ppt/presentation.xml')) return 'a PowerPoint presentation (.pptx)';
  if (names.has('mimetype') && names.has('content.xml')) return 'an OpenDocument file (.odt/.ods)';
  if (names.has('mimetype') && names.has('META-INF/container.xml')) return 'an EPUB book';
  return 'a zip archive that is not a Word document';
}

/** zlib.crc32 exists from Node 20.15/22.2; older runtimes skip the checksum, not the size check. */
const crc32: ((data: Uint8Array) => number) | undefined = (zlib as { crc32?: (data: Uint8Array) => number }).crc32;

/** Decompressed sizes so far: all parts, and the markup parts mammoth parses into memory. */
interface InflateBudget {
  allBytes: number;
  markupBytes: number;
}

/**
 * Markup by name or by content: mammoth finds the main document through the package's
 * relationships, so a part named like an image may still be parsed as XML.
 */
function isMarkup(name: string, inflated: Uint8Array): boolean {
  if (/\.(?:xml|rels)$/iu.test(name)) return true;
  let at = inflated[0] === 0xef && inflated[1] === 0xbb && inflated[2] === 0xbf ? 3 : 0;
  if ((inflated[0] === 0xff && inflated[1] === 0xfe) || (inflated[0] === 0xfe && inflated[1] === 0xff)) return true;
  while (at < inflated.length && at < 64 && (inflated[at] === 0x20 || inflated[at] === 0x09 || inflated[at] === 0x0a || inflated[at] === 0x0d)) at++;
  return inflated[at] === 0x3c;
}

function tooLarge(detail: string, cause?: unknown): UnprocessableReportError {
  return new UnprocessableReportError('decompressed-too-large', detail, cause === undefined ? undefined : { cause });
}

/**
 * Inflates one part with a hard cap at its declared size and at what is left of the
 * budget: zlib stops at the cap, so a part whose deflate stream is longer than its header
 * claims (a bomb in disguise) is stopped while inflating, not after.
 */
function verifyEntry(bytes: Uint8Array, entry: ZipEntry, budget: InflateBudget, limits: DecodeLimits): void {
  if (entry.name.endsWith('/') && entry.uncompressedSize === 0) return;
  const data = entryData(bytes, entry);
  let inflated: Uint8Array;
  if (entry.method === 0) {
    inflated = data;
  } else if (entry.method === 8) {
    const room = limits.maxDecompressedBytes - budget.allBytes;
    try {
      inflated = zlib.inflateRawSync(data, { maxOutputLength: Math.max(1, Math.min(entry.uncompressedSize, room)) });
    } catch (error) {
      if (error instanceof RangeError || (error as { code?: string }).code === 'ERR_BUFFER_TOO_LARGE') {
        throw tooLarge(`part ${entry.name} of the Word file expands beyond its declared size or the limit; the file looks like a zip bomb`, error);
      }
      throw new UnprocessableReportError('corrupt-docx', `the Word file is damaged: part ${entry.name} cannot be decompressed`, { cause: error });
    }
  } else {
    throw new UnprocessableReportError('corrupt-docx', `the Word file uses an unsupported compression method (${entry.method}) for ${entry.name}`);
  }
  if (inflated.length !== entry.uncompressedSize || (crc32 !== undefined && crc32(inflated) >>> 0 !== entry.crc32 >>> 0)) {
    throw new UnprocessableReportError('corrupt-docx', `the Word file is damaged: part ${entry.name} does not match its checksum`);
  }
  budget.allBytes += inflated.length;
  if (isMarkup(entry.name, inflated)) {
    budget.markupBytes += inflated.length;
    if (budget.markupBytes > limits.maxMarkupBytes) {
      throw tooLarge(
        `the Word file holds more than ${limits.maxMarkupBytes} bytes of document markup, more than this service can read at once; split the report or save it as .pdf`,
      );
    }
  }
}

/** .docx -> body text, one paragraph per line; headers and footers are not part of the body. */
export async function decodeDocx(bytes: Uint8Array, limits: DecodeLimits, deadline: Deadline): Promise<string> {
  const entries = readCentralDirectory(bytes);
  const names = new Set(entries.map((entry) => entry.name));
  if (!names.has('[Content_Types].xml') || !names.has('word/document.xml')) {
    throw new UnprocessableReportError('unsupported-format', `the file is ${otherZipKind(names)}; upload the report as .docx, .pdf, .txt, .md or .html`);
  }
  if (entries.some((entry) => (entry.flags & 0x1) !== 0)) {
    throw new UnprocessableReportError('password-protected', 'the Word file is encrypted; remove the password and upload it again');
  }
  const declared = entries.reduce((sum, entry) => sum + entry.uncompressedSize, 0);
  if (declared > limits.maxDecompressedBytes) {
    throw new UnprocessableReportError(
      'decompressed-too-large',
      `the Word file would expand to ${declared} bytes, more than the ${limits.maxDecompressedBytes} allowed; it looks like a zip bomb`,
    );
  }
  // Every part is inflated here first, bounded, so mammoth never inflates anything unvetted
  // (it may be led to any part by the package's relationships).
  const budget: InflateBudget = { allBytes: 0, markupBytes: 0 };
  for (const entry of entries) {
    verifyEntry(bytes, entry, budget, limits);
    deadline.check();
  }
  const mammoth = await import('mammoth');
  let raw: string;
  try {
    const result = await mammoth.extractRawText({ buffer: Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength) });
    raw = result.value;
  } catch (error) {
    throw new UnprocessableReportError('corrupt-docx', 'the Word file is damaged and its text cannot be read; open and re-save it in Word', { cause: error });
  }
  return raw
    .split('\n')
    .map((line) => line.trim())
    .filter(Boolean)
    .join('\n');
}
