/**
 * Measures how often each path of the routing fields is right on a labelled corpus:
 * the numbers behind PATH_CONFIDENCE in shared/domain/normalizer/confidence.ts.
 *
 *   node bin/run-ts.cjs scripts/calibrate-confidence.ts DIR... [--config FILE]
 *
 * Several labelled directories are counted together (the real-text development corpus
 * and the clean corpus, say).
 *
 * Prints a Markdown table: field, path, reports, right, rate, the value suggested for the
 * path and the confidence the table gives it. A path whose rate falls below its
 * confidence over five reports or more is flagged with "!".
 *
 * The suggestion shrinks the observed rate toward a prior of 0.7 with the weight of four
 * reports, (right + 4 x 0.7) / (reports + 4), capped at 0.97: the rules were written
 * while reading this corpus, so its rates are optimistic, and a path seen a few times
 * cannot earn 0.9 on them. A path that leaves its field empty shrinks toward 0.3 instead
 * and is capped at 0.45: an unknown value is never enough to route on.
 */
import { directoryArguments, runScript, scriptInvocation } from './script-command';
import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { DEFAULT_CONFIG_PATH, loadProvinceConfig } from '../shared/config/province-config';
import { foldForScoring, wordOverlap } from '../shared/domain/evaluation/score';
import { PATH_CONFIDENCE, normalizeReportWithPaths, type RoutingField } from '../shared/domain/normalizer';
import type { NormalizedReport } from '../shared/domain/record';

interface Label {
  readonly referenceDate: string;
  readonly language: string;
  readonly event: { readonly date: string | null };
  readonly organizer: string | null;
  readonly province: string | null;
  readonly scope: string;
  readonly districts: readonly string[];
}

const PRIOR = 0.7;
const EMPTY_PRIOR = 0.3;
const PRIOR_WEIGHT = 4;

const sameSet = (a: readonly string[], b: readonly string[]): boolean => a.length === b.length && a.every((item) => b.includes(item));

const RIGHT: Readonly<Record<RoutingField, (record: NormalizedReport, label: Label) => boolean>> = {
  language: (record, label) => record.language === label.language,
  eventDate: (record, label) => record.event.date === label.event.date,
  organizer: (record, label) => wordOverlap(record.organizer, label.organizer) >= 0.6,
  province: (record, label) => foldForScoring(record.province) === foldForScoring(label.province),
  scope: (record, label) => record.scope === label.scope,
  districts: (record, label) => sameSet(record.districts, label.districts),
};

function main(dirs: readonly string[], configPath: string): void {
  const config = loadProvinceConfig(configPath);
  const tally = new Map<string, { right: number; total: number }>();
  const files = dirs.flatMap((dir) => readdirSync(dir).filter((file) => file.endsWith('.txt')).sort().map((file) => path.join(dir, file)));
  for (const file of files) {
    const label = JSON.parse(readFileSync(file.replace(/\.txt$/, '.expected.json'), 'utf8')) as Label;
    const { record, paths } = normalizeReportWithPaths(readFileSync(file, 'utf8'), { referenceDate: label.referenceDate, config });
    if (!paths) continue;
    for (const field of Object.keys(RIGHT) as RoutingField[]) {
      const key = `${field}\t${paths[field]}`;
      const entry = tally.get(key) ?? { right: 0, total: 0 };
      entry.total++;
      if (RIGHT[field](record, label)) entry.right++;
      tally.set(key, entry);
    }
  }
  console.log(`${files.length} reports of ${dirs.join(', ')}\n`);
  console.log('| field | path | reports | right | rate | suggested | confidence |');
  console.log('|---|---|---:|---:|---:|---:|---:|');
  for (const [key, { right, total }] of [...tally.entries()].sort()) {
    const [field, pathName] = key.split('\t') as [RoutingField, string];
    const confidence = PATH_CONFIDENCE[field][pathName];
    const rate = right / total;
    const flag = confidence !== undefined && rate < confidence && total >= 5 ? ' !' : '';
    const empty = pathName === 'none' || pathName === 'no-organizer';
    const prior = empty ? EMPTY_PRIOR : PRIOR;
    const suggested = Math.min(empty ? 0.45 : 0.97, Math.floor(((right + PRIOR_WEIGHT * prior) / (total + PRIOR_WEIGHT)) * 100) / 100);
    console.log(`| ${field} | ${pathName} | ${total} | ${right} | ${rate.toFixed(2)} | ${suggested.toFixed(2)} | ${confidence === undefined ? 'unlisted' : confidence.toFixed(2)}${flag} |`);
  }
}

runScript(__filename, {
  usage: `${scriptInvocation(__filename)} DIR... [--config FILE]`,
  description: 'Scores every path of the routing fields on labelled reports (NAME.txt beside NAME.expected.json) and prints a table: how often each path is right, the confidence a prior-weighted rate suggests, and the confidence in force (marked ! when the corpus shows less).',
  options: {
    config: { type: 'string', value: 'FILE', description: 'province config the reports are read with (default config/hai-duong.json)' },
  },
  examples: [`${scriptInvocation(__filename)} tests/fixtures/real tests/fixtures/real-fresh`],
  run: async (values, positionals) => {
    main(directoryArguments(positionals), values.config ?? DEFAULT_CONFIG_PATH);
    return 0;
  },
});
