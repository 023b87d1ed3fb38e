import { ReportQueries, type HeldReport } from '../../adapters/report-queries';
import type { ProvinceConfig } from '../../config/province-config';
import { UsageError } from '../../errors';
import { defineCommand, type FlagValues, type OptionSpecs } from '../command';
import { configFor, describeAudience, officesReached } from '../review-support';
import { renderTable } from '../table';
import { TARGET_OPTION_SPECS, closeTarget, intFlag, onTarget, resolveTarget } from '../target';

const OPTIONS = {
  limit: { type: 'string', value: 'N', description: 'at most N reports (default 50)' },
  config: { type: 'string', value: 'FILE', description: "province config for office names (default: the local run's)" },
  json: {
    type: 'boolean',
    description: `print a JSON array on stdout:
[{"reportId","version","heldAt","title","reasons":[{"code","message"}],
"wouldBe":{"audience","provinceWide","offices"},"sources"}]`,
  },
  ...TARGET_OPTION_SPECS,
} as const satisfies OptionSpecs;

/** One held report as --json prints it. */
export function heldJson(row: HeldReport, config: ProvinceConfig) {
  const decision = row.decision;
  return {
    reportId: row.reportId,
    version: row.version,
    heldAt: row.heldAt,
    title: row.card?.title ?? '',
    reasons: (decision?.reasons ?? []).map((reason) => ({ code: reason.code, message: reason.message, ...(reason.field ? { field: reason.field } : {}) })),
    wouldBe: decision
      ? { audience: decision.audience, provinceWide: decision.provinceWide, offices: officesReached(decision.audience, config) }
      : null,
    sources: row.sources,
  };
}

/** Held reports as a table: why, title, and what publishing would do. */
export function formatHeldTable(rows: readonly HeldReport[]): string {
  if (rows.length === 0) return 'No reports are held for review.';
  return renderTable(
    [
      { header: 'HELD AT', value: (row: HeldReport) => row.heldAt.replace('T', ' ').replace(/\.\d+Z$/, 'Z') },
      { header: 'REPORT', value: (row: HeldReport) => row.reportId },
      { header: 'WHY', value: (row: HeldReport) => [...new Set((row.decision?.reasons ?? []).map((reason) => reason.code))].join(', ') || '?', maxWidth: 40 },
      { header: 'WOULD GO TO', value: (row: HeldReport) => (row.decision ? describeAudience(row.decision) : '?'), maxWidth: 36 },
      { header: 'TITLE', value: (row: HeldReport) => row.card?.title || '(untitled)', maxWidth: 60 },
    ],
    rows,
  );
}

async function run(values: FlagValues<typeof OPTIONS>, positionals: string[]): Promise<number> {
  if (positionals.length > 0) throw new UsageError(`unexpected argument "${positionals[0]}" (\`reports show ID\` shows one report)`);
  const limit = intFlag(values.limit, '--limit', 50, { min: 1, max: 10_000 });
  const target = await resolveTarget(values);
  try {
    const config = configFor(target, values.config);
    const queries = new ReportQueries(target.clients.dynamo, target.tableName);
    const { rows, truncated } = await onTarget(target, 'list held reports', () => queries.listHeld({ limit }));
    if (values.json) {
      process.stdout.write(`${JSON.stringify(rows.map((row) => heldJson(row, config)))}\n`);
      return 0;
    }
    console.log(formatHeldTable(rows));
    for (const row of rows) {
      console.log(`\n${row.reportId}  ${row.card?.title ?? ''}`.trimEnd());
      for (const reason of row.decision?.reasons ?? []) console.log(`  - ${reason.code}: ${reason.message}`);
      if (row.decision) console.log(`  would go to: ${officesReached(row.decision.audience, config).join(', ')} (${describeAudience(row.decision)})`);
    }
    if (truncated) console.log(`\n(first ${limit} shown; raise --limit for more)`);
    return 0;
  } finally {
    closeTarget(target);
  }
}

export const reviewCommand = defineCommand({
  name: 'review',
  summary: 'list reports held for review: why, title, where they would go',
  usage: 'reports review [--limit N] [--json]',
  description: `Lists the reports held for review, newest first: why each was held, its title, and
where it would go if published. A report is held, and sent to no office, when its text
does not say its province, its organizer or its date, is not an event report, is in
neither Vietnamese nor English, or when the parser is unsure of a field routing rests
on (thresholds: "routing" in the province config). Served by a Query on the lookup
index (lookupPk STATUS#held).

Then, for each report:
  reports show ID                     each routing field with the words it was read from
  reports approve ID                  publish it as decided
  reports correct ID --organizer ...  store a corrected version and publish that
  reports reject ID --reason ...      close it; nobody is told`,
  options: OPTIONS,
  examples: ['reports review'],
  run,
});
