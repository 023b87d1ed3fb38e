/**
 * Format detection from the bytes. The file name is consulted only where the bytes cannot
 * decide (Markdown vs plain text, HTML fragments).
 */

export type Container =
  | { readonly kind: 'pdf' }
  | { readonly kind: 'zip' }
  | { readonly kind: 'ole2' }
  | { readonly kind: 'text' }
  | { readonly kind: 'binary'; readonly what: string };

function startsWith(bytes: Uint8Array, signature: readonly number[], at = 0): boolean {
  if (bytes.length < at + signature.length) return false;
  return signature.every((byte, index) => bytes[at + index] === byte);
}

const OLE2 = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];
const PDF = [0x25, 0x50, 0x44, 0x46, 0x2d]; // %PDF-

/** Well-known binary formats, named so the person who uploaded one learns what it was. */
const KNOWN_BINARY: ReadonlyArray<readonly [readonly number[], string]> = [
  [[0x89, 0x50, 0x4e, 0x47], 'a PNG image'],
  [[0xff, 0xd8, 0xff], 'a JPEG image'],
  [[0x47, 0x49, 0x46, 0x38], 'a GIF image'],
  [[0x49, 0x49, 0x2a, 0x00], 'a TIFF image'],
  [[0x4d, 0x4d, 0x00, 0x2a], 'a TIFF image'],
  [[0x1f, 0x8b], 'a gzip archive'],
  [[0x52, 0x61, 0x72, 0x21], 'a RAR archive'],
  [[0x37, 0x7a, 0xbc, 0xaf], 'a 7-Zip archive'],
  [[0x7b, 0x5c, 0x72, 0x74, 0x66], 'an RTF document'],
  [[0x7f, 0x45, 0x4c, 0x46], 'an executable'],
  [[0x4d, 0x5a], 'a Windows executable'],
];

export function sniffContainer(bytes: Uint8Array): Container {
  if (startsWith(bytes, [0x50, 0x4b, 0x03, 0x04]) || startsWith(bytes, [0x50, 0x4b, 0x05, 0x06])) return { kind: 'zip' };
  if (startsWith(bytes, OLE2)) return { kind: 'ole2' };
  // pdf.js, like Acrobat, accepts a header a little way into the file.
  const head = bytes.subarray(0, 1024);
  for (let i = 0; i + PDF.length <= head.length; i++) if (startsWith(head, PDF, i)) return { kind: 'pdf' };
  for (const [signature, what] of KNOWN_BINARY) if (startsWith(bytes, signature)) return { kind: 'binary', what };
  if (looksBinary(bytes)) return { kind: 'binary', what: 'binary data that is not a document format this service reads' };
  return { kind: 'text' };
}

/** A UTF-16 file without a BOM: every other byte zero in plain-Latin stretches. */
export function utf16WithoutBom(bytes: Uint8Array): 'utf-16le' | 'utf-16be' | undefined {
  const sample = bytes.subarray(0, 4096);
  if (sample.length < 8 || sample.length % 2 !== 0) return undefined;
  let evenZero = 0;
  let oddZero = 0;
  for (let i = 0; i < sample.length; i += 2) {
    if (sample[i] === 0) evenZero++;
    if (sample[i + 1] === 0) oddZero++;
  }
  const pairs = sample.length / 2;
  if (oddZero > pairs * 0.3 && evenZero < pairs * 0.02) return 'utf-16le';
  if (evenZero > pairs * 0.3 && oddZero < pairs * 0.02) return 'utf-16be';
  return undefined;
}

function looksBinary(bytes: Uint8Array): boolean {
  if (startsWith(bytes, [0xff, 0xfe]) || startsWith(bytes, [0xfe, 0xff])) return false;
  if (utf16WithoutBom(bytes)) return false;
  const sample = bytes.subarray(0, 8192);
  let controls = 0;
  for (const byte of sample) {
    if (byte === 0) return true;
    // Tab, LF, VT, FF, CR, SUB (DOS end of file) and ESC occur in real text files.
    if (byte < 0x20 && byte !== 0x09 && byte !== 0x0a && byte !== 0x0b && byte !== 0x0c && byte !== 0x0d && byte !== 0x1a && byte !== 0x1b) {
      controls++;
    }
  }
  return controls > Math.max(2, sample.length * 0.01);
}

const STRONG_HTML = /^(?:<\?xml[^>]*>\s*)?(?:<!--[\s\S]*?-->\s*)*<(?:!doctype\s+html|html|head|body)[\s>/]/iu;
const HTML_TAG = /<(?:!--|[a-z][a-z0-9]*[\s>/])/iu;
const WEAK_HTML = /^<(?:!--|div|p|table|h[1-6]|title|meta|script|style|a|br|iframe|font|b|article|section|span)[\s>/]/iu;

/** Whether text-like content is an HTML page. `head` is the start of the file decoded loosely. */
export function sniffHtml(head: string, extension: string): boolean {
  const start = head.replace(/^[\ufeff\s]+/u, '');
  if (STRONG_HTML.test(start)) return true;
  if (extension === 'html' || extension === 'htm' || extension === 'xhtml') return HTML_TAG.test(start.slice(0, 2048));
  if (extension === 'txt' || extension === 'md' || extension === 'markdown') return false;
  return WEAK_HTML.test(start);
}

/** Markdown has no signature; only the name, or unmistakable syntax when the name says nothing. */
export function isMarkdown(text: string, extension: string): boolean {
  if (extension === 'md' || extension === 'markdown') return true;
  if (extension === 'txt') return false;
  return /^#{1,6} \S/mu.test(text.slice(0, 4096)) || /\[[^\]\n]+\]\(https?:\/\/[^)\s]+\)/u.test(text.slice(0, 4096));
}

export function extensionOf(fileName: string | undefined): string {
  const match = /\.([a-z0-9]{1,10})$/iu.exec(fileName ?? '');
  return match?.[1]?.toLowerCase() ?? '';
}
