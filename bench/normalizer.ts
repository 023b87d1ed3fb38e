import { readFileSync, readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { ProvinceConfig } from '../shared/config/province-config';
import { normalizeReport } from '../shared/domain/normalizer';
import { extractBaseline } from './baseline';
import { generateCorpus, type GeneratedReport } from './generator';
import { addCounts, emptyCounts, f1Of, foldForScore, matchOne, matchSet, mean, msSince, nowNs, percentile, round, type Counts } from './stats';

export const CORPUS_DIR = resolve(__dirname, '../tests/fixtures/corpus');
export const CORPUS_SEED = 20_240_111;

/** Reports between these sizes stand for "a 10 KB report". */
export const TEN_KB_BAND = { min: 9 * 1024, max: 11 * 1024 } as const;

export interface ExtractorScores {
  /** Micro-averaged over people and event date together. */
  readonly f1: number;
  readonly f1People: number;
  readonly f1EventDate: number;
  readonly people: Counts;
  readonly eventDate: Counts;
}

export interface NormalizerResults {
  readonly normalizer: {
    readonly reportsPerSecond: number;
    readonly p50Ms: number;
    readonly p99Ms: number;
    readonly p99Ms10k: number;
    readonly meanMs: number;
    readonly f1: number;
    readonly scores: ExtractorScores;
    readonly corpus: { readonly reports: number; readonly english: number; readonly vietnamese: number; readonly minBytes: number; readonly maxBytes: number; readonly meanBytes: number; readonly reports10k: number; readonly seed: number };
  };
  readonly baseline: {
    readonly reportsPerSecond: number;
    readonly p50Ms: number;
    readonly p99Ms: number;
    readonly p99Ms10k: number;
    readonly f1: number;
    readonly scores: ExtractorScores;
    readonly library: string;
  };
  /** Both extractors on exactly the same reports (the baseline's sample). */
  readonly comparison: {
    readonly reports: number;
    readonly normalizerReportsPerSecond: number;
    readonly baselineReportsPerSecond: number;
    readonly speedup: number;
    readonly f1Difference: number;
  };
}

interface Labelled {
  readonly file: string;
  readonly text: string;
  readonly referenceDate: string;
  readonly people: string[];
  readonly eventDate: string | null;
}

function loadLabelled(): Labelled[] {
  return readdirSync(CORPUS_DIR)
    .filter((name) => name.endsWith('.txt'))
    .sort()
    .map((name) => {
      const expected = JSON.parse(readFileSync(join(CORPUS_DIR, name.replace(/\.txt$/, '.expected.json')), 'utf8')) as {
        referenceDate: string;
        event: { date: string | null };
        people: { name: string }[];
      };
      return {
        file: name,
        text: readFileSync(join(CORPUS_DIR, name), 'utf8'),
        referenceDate: expected.referenceDate,
        people: expected.people.map((p) => p.name),
        eventDate: expected.event.date,
      };
    });
}

function score(labelled: readonly Labelled[], extract: (item: Labelled) => { people: string[]; eventDate: string | null }): ExtractorScores {
  const people = emptyCounts();
  const eventDate = emptyCounts();
  for (const item of labelled) {
    const got = extract(item);
    addCounts(people, matchSet(item.people, got.people, foldForScore));
    addCounts(eventDate, matchOne(item.eventDate, got.eventDate));
  }
  const all = emptyCounts();
  addCounts(all, people);
  addCounts(all, eventDate);
  return { f1: round(f1Of(all), 4), f1People: round(f1Of(people), 4), f1EventDate: round(f1Of(eventDate), 4), people, eventDate };
}

/** Times `run` on each report after a warm-up; returns per-report milliseconds and the wall time. */
function timeEach(reports: readonly GeneratedReport[], warmup: readonly GeneratedReport[], run: (report: GeneratedReport) => unknown): { ms: number[]; wallMs: number } {
  let sink = 0;
  for (const report of warmup) sink += run(report) ? 1 : 0;
  const ms: number[] = new Array<number>(reports.length);
  const start = nowNs();
  for (let index = 0; index < reports.length; index++) {
    const report = reports[index] as GeneratedReport;
    const t0 = process.hrtime.bigint();
    // Keeping a reference to the result stops the engine from discarding the work.
    sink += run(report) ? 1 : 0;
    ms[index] = Number(process.hrtime.bigint() - t0) / 1e6;
  }
  const wallMs = msSince(start);
  if (sink < 0) throw new Error('unreachable');
  return { ms, wallMs };
}

const in10k = (report: GeneratedReport): boolean => report.bytes >= TEN_KB_BAND.min && report.bytes <= TEN_KB_BAND.max;

export function benchNormalizer(options: { config: ProvinceConfig; quick: boolean; log: (message: string) => void }): NormalizerResults {
  const { config, log } = options;
  const count = options.quick ? 400 : 10_000;
  const baselineCount = options.quick ? 40 : 800;

  let t = nowNs();
  const corpus = generateCorpus({ seed: CORPUS_SEED, count, config });
  log(`generated ${corpus.length} reports in ${(msSince(t) / 1000).toFixed(1)} s`);
  // A separate seed: warming up on the timed inputs would let caches flatter the numbers.
  const warmup = generateCorpus({ seed: CORPUS_SEED + 1, count: options.quick ? 50 : 500, config });
  const normalize = (report: GeneratedReport) => normalizeReport(report.text, { referenceDate: report.referenceDate, config });

  t = nowNs();
  const norm = timeEach(corpus, warmup, normalize);
  log(`normalizer: ${corpus.length} reports in ${(norm.wallMs / 1000).toFixed(1)} s (with warm-up ${(msSince(t) / 1000).toFixed(1)} s)`);

  // The baseline is ~100x slower: it reads an evenly spaced sample of the same corpus.
  const step = Math.max(1, Math.floor(corpus.length / baselineCount));
  const sampleIndexes = corpus.map((_, index) => index).filter((index) => index % step === 0).slice(0, baselineCount);
  const sample = sampleIndexes.map((index) => corpus[index] as GeneratedReport);
  const baselineRun = (report: GeneratedReport) => extractBaseline(report.text, report.referenceDate);
  t = nowNs();
  const base = timeEach(sample, warmup.slice(0, options.quick ? 5 : 30), baselineRun);
  log(`baseline: ${sample.length} reports in ${(base.wallMs / 1000).toFixed(1)} s (with warm-up ${(msSince(t) / 1000).toFixed(1)} s)`);

  const sampleNormMs = sampleIndexes.map((index) => norm.ms[index] ?? 0);
  const normSampleRps = sample.length / (sampleNormMs.reduce((a, b) => a + b, 0) / 1000);
  const baseSampleRps = sample.length / (base.ms.reduce((a, b) => a + b, 0) / 1000);

  const labelled = loadLabelled();
  const normScores = score(labelled, (item) => {
    const record = normalizeReport(item.text, { referenceDate: item.referenceDate, config });
    return { people: record.people.map((p) => p.name), eventDate: record.event.date };
  });
  const baseScores = score(labelled, (item) => {
    const result = extractBaseline(item.text, item.referenceDate);
    return { people: result.people, eventDate: result.eventDate };
  });

  const sizes = corpus.map((r) => r.bytes);
  const tenK = corpus.map((r, i) => (in10k(r) ? i : -1)).filter((i) => i >= 0);
  const sample10k = sample.map((r, i) => (in10k(r) ? i : -1)).filter((i) => i >= 0);
  return {
    normalizer: {
      reportsPerSecond: round(corpus.length / (norm.wallMs / 1000), 1),
      p50Ms: round(percentile(norm.ms, 50)),
      p99Ms: round(percentile(norm.ms, 99)),
      p99Ms10k: round(percentile(tenK.map((i) => norm.ms[i] ?? 0), 99)),
      meanMs: round(mean(norm.ms)),
      f1: normScores.f1,
      scores: normScores,
      corpus: {
        reports: corpus.length,
        english: corpus.filter((r) => r.language === 'en').length,
        vietnamese: corpus.filter((r) => r.language === 'vi').length,
        minBytes: Math.min(...sizes),
        maxBytes: Math.max(...sizes),
        meanBytes: Math.round(mean(sizes)),
        reports10k: tenK.length,
        seed: CORPUS_SEED,
      },
    },
    baseline: {
      reportsPerSecond: round(sample.length / (base.wallMs / 1000), 2),
      p50Ms: round(percentile(base.ms, 50)),
      p99Ms: round(percentile(base.ms, 99)),
      p99Ms10k: round(percentile(sample10k.map((i) => base.ms[i] ?? 0), 99)),
      f1: baseScores.f1,
      scores: baseScores,
      library: 'compromise people()/places() + chrono-node parse()',
    },
    comparison: {
      reports: sample.length,
      normalizerReportsPerSecond: round(normSampleRps, 1),
      baselineReportsPerSecond: round(baseSampleRps, 2),
      speedup: round(normSampleRps / baseSampleRps, 1),
      f1Difference: round(normScores.f1 - baseScores.f1, 4),
    },
  };
}
