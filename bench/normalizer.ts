import { readFileSync, readdirSync } from 'node:fs';
import { cpus, loadavg } from 'node:os';
import { join, resolve } from 'node:path';
import type { ProvinceConfig } from '../shared/config/province-config';
import { normalizeReport as normalizeFromSources } from '../shared/domain/normalizer';
import { labelSchema } from '../shared/domain/evaluation/label';
import { scoreCorpus, type ScoredReport } from '../shared/domain/evaluation/score';
import { ADVERSARIAL_CASES, adversarialInput } from './adversarial';
import { extractBaseline } from './baseline';
import { corpusStream, generateCorpus, type GeneratedReport } from './generator';
import { shippedNormalizer, type NormalizeReport } from './shipped-normalizer';
import { addCounts, emptyCounts, f1Of, foldForScore, matchOne, matchSet, mean, msSince, nowNs, percentile, round, type Counts } from './stats';

export const CORPUS_DIR = resolve(__dirname, '../tests/fixtures/corpus');
export const CORPUS_SEED = 20_240_111;

export const REAL_DIR = resolve(__dirname, '../tests/fixtures/real');

/** Sizes of the worst-case inputs: the same shape at each size shows how time grows with the text. */
export const WORST_CASE_SIZES = [10 * 1024, 100 * 1024, 1024 * 1024] as const;
/**
 * Targets of the worst-case inputs. Per KB, on inputs of 100 KB and more: an ordinary
 * report costs about 0.15 ms per KB, the worst shapes about 0.3; the quadratic paths this
 * set was built to find cost 1.5 to 5 ms per KB at 100 KB. Growth: ten times the text
 * should take about ten times as long; a quadratic path takes up to a hundred times.
 */
export const WORST_CASE_TARGETS = { maxMsPerKb: 1, growthTenfold: 20 } as const;

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
    /** CPU time (the normalizer's own work, whatever else runs on the machine); absent in older results. */
    readonly p99CpuMs10k?: number;
    readonly meanMs: number;
    readonly meanCpuMs?: number;
    /** 1-minute load average of the machine during the normalizer's pass and the interleaved pass, and its cores. */
    readonly load?: { readonly normalizerPass: number; readonly interleavedPass: number; readonly cores: number };
    /** The build timed (absent in older results, which timed the sources under the TypeScript loader). */
    readonly build?: { readonly bundler: string; readonly target: string; readonly minify: boolean; readonly sameRecords: number };
    readonly f1: number;
    readonly scores: ExtractorScores;
    readonly gc: { readonly count: number; readonly totalMs: number; readonly maxMs: number };
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
  /** Texts built to be slow (bench/adversarial.ts): the time per KB of the worst, and how time grows with size. */
  readonly worstCase: WorstCaseResults;
  /** The labelled real reports (tests/fixtures/real): speed of both extractors and the normalizer's score. */
  readonly real: RealCorpusResults;
  /** Both extractors on exactly the same reports (the baseline's sample). */
  readonly comparison: {
    readonly reports: number;
    readonly normalizerReportsPerSecond: number;
    readonly baselineReportsPerSecond: number;
    readonly speedup: number;
    /** The same speed-up in CPU time. */
    readonly speedupCpu?: number;
    readonly f1Difference: number;
  };
}

export interface WorstCaseInput {
  readonly name: string;
  readonly bytes: number;
  /**
   * CPU time of the fastest run (process.cpuUsage, user + system): on a shared machine
   * the wall clock also counts the time other processes hold the core, the CPU time
   * only the normalizer's own work.
   */
  readonly ms: number;
  readonly msPerKb: number;
  /** Wall-clock time of the fastest run. */
  readonly wallMs: number;
}

export interface WorstCaseResults {
  readonly sizes: readonly number[];
  readonly runs: number;
  readonly inputs: readonly WorstCaseInput[];
  readonly maxMsPerKb: number;
  readonly p99MsPerKb: number;
  readonly worst: { readonly name: string; readonly bytes: number; readonly ms: number };
  /**
   * The same over the inputs of 100 KB and more, where the target applies: at 10 KB the
   * fixed cost of a report (and the machine's load) weighs on the time per KB, while a
   * path that grows faster than the text shows only in a long one.
   */
  readonly large: { readonly fromBytes: number; readonly maxMsPerKb: number; readonly p99MsPerKb: number; readonly worst: { readonly name: string; readonly bytes: number; readonly ms: number } };
  /** Largest time ratio of one shape between consecutive sizes (10 KB -> 100 KB, 100 KB -> 1 MB). */
  readonly growth: readonly { readonly from: number; readonly to: number; readonly maxRatio: number; readonly name: string }[];
  readonly targets: typeof WORST_CASE_TARGETS;
}

