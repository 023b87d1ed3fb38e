import { readFile, readdir, stat } from 'node:fs/promises';
import path from 'node:path';
import { DEFAULT_CONFIG_PATH, loadProvinceConfig, type ProvinceConfig } from '../../config/province-config';
import { decodeDocument } from '../../domain/decode';
import { labelSchema, type ReportLabel } from '../../domain/evaluation/label';
import { formatCorpusScore, scoreCorpus, type ScoredReport } from '../../domain/evaluation/score';
import { normalizeReport } from '../../domain/normalizer';
import { ConfigError, UsageError, describeError } from '../../errors';
import { defineCommand, type OptionSpecs } from '../command';
import { Progress } from '../progress';
import { formatZodIssues } from '../../zod-issues';

const OPTIONS = {
  json: { type: 'boolean', description: 'Print the scores as one JSON object instead.' },
  calibration: {
    type: 'boolean',
    description: `Add the calibration table: for each field's confidence bin, how many
reports were right.`,
  },
  verbose: { type: 'boolean', description: 'List every miss of every file (default: the five worst files).' },
  min: { type: 'string', value: 'X', description: 'Exit 1 when the overall score is below X (0-1).' },
  config: {
    type: 'string',
    value: 'FILE',
    description: `Province config whose units the labels' district ids name.
Default: ${DEFAULT_CONFIG_PATH}`,
  },
} as const satisfies OptionSpecs;

const LABEL_SUFFIX = '.expected.json';
const REPORT_EXTENSIONS = ['.txt', '.md', '.html', '.htm', '.docx', '.pdf'];

interface CorpusEntry {
  readonly name: string;
  readonly reportPath: string;
  readonly label: ReportLabel;
}

async function readCorpus(dir: string): Promise<CorpusEntry[]> {
  let names: string[];
  try {
    if (!(await stat(dir)).isDirectory()) throw new UsageError(`${dir} is not a directory`);
    names = await readdir(dir);
  } catch (error) {
    if (error instanceof UsageError) throw error;
    throw new UsageError(`cannot read ${dir}: ${(error as NodeJS.ErrnoException).code === 'ENOENT' ? 'no such directory' : (error as Error).message}`);
  }
  const present = new Set(names);
  const entries: CorpusEntry[] = [];
  const problems: string[] = [];
  for (const labelName of names.filter((name) => name.endsWith(LABEL_SUFFIX)).sort()) {
    const stem = labelName.slice(0, -LABEL_SUFFIX.length);
    const reportName = REPORT_EXTENSIONS.map((extension) => stem + extension).find((candidate) => present.has(candidate));
    if (!reportName) {
      problems.push(`${labelName}: no report file ${stem}{${REPORT_EXTENSIONS.join(',')}} beside it`);
      continue;
    }
    let raw: unknown;
    try {
      raw = JSON.parse(await readFile(path.join(dir, labelName), 'utf8'));
    } catch (error) {
      problems.push(`${labelName}: not valid JSON (${(error as Error).message})`);
      continue;
    }
    const parsed = labelSchema.safeParse(raw);
    if (!parsed.success) {
      for (const problem of formatZodIssues(parsed.error)) problems.push(`${labelName}: ${problem}`);
      continue;
    }
    entries.push({ name: reportName, reportPath: path.join(dir, reportName), label: parsed.data });
  }
  if (problems.length) throw new ConfigError(`labels in ${dir} cannot be read`, problems);
  if (entries.length === 0) throw new UsageError(`${dir} holds no labelled report (NAME${LABEL_SUFFIX} beside NAME.txt)`);
  return entries;
}

async function normalizeEntry(entry: CorpusEntry, config: ProvinceConfig): Promise<ScoredReport> {
  try {
    const bytes = await readFile(entry.reportPath);
    const decoded = await decodeDocument(bytes, { fileName: entry.reportPath });
    return { name: entry.name, label: entry.label, record: normalizeReport(decoded.text, { referenceDate: entry.label.referenceDate, config, ...(decoded.pageAddress ? { pageAddress: decoded.pageAddress } : {}) }) };
  } catch (error) {
    return { name: entry.name, label: entry.label, record: null, error: describeError(error) };
  }
}

export const scoreCommand = defineCommand({
  name: 'score',
  summary: 'score the normalizer on a labelled corpus, field by field',
  usage: 'reports score DIR [--json] [--calibration] [--verbose] [--min X] [--config FILE]',
  description: `Scores the normalizer on a labelled corpus: every NAME.expected.json in DIR with its
report NAME.txt (or NAME.html, .md, .docx, .pdf). Each report is decoded and normalized
in this process with the label's referenceDate, then compared field by field with its
label (format: tests/fixtures/CORPUS.md).

Prints one line per field (F1 for sets, share right for single fields), a routing line
(province, scope and districts all right), the files with misses and, last,
"score: X.XXX", the mean of every field with something to find.`,
  options: OPTIONS,
  exitCodes: `Exit codes: 0 scored (and at or above --min), 1 below --min or a label cannot be read,
2 wrong usage.`,
  examples: ['reports score tests/fixtures/real --calibration'],
  async run(values, positionals) {
    if (positionals.length !== 1) throw new UsageError(positionals.length === 0 ? 'missing DIR' : `expected one DIR, got ${positionals.length}`);
    const minimum = values.min === undefined ? 0 : Number(values.min);
    if (!Number.isFinite(minimum) || minimum < 0 || minimum > 1) throw new UsageError(`--min must be a number from 0 to 1, got "${values.min}"`);
    const dir = positionals[0]!;
    const config = loadProvinceConfig(values.config ?? DEFAULT_CONFIG_PATH);
    const entries = await readCorpus(dir);
    const progress = new Progress(process.stderr, 'scoring', entries.length);
    const scored: ScoredReport[] = [];
    for (const entry of entries) {
      scored.push(await normalizeEntry(entry, config));
      if (process.stderr.isTTY) progress.tick(entry.name);
    }
    progress.finish();
    const score = scoreCorpus(scored);
    if (values.json) {
      process.stdout.write(`${JSON.stringify({ corpus: dir, ...score })}\n`);
    } else {
      console.log(formatCorpusScore(score, dir, { verbose: values.verbose, calibration: values.calibration }));
    }
    return score.overall < minimum ? 1 : 0;
  },
});
