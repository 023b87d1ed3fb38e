/**
 * Builds tests/fixtures/formats/ from two corpus reports: every format and encoding the
 * decoder reads, plus broken files it must refuse. `manifest.json` tells the tests what each
 * file must decode to (or which reason it must fail with).
 *
 *   node bin/run-ts.cjs scripts/generate-format-fixtures.ts
 */
import { runScript, scriptInvocation } from './script-command';
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { encodeTcvn3 } from '../shared/domain/decode/legacy/tcvn3';
import { encodeVni } from '../shared/domain/decode/legacy/vni';
import { encodeWindows1258 } from '../shared/domain/decode/legacy/windows-1258';
import { seededRandom } from '../shared/seeded-random';
import { craftedZip } from './attack-zip';

export { seededRandom };

const root = path.resolve(__dirname, '..');
export const FORMATS_DIR = path.join(root, 'tests/fixtures/formats');

export interface Source {
  readonly id: 'vi' | 'en';
  readonly corpusFile: string;
  readonly title: string;
  readonly paragraphs: readonly string[];
  readonly table: ReadonlyArray<readonly [string, string]>;
  readonly header: string;
  readonly footer: string;
}

export function loadSources(): Source[] {
  const read = (file: string): string[] =>
    readFileSync(path.join(root, file), 'utf8').split('\n').map((line) => line.trim()).filter(Boolean);
  return [
    {
      id: 'vi',
      corpusFile: 'tests/fixtures/corpus/vi-02-thanh-mien-xay-dung-dang.txt',
      title: 'Thanh Miện sơ kết 3 năm thực hiện Kết luận số 21-KL/TW về xây dựng, chỉnh đốn Đảng',
      paragraphs: read('tests/fixtures/corpus/vi-02-thanh-mien-xay-dung-dang.txt'),
      table: [['Chỉ tiêu', 'Kết quả'], ['Đảng viên mới được kết nạp', '412'], ['Đảng viên bị kỷ luật', '37']],
      header: 'HUYỆN ỦY THANH MIỆN - BẢN TIN NỘI BỘ',
      footer: 'Lưu hành nội bộ - Trang 1',
    },
    {
      id: 'en',
      corpusFile: 'tests/fixtures/corpus/en-02-nam-sach-new-rural-areas.txt',
      title: 'Nam Sach reviews five years of building advanced new-style rural areas',
      paragraphs: read('tests/fixtures/corpus/en-02-nam-sach-new-rural-areas.txt'),
      table: [['Indicator', 'Result'], ['Inter-village and field roads upgraded (km)', '186'], ['Classrooms built', '47']],
      header: 'NAM SACH DISTRICT PARTY COMMITTEE - INTERNAL BULLETIN',
      footer: 'For internal circulation - Page 1',
    },
  ];
}

/** Where the docx puts its table: after this many body paragraphs. */
export const TABLE_AFTER = 3;

export function plainText(source: Source, newline = '\n'): string {
  return source.paragraphs.join(newline) + newline;
}

/** What the decoder must return for the article-shaped variants (title, body, maybe the table). */
export function articleText(source: Source, withTable: boolean): string {
  const body = [...source.paragraphs];
  if (withTable) body.splice(TABLE_AFTER, 0, ...source.table.flat());
  return [source.title, ...body].join('\n');
}

// ---------------------------------------------------------------- text encodings

function utf16(text: string, bigEndian: boolean): Uint8Array {
  const little = Buffer.from(`\ufeff${text}`, 'utf16le');
  if (bigEndian) little.swap16();
  return little;
}

