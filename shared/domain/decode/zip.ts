import { UnprocessableReportError } from '../../errors';

/**
 * Just enough of the ZIP format to vet a .docx before any library inflates it: the central
 * directory (names and declared sizes), checked against the local headers the zip library
 * really reads, and bounded inflation of single entries.
 */
export interface ZipEntry {
  readonly name: string;
  readonly method: number;
  readonly flags: number;
  readonly crc32: number;
  readonly compressedSize: number;
  readonly uncompressedSize: number;
  readonly localHeaderOffset: number;
}

const MAX_ENTRIES = 10_000;

function corrupt(detail: string): UnprocessableReportError {
  return new UnprocessableReportError('corrupt-docx', detail);
}

class Reader {
  private readonly view: DataView;
  constructor(readonly bytes: Uint8Array) {
    this.view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  }
  private need(offset: number, length: number): void {
    if (offset < 0 || offset + length > this.bytes.length) throw corrupt('the Word file is cut short or damaged (a zip record points past the end of the file)');
  }
  u16(offset: number): number {
    this.need(offset, 2);
    return this.view.getUint16(offset, true);
  }
  u32(offset: number): number {
    this.need(offset, 4);
    return this.view.getUint32(offset, true);
  }
  u64(offset: number): number {
    this.need(offset, 8);
    return Number(this.view.getBigUint64(offset, true));
  }
}

function findEndOfCentralDirectory(bytes: Uint8Array): number {
  const lowest = Math.max(0, bytes.length - 22 - 0xffff);
  for (let offset = bytes.length - 22; offset >= lowest; offset--) {
    if (bytes[offset] === 0x50 && bytes[offset + 1] === 0x4b && bytes[offset + 2] === 0x05 && bytes[offset + 3] === 0x06) return offset;
  }
  throw corrupt('the Word file is incomplete: its zip directory is missing, so it was probably cut off during upload or saving');
}

