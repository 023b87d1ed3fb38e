import { UnprocessableReportError } from '../../errors';

/**
 * Just enough of the ZIP format to vet a .docx before any library inflates it: the central
 * directory (names and declared sizes), and bounded inflation of single entries.
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
    const name = new TextDecoder('utf-8').decode(bytes.subarray(nameStart, nameStart + nameLength));
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
      extra += 4 + length;
    }
    entries.push({ name, method, flags, crc32, compressedSize, uncompressedSize, localHeaderOffset });
    at = extraEnd + commentLength;
  }
  return entries;
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