export interface RealCorpusResults {
  readonly reports: number;
  readonly rounds: number;
  readonly meanBytes: number;
  readonly normalizer: { readonly reportsPerSecond: number; readonly p50Ms: number; readonly p99Ms: number; /** In CPU time. */ readonly maxMsPerKb: number };
  readonly baseline: { readonly reportsPerSecond: number; readonly p50Ms: number; readonly p99Ms: number };
  readonly speedup: number;
  /** The same speed-up in CPU time. */
  readonly speedupCpu: number;
  /** `reports score` overall on the corpus, and the routing share (province, scope and districts all right). */
  readonly score: number;
  readonly routing: number;
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

interface Timed {
  readonly ms: number;
  readonly cpuMs: number;
  readonly bytes: number;
  readonly language: 'en' | 'vi';
}

/** Garbage collection during a measurement: pauses are part of latency, and this tells how much. */
function watchGc(): { stop(): Promise<{ count: number; totalMs: number; maxMs: number }> } {
  const pauses: number[] = [];
  const observer = new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) pauses.push(entry.duration);
  });
  observer.observe({ entryTypes: ['gc'] });
  return {
    stop: async () => {
      // Entries reach the observer from the event loop, after the synchronous timed pass.
      await new Promise((resolve) => setTimeout(resolve, 50));
      observer.disconnect();
      return { count: pauses.length, totalMs: round(pauses.reduce((a, b) => a + b, 0), 1), maxMs: round(Math.max(0, ...pauses), 2) };
    },
  };
}

/**
 * Wall-clock and CPU time of one call. On a quiet machine the two agree for this pure CPU
 * work; on a shared one the wall clock also counts the time other processes hold the
 * core, and the CPU time (user + system of the process) is the work's own.
 */
function timeOne(run: () => unknown): { ms: number; cpuMs: number; kept: unknown } {
  const cpu0 = process.cpuUsage();
  const t0 = process.hrtime.bigint();
  const kept = run();
  const ms = Number(process.hrtime.bigint() - t0) / 1e6;
  const cpu = process.cpuUsage(cpu0);
  return { ms, cpuMs: (cpu.user + cpu.system) / 1000, kept };
}

/** The machine's 1-minute load average, rounded: what else ran while a section measured. */
const loadNow = (): number => round(loadavg()[0] ?? 0, 2);

const CHUNK = 200;

/** The normalizer every section times: the build the parser ships ({@link shippedNormalizer}). */
const normalizeReport: NormalizeReport = (text, options) => shippedNormalizer().normalizeReport(text, options);

/**
 * The shipped build must give the records the sources give: else the benchmark would time
 * some other normalizer. Checked on every labelled report and on generated ones; returns
 * how many records were compared.
 */
function checkShippedBuild(config: ProvinceConfig, generated: readonly GeneratedReport[]): number {
  const inputs = [
    ...loadLabelled().map((item) => ({ name: item.file, text: item.text, referenceDate: item.referenceDate })),
    ...readdirSync(REAL_DIR)
      .filter((name) => name.endsWith('.txt'))
      .map((name) => ({
        name,
        text: readFileSync(join(REAL_DIR, name), 'utf8'),
        referenceDate: (JSON.parse(readFileSync(join(REAL_DIR, name.replace(/\.txt$/, '.expected.json')), 'utf8')) as { referenceDate: string }).referenceDate,
      })),
    ...generated.map((report, index) => ({ name: `generated #${index}`, text: report.text, referenceDate: report.referenceDate })),
  ];
  const shipped = shippedNormalizer().normalizeReport;
  for (const input of inputs) {
    const options = { referenceDate: input.referenceDate, config };
    if (JSON.stringify(shipped(input.text, options)) !== JSON.stringify(normalizeFromSources(input.text, options))) {
      throw new Error(`the shipped normalizer build gives another record than the sources for ${input.name}`);
    }
  }
  return inputs.length;
}

const in10k = (report: { readonly bytes: number }): boolean => report.bytes >= TEN_KB_BAND.min && report.bytes <= TEN_KB_BAND.max;

/**
 * Every worst-case shape at every size, each timed `runs` times (the fastest kept: a
 * pathological path is slow on every run, a busy machine only on some), in CPU time.
 */
