/**
 * Seeded fuzzing of the decoder and normalizer: random bytes, valid reports of every
 * format built in memory from the corpus and then truncated, bit-flipped and spliced,
 * mixed encodings, multi-megabyte lines, deeply nested HTML and malformed zips.
 * Every input must end as a schema-valid record or an UnprocessableReportError with a
 * reason, within a second.
 *
 *   node bin/run-ts.cjs scripts/fuzz.ts --runs 10000 --seed 12345
 *   node bin/run-ts.cjs scripts/fuzz.ts --seed 12345 --only 4711     (replay one input)
 */
import { integerFlag, runScript, scriptInvocation } from './script-command';
import path from 'node:path';
import { loadProvinceConfig } from '../shared/config/province-config';
import { decodeDocument } from '../shared/domain/decode';
import { encodeTcvn3 } from '../shared/domain/decode/legacy/tcvn3';
import { encodeWindows1258 } from '../shared/domain/decode/legacy/windows-1258';
import { normalizeReport } from '../shared/domain/normalizer';
import { normalizedReportSchema } from '../shared/domain/record';
import { UnprocessableReportError } from '../shared/errors';
import {
  docxBytes,
  htmlPage,
  loadSources,
  pdfBytes,
  seededRandom,
  textVariants,
  withDeclaredSize,
  zipWith,
  type Source,
} from './generate-format-fixtures';

/** Longest an input may take through decode and normalize. */
export const INPUT_BUDGET_MS = 1000;
/** An input still running after this is reported as a hang rather than waited for. */
const HANG_MS = 10_000;

export interface Base {
  readonly name: string;
  readonly fileName: string;
  readonly bytes: Uint8Array;
}

export interface FuzzInput {
  readonly index: number;
  readonly kind: string;
  readonly fileName: string;
  readonly bytes: Uint8Array;
  /** True when no reading of the bytes can be a report. */
  readonly mustFail: boolean;
}

export type FuzzOutcome = { readonly status: 'parsed'; readonly reportId: string } | { readonly status: 'failed'; readonly reason: string; readonly detail: string };

/** Valid documents of every format the decoder reads, from the corpus, built in memory. */
export async function buildBases(): Promise<Base[]> {
  const bases: Base[] = [];
  for (const source of loadSources() as Source[]) {
    for (const variant of textVariants(source)) bases.push({ name: `${source.id}.${variant.suffix}`, fileName: `report.${variant.suffix.split('.').pop() ?? 'txt'}`, bytes: variant.bytes });
    bases.push({ name: `${source.id}.html`, fileName: 'report.html', bytes: Buffer.from(htmlPage(source, '<meta charset="utf-8">'), 'utf8') });
    bases.push({ name: `${source.id}.md`, fileName: 'report.md', bytes: Buffer.from(`# ${source.title}\n\n${source.paragraphs.join('\n\n')}\n`, 'utf8') });
    bases.push({ name: `${source.id}.docx`, fileName: 'report.docx', bytes: await docxBytes(source) });
    bases.push({ name: `${source.id}.pdf`, fileName: 'report.pdf', bytes: await pdfBytes(source) });
  }
  return bases;
}

const PREFIXES = ['', 'PK\x03\x04', '%PDF-1.7\n', '\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1', '<!DOCTYPE html><html>', '\xef\xbb\xbf', '\xff\xfe', '\xfe\xff', '<p>', '# '].map(
  (prefix) => Buffer.from(prefix, 'latin1'),
);

const KINDS = ['random', 'valid', 'truncated', 'flipped', 'spliced', 'mixed-encoding', 'nested-html', 'malformed-zip', 'empty', 'huge-line'] as const;
/** Relative frequency of each kind; huge lines are rare because each is megabytes. */
const WEIGHTS: Record<(typeof KINDS)[number], number> = {
  random: 20,
  valid: 5,
  truncated: 20,
  flipped: 20,
  spliced: 10,
  'mixed-encoding': 8,
  'nested-html': 5,
  'malformed-zip': 8,
  empty: 1,
  'huge-line': 0.3,
};

/**
 * The `index`-th input of a run: each input draws from its own generator seeded by
 * (seed, index), so one input can be rebuilt without the ones before it.
 */
