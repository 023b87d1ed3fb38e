import { copyFileSync, mkdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { buildSync, version as esbuildVersion } from 'esbuild';
import { PARSER_BUNDLE_TARGET, PARSER_ESBUILD_OPTIONS } from '../infra/constructs/parser-build';
import { BUNDLED_DATA_DIR, DATA_FILES } from '../shared/domain/gazetteer';
import { BUNDLED_PACKS_DIR, PACK_FILES } from '../shared/domain/normalizer/packs';
import type { normalizeReport } from '../shared/domain/normalizer';

/**
 * The normalizer as the parser's Lambda runs it: bundled by esbuild with the stack's
 * settings (one CommonJS file, minified, the stack's target), its language packs and
 * gazetteer data copied beside it as the stack copies them. The benchmark times this
 * build: the TypeScript loader the benchmark itself runs under (tsx) compiles each module
 * on its own, so every call from one module into another goes through a getter of the
 * other's exports and every closure is named at run time, which costs the normalizer
 * about a third of its time and no deployed code pays.
 */

const ROOT = resolve(__dirname, '..');
const ENTRY = join(ROOT, 'shared', 'domain', 'normalizer', 'index.ts');

export type NormalizeReport = typeof normalizeReport;

export interface ShippedNormalizer {
  readonly normalizeReport: NormalizeReport;
  readonly file: string;
  readonly target: string;
  /** e.g. `esbuild 0.28.2`. */
  readonly bundler: string;
}

let built: ShippedNormalizer | undefined;

/** Builds the normalizer's bundle under `bench/out/shipped-normalizer/` (once per process) and loads it. */
export function shippedNormalizer(): ShippedNormalizer {
  if (built) return built;
  const dir = join(ROOT, 'bench', 'out', 'shipped-normalizer');
  const file = join(dir, 'index.js');
  // The stack's own esbuild options for the parser.
  buildSync({
    ...PARSER_ESBUILD_OPTIONS,
    entryPoints: [ENTRY],
    absWorkingDir: ROOT,
    outfile: file,
  });
  for (const [from, to, files] of [
    [join(ROOT, 'shared', 'domain', 'normalizer', 'packs'), BUNDLED_PACKS_DIR, PACK_FILES],
    [join(ROOT, 'shared', 'domain', 'gazetteer', 'data'), BUNDLED_DATA_DIR, DATA_FILES],
  ] as const) {
    mkdirSync(join(dir, to), { recursive: true });
    for (const name of files) copyFileSync(join(from, name), join(dir, to, name));
  }
  delete require.cache[file];
  const loaded = require(file) as { normalizeReport: NormalizeReport };
  built = { normalizeReport: loaded.normalizeReport, file, target: PARSER_BUNDLE_TARGET, bundler: `esbuild ${esbuildVersion}` };
  return built;
}