export function readCentralDirectory(bytes: Uint8Array): ZipEntry[] {
  const reader = new Reader(bytes);
  const end = findEndOfCentralDirectory(bytes);
  let count = reader.u16(end + 10);
  let size = reader.u32(end + 12);
  let offset = reader.u32(end + 16);
  if (count === 0xffff || size === 0xffffffff || offset === 0xffffffff) {
    const locator = end - 20;
    if (reader.u32(locator) !== 0x07064b50) throw corrupt('the Word file has a damaged ZIP64 directory');
    const zip64 = reader.u64(locator + 8);
    if (reader.u32(zip64) !== 0x06064b50) throw corrupt('the Word file has a damaged ZIP64 directory');
    count = reader.u64(zip64 + 32);
    size = reader.u64(zip64 + 40);
    offset = reader.u64(zip64 + 48);
  }
  if (count > MAX_ENTRIES) throw corrupt(`the Word file lists ${count} parts, far more than any real document`);
  // The directory must end where the end record (or its ZIP64 form) begins. JSZip, which
  // mammoth uses, shifts every offset by any gap it finds there ("extra bytes"), and would
  // then read other bytes than the ones vetted here.
  const directoryEnd = end >= 20 && reader.u32(end - 20) === 0x07064b50 ? reader.u64(end - 20 + 8) : end;
  if (offset + size !== directoryEnd) throw corrupt('the Word file has a damaged zip directory (it does not end where the archive says)');
  if (offset + size > bytes.length) throw corrupt('the Word file is cut short: its zip directory points past the end of the file');
  const entries: ZipEntry[] = [];
  let at = offset;
  for (let index = 0; index < count; index++) {
    if (reader.u32(at) !== 0x02014b50) throw corrupt('the Word file has a damaged zip directory');
    const flags = reader.u16(at + 8);
    const method = reader.u16(at + 10);
    const crc32 = reader.u32(at + 16);
    let compressedSize = reader.u32(at + 20);
    let uncompressedSize = reader.u32(at + 24);
    const nameLength = reader.u16(at + 28);
    const extraLength = reader.u16(at + 30);
    const commentLength = reader.u16(at + 32);
    let localHeaderOffset = reader.u32(at + 42);
    const nameStart = at + 46;
    if (nameStart + nameLength + extraLength + commentLength > bytes.length) throw corrupt('the Word file has a damaged zip directory');
    const nameBytes = bytes.subarray(nameStart, nameStart + nameLength);
    const name = new TextDecoder('utf-8').decode(nameBytes);
    // ZIP64 sizes live in extra field 0x0001, in this order, only for fields saturated above.
    let extra = nameStart + nameLength;
    const extraEnd = extra + extraLength;
    while (extra + 4 <= extraEnd) {
      const id = reader.u16(extra);
      const length = reader.u16(extra + 2);
      if (id === 0x0001) {
        let field = extra + 4;
        if (uncompressedSize === 0xffffffff) { uncompressedSize = reader.u64(field); field += 8; }
        if (compressedSize === 0xffffffff) { compressedSize = reader.u64(field); field += 8; }
        if (localHeaderOffset === 0xffffffff) { localHeaderOffset = reader.u64(field); }
      }
      // JSZip names an entry by this "Info-ZIP Unicode Path" field when present instead of by
      // its name: a second, unvetted name. No Word document needs it.
      if (id === 0x7075) throw corrupt(`the Word file gives part ${name} a second name; it looks crafted`);
      extra += 4 + length;
    }
    const entry = { name, method, flags, crc32, compressedSize, uncompressedSize, localHeaderOffset };
    checkLocalHeader(reader, bytes, entry, nameBytes);
    entries.push(entry);
    at = extraEnd + commentLength;
  }
  const names = new Set<string>();
  for (const entry of entries) {
    // A repeated name: the library keeps the last, a check might have vetted the first.
    if (names.has(entry.name)) throw corrupt(`the Word file contains part ${entry.name} twice; it looks crafted`);
    names.add(entry.name);
  }
  return entries;
}

/**
 * The local header is what the zip library names and reads the entry by (JSZip takes the
 * name from it, the sizes from the directory): a directory that says
 * `word/media/image1.png` over a local `word/document.xml` would slip past any check made
 * on directory names alone, so the two must agree byte for byte.
 */
function checkLocalHeader(reader: Reader, bytes: Uint8Array, entry: ZipEntry, centralName: Uint8Array): void {
  const local = entry.localHeaderOffset;
  if (reader.u32(local) !== 0x04034b50) throw corrupt(`the Word file is damaged: part ${entry.name} is missing`);
  const flags = reader.u16(local + 6);
  const method = reader.u16(local + 8);
  const nameLength = reader.u16(local + 26);
  const localName = bytes.subarray(local + 30, local + 30 + nameLength);
  if (local + 30 + nameLength > bytes.length) throw corrupt(`the Word file is cut short: part ${entry.name} is incomplete`);
  const sameName = localName.length === centralName.length && localName.every((byte, index) => byte === centralName[index]);
  if (!sameName || method !== entry.method || (flags & 0x1) !== (entry.flags & 0x1)) {
    throw corrupt(`the Word file's zip directory and its part headers disagree about part ${entry.name}; it looks crafted`);
  }
}

/** The stored bytes of one entry, still compressed. */
export function entryData(bytes: Uint8Array, entry: ZipEntry): Uint8Array {
  const reader = new Reader(bytes);
  const local = entry.localHeaderOffset;
  if (reader.u32(local) !== 0x04034b50) throw corrupt(`the Word file is damaged: part ${entry.name} is missing`);
  const start = local + 30 + reader.u16(local + 26) + reader.u16(local + 28);
  if (start + entry.compressedSize > bytes.length) throw corrupt(`the Word file is cut short: part ${entry.name} is incomplete`);
  return bytes.subarray(start, start + entry.compressedSize);
}
