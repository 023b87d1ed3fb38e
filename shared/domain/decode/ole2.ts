import { UnprocessableReportError } from '../../errors';

/**
 * OLE2 / Compound File Binary: the container of Word 97-2003 files and of every encrypted
 * Office file (an encrypted .docx is an OLE2 file with "EncryptionInfo" and
 * "EncryptedPackage" streams). Only stream names are needed, plus one flag of a .doc.
 */
interface DirectoryEntry {
  readonly name: string;
  readonly startSector: number;
  readonly size: number;
}

const END_OF_CHAIN = 0xfffffffe;

function readDirectory(bytes: Uint8Array): { entries: DirectoryEntry[]; sectorSize: number; fat: number[] } | undefined {
  if (bytes.length < 512) return undefined;
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const shift = view.getUint16(0x1e, true);
  if (shift !== 9 && shift !== 12) return undefined;
  const sectorSize = 1 << shift;
  const sectorOffset = (sector: number): number => (sector + 1) * sectorSize;
  const fatSectors = Math.min(view.getUint32(0x2c, true), 109);
  const fat: number[] = [];
  for (let i = 0; i < fatSectors; i++) {
    const sector = view.getUint32(0x4c + i * 4, true);
    const start = sectorOffset(sector);
    if (start + sectorSize > bytes.length) return undefined;
    for (let at = start; at < start + sectorSize; at += 4) fat.push(view.getUint32(at, true));
  }
  const entries: DirectoryEntry[] = [];
  let sector = view.getUint32(0x30, true);
  // The chain length cap guards against cycles in a damaged FAT.
  for (let hops = 0; sector !== END_OF_CHAIN && hops < 4096; hops++) {
    const start = sectorOffset(sector);
    if (start + sectorSize > bytes.length) return undefined;
    for (let at = start; at < start + sectorSize; at += 128) {
      const nameLength = view.getUint16(at + 0x40, true);
      const type = bytes[at + 0x42];
      if (type === 0 || nameLength < 2 || nameLength > 64) continue;
      let name = '';
      for (let c = 0; c < nameLength - 2; c += 2) name += String.fromCharCode(view.getUint16(at + c, true));
      entries.push({ name, startSector: view.getUint32(at + 0x74, true), size: view.getUint32(at + 0x78, true) });
    }
    const next = fat[sector];
    if (next === undefined) break;
    sector = next;
  }
  return { entries, sectorSize, fat };
}

/** When the directory cannot be walked, the UTF-16 stream names are still in the bytes. */
function containsName(bytes: Uint8Array, name: string): boolean {
  const needle = Buffer.from(name, 'utf16le');
  return Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).indexOf(needle) >= 0;
}

/** Word 97-2003 keeps "document is encrypted" in the FIB at the start of the WordDocument stream. */
function wordDocumentEncrypted(bytes: Uint8Array, entry: DirectoryEntry, sectorSize: number): boolean {
  if (entry.size < 4096) return false;
  const start = (entry.startSector + 1) * sectorSize;
  if (start + 12 > bytes.length) return false;
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  return view.getUint16(start, true) === 0xa5ec && (view.getUint16(start + 0x0a, true) & 0x0100) !== 0;
}

export function rejectOle2(bytes: Uint8Array): never {
  const directory = readDirectory(bytes);
  const has = (name: string): boolean =>
    directory ? directory.entries.some((entry) => entry.name === name) : containsName(bytes, name);
  if (has('EncryptedPackage') || has('EncryptionInfo')) {
    throw new UnprocessableReportError(
      'password-protected',
      'the Office file is protected with a password; remove the password (File > Info > Protect Document) and upload it again',
    );
  }
  if (has('WordDocument')) {
    const word = directory?.entries.find((entry) => entry.name === 'WordDocument');
    if (directory && word && wordDocumentEncrypted(bytes, word, directory.sectorSize)) {
      throw new UnprocessableReportError('password-protected', 'the Word 97-2003 file is protected with a password; remove the password, save it as .docx and upload it again');
    }
    throw new UnprocessableReportError(
      'unsupported-format',
      'this is an old Word 97-2003 (.doc) file, which cannot be read; open it in Word or LibreOffice, save it as .docx and upload it again',
    );
  }
  if (has('Workbook') || has('Book')) {
    throw new UnprocessableReportError('unsupported-format', 'the file is an Excel 97-2003 workbook (.xls), not a report; upload the report as .docx or .pdf');
  }
  if (has('PowerPoint Document')) {
    throw new UnprocessableReportError('unsupported-format', 'the file is a PowerPoint 97-2003 presentation (.ppt), not a report; upload the report as .docx or .pdf');
  }
  throw new UnprocessableReportError('unsupported-format', 'the file is an OLE2 (old Microsoft Office) container this service cannot read; save the report as .docx and upload it again');
}
