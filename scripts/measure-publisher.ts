/**
 * Measures how often the publisher a page shows (masthead, source code, footer, web
 * address) is of the province its label gives: the number behind the confidence of the
 * `publisher` path of the province (PATH_CONFIDENCE in shared/domain/normalizer/confidence.ts).
 *
 *   node bin/run-ts.cjs scripts/measure-publisher.ts DIR... [--config FILE] [--list]
 *
 * For every labelled report (NAME.txt with NAME.expected.json) it reads the publisher as the
 * normalizer does, whether or not the normalizer needed it, and counts three sets: every
 * report with a publisher; those whose organizer is not a national body (where the reading
 * could be used); and those whose province the normalizer did take from the publisher.
 */
import { directoryArguments, runScript, scriptInvocation } from './script-command';
import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { DEFAULT_CONFIG_PATH, loadProvinceConfig } from '../shared/config/province-config';
import { foldForScoring } from '../shared/domain/evaluation/score';
import { normalizeReportWithPaths } from '../shared/domain/normalizer';
import { isNationalBody } from '../shared/domain/normalizer/organizer';
import { readLayout } from '../shared/domain/normalizer/page';
import { findPublisher } from '../shared/domain/normalizer/publisher';
import { analyse } from '../shared/domain/normalizer/tokens';

interface Label {
  readonly referenceDate: string;
  readonly event: { readonly date: string | null };
  readonly province: string | null;
}

interface Tally {
  right: number;
  total: number;
}

function main(dirs: readonly string[], configPath: string, list: boolean): void {
  const config = loadProvinceConfig(configPath);
  const tallies = { found: { right: 0, total: 0 }, local: { right: 0, total: 0 }, used: { right: 0, total: 0 } } satisfies Record<string, Tally>;
  let reports = 0;
  for (const dir of dirs) {
    for (const file of readdirSync(dir).filter((name) => name.endsWith('.expected.json')).sort()) {
      const base = file.slice(0, -'.expected.json'.length);
      let text: string;
      try {
        text = readFileSync(path.join(dir, `${base}.txt`), 'utf8').normalize('NFC');
      } catch {
        continue;
      }
      reports++;
      const label = JSON.parse(readFileSync(path.join(dir, file), 'utf8')) as Label;
      const { record, paths } = normalizeReportWithPaths(text, { referenceDate: label.referenceDate, config });
      const analysed = analyse(text);
      const publisher = findPublisher(analysed, readLayout(text, analysed.sentences), record.event.date ?? label.referenceDate, config);
      if (!publisher) continue;
      const right = foldForScoring(publisher.province) === foldForScoring(label.province);
      const count = (tally: Tally) => {
        tally.total++;
        if (right) tally.right++;
      };
      count(tallies.found);
      const local = record.organizer === null || !isNationalBody(record.organizer);
      if (local) count(tallies.local);
      const used = paths?.province.startsWith('publisher') === true;
      if (used) count(tallies.used);
      if (list) {
        const cues = publisher.cues.map((cue) => `${cue.how}@${cue.where} "${text.slice(cue.start, cue.end)}"`).join(', ');
        console.log(`${right ? 'right' : 'WRONG'} ${publisher.province} (label ${label.province ?? 'null'})${local ? '' : ' national'}${used ? ' used' : ''}  ${path.join(dir, base)}  ${cues}`);
      }
    }
  }
  const rate = (tally: Tally) => (tally.total === 0 ? '-' : (tally.right / tally.total).toFixed(3));
  console.log(`${reports} labelled reports`);
  console.log(`publisher found          ${tallies.found.right}/${tallies.found.total}  ${rate(tallies.found)}`);
  console.log(`  organizer not national ${tallies.local.right}/${tallies.local.total}  ${rate(tallies.local)}`);
  console.log(`  province taken from it ${tallies.used.right}/${tallies.used.total}  ${rate(tallies.used)}`);
}

runScript(__filename, {
  usage: `${scriptInvocation(__filename)} DIR... [--config FILE] [--list]`,
  description: 'Measures, on labelled reports, how often the publisher a page shows (masthead, source code, footer, web address) is of the province its label gives: overall, when the organizer is not a national body, and when the province is taken from it.',
  options: {
    config: { type: 'string', value: 'FILE', description: 'province config the reports are read with (default config/hai-duong.json)' },
    list: { type: 'boolean', description: 'print one line per report with the publisher found and its cues' },
  },
  examples: [`${scriptInvocation(__filename)} tests/fixtures/real --list`],
  run: async (values, positionals) => {
    main(directoryArguments(positionals), values.config ?? DEFAULT_CONFIG_PATH, values.list === true);
    return 0;
  },
});