export function fuzzInput(seed: number, index: number, bases: readonly Base[]): FuzzInput {
  const random = seededRandom((seed ^ Math.imul(index + 1, 0x9e3779b1)) >>> 0);
  const int = (below: number) => Math.floor(random() * below);
  const bytesOf = (length: number) => Uint8Array.from({ length }, () => int(256));
  const pick = <T>(items: readonly T[]): T => items[int(items.length)] as T;
  const total = Object.values(WEIGHTS).reduce((sum, weight) => sum + weight, 0);
  let draw = random() * total;
  let kind: (typeof KINDS)[number] = 'random';
  for (const candidate of KINDS) {
    draw -= WEIGHTS[candidate];
    if (draw < 0) {
      kind = candidate;
      break;
    }
  }
  const base = pick(bases);
  const make = (bytes: Uint8Array, fileName = base.fileName, mustFail = false): FuzzInput => ({ index, kind, fileName, bytes, mustFail });
  switch (kind) {
    case 'random':
      return make(new Uint8Array(Buffer.concat([pick(PREFIXES), bytesOf(int(4096))])), pick(['upload', 'a.txt', 'a.docx', 'a.pdf', 'a.html']));
    case 'valid':
      return make(base.bytes);
    case 'truncated':
      return make(base.bytes.subarray(0, int(base.bytes.length)));
    case 'flipped': {
      const bytes = new Uint8Array(base.bytes);
      for (let flips = 1 + int(30); flips > 0; flips--) {
        const at = int(bytes.length);
        bytes[at] = (bytes[at] ?? 0) ^ (1 << int(8));
      }
      return make(bytes);
    }
    case 'spliced': {
      const other = pick(bases);
      const at = int(base.bytes.length);
      return make(new Uint8Array(Buffer.concat([base.bytes.subarray(0, at), other.bytes.subarray(int(other.bytes.length))])));
    }
    case 'mixed-encoding': {
      const text = 'Sáng 26/9, Ban Thường vụ Huyện ủy Thanh Miện tổ chức hội nghị sơ kết. On March 14, 2024, Nam Sach held a conference.\n';
      const parts = [
        Buffer.from(text, 'utf8'),
        Buffer.from(encodeWindows1258(text)),
        Buffer.from(encodeTcvn3(text)),
        Buffer.from(text, 'utf16le'),
        Buffer.from(text, 'latin1'),
      ];
      const chosen = Array.from({ length: 2 + int(6) }, () => pick(parts));
      return make(new Uint8Array(Buffer.concat(chosen)), pick(['a.txt', 'a.md', 'upload', 'a.html']));
    }
    case 'nested-html': {
      const depth = 500 + int(60_000);
      const tag = pick(['div', 'span', 'table><tr><td', 'ul><li', 'b']);
      const open = `<${tag}>`.repeat(depth);
      const body = int(2) ? 'Hội nghị tổng kết công tác năm 2024 của huyện Gia Lộc.' : '';
      return make(Buffer.from(`<!DOCTYPE html><html><body>${open}${body}</body></html>`, 'utf8'), 'page.html');
    }
    case 'malformed-zip': {
      const xml = Buffer.from('<?xml version="1.0"?><w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body><w:p><w:r><w:t>', 'utf8');
      const variant = int(5);
      if (variant === 0) return make(zipWith([['[Content_Types].xml', Buffer.from('<Types/>')]]), 'a.docx', true);
      if (variant === 1) return make(zipWith([['word/document.xml', new Uint8Array(Buffer.concat([xml, bytesOf(int(512))]))]]), 'a.docx');
      const docx = bases.find((candidate) => candidate.fileName === 'report.docx')?.bytes ?? base.bytes;
      if (variant === 2) return make(withDeclaredSize(docx, 'word/document.xml', 0x7ff00000 + int(0xfffff)), 'a.docx');
      if (variant === 3) return make(docx.subarray(0, docx.length - 1 - int(200)), 'a.docx');
      return make(new Uint8Array(Buffer.concat([Buffer.from('PK\x05\x06', 'latin1'), bytesOf(18 + int(64))])), 'a.docx');
    }
    case 'empty':
      return make(new Uint8Array(0), pick(['a.txt', 'a.docx', 'a.pdf']), true);
    case 'huge-line': {
      const megabytes = 1 + int(3);
      const unit = int(2) ? 'Hội nghị tổng kết công tác Đảng năm 2024 tại huyện Gia Lộc. ' : 'a'.repeat(60);
      return make(Buffer.from(unit.repeat(Math.ceil((megabytes * 1024 * 1024) / unit.length)), 'utf8'), 'huge.txt');
    }
  }
}

const config = loadProvinceConfig();

/** Decode and normalize as the parser does; anything but a refusal with a reason escapes. */
export async function processInput(input: FuzzInput): Promise<FuzzOutcome> {
  try {
    const decoded = await decodeDocument(input.bytes, { fileName: input.fileName });
    const record = normalizeReport(decoded.text, { referenceDate: '2024-06-01', config });
    const checked = normalizedReportSchema.safeParse(record);
    if (!checked.success) return { status: 'failed', reason: 'invalid-record', detail: checked.error.issues.map((issue) => issue.message).join('; ') };
    return { status: 'parsed', reportId: checked.data.reportId };
  } catch (error) {
    if (error instanceof UnprocessableReportError) return { status: 'failed', reason: error.reason, detail: error.detail };
    throw error;
  }
}