export function benchWorstCase(options: { config: ProvinceConfig; quick: boolean; log: (message: string) => void }): WorstCaseResults {
  const sizes = options.quick ? WORST_CASE_SIZES.slice(0, 2) : WORST_CASE_SIZES;
  const runs = options.quick ? 2 : 3;
  const normalize = (text: string) => normalizeReport(text, { referenceDate: '2024-06-01', config: options.config });
  for (const name of ADVERSARIAL_CASES) normalize(adversarialInput(name, 4096).text);
  const inputs: WorstCaseInput[] = [];
  let sink = 0;
  for (const bytes of sizes) {
    for (const name of ADVERSARIAL_CASES) {
      const input = adversarialInput(name, bytes);
      let best = Infinity;
      let bestWall = Infinity;
      for (let run = 0; run < runs; run++) {
        const cpu = process.cpuUsage();
        const { ms, kept } = timeOne(() => normalize(input.text));
        const used = process.cpuUsage(cpu);
        sink += kept ? 1 : 0;
        best = Math.min(best, (used.user + used.system) / 1000);
        bestWall = Math.min(bestWall, ms);
      }
      inputs.push({ name, bytes: input.bytes, ms: round(best, 3), msPerKb: round(best / (input.bytes / 1024), 4), wallMs: round(bestWall, 3) });
    }
  }
  if (sink < 0) throw new Error('unreachable');
  const perKb = inputs.map((input) => input.msPerKb);
  const worst = inputs.reduce((a, b) => (b.msPerKb > a.msPerKb ? b : a));
  const largeFrom = sizes[1] ?? sizes[0]!;
  const largeInputs = inputs.filter((input) => input.bytes >= largeFrom);
  const largeWorst = largeInputs.reduce((a, b) => (b.msPerKb > a.msPerKb ? b : a));
  const growth = sizes.slice(1).map((to, index) => {
    const from = sizes[index]!;
    let maxRatio = 0;
    let worstName = '';
    for (const name of ADVERSARIAL_CASES) {
      const small = inputs.find((input) => input.name === name && input.bytes >= from && input.bytes < from * 1.5);
      const large = inputs.find((input) => input.name === name && input.bytes >= to && input.bytes < to * 1.5);
      if (!small || !large) continue;
      const ratio = large.ms / small.ms;
      if (ratio > maxRatio) {
        maxRatio = ratio;
        worstName = name;
      }
    }
    return { from, to, maxRatio: round(maxRatio, 2), name: worstName };
  });
  options.log(`worst case: ${inputs.length} inputs, worst ${worst.name} at ${worst.bytes} bytes ${worst.ms} ms (${worst.msPerKb} ms/KB)`);
  return {
    sizes,
    runs,
    inputs,
    maxMsPerKb: round(Math.max(...perKb), 4),
    p99MsPerKb: round(percentile(perKb, 99), 4),
    worst: { name: worst.name, bytes: worst.bytes, ms: worst.ms },
    large: {
      fromBytes: largeFrom,
      maxMsPerKb: largeWorst.msPerKb,
      p99MsPerKb: round(percentile(largeInputs.map((input) => input.msPerKb), 99), 4),
      worst: { name: largeWorst.name, bytes: largeWorst.bytes, ms: largeWorst.ms },
    },
    growth,
    targets: WORST_CASE_TARGETS,
  };
}

