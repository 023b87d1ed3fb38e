import { ReportQueries, type FailedUploadRow } from '../../adapters/report-queries';
import { UsageError } from '../../errors';
import { defineCommand, isoDateFlag, type FlagValues, type OptionSpecs } from '../command';
import { renderTable } from '../table';
import { TARGET_OPTION_SPECS, closeTarget, intFlag, onTarget, resolveTarget } from '../target';

const OPTIONS = {
  from: { type: 'string', value: 'YYYY-MM-DD', description: 'failed on or after this day (UTC)' },
  to: { type: 'string', value: 'YYYY-MM-DD', description: 'failed on or before this day (UTC)' },
  limit: { type: 'string', value: 'N', description: 'at most N uploads (default 50)' },
  json: {
    type: 'boolean',
    description: `print a JSON array on stdout:
[{"bucket","key","reason","detail","quarantineKey","failedAt",
"size","versionId"}]`,
  },
  ...TARGET_OPTION_SPECS,
} as const satisfies OptionSpecs;

/** Failed uploads as a table; the detail is cut, --json has it whole. */
export function formatFailedTable(rows: readonly FailedUploadRow[]): string {
  if (rows.length === 0) return 'No failed uploads.';
  return renderTable(
    [
      { header: 'FAILED AT', value: (row: FailedUploadRow) => row.failedAt.replace('T', ' ').replace(/\.\d+Z$/, 'Z') },
      { header: 'KEY', value: (row: FailedUploadRow) => row.key, maxWidth: 48 },
      { header: 'REASON', value: (row: FailedUploadRow) => row.reason },
      { header: 'DETAIL', value: (row: FailedUploadRow) => row.detail, maxWidth: 60 },
      { header: 'QUARANTINE', value: (row: FailedUploadRow) => row.quarantineKey ?? '-', maxWidth: 48 },
    ],
    rows,
  );
}

async function run(values: FlagValues<typeof OPTIONS>, positionals: string[]): Promise<number> {
  if (positionals.length > 0) throw new UsageError(`unexpected argument "${positionals[0]}"`);
  const from = isoDateFlag(values.from, '--from');
  const to = isoDateFlag(values.to, '--to');
  if (from && to && from > to) throw new UsageError(`--from ${from} is after --to ${to}`);
  const limit = intFlag(values.limit, '--limit', 50, { min: 1, max: 10_000 });
  const target = await resolveTarget(values);
  try {
    const queries = new ReportQueries(target.clients.dynamo, target.tableName);
    const { rows, truncated } = await onTarget(target, 'list failed uploads', () =>
      queries.listFailed({ ...(from ? { from } : {}), ...(to ? { to } : {}), limit }),
    );
    if (values.json) {
      process.stdout.write(`${JSON.stringify(rows)}\n`);
    } else {
      console.log(formatFailedTable(rows));
      if (truncated) console.log(`\n(first ${limit} shown; raise --limit for more)`);
    }
    return 0;
  } finally {
    closeTarget(target);
  }
}

export const failedCommand = defineCommand({
  name: 'failed',
  summary: 'list uploads that failed and were quarantined',
  usage: 'reports failed [--from YYYY-MM-DD] [--to YYYY-MM-DD] [--limit N] [--json]',
  description: `Lists uploads the parser could not turn into a report (corrupt, unsupported, over a
limit), newest first: the reason, what went wrong, where the file was copied under
quarantine/, and when. Served by a Query on the lookup index (lookupPk STATUS#failed).`,
  options: OPTIONS,
  examples: ['reports failed --from 2024-06-01'],
  run,
});
