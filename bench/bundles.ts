import { spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { build, version, type BuildOptions } from 'esbuild';
import { loadProvinceConfig } from '../shared/config/province-config';
import { DATA_FILES } from '../shared/domain/gazetteer';
import { PACK_FILES } from '../shared/domain/normalizer/packs';
import { ENV, METRICS_NAMESPACE, PARSER_SERVICE_NAME } from '../shared/config/runtime-env';
import { median, percentile, round } from './stats';
import { PARSER_BUNDLE_TARGET, PARSER_ESBUILD_OPTIONS } from '../infra/constructs/parser-build';
import { shippedNormalizer } from './shipped-normalizer';

/**
 * Bundles the parser as the CDK stack does and measures what a cold start pays for it:
 * bytes to load and the time to evaluate the module (module-level config validation and
 * SDK client construction included), each in a fresh Node process.
 */

const ROOT = resolve(__dirname, '..');
const ENTRY = join(ROOT, 'functions', 'parse-report.ts');

export interface BundleMeasure {
  readonly bytes: number;
  readonly gzipBytes: number;
  readonly initMs: number;
  readonly initP90Ms: number;
  readonly initMinMs: number;
  /**
   * Median CPU time of the require (user + system of the child): what init costs the
   * machine, whatever else runs on it; the wall-clock times above grow with the load.
   */
  readonly initCpuMs?: number;
  readonly runs: number;
}

/**
 * What the first reports after a cold start cost: the normalizer compiles its language packs,
 * builds its gazetteer and reads its data files on first use, and the engine compiles each
 * pattern and function the first time it runs, so the first report pays for all of that.
 * Medians over fresh processes, each timing its own calls.
 */
export interface FirstReportMeasure {
  /** The normalizer's bundle required (the parser's own init is measured above). */
  readonly requireMs: number;
  /** The first report normalized in the process. */
  readonly firstMs: number;
  /** The second (another report, another language): the packs are compiled, the engine still warming. */
  readonly secondMs: number;
  /** The first report again after 50 more calls: the steady state. */
  readonly warmMs: number;
  readonly runs: number;
  /** The reports, in the order normalized. */
  readonly reports: readonly string[];
}

export interface FileSize {
  readonly bytes: number;
  readonly gzipBytes: number;
}

export interface BundleResults {
  readonly parser: BundleMeasure;
  /**
   * The parser's init with every `@aws-sdk/*` module answered by an empty stand-in: the
   * bundle's own code alone. The difference from `parser` is what loading the SDK's clients
   * costs on the same machine.
   */
  readonly parserOwnCode?: BundleMeasure;
  readonly parserWithDecoders: BundleMeasure;
  readonly decoders: Record<string, FileSize>;
  /**
   * The decode worker's bundle (the format decoders, the lazy packages left out), which the
   * parser loads in a worker thread at its first file, not at init.
   */
  readonly decodeWorker?: FileSize;
  /**
   * The data files of the asset the parser reads on first use (the gazetteer's units and the
   * normalizer's language packs), each with its size: code the bundle no longer holds is
   * still counted here.
   */
  readonly firstReport?: FirstReportMeasure;
  readonly lazyData?: { readonly bytes: number; readonly gzipBytes: number; readonly files: Record<string, FileSize> };
  readonly esbuild: { readonly target: string; readonly format: string; readonly externals: readonly string[]; readonly version: string };
}

const gzipBytes = (file: string): number => gzipSync(readFileSync(file), { level: 9 }).byteLength;

// The child prints only the time around require(): process start-up and Node's own
// bootstrap are the same for any bundle and not the bundle's doing.
const CHILD = `
const file = process.argv[1];
if (process.argv[2] === 'stub-sdk') {
  const Module = require('node:module');
  const load = Module._load;
  const stub = new Proxy({}, { get: () => class {} });
  Module._load = function (request, ...rest) { return request.startsWith('@aws-sdk/') ? stub : load.call(this, request, ...rest); };
}
const cpu0 = process.cpuUsage();
const t0 = process.hrtime.bigint();
require(file);
const t1 = process.hrtime.bigint();
const cpu = process.cpuUsage(cpu0);
process.stdout.write(String(Number(t1 - t0) / 1e6) + ' ' + String((cpu.user + cpu.system) / 1000));
process.exit(0);
`;

// The child requires the normalizer's bundle and times its first calls, one report per language.
const FIRST_REPORT_CHILD = `
const { readFileSync } = require('node:fs');
const [file, configJson, ...reports] = process.argv.slice(1);
const config = JSON.parse(configJson);
const texts = reports.map((path) => readFileSync(path, 'utf8'));
const ms = (from) => Number(process.hrtime.bigint() - from) / 1e6;
let t = process.hrtime.bigint();
const { normalizeReport } = require(file);
const requireMs = ms(t);
const timed = (text) => { const t0 = process.hrtime.bigint(); normalizeReport(text, { referenceDate: '2024-06-01', config }); return ms(t0); };
const firstMs = timed(texts[0]);
const secondMs = timed(texts[1]);
for (let i = 0; i < 50; i++) timed(texts[i % texts.length]);
const warmMs = timed(texts[0]);
process.stdout.write(JSON.stringify({ requireMs, firstMs, secondMs, warmMs }));
process.exit(0);
`;

const SAMPLE_REPORTS = ['nam-sach-2024-05-15-hoc-tap-tu-tuong-ho-chi-minh.vi.txt', 'gia-loc-2024-03-08-party-building-review.en.txt'];

function firstReports(runs: number): FirstReportMeasure {
  const { file } = shippedNormalizer();
  const config = JSON.stringify(loadProvinceConfig());
  const reports = SAMPLE_REPORTS.map((name) => join(ROOT, 'samples', name));
  const samples: { requireMs: number; firstMs: number; secondMs: number; warmMs: number }[] = [];
  // One unmeasured start fills the OS page cache, as for the cold init.
  for (let run = 0; run <= runs; run++) {
    const child = spawnSync(process.execPath, ['-e', FIRST_REPORT_CHILD, file, config, ...reports], { encoding: 'utf8', timeout: 60_000 });
    if (child.status !== 0) throw new Error(`first reports of ${file} failed (exit ${child.status}): ${child.stderr.slice(0, 2000)}`);
    if (run > 0) samples.push(JSON.parse(child.stdout) as (typeof samples)[number]);
  }
  const med = (pick: (s: (typeof samples)[number]) => number): number => round(median(samples.map(pick)), 2);
  return { requireMs: med((s) => s.requireMs), firstMs: med((s) => s.firstMs), secondMs: med((s) => s.secondMs), warmMs: med((s) => s.warmMs), runs, reports: SAMPLE_REPORTS };
}

function coldInit(file: string, env: NodeJS.ProcessEnv, runs: number, stubSdk = false): { wall: number[]; cpu: number[] } {
  const wall: number[] = [];
  const cpu: number[] = [];
  for (let run = 0; run < runs; run++) {
    const child = spawnSync(process.execPath, ['-e', CHILD, file, ...(stubSdk ? ['stub-sdk'] : [])], { env, encoding: 'utf8', timeout: 60_000 });
    const [value, cpuValue] = child.stdout.split(' ').map(Number);
    if (child.status !== 0 || !Number.isFinite(value) || !Number.isFinite(cpuValue)) {
      throw new Error(`cold init of ${file} failed (exit ${child.status}): ${child.stderr.slice(0, 2000)}`);
    }
    wall.push(value!);
    cpu.push(cpuValue!);
  }
  return { wall, cpu };
}

/** The flags of the stack's side bundles (the decode worker, the lazily loaded decoders): one minified CommonJS file. */
function sideBundle(entry: string, external: readonly string[], outfile: string): BuildOptions {
  return {
    entryPoints: [entry],
    bundle: true,
    platform: 'node',
    format: 'cjs',
    target: PARSER_BUNDLE_TARGET,
    minify: true,
    legalComments: 'none',
    logLevel: 'error',
    external: [...external],
    outfile,
    absWorkingDir: ROOT,
  };
}

export async function benchBundles(options: { quick: boolean; outDir: string; log: (message: string) => void }): Promise<BundleResults> {
  // The stack's own constants: a change of target, externals or inlined config shows up
  // here. Loaded on demand because aws-cdk-lib is slow to load and only this section needs it.
   
  const { parserConfigJson } = require('../infra/constructs/ingest') as typeof import('../infra/constructs/ingest');
   
  const { LAZY_MODULES } = require('../infra/constructs/lazy-modules') as typeof import('../infra/constructs/lazy-modules');
  mkdirSync(options.outDir, { recursive: true });
  const runs = options.quick ? 3 : 20;

  const common: BuildOptions = { ...PARSER_ESBUILD_OPTIONS, entryPoints: [ENTRY], sourcemap: true, absWorkingDir: ROOT };
  const externals = ['@aws-sdk/*', ...LAZY_MODULES];
  const parserFile = join(options.outDir, 'parser', 'index.js');
  const fullFile = join(options.outDir, 'parser-with-decoders', 'index.js');
  await build({ ...common, external: externals, outfile: parserFile });
  await build({ ...common, external: ['@aws-sdk/*'], outfile: fullFile });

  // The flags of the stack's decode-worker step (withDecodeWorker in infra/constructs/ingest.ts).
  const workerFile = join(options.outDir, 'parser', 'decode-worker.js');
  await build(sideBundle(join(ROOT, 'shared', 'app', 'decode-worker.ts'), externals, workerFile));
  const decodeWorker = { bytes: statSync(workerFile).size, gzipBytes: gzipBytes(workerFile) };
  options.log(`decode worker: ${decodeWorker.bytes} bytes`);

  const dataFiles: Record<string, FileSize> = {};
  for (const [dir, names] of [
    [join(ROOT, 'shared', 'domain', 'gazetteer', 'data'), DATA_FILES],
    [join(ROOT, 'shared', 'domain', 'normalizer', 'packs'), PACK_FILES],
  ] as const) {
    for (const name of names) {
      const file = join(dir, name);
      dataFiles[name] = { bytes: statSync(file).size, gzipBytes: gzipBytes(file) };
    }
  }
  const sizes = Object.values(dataFiles);
  const lazyData = { bytes: sizes.reduce((sum, f) => sum + f.bytes, 0), gzipBytes: sizes.reduce((sum, f) => sum + f.gzipBytes, 0), files: dataFiles };
  options.log(`data read on first use: ${lazyData.bytes} bytes in ${sizes.length} files`);

  const decoders: Record<string, { bytes: number; gzipBytes: number }> = {};
  for (const name of LAZY_MODULES) {
    // The flags of the stack's afterBundling hook (infra/constructs/lazy-modules.ts).
    const file = join(options.outDir, 'decoders', name, 'index.js');
    await build(sideBundle(name, ['@aws-sdk/*'], file));
    decoders[name] = { bytes: statSync(file).size, gzipBytes: gzipBytes(file) };
  }

  // Lambda supplies @aws-sdk/* from the runtime; NODE_PATH stands in for that here.
  const env: NodeJS.ProcessEnv = {
    PATH: process.env.PATH ?? '',
    NODE_PATH: join(ROOT, 'node_modules'),
    AWS_REGION: 'us-east-1',
    AWS_ACCESS_KEY_ID: 'bench',
    AWS_SECRET_ACCESS_KEY: 'bench',
    [ENV.tableName]: 'bench-reports',
    [ENV.notificationsTopicArn]: 'arn:aws:sns:us-east-1:000000000000:bench-reports',
    [ENV.operationsTopicArn]: 'arn:aws:sns:us-east-1:000000000000:bench-operations',
    [ENV.provinceConfigJson]: parserConfigJson(loadProvinceConfig()),
    POWERTOOLS_SERVICE_NAME: PARSER_SERVICE_NAME,
    POWERTOOLS_METRICS_NAMESPACE: METRICS_NAMESPACE,
    POWERTOOLS_LOG_LEVEL: 'INFO',
  };
  const measure = (file: string, name: string, stubSdk = false): BundleMeasure => {
    // One unmeasured start fills the OS page cache, as a warm Lambda host's would be.
    coldInit(file, env, 1, stubSdk);
    const { wall: samples, cpu } = coldInit(file, env, runs, stubSdk);
    options.log(`${name}: ${statSync(file).size} bytes, init median ${median(samples).toFixed(1)} ms (CPU ${median(cpu).toFixed(1)} ms) over ${runs} runs`);
    return {
      bytes: statSync(file).size,
      gzipBytes: gzipBytes(file),
      initMs: round(median(samples), 2),
      initP90Ms: round(percentile(samples, 90), 2),
      initMinMs: round(Math.min(...samples), 2),
      initCpuMs: round(median(cpu), 2),
      runs,
    };
  };
  const parser = measure(parserFile, 'parser');
  const parserOwnCode = measure(parserFile, 'parser without the SDK', true);
  const parserWithDecoders = measure(fullFile, 'parserWithDecoders');
  const firstReport = firstReports(options.quick ? 3 : 10);
  options.log(`first reports after a cold start: ${firstReport.firstMs} ms, then ${firstReport.secondMs} ms; warm ${firstReport.warmMs} ms`);
  return {
    parser,
    parserOwnCode,
    parserWithDecoders,
    decoders,
    decodeWorker,
    firstReport,
    lazyData,
    esbuild: { target: PARSER_BUNDLE_TARGET, format: 'cjs', externals, version },
  };
}
