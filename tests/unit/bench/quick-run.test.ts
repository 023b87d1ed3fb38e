import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

const root = resolve(__dirname, '../../..');

describe('npm run bench -- --quick', () => {
  it('measures every section and writes results.json and RESULTS.md with the agreed keys', () => {
    const out = mkdtempSync(join(tmpdir(), 'bench-quick-'));
    const run = spawnSync(process.execPath, [join(root, 'bin/run-ts.cjs'), 'bench/run.ts', '--quick', '--out', out], {
      cwd: root,
      encoding: 'utf8',
      timeout: 240_000,
    });
    expect(run.stderr).toContain('[bench] wrote');
    expect(run.status).toBe(0);
    const results = JSON.parse(readFileSync(join(out, 'results.json'), 'utf8')) as Record<string, Record<string, unknown>>;
    for (const key of ['reportsPerSecond', 'p50Ms', 'p99Ms', 'p99Ms10k', 'f1']) expect(typeof results.normalizer?.[key]).toBe('number');
    // The normalizer timed is the shipped build, checked against the sources first.
    expect((results.normalizer?.build as { sameRecords: number } | undefined)?.sameRecords).toBeGreaterThan(0);
    for (const key of ['reportsPerSecond', 'p99Ms', 'f1']) expect(typeof results.baseline?.[key]).toBe('number');
    for (const name of ['parser', 'parserWithDecoders']) {
      const bundle = results.bundles?.[name] as Record<string, unknown>;
      expect(bundle.bytes).toBeGreaterThan(0);
      expect(bundle.initMs).toBeGreaterThan(0);
    }
    for (const key of ['reportsPerSecond', 'ceilingReportsPerSecond', 'ratio']) expect(results.pipeline?.[key]).toBeGreaterThan(0);
    // The worst-case inputs are timed at every size, and the real reports scored.
    const worstCase = results.worstCase as { sizes: number[]; inputs: { msPerKb: number }[]; large: { maxMsPerKb: number }; growth: { maxRatio: number }[] };
    expect(worstCase.inputs.length).toBeGreaterThanOrEqual(worstCase.sizes.length * 10);
    for (const input of worstCase.inputs) expect(input.msPerKb).toBeGreaterThan(0);
    expect(worstCase.growth).toHaveLength(worstCase.sizes.length - 1);
    expect(typeof results.real?.score).toBe('number');
    expect(results.real?.speedup).toBeGreaterThan(0);
    // Ceiling, replay and parser run in every round; each is reported with its spread.
    const spread = results.pipeline?.spread as Record<string, { samples: number[]; min: number; max: number; median: number }>;
    for (const kind of ['parser', 'ceiling', 'replay', 'ratio', 'replayRatio']) {
      expect(spread[kind]?.samples).toHaveLength(results.pipeline?.rounds as number);
      expect(spread[kind]?.min).toBeLessThanOrEqual(spread[kind]?.median ?? Number.NaN);
      expect(spread[kind]?.median).toBeLessThanOrEqual(spread[kind]?.max ?? Number.NaN);
    }
    expect(results.cost?.usdPerMillionReports).toBeGreaterThan(0);
    const markdown = readFileSync(join(out, 'RESULTS.md'), 'utf8');
    expect(markdown).toContain(String(results.meta?.node));
    expect(markdown).toContain('## Targets');
  }, 300_000);
});
