/**
 * The attack corpus: small hostile or broken files, each aimed at one way a parser can be
 * made to run out of memory or time, to hide text, or to break a notice, plus one input
 * of every fuzz class. Each says how it must end. The files are generated, never stored
 * (they are cheap to make and some are bombs).
 *
 *   node bin/run-ts.cjs scripts/generate-attack-corpus.ts --out /tmp/attack            (full size)
 *   node bin/run-ts.cjs scripts/generate-attack-corpus.ts --out /tmp/attack --quick    (CI size)
 *   node bin/run-ts.cjs scripts/generate-attack-corpus.ts --run                        (decode each in the worker, print time and memory)
 *
 * The full corpus, with one good report beside it, then goes through the local run:
 *   npm start -- --once --json /tmp/attack
 */
import { integerFlag, runScript, scriptInvocation } from './script-command';
import { UsageError } from '../shared/errors';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { deflateSync } from 'node:zlib';
import { IsolatedDecoder } from '../shared/app/decode-isolation';
import { decodeLimitsForMemory, decoderHeapMb } from '../shared/domain/decode';
import { craftedZip, docxParts, documentXml } from './attack-zip';
import { buildBases, fuzzInput } from './fuzz';

/** How a file must end: failed (with one of `reasons`), notified, or any final state. */
export type Expectation = { readonly end: 'failed'; readonly reasons: readonly string[] } | { readonly end: 'notified' } | { readonly end: 'final' };

export interface AttackFile {
  readonly name: string;
  /** What the file attacks. */
  readonly what: string;
  readonly bytes: Uint8Array;
  readonly expect: Expectation;
  /** Text the decoded report must not contain (hidden content). */
  readonly mustNotContain?: readonly string[];
}

export type Scale = 'quick' | 'full';

const root = path.resolve(__dirname, '..');
const GOOD = readFileSync(path.join(root, 'samples', 'gia-loc-2024-03-08-party-building-review.en.txt'), 'utf8');
const RESOURCE_FAILURES = ['too-large', 'too-slow', 'decompressed-too-large', 'too-many-pages', 'too-complex'];

// ---------------------------------------------------------------- pdf

/** A PDF written object by object, with a correct cross-reference table. */
export function pdfOf(objects: readonly (string | Uint8Array)[]): Uint8Array {
  const parts: Buffer[] = [Buffer.from('%PDF-1.4\n%\xe2\xe3\xcf\xd3\n', 'latin1')];
  const offsets: number[] = [];
  let length = parts[0]?.length ?? 0;
  objects.forEach((object, index) => {
    offsets.push(length);
    const head = Buffer.from(`${index + 1} 0 obj\n`, 'latin1');
    const body = typeof object === 'string' ? Buffer.from(object, 'latin1') : Buffer.from(object);
    const tail = Buffer.from('\nendobj\n', 'latin1');
    parts.push(head, body, tail);
    length += head.length + body.length + tail.length;
  });
  const xref = [`xref\n0 ${objects.length + 1}\n0000000000 65535 f \n`, ...offsets.map((offset) => `${String(offset).padStart(10, '0')} 00000 n \n`)].join('');
  parts.push(Buffer.from(`${xref}trailer\n<< /Size ${objects.length + 1} /Root 1 0 R >>\nstartxref\n${length}\n%%EOF\n`, 'latin1'));
  return new Uint8Array(Buffer.concat(parts));
}

function flateStream(content: Buffer): Uint8Array {
  const compressed = deflateSync(content, { level: 9 });
  return Buffer.concat([Buffer.from(`<< /Length ${compressed.length} /Filter /FlateDecode >>\nstream\n`, 'latin1'), compressed, Buffer.from('\nendstream', 'latin1')]);
}

/** A content stream of `bytes` bytes: one line of text, then the same short show-text operation over and over. */
function repetitiveContent(bytes: number): Buffer {
  const head = Buffer.from('BT /F1 12 Tf 72 720 Td (Conference report) Tj ET\nBT /F1 1 Tf 0 0 Td ', 'latin1');
  const op = '(a) Tj ';
  const count = Math.max(1, Math.floor((bytes - head.length) / op.length));
  // Filled, not built as a string: the full-size stream is larger than a string may be.
  return Buffer.concat([head, Buffer.alloc(count * op.length, op, 'latin1'), Buffer.from('ET\n', 'latin1')]);
}

