import * as zlib from 'node:zlib';
import { UnprocessableReportError } from '../../errors';
import { raceDeadline, textTooLong, type Deadline } from './budget';
import type { DecodeLimits } from './limits';

/** The part of a pdf.js text item the layout needs. */
interface Positioned {
  readonly str: string;
  readonly x: number;
  readonly y: number;
  readonly width: number;
  readonly size: number;
}

function isTextItem(item: unknown): item is { str: string; transform: number[]; width: number; height: number } {
  return typeof item === 'object' && item !== null && 'str' in item && 'transform' in item;
}

/** Reason and sentence for what pdf.js threw while opening or reading a file. */
function classify(error: unknown): UnprocessableReportError {
  if (error instanceof UnprocessableReportError) return error;
  const name = (error as { name?: string } | null)?.name ?? '';
  if (name === 'PasswordException') {
    return new UnprocessableReportError('password-protected', 'the PDF needs a password to open; remove the password and upload it again', { cause: error });
  }
  return new UnprocessableReportError('corrupt-pdf', 'the PDF is damaged or incomplete and cannot be read; re-export it and upload it again', { cause: error });
}

/**
 * One page's items in reading order: lines top to bottom (PDF y grows upwards), items left
 * to right within a line, and a blank-line-sized gap starts a new paragraph.
 */
export function layoutPage(items: readonly Positioned[]): string[] {
  const sorted = items.filter((item) => item.str.length > 0).sort((a, b) => b.y - a.y || a.x - b.x);
  const lines: Array<{ y: number; size: number; items: Positioned[] }> = [];
  for (const item of sorted) {
    const line = lines[lines.length - 1];
    if (line && Math.abs(line.y - item.y) <= Math.max(line.size, item.size, 1) * 0.5) {
      line.items.push(item);
      line.size = Math.max(line.size, item.size);
    } else {
      lines.push({ y: item.y, size: item.size, items: [item] });
    }
  }
  const texts = lines.map((line) => {
    const ordered = line.items.sort((a, b) => a.x - b.x);
    let text = '';
    let end = Number.NEGATIVE_INFINITY;
    for (const item of ordered) {
      const gap = item.x - end;
      if (text && !/\s$/u.test(text) && !/^\s/u.test(item.str) && gap > line.size * 0.15) text += ' ';
      text += item.str;
      end = item.x + item.width;
    }
    return text.replace(/\s+/gu, ' ').trim();
  });
  const paragraphs: string[] = [];
  let current = '';
  lines.forEach((line, index) => {
    const text = texts[index] ?? '';
    const previous = lines[index - 1];
    const gap = previous ? previous.y - line.y : 0;
    const newParagraph = !previous || gap > Math.max(previous.size, line.size) * 1.45 || gap < 0;
    if (newParagraph) {
      if (current) paragraphs.push(current);
      current = text;
    } else {
      // Line breakers split after a hyphen or slash inside a token ("2019-2025", "144-QĐ/TW").
      current = /[-/]$/u.test(current) ? current + text : `${current} ${text}`;
    }
  });
  if (current) paragraphs.push(current);
  return paragraphs.filter(Boolean);
}

/**
 * Inflates every Flate stream that is not an image, bounded, and refuses the file when
 * together they exceed the limit. pdf.js inflates into typed arrays that live outside the
 * JavaScript heap, where the decoder's heap cap does not reach: a 1 MB stream can become
 * gigabytes. Images are left out (text extraction does not decode them); so are streams of
 * an encrypted file, which only pdf.js can decrypt (its heap and deadline still apply).
 */
