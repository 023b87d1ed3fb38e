/**
 * What the routing decision does with a folder of reports: how many are published, how
 * many held and why, and, where a file has an `.expected.json` label, whether the
 * published audience is the one the label implies.
 *
 *   node bin/run-ts.cjs scripts/routing-report.ts DIR [DIR...] [--config FILE] [--json] [--verbose]
 *
 * Files are decoded as the parser decodes them (any supported format); the reference
 * date is the label's `referenceDate`, else the file's modification day.
 */
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { basename, extname, join } from 'node:path';
import { loadProvinceConfig } from '../shared/config/province-config';
import { decodeDocument } from '../shared/domain/decode';
import { normalizeReport } from '../shared/domain/normalizer';
import { audienceOf } from '../shared/domain/routing';
import { decideRouting, reasonCodes } from '../shared/domain/routing-decision';
import { assessText } from '../shared/domain/text-assessment';

const REPORT_EXTENSIONS = new Set(['.txt', '.md', '.html', '.htm', '.docx', '.pdf']);

interface Row {
  readonly file: string;
  readonly action: 'publish' | 'hold' | 'error';
  readonly audience: readonly string[];
  readonly reasons: readonly string[];
  readonly messages: readonly string[];
  /** Against the label: null without one. */
  readonly exact: boolean | null;
}

/** The routing part of a corpus label (`*.expected.json`). */
interface Label {
  readonly referenceDate?: string;
  readonly scope?: 'province' | 'district' | 'commune';
  readonly province?: string | null;
  readonly organizerUnit?: string | null;
  readonly districts?: string[];
}

async function main(argv: string[]): Promise<number> {
  const dirs = argv.filter((arg, index) => !arg.startsWith('--') && argv[index - 1] !== '--config');
  const configIndex = argv.indexOf('--config');
  const config = loadProvinceConfig(configIndex >= 0 ? argv[configIndex + 1] : undefined);
  if (dirs.length === 0 || argv.includes('--help')) {
    console.log('usage: node bin/run-ts.cjs scripts/routing-report.ts DIR [DIR...] [--config FILE] [--json] [--verbose]');
    return argv.includes('--help') ? 0 : 2;
  }
  const rows: Row[] = [];
  for (const dir of dirs) {
    const names = readdirSync(dir);
    const labelled = new Set(names.filter((name) => name.endsWith('.expected.json')).map((name) => name.slice(0, -'.expected.json'.length)));
    // In a labelled corpus the files without a label are its notes (SOURCES.md), not uploads.
    const files = names
      .filter((name) => REPORT_EXTENSIONS.has(extname(name).toLowerCase()))
      .filter((name) => labelled.size === 0 || labelled.has(basename(name, extname(name))))
      .sort();
    for (const name of files) {
      const path = join(dir, name);
      let label: Label | null = null;
      try {
        label = JSON.parse(readFileSync(join(dir, `${basename(name, extname(name))}.expected.json`), 'utf8')) as Label;
      } catch {
        label = null;
      }
      try {
        const decoded = await decodeDocument(readFileSync(path), { fileName: name });
        const referenceDate = label?.referenceDate ?? statSync(path).mtime.toISOString().slice(0, 10);
        const record = normalizeReport(decoded.text, { referenceDate, config });
        const decision = decideRouting(record, config, { text: assessText(decoded.text, config) });
        const audience = decision.action === 'publish' ? decision.audience : decision.wouldBe.audience;
        const expected =
          label?.scope !== undefined && label.districts !== undefined
            ? audienceOf({ scope: label.scope, province: label.province ?? null, organizerUnit: label.organizerUnit ?? null, districts: label.districts }, config)
            : null;
        rows.push({
          file: path,
          action: decision.action,
          audience,
          reasons: decision.action === 'hold' ? reasonCodes(decision.reasons) : [],
          messages: decision.action === 'hold' ? decision.reasons.map((reason) => reason.message) : [],
          exact: expected === null || decision.action === 'hold' ? null : expected.join() === audience.join(),
        });
      } catch (error) {
        rows.push({ file: path, action: 'error', audience: [], reasons: [(error as Error).name], messages: [(error as Error).message], exact: null });
      }
    }
  }
  const held = rows.filter((row) => row.action === 'hold');
  const byReason = new Map<string, number>();
  for (const row of held) for (const code of row.reasons) byReason.set(code, (byReason.get(code) ?? 0) + 1);
  const labelled = rows.filter((row) => row.exact !== null);
  const summary = {
    files: rows.length,
    published: rows.filter((row) => row.action === 'publish').length,
    held: held.length,
    heldShare: rows.length ? held.length / rows.length : 0,
    errors: rows.filter((row) => row.action === 'error').length,
    heldBy: Object.fromEntries([...byReason.entries()].sort((a, b) => b[1] - a[1])),
    labelledPublished: labelled.length,
    routedExactly: labelled.filter((row) => row.exact).length,
  };
  if (argv.includes('--json')) {
    process.stdout.write(`${JSON.stringify({ summary, rows })}\n`);
    return 0;
  }
  for (const row of rows) {
    if (row.action === 'publish' && row.exact !== false && !argv.includes('--verbose')) continue;
    const mark = row.action === 'hold' ? 'HELD' : row.action === 'error' ? 'ERROR' : row.exact === false ? 'MISROUTED' : 'ok';
    console.log(`${mark.padEnd(9)} ${row.file}  -> ${row.audience.join(', ') || '(province offices)'}`);
    for (const message of row.messages) console.log(`          - ${message}`);
  }
  console.log(
    `\n${summary.files} file(s): ${summary.published} published, ${summary.held} held (${(summary.heldShare * 100).toFixed(1)}%), ${summary.errors} not decodable`,
  );
  if (held.length) console.log(`held by reason: ${Object.entries(summary.heldBy).map(([code, count]) => `${code} ${count}`).join(', ')}`);
  if (labelled.length) console.log(`labelled and published: ${summary.routedExactly}/${summary.labelledPublished} routed exactly`);
  return 0;
}

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    console.error(error);
    process.exitCode = 1;
  },
);
