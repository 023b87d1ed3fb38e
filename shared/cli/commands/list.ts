import { ReportQueries, REPORT_STATUSES, type ListedStatus, type QueryPlan, type ReportRow } from '../../adapters/report-queries';
import { DEFAULT_CONFIG_PATH, loadProvinceConfig, type ProvinceConfig } from '../../config/province-config';
import { UsageError } from '../../errors';
import { defineCommand, isoDateFlag, type FlagValues, type OptionSpecs } from '../command';
import { listUnacknowledged } from '../receipts';
import { renderTable } from '../table';
import { didYouMean } from '../../domain/suggest';
import { TARGET_OPTION_SPECS, closeTarget, intFlag, onTarget, resolveTarget } from '../target';
import { formatFailedTable } from './failed';

const FILTER = 'Filters';

const LIST_DESCRIPTION = `Lists reports, newest first: by event date when --district, --document or --person is
given (their index keys sort by event date); otherwise (no filter, or only --status
and dates) by last change, newest change first, since the status keys sort by update
time. Every filter is answered by a Query on the table's \`lookup\` index, never a Scan.
With several filters the most selective one is queried (document, then person, then
district, then status) and each hit is checked against the others; see
docs/data-model.md.`;

const OPTIONS = {
  district: {
    type: 'string',
    value: 'ID',
    description: `reports concerning a unit (its office is notified of them),
e.g. gia-loc; province-wide reports concern every unit`,
    group: FILTER,
  },
  from: { type: 'string', value: 'YYYY-MM-DD', description: 'event on or after this date', group: FILTER },
  to: { type: 'string', value: 'YYYY-MM-DD', description: 'event on or before this date', group: FILTER },
  document: { type: 'string', value: 'CODE', description: 'reports citing a document, e.g. 35-CT/TW (case-insensitive)', group: FILTER },
  person: {
    type: 'string',
    value: 'NAME',
    description: `reports mentioning a person (case- and diacritics-insensitive:
"tran duc thang" finds "Trần Đức Thắng")`,
    group: FILTER,
  },
  status: {
    type: 'string',
    value: 'S',
    description: `stored (saved, notice not yet confirmed), notified, held (waiting
for review: \`reports review\`), rejected, or failed
(failed uploads; the same as \`reports failed\`)`,
    group: FILTER,
  },
  unacknowledged: {
    type: 'boolean',
    description: `with --office ID: published reports the office has not acknowledged
on the portal (its latest notified version); with --from, --to, --document`,
    group: FILTER,
  },
  office: { type: 'string', value: 'ID', description: 'the office, for --unacknowledged', group: FILTER },
  limit: { type: 'string', value: 'N', description: 'at most N reports (default 50)' },
  json: { type: 'boolean', description: 'print a JSON array of reports on stdout' },
  explain: { type: 'boolean', description: 'say on stderr which index key served the listing' },
  ...TARGET_OPTION_SPECS,
} as const satisfies OptionSpecs;

const STATUSES = [...REPORT_STATUSES, 'failed'] as const;
type StatusFlag = (typeof STATUSES)[number];

function parseStatus(value: string | undefined): StatusFlag | undefined {
  if (value === undefined) return undefined;
  if ((STATUSES as readonly string[]).includes(value)) return value as StatusFlag;
  throw new UsageError(`--status must be one of ${STATUSES.join(', ')}, got "${value}"`);
}

const fold = (text: string) =>
  text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[đĐ]/g, 'd')
    .toLowerCase()
    .trim();

/**
 * The unit id a --district value names: an id, or (when the pipeline's config is known) a
 * unit's name or alias. An unknown unit is a usage error listing the valid ids, since a
 * query for it would quietly return nothing.
 */
export function resolveDistrict(value: string, config: ProvinceConfig | undefined): string {
  if (!config) return value;
  const wanted = fold(value);
  const unit = config.units.find(
    (candidate) => candidate.id === value || [candidate.name, candidate.nameVi, ...candidate.aliases].some((name) => fold(name) === wanted),
  );
  if (!unit) {
    const ids = config.units.map((candidate) => candidate.id);
    throw new UsageError(`unknown district "${value}"${didYouMean(value, ids)}; units: ${ids.join(', ')}`);
  }
  return unit.id;
}

