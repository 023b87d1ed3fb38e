import { crc32, deflateRawSync } from 'node:zlib';

/** One part of a crafted zip: what the local header says, and what the directory says. */
export interface CraftedEntry {
  /** Name in the local header (what JSZip reads the part as). */
  readonly name: string;
  readonly data: Uint8Array;
  /** Name in the central directory; defaults to `name`. */
  readonly centralName?: string;
  /** Uncompressed size written in both headers; defaults to the real size. */
  readonly declaredSize?: number;
  /** Extra field bytes of the central directory record. */
  readonly centralExtra?: Uint8Array;
}

export interface CraftedZipOptions {
  /** Bytes before the first local header (JSZip then shifts every offset). */
  readonly prefix?: Uint8Array;
}

/**
 * A zip written byte by byte, so tests and the attack corpus can make the directory and
 * the local headers disagree the way hostile files do.
 */
export function craftedZip(entries: readonly CraftedEntry[], options: CraftedZipOptions = {}): Uint8Array {
  const prefix = Buffer.from(options.prefix ?? new Uint8Array(0));
  const locals: Buffer[] = [];
  const centrals: Buffer[] = [];
  let offset = 0;
  for (const entry of entries) {
    const compressed = deflateRawSync(entry.data, { level: 9 });
    const localName = Buffer.from(entry.name, 'utf8');
    const centralName = Buffer.from(entry.centralName ?? entry.name, 'utf8');
    const extra = Buffer.from(entry.centralExtra ?? new Uint8Array(0));
    const crc = crc32(entry.data) >>> 0;
    const size = entry.declaredSize ?? entry.data.length;
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4);
    local.writeUInt16LE(0x0800, 6);
    local.writeUInt16LE(8, 8);
    local.writeUInt32LE(crc, 14);
    local.writeUInt32LE(compressed.length, 18);
    local.writeUInt32LE(size, 22);
    local.writeUInt16LE(localName.length, 26);
    const central = Buffer.alloc(46);
    central.writeUInt32LE(0x02014b50, 0);
    central.writeUInt16LE(20, 4);
    central.writeUInt16LE(20, 6);
    central.writeUInt16LE(0x0800, 8);
    central.writeUInt16LE(8, 10);
    central.writeUInt32LE(crc, 16);
    central.writeUInt32LE(compressed.length, 20);
    central.writeUInt32LE(size, 24);
    central.writeUInt16LE(centralName.length, 28);
    central.writeUInt16LE(extra.length, 30);
    central.writeUInt32LE(offset, 42);
    locals.push(local, localName, compressed);
    centrals.push(central, centralName, extra);
    offset += local.length + localName.length + compressed.length;
  }
  const directory = Buffer.concat(centrals);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(entries.length, 8);
  end.writeUInt16LE(entries.length, 10);
  end.writeUInt32LE(directory.length, 12);
  end.writeUInt32LE(offset, 16);
  return new Uint8Array(Buffer.concat([prefix, ...locals, directory, end]));
}

const CONTENT_TYPES =
  '<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">' +
  '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>' +
  '<Default Extension="xml" ContentType="application/xml"/>' +
  '<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>';
const ROOT_RELS =
  '<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">' +
  '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>';

/** The XML of a Word body with these paragraphs. */
export function documentXml(paragraphs: readonly string[]): string {
  const escape = (text: string): string => text.replace(/&/gu, '&amp;').replace(/</gu, '&lt;').replace(/>/gu, '&gt;');
  const body = paragraphs.map((text) => `<w:p><w:r><w:t xml:space="preserve">${escape(text)}</w:t></w:r></w:p>`).join('');
  return (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>' +
    `<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>${body}</w:body></w:document>`
  );
}

/** The package parts of a minimal .docx around `document` (the main part's bytes). */
export function docxParts(document: Uint8Array): CraftedEntry[] {
  return [
    { name: '[Content_Types].xml', data: Buffer.from(CONTENT_TYPES) },
    { name: '_rels/.rels', data: Buffer.from(ROOT_RELS) },
    { name: 'word/document.xml', data: document },
  ];
}
