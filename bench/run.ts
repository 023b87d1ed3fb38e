import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { cpus } from 'node:os';
import { join, resolve } from 'node:path';
import { loadProvinceConfig } from '../shared/config/province-config';
import { benchBundles } from './bundles';
import { costModel } from './cost';
import { benchNormalizer } from './normalizer';
import { benchPipeline } from './pipeline';
import { renderMarkdown } from './report';
import type { BenchResults } from './results';

export type { BenchResults } from './results';

/**
 * `npm run bench [-- --only normalizer|bundles|pipeline|cost] [--quick] [--out DIR]`
 *
 * Writes results.json and RESULTS.md. A partial run (`--only`) keeps the other
 * sections of the existing results.json, so one section can be re-measured alone.
 * `--quick` is a smoke run on small sizes; it writes to bench/out/quick unless --out
 * says otherwise, so it never replaces the committed full results.
 */

export const SECTIONS = ['normalizer', 'bundles', 'pipeline', 'cost'] as const;

const USAGE = `usage: npm run bench -- [--only ${['normalizer', 'bundles', 'pipeline', 'cost'].join('|')}[,...]] [--quick] [--out DIR]

Measures the normalizer (speed and F1 against a compromise/chrono baseline, and on the
labelled real corpus), the Lambda bundles (size, cold init), the pipeline on the
embedded emulators (against its emulator ceiling, interleaved) and the cost model; writes
results.json and RESULTS.md (bench/ for a full run, bench/out/quick for --quick).`;
export type Section = (typeof SECTIONS)[number];

interface Args {
  only: Section[];
  quick: boolean;
  out: string;
}

function parseArgs(argv: readonly string[]): Args {
  const only: Section[] = [];
  let quick = false;
  let out: string | null = null;
  for (let index = 0; index < argv.length; index++) {
    const arg = argv[index];
    if (arg === '--help' || arg === '-h') {
      process.stdout.write(`${USAGE}\n`);
      process.exit(0);
    } else if (arg === '--quick') quick = true;
    else if (arg === '--only') {
      for (const name of (argv[++index] ?? '').split(',')) {
        if (!(SECTIONS as readonly string[]).includes(name)) throw new Error(`--only takes ${SECTIONS.join('|')}, not "${name}"`);
        only.push(name as Section);
      }
    } else if (arg === '--out') out = argv[++index] ?? null;
    else throw new Error(`unknown argument "${arg}"\n${USAGE}`);
  }
  const benchDir = __dirname;
  return { only: only.length ? only : [...SECTIONS], quick, out: resolve(out ?? (quick ? join(benchDir, 'out', 'quick') : benchDir)) };
}

const log = (message: string): void => {
  process.stderr.write(`[bench] ${message}\n`);
};

async function main(): Promise<void> {
  const args = parseArgs(process.argv.slice(2));
  mkdirSync(args.out, { recursive: true });
  const jsonPath = join(args.out, 'results.json');
  const previous: Partial<BenchResults> = existsSync(jsonPath) ? (JSON.parse(readFileSync(jsonPath, 'utf8')) as Partial<BenchResults>) : {};
  const cpu = cpus()[0]?.model.trim() ?? 'unknown';
  const date = new Date().toISOString();
  const results: BenchResults = {
    ...previous,
    meta: {
      date,
      cpu,
      cores: cpus().length,
      node: process.version,
      platform: `${process.platform} ${process.arch}`,
      quick: args.quick,
      sections: { ...(previous.meta?.sections ?? {}) },
    },
  };
  const config = loadProvinceConfig();
  const mark = (section: Section): void => {
    results.meta.sections[section] = date;
  };

  if (args.only.includes('normalizer')) {
    log('normalizer and baseline');
    const measured = await benchNormalizer({ config, quick: args.quick, log });
    results.normalizer = measured.normalizer;
    results.baseline = measured.baseline;
    results.comparison = measured.comparison;
    results.worstCase = measured.worstCase;
    results.real = measured.real;
    mark('normalizer');
  }
  if (args.only.includes('bundles')) {
    log('lambda bundles');
    // Build output stays out of the committed bench/ folder (bench/out is ignored by git).
    const bundlesDir = args.out === __dirname ? join(__dirname, 'out', 'bundles') : join(args.out, 'bundles');
    results.bundles = await benchBundles({ quick: args.quick, outDir: bundlesDir, log });
    mark('bundles');
  }
  if (args.only.includes('pipeline')) {
    log('pipeline on the embedded emulators');
    results.pipeline = await benchPipeline({ quick: args.quick, log });
    mark('pipeline');
  }
  if (args.only.includes('cost')) {
    if (!results.normalizer || !results.pipeline) {
      throw new Error('the cost model needs normalizer and pipeline results: run them first (or in the same run)');
    }
    results.cost = costModel({ normalizer: results.normalizer, pipeline: results.pipeline });
    mark('cost');
  }

  writeFileSync(jsonPath, `${JSON.stringify(results, null, 2)}\n`);
  writeFileSync(join(args.out, 'RESULTS.md'), renderMarkdown(results));
  log(`wrote ${jsonPath} and RESULTS.md`);
}

main().then(
  // The emulators' sockets and SDK keep-alive agents would otherwise hold the process open.
  () => process.exit(0),
  (error: unknown) => {
    process.stderr.write(`[bench] failed: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
    process.exit(1);
  },
);
