import * as zlib from 'node:zlib';
import { UnprocessableReportError } from '../../errors';
import type { Deadline } from './budget';
import { entryData, readCentralDirectory, type ZipEntry } from './zip';
import type { DecodeLimits } from './index';

function otherZipKind(names: ReadonlySet<string>): string {
  if (names.has('xl/workbook.xml')) return 'an Excel workbook (.xlsx)';
  if (names.has('ppt/presentation.xml')) return 'a PowerPoint presentation (.pptx)';
  if (names.has('mimetype') && names.has('content.xml')) return 'an OpenDocument file (.odt/.ods)';
  if (names.has('mimetype') && names.has('META-INF/container.xml')) return 'an EPUB book';
  return 'a zip archive that is not a Word document';
}

/** zlib.crc32 exists from Node 20.15/22.2; older runtimes skip the checksum, not the size check. */
const crc32: ((data: Uint8Array) => number) | undefined = (zlib as { crc32?: (data: Uint8Array) => number }).crc32;

/**
 * Inflates one XML part with a hard cap at its declared size: a part whose deflate stream
 * is longer than its header claims is a bomb in disguise, and the cap stops it early.
 */
function verifyEntry(bytes: Uint8Array, entry: ZipEntry, budget: { remaining: number }): void {
  const data = entryData(bytes, entry);
  let inflated: Uint8Array;
  if (entry.method === 0) {
    inflated = data;
  } else if (entry.method === 8) {
    try {
      inflated = zlib.inflateRawSync(data, { maxOutputLength: Math.max(1, Math.min(entry.uncompressedSize, budget.remaining)) });
    } catch (error) {
      if (error instanceof RangeError || (error as { code?: string }).code === 'ERR_BUFFER_TOO_LARGE') {
        throw new UnprocessableReportError(
          'decompressed-too-large',
          `part ${entry.name} of the Word file expands beyond its declared size; the file looks like a zip bomb`,
          { cause: error },
        );
      }
      throw new UnprocessableReportError('corrupt-docx', `the Word file is damaged: part ${entry.name} cannot be decompressed`, { cause: error });
    }
  } else {
    throw new UnprocessableReportError('corrupt-docx', `the Word file uses an unsupported compression method (${entry.method}) for ${entry.name}`);
  }
  if (inflated.length !== entry.uncompressedSize || (crc32 !== undefined && crc32(inflated) >>> 0 !== entry.crc32 >>> 0)) {
    throw new UnprocessableReportError('corrupt-docx', `the Word file is damaged: part ${entry.name} does not match its checksum`);
  }
  budget.remaining -= inflated.length;
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
  // mammoth reads the XML parts; check those now, bounded, so it never inflates anything unvetted.
  const budget = { remaining: limits.maxDecompressedBytes };
  for (const entry of entries) {
    if (!/\.(?:xml|rels)$/iu.test(entry.name)) continue;
    verifyEntry(bytes, entry, budget);
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