/** One line per report for the terminal. */
export function formatReportTable(rows: readonly ReportRow[]): string {
  if (rows.length === 0) return 'No reports match.';
  return renderTable(
    [
      { header: 'DATE', value: (row: ReportRow) => row.eventDate ?? '?' },
      { header: 'REPORT', value: (row: ReportRow) => row.reportId },
      { header: 'STATUS', value: (row: ReportRow) => `${row.status} v${row.version}` },
      { header: 'SCOPE', value: (row: ReportRow) => row.scope ?? '?' },
      { header: 'UNITS', value: (row: ReportRow) => (row.scope === 'province' ? 'all' : row.districts.join(',') || '-'), maxWidth: 28 },
      { header: 'TITLE', value: (row: ReportRow) => row.title || '(untitled)', maxWidth: 70 },
    ],
    rows,
  );
}

/** How the listing was served, for a reader checking that no filter fell back to a scan. */
export function describePlan(plan: QueryPlan): string {
  const key = plan.lookupPks.join(' + ');
  const range = plan.range ? ` lookupSk between "${plan.range.low}" and "${plan.range.high}"` : '';
  const rest = plan.inMemory.length ? `; checked per report: ${plan.inMemory.join(', ')}` : '';
  return `Query lookup index: lookupPk = ${key}${range}${rest}`;
}

async function run(values: FlagValues<typeof OPTIONS>, positionals: string[]): Promise<number> {
  if (positionals.length > 0) throw new UsageError(`unexpected argument "${positionals[0]}" (filters are flags, e.g. --district ${positionals[0]})`);
  const from = isoDateFlag(values.from, '--from');
  const to = isoDateFlag(values.to, '--to');
  if (from && to && from > to) throw new UsageError(`--from ${from} is after --to ${to}`);
  const status = parseStatus(values.status);
  const limit = intFlag(values.limit, '--limit', 50, { min: 1, max: 10_000 });
  for (const flag of ['document', 'person', 'district'] as const) {
    if (values[flag] !== undefined && values[flag].trim() === '') throw new UsageError(`--${flag} needs a value`);
  }
  if (status === 'failed' && (values.district || values.document || values.person)) {
    throw new UsageError('--status failed lists failed uploads, which have no district, document or person; drop those filters');
  }

  if (Boolean(values.unacknowledged) !== (values.office !== undefined)) throw new UsageError('--unacknowledged and --office ID go together');
  if (values.unacknowledged && (status || values.district || values.person)) throw new UsageError('--unacknowledged takes --from, --to and --document only');

  const target = await resolveTarget(values);
  try {
    const queries = new ReportQueries(target.clients.dynamo, target.tableName);
    if (values.unacknowledged) {
      const config = target.config ?? loadProvinceConfig(DEFAULT_CONFIG_PATH);
      const rows = await onTarget(target, 'list unacknowledged reports', () =>
        listUnacknowledged(target.clients.dynamo, target.tableName, config, (values.office ?? '').trim(), {
          ...(from ? { from } : {}),
          ...(to ? { to } : {}),
          ...(values.document ? { document: values.document.trim() } : {}),
          limit,
        }),
      );
      if (values.json) process.stdout.write(`${JSON.stringify(rows)}\n`);
      else console.log(formatReportTable(rows));
      return 0;
    }
    if (status === 'failed') {
      const { rows } = await onTarget(target, 'list failed uploads', () => queries.listFailed({ ...(from ? { from } : {}), ...(to ? { to } : {}), limit }));
      if (values.json) process.stdout.write(`${JSON.stringify(rows)}\n`);
      else console.log(formatFailedTable(rows));
      return 0;
    }
    const district = values.district === undefined ? undefined : resolveDistrict(values.district.trim(), target.config);
    const listing = await onTarget(target, 'list reports', () =>
      queries.listReports({
        ...(district ? { district } : {}),
        ...(values.document ? { document: values.document.trim() } : {}),
        ...(values.person ? { person: values.person } : {}),
        ...(status ? { status: status as ListedStatus } : {}),
        ...(from ? { from } : {}),
        ...(to ? { to } : {}),
        limit,
      }),
    );
    if (values.explain) process.stderr.write(`${describePlan(listing.plan)}\n`);
    if (values.json) {
      process.stdout.write(`${JSON.stringify(listing.rows)}\n`);
    } else {
      console.log(formatReportTable(listing.rows));
      if (listing.truncated) console.log(`\n(first ${limit} shown; raise --limit for more)`);
    }
    return 0;
  } finally {
    closeTarget(target);
  }
}

export const listCommand = defineCommand({
  name: 'list',
  summary: 'list reports by district, dates, document, person or status',
  usage: 'reports list [filters] [--limit N] [--json]',
  description: LIST_DESCRIPTION,
  options: OPTIONS,
  examples: ['reports list --district gia-loc --from 2024-01-01 --to 2024-12-31', 'reports list --document 35-CT/TW --json', 'reports list --unacknowledged --office gia-loc'],
  run,
});