export function textVariants(source: Source): Array<{ suffix: string; bytes: Uint8Array; encoding: string }> {
  const text = plainText(source);
  const variants = [
    { suffix: 'utf8.txt', bytes: Buffer.from(text, 'utf8'), encoding: 'utf-8' },
    { suffix: 'utf8-bom.txt', bytes: Buffer.from(`\ufeff${text}`, 'utf8'), encoding: 'utf-8-bom' },
    { suffix: 'utf16le.txt', bytes: utf16(plainText(source, '\r\n'), false), encoding: 'utf-16le' },
    { suffix: 'utf16be.txt', bytes: utf16(text, true), encoding: 'utf-16be' },
  ];
  // English has no letters outside ASCII: its legacy encodings are byte-identical to UTF-8.
  if (source.id === 'vi') {
    variants.push(
      { suffix: 'windows-1258.txt', bytes: encodeWindows1258(plainText(source, '\r\n')), encoding: 'windows-1258' },
      { suffix: 'tcvn3.txt', bytes: encodeTcvn3(plainText(source, '\r\n')), encoding: 'tcvn3' },
      { suffix: 'vni.txt', bytes: encodeVni(plainText(source, '\r\n')), encoding: 'vni-windows' },
    );
  }
  return variants;
}

// ---------------------------------------------------------------- html