export interface FuzzResult {
  readonly seed: number;
  readonly runs: number;
  readonly byKind: Record<string, { parsed: number; failed: number }>;
  readonly reasons: Record<string, number>;
  readonly slowest: { index: number; kind: string; ms: number; bytes: number };
  readonly problems: { index: number; kind: string; problem: string }[];
}

/** Runs inputs `from`..`from+runs-1`; problems are collected, not thrown, so one run reports them all. */
export async function runFuzz(options: {
  seed: number;
  runs: number;
  from?: number;
  bases?: readonly Base[];
  onInput?: (input: FuzzInput, outcome: FuzzOutcome) => Promise<void> | void;
}): Promise<FuzzResult> {
  const bases = options.bases ?? (await buildBases());
  const byKind: FuzzResult['byKind'] = {};
  const reasons: Record<string, number> = {};
  const problems: FuzzResult['problems'] = [];
  let slowest = { index: -1, kind: '', ms: 0, bytes: 0 };
  const from = options.from ?? 0;
  for (let index = from; index < from + options.runs; index++) {
    const input = fuzzInput(options.seed, index, bases);
    const started = performance.now();
    let timer: NodeJS.Timeout | undefined;
    const hang = new Promise<never>((_, reject) => {
      timer = setTimeout(() => reject(new Error(`no result after ${HANG_MS} ms`)), HANG_MS);
    });
    let outcome: FuzzOutcome;
    try {
      outcome = await Promise.race([processInput(input), hang]);
    } catch (error) {
      problems.push({ index, kind: input.kind, problem: `${error instanceof Error ? `${error.name}: ${error.message}` : String(error)}` });
      continue;
    } finally {
      clearTimeout(timer);
    }
    const ms = performance.now() - started;
    if (ms > slowest.ms) slowest = { index, kind: input.kind, ms: Math.round(ms), bytes: input.bytes.byteLength };
    if (ms > INPUT_BUDGET_MS) problems.push({ index, kind: input.kind, problem: `took ${Math.round(ms)} ms` });
    const tally = (byKind[input.kind] ??= { parsed: 0, failed: 0 });
    tally[outcome.status] += 1;
    if (outcome.status === 'failed') {
      reasons[outcome.reason] = (reasons[outcome.reason] ?? 0) + 1;
      if (!outcome.reason) problems.push({ index, kind: input.kind, problem: 'failed without a reason' });
    } else if (input.mustFail) {
      problems.push({ index, kind: input.kind, problem: 'an input that cannot be a report was parsed' });
    }
    await options.onInput?.(input, outcome);
  }
  return { seed: options.seed, runs: options.runs, byKind, reasons, slowest, problems };
}

async function main(seed: number, runs: number, only: number | null): Promise<number> {
  console.log(`fuzz: seed ${seed}, ${runs} input(s)${only === null ? '' : ` (input ${only})`}`);
  const started = Date.now();
  let done = 0;
  const progress = (): void => {
    done++;
    if (done % 1000 === 0 && done < runs) process.stderr.write(`fuzz: ${done}/${runs} inputs, ${Math.round((Date.now() - started) / 1000)} s\n`);
  };
  const result = await runFuzz({ seed, runs, onInput: progress, ...(only === null ? {} : { from: only }) });
  console.log(JSON.stringify({ ...result, problems: result.problems.slice(0, 50), seconds: Math.round((Date.now() - started) / 1000) }, null, 2));
  for (const problem of result.problems.slice(0, 20)) {
    console.error(`reproduce: ${scriptInvocation(__filename)} --seed ${seed} --only ${problem.index}   (${problem.kind}: ${problem.problem})`);
  }
  return result.problems.length === 0 ? 0 : 1;
}

if (process.argv[1] && path.resolve(process.argv[1]) === path.resolve(__filename)) {
  runScript(__filename, {
    usage: [`${scriptInvocation(__filename)} [--runs N] [--seed S]`, `${scriptInvocation(__filename)} --seed S --only I`],
    description: 'Seeded fuzzing of the decoder and normalizer: every input must end as a schema-valid record or a refusal with a reason, within a second. Prints a summary as JSON and, for each problem, the command that replays it; exits 1 when there is one.',
    options: {
      runs: { type: 'string', value: 'N', description: 'how many inputs to try', default: '10000' },
      seed: { type: 'string', value: 'S', description: 'seed of the generator (default: a random one, printed)' },
      only: { type: 'string', value: 'I', description: 'replay input number I of the seed only' },
    },
    positionals: false,
    examples: [`${scriptInvocation(__filename)} --runs 2000 --seed 12345`, `${scriptInvocation(__filename)} --seed 12345 --only 4711`],
    run: async (values) => {
      const seed = integerFlag(values.seed, '--seed', Math.floor(Math.random() * 2 ** 31));
      const only = values.only === undefined ? null : integerFlag(values.only, '--only', 0);
      const runs = only === null ? integerFlag(values.runs, '--runs', 10_000, 1) : 1;
      return main(seed, runs, only);
    },
  });
}