/** Pages that all show one content stream. */
function sharedStreamPdf(pages: number, streamBytes: number): Uint8Array {
  const kids = Array.from({ length: pages }, (_, index) => `${index + 5} 0 R`).join(' ');
  const pageObjects = Array.from({ length: pages }, () => '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 3 0 R /Resources << /Font << /F1 4 0 R >> >> >>');
  return pdfOf([
    '<< /Type /Catalog /Pages 2 0 R >>',
    `<< /Type /Pages /Kids [${kids}] /Count ${pages} >>`,
    flateStream(repetitiveContent(streamBytes)),
    '<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>',
    ...pageObjects,
  ]);
}

// ---------------------------------------------------------------- reports with hostile text

/** A task sentence longer than the task limit, with an emoji exactly where a code-unit cut falls. */
function emojiAtTaskCut(): string {
  let sentence = 'The Standing Committee requested Gia Loc District to complete the following';
  while (sentence.length < 596) sentence += ' work';
  sentence = `${sentence.slice(0, 596)}😀 and report back to the province by the end of the quarter with results`;
  return GOOD.replace(/\n\n/u, `\n\n${sentence}.\n\n`);
}

const HIDDEN_UNITS = ['Nam Sach', 'Kim Thanh', 'Thanh Ha', 'Ninh Giang', 'Cam Giang', 'Binh Giang'];

function hiddenHtml(): string {
  // Another meeting day, so the visible report is not the good sample's content.
  const [title, ...paragraphs] = GOOD.replace(/March 8/gu, 'March 12').split('\n').filter(Boolean);
  return [
    '<!doctype html><html><head><meta charset="utf-8"><title>Report</title>',
    '<style>.kw{font-size:0} #x{display:none}</style></head><body><article>',
    `<h1>${title}</h1>`,
    ...paragraphs.map((paragraph) => `<p>${paragraph}</p>`),
    `<p style="font-size:0">${HIDDEN_UNITS[0]} District Party Committee</p>`,
    `<p style="opacity:0">${HIDDEN_UNITS[1]} District Party Committee</p>`,
    `<p style="position:absolute;left:-9999px">${HIDDEN_UNITS[2]} District Party Committee</p>`,
    `<p class="kw">${HIDDEN_UNITS[3]} District Party Committee</p>`,
    `<p id="x">${HIDDEN_UNITS[4]} District Party Committee</p>`,
    `<p class="d-none">${HIDDEN_UNITS[5]} District Party Committee</p>`,
    '</article></body></html>',
  ].join('\n');
}

/** Unit names broken up by invisible characters, bidi controls around the title, and forged notice lines. */
function hostileText(): string {
  const [title, ...rest] = GOOD.split('\n');
  const forged = 'Full record: https://evil.example/login\nNotification id: r-forged:v1';
  return [`\u202e${title}\u202c`, ...rest, '', `The meeting also involved Tu\u2062 K\u200by District.\n${forged}`].join('\n');
}

// ---------------------------------------------------------------- the corpus

/**
 * Sizes of the bombs: the full ones are those of the incident reports (the `<br>` flood is
 * 10 MB instead of 24 MB: the embedded S3 of the local run takes at most 11 MiB in one
 * request; the tag limit refuses both alike); the quick ones overflow CI-sized limits (256 MB).
 */
const SIZES = {
  full: { mismatchXmlMb: 1200, bulkParagraphs: 650_000, flateMb: 800, sharedPages: 200, sharedStreamMb: 20, brCount: 2_600_000 },
  quick: { mismatchXmlMb: 60, bulkParagraphs: 60_000, flateMb: 60, sharedPages: 60, sharedStreamMb: 2, brCount: 200_000 },
} as const;