function escapeHtml(text: string): string {
  return text.replace(/&/gu, '&amp;').replace(/</gu, '&lt;').replace(/>/gu, '&gt;').replace(/"/gu, '&quot;');
}

/** Some letters as character references, the way some CMSs write them. */
function withReferences(text: string): string {
  return escapeHtml(text).replace(/Đ/gu, '&#272;').replace(/ư/gu, '&#x1b0;').replace(/ - /gu, ' &#45; ').replace(/'/gu, '&#39;');
}

export function htmlPage(source: Source, charsetMeta: string): string {
  const vi = source.id === 'vi';
  const site = vi ? 'Báo Hải Dương' : 'Hai Duong News';
  const menu = vi ? ['Chính trị', 'Kinh tế', 'Xã hội', 'Văn hóa', 'Thể thao'] : ['Politics', 'Economy', 'Society', 'Culture', 'Sports'];
  const related = vi
    ? ['Gia Lộc tổng kết công tác dân vận năm 2024', 'Hội nghị Ban Chấp hành Đảng bộ tỉnh lần thứ 24']
    : ['Gia Loc reviews mass mobilization work in 2024', 'Provincial Party Committee holds 24th conference'];
  const paragraphs = source.paragraphs.map((paragraph, index) => {
    const p = `      <p>${withReferences(paragraph)}</p>`;
    if (index === 1) return `${p}\n      <!-- ad slot: inline-1 -->\n      <div class="ads-inline"><script>loadAd('inline-1');</script>${vi ? 'Quảng cáo' : 'Advertisement'}</div>`;
    if (index === 2) {
      return `${p}\n      <figure class="image"><img src="/uploads/2024/hoi-nghi.jpg" alt="photo"><figcaption>${vi ? 'Quang cảnh hội nghị' : 'Overview of the conference'}</figcaption></figure>`;
    }
    return p;
  });
  return `<!DOCTYPE html>
<html lang="${source.id}">
<head>
  ${charsetMeta}
  <meta name="viewport" content="width=device-width, initial-scale=1">
  <title>${escapeHtml(source.title)} | ${site}</title>
  <meta property="og:title" content="${escapeHtml(source.title)}">
  <link rel="stylesheet" href="/static/site.css">
  <style>body { font-family: Arial, sans-serif } .main-menu li { display: inline }</style>
  <script>window.dataLayer = window.dataLayer || []; function gtag(){ dataLayer.push(arguments); } gtag('js', new Date());</script>
  <script type="application/ld+json">{"@context": "https://schema.org", "@type": "NewsArticle", "headline": "${escapeHtml(source.title)}"}</script>
</head>
<body>
  <!-- site header -->
  <header class="site-header">
    <div class="logo"><a href="/">${site}</a></div>
    <nav class="main-menu"><ul>${menu.map((item) => `<li><a href="/${encodeURIComponent(item)}">${item}</a></li>`).join('')}</ul></nav>
    <form class="search" action="/search"><input name="q" placeholder="${vi ? 'Tìm kiếm' : 'Search'}"><button>${vi ? 'Tìm' : 'Go'}</button></form>
  </header>
  <div class="breadcrumb"><a href="/">${vi ? 'Trang chủ' : 'Home'}</a> &raquo; <a href="/chinh-tri">${menu[0]}</a></div>
  <div class="container">
    <main>
      <article class="article">
        <header class="article-header">
          <h1 class="article-title">${withReferences(source.title)}</h1>
          <div class="article-meta"><span class="author">PV</span> <time datetime="2024-09-26T10:15">26/09/2024 10:15</time></div>
        </header>
        <div class="share-buttons"><a href="#">Facebook</a> <a href="#">Zalo</a></div>
        <div class="article-content">
${paragraphs.join('\n')}
        </div>
        <div class="tags">${vi ? 'Từ khóa' : 'Tags'}: <a href="/tag/1">${menu[0]}</a></div>
      </article>
      <section class="related-news"><h3>${vi ? 'Tin liên quan' : 'Related news'}</h3><ul>${related.map((item) => `<li><a href="#">${item}</a></li>`).join('')}</ul></section>
      <form class="comment-form"><textarea name="comment"></textarea><button type="submit">${vi ? 'Gửi bình luận' : 'Send'}</button></form>
    </main>
    <aside class="sidebar"><h3>${vi ? 'Đọc nhiều' : 'Most read'}</h3><ol>${related.map((item) => `<li>${item}</li>`).join('')}</ol></aside>
  </div>
  <footer class="site-footer"><p>&copy; 2024 ${site}. ${vi ? 'Giấy phép số 123/GP-BTTTT' : 'License No. 123/GP-BTTTT'}</p></footer>
  <script src="/static/app.js" defer></script>
</body>
</html>
`;
}

// ---------------------------------------------------------------- docx

export async function docxBytes(source: Source): Promise<Uint8Array> {
  const { Document, Footer, Header, HeadingLevel, Packer, Paragraph, Table, TableCell, TableRow, WidthType } = await import('docx');
  const table = new Table({
    width: { size: 100, type: WidthType.PERCENTAGE },
    rows: source.table.map((row) => new TableRow({ children: row.map((cell) => new TableCell({ children: [new Paragraph(cell)] })) })),
  });
  const body: Array<InstanceType<typeof Paragraph> | InstanceType<typeof Table>> = source.paragraphs.map((text) => new Paragraph(text));
  body.splice(TABLE_AFTER, 0, table);
  const document = new Document({
    creator: 'generate-format-fixtures',
    title: source.title,
    sections: [
      {
        headers: { default: new Header({ children: [new Paragraph(source.header)] }) },
        footers: { default: new Footer({ children: [new Paragraph(source.footer)] }) },
        children: [new Paragraph({ text: source.title, heading: HeadingLevel.HEADING_1 }), ...body],
      },
    ],
  });
  return new Uint8Array(await Packer.toBuffer(document));
}

// ---------------------------------------------------------------- pdf

const FONT = path.join(root, 'node_modules/dejavu-fonts-ttf/ttf/DejaVuSans.ttf');
const FIXED_DATE = new Date(Date.UTC(2024, 8, 26));

type PdfDoc = InstanceType<typeof import('pdfkit')>;

async function renderPdf(draw: (doc: PdfDoc) => void, options: Record<string, unknown> = {}): Promise<Uint8Array> {
  const { default: PDFDocument } = await import('pdfkit');
  const doc = new PDFDocument({ size: 'A4', margin: 56, info: { CreationDate: FIXED_DATE, Producer: 'fixtures' }, ...options });
  const chunks: Buffer[] = [];
  doc.on('data', (chunk: Buffer) => chunks.push(chunk));
  const done = new Promise<void>((resolve) => doc.on('end', () => resolve()));
  draw(doc);
  doc.end();
  await done;
  return new Uint8Array(Buffer.concat(chunks));
}

export function pdfBytes(source: Source, options: Record<string, unknown> = {}): Promise<Uint8Array> {
  return renderPdf((doc) => {
    doc.registerFont('body', FONT);
    doc.font('body').fontSize(16).text(source.title, { paragraphGap: 10 });
    doc.fontSize(11);
    for (const paragraph of source.paragraphs) doc.text(paragraph, { paragraphGap: 8, align: 'left' });
  }, options);
}

/** What a scanner produces, as far as text goes: marks on the page and no text layer. */
export function scannedPdfBytes(): Promise<Uint8Array> {
  return renderPdf((doc) => {
    doc.rect(40, 40, 515, 762).fill('#f4f1ea');
    for (let line = 0; line < 40; line++) {
      const y = 90 + line * 17;
      doc.rect(70, y, 380 + ((line * 37) % 90), 7).fill('#555555');
    }
    doc.circle(460, 720, 40).lineWidth(3).stroke('#b22222');
  });
}

// ---------------------------------------------------------------- OLE2 containers

const FREE = 0xffffffff;
const END_OF_CHAIN = 0xfffffffe;
const FAT_SECTOR = 0xfffffffd;

/**
 * A minimal Compound File (version 3, 512-byte sectors): one FAT sector, one directory
 * sector, streams padded to the 4096-byte mini-stream cut-off so none needs a mini FAT.
 */
export function compoundFile(streams: ReadonlyArray<readonly [string, Uint8Array]>): Uint8Array {
  const sector = 512;
  const padded = streams.map(([name, data]) => {
    const size = Math.max(4096, Math.ceil(data.length / sector) * sector);
    const bytes = new Uint8Array(size);
    bytes.set(data);
    return { name, bytes, size: Math.max(4096, data.length), sectors: size / sector };
  });
  const totalSectors = 2 + padded.reduce((sum, stream) => sum + stream.sectors, 0);
  const out = new Uint8Array(sector * (1 + totalSectors));
  const view = new DataView(out.buffer);
  out.set([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);
  view.setUint16(0x18, 0x003e, true);
  view.setUint16(0x1a, 0x0003, true);
  view.setUint16(0x1c, 0xfffe, true);
  view.setUint16(0x1e, 9, true);
  view.setUint16(0x20, 6, true);
  view.setUint32(0x2c, 1, true); // FAT sectors
  view.setUint32(0x30, 1, true); // first directory sector
  view.setUint32(0x38, 4096, true);
  view.setUint32(0x3c, END_OF_CHAIN, true);
  view.setUint32(0x44, END_OF_CHAIN, true);
  for (let i = 0; i < 109; i++) view.setUint32(0x4c + i * 4, i === 0 ? 0 : FREE, true);
  const fat = new Array<number>(128).fill(FREE);
  fat[0] = FAT_SECTOR;
  fat[1] = END_OF_CHAIN;
  let next = 2;
  const starts: number[] = [];
  for (const stream of padded) {
    starts.push(next);
    for (let i = 0; i < stream.sectors; i++) fat[next + i] = i === stream.sectors - 1 ? END_OF_CHAIN : next + i + 1;
    out.set(stream.bytes, sector * (1 + next));
    next += stream.sectors;
  }
  fat.forEach((value, index) => view.setUint32(sector + index * 4, value, true));
  const entry = (index: number, name: string, type: number, child: number, right: number, start: number, size: number): void => {
    const at = sector * 2 + index * 128;
    for (let c = 0; c < name.length; c++) view.setUint16(at + c * 2, name.charCodeAt(c), true);
    view.setUint16(at + 0x40, (name.length + 1) * 2, true);
    out[at + 0x42] = type;
    out[at + 0x43] = 1; // black
    view.setUint32(at + 0x44, FREE, true);
    view.setUint32(at + 0x48, right, true);
    view.setUint32(at + 0x4c, child, true);
    view.setUint32(at + 0x74, start, true);
    view.setUint32(at + 0x78, size, true);
  };
  entry(0, 'Root Entry', 5, padded.length ? 1 : FREE, FREE, END_OF_CHAIN, 0);
  padded.forEach((stream, index) => {
    entry(index + 1, stream.name, 2, FREE, index + 1 < padded.length ? index + 2 : FREE, starts[index] as number, stream.size);
  });
  return out;
}

export function encryptedOfficeBytes(random: () => number): Uint8Array {
  const info = Buffer.concat([
    Buffer.from([0x04, 0x00, 0x04, 0x00, 0x40, 0x00, 0x00, 0x00]),
    Buffer.from('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\r\n<encryption xmlns="http://schemas.microsoft.com/office/2006/encryption"><keyData saltSize="16" blockSize="16" keyBits="256" hashSize="64" cipherAlgorithm="AES" cipherChaining="ChainingModeCBC" hashAlgorithm="SHA512"/></encryption>'),
  ]);
  const payload = new Uint8Array(4096);
  new DataView(payload.buffer).setUint32(0, 10_000, true);
  for (let i = 8; i < payload.length; i++) payload[i] = Math.floor(random() * 256);
  return compoundFile([
    ['EncryptionInfo', info],
    ['EncryptedPackage', payload],
  ]);
}

export function legacyDocBytes(): Uint8Array {
  const word = new Uint8Array(4096);
  const view = new DataView(word.buffer);
  view.setUint16(0, 0xa5ec, true); // FIB identifier
  view.setUint16(2, 0x00c1, true); // Word 97
  return compoundFile([
    ['WordDocument', word],
    ['1Table', new Uint8Array(4096)],
  ]);
}

// ---------------------------------------------------------------- damaged zips

/** Sets the declared uncompressed size of one entry, in the central directory only. */
export function withDeclaredSize(docx: Uint8Array, entryName: string, size: number): Uint8Array {
  const out = new Uint8Array(docx);
  const view = new DataView(out.buffer);
  for (let at = 0; at + 46 <= out.length; at++) {
    if (view.getUint32(at, true) !== 0x02014b50) continue;
    const nameLength = view.getUint16(at + 28, true);
    const name = Buffer.from(out.subarray(at + 46, at + 46 + nameLength)).toString('utf8');
    if (name === entryName) {
      view.setUint32(at + 24, size, true);
      return out;
    }
  }
  throw new Error(`${entryName} not found`);
}

/** A zip of the given parts, written by hand so a test can make it as large as it likes. */
export function zipWith(entries: ReadonlyArray<readonly [string, Uint8Array]>): Uint8Array {
  return craftedZip(entries.map(([name, data]) => ({ name, data })));
}

// ---------------------------------------------------------------- manifest and main


export type ManifestEntry =
  | {
      readonly file: string;
      readonly format: string;
      readonly encoding: string;
      /** `exact`: same text; `words`: same word sequence (pdf); `case-folded`: TCVN3 cannot store toned capitals. */
      readonly compare: 'exact' | 'words' | 'case-folded';
      readonly expected: string;
    }
  | { readonly file: string; readonly reason: string };

export async function buildFixtures(): Promise<Map<string, { bytes: Uint8Array; entry: ManifestEntry }>> {
  const files = new Map<string, { bytes: Uint8Array; entry: ManifestEntry }>();
  const good = (file: string, bytes: Uint8Array, format: string, encoding: string, expected: string, compare: 'exact' | 'words' | 'case-folded' = 'exact'): void => {
    files.set(file, { bytes, entry: { file, format, encoding, compare, expected } });
  };
  const bad = (file: string, bytes: Uint8Array, reason: string): void => {
    files.set(file, { bytes, entry: { file, reason } });
  };
  const random = seededRandom(20240926);
  let viDocx: Uint8Array | undefined;
  let viPdf: Uint8Array | undefined;
  for (const source of loadSources()) {
    const text = source.paragraphs.join('\n');
    for (const variant of textVariants(source)) {
      good(`${source.id}.${variant.suffix}`, variant.bytes, 'txt', variant.encoding, text, variant.encoding === 'tcvn3' ? 'case-folded' : 'exact');
    }
    good(`${source.id}.html`, Buffer.from(htmlPage(source, '<meta charset="utf-8">'), 'utf8'), 'html', 'utf-8', articleText(source, false));
    const docx = await docxBytes(source);
    good(`${source.id}.docx`, docx, 'docx', 'utf-8', articleText(source, true));
    const pdf = await pdfBytes(source);
    good(`${source.id}.pdf`, pdf, 'pdf', 'n/a', articleText(source, false), 'words');
    if (source.id === 'vi') {
      viDocx = docx;
      viPdf = pdf;
      const page = htmlPage(source, '<meta http-equiv="Content-Type" content="text/html; charset=windows-1258">');
      good('vi.windows-1258.html', encodeWindows1258(page), 'html', 'windows-1258', articleText(source, false));
    }
  }
  if (!viDocx || !viPdf) throw new Error('the Vietnamese source is missing');
  bad('empty.txt', new Uint8Array(0), 'empty');
  bad('truncated.docx', viDocx.subarray(0, Math.floor(viDocx.length * 0.6)), 'corrupt-docx');
  const junk = Uint8Array.from({ length: 3000 }, () => Math.floor(random() * 256));
  bad('corrupt.pdf', new Uint8Array(Buffer.concat([Buffer.from('%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj\n<< /Type /Catalog /Pages 2 0 R >>\n', 'latin1'), junk])), 'corrupt-pdf');
  bad('password-protected.docx', encryptedOfficeBytes(random), 'password-protected');
  bad('legacy-word-97.doc', legacyDocBytes(), 'unsupported-format');
  bad('zip-bomb.docx', withDeclaredSize(viDocx, 'word/document.xml', 0xfff00000), 'decompressed-too-large');
  bad('scanned.pdf', await scannedPdfBytes(), 'unsupported: no text layer');
  bad('password-protected.pdf', await pdfBytes(loadSources()[1] as Source, { userPassword: 'secret', ownerPassword: 'owner', pdfVersion: '1.7' }), 'password-protected');
  bad('random.bin', Uint8Array.from({ length: 4096 }, () => Math.floor(random() * 256)), 'unsupported-format');
  return files;
}

async function main(): Promise<number> {
  const files = await buildFixtures();
  rmSync(FORMATS_DIR, { recursive: true, force: true });
  mkdirSync(FORMATS_DIR, { recursive: true });
  let total = 0;
  for (const [file, { bytes }] of files) {
    writeFileSync(path.join(FORMATS_DIR, file), bytes);
    total += bytes.length;
  }
  const manifest = [...files.values()].map(({ entry }) => entry);
  writeFileSync(path.join(FORMATS_DIR, 'manifest.json'), `${JSON.stringify(manifest, null, 2)}\n`);
  console.log(`wrote ${files.size} fixtures (${total} bytes) and manifest.json to ${path.relative(root, FORMATS_DIR)}`);
  return 0;
}

if (process.argv[1] && path.resolve(process.argv[1]) === path.resolve(__filename)) {
  runScript(__filename, {
    usage: scriptInvocation(__filename),
    description: 'Rebuilds tests/fixtures/formats/ from two corpus reports: every format and encoding the decoder reads (txt in several encodings, md, html, docx, pdf) and broken files it must refuse, with manifest.json saying what each must decode to or why it must fail. Replaces the directory.',
    options: {},
    positionals: false,
    examples: [scriptInvocation(__filename)],
    run: main,
  });
}
