import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ASSUMPTIONS, PRICES } from './cost';
import type { BenchResults } from './results';
import type { Spread } from './pipeline';

/** Renders results.json as RESULTS.md: every number next to its target. */

export interface Target {
  readonly name: string;
  readonly measured: string;
  readonly target: string;
  readonly pass: boolean | null;
}

const KB = 1024;
const fmt = (value: number | undefined, digits = 2): string => (value === undefined || !Number.isFinite(value) ? 'n/a' : value.toLocaleString('en-US', { maximumFractionDigits: digits }));
const mark = (pass: boolean | null): string => (pass === null ? 'not measured' : pass ? '**pass**' : '**FAIL**');

export function targetsOf(r: BenchResults): Target[] {
  const targets: Target[] = [];
  if (r.normalizer && r.baseline && r.comparison) {
    const speedup = r.comparison.speedup;
    targets.push({
      name: 'Normalizer throughput vs baseline (same reports, interleaved)',
      measured: `${fmt(speedup, 1)}x (${fmt(r.comparison.normalizerReportsPerSecond, 0)} vs ${fmt(r.comparison.baselineReportsPerSecond)} reports/s${r.comparison.speedupCpu !== undefined ? `; CPU time ${fmt(r.comparison.speedupCpu, 1)}x` : ''})`,
      target: '>= 20x',
      pass: speedup >= 20,
    });
    targets.push({
      name: 'Normalizer F1 higher than baseline (people + event date)',
      measured: `${fmt(r.normalizer.f1, 3)} vs ${fmt(r.baseline.f1, 3)}`,
      target: 'normalizer > baseline',
      pass: r.normalizer.f1 > r.baseline.f1,
    });
    // Judged on the wall clock (the CPU time also counts the garbage collector's helper
    // threads, so it can exceed the wall clock on a quiet machine); the CPU time and the
    // load say how far a loaded machine stretched it.
    const p99Cpu = r.normalizer.p99CpuMs10k;
    const load = r.normalizer.load;
    targets.push({
      name: 'Normalizer p99 for a ~10 KB report (target set for a quiet machine)',
      measured: `${fmt(r.normalizer.p99Ms10k, 3)} ms${p99Cpu !== undefined ? ` (CPU ${fmt(p99Cpu, 3)} ms)` : ''}${load ? ` at load ${fmt(load.normalizerPass, 1)} on ${load.cores} cores` : ''}`,
      target: '< 5 ms',
      pass: r.normalizer.p99Ms10k < 5,
    });
  }
  if (r.worstCase) {
    const w = r.worstCase;
    const large = w.large ?? { fromBytes: 0, maxMsPerKb: w.maxMsPerKb, p99MsPerKb: w.p99MsPerKb, worst: w.worst };
    targets.push({
      name: `Normalizer worst case (adversarial set, ${fmt(large.fromBytes / KB, 0)} KB and more), max CPU time per KB`,
      measured: `${fmt(large.maxMsPerKb, 3)} ms/KB (p99 ${fmt(large.p99MsPerKb, 3)}; ${large.worst.name}, ${fmt(large.worst.bytes / KB, 0)} KB in ${fmt(large.worst.ms, 1)} ms)`,
      target: `<= ${w.targets.maxMsPerKb} ms/KB`,
      pass: large.maxMsPerKb <= w.targets.maxMsPerKb,
    });
    const tenfold = w.growth.find((g) => g.to === g.from * 10);
    if (tenfold) {
      targets.push({
        name: `Normalizer worst case, time growth ${fmt(tenfold.from / KB, 0)} KB -> ${fmt(tenfold.to / KB, 0)} KB`,
        measured: `${fmt(tenfold.maxRatio, 1)}x (${tenfold.name})`,
        target: `<= ${w.targets.growthTenfold}x (linear: ~10x)`,
        pass: tenfold.maxRatio <= w.targets.growthTenfold,
      });
    }
  }
  if (r.bundles) {
    targets.push({ name: 'Parser bundle without decoders', measured: `${fmt(r.bundles.parser.bytes / KB, 1)} KB`, target: '< 400 KB', pass: r.bundles.parser.bytes < 400 * KB });
    targets.push({ name: 'Parser cold init (median of runs)', measured: `${fmt(r.bundles.parser.initMs, 1)} ms`, target: '< 150 ms', pass: r.bundles.parser.initMs < 150 });
  }
  if (r.pipeline) {
    targets.push({ name: 'Pipeline throughput vs emulator ceiling', measured: `${fmt(r.pipeline.ratio * 100, 1)}%`, target: '>= 70%', pass: r.pipeline.ratio >= 0.7 });
    const samples = r.pipeline.spread?.ratio.samples;
    if (samples && r.pipeline.ceilingHandler) {
      const above = samples.filter((ratio) => ratio > 1).length;
      targets.push({ name: 'The ceiling bounds the pipeline (rounds where parser <= ceiling)', measured: `${samples.length - above} of ${samples.length}`, target: 'every round', pass: above === 0 });
    }
  }
  return targets;
}