/** The labelled real reports: both extractors' speed over a few rounds, and the normalizer's score. */
export function benchRealCorpus(options: { config: ProvinceConfig; quick: boolean }): RealCorpusResults {
  const items = readdirSync(REAL_DIR)
    .filter((name) => name.endsWith('.expected.json'))
    .sort()
    .map((labelName) => {
      const stem = labelName.slice(0, -'.expected.json'.length);
      const label = labelSchema.parse(JSON.parse(readFileSync(join(REAL_DIR, labelName), 'utf8')));
      return { name: `${stem}.txt`, label, text: readFileSync(join(REAL_DIR, `${stem}.txt`), 'utf8') };
    });
  const normalize = (item: (typeof items)[number]) => normalizeReport(item.text, { referenceDate: item.label.referenceDate, config: options.config });
  const scored: ScoredReport[] = items.map((item) => ({ name: item.name, label: item.label, record: normalize(item) }));
  const score = scoreCorpus(scored);
  const rounds = options.quick ? 2 : 10;
  const normMs: number[] = [];
  const normCpuMs: number[] = [];
  const perKb: number[] = [];
  const baseMs: number[] = [];
  const baseCpuMs: number[] = [];
  let sink = 0;
  for (const item of items.slice(0, 5)) extractBaseline(item.text, item.label.referenceDate);
  // Interleaved: each report is normalized `rounds` times and then read once by the
  // baseline, so both see the same load on a shared machine.
  for (const item of items) {
    for (let pass = 0; pass < rounds; pass++) {
      const { ms, cpuMs, kept } = timeOne(() => normalize(item));
      sink += kept ? 1 : 0;
      normMs.push(ms);
      normCpuMs.push(cpuMs);
      perKb.push(cpuMs / (Buffer.byteLength(item.text) / 1024));
    }
    const { ms, cpuMs, kept } = timeOne(() => extractBaseline(item.text, item.label.referenceDate));
    sink += kept ? 1 : 0;
    baseMs.push(ms);
    baseCpuMs.push(cpuMs);
  }
  if (sink < 0) throw new Error('unreachable');
  const rps = (samples: readonly number[]) => samples.length / (samples.reduce((a, b) => a + b, 0) / 1000);
  return {
    reports: items.length,
    rounds,
    meanBytes: Math.round(mean(items.map((item) => Buffer.byteLength(item.text)))),
    normalizer: { reportsPerSecond: round(rps(normMs), 1), p50Ms: round(percentile(normMs, 50)), p99Ms: round(percentile(normMs, 99)), maxMsPerKb: round(Math.max(...perKb), 4) },
    baseline: { reportsPerSecond: round(rps(baseMs), 2), p50Ms: round(percentile(baseMs, 50), 1), p99Ms: round(percentile(baseMs, 99), 1) },
    speedup: round(rps(normMs) / rps(baseMs), 1),
    speedupCpu: round(rps(normCpuMs) / rps(baseCpuMs), 1),
    score: round(score.overall, 3),
    routing: round(score.routing.share, 3),
  };
}