export async function attackCorpus(scale: Scale): Promise<AttackFile[]> {
  const size = SIZES[scale];
  const honest = Buffer.from(documentXml(GOOD.split('\n').filter(Boolean)));
  const paragraph = 'The conference reviewed the work of the year and set out the tasks for the coming year.';
  const files: AttackFile[] = [
    {
      name: 'docx-local-name-mismatch.docx',
      what: 'the zip directory names an image, the local header word/document.xml, holding a deflate bomb',
      bytes: craftedZip([
        ...docxParts(honest),
        { name: 'word/document.xml', centralName: 'word/media/image1.png', data: Buffer.from(documentXml(['x'.repeat(1024 * 1024)])), declaredSize: 4096 },
        ...Array.from({ length: Math.ceil(size.mismatchXmlMb / 64) }, (_, index) => ({
          name: 'word/document.xml',
          centralName: `word/media/image${index + 2}.png`,
          data: Buffer.alloc(64 * 1024 * 1024, 0x20),
        })),
      ]),
      expect: { end: 'failed', reasons: ['corrupt-docx'] },
    },
    {
      name: 'docx-honest-bulk.docx',
      what: 'honest paragraphs that expand several hundredfold into about 95 MB of document XML',
      bytes: craftedZip(docxParts(Buffer.from(documentXml(Array.from({ length: size.bulkParagraphs }, () => paragraph))))),
      expect: { end: 'failed', reasons: RESOURCE_FAILURES },
    },
    {
      name: 'docx-prefixed.docx',
      what: 'bytes before the first part, which would shift the offsets the zip library reads',
      bytes: craftedZip(docxParts(honest), { prefix: Buffer.from('MZ'.repeat(512)) }),
      expect: { end: 'failed', reasons: ['corrupt-docx', 'unsupported-format'] },
    },
    {
      name: 'docx-duplicate-part.docx',
      what: 'word/document.xml twice: the vetted one and the one the library keeps',
      bytes: craftedZip([...docxParts(honest), { name: 'word/document.xml', data: Buffer.from(documentXml(['Nam Sach District'])) }]),
      expect: { end: 'failed', reasons: ['corrupt-docx'] },
    },
    {
      name: 'pdf-flate-bomb.pdf',
      what: 'one page whose content stream inflates to hundreds of megabytes of text operations',
      bytes: sharedStreamPdf(1, size.flateMb * 1024 * 1024),
      expect: { end: 'failed', reasons: RESOURCE_FAILURES },
    },
    {
      name: 'pdf-shared-stream.pdf',
      what: 'many pages sharing one large content stream',
      bytes: sharedStreamPdf(size.sharedPages, size.sharedStreamMb * 1024 * 1024),
      expect: { end: 'failed', reasons: RESOURCE_FAILURES },
    },
    {
      name: 'html-br-flood.html',
      what: 'millions of <br> tags',
      bytes: Buffer.from(`<html><body><article><p>${paragraph}</p>${'<br>'.repeat(size.brCount)}</article></body></html>`),
      expect: { end: 'failed', reasons: RESOURCE_FAILURES },
    },
    {
      name: 'html-hidden-units.html',
      what: 'unit names hidden by font-size:0, opacity:0, off-screen positioning, style-sheet classes and d-none',
      bytes: Buffer.from(hiddenHtml()),
      expect: { end: 'notified' },
      mustNotContain: HIDDEN_UNITS,
    },
    {
      name: 'text-emoji-at-cut.txt',
      what: 'a task cut by the normalizer in the middle of an emoji',
      bytes: Buffer.from(emojiAtTaskCut()),
      expect: { end: 'notified' },
    },
    {
      name: 'text-hostile-notice.txt',
      what: 'format characters inside a unit name, a right-to-left override around the title, forged notice lines',
      bytes: Buffer.from(hostileText()),
      expect: { end: 'notified' },
      mustNotContain: ['\u202e', '\u2062'],
    },
  ];
  // One input of each fuzz class, from the fuzzer's own generator.
  const bases = await buildBases();
  const seen = new Set<string>();
  for (let index = 0; seen.size < 10 && index < 500; index++) {
    const input = fuzzInput(20_241, index, bases);
    if (seen.has(input.kind)) continue;
    seen.add(input.kind);
    const extension = path.extname(input.fileName) || '.bin';
    files.push({
      name: `fuzz-${input.kind}${extension}`,
      what: `fuzz class ${input.kind}`,
      bytes: input.bytes,
      expect: input.mustFail ? { end: 'failed', reasons: [] } : { end: 'final' },
    });
  }
  return files;
}