function table(header: readonly string[], rows: readonly (readonly string[])[]): string {
  return [`| ${header.join(' | ')} |`, `|${header.map(() => '---').join('|')}|`, ...rows.map((row) => `| ${row.join(' | ')} |`)].join('\n');
}

export function renderMarkdown(r: BenchResults): string {
  const out: string[] = [];
  out.push('# Benchmark results', '');
  out.push(`Produced by \`npm run bench\`${r.meta.quick ? ' with `--quick` (smoke sizes: the numbers are not representative)' : ''}. Raw numbers: \`results.json\`.`, '');
  out.push(
    table(
      ['', ''],
      [
        ['Date', r.meta.date],
        ['CPU', `${r.meta.cpu} (${r.meta.cores} cores)`],
        ['Node.js', r.meta.node],
        ['Platform', r.meta.platform],
        ['Sections measured on', Object.entries(r.meta.sections).map(([s, d]) => `${s} ${d}`).join('; ')],
      ],
    ),
    '',
  );

  out.push('## Targets', '');
  out.push(table(['Target', 'Measured', 'Goal', 'Result'], targetsOf(r).map((t) => [t.name, t.measured, t.target, mark(t.pass)])), '');

  if (r.normalizer && r.baseline && r.comparison) {
    const n = r.normalizer;
    const b = r.baseline;
    out.push('## 1. Normalizer vs a general-purpose baseline', '');
    out.push(
      `Corpus: ${fmt(n.corpus.reports, 0)} generated reports (seed ${n.corpus.seed}, \`bench/generator.ts\`): ${fmt(n.corpus.english, 0)} English, ${fmt(n.corpus.vietnamese, 0)} Vietnamese, ` +
        `${fmt(n.corpus.minBytes / KB, 1)}-${fmt(n.corpus.maxBytes / KB, 1)} KB (mean ${fmt(n.corpus.meanBytes / KB, 1)} KB); ${fmt(n.corpus.reports10k, 0)} reports of 9-11 KB give the "10 KB" percentile. ` +
        'Single-threaded, one process, after a warm-up on reports of another seed; each report timed with `process.hrtime.bigint()` (wall clock) and `process.cpuUsage()` (CPU time). ' +
        (n.build
          ? `The normalizer timed is the build the parser's Lambda runs (${n.build.bundler}, one file, ${n.build.minify ? 'minified, ' : ''}target ${n.build.target}; \`bench/shipped-normalizer.ts\`), which gave the same records as the sources on ${fmt(n.build.sameRecords, 0)} reports checked before timing; earlier runs timed the sources under the TypeScript loader. `
          : '') +
        `The baseline (${b.library}) is one to two orders of magnitude slower, so it reads an evenly spaced sample of ${fmt(r.comparison.reports, 0)} of the same reports; ` +
        (r.comparison.speedupCpu !== undefined
          ? 'the speed-up compares both extractors on exactly that sample, interleaved: each report normalized and then read by the baseline, back to back, so a change of load on the machine reaches both alike. '
          : 'the speed-up compares both extractors on exactly that sample. ') +
        (n.load
          ? `The machine is shared: its 1-minute load average was ${fmt(n.load.normalizerPass, 1)} during the normalizer's pass and ${fmt(n.load.interleavedPass, 1)} during the interleaved pass, on ${n.load.cores} cores; wall-clock latencies grow with it, CPU times and interleaved ratios much less.`
          : ''),
      '',
    );
    out.push(
      table(
        ['Metric', 'Normalizer', 'Baseline', 'Target'],
        [
          ['reports/s (one core)', fmt(n.reportsPerSecond, 1), fmt(b.reportsPerSecond, 2), ''],
          ['reports/s on the shared sample', fmt(r.comparison.normalizerReportsPerSecond, 1), fmt(r.comparison.baselineReportsPerSecond, 2), `speed-up ${fmt(r.comparison.speedup, 1)}x, target >= 20x`],
          ['p50 latency (ms)', fmt(n.p50Ms, 3), fmt(b.p50Ms, 1), ''],
          ['p99 latency (ms)', fmt(n.p99Ms, 3), fmt(b.p99Ms, 1), ''],
          ['p99 latency, 9-11 KB reports (ms)', fmt(n.p99Ms10k, 3), fmt(b.p99Ms10k, 1), '< 5 ms (normalizer)'],
          ...(n.p99CpuMs10k !== undefined ? [['p99 CPU time, 9-11 KB reports (ms)', fmt(n.p99CpuMs10k, 3), '', '']] : []),
          ['mean latency (ms)', fmt(n.meanMs, 3), '', ''],
          ...(n.meanCpuMs !== undefined ? [['mean CPU time (ms)', fmt(n.meanCpuMs, 3), '', '']] : []),
          ...(r.comparison.speedupCpu !== undefined ? [['speed-up on the sample in CPU time', `${fmt(r.comparison.speedupCpu, 1)}x`, '', '']] : []),
          ['GC during the timed pass', n.gc ? `${n.gc.count} pauses, ${fmt(n.gc.totalMs, 0)} ms total, longest ${fmt(n.gc.maxMs, 1)} ms` : 'n/a', '', ''],
          ['F1, people + event date (micro)', fmt(n.f1, 3), fmt(b.f1, 3), 'normalizer > baseline'],
          ['F1, people names', fmt(n.scores.f1People, 3), fmt(b.scores.f1People, 3), ''],
          ['F1, event date', fmt(n.scores.f1EventDate, 3), fmt(b.scores.f1EventDate, 3), ''],
        ],
      ),
      '',
    );
    out.push(
      'F1 is measured on the labelled corpus (`tests/fixtures/corpus`, the fields the baseline can produce): people as a set per report, names compared ' +
        'case- and diacritics-insensitively as `reports score` does; the event date as one item per report (a wrong date counts as a false positive and a miss). ' +
        `Counts: normalizer people tp ${n.scores.people.tp} fp ${n.scores.people.fp} fn ${n.scores.people.fn}, date tp ${n.scores.eventDate.tp} fp ${n.scores.eventDate.fp} fn ${n.scores.eventDate.fn}; ` +
        `baseline people tp ${b.scores.people.tp} fp ${b.scores.people.fp} fn ${b.scores.people.fn}, date tp ${b.scores.eventDate.tp} fp ${b.scores.eventDate.fp} fn ${b.scores.eventDate.fn}.`,
      '',
    );
  }

  if (r.real) {
    const real = r.real;
    out.push('### Real reports', '');
    out.push(
      `The ${real.reports} labelled real reports of \`tests/fixtures/real\` (mean ${fmt(real.meanBytes / KB, 1)} KB, page furniture included), each normalized ${real.rounds} times and then read once by the baseline (interleaved), ` +
        'each call timed alone; the score is `reports score` on the same records.',
      '',
    );
    out.push(
      table(
        ['Metric', 'Normalizer', 'Baseline', 'Target'],
        [
          ['reports/s (one core)', fmt(real.normalizer.reportsPerSecond, 1), fmt(real.baseline.reportsPerSecond, 2), `speed-up ${fmt(real.speedup, 1)}x, target >= 20x`],
          ['p50 latency (ms)', fmt(real.normalizer.p50Ms, 3), fmt(real.baseline.p50Ms, 1), ''],
          ['p99 latency (ms)', fmt(real.normalizer.p99Ms, 3), fmt(real.baseline.p99Ms, 1), ''],
          ['speed-up in CPU time', `${fmt(real.speedupCpu, 1)}x`, '', ''],
          ['slowest per KB (CPU ms/KB)', fmt(real.normalizer.maxMsPerKb, 3), '', ''],
          ['score (reports score), routing all right', `${fmt(real.score, 3)}, ${fmt(real.routing * 100, 1)}%`, '', ''],
        ],
      ),
      '',
    );
  }

  if (r.worstCase) {
    const w = r.worstCase;
    out.push('### Worst-case inputs', '');
    out.push(
      `${w.inputs.length / w.sizes.length} shapes of text built to find a path that grows faster than the text (\`bench/adversarial.ts\`: long lists of names with titles, runs of dates, ` +
        'unit names by the hundred, lines without punctuation, capitalised runs, repeated titles, document codes, award counts, one word per line), each at ' +
        `${w.sizes.map((size) => `${fmt(size / KB, 0)} KB`).join(', ')}; each input normalized ${w.runs} times, the fastest run kept (a slow path is slow on every run, a busy machine only on some), timed in CPU time of the process (user + system: the wall clock of a shared machine also counts the time other processes hold the core). ` +
        `Beyond ${fmt(200_000, 0)} characters the normalizer reads only the start (with a warning), so the 1 MB inputs cost their first 200,000 characters plus the linear clean-up of the whole text.`,
      '',
    );
    const sizeRow = (size: number) => w.inputs.filter((input) => input.bytes >= size && input.bytes < size * 1.5);
    out.push(
      table(
        ['Size', 'inputs', 'max CPU ms', 'max CPU ms/KB', 'p99 CPU ms/KB', 'slowest shape', 'its wall ms'],
        w.sizes.map((size) => {
          const row = sizeRow(size);
          const slowest = row.reduce((a, b) => (b.ms > a.ms ? b : a), row[0]!);
          const perKb = row.map((input) => input.msPerKb).sort((a, b) => a - b);
          const p99 = perKb[Math.min(perKb.length - 1, Math.ceil(0.99 * perKb.length) - 1)];
          return [`${fmt(size / KB, 0)} KB`, String(row.length), fmt(slowest.ms, 1), fmt(Math.max(...perKb), 3), fmt(p99, 3), slowest.name, fmt(slowest.wallMs, 1)];
        }),
      ),
      '',
    );
    out.push(
      table(
        ['Growth', 'largest time ratio of one shape', 'shape', 'linear would be'],
        w.growth.map((g) => [`${fmt(g.from / KB, 0)} KB -> ${fmt(g.to / KB, 0)} KB`, `${fmt(g.maxRatio, 1)}x`, g.name, `${fmt(g.to / g.from, 0)}x${g.to > 200_000 ? ' (less: the cut at 200,000 characters)' : ''}`]),
      ),
      '',
    );
  }

  if (r.bundles) {
    const x = r.bundles;
    out.push('## 2. Lambda bundles', '');
    out.push(
      `esbuild ${x.esbuild.version} with the stack's settings (infra/constructs/ingest.ts): platform node, target ${x.esbuild.target}, format ${x.esbuild.format}, minify, source map in a separate file, ` +
        `externals ${x.esbuild.externals.map((e) => `\`${e}\``).join(', ')}. \`parserWithDecoders\` keeps only \`@aws-sdk/*\` external (the handler reaches the format decoders only through its decode worker, so this adds the tracer alone). ` +
        `Cold init: a fresh Node process per run requires the bundle with dummy environment (PROVINCE_CONFIG_JSON as the stack inlines it) and times the \`require\` with hrtime (and its CPU time with process.cpuUsage: on a loaded machine the wall clock also counts the time other processes hold the core); median of ${x.parser.runs} runs after one unmeasured run. ` +
        '`@aws-sdk/*` resolves from the project\'s node_modules (Lambda provides it from the runtime), so its loading is included.',
      '',
    );
    out.push(
      table(
        ['Bundle', 'Bytes', 'KB', 'gzip KB', 'Init median (ms)', 'Init p90 (ms)', 'Init min (ms)', 'Init CPU median (ms)', 'Target'],
        [
          ['parser', fmt(x.parser.bytes, 0), fmt(x.parser.bytes / KB, 1), fmt(x.parser.gzipBytes / KB, 1), fmt(x.parser.initMs, 1), fmt(x.parser.initP90Ms, 1), fmt(x.parser.initMinMs, 1), fmt(x.parser.initCpuMs, 1), '< 400 KB, init < 150 ms'],
          ...(x.parserOwnCode
            ? [['parser, SDK stubbed (its own code)', '', '', '', fmt(x.parserOwnCode.initMs, 1), fmt(x.parserOwnCode.initP90Ms, 1), fmt(x.parserOwnCode.initMinMs, 1), fmt(x.parserOwnCode.initCpuMs, 1), '(the SDK clients: the difference)']]
            : []),
          ['parserWithDecoders', fmt(x.parserWithDecoders.bytes, 0), fmt(x.parserWithDecoders.bytes / KB, 1), fmt(x.parserWithDecoders.gzipBytes / KB, 1), fmt(x.parserWithDecoders.initMs, 1), fmt(x.parserWithDecoders.initP90Ms, 1), fmt(x.parserWithDecoders.initMinMs, 1), fmt(x.parserWithDecoders.initCpuMs, 1), '(comparison)'],
        ],
      ),
      '',
    );
    if (x.firstReport) {
      const f = x.firstReport;
      out.push(
        `The first reports after a cold start (not part of init: the normalizer compiles its language packs, builds its gazetteer and reads its data on first use, and the engine compiles each pattern the first time it runs). ` +
          `A fresh process per run requires the normalizer bundled as the parser ships it and normalizes ${f.reports.map((name) => `\`samples/${name}\``).join(' and then ')}; median of ${f.runs} runs.`,
        '',
      );
      out.push(
        table(
          ['require (ms)', 'first report (ms)', 'second report (ms)', 'first report again, after 50 more (ms)'],
          [[fmt(f.requireMs, 1), fmt(f.firstMs, 1), fmt(f.secondMs, 1), fmt(f.warmMs, 2)]],
        ),
        '',
      );
    }
    out.push(table(['Decoder (bundled alone, as the stack ships it)', 'Bytes', 'KB', 'gzip KB'], Object.entries(x.decoders).map(([name, d]) => [name, fmt(d.bytes, 0), fmt(d.bytes / KB, 1), fmt(d.gzipBytes / KB, 1)])), '');
    if (x.decodeWorker || x.lazyData) {
      out.push(
        'Also in the asset and loaded after init: the decode worker (the format decoders, started in a worker thread at the first file) and the data files the parser reads on first use.',
        '',
      );
      const rows: string[][] = [];
      if (x.decodeWorker) rows.push(['decode-worker.js', fmt(x.decodeWorker.bytes, 0), fmt(x.decodeWorker.bytes / KB, 1), fmt(x.decodeWorker.gzipBytes / KB, 1)]);
      for (const [name, f] of Object.entries(x.lazyData?.files ?? {})) rows.push([name, fmt(f.bytes, 0), fmt(f.bytes / KB, 1), fmt(f.gzipBytes / KB, 1)]);
      if (x.lazyData) rows.push(['data read on first use, all files', fmt(x.lazyData.bytes, 0), fmt(x.lazyData.bytes / KB, 1), fmt(x.lazyData.gzipBytes / KB, 1)]);
      out.push(table(['Loaded after init', 'Bytes', 'KB', 'gzip KB'], rows), '');
    }
  }

  if (r.pipeline) {
    const p = r.pipeline;
    out.push('## 3. Pipeline on the embedded emulators', '');
    out.push(
      `${fmt(p.uploads, 0)} generated reports (${p.scopes.province} province scope, ${p.scopes.district} district scope${p.heldOut ? `; ${p.heldOut} generated report(s) the parser holds for review left out, as no office would receive them` : ''}) uploaded to S3 (${'8'} in flight), timed from the first upload to the last notice delivered to an office queue ` +
        `(counted with OfficeInbox; ${fmt(p.deliveriesPerReport, 2)} deliveries per report). ` +
        (p.eventSource
          ? `The event source runs as the stack's event source mapping says: ${p.eventSource.concurrency} pollers, batches of up to ${p.eventSource.batchSize}, ` +
            `a ${fmt(p.eventSource.maxBatchingWindowMs / 1000, 0)} s batching window, partial batch failures ${p.eventSource.reportBatchItemFailures ? 'on' : 'off'}; the same settings in every run. `
          : `The event source ran ${p.concurrency} pollers with batches of up to 10. `) +
        (p.ceilingHandler
          ? 'The ceiling is the same pipeline with a handler that does strictly less than the parser: it reads each object (S3 GetObject) and publishes the notice prepared for it before the clock started (SNS publish); ' +
            'no decoding, normalizing, validation, formatting, and no DynamoDB call. The replay is the same pipeline with a handler that makes all the AWS calls of the parser (the DynamoDB reads and writes of a new report too) ' +
            'with records prepared before the clock starts: the parser without its CPU work. '
          : 'The ceiling is the same pipeline with a handler that makes the same AWS calls (S3 GetObject, the DynamoDB reads and writes of a new report, the SNS publish) with records prepared before the clock starts: no decoding, normalizing, validation or notice formatting. ') +
        `**${p.note}** ` +
        (p.order
          ? `Every round runs the three kinds one after another in one process, each on fresh emulators and after its own warm-up, the order rotating from round to round (${p.order.map((kinds) => kinds.join(', ')).join('; ')}), so a change of load on the machine during the benchmark reaches all three and no kind always runs first.`
          : p.spread
            ? `Ceiling and parser runs alternate (ceiling, parser, ceiling, parser, ...; ${p.rounds} rounds) in one process, each on fresh emulators and after its own warm-up, so a change of load on the machine during the benchmark reaches both.`
            : 'These results come from one ceiling run followed by one parser run (before the runs alternated over rounds); re-run the section for their spread.'),
      '',
    );
    const spreadRow = (name: string, spread: Spread, digits = 2, scale = 1) => [
      name,
      fmt(spread.median * scale, digits),
      `${fmt(spread.min * scale, digits)} - ${fmt(spread.max * scale, digits)}`,
      `${fmt(spread.q1 * scale, digits)} - ${fmt(spread.q3 * scale, digits)}`,
      spread.samples.map((sample) => fmt(sample * scale, digits)).join(', '),
    ];
    const ceilingName = p.ceilingHandler ? 'ceiling (read and publish only)' : 'ceiling (AWS calls only)';
    if (p.spread) {
      out.push(
        table(
          ['Over the rounds', 'median', 'min - max', 'IQR (q1 - q3)', 'each round'],
          [
            spreadRow('parser (real handler), reports/s', p.spread.parser),
            spreadRow(`${ceilingName}, reports/s`, p.spread.ceiling),
            ...(p.spread.replay ? [spreadRow('replay (the parser\'s AWS calls, no CPU work), reports/s', p.spread.replay)] : []),
            spreadRow('parser / ceiling of the same round, %', p.spread.ratio, 1, 100),
            ...(p.spread.replayRatio ? [spreadRow('replay / ceiling of the same round, %', p.spread.replayRatio, 1, 100)] : []),
          ],
        ),
        '',
      );
    }
    const runRow = (name: string, m: NonNullable<typeof p.replay>) => [name, fmt(m.reportsPerSecond), fmt(m.seconds, 1), `${m.deliveries}/${m.expectedDeliveries}`, fmt(m.latencyP50Ms, 0), fmt(m.latencyP99Ms, 0), String(m.invocations)];
    out.push('The median run of each kind:', '');
    out.push(
      table(
        ['Run', 'reports/s', 'seconds', 'deliveries', 'latency p50 (ms)', 'latency p99 (ms)', 'invocations'],
        [runRow('parser (real handler)', p.parser), runRow(ceilingName, p.ceiling), ...(p.replay ? [runRow('replay', p.replay)] : [])],
      ),
      '',
    );
    out.push(`Ratio: **${fmt(p.ratio * 100, 1)}%** of the ceiling, median over median (target >= 70%)${p.replayRatio !== undefined ? `; the replay reaches ${fmt(p.replayRatio * 100, 1)}%` : ''}.`, '');
    const above = p.spread?.ratio.samples.filter((ratio) => ratio > 1).length ?? 0;
    if (p.spread && above > 0) {
      out.push(
        `**The ceiling was exceeded:** in ${above} of ${p.spread.ratio.samples.length} rounds the parser outran the ceiling run of its round. ` +
          (p.ceilingHandler
            ? 'The ceiling does a subset of the parser\'s work, so such a round measures the machine (other work on the shared cores during one of the runs), not the pipeline; see the analysis below.'
            : 'The ceiling handler starts every call of a batch at once, with no CPU work between them; read the ratio as a comparison of two handlers on the same emulators, not as a share of an upper bound.'),
        '',
      );
    }
    const keys = [...new Set([...Object.keys(p.parser.handlerCallsPerReport), ...Object.keys(p.ceiling.handlerCallsPerReport), ...Object.keys(p.replay?.handlerCallsPerReport ?? {})])].sort();
    out.push(
      p.replay
        ? 'AWS calls per report made by the handler (the replay must match the parser; the ceiling makes a subset of them):'
        : 'AWS calls per report made by the handler (the ceiling must match the parser for the comparison to hold):',
      '',
    );
    out.push(
      table(
        ['Call', 'parser', 'ceiling', ...(p.replay ? ['replay'] : [])],
        keys.map((k) => [k, fmt(p.parser.handlerCallsPerReport[k] ?? 0, 3), fmt(p.ceiling.handlerCallsPerReport[k] ?? 0, 3), ...(p.replay ? [fmt(p.replay.handlerCallsPerReport[k] ?? 0, 3)] : [])]),
      ),
      '',
    );
    const pkeys = Object.keys(p.parser.platformCallsPerReport).sort();
    out.push('Calls around the handler per report (upload, S3 notification, event source):', '');
    out.push(table(['Call', 'per report'], pkeys.map((k) => [k, fmt(p.parser.platformCallsPerReport[k], 3)])), '');
  }

  if (r.cost) {
    const c = r.cost;
    out.push('## 4. Cost per million reports', '');
    out.push(
      `Prices: ${PRICES.region} list prices taken on ${PRICES.takenOn} from ${PRICES.source}. Function memory ${c.inputs.memoryMb} MB (the stack's default), arm64.`,
      '',
      'Formula, per report:',
      '',
      '```',
      `cpu_ms      = normalizer_mean_ms x max(1, ${ASSUMPTIONS.fullVcpuMb} / memory_mb)            # Lambda gives a full vCPU at ${ASSUMPTIONS.fullVcpuMb} MB`,
      `io_ms       = handler_aws_calls x ${ASSUMPTIONS.awsCallLatencyMs} ms / reports_per_invocation       # messages of a batch wait on AWS concurrently`,
      'GB_s        = memory_mb / 1024 x (cpu_ms + io_ms) / 1000',
      `log_bytes   = handler_log_bytes + ${ASSUMPTIONS.platformLogBytesPerInvocation} / reports_per_invocation          # START/END/REPORT + EMF metrics line`,
      'cost        = GB_s x P_lambda_gbs + P_lambda_req / reports_per_invocation',
      '            + (sqs_sends + 2 / reports_per_invocation) x P_sqs + sns_publish_requests x P_sns_publish + sum(deliveries_by_protocol x P_delivery)',
      '            + (WRU_table + WRU_index) x P_wru + RRU x P_rru + P_s3_put + s3_gets x P_s3_get',
      `            + log_bytes / 1e9 x P_logs_gb + ${ASSUMPTIONS.xraySampledShare} / reports_per_invocation x P_xray_trace`,
      'per million = cost x 1,000,000',
      '```',
      '',
      `Inputs: normalizer mean ${fmt(c.inputs.normalizerMeanMs, 3)} ms (its CPU time when measured) -> CPU ${fmt(c.inputs.cpuMsPerReport, 2)} ms; ${fmt(c.inputs.handlerAwsCallsPerReport, 2)} AWS calls per report -> I/O wait ${fmt(c.inputs.ioWaitMsPerReport, 2)} ms; ` +
        `billed ${fmt(c.inputs.billedMsPerReport, 2)} ms per report; ${fmt(c.inputs.reportsPerInvocation, 2)} reports per invocation (measured in the pipeline run). ` +
        'Call counts, DynamoDB capacity units (ReturnConsumedCapacity on every call of the handler), log bytes (Powertools at INFO, as deployed) and deliveries come from the pipeline run; ' +
        'lookup-index writes are estimated from the items that carry its keys.',
      '',
    );
    out.push(
      table(
        ['Item', 'Per report', 'Unit', 'Unit price (USD)', 'USD per million reports'],
        c.lines.map((l) => [l.item, fmt(l.quantityPerReport, 4), l.unit, Number.isFinite(l.unitPrice) ? l.unitPrice.toExponential(3) : 'n/a', fmt(l.usdPerMillion, 2)]),
      ),
      '',
    );
    out.push(`**Total: ${fmt(c.usdPerMillionReports, 2)} USD per million reports.**`, '');
    out.push(
      'Not included: storage (DynamoDB and S3, billed per GB-month while kept), KMS requests for the customer-managed key (S3 bucket keys and SQS/DynamoDB data-key reuse amortize them), ' +
        'idle polling of the event source (a fixed cost per month, not per report), data transfer (none leaves the region), and SMS deliveries (priced per destination country; the shipped config has none).',
      '',
    );
  }

  const analysis = join(__dirname, 'analysis.md');
  if (existsSync(analysis)) out.push(readFileSync(analysis, 'utf8').trim(), '');
  return `${out.join('\n')}\n`;
}