export async function benchNormalizer(options: { config: ProvinceConfig; quick: boolean; log: (message: string) => void }): Promise<NormalizerResults> {
  const { config, log } = options;
  const count = options.quick ? 400 : 10_000;
  const baselineCount = options.quick ? 40 : 800;

  const warmup = generateCorpus({ seed: CORPUS_SEED + 1, count: options.quick ? 50 : 500, config });
  const sameRecords = checkShippedBuild(config, warmup);
  const { target, bundler } = shippedNormalizer();
  log(`normalizer: timing the shipped build (esbuild, minified, ${target}), its records the sources' on ${sameRecords} reports`);
  const normalize = (report: GeneratedReport) => normalizeReport(report.text, { referenceDate: report.referenceDate, config });
  // A separate seed for the warm-up: warming up on the timed inputs would flatter them.
  for (const report of warmup) normalize(report);

  // Reports are generated a chunk at a time outside the clock and dropped after use; the
  // baseline's evenly spaced sample is the only part kept.
  const step = Math.max(1, Math.floor(count / baselineCount));
  const timed: Timed[] = [];
  const sample: GeneratedReport[] = [];
  const sampleIndexes: number[] = [];
  let wallMs = 0;
  let sink = 0;
  const gc = watchGc();
  const loadStart = loadNow();
  const stream = corpusStream({ seed: CORPUS_SEED, count, config });
  for (let done = false; !done; ) {
    const chunk: GeneratedReport[] = [];
    for (let next = stream.next(); ; next = stream.next()) {
      if (next.done) {
        done = true;
        break;
      }
      chunk.push(next.value);
      if (chunk.length === CHUNK) break;
    }
    const start = nowNs();
    for (const report of chunk) {
      const { ms, cpuMs, kept } = timeOne(() => normalize(report));
      // Holding on to the result keeps the engine from discarding the work.
      sink += kept ? 1 : 0;
      const index = timed.length;
      timed.push({ ms, cpuMs, bytes: report.bytes, language: report.language });
      if (index % step === 0 && sample.length < baselineCount) {
        sample.push(report);
        sampleIndexes.push(index);
      }
    }
    wallMs += msSince(start);
  }
  const gcNormalizer = await gc.stop();
  const loadNormalizer = round((loadStart + loadNow()) / 2, 2);
  log(`normalizer: ${timed.length} reports in ${(wallMs / 1000).toFixed(1)} s of normalizing; GC ${gcNormalizer.count} pauses, ${gcNormalizer.totalMs} ms`);

  const baselineRun = (report: GeneratedReport) => extractBaseline(report.text, report.referenceDate);
  for (const report of warmup.slice(0, options.quick ? 5 : 30)) baselineRun(report);
  // The speed-up is measured interleaved: each report of the sample is normalized and then
  // read by the baseline, back to back, so a change of load on a shared machine reaches
  // both alike (a pass of one and then a pass of the other would compare two machines).
  const baseMs: number[] = [];
  const baseCpuMs: number[] = [];
  const pairedNormMs: number[] = [];
  const pairedNormCpuMs: number[] = [];
  const loadBefore = loadNow();
  const baseStart = nowNs();
  for (const report of sample) {
    const normalized = timeOne(() => normalize(report));
    const { ms, cpuMs, kept } = timeOne(() => baselineRun(report));
    sink += kept && normalized.kept ? 1 : 0;
    pairedNormMs.push(normalized.ms);
    pairedNormCpuMs.push(normalized.cpuMs);
    baseMs.push(ms);
    baseCpuMs.push(cpuMs);
  }
  const baseWallMs = msSince(baseStart);
  const load = { normalizerPass: loadNormalizer, interleavedPass: round((loadBefore + loadNow()) / 2, 2), cores: cpus().length };
  if (sink < 0) throw new Error('unreachable');
  log(`baseline: ${sample.length} reports interleaved with the normalizer in ${(baseWallMs / 1000).toFixed(1)} s (load ${load.interleavedPass})`);

  const normMs = timed.map((t) => t.ms);
  const sum = (samples: readonly number[]): number => samples.reduce((a, b) => a + b, 0);
  const normSampleRps = sample.length / (sum(pairedNormMs) / 1000);
  const baseSampleRps = sample.length / (sum(baseMs) / 1000);
  const speedupCpu = sum(baseCpuMs) / sum(pairedNormCpuMs);

  const labelled = loadLabelled();
  const normScores = score(labelled, (item) => {
    const record = normalizeReport(item.text, { referenceDate: item.referenceDate, config });
    return { people: record.people.map((p) => p.name), eventDate: record.event.date };
  });
  const baseScores = score(labelled, (item) => {
    const result = extractBaseline(item.text, item.referenceDate);
    return { people: result.people, eventDate: result.eventDate };
  });

  const real = benchRealCorpus({ config, quick: options.quick });
  log(`real corpus: ${real.reports} reports, ${real.normalizer.reportsPerSecond} vs ${real.baseline.reportsPerSecond} reports/s (${real.speedup}x), score ${real.score}`);
  const worstCase = benchWorstCase({ config, quick: options.quick, log });

  const sizes = timed.map((t) => t.bytes);
  const tenK = timed.filter(in10k).map((t) => t.ms);
  const tenKCpu = timed.filter(in10k).map((t) => t.cpuMs);
  const sample10k = sample.map((r, i) => (in10k(r) ? (baseMs[i] ?? 0) : -1)).filter((ms) => ms >= 0);
  return {
    normalizer: {
      reportsPerSecond: round(timed.length / (wallMs / 1000), 1),
      p50Ms: round(percentile(normMs, 50)),
      p99Ms: round(percentile(normMs, 99)),
      p99Ms10k: round(percentile(tenK, 99)),
      p99CpuMs10k: round(percentile(tenKCpu, 99)),
      meanMs: round(mean(normMs)),
      meanCpuMs: round(mean(timed.map((t) => t.cpuMs))),
      load,
      build: { bundler, target, minify: true, sameRecords },
      f1: normScores.f1,
      scores: normScores,
      gc: gcNormalizer,
      corpus: {
        reports: timed.length,
        english: timed.filter((r) => r.language === 'en').length,
        vietnamese: timed.filter((r) => r.language === 'vi').length,
        minBytes: Math.min(...sizes),
        maxBytes: Math.max(...sizes),
        meanBytes: Math.round(mean(sizes)),
        reports10k: tenK.length,
        seed: CORPUS_SEED,
      },
    },
    baseline: {
      reportsPerSecond: round(sample.length / (baseWallMs / 1000), 2),
      p50Ms: round(percentile(baseMs, 50)),
      p99Ms: round(percentile(baseMs, 99)),
      p99Ms10k: round(percentile(sample10k, 99)),
      f1: baseScores.f1,
      scores: baseScores,
      library: 'compromise people()/places() + chrono-node parse()',
    },
    worstCase,
    real,
    comparison: {
      reports: sample.length,
      normalizerReportsPerSecond: round(normSampleRps, 1),
      baselineReportsPerSecond: round(baseSampleRps, 2),
      speedup: round(normSampleRps / baseSampleRps, 1),
      speedupCpu: round(speedupCpu, 1),
      f1Difference: round(normScores.f1 - baseScores.f1, 4),
    },
  };
}