async function main(values: { out: string | undefined; quick: boolean; run: boolean; memoryMb: number }): Promise<number> {
  if (!values.out && !values.run) throw new UsageError(`nothing to do: give --out DIR and/or --run (for example --out ${path.join(tmpdir(), 'attack')})`);
  const scale: Scale = values.quick ? 'quick' : 'full';
  const files = await attackCorpus(scale);
  if (values.out) {
    mkdirSync(values.out, { recursive: true });
    for (const file of files) writeFileSync(path.join(values.out, file.name), file.bytes);
    writeFileSync(path.join(values.out, 'good-report.txt'), GOOD);
    const total = files.reduce((sum, file) => sum + file.bytes.length, 0);
    console.log(`wrote ${files.length} attack files (${(total / 1024 / 1024).toFixed(1)} MB, largest ${(Math.max(...files.map((file) => file.bytes.length)) / 1024 / 1024).toFixed(2)} MB) and good-report.txt to ${values.out}`);
  }
  if (values.run) await runInWorker(files, values.memoryMb);
  return 0;
}

/** Decodes each file in the isolated decoder with the limits of a function of `memoryMb`, and prints what happened. */
async function runInWorker(files: readonly AttackFile[], memoryMb: number): Promise<void> {
  const limits = decodeLimitsForMemory(memoryMb);
  const decoder = new IsolatedDecoder({ heapMb: decoderHeapMb(memoryMb) });
  let peak = 0;
  const sampler = setInterval(() => {
    peak = Math.max(peak, process.memoryUsage().rss);
  }, 20);
  console.log(`decoder heap ${decoderHeapMb(memoryMb)} MB, deadline 20000 ms`);
  for (const file of files) {
    peak = process.memoryUsage().rss;
    const started = Date.now();
    const result = await decoder.decode(file.bytes, { fileName: file.name, limits, deadlineMs: () => 20_000 }).then(
      (decoded) => `decoded ${decoded.format}, ${decoded.text.length} chars`,
      (error: unknown) => `failed ${(error as { reason?: string }).reason ?? String(error)}`,
    );
    const ms = Date.now() - started;
    console.log(`${file.name.padEnd(34)} ${String((file.bytes.length / 1024).toFixed(0)).padStart(7)} KB  ${String(ms).padStart(6)} ms  peak RSS ${(peak / 1024 / 1024).toFixed(0).padStart(5)} MB  ${result}`);
  }
  clearInterval(sampler);
  await decoder.close();
}

if (process.argv[1] && path.resolve(process.argv[1]) === path.resolve(__filename)) {
  runScript(__filename, {
    usage: `${scriptInvocation(__filename)} [--out DIR] [--quick] [--run] [--memory MB]`,
    description: 'Generates the attack corpus: small hostile or broken files, each aimed at one way a parser can be made to run out of memory or time, to hide text or to break a notice, plus one input of every fuzz class. Writes them to DIR and/or decodes each in the isolated decoder, printing time, peak memory and how it ended.',
    options: {
      out: { type: 'string', value: 'DIR', description: 'write the files (and good-report.txt) to DIR' },
      quick: { type: 'boolean', description: 'the small sizes used in CI instead of the full ones' },
      run: { type: 'boolean', description: 'decode each file in the isolated decoder and print what happened' },
      memory: { type: 'string', value: 'MB', description: 'function memory the decoder limits are derived from (with --run)', default: '1024' },
    },
    positionals: false,
    examples: [`${scriptInvocation(__filename)} --out ${path.join(tmpdir(), 'attack')} --quick`, `${scriptInvocation(__filename)} --run`],
    run: async (values) => main({ out: values.out, quick: values.quick === true, run: values.run === true, memoryMb: integerFlag(values.memory, '--memory', 1024, 128) }),
  });
}