export function checkPdfStreams(bytes: Uint8Array, limits: Pick<DecodeLimits, 'maxDecompressedBytes'>, deadline?: Deadline): void {
  const data = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  let total = 0;
  let from = 0;
  for (;;) {
    const keyword = data.indexOf('stream', from, 'latin1');
    if (keyword < 0) return;
    from = keyword + 6;
    // `endstream` contains `stream`; only a keyword after a dictionary starts one.
    if (keyword >= 3 && data.toString('latin1', keyword - 3, keyword) === 'end') continue;
    const dictionary = data.toString('latin1', Math.max(0, keyword - 1024), keyword);
    const open = dictionary.lastIndexOf('<<');
    if (open < 0) continue;
    const header = dictionary.slice(open);
    if (!/\/FlateDecode|\/Fl\b/u.test(header) || /\/Subtype\s*\/Image/u.test(header)) continue;
    let start = keyword + 6;
    if (data[start] === 0x0d) start++;
    if (data[start] === 0x0a) start++;
    const end = data.indexOf('endstream', start, 'latin1');
    if (end < 0) return;
    from = end + 9;
    const room = limits.maxDecompressedBytes - total;
    try {
      total += zlib.inflateSync(data.subarray(start, end), { maxOutputLength: Math.max(1, room), finishFlush: zlib.constants.Z_SYNC_FLUSH }).length;
    } catch (error) {
      if (error instanceof RangeError || (error as { code?: string }).code === 'ERR_BUFFER_TOO_LARGE') {
        throw new UnprocessableReportError(
          'decompressed-too-large',
          `the PDF's streams expand to more than the ${limits.maxDecompressedBytes} bytes allowed; it looks like a decompression bomb`,
          { cause: error },
        );
      }
      // A damaged or encrypted stream: pdf.js decides what it is worth.
    }
    deadline?.check();
  }
}

/** .pdf -> text layer in reading order, one paragraph per line. */
export async function decodePdf(bytes: Uint8Array, limits: DecodeLimits, deadline: Deadline): Promise<string> {
  checkPdfStreams(bytes, limits, deadline);
  const { getResolvedPDFJS } = await import('unpdf');
  const pdfjs = await getResolvedPDFJS();
  // pdf.js may take ownership of (detach) the buffer it is given; keep the caller's intact.
  const task = pdfjs.getDocument({
    data: new Uint8Array(bytes),
    verbosity: 0,
    isEvalSupported: false,
    disableFontFace: true,
    useSystemFonts: false,
    stopAtErrors: false,
  });
  const release = (): void => {
    void task.destroy().catch(() => undefined);
  };
  try {
    const document = await raceDeadline(task.promise, deadline, release).catch((error: unknown) => {
      throw classify(error);
    });
    if (document.numPages > limits.maxPdfPages) {
      throw new UnprocessableReportError('too-many-pages', `the PDF has ${document.numPages} pages; the limit is ${limits.maxPdfPages}`);
    }
    const paragraphs: string[] = [];
    let characters = 0;
    for (let number = 1; number <= document.numPages; number++) {
      deadline.check();
      const content = await raceDeadline(
        document.getPage(number).then((page) => page.getTextContent()),
        deadline,
        release,
      ).catch((error: unknown) => {
        throw classify(error);
      });
      const items: Positioned[] = [];
      for (const item of content.items) {
        if (!isTextItem(item)) continue;
        characters += item.str.length;
        const [a = 0, b = 0, , d = 0, x = 0, y = 0] = item.transform;
        items.push({ str: item.str, x, y, width: item.width, size: Math.max(Math.abs(d), Math.hypot(a, b), item.height) });
      }
      // Checked page by page, so one page repeated hundreds of times stops early.
      if (characters > limits.maxTextChars) throw textTooLong(characters, limits.maxTextChars);
      paragraphs.push(...layoutPage(items));
    }
    const text = paragraphs.join('\n');
    if (text.replace(/[\s\p{P}\p{S}\d]/gu, '').length < 10) {
      throw new UnprocessableReportError(
        'unsupported: no text layer',
        `the PDF has ${document.numPages} page(s) but no readable text (a scan or an image); upload the original document or a PDF with selectable text`,
      );
    }
    return text;
  } finally {
    release();
  }
}
